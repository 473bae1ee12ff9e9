// Whether a short table (or a `keep`) fits on one page, measured as the PDF's layout measures it:
// the DOCX renderer asks here before it keeps a short table (or a `keep`) whole (src/model/keeps.ts),
// so both formats take the same decision. Both set table text in the same embedded face and size, with the same
// line height and cell padding (src/render/columns.ts), so the PDF's lines are LibreOffice's and
// Word's lines too (tests/render/docx/fidelity.test.ts compares the page counts).
import { isUnprintable } from './pdf/unprintable.js';
import { REPEATED_HEADER_SHARE, TABLE_MIN_LINES } from '../model/keeps.js';
import type { Block, Inline, Table, TableRow } from '../model/types.js';
import { CELL_PAD_X, CELL_PAD_Y, TABLE_SIZE } from './columns.js';
import { LEADING, slicesPerBlock } from './pdf/blocks.js';
import { harborFonts, type Fonts } from './pdf/fonts.js';
import { breakLines, styledGroups } from './pdf/text.js';

/** Page fields in a cell (unusual) measured as wide as any page number, as the layout does. */
const placeholder = () => '8888';

/** Height (pt) of one row as the PDF lays it out: its tallest cell's lines and the padding. */
function rowHeight(row: TableRow, colX: number[], header: boolean, fonts: Fonts): number {
  return rowLineCount(row, colX, header, fonts) * TABLE_SIZE * LEADING + 2 * CELL_PAD_Y;
}

/** Lines of one row as the PDF breaks them: its tallest cell's (at least one). */
function rowLineCount(row: TableRow, colX: number[], header: boolean, fonts: Fonts): number {
  const ncols = colX.length - 1;
  let col = 0;
  let lines = 1;
  for (const cell of row.cells) {
    const x0 = colX[Math.min(col, ncols)]!;
    col += Math.max(1, cell.colspan);
    const x1 = colX[Math.min(col, ncols)]!;
    const w = Math.max(1, x1 - x0 - 2 * CELL_PAD_X);
    lines = Math.max(lines, breakLines(styledGroups(cell.children, placeholder, header), w, TABLE_SIZE, fonts).length);
  }
  return lines;
}

/**
 * Lines of body row `i` of table `t` as the PDF breaks them, laid out in columns `widths` points
 * wide (fitColumns'): the DOCX asks for the first and last rows to apply the widow and orphan rule
 * of a table's rows as the PDF does (src/model/keeps.ts rowKeepsWithNext). Text the PDF cannot
 * measure (no glyph; the DOCX takes it) counts as one line: the row keeps with its
 * neighbour, as every end row did before.
 */
export function bodyRowLines(t: Table, widths: readonly number[], i: number, fonts: Fonts = harborFonts): number {
  const row = t.rows[i];
  if (row === undefined) return 1;
  const colX = [0];
  for (const w of widths) colX.push(colX[colX.length - 1]! + w);
  try {
    return rowLineCount(row, colX, false, fonts);
  } catch (e) {
    if (isUnprintable(e)) return 1;
    throw e;
  }
}

/**
 * Whether table `t`, header rows and body rows, is at most `pageHeight` points tall when laid out
 * in columns `widths` points wide (fitColumns' at TABLE_SIZE, which the DOCX has already fitted
 * for its grid: fitted again here, the same widths were worked out twice for every short table).
 * Text the PDF has no glyph for (the DOCX takes it) cannot be measured: such a table is not
 * known to fit, and is held to the two-rows rule alone.
 */
export function tableFits(t: Table, widths: readonly number[], pageHeight: number, fonts: Fonts = harborFonts): boolean {
  const height = rowsHeight(t, widths, true, fonts);
  return height !== undefined && height <= pageHeight;
}

/**
 * Height (pt) of table `t`'s header rows, and of its body rows too when `body`, laid out in
 * columns `widths` points wide; undefined when they hold text the PDF cannot measure (no glyph).
 */
