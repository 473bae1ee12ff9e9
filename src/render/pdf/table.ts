// Tables → slices (docs/pagination.md §Tables): a row is one slice, or one per line band when it is
// taller than a fifth of a page (SPLIT_ROW_SHARE); header rows repeat on each new page and keep with
// the first body row; a table breaks only where the widow and orphan rule allows (rowKeepsWithNext,
// src/model/keeps.ts), and a short table that fits in KEEP_WHOLE_SHARE of a page is kept whole.
import type { Align, Table, TableCell } from '../../model/types.js';
import { KEEP, KEEP_WHOLE_SHARE, REPEATED_HEADER_SHARE, rowKeepsWithNext, SHORT_TABLE_ROWS, SPLIT_ROW_SHARE } from '../../model/keeps.js';
import { CELL_PAD_X, CELL_PAD_Y, fitColumns, parenHang, TABLE_SIZE } from '../columns.js';
import type { Box, LineBox, StructNode } from './boxes.js';
import { BASELINE, LEADING, PARA_SPACE, pushLineBoxes, type BlockCtx, type Slice } from './slice.js';
import { tableRows } from './structure.js';
import { breakLines, styledGroups, type Line, type StyledRun } from './text.js';

const BORDER = 0.6;
const HEADER_GRAY = 0.9;

function hline(x1: number, x2: number, y: number, src: string): LineBox {
  return { type: 'line', x1, y1: y, x2, y2: y, width: BORDER, src };
}
function vline(x: number, y1: number, y2: number, src: string): LineBox {
  return { type: 'line', x1: x, y1, x2: x, y2, width: BORDER, src };
}

interface CellLayout {
  x: number;
  width: number;
  /** Left edge of the text and the width it is broken to (inside the padding). */
  textX: number;
  textWidth: number;
  align: Align;
  tag: string;
  lines: Line[];
}

/**
 * What the rows of one table share while it is laid out. The row functions below take it as an
 * argument rather than being closures made per table: V8 holds a closure's optimized code only
 * weakly, so closures made per render lost it at every full collection and were compiled again,
 * over and over in a long batch (issue 18; `node --trace-opt`).
 */
interface TableGeom {
  ctx: BlockCtx;
  /** Text size (pt) and line height (pt). */
  size: number;
  lh: number;
  /** Left edge of each column, then the right edge of the last (points; typed: see fitColumns). */
  colX: Float64Array;
  /** The table's right edge. */
  right: number;
  ncols: number;
}

