// Table node → table description: relative column widths become fixed twips over the text width
// (6.5 in), header rows repeat on each page (w:tblHeader), no row of up to a third of a page splits
// across pages (w:cantSplit),
// and rows keep with the next (keepNext) where the table may not break (src/model/keeps.ts).
import { inlineText, type Inline, type Table, type TableRow } from '../../model/types.js';
import { LineRuleType } from 'docx';
import { CELL_PAD_Y, fitColumns, parenHang } from '../columns.js';
import { KEEP_WHOLE_SHARE, rowKeepsWithNext, SHORT_TABLE_ROWS, SPLIT_ROW_SHARE } from '../../model/keeps.js';
import { bodyRowLines, headerRepeats, tableFits } from '../table-fit.js';
import { BODY_SIZE, lineTwips, PAGE_HEIGHT, MARGIN, TABLE_SIZE, TEXT_WIDTH } from './geometry.js';
import { paragraphOpts } from './paragraph.js';
import { para, type Out, type RowOut, type TableOut } from './out.js';
import type { RunContext } from './runs.js';
import { harborFonts } from '../pdf/fonts.js';
import { breakLines, styledGroups } from '../pdf/text.js';
import { isUnprintable } from '../pdf/unprintable.js';

/** Relative widths → integer twips summing exactly to `total` (largest-remainder rounding). */
export function columnTwips(columns: number[], total: number = TEXT_WIDTH): number[] {
  const valid = columns.length > 0 && columns.every((c) => Number.isFinite(c) && c > 0);
  const rel = valid ? columns : [1];
  const sum = rel.reduce((a, b) => a + b, 0);
  const exact = rel.map((c) => (c / sum) * total);
  const twips = exact.map(Math.floor);
  let rest = total - twips.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, frac: e - Math.floor(e) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    twips[i]! += 1;
    rest -= 1;
  }
  return twips;
}

// A row that cannot split but is taller than a page is cut off at the page foot by Word and
// LibreOffice (measured: LibreOffice drops the rest of the cell's text). Narratives are never
// truncated, and a body row taller than SPLIT_ROW_SHARE of the page may split across pages as the
// PDF splits it (src/model/keeps.ts), so a body row gets w:cantSplit only when it surely stays
// under that share: its tallest cell, estimated generously (wide glyphs, 0.55 em per other
// character, 17 pt lines), or, when the estimate says more, its lines as the PDF breaks them (the
// table's 10 pt text in exact 13 pt lines, the same lines in LibreOffice) with the PDF's cell
// padding (measuredHeight), the height the PDF's layout compares with the same limit. Header rows
// keep the limit they had, 60% of the text height: the PDF splits them only when taller than a
// page. On the estimate alone (12 pt characters in 17 pt lines for 10 pt text in 13 pt lines), a
// cell of 60 words in a column of four was "too tall" at a third of a page: LibreOffice split such
// rows across pages, the PDF never.
const EM = BODY_SIZE / 2; // pt
const LINE = 17; // pt, Noto Serif 12 pt line height rounded up
const MAX_HEADER_ROW = ((PAGE_HEIGHT - 2 * MARGIN) / 20) * 0.6; // pt
const CELL_PADDING = 160; // twips, left + right cell margins (out.ts)
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Whether a cell's text surely fits the row limit `maxRow` (pt): its generous height estimate, below, or its measured height is at most that. */
function cellFits(children: Inline[], widthTwips: number, header: boolean, maxRow: number): boolean {
  const text = inlineText(children);
  const usable = Math.max(1, (widthTwips - CELL_PADDING) / 20);
  // A bound on the estimate that needs no pass over the characters: every character as wide as
  // the widest, every line one more than its share, one line to spare. Most cells are far below it.
  let breaks = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks++;
  if ((breaks + 2 + (text.length * EM * 1.15) / usable) * LINE <= maxRow) return true;
  if (cellHeight(text, usable) <= maxRow) return true;
  const measured = measuredHeight(children, usable, header);
  return measured !== undefined && measured <= maxRow;
}

/** Page fields in a cell (unusual) measured as wide as any page number, as the PDF's layout does. */
const placeholder = () => '8888';

