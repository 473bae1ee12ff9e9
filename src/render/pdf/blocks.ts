// Blocks → slices: the unbreakable vertical pieces the paginator places (a line of a paragraph, a
// table row, a signature block), with the rules that tie them together (keep-with-next chains).
//
// Rules (docs/pagination.md §Blocks, §Tables):
// - a heading keeps with the first two lines of what follows (never alone at a page foot);
// - a signature block is one slice and keeps with the last lines of the block before it;
// - `keep` chains its children when they fit on one page;
// - a table row is one slice unless it is taller than a fifth of a page (SPLIT_ROW_SHARE), then it
//   is cut into one slice per line band (continuing cleanly on the next page); header rows repeat on each new page and
//   keep with the first row; a table breaks only with two body rows or more on each side, and a
//   short table (src/model/keeps.ts) that fits on a page is kept whole.
import type { Align, Block, Inline, Signature, Table, TableCell } from '../../model/types.js';
import type { Checkpoint } from '../../checkpoint.js';
import { dispatchBlock, type BlockHandlers } from '../../model/types.js';
import { introduced, KEEP, KEEP_WHOLE_SHARE, leadsIn, shortLeadIn, REPEATED_HEADER_SHARE, rowKeepsWithNext, SHORT_TABLE_ROWS, SPLIT_ROW_SHARE, type KeepLevel } from '../../model/keeps.js';
import { CELL_PAD_X, CELL_PAD_Y, fitColumns, TABLE_SIZE } from '../columns.js';
import { LIST_INDENT, listIndent, MARKER_GAP, markerText, rtlMarker } from '../list-indent.js';
import { movedCopy, type Box, type LineBox, type TextBox } from './boxes.js';
import type { Fonts } from './fonts.js';
import { alignLine, breakLines, styledGroups, type Line, type PageField } from './text.js';

/** Line height as a multiple of the font size, and the baseline's offset from the line top. */
export const LEADING = 1.3;
export const BASELINE = 1.0;
const PARA_SPACE = 8; // points before a paragraph
const HEADING: Record<1 | 2 | 3, { size: number; before: number; after: number; align: Align }> = {
  1: { size: 16, before: 14, after: 6, align: 'center' },
  2: { size: 13.5, before: 14, after: 4, align: 'left' },
  3: { size: 12, before: 10, after: 2, align: 'left' },
};
const BORDER = 0.6;
const HEADER_GRAY = 0.9;
const SIGN_SPACE = 30; // room to sign above the line
const SIGN_LINE = 252; // 3.5 in

export interface Slice {
  height: number;
  /** Space above; dropped when the slice starts a page. */
  spaceBefore: number;
  /**
   * How strongly this slice stays on the page of the next (KEEP, src/model/keeps.ts): 0, a page
   * may end after it; above 0, a rule that the paginator breaks only when its chain cannot stand
   * on one page, the weakest first.
   */
  keep: KeepLevel;
  /** Start a new page before this slice (page-break). */
  pageBreak?: boolean;
  /** Boxes with y relative to the slice top. */
  boxes: Box[];
  /** Table header rows to repeat when this slice starts a page. */
  repeatHeader?: Slice[];
  /** Border drawn at the slice's top if it starts a page (continued row fragment). */
  edgeTop?: LineBox;
  /** Border drawn at the slice's bottom if a page ends after it (table rows). */
  edgeBottom?: LineBox;
  /** The first line of a right-to-left paragraph (a list item's marker goes on its right). */
  rtl?: true;
}

export interface BlockCtx {
  fonts: Fonts;
  x: number;
  width: number;
  /** Body font size for paragraphs (12 in the body, smaller in header/footer). */
  size: number;
  /** Height of the body area of a page (keep and giant-row decisions). */
  pageHeight: number;
  /**
   * Inside list items: the sum of their text indents (pt). A right-to-left paragraph there starts
   * at the right and is indented from it instead (its text area moved left by this much), as Word
   * and LibreOffice show a w:bidi paragraph's indent at its start, the right.
   */
  listIndent?: number;
  fieldText: (f: PageField) => string;
  src: string;
  /** Asked before each block is laid out (nested blocks too); throws to stop the render. */
  checkpoint?: Checkpoint;
}