export function tableSlices(t: Table, ctx: BlockCtx): Slice[] {
  const size = Math.min(TABLE_SIZE, ctx.size);
  // Widths that fit each column's amounts and short headers (shared with the DOCX renderer).
  const widths = fitColumns(t, ctx.width, size, ctx.fonts);
  const colX = new Float64Array(widths.length + 1);
  colX[0] = ctx.x;
  for (let i = 0; i < widths.length; i++) colX[i + 1] = colX[i]! + widths[i]!;
  const g: TableGeom = { ctx, size, lh: size * LEADING, colX, right: ctx.x + ctx.width, ncols: t.columns.length };

  // The table's structure element, whose cells' ids are the cells' tags (./structure.ts tablesById).
  const element = ctx.tables?.get(ctx.src);
  const headIds = element === undefined ? undefined : tableRows(element, 'THead');
  const rowIds = element === undefined ? undefined : tableRows(element, 'TBody');
  const header: Slice[] = [];
  for (let i = 0; i < t.headerRows.length; i++) {
    const src = `${ctx.src}.head.${i}`;
    header.push(...rowSlices(g, layRow(g, t.headerRows[i]!.cells, true, src, headIds?.[i]), true, t.rows.length === 0 && i === t.headerRows.length - 1, src, ctx.pageHeight));
  }
  let headerHeight = 0;
  for (const s of header) headerHeight += s.height;
  // Header rows repeat on each page only when they leave the rows room (src/model/keeps.ts).
  const repeat = header.length > 0 && headerHeight <= ctx.pageHeight * REPEATED_HEADER_SHARE;
  // A body row taller than SPLIT_ROW_SHARE of the page is cut into line bands (src/model/keeps.ts);
  // the page less a repeated header (at least half of it) is never the lower limit.
  const rowRoom = Math.min(ctx.pageHeight - (repeat ? headerHeight : 0), ctx.pageHeight * SPLIT_ROW_SHARE);
  const body: Slice[] = [];
  const n = t.rows.length;
  const rowEnd: number[] = new Array<number>(n); // index in body of each row's last slice
  const giant: boolean[] = new Array<boolean>(n); // the row may split (SPLIT_ROW_SHARE): line bands
  let firstLines = 1; // lines of the first and last body rows (their tallest cell's)
  let lastLines = 1;
  let splits = false; // some row may
  let height = headerHeight; // the whole table's, points
  for (let i = 0; i < n; i++) {
    const src = `${ctx.src}.row.${i}`;
    const cells = layRow(g, t.rows[i]!.cells, false, src, rowIds?.[i]);
    if (i === 0) firstLines = rowLines(cells);
    if (i === n - 1) lastLines = rowLines(cells);
    const slices = rowSlices(g, cells, false, i === n - 1, src, rowRoom);
    for (const s of slices) {
      if (repeat) s.repeatHeader = header;
      height += s.height;
    }
    body.push(...slices);
    rowEnd[i] = body.length - 1;
    giant[i] = slices.length > 1;
    if (giant[i]) splits = true;
  }
  // A table splits only between rows with two or more lines of its body on each side (a one-line
  // first or last row keeps with its neighbour), and a short one that fits on a page moves whole
  // (src/model/keeps.ts; the DOCX keeps rows with keepNext). The
  // header's slices keep with the first row (rowSlices), so it never ends a page alone. A row
  // that may split (taller than SPLIT_ROW_SHARE of the page) is several slices, kept two lines on
  // each side of a break (rowSlices), and chained to no other row, as in the DOCX
  // (src/render/docx/table.ts): it is no fragment on its own, and a chain to the next row only
  // pulled a lone line of it onto that row's page. A table with such a row is not kept whole.
  const short = n <= SHORT_TABLE_ROWS && height <= ctx.pageHeight * KEEP_WHOLE_SHARE && !splits;
  // The two-lines rule is a `lines` keep; the rest of a short table's rows only a `group` one, given
  // up first when the table and what is chained to it (a heading, a lead-in) cannot share a page.
  for (let i = 0; i < n - 1; i++) {
    if (giant[i] || giant[i + 1]) continue;
    if (rowKeepsWithNext(i, n, false, firstLines, lastLines)) body[rowEnd[i]!]!.keep = KEEP.lines;
    else if (short && rowKeepsWithNext(i, n, true)) body[rowEnd[i]!]!.keep = KEEP.group;
  }
  const all = [...header, ...body];
  if (all.length > 0) all[0]!.spaceBefore = PARA_SPACE;
  return all;
}

/** Lines of a laid-out row: its tallest cell's (an empty row is one line tall). */
function rowLines(cells: CellLayout[]): number {
  let most = 1;
  for (const c of cells) if (c.lines.length > most) most = c.lines.length;
  return most;
}

/**
 * A row's cells: their columns' edges (a cell spans `colspan` columns) and their text broken into
 * lines. `element`: the row's TR element, whose cells' ids are the cells' tags; without it (a
 * table outside the body's structure) each tag is made from `src` by the same naming.
 */
function layRow(g: TableGeom, cells: TableCell[], bold: boolean, src: string, element: StructNode | undefined): CellLayout[] {
  const ids = element?.children;
  const { colX, ncols, right, size, ctx } = g;
  let col = 0;
  const out: CellLayout[] = new Array<CellLayout>(cells.length);
  for (let ci = 0; ci < cells.length; ci++) {
    const cell = cells[ci]!;
    const x0 = colX[Math.min(col, ncols)]!;
    col += Math.max(1, cell.colspan);
    const x1 = colX[Math.min(col, ncols)] ?? right;
    const w = Math.max(1, x1 - x0 - 2 * CELL_PAD_X);
    const lines = breakLines(styledGroups(cell.children, ctx.fieldText, bold), w, size, ctx.fonts);
    // An amount in parentheses hangs its closing parenthesis into the padding (../columns.ts parenHang).
    out[ci] = { x: x0, width: x1 - x0, textX: x0 + CELL_PAD_X + parenHang(cell, size, ctx.fonts), textWidth: w, align: cell.align, tag: ids !== undefined && ci < ids.length ? ids[ci]!.id : `${src}.cell.${ci}`, lines };
  }
  return out;
}

