// Whether a short table fits on one page, measured as the PDF's layout measures it: the DOCX
// renderer asks here before it keeps a short table whole (src/model/keeps.ts), so both formats
// take the same decision. Both set table text in the same embedded face and size, with the same
// line height and cell padding (src/render/columns.ts), so the PDF's lines are LibreOffice's and
// Word's lines too (tests/render/docx/fidelity.test.ts compares the page counts).
import { isUnprintable } from './pdf/unprintable.js';
import { REPEATED_HEADER_SHARE } from '../model/keeps.js';
import type { Block, Table, TableRow } from '../model/types.js';
import { CELL_PAD_X, CELL_PAD_Y, fitColumns, TABLE_SIZE } from './columns.js';
import { LEADING, slicesPerBlock } from './pdf/blocks.js';
import { harborFonts, type Fonts } from './pdf/fonts.js';
import { breakLines, styledGroups } from './pdf/text.js';

/** Page fields in a cell (unusual) measured as wide as any page number, as the layout does. */
const placeholder = () => '8888';

/** Height (pt) of one row as the PDF lays it out: its tallest cell's lines and the padding. */
function rowHeight(row: TableRow, colX: number[], header: boolean, fonts: Fonts): number {
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
  return lines * TABLE_SIZE * LEADING + 2 * CELL_PAD_Y;
}

/**
 * Whether table `t`, header rows and body rows, is at most `pageHeight` points tall when laid out
 * `width` points wide. Text the PDF has no glyph for (the DOCX takes it) cannot be measured: such
 * a table is not known to fit, and is held to the two-rows rule alone.
 */
export function tableFits(t: Table, width: number, pageHeight: number, fonts: Fonts = harborFonts): boolean {
  const height = rowsHeight(t, fitColumns(t, width, TABLE_SIZE, fonts), true, fonts);
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
 * layout decides it (src/render/pdf/blocks.ts): when they take at most REPEATED_HEADER_SHARE of
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
 * (a heading, a lead-in ending with a colon: src/model/keeps.ts), `width` points wide. A short
 * table is kept whole only when it fits on a page together with that chain: otherwise the PDF's
 * paginator gives its wholeness up first (src/render/pdf/paginate.ts) and breaks it 2 | 2 under
 * the heading and lead-in, and the DOCX, which cannot rank its keeps, must not ask Word or
 * LibreOffice to keep it whole (LibreOffice then left the heading and lead-in alone on a page).
 * Text the PDF cannot measure counts as nothing, as before.
 */
export function chainedBefore(before: Block[], t: Table, width: number, pageHeight: number, fonts: Fonts = harborFonts): number {
  if (before.length === 0) return 0;
  try {
    const ctx = { fonts, x: 0, width, size: 12, pageHeight, fieldText: placeholder, src: 'fit' };
    // One layout of the chain and the table: the table's own slices are the last block's.
    const per = slicesPerBlock([...before, t], ctx);
    const own = per[per.length - 1]!.length;
    const all = per.flat();
    let height = 0;
    for (let i = all.length - own - 1; i >= 0 && all[i]!.keep > 0; i--) height += all[i]!.height + all[i + 1]!.spaceBefore;
    return height;
  } catch (e) {
    if (isUnprintable(e)) return 0;
    throw e;
  }
}
