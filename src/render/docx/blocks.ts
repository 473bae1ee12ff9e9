// Block nodes → paragraph/table descriptions (out.ts): one small handler per block type, in a
// total map (a new block type in the model fails to compile until it is handled here).
import { BorderStyle, HeadingLevel, LineRuleType } from 'docx';
import { BODY_SIZE, LIST_INDENT, lineTwips, PARA_BEFORE, SIGN_LINE, TEXT_WIDTH } from './geometry.js';
import { listIndent as listTextIndent, listNumbering } from '../list-indent.js';
import { harborFonts } from '../pdf/fonts.js';
import { dispatchBlock, type Block, type BlockHandlers, type ListItem } from '../../model/types.js';
import { closesBeforeSignature, endOf, introduced, introducesTable, KEEP_WHOLE_SHARE, keepWholeShare, leadsIn, SHORT_TABLE_ROWS, shortLeadIn, TABLE_NOTES_SHARE, tableNotesStart } from '../../model/keeps.js';
import { HEADING_AFTER } from './styles.js';
import { NumberingPlan, listIndent, type NumberingRef } from './numbering.js';
import { breakBefore, keepTailWithNext, keepWithNext, para, type Out, type ParaOut, type RunOut, type TableOut } from './out.js';
import { paragraphOpts } from './paragraph.js';
import { hasRtlLetter } from '../../model/direction.js';
import { isRtlParagraph, leftToRightLine, plainRuns, type RunContext } from './runs.js';
import { tableOut } from './table.js';
import { chainedBefore, keepFits, oneLine, splits } from '../table-fit.js';
import { signatureLines } from '../signature-lines.js';

export interface BlockContext {
  numbering: NumberingPlan;
  /** Run formatting of the part (smaller type in header/footer). */
  run: RunContext;
  /** List nesting depth of the current content (0 outside lists). */
  depth: number;
  /** Height of a page's text area (pt): a short table that fits in it is kept whole (table.ts). */
  pageHeight: number;
  /** Numbering for the next paragraph: the first paragraph of a list item carries its marker. */
  marker?: NumberingRef;
  /** Left indent (twips) of the text of the list item being rendered (0 outside lists). */
  listLeft?: number;
  /**
   * The indent the first paragraph of the item overrides its numbering level's with: a list whose
   * widest number needs a wider column than LIST_INDENT (../list-indent.ts), or one nested in it.
   */
  markerIndent?: { left: number; hanging: number };
  /** The blocks before the one being rendered in its sequence, since a page break (table.ts). */
  before?: Block[];
}

/** Width (twips) of the text where a block is rendered: the page's, less a list item's text indent. */
const textWidth = (ctx: BlockContext): number => TEXT_WIDTH - (ctx.depth > 0 ? (ctx.listLeft ?? 0) : 0);

/** Apply a pending list marker (numbering) or the list's text indent to a paragraph. */
function inList(p: ParaOut, ctx: BlockContext): ParaOut {
  if (ctx.marker !== undefined) {
    p.opts.numbering = { reference: ctx.marker.reference, level: ctx.marker.level };
    if (ctx.markerIndent !== undefined) p.opts.indent = { ...ctx.markerIndent };
    ctx.marker = undefined;
  } else if (ctx.depth > 0) {
    // A second paragraph of an item: aligned with the item's text, no marker.
    p.opts.indent = { left: ctx.listLeft ?? listIndent(ctx.depth - 1) };
  }
  return p;
}