function rowsHeight(t: Table, widths: readonly number[], body: boolean, fonts: Fonts): number | undefined {
  const colX = [0];
  for (const w of widths) colX.push(colX[colX.length - 1]! + w);
  let height = 0;
  try {
    for (const r of t.headerRows) height += rowHeight(r, colX, true, fonts);
    if (body) for (const r of t.rows) height += rowHeight(r, colX, false, fonts);
  } catch (e) {
    if (isUnprintable(e)) return undefined;
    throw e;
  }
  return height;
}

/**
 * Whether table `t`'s header rows repeat at the top of each page it continues on, as the PDF's
 * layout decides it (src/render/pdf/table.ts): when they take at most REPEATED_HEADER_SHARE of
 * `pageHeight`, laid out in columns `widths` points wide (fitColumns', which the caller has).
 * Header cells of a few words are known to without a layout: even a character a line, they are
 * shorter than the limit. Text the PDF cannot measure repeats, as before.
 */
export function headerRepeats(t: Table, widths: readonly number[], pageHeight: number, fonts: Fonts = harborFonts): boolean {
  const limit = pageHeight * REPEATED_HEADER_SHARE;
  const line = TABLE_SIZE * LEADING;
  let bound = 0; // every code unit (and line break) a line of its own: an upper bound of the height
  for (const r of t.headerRows) {
    let most = 1;
    for (const c of r.cells) {
      let units = 0;
      for (const n of c.children) units += n.type === 'text' ? n.text.length : 1;
      if (units > most) most = units;
    }
    bound += most * line + 2 * CELL_PAD_Y;
  }
  if (bound <= limit) return true;
  const height = rowsHeight(t, widths, false, fonts);
  return height === undefined || height <= limit;
}

/**
 * Height (pt) of what the PDF's layout chains to the top of table `t` from the blocks `before` it
 * (a heading, a lead-in: one ending with a colon, or any paragraph before a table, src/model/keeps.ts), `width` points wide. A short
 * table is kept whole only when it fits on a page together with that chain: otherwise the PDF's
 * paginator gives its wholeness up first (src/render/pdf/paginate.ts) and breaks it 2 | 2 under
 * the heading and lead-in, and the DOCX, which cannot rank its keeps, must not ask Word or
 * LibreOffice to keep it whole (LibreOffice then left the heading and lead-in alone on a page).
 * Text the PDF cannot measure counts as nothing, as before. The text of a table of two rows or
 * more is not read (`chainStandIn`): such a table is never kept whole anyway (tableFits).
 */
export function chainedBefore(before: Block[], t: Table, width: number, pageHeight: number, fonts: Fonts = harborFonts): number {
  if (before.length === 0) return 0;
  try {
    const ctx = { fonts, x: 0, width, size: 12, pageHeight, fieldText: placeholder, src: 'fit' };
    // One layout of the chain and the table: the table's own slices are the last block's. Of the
    // table, the chain reads only how many slices it has (none, one, two or more: the heading and
    // lead-in rules of slicesPerBlock) and its first slice's space above (PARA_SPACE whenever it
    // has one); a table of two rows or more has two slices or more whatever its text (a row is a
    // slice, or more when cut into line bands), so `chainStandIn` stands in for it: its cells were
    // otherwise laid out here a third time, after tableOut's fitting and tableFits' heights (issue 18).
    const per = slicesPerBlock([...before, chainStandIn(t)], ctx);
    const own = per[per.length - 1]!.length;
    // A table of no rows (header or body) prints nothing in either format, so nothing is chained
    // to it: the model's type allows one (a hand-built model), and all[i + 1] below was undefined.
    if (own === 0) return 0;
    const all = per.flat();
    let height = 0;
    for (let i = all.length - own - 1; i >= 0 && all[i]!.keep > 0; i--) height += all[i]!.height + all[i + 1]!.spaceBefore;
    return height;
  } catch (e) {
    if (isUnprintable(e)) return 0;
    throw e;
  }
}

