// Text measurement and line breaking: inline content → lines of positioned pieces.
//
// Break opportunities come from UAX #14 (./breaks.ts: the `linebreak` package), computed over the whole run of text between
// forced breaks (so "bold</strong>text" is one word and CJK may break between ideographs). A
// piece of text with no break opportunity that is wider than the line (a URL, a 60-letter name)
// is broken between characters (never inside a base+combining-mark cluster): nothing overflows
// or is cut. Widths are sums of cached glyph advances (fonts.ts), no shaping, except in a paragraph
// with Hebrew or Arabic letters: there each word of those scripts is shaped whole by its font
// (./shape.ts) and measured by the shaper's advances, and each line's pieces are placed in the
// visual order the bidi algorithm gives (./bidi.ts; ./text-bidi.ts).
import { codePointName, HarborError } from '../../errors.js';
import { dispatchInline, type Inline, type InlineHandlers, type Marks } from '../../model/types.js';
import { keepUnitsTogether } from '../../model/typography.js';
import { isRtlText } from './bidi.js';
import { addressSpans, afterHeldHyphen, breakOpportunities } from './breaks.js';
import { BODY_FACES, fallbackFace, findUnprintable, isIgnorable, isRtl, isShapedFace, isSpace, styleFace, type FaceId, type Fonts } from './fonts.js';
import type { ShapedRun } from './shape.js';
import { cutShapedWord, emitBidi, measureShaped } from './text-bidi.js';
import { COMBINING, endsAtSoftHyphen, EPS, FACE_INDEX, FACES, hyphenWidth, LOW, SKIP, spaceAt, workArrays, type Group } from './text-group.js';
import { characterName, noGlyphAdvice, rtlAdvice } from './unprintable.js';

export type PageField = 'page-number' | 'page-count';

/** A run of text in one style (before line breaking). */
export interface StyledRun {
  text: string;
  face: FaceId;
  underline: boolean;
  field?: PageField;
}

/** A piece of a line in one face. `x` is the offset from the start of the line. */
export interface LinePiece {
  text: string;
  font: FaceId;
  x: number;
  width: number;
  underline: boolean;
  /** Number of U+0020 in `text` (for justification). */
  spaces: number;
  wordSpacing?: number;
  field?: PageField;
  /** A shaped word (Hebrew, Arabic; ./shape.ts): the glyphs drawn, in visual order; `text` is the word as typed. */
  glyphs?: ShapedRun;
  /** Text at a right-to-left level drawn reversed and mirrored (./bidi.ts); `text` is as typed. */
  draw?: string;
}

export interface Line {
  /** Natural width in points, trailing spaces excluded. */
  width: number;
  pieces: LinePiece[];
  spaces: number;
  /** Last line of a paragraph or a line ended by <br/>: never justified. */
  last: boolean;
  /**
   * A line of a paragraph with right-to-left letters (emitBidi): its pieces are in logical order
   * (the order they are written and read in), each at its visual `x`.
   */
  bidi?: true;
  /** Its paragraph is right-to-left (./bidi.ts isRtlText): it starts at the right margin. */
  rtl?: true;
  /** Its pieces are placed (alignLine moved them): placing it again must not move them again. */
  aligned?: true;
}

/**
 * Split inline children into groups separated by forced breaks (`br`), each a list of styled
 * runs. `forceBold` is used for headings and table header cells. Page fields take their text
 * from `fieldText` (layout measures with placeholders and substitutes the values later).
 */
export function styledGroups(children: Inline[], fieldText: (f: PageField) => string, forceBold = false): StyledRun[][] {
  const ctx: GroupCtx = { groups: [], runs: groupRuns, count: 0, fieldText, forceBold };
  for (const c of children) dispatchInline(INLINE, c, ctx);
  const last = groupOf(ctx);
  if (ctx.groups.length === 0) return [last]; // one group (no break): an array of one, not grown by push
  ctx.groups.push(last);
  return ctx.groups;
}

interface GroupCtx {
  /** The groups ended so far. */
  groups: StyledRun[][];
  /** The runs of the group being gathered: entries [0, count) of `groupRuns`. */
  runs: StyledRun[];
  count: number;
  fieldText: (f: PageField) => string;
  forceBold: boolean;
}

