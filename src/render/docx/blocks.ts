// Block nodes → paragraph/table descriptions (out.ts): one small handler per block type, in a
// total map (a new block type in the model fails to compile until it is handled here).
import { BorderStyle, HeadingLevel } from 'docx';
import { SIGN_LINE, TEXT_WIDTH } from './geometry.js';
import { dispatchBlock, type Block, type BlockHandlers, type ListItem } from '../../model/types.js';
import { NumberingPlan, listIndent, type NumberingRef } from './numbering.js';
import { breakBefore, keepTailWithNext, keepWithNext, para, type Out, type ParaOut } from './out.js';
import { paragraphOpts } from './paragraph.js';
import { plainRuns, type RunContext } from './runs.js';
import { tableOut } from './table.js';

export interface BlockContext {
  numbering: NumberingPlan;
  /** Run formatting of the part (smaller type in header/footer). */
  run: RunContext;
  /** List nesting depth of the current content (0 outside lists). */
  depth: number;
  /** Numbering for the next paragraph: the first paragraph of a list item carries its marker. */
  marker?: NumberingRef;
}

/** Apply a pending list marker (numbering) or the list's text indent to a paragraph. */
function inList(p: ParaOut, ctx: BlockContext): ParaOut {
  if (ctx.marker !== undefined) {
    p.opts.numbering = { reference: ctx.marker.reference, level: ctx.marker.level };
    ctx.marker = undefined;
  } else if (ctx.depth > 0) {
    // A second paragraph of an item: aligned with the item's text, no marker.
    p.opts.indent = { left: listIndent(ctx.depth - 1) };
  }
  return p;
}

function itemOut(item: ListItem, marker: NumberingRef, ctx: BlockContext): Out[] {
  const inner: BlockContext = { ...ctx, depth: ctx.depth + 1, marker };
  const out = renderBlocks(item.children, inner);
  // An item without a paragraph of its own (empty, or starting with a nested list/table) still
  // shows its marker, so Word's counter stays equal to the model's numbers.
  if (inner.marker !== undefined) {
    out.unshift(para({ children: [], numbering: { reference: marker.reference, level: marker.level } }));
  }
  return out;
}

const BLOCK: BlockHandlers<BlockContext, Out[]> = {
  heading: (n, ctx) => {
    const p = para({ ...paragraphOpts(n.children, 'left', ctx.run), heading: HeadingLevel[`HEADING_${n.level}`] });
    return [inList(p, ctx)];
  },
  paragraph: (n, ctx) => [inList(para(paragraphOpts(n.children, n.align, ctx.run)), ctx)],
  list: (n, ctx) => {
    const out: Out[] = [];
    const key = n.ordered ? ctx.numbering.listKey(n.series, ctx.depth) : '';
    for (const item of n.items) {
      const marker = n.ordered ? ctx.numbering.ordered(key, ctx.depth, item.number) : ctx.numbering.bullet(ctx.depth);
      out.push(...itemOut(item, marker, ctx));
    }
    return out;
  },
  table: (n, ctx) => tableOut(n, ctx.run),
  signature: (n, ctx) => {
    // Room to sign, a 3.5-inch signing line (a bottom border, as the PDF draws a rule), then who
    // signs, in what capacity, when and where (28 U.S.C. § 1746 declarations end this way). Kept
    // together; renderBlocks keeps the block before it with it.
    const line = (text: string, extra: Partial<ParaOut['opts']> = {}): ParaOut =>
      para({ children: plainRuns(text, ctx.run), spacing: { after: 0 }, ...extra });
    const out: ParaOut[] = [
      para({
        children: [],
        spacing: { before: 600, after: 40 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        indent: { right: TEXT_WIDTH - SIGN_LINE },
      }),
      line(n.signer),
    ];
    if (n.capacity !== undefined) out.push(line(n.capacity));
    out.push(line(n.date !== undefined ? `Date: ${n.date}` : `Date: ${'_'.repeat(22)}`));
    if (n.place !== undefined) out.push(line(n.place));
    keepWithNext(out, true);
    return out;
  },
  // A break paragraph; in a sequence renderBlocks instead puts pageBreakBefore on what follows,
  // so the new page does not start with an empty line.
  'page-break': () => breakBefore([]),
  keep: (n, ctx) => {
    const out = renderBlocks(n.children, ctx);
    keepWithNext(out, true);
    return out;
  },
};

/** Render a sequence of blocks, applying page breaks and signature keeps across neighbours. */
export function renderBlocks(blocks: Block[], ctx: BlockContext): Out[] {
  const out: Out[] = [];
  let pendingBreak = false;
  for (const b of blocks) {
    if (b.type === 'page-break') {
      pendingBreak = true;
      continue;
    }
    // docs/architecture.md §Rendering: a signature stays on one page with the block before it.
    if (b.type === 'signature') keepTailWithNext(out);
    let rendered = dispatchBlock(BLOCK, b, ctx);
    // Word puts no space between a table and the next paragraph: give it the body's 8 pt.
    const first = rendered[0];
    if (out[out.length - 1]?.kind === 'table' && first?.kind === 'p' && first.opts.spacing === undefined && first.opts.heading === undefined) {
      first.opts.spacing = { before: 160 };
    }
    if (pendingBreak && rendered.length > 0) {
      rendered = breakBefore(rendered);
      pendingBreak = false;
    }
    out.push(...rendered);
  }
  if (pendingBreak) out.push(...breakBefore([]));
  return out;
}