function itemOut(item: ListItem, marker: NumberingRef, left: number, ctx: BlockContext): Out[] {
  const inner: BlockContext = { ...ctx, depth: ctx.depth + 1, marker, listLeft: left };
  // The numbering level's indent is LIST_INDENT per level: a list whose text starts elsewhere says
  // where on its numbered paragraphs (a paragraph's w:ind overrides its level's).
  if (left !== listIndent(ctx.depth)) inner.markerIndent = { left, hanging: marker.hanging };
  else delete inner.markerIndent;
  const out = renderBlocks(item.children, inner);
  // An item without a paragraph of its own (empty, or starting with a nested list/table) still
  // shows its marker, so Word's counter stays equal to the model's numbers.
  if (inner.marker !== undefined) {
    const p = para({ children: [], numbering: { reference: marker.reference, level: marker.level } });
    if (inner.markerIndent !== undefined) p.opts.indent = { ...inner.markerIndent };
    out.unshift(p);
  }
  return out;
}

/**
 * The widow and orphan rules of a list item and of its list (docs/pagination.md §Lists), as the
 * PDF's layout applies them (src/render/pdf/blocks.ts itemKeeps, listKeeps): an item's one-line
 * first paragraph keeps with what follows in the item, an item's one-line last paragraph keeps
 * with the end of the block before it; a list's one-line first item keeps with the second, its
 * one-line last item with the end of the item before it. keepNext says it to Word and LibreOffice;
 * a paragraph of two lines or more keeps its own first and last two lines (widowControl).
 * `outs`: item `i`'s output of `items`; `done`: the outputs of the items before it.
 */
function listKeeps(blocks: Block[], outs: Out[], done: Out[], i: number, items: number, width: number): void {
  const n = blocks.length;
  if (n >= 2 && outs.length >= 2) {
    if (outs[0]?.kind === 'p' && oneLine(blocks[0], width)) outs[0].opts.keepNext = true;
    if (oneLine(blocks[n - 1], width)) keepTailWithNext(outs.slice(0, -1));
  }
  if (items < 2 || n !== 1 || outs.length !== 1 || !oneLine(blocks[0], width)) return;
  if (i === 0) keepTailWithNext(outs);
  if (i === items - 1) keepTailWithNext(done);
}