/**
 * The runs of a group as styledGroups finds them, copied into an array of their number when the
 * group ends: a group's own array that grew by push had room for 17 runs after the first (V8's
 * growth), where most groups (a table cell, a line of a paragraph between breaks) have one or two
 * (issue 18: the largest site of a one-year worksheet's render that grew arrays by push, ~100 KB).
 * Nothing of the document is held between groups (entries are cleared when copied).
 */
const groupRuns: StyledRun[] = [];
const NO_RUN: StyledRun = { text: '', face: 'regular', underline: false };

function addRun(ctx: GroupCtx, run: StyledRun): void {
  ctx.runs[ctx.count++] = run;
}

/** The group gathered so far, as an array of its own; the next group starts empty. */
function groupOf(ctx: GroupCtx): StyledRun[] {
  const { runs, count } = ctx;
  const group = runs.slice(0, count);
  for (let k = 0; k < count; k++) runs[k] = NO_RUN;
  ctx.count = 0;
  return group;
}

/** Face and underline of a run from its marks. */
const style = (m: Marks, ctx: GroupCtx): { face: FaceId; underline: boolean } => ({
  face: styleFace(ctx.forceBold || m.bold, m.italic),
  underline: m.underline === true,
});
const field = (f: PageField) => (n: Marks, ctx: GroupCtx): void => addRun(ctx, { text: ctx.fieldText(f), ...style(n, ctx), field: f });

/** One handler per inline node type, as the block side has (./blocks.ts): a new type does not compile without one. */
const INLINE: InlineHandlers<GroupCtx, void> = {
  // The text layer's rule (src/model/typography.ts): units a reader holds together stay on one line.
  text: (n, ctx) => addRun(ctx, { text: keepUnitsTogether(n.text), face: styleFace(ctx.forceBold || n.bold, n.italic), underline: n.underline === true }),
  br: (_n, ctx) => void ctx.groups.push(groupOf(ctx)),
  'page-number': field('page-number'),
  'page-count': field('page-count'),
};

function unprintable(cp: number): never {
  const bad = findUnprintable(String.fromCodePoint(cp));
  const hex = codePointName(cp);
  if (bad?.reason === 'rtl') {
    throw new HarborError('unsupported-script', `The document contains right-to-left text (${hex}), ${rtlAdvice('the text')}`);
  }
  throw new HarborError('unsupported-character', `The document contains ${characterName(cp, hex)}, ${noGlyphAdvice(cp, 'the text')}`);
}

/**
 * Break groups of styled runs into lines no wider than `maxWidth` points at `size` points.
 * Throws `unsupported-character` / `unsupported-script` for text no font can show. `rtl`: the
 * paragraph's direction when its block sets it (a signature's lines: ./blocks.ts
 * signatureSlices), else found from its letters (./bidi.ts isRtlText).
 */
export function breakLines(groups: StyledRun[][], maxWidth: number, size: number, fonts: Fonts, rtl?: boolean): Line[] {
  const lines: Line[] = [];
  const para: Paragraph = { groups, rtl };
  for (const g of groups) breakGroup(g, maxWidth, size, fonts, lines, para);
  return lines;
}

/** The paragraph a group belongs to: its direction, found once when a group first needs it. */
interface Paragraph {
  groups: StyledRun[][];
  rtl: boolean | undefined;
}

/** Whether a paragraph is right-to-left (./bidi.ts isRtlText, over all its groups). */
function paragraphRtl(para: Paragraph): boolean {
  if (para.rtl === undefined) {
    let all = '';
    for (const g of para.groups) for (const r of g) all += `${r.text} `;
    para.rtl = isRtlText(all);
  }
  return para.rtl;
}