// A row's vertical borders from y1 to y2: the left edge, each cell's right edge, and the table's
// right edge when the row has fewer cells.
function pushVerticals(g: TableGeom, boxes: Box[], cells: CellLayout[], y1: number, y2: number, src: string): void {
  const x = g.ctx.x;
  boxes.push(vline(x, y1, y2, src));
  let lastEdge = x;
  for (const c of cells) boxes.push(vline((lastEdge = c.x + c.width), y1, y2, src));
  if (lastEdge < g.right - 0.01) boxes.push(vline(g.right, y1, y2, src));
}

/** The "(continued)" mark under a split row's cell repeated on the next page, italic. */
const CONTINUED: StyledRun[][] = [[{ text: '(continued)', face: 'italic', underline: false }]];
/**
 * The mark under a repeated cell cut short (more lines than the row has left on the page): the
 * ellipsis says words were left out, where "(physical, psychiatric or" above a bare "(continued)"
 * read as the label's end, its parenthesis never closed.
 */
const CUT_CONTINUED: StyledRun[][] = [[{ text: '… (continued)', face: 'italic', underline: false }]];

/**
 * What a split row's band `k` shows at the top of a page it starts (`boxes`, y from the band's top,
 * the lead's above it) and the points it needs above the band (`lead`):
 * - a cell whose text ended on a page before (a date, a place beside a long narrative): its text
 *   again, as many of its lines as leave a line under it, and "(continued)" under that ("…
 *   (continued)" where lines were left out: CUT_CONTINUED). The cell stood empty there, and the
 *   reader of the continued narrative had to turn back to learn whose entry or which date it was.
 *   The row keeps two bands or more on each side of a break (rowSlices), so the mark has a line
 *   at least; more is shown as more bands follow.
 * - a cell split itself, its lines on both pages, that ends before the row does (a loss's
 *   category "12. Necessary transportation, temporary housing and child care" beside a long
 *   description): its first line (the item number) and the mark, in a lead above the band, its
 *   own lines going on below. Round r60: the continuation showed "temporary housing and child
 *   care" alone, read as a category of its own. A cell that runs to the row's last band is the
 *   row's running text (the narrative), which goes on as a paragraph does across a page.
 * The lead is as tall as the tallest split cell's first line and mark; ended cells start in it.
 */
function continuedCells(g: TableGeom, cells: CellLayout[], k: number, bands: number, src: string): { boxes: Box[]; lead: number } {
  const out: Box[] = [];
  const { lh, size } = g;
  const fonts = g.ctx.fonts;
  // Lines of the lead: the tallest split cell's first line and its mark.
  let leadLines = 0;
  for (const c of cells) {
    if (c.lines.length <= k || c.lines.length >= bands) continue;
    // "…" when lines between the first and the continuation are left out.
    const mark = breakLines(k > 1 ? CUT_CONTINUED : CONTINUED, c.textWidth, size, fonts);
    leadLines = Math.max(leadLines, 1 + mark.length);
  }
  const lead = leadLines * lh;
  // Each split cell's first line and mark from the lead's top (a mark broken on fewer lines than
  // the tallest leaves a blank line above the cell's continuation).
  for (const c of cells) {
    if (c.lines.length <= k || c.lines.length >= bands) continue;
    const mark = breakLines(k > 1 ? CUT_CONTINUED : CONTINUED, c.textWidth, size, fonts);
    pushLineBoxes(out, c.lines[0]!, c.align, c.textX, c.textWidth, size, src, c.tag, cellBaseline(g, 0), -lead);
    for (let i = 0; i < mark.length; i++) pushLineBoxes(out, mark[i]!, c.align, c.textX, c.textWidth, size, src, c.tag, cellBaseline(g, 1 + i), -lead);
  }
  const room = bands - k + leadLines; // lines from the lead's top to the row's end
  for (const c of cells) {
    if (c.lines.length === 0 || c.lines.length > k) continue;
    let mark = breakLines(CONTINUED, c.textWidth, size, fonts);
    let shown = Math.max(1, Math.min(c.lines.length, room - mark.length));
    if (shown < c.lines.length) {
      mark = breakLines(CUT_CONTINUED, c.textWidth, size, fonts);
      shown = Math.max(1, Math.min(c.lines.length, room - mark.length));
    }
    for (let i = 0; i < shown; i++) pushLineBoxes(out, c.lines[i]!, c.align, c.textX, c.textWidth, size, src, c.tag, cellBaseline(g, i), -lead);
    for (let i = 0; i < mark.length; i++) pushLineBoxes(out, mark[i]!, c.align, c.textX, c.textWidth, size, src, c.tag, cellBaseline(g, shown + i), -lead);
  }
  if (lead > 0) pushVerticals(g, out, cells, -lead, 0, src);
  return { boxes: out, lead };
}