const BLOCK: BlockHandlers<BlockContext, Out[]> = {
  // The level-1 heading is the document's title: the Title style, centred like the PDF's.
  heading: (n, ctx) => {
    const p = para({ ...paragraphOpts(n.children, 'left', ctx.run), heading: n.level === 1 ? HeadingLevel.TITLE : HeadingLevel[`HEADING_${n.level}`] });
    return [inList(p, ctx)];
  },
  paragraph: (n, ctx) => [inList(para(paragraphOpts(n.children, n.align, ctx.run)), ctx)],
  list: (n, ctx) => {
    const out: Out[] = [];
    const key = n.ordered ? ctx.numbering.listKey(n.series, ctx.depth) : '';
    // Its numbering as the PDF prints it (roman past 3,999 in digits: ../list-indent.ts listNumbering).
    const numbering = n.ordered ? listNumbering(n) : undefined;
    // The text's indent: the PDF's, wide enough for the list's widest number (../list-indent.ts).
    const size = (ctx.run.size ?? BODY_SIZE) / 2;
    const left = (ctx.listLeft ?? 0) + 20 * listTextIndent(n, size, LIST_INDENT / 20, TEXT_WIDTH / 20, harborFonts);
    // The item's text width (pt), to measure its one-line paragraphs as the PDF breaks them.
    const width = (TEXT_WIDTH - left) / 20;
    const body = ctx.run.size === undefined; // the running parts do not break across pages
    for (let i = 0; i < n.items.length; i++) {
      const item = n.items[i]!;
      // A right-to-left item (its first paragraph is, as in the PDF) has its marker justified the other way (numbering.ts).
      const first = item.children[0];
      const rtl = (first?.type === 'paragraph' || first?.type === 'heading') && isRtlParagraph(first.children);
      // The number the PDF prints (../list-indent.ts listMarker: the item's, else its place in the
      // list): a hand-built model's item without one took the next of its counter, and a
      // right-to-left item's counter is its own, so it printed "1." between "1." and "3.".
      const marker = n.ordered ? ctx.numbering.ordered(key, ctx.depth, item.number ?? i + 1, rtl, numbering, n.delimiter) : ctx.numbering.bullet(ctx.depth, rtl);
      const outs = itemOut(item, marker, left, ctx);
      if (body) listKeeps(item.children, outs, out, i, n.items.length, width);
      out.push(...outs);
    }
    return out;
  },
  // A short table is kept whole only if it fits on a page with the heading and lead-in chained to it.
  // Measured only for a table short enough to be kept whole (a layout of the chain and the table:
  // for every table, it took the restitution example's DOCX from 7.6 to 12.6 ms, issue 18's bench).
  // In a list item a table starts at the item's text and is as wide as it, as in the PDF.
  table: (n, ctx) => {
    const width = textWidth(ctx);
    return tableOut(n, ctx.run, n.rows.length <= SHORT_TABLE_ROWS ? Math.min(ctx.pageHeight * KEEP_WHOLE_SHARE, ctx.pageHeight - chainedBefore(ctx.before ?? [], n, width / 20, ctx.pageHeight)) : ctx.pageHeight, ctx.pageHeight, width);
  },
  signature: (n, ctx) => {
    // Room to sign, a 3.5-inch signing line (a bottom border, as the PDF draws a rule), then who
    // signs, in what capacity, when and where (28 U.S.C. § 1746 declarations end this way). Kept
    // together; renderBlocks keeps the block before it with it. Who, capacity, date and place are
    // one paragraph of lines (keepLines): as four paragraphs chained by keepNext, LibreOffice
    // broke the chain at the foot of a page, the signer on one page and the date and place on the
    // next; a paragraph's own lines it keeps together.
    // The two paragraphs are the rows of a bare table (no rules, no padding: they print as
    // paragraphs), each row unsplittable: LibreOffice (7.4) keeps a paragraph with a table row
    // that cannot split, but not with a paragraph kept whole (keepLines) or kept with the next. As
    // paragraphs, where the text signed ended at the foot of a page with room for the signing
    // line, it left the text there and started the signature on the next page.
    // A signer whose name is right-to-left text signs from the right, as in the PDF
    // (src/render/pdf/blocks.ts signatureSlices): both paragraphs are right-to-left (w:bidi),
    // which puts the signing line's indent on the left (Word and LibreOffice mirror a w:bidi
    // paragraph's indent) and every line at the right; a line with a right-to-left letter reads
    // right to left ("/s/" first), one without reads left to right (runs.ts leftToRightLine).
    // A left-to-right signature's lines all read left to right, an Arabic capacity's too.
    // In a list item both paragraphs are indented as the item's text is (on the left, or, being
    // w:bidi, on the right for a right-to-left signer: mirrored), as in the PDF; they were set at
    // the margins. The signing line stays 3.5 inches (less when the item's text is narrower).
    const rtl = isRtlParagraph([{ type: 'text', text: n.signer }]);
    const left = ctx.depth > 0 ? (ctx.listLeft ?? 0) : 0;
    const itemIndent = left > 0 ? { left } : {};
    const lineRuns = (text: string): RunOut[] => (!rtl ? plainRuns(text, ctx.run, {}, false) : hasRtlLetter(text) ? plainRuns(text, ctx.run, {}, true) : leftToRightLine(text, ctx.run));
    const lines = signatureLines(n);
    const children: RunOut[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) children.push({ kind: 'br' });
      children.push(...lineRuns(lines[i]!));
    }
    const paras: ParaOut[] = [
      para({
        // An electronic signature ("/s/ Jane Doe") on the line, where the room to sign is left blank.
        children: n.signed !== undefined ? lineRuns(n.signed) : [],
        ...(rtl ? { bidirectional: true } : {}),
        // The PDF (../pdf/blocks.ts signatureSlices): 16 pt before the block, 30 pt to sign
        // above the line, an electronic signature's last line ending 2 pt above it, the name's
        // line 2 pt below it. Word and LibreOffice draw a bottom border `space` pt under the
        // text, then the rule (6 eighths of a point), then the space after: 2 pt each side, as
        // the PDF, the rule's width taken from the 2 pt under it. With the border's 1 pt and 2 pt
        // after (round r53), every line from the signing line on stood 1.75 pt lower than the
        // PDF's (LibreOffice, measured), and the page filled sooner.
        spacing: { before: 2 * 160 + 600 - 2 * 20 - lineTwips(BODY_SIZE), after: SIGN_RULE_AFTER },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 } },
        indent: { ...itemIndent, right: Math.max(0, TEXT_WIDTH - left - SIGN_LINE) },
      }),
      para({ children, ...(rtl ? { bidirectional: true } : {}), spacing: { before: 0, after: 0 }, ...(left > 0 ? { indent: itemIndent } : {}) }),
    ];
    keepWithNext(paras, true);
    // Rows that may be taller than a page may split (out.ts RowOut.cantSplit): at most 12 pt a
    // character (1 em) on a 6.5-inch line, a bound no real name and place come near.
    let chars = 0;
    for (const l of lines) chars += l.length;
    const lineCount = lines.length + Math.ceil((chars * 12) / (TEXT_WIDTH / 20));
    const row = (p: ParaOut, cantSplit: boolean) => ({ header: false, cantSplit, cells: [{ width: TEXT_WIDTH, span: 1, para: p }] });
    const table: TableOut = { kind: 'table', bare: true, columns: [TEXT_WIDTH], rows: [row(paras[0]!, true), row(paras[1]!, lineCount * lineTwips(BODY_SIZE) <= ctx.pageHeight * 20)] };
    // A table holding a right-to-left paragraph says its columns run left to right (table.ts).
    if (rtl) table.leftToRight = true;
    return [table];
  },
  // A break paragraph; in a sequence renderBlocks instead puts pageBreakBefore on what follows,
  // so the new page does not start with an empty line.
  'page-break': () => breakBefore([]),
  // Kept on one page only when it fits there, as the PDF measures it (../table-fit.ts keepFits):
  // a `keep` taller than a page the PDF breaks where its other rules allow, and so do Word and
  // LibreOffice without the chain (headings, lead-ins and table rows keep their own keepNext).
  keep: (n, ctx) => {
    const out = renderBlocks(n.children, ctx);
    if (!keepFits(n.children, textWidth(ctx) / 20, ctx.pageHeight * keepWholeShare(n.children))) return holdTableNotes(n.children, out, ctx);
    keepWithNext(out, true);
    return holdAcrossTable(out);
  },
};