/**
 * A cell's height (pt) as the PDF lays it out: its lines, broken as the PDF breaks them at the
 * table's size (the same face and width in both formats, src/render/columns.ts), the PDF's cell
 * padding added (the height its layout compares with SPLIT_ROW_SHARE); undefined for text the
 * PDF has no glyph for (LibreOffice's lines are then not the PDF's).
 */
function measuredHeight(children: Inline[], usable: number, header: boolean): number | undefined {
  try {
    const lines = breakLines(styledGroups(children, placeholder, header), usable, TABLE_SIZE / 2, harborFonts).length;
    return Math.max(1, lines) * (lineTwips(TABLE_SIZE) / 20) + 2 * CELL_PAD_Y;
  } catch (e) {
    if (isUnprintable(e)) return undefined;
    throw e;
  }
}

/** Generous height estimate of a cell's text (pt), `usable` its width inside the margins (pt). */
function cellHeight(text: string, usable: number): number {
  let lines = 0;
  for (const line of text.split('\n')) {
    let w = 0;
    // Characters below U+1100 are never wide: the regex only for the rest (it was most of a table's cost).
    for (const ch of line) w += ch.charCodeAt(0) >= 0x1100 && WIDE.test(ch) ? EM : 0.55 * EM;
    lines += Math.max(1, Math.ceil((w * 1.15) / usable));
  }
  return lines * LINE;
}

/**
 * `maxRow`: the height (pt) above which the row may split across pages as the PDF splits it
 * (cellFits); `wholeRow` (a body row's: KEEP_WHOLE_SHARE of the page), the height up to which
 * such a row is still kept whole in the DOCX (w:cantSplit), chained to no other row all the same
 * (`splits`). The PDF prints the cells of a split row again on its continuation, "(continued)"
 * under them (src/render/pdf/table.ts continuedCells); WordprocessingML cannot, so Word and
 * LibreOffice left them empty there (a date beside a narrative): a row of a fifth to a third of
 * the page is moved whole to the next page instead, leaving at most what a `keep` may leave empty
 * (docs/pagination.md §Tables). A taller row may split: held whole, a row taller than a page is
 * cut off at the page foot (above), and the estimate of a row near a page's height is no bound
 * on Word's lines.
 */
function rowOut(row: TableRow, columns: number[], header: boolean, run: RunContext, maxRow: number, wholeRow = maxRow): RowOut {
  let col = 0;
  let fits = true;
  let whole = true;
  // Loops, not closures made per row: V8 holds a closure's optimized code only weakly, so closures
  // made per render were compiled again after every full collection (issue 18; `node --trace-opt`).
  const cells: RowOut['cells'] = [];
  for (const cell of row.cells) {
    const span = Math.max(1, Math.min(cell.colspan, columns.length - col));
    let width = 0;
    for (let k = col; k < col + span && k < columns.length; k++) width += columns[k]!;
    col += span;
    fits &&= cellFits(cell.children, width, header, maxRow);
    if (!fits) whole &&= cellFits(cell.children, width, header, wholeRow);
    const cellRun = header ? { ...run, bold: true } : run;
    // Cells have no space around their paragraph: the cell margins separate the rows.
    // An amount in parentheses hangs its closing parenthesis into the cell margin, as in the PDF (../columns.ts parenHang): a negative right indent, twips.
    const hang = Math.round(20 * parenHang(cell, TABLE_SIZE / 2)); // TABLE_SIZE: half-points
    const opts = paragraphOpts(cell.children, cell.align, cellRun);
    cells.push({ width, span, para: para({ ...opts, ...(hang > 0 ? { indent: { right: -hang } } : {}), spacing: CELL_SPACING }) });
  }
  // A short row is padded with empty cells so every row covers the grid.
  for (; col < columns.length; col++) cells.push({ width: columns[col]!, span: 1, para: para({ children: [], spacing: CELL_SPACING }) });
  return fits ? { header, cantSplit: true, cells } : { header, cantSplit: whole, splits: true, cells };
}

/** Table text: 10 pt with the PDF's 13 pt lines, no space around a cell's paragraph. */
const CELL_SPACING = { before: 0, after: 0, line: lineTwips(TABLE_SIZE), lineRule: LineRuleType.EXACT };