/**
 * Append the boxes of one laid-out line (aligned here) to `out`: its text boxes, each followed by
 * its underline. `base` is the baseline from the top of whatever the line is placed in; `dy` moves
 * the line within it (table cells: the padding, or a band's offset), added last so that the
 * coordinates are the same sums whether a line is placed once or moved afterwards.
 * `tag`: the structure element the text belongs to (boxes.ts).
 */
function pushLineBoxes(out: Box[], line: Line, align: Align, x: number, width: number, size: number, src: string, tag: string, base: number, dy: number): void {
  const pieces = alignLine(line, align, width, size);
  for (let j = 0; j < pieces.length; j++) {
    const p = pieces[j]!;
    const tb: TextBox = { type: 'text', x: x + p.x, y: base + dy, width: p.width, size, font: p.font, text: p.text, src, tag };
    if (p.wordSpacing) tb.wordSpacing = p.wordSpacing;
    if (p.field) tb.field = p.field;
    if (p.glyphs) tb.glyphs = p.glyphs;
    if (p.draw !== undefined) tb.draw = p.draw;
    out.push(tb);
    if (p.underline) {
      const uy = base + size * 0.12 + dy;
      out.push({ type: 'line', x1: x + p.x, y1: uy, x2: x + p.x + p.width, y2: uy, width: size * 0.05, src });
    }
  }
}

/**
 * Boxes of each laid-out line: stacked from `y0`, or each relative to its own top. `tag`: the
 * structure element the text belongs to (boxes.ts).
 */
function lineBoxes(lines: Line[], align: Align, x: number, width: number, size: number, src: string, tag: string, y0 = 0, stacked = true): Box[][] {
  const lh = size * LEADING;
  const all: Box[][] = new Array<Box[]>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const out: Box[] = [];
    pushLineBoxes(out, lines[i]!, align, x, width, size, src, tag, y0 + (stacked ? i * lh : 0) + size * BASELINE, 0);
    all[i] = out;
  }
  return all;
}

function textSlices(children: Inline[], align: Align, ctx: BlockCtx, size: number, bold: boolean, before: number): Slice[] {
  const lines = breakLines(styledGroups(children, ctx.fieldText, bold), ctx.width, size, ctx.fonts);
  const lh = size * LEADING;
  const n = lines.length;
  const rtl = lines[0]?.rtl === true;
  // In a list item a right-to-left paragraph's indent is on the right (BlockCtx.listIndent).
  const x = rtl && ctx.listIndent !== undefined ? ctx.x - ctx.listIndent : ctx.x;
  // Each line is its own slice: boxes relative to the line's top. No widows or orphans: a page
  // break leaves at least two lines of the paragraph on each side (the first line keeps with the
  // second, the next-to-last with the last), so a paragraph of two or three lines moves whole.
  // (The DOCX needs nothing for this: Word's widowControl applies unless turned off.)
  const slices: Slice[] = lineBoxes(lines, align, x, ctx.width, size, ctx.src, ctx.src, 0, false).map((boxes, i) => ({
    height: lh,
    spaceBefore: i === 0 ? before : 0,
    keep: (i === 0 && n > 1) || i === n - 2 ? KEEP.lines : KEEP.none,
    boxes,
  }));
  if (rtl) slices[0]!.rtl = true;
  return slices;
}

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