/**
 * A kept run (`keep`, measured to fit on a page) from its first table that something follows to
 * its end, as the one unsplittable row of a bare table: LibreOffice (7.4) keeps a paragraph with
 * the table row after it but never a table with what follows it, whatever its last row says
 * (keepNext on every paragraph of it, Word's rule, which Word keeps): the RFA's "10. Requester's
 * verification" and its due-date table ended a page, its "I have reviewed this draft…" and the
 * signature starting the next, where the PDF keeps the run on one page. What comes before the
 * table (a heading, a lead-in) stays outside, kept with the row by its keepNext; the run's last
 * paragraph, or an empty one of 1 pt after a last table, ends the cell.
 */
function holdAcrossTable(out: Out[]): Out[] {
  const i = out.findIndex((o, k) => o.kind === 'table' && k < out.length - 1);
  if (i < 0) return out;
  const held = out.slice(i);
  const last = held[held.length - 1]!;
  const end = last.kind === 'p' ? (held.pop() as ParaOut) : para({ children: [], spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } });
  const row = { header: false, cantSplit: true, cells: [{ width: TEXT_WIDTH, span: 1, before: held, para: end }] };
  return [...out.slice(0, i), { kind: 'table', bare: true, columns: [TEXT_WIDTH], rows: [row] }];
}