/** Code units [a, b) as one line: trailing spaces dropped, pieces split where face, underline or field change. */
function emit(g: Group, a: number, b: number, last: boolean): void {
  if (g.bidi !== null) return emitBidi(g, a, b, last);
  const { text, fidx, adv, runOf, runs } = g;
  let e = b;
  while (e > a && (spaceAt(g, e - 1) || fidx[e - 1] === SKIP)) e--;
  const charCodeAt = String.prototype.charCodeAt; // see breakGroup
  const pieces = linePieces; // pieces [0, count) of this line; copied and cleared below
  let count = 0;
  let x = 0;
  let spaces = 0;
  let cur: LinePiece | null = null;
  let curKey = -1;
  let from = a; // start of the text of `cur` not yet appended to it (pieces are slices of `text`)
  for (let k = a; k < e; k++) {
    const f = fidx[k]!;
    if (f === SKIP) {
      if (cur !== null) cur.text += text.slice(from, k);
      from = k + 1;
      continue;
    }
    if (f === LOW) continue; // second half of a surrogate pair: sliced with its first half
    const ri = runOf[k]!;
    const run = runs[ri]!;
    const key = f * 2 + (run.underline ? 1 : 0) + (run.field ? 100 * (ri + 1) : 0);
    if (key !== curKey || cur === null) {
      if (cur !== null) cur.text += text.slice(from, k);
      from = k;
      cur = { text: '', font: FACES[f]!, x, width: 0, underline: run.underline, spaces: 0 };
      if (run.field) cur.field = run.field;
      pieces[count++] = cur;
      curKey = key;
    }
    cur.width += adv[k]!;
    x += adv[k]!;
    if (charCodeAt.call(text, k) === 0x20) {
      cur.spaces++;
      spaces++;
    }
  }
  if (cur !== null) cur.text += text.slice(from, e);
  if (!last && cur !== null && endsAtSoftHyphen(g, e, b)) {
    // The hyphen a soft hyphen shows at a line end, in the face of the text before it (the body
    // face for a fallback's piece: every body face has U+002D).
    const hw = hyphenWidth(g, e - 1);
    if (FACE_INDEX[cur.font] >= BODY_FACES) {
      cur = { text: '', font: 'regular', x, width: 0, underline: cur.underline, spaces: 0 };
      pieces[count++] = cur;
    }
    cur.text += '-';
    cur.width += hw;
    x += hw;
  }
  g.lines.push({ width: x, pieces: pieces.slice(0, count), spaces, last });
  // Nothing of the document is held between lines (the array keeps its room: not `length = 0`,
  // which gives it up).
  for (let k = 0; k < count; k++) pieces[k] = NO_PIECE;
}

/**
 * A line's pieces as `emit` finds them, copied into an array of their number when the line ends:
 * an array of its own that grows by push had room for 17 pieces after the first (V8's growth),
 * where most lines have one (issue 18: emit was the largest allocation site of a restitution
 * worksheet's render, 0.41 MB).
 */
const NO_PIECE: LinePiece = { text: '', font: 'regular', x: 0, width: 0, underline: false, spaces: 0 };
const linePieces: LinePiece[] = [];