function tableSlices(t: Table, ctx: BlockCtx): Slice[] {
  const size = Math.min(TABLE_SIZE, ctx.size);
  // Widths that fit each column's amounts and short headers (shared with the DOCX renderer).
  const widths = fitColumns(t, ctx.width, size, ctx.fonts);
  const colX = new Float64Array(widths.length + 1);
  colX[0] = ctx.x;
  for (let i = 0; i < widths.length; i++) colX[i + 1] = colX[i]! + widths[i]!;
  const g: TableGeom = { ctx, size, lh: size * LEADING, colX, right: ctx.x + ctx.width, ncols: t.columns.length };

  const header: Slice[] = [];
  for (let i = 0; i < t.headerRows.length; i++) {
    const src = `${ctx.src}.head.${i}`;
    header.push(...rowSlices(g, layRow(g, t.headerRows[i]!.cells, true, src), true, t.rows.length === 0 && i === t.headerRows.length - 1, src, ctx.pageHeight));
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
  let splits = false; // some row may
  let height = headerHeight; // the whole table's, points
  for (let i = 0; i < n; i++) {
    const src = `${ctx.src}.row.${i}`;
    const slices = rowSlices(g, layRow(g, t.rows[i]!.cells, false, src), false, i === n - 1, src, rowRoom);
    for (const s of slices) {
      if (repeat) s.repeatHeader = header;
      height += s.height;
    }
    body.push(...slices);
    rowEnd[i] = body.length - 1;
    giant[i] = slices.length > 1;
    if (giant[i]) splits = true;
  }
  // A table splits only between rows with two or more body rows on each side, and a short one
  // that fits on a page moves whole (src/model/keeps.ts; the DOCX keeps rows with keepNext). The
  // header's slices keep with the first row (rowSlices), so it never ends a page alone. A row
  // that may split (taller than SPLIT_ROW_SHARE of the page) is several slices, kept two lines on
  // each side of a break (rowSlices), and chained to no other row, as in the DOCX
  // (src/render/docx/table.ts): it is no fragment on its own, and a chain to the next row only
  // pulled a lone line of it onto that row's page. A table with such a row is not kept whole.
  const short = n <= SHORT_TABLE_ROWS && height <= ctx.pageHeight * KEEP_WHOLE_SHARE && !splits;
  // The two-rows rule is a `lines` keep; the rest of a short table's rows only a `group` one, given
  // up first when the table and what is chained to it (a heading, a lead-in) cannot share a page.
  for (let i = 0; i < n - 1; i++) {
    if (giant[i] || giant[i + 1]) continue;
    if (rowKeepsWithNext(i, n, false)) body[rowEnd[i]!]!.keep = KEEP.lines;
    else if (short && rowKeepsWithNext(i, n, true)) body[rowEnd[i]!]!.keep = KEEP.group;
  }
  const all = [...header, ...body];
  if (all.length > 0) all[0]!.spaceBefore = PARA_SPACE;
  return all;
}

/** A row's cells: their columns' edges (a cell spans `colspan` columns) and their text broken into lines. */
function layRow(g: TableGeom, cells: TableCell[], bold: boolean, src: string): CellLayout[] {
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
    out[ci] = { x: x0, width: x1 - x0, textX: x0 + CELL_PAD_X, textWidth: w, align: cell.align, tag: `${src}.cell.${ci}`, lines };
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
    if (k > 0) s.edgeTop = hline(ctx.x, right, 0, src);
    if (!(last && lastRow)) s.edgeBottom = hline(ctx.x, right, h, src);
    out.push(s);
  }
  return out;
}

/**
 * A signature block: room to sign, the signing line, then signer, capacity, date (or a blank
 * date line) and place. One chain of slices kept together (and with the block before it, see
 * blocksSlices); only a block taller than a page (an absurdly long name) may break, line by line.
 */
function signatureSlices(s: Signature, ctx: BlockCtx): Slice[] {
  const size = ctx.size;
  const lh = size * LEADING;
  const text = (t: string): Inline[] => [{ type: 'text', text: t }];
  const parts: Inline[][] = [text(s.signer)];
  if (s.capacity) parts.push(text(s.capacity));
  parts.push(text(s.date ? `Date: ${s.date}` : 'Date: ______________________'));
  if (s.place) parts.push(text(s.place));
  const lines: Box[][] = [];
  parts.forEach((part, k) => {
    lines.push(...lineBoxes(breakLines(styledGroups(part, ctx.fieldText), ctx.width, size, ctx.fonts), 'left', ctx.x, ctx.width, size, ctx.src, `${ctx.src}.line.${k}`, 0, false));
  });
  const lineW = Math.min(SIGN_LINE, ctx.width);
  const signLine: Box = { type: 'line', x1: ctx.x, y1: SIGN_SPACE, x2: ctx.x + lineW, y2: SIGN_SPACE, width: 0.8, src: ctx.src };
  const top = SIGN_SPACE + 2;
  const slices: Slice[] = lines.map((boxes, i) => ({
    height: lh + (i === 0 ? top : 0),
    spaceBefore: i === 0 ? 2 * PARA_SPACE : 0,
    keep: KEEP.lines as KeepLevel,
    boxes: i === 0 ? [signLine, ...boxes.map((b) => movedCopy(b, top))] : boxes,
  }));
  const total = slices.reduce((a, x) => a + x.height, 0);
  if (total > ctx.pageHeight) for (const x of slices) x.keep = KEEP.none;
  slices[slices.length - 1]!.keep = KEEP.none;
  return slices;
}