/**
 * A `keep` too tall to be kept whole: its last table and the paragraphs and lists after it (the
 * table's notes, src/model/keeps.ts tableNotesStart) held together as the PDF holds them, when they
 * take at most TABLE_NOTES_SHARE of a page, the PDF's measure: from that table on, one unsplittable
 * row of a bare table (holdAcrossTable), since LibreOffice (7.4) keeps no table with what follows
 * it; the lead-in before the table keeps with that row by its own keepNext (renderBlocks). The
 * notes add no table, so the table is the last one rendered that is not bare (a signature is one).
 */
function holdTableNotes(children: Block[], out: Out[], ctx: BlockContext): Out[] {
  const t = tableNotesStart(children);
  if (t < 0 || !keepFits(children.slice(t), textWidth(ctx) / 20, ctx.pageHeight * TABLE_NOTES_SHARE)) return out;
  let i = out.length - 1;
  while (i >= 0 && !(out[i]!.kind === 'table' && (out[i] as TableOut).bare !== true)) i--;
  if (i < 0 || i === out.length - 1) return out;
  const held = out.slice(i);
  keepWithNext(held, true);
  return [...out.slice(0, i), ...holdAcrossTable(held)];
}

/** Space (twips) after the signing line's paragraph: 2 pt to the name's line less the rule's 0.75 pt. */
export const SIGN_RULE_AFTER = 40 - 15;

/** The spacer's height (twips) between a table and a signature after it: 1 pt, only to part the two tables. */
const SIGNATURE_SPACER = 20;

/**
 * The paragraph between two adjacent tables: empty, exactly the PDF's 8 pt space above a table
 * (its line; no space before or after), held with what follows if the table before it is.
 */
function tableSpacer(before: TableOut, line = PARA_BEFORE): ParaOut {
  const spacer = para({ children: [], spacing: { before: 0, after: 0, line, lineRule: LineRuleType.EXACT } });
  if (before.rows[before.rows.length - 1]?.cells[0]?.para.opts.keepNext === true) spacer.opts.keepNext = true;
  return spacer;
}

/**
 * A heading keeps with the first two lines that follow it (docs/pagination.md §Blocks), as the PDF
 * keeps it with the first two lines of a `keep` after it, whatever blocks they are in
 * (src/render/pdf/blocks.ts slicesPerBlock, a `keep` being one run of slices): when the `keep` is
 * too tall to be chained whole and starts with a one-line paragraph, that paragraph keeps with
 * the next (keepNext), or Word and LibreOffice left the heading and that line alone at a page foot.
 * `width`: the text's width (pt), to measure the line as the PDF breaks it.
 */
function headingIntoKeep(k: Block, rendered: Out[], width: number): void {
  let first = k;
  while (first.type === 'keep' && first.children.length > 0) first = first.children[0]!;
  const p = rendered[0];
  if (rendered.length >= 2 && p?.kind === 'p' && oneLine(first, width)) p.opts.keepNext = true;
}