/** Line i's baseline in its cell, before the padding. */
function cellBaseline(g: TableGeom, i: number): number {
  return 0 + i * g.lh + g.size * BASELINE;
}

function rowSlices(g: TableGeom, cells: CellLayout[], header: boolean, lastRow: boolean, src: string, maxHeight: number): Slice[] {
  const { ctx, lh, size, right } = g;
  let bands = 1;
  for (const c of cells) if (c.lines.length > bands) bands = c.lines.length;
  const height = bands * lh + 2 * CELL_PAD_Y;
  if (height <= maxHeight) {
    const boxes: Box[] = [];
    if (header) boxes.push({ type: 'rect', x: ctx.x, y: 0, width: ctx.width, height, gray: HEADER_GRAY, src });
    for (const c of cells) for (let i = 0; i < c.lines.length; i++) pushLineBoxes(boxes, c.lines[i]!, c.align, c.textX, c.textWidth, size, src, c.tag, cellBaseline(g, i), CELL_PAD_Y);
    boxes.push(hline(ctx.x, right, 0, src));
    pushVerticals(g, boxes, cells, 0, height, src);
    if (lastRow) boxes.push(hline(ctx.x, right, height, src));
    const s: Slice = { height, spaceBefore: 0, keep: header ? KEEP.heading : KEEP.none, boxes };
    if (!lastRow) s.edgeBottom = hline(ctx.x, right, height, src);
    return [s];
  }
  // Taller than `maxHeight`: one slice per line band, so the row continues line by line, two bands or
  // more on each side of a page break (no widows or orphans, as in a paragraph).
  const out: Slice[] = [];
  for (let k = 0; k < bands; k++) {
    const top = k === 0 ? CELL_PAD_Y : 0;
    const h = lh + top + (k === bands - 1 ? CELL_PAD_Y : 0);
    const boxes: Box[] = [];
    if (header) boxes.push({ type: 'rect', x: ctx.x, y: 0, width: ctx.width, height: h, gray: HEADER_GRAY, src });
    for (const c of cells) {
      const l = c.lines[k];
      if (l) pushLineBoxes(boxes, l, c.align, c.textX, c.textWidth, size, src, c.tag, cellBaseline(g, k), top - k * lh);
    }
    pushVerticals(g, boxes, cells, 0, h, src);
    if (k === 0) boxes.push(hline(ctx.x, right, 0, src));
    const last = k === bands - 1;
    if (last && lastRow) boxes.push(hline(ctx.x, right, h, src));
    const s: Slice = { height: h, spaceBefore: 0, keep: header ? KEEP.heading : bands > 1 && (k === 0 || k === bands - 2) ? KEEP.lines : KEEP.none, boxes };
    if (k > 0) {
      const again = continuedCells(g, cells, k, bands, src);
      // The row's top border on a page it continues on, above the lead when there is one.
      s.edgeTop = hline(ctx.x, right, -again.lead, src);
      if (again.boxes.length > 0) s.continuedTop = again.boxes;
      if (again.lead > 0) s.continuedLead = again.lead;
    }
    if (!(last && lastRow)) s.edgeBottom = hline(ctx.x, right, h, src);
    out.push(s);
  }
  return out;
}
