// Blocks → slices (slice.ts): the unbreakable vertical pieces the paginator places (a line of a
// paragraph, a signature block), with the rules that tie them together (keep-with-next chains).
// Tables are table.ts.
//
// Rules (docs/pagination.md §Blocks, §Lists):
// - a heading keeps with the first two lines of what follows (never alone at a page foot);
// - a signature block is one slice and keeps with the last lines of the block before it;
// - `keep` chains its children when they take at most keepWholeShare of a page;
// - a paragraph or a list keeps two lines or more on each side of a break.
import type { Align, Block, Inline, Signature } from '../../model/types.js';
import { dispatchBlock, type BlockHandlers } from '../../model/types.js';
import { closesBeforeSignature, endOf, introduced, introducesTable, KEEP, keepWholeShare, leadsIn, shortLeadIn, TABLE_NOTES_SHARE, tableNotesStart, type KeepLevel } from '../../model/keeps.js';
import { LIST_INDENT, listIndent, MARKER_GAP, markerText, rtlMarker } from '../list-indent.js';
import { signatureLines } from '../signature-lines.js';
import { hasRtlLetter, isRtlText } from './bidi.js';
import { movedCopy, type Box } from './boxes.js';
import { LEADING, lineBoxes, PARA_SPACE, raise, type BlockCtx, type Slice } from './slice.js';
import { tableSlices } from './table.js';
import { breakLines, styledGroups } from './text.js';

export { BASELINE, LEADING, type BlockCtx, type Slice } from './slice.js';

const HEADING: Record<1 | 2 | 3, { size: number; before: number; after: number; align: Align }> = {
  1: { size: 16, before: 14, after: 6, align: 'center' },
  2: { size: 13.5, before: 14, after: 4, align: 'left' },
  3: { size: 12, before: 10, after: 2, align: 'left' },
};
const SIGN_SPACE = 30; // room to sign above the line
const SIGN_LINE = 252; // 3.5 in

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

/**
 * A signature block: room to sign, the signing line, then signer, capacity, date (or a blank
 * date line) and place. One chain of slices kept together (and with the block before it, see
 * blocksSlices); only a block taller than a page (an absurdly long name) may break, line by line.
 *
 * Its direction is its signer's: a name in a right-to-left script (its first letter of a
 * right-to-left script, the paragraph's rule both formats share: ../../model/direction.ts
 * isRtlText) signs from the right, as the script is written: the signing line ends at the right
 * margin (in a list item, where the item's text ends), and every line (the electronic signature on
 * it, the name, capacity, date, place) starts at the right. A line with a right-to-left letter
 * (hasRtlLetter) reads right to left there ("/s/" first, at the right, then the name); a line without one (an
 * English capacity, "Date: March 7, 2026", "Date: ____") reads left to right, set at the right. A
 * left-to-right signature's lines all start at the left and read left to right, an Arabic
 * capacity under a Latin name too (as a right-to-left paragraph it went to the right margin,
 * away from its block). The DOCX does the same (../docx/blocks.ts signature).
 */