function breakGroup(runs: StyledRun[], maxWidth: number, size: number, fonts: Fonts, lines: Line[], para: Paragraph): void {
  // String.prototype's method, called as `codePointAt.call(t, i)` in the loop over characters
  // (as in emit, writeCodes, latinBreaks, measureWidest). Why (issue 18): `t.codePointAt(i)` looks
  // the method up on the string, and V8 keys that lookup by the string's representation (flat,
  // joined, sliced; one or two bytes a character; internalized). A render's texts have more than
  // four, so the lookup went megamorphic: a stub-cache probe per character (callgrind with V8's
  // code map, the restitution example: ~5.7 million instructions a render, ~5 %, most of it here
  // and in writeCodes). Read here from String.prototype, the method is a constant the optimizing
  // compiler inlines; imported from a module it was not, and each character called the builtin.
  const codePointAt = String.prototype.codePointAt;
  let s = '';
  for (const r of runs) s += r.text;
  const n = s.length;
  if (n === 0) {
    lines.push({ width: 0, pieces: [], spaces: 0, last: true });
    return;
  }
  const { fidx, adv, runOf } = workArrays(n); // entries [0, n) are all written below
  let shaped = false; // a character of a shaped face (Hebrew, Arabic) or a right-to-left mark: the bidi path
  let subst: number[] | null = null; // code units printed as U+0020 (whitespace the font lacks, no-break spaces)
  const regular = fonts.face('regular');
  let pos = 0;
  for (let ri = 0; ri < runs.length; ri++) {
    const run = runs[ri]!;
    const t = run.text;
    const style = fonts.face(run.face);
    const styleIdx = FACE_INDEX[run.face];
    const bold = run.face === 'bold' || run.face === 'bold-italic';
    const tn = t.length;
    for (let i = 0; i < tn; ) {
      const k = pos + i;
      const cp = codePointAt.call(t, i)!;
      runOf[k] = ri;
      const len = cp > 0xffff ? 2 : 1;
      if (len === 2) {
        fidx[k + 1] = LOW;
        adv[k + 1] = 0;
        runOf[k + 1] = ri;
      }
      i += len;
      if (cp > 0x20 && cp < 0x7f) {
        // printable ASCII: always in every body face
        fidx[k] = styleIdx;
        adv[k] = style.advance(cp) * size;
        continue;
      }
      if (isRtl(cp)) unprintable(cp);
      if (isSpace(cp)) {
        // A no-break space is printed (and extracted) as a plain space: it only forbids a break,
        // which the line breaker saw in `s`; a space the font lacks is printed as U+0020 too.
        if (cp !== 0x20 && (cp === 0xa0 || style.gid(cp) === 0)) {
          (subst ??= []).push(k);
          fidx[k] = styleIdx;
          adv[k] = style.advance(0x20) * size;
        } else {
          fidx[k] = styleIdx;
          adv[k] = style.advance(cp) * size;
        }
        continue;
      }
      if (isIgnorable(cp)) {
        if (cp === 0x200f || cp === 0x061c) shaped = true; // RLM, ALM: they order the neutrals beside them
        fidx[k] = SKIP;
        adv[k] = 0;
        if (len === 2) fidx[k + 1] = SKIP; // e.g. variation selectors U+E0100..
        continue;
      }
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) unprintable(cp);
      if (style.gid(cp) > 0) {
        fidx[k] = styleIdx;
        adv[k] = style.advance(cp) * size;
      } else if (regular.gid(cp) > 0) {
        fidx[k] = 0;
        adv[k] = regular.advance(cp) * size;
      } else {
        // The fallback of the character's block (fonts.ts), loaded only now that a character needs it.
        const id = fallbackFace(cp, bold);
        const fallback = fonts.face(id);
        if (fallback.gid(cp) === 0) unprintable(cp);
        if (isShapedFace(id)) shaped = true;
        fidx[k] = FACE_INDEX[id];
        adv[k] = fallback.advance(cp) * size;
      }
    }
    pos += t.length;
  }
  let text = s;
  if (subst !== null) {
    text = '';
    let from = 0;
    for (const k of subst) {
      text += `${s.slice(from, k)} `;
      from = k + 1;
    }
    text += s.slice(from);
  }
  const g: Group = { runs, text, fidx, adv, runOf, lines, fonts, size, bidi: null };
  if (shaped) measureShaped(g, n, paragraphRtl(para));

  // Greedy fill over UAX #14 segments. lineStart: first unit of the current line; lineW: width of
  // [lineStart, prev) including trailing spaces of the last segment.
  const breaks = breakOpportunities(s);
  let lineStart = 0;
  let prev = 0;
  let lineW = 0;
  const cont = g.bidi?.cont;
  for (let bi = 0; bi < breaks.length; bi++) {
    const b = breaks[bi]! >> 1;
    const required = (breaks[bi]! & 1) === 1;
    let core = b;
    while (core > prev && (spaceAt(g, core - 1) || fidx[core - 1] === SKIP)) core--;
    let coreW = 0;
    for (let k = prev; k < core; k++) coreW += adv[k]!;
    let segW = coreW;
    for (let k = core; k < b; k++) segW += adv[k]!;
    // A segment that ends at a soft hyphen needs room for the hyphen shown should the line end there.
    const hy = !required && b < n && endsAtSoftHyphen(g, core, b) ? hyphenWidth(g, core - 1) : 0;
    if (lineStart < prev && lineW + coreW + hy > maxWidth + EPS) {
      emit(g, lineStart, prev, false);
      lineStart = prev;
      lineW = 0;
    }
    if (lineStart === prev && coreW + hy > maxWidth + EPS) {
      // An unbreakable token wider than the line: break it between clusters (its last part
      // leaving room for the hyphen of a soft hyphen after it).
      let w = 0;
      // The last place in the token on this line where it breaks first (the position, and the
      // width up to it; preferredBreaks): after a compound name's or a number's hyphen, or in a
      // web or e-mail address before a period, "@" or a hyphen.
      const held = preferredBreaks(s, prev, core);
      let nameAt = -1;
      let nameW = 0;
      // Cluster starts of the token (charBreakStarts), for the least on each side of a break.
      const starts = clusterStarts(g, prev, core, cont);
      for (let k = prev; k < core; ) {
        // A shaped word (Hebrew, Arabic) wider than the line by itself is cut into parts that fit.
        if (cont?.[k + 1] === 1 && adv[k]! > maxWidth + EPS) cutShapedWord(g, k, core, maxWidth);
        let end = k + 1;
        let cw = adv[k]!;
        while (end < core && (fidx[end] === LOW || fidx[end] === SKIP || cont?.[end] === 1 || (adv[end] === 0 && COMBINING.test(String.fromCodePoint(text.codePointAt(end)!))))) {
          cw += adv[end]!;
          end++;
        }
        if (w > 0 && w + cw + (end === core ? hy : 0) > maxWidth + EPS && nameAt > lineStart) {
          emit(g, lineStart, nameAt, false);
          lineStart = nameAt;
          w -= nameW;
          nameAt = -1;
        }
        if (w > 0 && w + cw + (end === core ? hy : 0) > maxWidth + EPS) {
          // The TeX rule for a word broken without a hyphen point: at least MIN_AFTER_BREAK
          // characters after the break and MIN_BEFORE_BREAK before it, so a 25-character receipt
          // number in a narrow column does not end with a lone "0" on its last line. The break
          // moves back as far as the rest then needs, when what stays on the line keeps its least.
          const at = breakBack(g, starts, lineStart, k, core, maxWidth - hy);
          emit(g, lineStart, at, false);
          lineStart = at;
          w = 0;
          for (let j = at; j < k; j++) w += adv[j]!;
          nameAt = -1;
        }
        w += cw;
        k = end;
        if (held !== null && held.has(k)) {
          nameAt = k;
          nameW = w;
        }
      }
      lineW = w + (segW - coreW);
    } else {
      lineW += segW;
    }
    prev = b;
    if (required && b < n) {
      emit(g, lineStart, b, true);
      lineStart = b;
      lineW = 0;
    }
  }
  emit(g, lineStart, n, true);
}