const handlers: BlockHandlers<BlockCtx, Slice[]> = {
  heading: (h, ctx) => {
    const st = HEADING[h.level];
    const size = Math.max(st.size * (ctx.size / 12), 6);
    const slices = textSlices(h.children, st.align, ctx, size, true, st.before);
    for (const s of slices) s.keep = KEEP.heading;
    if (slices.length > 0) slices[slices.length - 1]!.height += st.after;
    return slices;
  },
  paragraph: (p, ctx) => textSlices(p.children, p.align, ctx, ctx.size, false, PARA_SPACE),
  list: (l, ctx) => {
    const out: Slice[] = [];
    // Wide enough for the list's widest number ("100." does not fit in 27 pt: ../list-indent.ts).
    const indent = listIndent(l, ctx.size, LIST_INDENT * (ctx.size / 12), ctx.width, ctx.fonts);
    // A loop, not a closure made per list (V8 holds a closure's optimized code only weakly; issue 18).
    for (let i = 0; i < l.items.length; i++) {
      const item = l.items[i]!;
      const inner: BlockCtx = { ...ctx, x: ctx.x + indent, width: ctx.width - indent, src: `${ctx.src}.item.${i}`, listIndent: (ctx.listIndent ?? 0) + indent };
      const per = slicesPerBlock(item.children, inner);
      itemKeeps(item.children, per);
      const slices = per.flat();
      if (slices.length === 0) slices.push({ height: ctx.size * LEADING, spaceBefore: PARA_SPACE, keep: KEEP.none, boxes: [] });
      const marker = markerText(l, item, i);
      const lines = breakLines([[{ text: marker, face: 'regular', underline: false }]], indent, ctx.size, ctx.fonts);
      const first = slices[0]!;
      const w = lines[0]?.width ?? 0;
      if (first.rtl) {
        // A right-to-left item (its first paragraph is): the marker MARKER_GAP right of the text,
        // which ends `indent` before the right edge; read from the right, the number comes first
        // (".1", "(a" for "a)": ../list-indent.ts rtlMarker), copied back as typed (ActualText).
        const mx = ctx.x - (ctx.listIndent ?? 0) + ctx.width - indent + MARKER_GAP;
        for (const b of lineBoxes(lines.slice(0, 1), 'left', mx, w, ctx.size, inner.src, `${inner.src}.lbl`)[0] ?? []) {
          if (b.type === 'text' && l.ordered && rtlMarker(b.text) !== b.text) {
            b.draw = rtlMarker(b.text);
            b.actual = true;
          }
          first.boxes.push(b);
        }
      } else {
        const mx = ctx.x + indent - MARKER_GAP - w;
        for (const b of lineBoxes(lines.slice(0, 1), 'left', mx, indent, ctx.size, inner.src, `${inner.src}.lbl`)[0] ?? []) first.boxes.push(b);
      }
      listKeeps(item.children, slices, out, i === 0, i === l.items.length - 1, l.items.length);
      out.push(...slices);
    }
    return out;
  },
  table: tableSlices,
  signature: signatureSlices,
  'page-break': () => [{ height: 0, spaceBefore: 0, keep: KEEP.none, pageBreak: true, boxes: [] }],
  keep: (k, ctx) => {
    const slices = blocksSlices(k.children, ctx);
    const total = slices.reduce((a, s, i) => a + s.height + (i > 0 ? s.spaceBefore : 0), 0);
    if (total <= ctx.pageHeight * KEEP_WHOLE_SHARE) for (let i = 0; i < slices.length - 1; i++) raise(slices[i]!, KEEP.group);
    return slices;
  },
};

/**
 * Whether block `b`, laid out in `slices`, is one line: a paragraph or heading of one line, what
 * the DOCX measures as the PDF breaks it (src/render/table-fit.ts oneLine) to apply the same rules.
 */
function oneLine(b: Block | undefined, slices: Slice[] | undefined): boolean {
  return (b?.type === 'paragraph' || b?.type === 'heading') && slices?.length === 1;
}