/** Render a sequence of blocks, applying page breaks and signature keeps across neighbours. */
export function renderBlocks(blocks: Block[], ctx: BlockContext): Out[] {
  const out: Out[] = [];
  let pendingBreak = false;
  let before: Block | undefined; // the block rendered last
  let from = 0; // index of the first block after the last page break
  let beforeStart = 0; // index in `out` of the first output of the block rendered last
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'page-break') {
      pendingBreak = true;
      from = i + 1;
      continue;
    }
    // A table measures the blocks chained to it (at most a heading, a lead-in and one more).
    if (b.type === 'table') ctx.before = blocks.slice(Math.max(from, i - 3), i);
    // docs/architecture.md §Rendering: a signature stays on one page with the block before it.
    if (b.type === 'signature') {
      keepTailWithNext(out);
      // A one-line close ("Respectfully submitted,") holds the text's last line too.
      if (before !== undefined && beforeStart > 0 && closesBeforeSignature(before, b, oneLine(before, textWidth(ctx) / 20))) keepTailWithNext(out.slice(0, beforeStart));
    }
    // A paragraph ending with a colon moves with the list or table it introduces, and any paragraph
    // directly before a table (src/model/keeps.ts); one long enough to split is not held
    // (../table-fit.ts splits: LibreOffice moved it whole, the heading above it with it, where the
    // PDF splits it), its own last two lines kept together by Word's widowControl.
    else if (introduced(b) && before !== undefined && (leadsIn(endOf(before)) || introducesTable(endOf(before), b) || (shortLeadIn(before, b, true) && oneLine(before, textWidth(ctx) / 20))) && !splits(endOf(before), textWidth(ctx) / 20)) keepTailWithNext(out);
    const heading = before?.type === 'heading';
    before = b;
    let rendered = dispatchBlock(BLOCK, b, ctx);
    ctx.before = undefined;
    if (heading && b.type === 'keep') headingIntoKeep(b, rendered, textWidth(ctx) / 20);
    // The PDF puts 8 pt above a table; a Word table has no space before: the paragraph above
    // gets it as space after.
    const first = rendered[0];
    const prev = out[out.length - 1];
    // A heading keeps its own space after as well (the PDF adds both: the heading's `after`, then
    // the table's 8 pt); setting `after` on the paragraph replaces its style's value, so add it.
    if (first?.kind === 'table' && first.bare !== true && prev?.kind === 'p') {
      const own = prev.opts.spacing?.after ?? (prev.opts.heading !== undefined ? (HEADING_AFTER[prev.opts.heading] ?? 0) : 0);
      prev.opts.spacing = { ...prev.opts.spacing, after: own + PARA_BEFORE };
    } else if (first?.kind === 'p' && prev?.kind === 'p' && prev.opts.heading !== undefined && prev.opts.spacing?.after === undefined) {
      // Between a heading and the paragraph after it the PDF leaves the heading's `after` plus the
      // paragraph's 8 pt. Word adds a paragraph's space after to the next one's space before;
      // LibreOffice keeps only the larger of the two, which lost ~4 pt under every heading
      // (measured: its pages ran ahead of the PDF's). All of it goes before the paragraph instead.
      prev.opts.spacing = { ...prev.opts.spacing, after: 0 };
      first.opts.spacing = { ...first.opts.spacing, before: (first.opts.spacing?.before ?? PARA_BEFORE) + (HEADING_AFTER[prev.opts.heading] ?? 0) };
    }
    // Two tables with nothing between them are one table to Word and LibreOffice: the second's
    // rows join the first, under the first's header rows repeated on each page. A spacer
    // paragraph as tall as the PDF's gap (8 pt) keeps them two tables, unless a page break comes
    // between them: its own paragraph parts them then, and a spacer would only be an empty line
    // at the foot of the page.
    if (pendingBreak && rendered.length > 0) {
      rendered = breakBefore(rendered);
      pendingBreak = false;
    } else if (first?.kind === 'table' && prev?.kind === 'table') {
      // A signature right after a table is a bare table whose signing line carries the PDF's space
      // above the block itself (16 pt, then 30 pt to sign): the PDF puts no 8 pt above it, as it
      // is no table there, so the spacer is 1 pt and the signing line's space 1 pt less. The 8 pt
      // spacer set the signature 8 pt lower than the PDF, and LibreOffice moved it a line sooner.
      const signing = b.type === 'signature' ? first.rows[0]?.cells[0]?.para.opts.spacing : undefined;
      if (signing?.before !== undefined && signing.before >= SIGNATURE_SPACER) {
        signing.before -= SIGNATURE_SPACER;
        out.push(tableSpacer(prev, SIGNATURE_SPACER));
      } else out.push(tableSpacer(prev));
    }
    beforeStart = out.length;
    out.push(...rendered);
  }
  if (pendingBreak) out.push(...breakBefore([]));
  return out;
}