function rowsOut(t: Table, fitted: number[], columns: number[], run: RunContext, pageHeight: number, bodyHeight: number): RowOut[] {
  const rows: RowOut[] = [];
  for (const r of t.headerRows) rows.push(rowOut(r, columns, true, run, MAX_HEADER_ROW));
  // Header rows too tall to repeat (src/model/keeps.ts REPEATED_HEADER_SHARE) are printed once, as the PDF does.
  if (rows.length > 0 && !headerRepeats(t, fitted, bodyHeight)) for (const r of rows) r.repeat = false;
  const h = rows.length;
  for (const r of t.rows) rows.push(rowOut(r, columns, false, run, bodyHeight * SPLIT_ROW_SHARE, bodyHeight * KEEP_WHOLE_SHARE));
  // The PDF layout's rule (src/model/keeps.ts): a table splits only between body rows with two or
  // more lines of its body on each side, a short table that fits on a page is kept whole, and the header rows keep
  // with the first body row. keepNext on every paragraph of a row keeps it with the next row in
  // Word and LibreOffice (ISO/IEC 29500-1 §17.3.1.15); w:tblHeader repeats the header rows on each
  // page. A row that may be taller than a page must stay free to break, as in the PDF: it is
  // chained to neither neighbour. A row the PDF splits but the DOCX keeps whole (rowOut) keeps with
  // no next row (`chained`), as the PDF's split row does not, but the rows that keep with the next
  // keep with it (the header rows, a one-line first row): in the PDF they stand above its first
  // lines, and, not chained, LibreOffice left them alone at the page foot when it moved the row.
  const n = t.rows.length;
  const short = n <= SHORT_TABLE_ROWS && rows.every(chained) && tableFits(t, fitted, pageHeight);
  for (let i = 0; i < h; i++) if (n > 0 && chained(rows[i]!) && rows[h]!.cantSplit) keepRow(rows[i]!);
  // A one-line first or last row keeps with its neighbour; one of two lines or more may stand alone.
  const firstLines = n > 0 && !short ? bodyRowLines(t, fitted, 0) : 1;
  const lastLines = n > 1 && !short ? bodyRowLines(t, fitted, n - 1) : 1;
  for (let i = 0; i < n - 1; i++) {
    if (rowKeepsWithNext(i, n, short, firstLines, lastLines) && chained(rows[h + i]!) && rows[h + i + 1]!.cantSplit) keepRow(rows[h + i]!);
  }
  return rows;
}

/** Whether a row may keep with the next: it cannot split, and the PDF does not split it. */
function chained(r: RowOut): boolean {
  return r.cantSplit && r.splits !== true;
}

/** keepNext on each paragraph of a row: the row stays on the page of the row after it. */
function keepRow(r: RowOut): void {
  for (const c of r.cells) c.para.opts.keepNext = true;
}

/**
 * `pageHeight`: the height of the page's text area (pt), the PDF's body area (src/render/docx/index.ts
 * sets the margins from it), less what the PDF chains to the table's top (a heading, a lead-in:
 * `chainedBefore`, src/render/table-fit.ts): a short table that fits in it is kept whole.
 * `bodyHeight`: the text area's whole height, which header rows repeat in when short enough.
 * `width`: the table's width (twips), the text width less the indent of the list item it is in:
 * the PDF lays a table in a list item out from the item's text, as wide as it (src/render/pdf/table.ts).
 */
export function tableOut(t: Table, run: RunContext, pageHeight: number, bodyHeight: number, width: number = TEXT_WIDTH): Out[] {
  // A table without rows is not valid WordprocessingML (Word would offer to repair it): omit it.
  if (t.headerRows.length + t.rows.length === 0) return [];
  // The PDF's column widths (fitted to amounts and short headers, src/render/columns.ts), in twips.
  const fitted = fitColumns(t, width / 20);
  const columns = columnTwips(fitted, width);
  run = { ...run, size: Math.min(run.size ?? TABLE_SIZE, TABLE_SIZE) };
  const rows = rowsOut(t, fitted, columns, run, pageHeight, bodyHeight);
  const table: TableOut = { kind: 'table', columns, rows };
  if (width < TEXT_WIDTH) table.indent = TEXT_WIDTH - width;
  // Columns as written, left to right, said outright when a cell is right-to-left (out.ts leftToRight).
  for (const r of rows) for (const c of r.cells) if (c.para.opts.bidirectional === true) table.leftToRight = true;
  return [table];
}