/**
 * The widow and orphan rule of one list item (docs/pagination.md §Lists): an item of
 * several blocks whose first is one line keeps that line with what follows it in the item (a
 * title line, "When: … · Place: …", never ends a page alone), and one whose last is one line keeps
 * it with the line before it. A paragraph of two lines or more keeps its own first and last two.
 */
function itemKeeps(blocks: Block[], per: Slice[][]): void {
  const n = blocks.length;
  if (n < 2) return;
  let rest = 0; // slices after the first block's
  for (let k = 1; k < n; k++) rest += per[k]!.length;
  if (rest === 0) return;
  if (oneLine(blocks[0], per[0])) raise(per[0]![0]!, KEEP.lines);
  if (oneLine(blocks[n - 1], per[n - 1])) {
    for (let k = n - 2; k >= 0; k--) {
      const s = per[k]!;
      if (s.length > 0) {
        raise(s[s.length - 1]!, KEEP.lines);
        break;
      }
    }
  }
}

/**
 * The widow and orphan rule of a list as a whole (docs/pagination.md §Lists): a list of
 * several items whose first item is one line keeps it with the second, and one whose last item is
 * one line keeps it with the item before it (`done`: the slices of the items before, in order), so
 * a page break leaves two lines of the list or more on each side of it, as in a paragraph.
 */
function listKeeps(blocks: Block[], slices: Slice[], done: Slice[], first: boolean, last: boolean, items: number): void {
  if (items < 2 || blocks.length !== 1 || !oneLine(blocks[0], slices)) return;
  if (first) raise(slices[0]!, KEEP.lines);
  if (last && done.length > 0) raise(done[done.length - 1]!, KEEP.lines);
}

/** `ctx` for a nested block (built field by field: a spread of it per block was measurable). */
function withSrc(ctx: BlockCtx, src: string): BlockCtx {
  return { fonts: ctx.fonts, x: ctx.x, width: ctx.width, size: ctx.size, pageHeight: ctx.pageHeight, fieldText: ctx.fieldText, src, checkpoint: ctx.checkpoint, listIndent: ctx.listIndent };
}

/** Make `s` stay with the next slice at least as strongly as `level` (a stronger rule stays). */
function raise(s: Slice, level: KeepLevel): void {
  if (s.keep < level) s.keep = level;
}

/** Slices of a sequence of blocks, with the keep-with-next rules between neighbours applied. */
export function blocksSlices(blocks: Block[], ctx: BlockCtx): Slice[] {
  return slicesPerBlock(blocks, ctx).flat();
}

/**
 * The slices of each block of a sequence (one list per block, in order), with the keep-with-next
 * rules between neighbours applied: blocksSlices before it is flattened, for a caller that needs
 * to know which slices are whose (src/render/table-fit.ts chainedBefore).
 */
export function slicesPerBlock(blocks: Block[], ctx: BlockCtx): Slice[][] {
  // A loop, not a closure made per call (V8 holds a closure's optimized code only weakly: one made
  // per render was compiled again after every full collection; issue 18, `node --trace-opt`).
  const per: Slice[][] = [];
  for (let i = 0; i < blocks.length; i++) {
    ctx.checkpoint?.();
    per.push(dispatchBlock(handlers, blocks[i]!, withSrc(ctx, `${ctx.src}.${i}`)));
  }
  for (let i = 0; i < blocks.length; i++) {
    const next = per[i + 1];
    // A heading never sits alone at a page foot: it moves with the first two lines that follow.
    if (blocks[i]!.type === 'heading' && next && next.length >= 2) raise(next[0]!, KEEP.heading);
    // A paragraph that leads into a list or table ("Conditions:") moves with its first lines.
    if (introduced(blocks[i + 1]) && next && next.length > 0 && (leadsIn(blocks[i]!) || shortLeadIn(blocks[i]!, blocks[i + 1], per[i]!.length === 1))) raise(per[i]![per[i]!.length - 1]!, KEEP.intro);
    // A signature stays on the page of (at least the last two lines of) the block before it.
    if (blocks[i + 1]?.type === 'signature') {
      const cur = per[i]!;
      for (let k = Math.max(0, cur.length - 2); k < cur.length; k++) raise(cur[k]!, KEEP.intro);
    }
  }
  return per;
}