/**
 * The positions in (from, to) of `s` where a token wider than the line breaks first, before it is
 * broken between characters, or null when there is none: after a held hyphen (breaks.ts
 * afterHeldHyphen: a name or a case number breaks at its hyphen) outside web and e-mail addresses,
 * and inside an address before a period, "@", a hyphen, "_" or "~", as style guides break an
 * address (The Chicago Manual of Style 6.8, 14.18). An e-mail address wider than a table column broke anywhere
 * ("…legal-aid-clinic-of-so" / "uthern-texas…"), and could end a line at its hyphen, which
 * pdftotext and a viewer's copy drop (breaks.ts addressBreaks).
 */
function preferredBreaks(s: string, from: number, to: number): Set<number> | null {
  let out: Set<number> | null = null;
  const spans = addressSpans(s);
  let si = 0;
  for (let k = from + 1; k < to; k++) {
    while (si < spans.length && spans[si]![1] <= k) si++;
    const span = si < spans.length && k > spans[si]![0] ? spans[si]! : undefined;
    if (span !== undefined) {
      // In an address: before one of its marks (not its first character, nor after a period or
      // a hyphen), so the line ends with a letter and the next begins with the mark, and a copy
      // joins them as typed. Never after its hyphen.
      if (ADDRESS_MARKS.includes(s[k]!) && k > span[0] + 1 && s[k - 1] !== '.' && s[k - 1] !== '-') (out ??= new Set()).add(k);
    } else if (afterHeldHyphen(s, k)) (out ??= new Set()).add(k);
  }
  return out;
}