function signatureSlices(s: Signature, ctx: BlockCtx): Slice[] {
  const size = ctx.size;
  const lh = size * LEADING;
  const rtl = isRtlText(s.signer);
  // In a list item a right-to-left block's indent is on the right (BlockCtx.listIndent), as a
  // paragraph's (textSlices): the signature ends where the item's text ends, not at the margin.
  const x = rtl && ctx.listIndent !== undefined ? ctx.x - ctx.listIndent : ctx.x;
  // Each part its own structure element (structure.ts): the electronic signature first, when given.
  const parts = s.signed !== undefined ? [s.signed, ...signatureLines(s)] : signatureLines(s);
  const boxesOf = (k: number): Box[][] =>
    lineBoxes(
      breakLines(styledGroups([{ type: 'text', text: parts[k]! }], ctx.fieldText), ctx.width, size, ctx.fonts, rtl && hasRtlLetter(parts[k]!)),
      rtl ? 'right' : 'left',
      x,
      ctx.width,
      size,
      ctx.src,
      `${ctx.src}.line.${k}`,
      0,
      false,
    );
  // An electronic signature sits on the signing line, in the room left to sign by hand (taller
  // when it takes more lines than that room holds).
  const signed = s.signed !== undefined ? boxesOf(0) : [];
  const room = Math.max(SIGN_SPACE, signed.length * lh + 2);
  const lines: Box[][] = [];
  for (let k = signed.length > 0 ? 1 : 0; k < parts.length; k++) lines.push(...boxesOf(k));
  const lineW = Math.min(SIGN_LINE, ctx.width);
  // At the block's start: the left margin, or the right one for a right-to-left signer.
  const x1 = rtl ? x + ctx.width - lineW : x;
  const signLine: Box = { type: 'line', x1, y1: room, x2: x1 + lineW, y2: room, width: 0.8, src: ctx.src };
  const top = room + 2;
  const onLine = signed.flatMap((boxes, i) => boxes.map((b) => movedCopy(b, room - 2 - (signed.length - i) * lh)));
  const slices: Slice[] = lines.map((boxes, i) => ({
    height: lh + (i === 0 ? top : 0),
    spaceBefore: i === 0 ? 2 * PARA_SPACE : 0,
    keep: KEEP.lines as KeepLevel,
    boxes: i === 0 ? [...onLine, signLine, ...boxes.map((b) => movedCopy(b, top))] : boxes,
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
    const per = slicesPerBlock(k.children, ctx);
    const slices = per.flat();
    if (height(slices) <= ctx.pageHeight * keepWholeShare(k.children)) {
      for (let i = 0; i < slices.length - 1; i++) raise(slices[i]!, KEEP.group);
      return slices;
    }
    // Too tall to keep whole: its last table and the notes after it still together, up to
    // TABLE_NOTES_SHARE of a page (src/model/keeps.ts; the DOCX measures the same blocks).
    const t = tableNotesStart(k.children);
    if (t >= 0) {
      const notes = per.slice(t).flat();
      if (height(notes) <= ctx.pageHeight * TABLE_NOTES_SHARE) for (let i = 0; i < notes.length - 1; i++) raise(notes[i]!, KEEP.group);
    }
    return slices;
  },
};

/** The height of a run of slices as the page stacks them (the first one's space before not counted). */
function height(slices: readonly Slice[]): number {
  let h = 0;
  for (let i = 0; i < slices.length; i++) h += slices[i]!.height + (i > 0 ? slices[i]!.spaceBefore : 0);
  return h;
}

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
  return { fonts: ctx.fonts, x: ctx.x, width: ctx.width, size: ctx.size, pageHeight: ctx.pageHeight, fieldText: ctx.fieldText, src, checkpoint: ctx.checkpoint, listIndent: ctx.listIndent, tables: ctx.tables };
}

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
    // A paragraph that leads into a list or table ("Conditions:", any paragraph before a table),
    // alone or ending a `keep`, moves with its first lines.
    if (introduced(blocks[i + 1]) && next && next.length > 0 && (leadsIn(endOf(blocks[i]!)) || introducesTable(endOf(blocks[i]!), blocks[i + 1]) || shortLeadIn(blocks[i]!, blocks[i + 1], per[i]!.length === 1))) raise(per[i]![per[i]!.length - 1]!, KEEP.intro);
    // A signature stays on the page of (at least the last two lines of) the block before it.
    if (blocks[i + 1]?.type === 'signature') {
      const cur = per[i]!;
      for (let k = Math.max(0, cur.length - 2); k < cur.length; k++) raise(cur[k]!, KEEP.intro);
      // A one-line close ("Respectfully submitted,") holds the text's last line too.
      const text = per[i - 1];
      if (closesBeforeSignature(blocks[i]!, blocks[i + 1], cur.length === 1) && text && text.length > 0) raise(text[text.length - 1]!, KEEP.intro);
    }
  }
  return per;
}