/** A body row of no cells: one slice of one empty line in the PDF's layout (./pdf/table.ts rowSlices). */
const EMPTY_ROW: TableRow = { cells: [] };

/**
 * What `chainedBefore` lays out in place of table `t`: for a table of two rows or more (header and
 * body), a table of its columns and two empty body rows, which has two slices as `t` has two or
 * more, the first with the same space above; a table of one row or none is laid out itself (its
 * one row may be cut into line bands, two slices or more).
 */
function chainStandIn(t: Table): Table {
  if (t.headerRows.length + t.rows.length < 2) return t;
  return { type: 'table', columns: t.columns, headerRows: [], rows: [EMPTY_ROW, EMPTY_ROW] };
}

/**
 * Whether the blocks of a `keep` element fit on one page, measured as the PDF's layout measures
 * them (src/render/pdf/blocks.ts, its `keep` handler: the slices' heights and the space between
 * them), `width` points wide, on a page whose body is `pageHeight` points tall. The PDF keeps a
 * `keep` on one page only then; taller, it breaks it where its other rules allow. The DOCX asks
 * here before it chains a `keep`'s paragraphs with keepNext (src/render/docx/blocks.ts): chained
 * whole, a `keep` taller than a page was pushed to the next page by LibreOffice, leaving the page
 * before it part empty where the PDF had filled it, or broken wherever Word or LibreOffice chose.
 * Text the PDF cannot measure (no glyph; the DOCX takes it) is not known to fit: not chained.
 * Cost: 0.3 to 0.7 % of a DOCX render of each kind's full example (median of 40 renders, the
 * render's memos warm), most keeps known to fit by keepBound alone.
 */
export function keepFits(blocks: Block[], width: number, pageHeight: number, fonts: Fonts = harborFonts): boolean {
  // Most keeps (a heading and a paragraph or two) are known to fit without a layout.
  const bound = keepBound(blocks, width);
  if (bound !== undefined && bound <= pageHeight) return true;
  try {
    const ctx = { fonts, x: 0, width, size: 12, pageHeight, fieldText: placeholder, src: 'fit' };
    const slices = slicesPerBlock(blocks, ctx).flat();
    let height = 0;
    for (let i = 0; i < slices.length; i++) height += slices[i]!.height + (i > 0 ? slices[i]!.spaceBefore : 0);
    return height <= pageHeight;
  } catch (e) {
    if (isUnprintable(e)) return false;
    throw e;
  }
}

/**
 * Whether `b` is one line as the PDF's layout breaks it `width` points wide: a paragraph or
 * heading laid out in one slice (src/render/pdf/blocks.ts). The DOCX asks here to apply the list
 * rules of docs/pagination.md §Lists as the PDF applies them, keepNext on a list's one-line
 * paragraphs where the PDF keeps that line with the next (a paragraph of two lines or more keeps its
 * own lines, as Word's widowControl does). A paragraph with a line break is two lines; text the PDF
 * cannot measure (no glyph; the DOCX takes it) is not known to be one line: left as it is.
 */
export function oneLine(b: Block | undefined, width: number, fonts: Fonts = harborFonts): boolean {
  if (b?.type !== 'paragraph' && b?.type !== 'heading') return false;
  for (const c of b.children) if (c.type === 'br') return false;
  try {
    const ctx = { fonts, x: 0, width, size: 12, pageHeight: Infinity, fieldText: placeholder, src: 'fit' };
    return slicesPerBlock([b], ctx)[0]!.length === 1;
  } catch (e) {
    if (isUnprintable(e)) return false;
    throw e;
  }
}