/**
 * Least characters (clusters: a letter and its marks) on each side of a break inside a word broken
 * between characters: TeX's \lefthyphenmin 2 and \righthyphenmin 3 (The TeXbook, ch. 14), which
 * keep a hyphenated word's parts readable; a last line of one or two characters ("0") reads as a
 * stray mark, not as the end of the number above it.
 */
export const MIN_BEFORE_BREAK = 2;
export const MIN_AFTER_BREAK = 3;

/** The positions in [from, to) where a cluster starts (breakGroup's rule: marks, low surrogates, shaped joins stay with their base). */
function clusterStarts(g: Group, from: number, to: number, cont: Uint8Array | undefined): number[] {
  const { fidx, adv, text } = g;
  const out: number[] = [];
  for (let k = from; k < to; ) {
    out.push(k);
    let end = k + 1;
    while (end < to && (fidx[end] === LOW || fidx[end] === SKIP || cont?.[end] === 1 || (adv[end] === 0 && COMBINING.test(String.fromCodePoint(text.codePointAt(end)!))))) end++;
    k = end;
  }
  return out;
}

/**
 * Where a line breaks inside a token, given that the next cluster (at `k`) does not fit: `k`,
 * or earlier so that at least MIN_AFTER_BREAK clusters follow the break to the token's end `core`,
 * when at least MIN_BEFORE_BREAK stay on the line from `lineStart` and the rest fits in `room`.
 */
function breakBack(g: Group, starts: number[], lineStart: number, k: number, core: number, room: number): number {
  let i = starts.indexOf(k);
  const after = starts.length - i;
  if (i < 0 || after >= MIN_AFTER_BREAK) return k;
  const from = starts.indexOf(lineStart);
  i -= MIN_AFTER_BREAK - after;
  if (from < 0 || i - from < MIN_BEFORE_BREAK) return k;
  let w = 0;
  for (let j = starts[i]!; j < core; j++) w += g.adv[j]!;
  return w <= room + EPS ? starts[i]! : k;
}

/** The marks of a web or e-mail address before which it breaks first (preferredBreaks). */
const ADDRESS_MARKS = '.@-_~';

/**
 * Largest extra space per word gap of a justified line, in em. A line that would need more (a
 * few words before a long unbreakable token) stays ragged: gaps over ~1 em look broken and make
 * text extractors (pdftotext) read the words of the line as separate columns, out of order.
 */
export const MAX_JUSTIFY_STRETCH = 0.5;

/**
 * Position the pieces of a line for an alignment within `maxWidth` (mutates and returns them),
 * once: a line placed again returns its pieces where they are. A split table row repeats the
 * lines of its short cells at the top of each page it continues on (./table.ts continuedCells),
 * and each band of the row placed them again: a right-aligned or centred cell (an amount beside a
 * long narrative) moved by its slack every band, off the right of the page.
 */
export function alignLine(line: Line, align: 'left' | 'center' | 'right' | 'justify', maxWidth: number, size = 12): LinePiece[] {
  if (line.aligned) return line.pieces;
  line.aligned = true;
  const slack = Math.max(0, maxWidth - line.width);
  const justify = align === 'justify' && !line.last && line.spaces > 0 && slack > 0 && slack / line.spaces <= MAX_JUSTIFY_STRETCH * size;
  // A right-to-left paragraph starts at the right margin: its "left" (the start) is the right.
  if (line.rtl && (align === 'left' || (align === 'justify' && !justify))) align = 'right';
  if (align === 'center' || align === 'right') {
    const dx = align === 'center' ? slack / 2 : slack;
    for (const p of line.pieces) p.x += dx;
  } else if (justify) {
    const extra = slack / line.spaces;
    let before = 0;
    // The gaps left of a piece move it: count them in visual order (a bidi line's pieces are in logical order).
    const seq = line.bidi ? [...line.pieces].sort((p, q) => p.x - q.x) : line.pieces;
    for (const p of seq) {
      p.x += extra * before;
      if (p.spaces > 0) {
        p.wordSpacing = extra;
        p.width += extra * p.spaces;
      }
      before += p.spaces;
    }
  }
  return line.pieces;
}