/**
 * Whether paragraph `b` may split across pages as the PDF's layout breaks it `width` points wide:
 * at least two lines on each side of a break (`TABLE_MIN_LINES`, the widow and orphan rule of
 * docs/pagination.md §Blocks), so four lines or more. The DOCX asks here before it holds a lead-in
 * with what it introduces (keepNext): LibreOffice (7.4) moves a keepNext paragraph whole to the
 * next page with what follows it, where the PDF splits it and keeps only its last two lines with
 * the table, and the heading above it went along (the restitution worksheet's "F: the FLSA value"
 * and its five-line lead-in left half a page empty). Text the PDF cannot measure is not known to
 * split: left held.
 */
export function splits(b: Block | undefined, width: number, fonts: Fonts = harborFonts): boolean {
  if (b?.type !== 'paragraph') return false;
  try {
    const ctx = { fonts, x: 0, width, size: 12, pageHeight: Infinity, fieldText: placeholder, src: 'fit' };
    return slicesPerBlock([b], ctx)[0]!.length >= 2 * TABLE_MIN_LINES;
  } catch (e) {
    if (isUnprintable(e)) return false;
    throw e;
  }
}

/**
 * Widest advance (em) of a character below U+0590 (Latin, Greek, Cyrillic, Armenian) or of the
 * dashes, quotes and bullets U+2010-U+2027 in Harbor's faces, with room to spare (measured: 1.43
 * em, "Ǆ" in bold; the em dash 1 em).
 */
const MAX_EM = 1.6;
/** The most space (pt) the layout puts above a block: a heading's (src/render/pdf/blocks.ts HEADING). */
const MAX_BEFORE = 14;

/**
 * An upper bound (pt) of the height the PDF's layout gives `blocks` laid out `width` points wide,
 * without laying them out; undefined when the blocks hold what it does not bound (a table, a
 * signature, a page break, a character past those MAX_EM bounds, whose advance may be wider). Each line
 * break starts a line; between breaks, the line breaker fills lines greedily, so any two lines
 * in a row are together wider than the line (the second's first word did not fit on the first):
 * n lines of text `a` points wide hold n <= 1 + 2a / width. A heading is set at most 16 pt, 6 pt
 * below it; a list's text indent is at most half its width (src/render/list-indent.ts).
 */
export function keepBound(blocks: Block[], width: number): number | undefined {
  let height = 0;
  for (const b of blocks) {
    let h: number | undefined;
    if (b.type === 'paragraph') h = textBound(b.children, width, 12);
    else if (b.type === 'heading') h = textBound(b.children, width, 16);
    else if (b.type === 'keep') h = keepBound(b.children, width);
    else if (b.type === 'list') {
      h = 0;
      for (const item of b.items) {
        const ih = keepBound(item.children, width / 2);
        if (ih === undefined) return undefined;
        h += Math.max(ih, 12 * LEADING + MAX_BEFORE);
      }
    }
    if (h === undefined) return undefined;
    height += h;
  }
  return height;
}

/** textBound's line count of `units` code units at `size` pt, `width` points wide. */
function linesBound(units: number, size: number, width: number): number {
  return 1 + Math.ceil((2 * units * MAX_EM * size) / width);
}

/** Upper bound (pt) of a paragraph's or heading's height, space above and below included. */
function textBound(children: Inline[], width: number, size: number): number | undefined {
  let lines = 0;
  let units = 0; // in the current line break's segment
  for (const c of children) {
    if (c.type !== 'text') {
      if (c.type === 'br') {
        lines += linesBound(units, size, width);
        units = 0;
      } else units += 8; // a page field
      continue;
    }
    const t = c.text;
    for (let i = 0; i < t.length; i++) {
      const u = t.charCodeAt(i);
      if (u >= 0x0590 && (u < 0x2010 || u > 0x2027)) return undefined;
      if (u === 0x0a) {
        lines += linesBound(units, size, width);
        units = 0;
      } else units++;
    }
  }
  lines += linesBound(units, size, width);
  return MAX_BEFORE + 6 + lines * size * LEADING;
}
