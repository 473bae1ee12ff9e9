// Text measurement and line breaking: inline content → lines of positioned pieces.
//
// Break opportunities come from UAX #14 (./breaks.ts: the `linebreak` package), computed over the whole run of text between
// forced breaks (so "bold</strong>text" is one word and CJK may break between ideographs). A
// piece of text with no break opportunity that is wider than the line (a URL, a 60-letter name)
// is broken between characters (never inside a base+combining-mark cluster): nothing overflows
// or is cut. Widths are sums of cached glyph advances (fonts.ts), no shaping, except in a paragraph
// with Hebrew or Arabic letters: there each word of those scripts is shaped whole by its font
// (./shape.ts) and measured by the shaper's advances, and each line's pieces are placed in the
// visual order the bidi algorithm gives (./bidi.ts; emitBidi below).
import { codePointName, HarborError } from '../../errors.js';
import { dispatchInline, type Inline, type InlineHandlers, type Marks } from '../../model/types.js';
import { keepUnitsTogether } from '../../model/typography.js';
import { embeddingLevels, isRtlText, reversedMirrored, visualOrder } from './bidi.js';
import { breakOpportunities } from './breaks.js';
import { BODY_FACES, FACE_IDS, fallbackFace, findUnprintable, isIgnorable, isRtl, isShapedFace, isSpace, styleFace, type FaceId, type Fonts } from './fonts.js';
import { shapeWord, type ShapedRun } from './shape.js';
import { noGlyphAdvice, rtlAdvice } from './unprintable.js';

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
}

/** Faces by index (the per-unit face array): the body faces first, below BODY_FACES, then the fallbacks (fonts.ts). */
const FACES = FACE_IDS;
const FACE_INDEX = Object.fromEntries(FACE_IDS.map((id, i) => [id, i])) as Record<FaceId, number>;
/** Code unit marks in the per-unit face array. */
const SKIP = 255; // prints as nothing (default-ignorable)
const LOW = 254; // second half of a surrogate pair
const COMBINING = /\p{M}/u;
const EPS = 1e-6;

/**
 * Split inline children into groups separated by forced breaks (`br`), each a list of styled
 * runs. `forceBold` is used for headings and table header cells. Page fields take their text
 * from `fieldText` (layout measures with placeholders and substitutes the values later).
 */
export function styledGroups(children: Inline[], fieldText: (f: PageField) => string, forceBold = false): StyledRun[][] {
  const ctx: GroupCtx = { groups: [[]], fieldText, forceBold };
  for (const c of children) dispatchInline(INLINE, c, ctx);
  return ctx.groups;
}

interface GroupCtx {
  groups: StyledRun[][];
  fieldText: (f: PageField) => string;
  forceBold: boolean;
}

/** Face and underline of a run from its marks. */
const style = (m: Marks, ctx: GroupCtx): { face: FaceId; underline: boolean } => ({
  face: styleFace(ctx.forceBold || m.bold, m.italic),
  underline: m.underline === true,
});
const lastGroup = (ctx: GroupCtx): StyledRun[] => ctx.groups[ctx.groups.length - 1]!;
const field = (f: PageField) => (n: Marks, ctx: GroupCtx): void => void lastGroup(ctx).push({ text: ctx.fieldText(f), ...style(n, ctx), field: f });

/** One handler per inline node type, as the block side has (./blocks.ts): a new type does not compile without one. */
const INLINE: InlineHandlers<GroupCtx, void> = {
  // The text layer's rule (src/model/typography.ts): units a reader holds together stay on one line.
  text: (n, ctx) => void lastGroup(ctx).push({ text: keepUnitsTogether(n.text), face: styleFace(ctx.forceBold || n.bold, n.italic), underline: n.underline === true }),
  br: (_n, ctx) => void ctx.groups.push([]),
  'page-number': field('page-number'),
  'page-count': field('page-count'),
};

function unprintable(cp: number): never {
  const bad = findUnprintable(String.fromCodePoint(cp));
  const hex = codePointName(cp);
  if (bad?.reason === 'rtl') {
    throw new HarborError('unsupported-script', `The document contains right-to-left text (${hex}), ${rtlAdvice('the text')}`);
  }
  throw new HarborError('unsupported-character', `The document contains ${hex}, ${noGlyphAdvice(cp, 'the text')}`);
}

/**
 * Break groups of styled runs into lines no wider than `maxWidth` points at `size` points.
 * Throws `unsupported-character` / `unsupported-script` for text no font can show.
 */
export function breakLines(groups: StyledRun[][], maxWidth: number, size: number, fonts: Fonts): Line[] {
  const lines: Line[] = [];
  const para: Paragraph = { groups, rtl: undefined };
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

/**
 * Per-code-unit working arrays of breakGroup, reused from group to group (allocating three typed
 * arrays for every table cell was a visible share of layout). Scratch memory only: every entry a
 * group reads is written for that group first; nothing carries over from one group to the next.
 */
interface Scratch {
  fidx: Uint8Array;
  adv: Float64Array;
  runOf: Uint32Array;
  /** Bidi paragraphs only: 1 where a unit continues the shaped word before it (its advance is the word's first unit's). */
  cont: Uint8Array;
}
function newScratch(n: number): Scratch {
  let size = 1024;
  while (size < n) size *= 2;
  return { fidx: new Uint8Array(size), adv: new Float64Array(size), runOf: new Uint32Array(size), cont: new Uint8Array(size) };
}
let scratch = newScratch(0);

/** One group being broken: its text and per-code-unit face, advance and run (see breakGroup). */
interface Group {
  runs: StyledRun[];
  /** The group's text as printed (whitespace the font lacks and no-break spaces as U+0020). */
  text: string;
  fidx: Uint8Array;
  adv: Float64Array;
  runOf: Uint32Array;
  lines: Line[];
  fonts: Fonts;
  /** Text size (points). */
  size: number;
  /** Bidi paragraphs only (a Hebrew or Arabic letter in it): see emitBidi. */
  bidi: { levels: Uint8Array; cont: Uint8Array; rtl: boolean } | null;
}

const SOFT_HYPHEN = 0xad;

/**
 * Whether a line that ends at code unit `b` ends at a soft hyphen (U+00AD, UAX #14 class BA: a
 * break after it): then the line shows a hyphen, as every typesetter does (Unicode §23.2, "Soft
 * hyphen"), and LibreOffice and Word do in the DOCX. Ignorable characters between are skipped.
 */
function endsAtSoftHyphen(g: Group, from: number, b: number): boolean {
  for (let k = b - 1; k >= from && g.fidx[k] === SKIP; k--) if (g.text.charCodeAt(k) === SOFT_HYPHEN) return true;
  return false;
}

/** Width (points) of the hyphen shown at a soft hyphen's line end, in the face of unit `k`. */
function hyphenWidth(g: Group, k: number): number {
  const f = k >= 0 ? g.fidx[k]! : 0;
  return g.fonts.face(FACES[f < BODY_FACES ? f : 0]!).advance(0x2d) * g.size;
}

/** Whether code unit `k` is a printed whitespace character (a break may drop it at a line end). */
function spaceAt(g: Group, k: number): boolean {
  const f = g.fidx[k];
  return f !== LOW && f !== SKIP && isSpace(g.text.charCodeAt(k));
}

/** Code units [a, b) as one line: trailing spaces dropped, pieces split where face, underline or field change. */
function emit(g: Group, a: number, b: number, last: boolean): void {
  if (g.bidi !== null) return emitBidi(g, a, b, last);
  const { text, fidx, adv, runOf, runs } = g;
  let e = b;
  while (e > a && (spaceAt(g, e - 1) || fidx[e - 1] === SKIP)) e--;
  const pieces: LinePiece[] = [];
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
      pieces.push(cur);
      curKey = key;
    }
    cur.width += adv[k]!;
    x += adv[k]!;
    if (text.charCodeAt(k) === 0x20) {
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
      pieces.push(cur);
    }
    cur.text += '-';
    cur.width += hw;
    x += hw;
  }
  g.lines.push({ width: x, pieces, spaces, last });
}

/** Whether unit `k` is one of the joiners (ZWNJ, ZWJ) a shaped word keeps: they decide whether its letters join. */
function isJoiner(text: string, k: number): boolean {
  const u = text.charCodeAt(k);
  return u === 0x200c || u === 0x200d;
}

/** End of the shaped word (or the part of it) that starts at unit `k` before `end`: same face, run and level; ignorables inside it. */
function wordEnd(g: Group, levels: Uint8Array, k: number, end: number): number {
  const { fidx, runOf } = g;
  let j = k + 1;
  let last = j; // after the last unit of the word's face
  while (j < end) {
    const f = fidx[j]!;
    if (f === SKIP || f === LOW) {
      j++;
      continue;
    }
    if (f !== fidx[k] || runOf[j] !== runOf[k] || levels[j] !== levels[k]) break;
    last = ++j;
  }
  return last;
}

/** The text the font shapes for units [k, j) of a word: its letters and marks, and the joiners (no other ignorable). */
function wordText(g: Group, k: number, j: number): string {
  let t = '';
  for (let u = k; u < j; u++) if (g.fidx[u] !== SKIP || isJoiner(g.text, u)) t += g.text[u];
  return t;
}

/**
 * The bidi path's measure of a group: the embedding levels of its text (at the paragraph's base
 * level), and each word of a shaped face measured whole by the shaper (./shape.ts): its width on
 * its first code unit, the units after it marked as its continuation (`cont`), so that a line
 * never ends inside it (UAX #14 gives no break inside a word of these scripts anyway).
 */
function measureShaped(g: Group, n: number, rtl: boolean): void {
  const levels = embeddingLevels(g.text, rtl);
  const { cont } = scratch;
  cont.fill(0, 0, n);
  g.bidi = { levels, cont, rtl };
  const { fidx, adv } = g;
  for (let k = 0; k < n; ) {
    const f = fidx[k]!;
    if (f === SKIP || f === LOW || !isShapedFace(FACES[f]!)) {
      k++;
      continue;
    }
    const j = wordEnd(g, levels, k, n);
    const face = g.fonts.face(FACES[f]!);
    adv[k] = (shapeWord(face, wordText(g, k, j), levels[k]! % 2 === 1).width / face.unitsPerEm) * g.size;
    for (let u = k + 1; u < j; u++) {
      if (fidx[u] !== SKIP) adv[u] = 0;
      cont[u] = 1;
    }
    k = j;
  }
}

/** First code unit after the cluster that starts at `k` (its marks, its low surrogate, what prints as nothing). */
function clusterEnd(g: Group, k: number, end: number): number {
  let u = k + 1;
  while (u < end && (g.fidx[u] === LOW || g.fidx[u] === SKIP || COMBINING.test(String.fromCodePoint(g.text.codePointAt(u)!)))) u++;
  return u;
}

/**
 * The shaped word that starts at `k` (measureShaped: its width on `k`, its other units marked
 * `cont`), wider than the line by itself (a name typed without spaces, text pasted with its spaces
 * lost), cut into parts of whole clusters, each as wide as fits in `maxWidth` and shaped on its own
 * (the letters at a cut take their unjoined forms, as a Latin word cut there shows no hyphen):
 * each part's width on its first unit, so that the line breaker ends a line between parts and
 * emitBidi, which shapes what lies on a line, shapes the same parts. Never a word run past the
 * margin, off the page (nothing is truncated).
 */
function cutShapedWord(g: Group, k: number, limit: number, maxWidth: number): void {
  const { fidx, adv } = g;
  const { levels, cont } = g.bidi!;
  const end = wordEnd(g, levels, k, limit);
  const face = g.fonts.face(FACES[fidx[k]!]!);
  const rtl = levels[k]! % 2 === 1;
  const width = (a: number, b: number): number => (shapeWord(face, wordText(g, a, b), rtl).width / face.unitsPerEm) * g.size;
  for (let a = k; a < end; ) {
    let m = clusterEnd(g, a, end); // at least one cluster a part, however narrow the line
    while (m < end) {
      const next = clusterEnd(g, m, end);
      if (width(a, next) > maxWidth + EPS) break;
      m = next;
    }
    adv[a] = width(a, m);
    cont[a] = 0;
    for (let u = a + 1; u < m; u++) {
      if (fidx[u] !== SKIP) adv[u] = 0;
      cont[u] = 1;
    }
    a = m;
  }
}

/**
 * Code units [a, b) of a bidi paragraph as one line (emit's counterpart): pieces split where face,
 * underline, field or embedding level change, each shaped word a piece of its own (its glyphs from
 * the shaper, in visual order), text at an odd level drawn reversed and mirrored; the pieces stay
 * in logical order, the order they are written and read in (the PDF's text as typed, its tagged
 * structure), and are placed left to right in the visual order of rule L2 (./bidi.ts).
 */
function emitBidi(g: Group, a: number, b: number, last: boolean): void {
  const { text, fidx, adv, runOf, runs, fonts, size } = g;
  const { levels, rtl } = g.bidi!;
  let e = b;
  while (e > a && (spaceAt(g, e - 1) || fidx[e - 1] === SKIP)) e--;
  const pieces: LinePiece[] = [];
  const pieceLevels: number[] = [];
  let spaces = 0;
  for (let k = a; k < e; ) {
    const f = fidx[k]!;
    if (f === SKIP || f === LOW) {
      k++;
      continue;
    }
    const ri = runOf[k]!;
    const run = runs[ri]!;
    const font = FACES[f]!;
    const level = levels[k]!;
    let piece: LinePiece;
    let j: number;
    if (isShapedFace(font)) {
      j = wordEnd(g, levels, k, e);
      const face = fonts.face(font);
      const glyphs = shapeWord(face, wordText(g, k, j), level % 2 === 1);
      piece = { text: text.slice(k, j), font, x: 0, width: (glyphs.width / face.unitsPerEm) * size, underline: run.underline, spaces: 0, glyphs };
    } else {
      let t = '';
      let w = 0;
      let sp = 0;
      j = k;
      while (j < e) {
        const fj = fidx[j]!;
        if (fj !== SKIP && fj !== LOW && (fj !== f || runOf[j] !== ri || levels[j] !== level)) break;
        if (fj !== SKIP) {
          t += text[j];
          w += adv[j]!;
          if (text.charCodeAt(j) === 0x20) sp++;
        }
        j++;
      }
      piece = { text: t, font, x: 0, width: w, underline: run.underline, spaces: sp };
      if (level % 2 === 1) {
        const d = reversedMirrored(t);
        if (d !== t) piece.draw = d;
      }
      spaces += sp;
    }
    if (run.field) piece.field = run.field;
    pieces.push(piece);
    pieceLevels.push(level);
    k = j;
  }
  if (!last && pieces.length > 0 && endsAtSoftHyphen(g, e, b)) {
    // The hyphen shown at a soft hyphen's line end, at the level of the text before it.
    const f = fidx[e - 1]!;
    const font = f < BODY_FACES ? FACES[f]! : 'regular';
    pieces.push({ text: '-', font, x: 0, width: hyphenWidth(g, e - 1), underline: pieces[pieces.length - 1]!.underline, spaces: 0 });
    pieceLevels.push(levels[e - 1]!);
  }
  let x = 0;
  for (const i of visualOrder(pieceLevels)) {
    const p = pieces[i]!;
    p.x = x;
    x += p.width;
  }
  const line: Line = { width: x, pieces, spaces, last, bidi: true };
  if (rtl) line.rtl = true;
  g.lines.push(line);
}

function breakGroup(runs: StyledRun[], maxWidth: number, size: number, fonts: Fonts, lines: Line[], para: Paragraph): void {
  let s = '';
  for (const r of runs) s += r.text;
  const n = s.length;
  if (n === 0) {
    lines.push({ width: 0, pieces: [], spaces: 0, last: true });
    return;
  }
  if (n > scratch.fidx.length) scratch = newScratch(n);
  const { fidx, adv, runOf } = scratch; // entries [0, n) are all written below
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
    for (let i = 0; i < t.length; ) {
      const k = pos + i;
      const cp = t.codePointAt(i)!;
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
      for (let k = prev; k < core; ) {
        // A shaped word (Hebrew, Arabic) wider than the line by itself is cut into parts that fit.
        if (cont?.[k + 1] === 1 && adv[k]! > maxWidth + EPS) cutShapedWord(g, k, core, maxWidth);
        let end = k + 1;
        let cw = adv[k]!;
        while (end < core && (fidx[end] === LOW || fidx[end] === SKIP || cont?.[end] === 1 || (adv[end] === 0 && COMBINING.test(String.fromCodePoint(text.codePointAt(end)!))))) {
          cw += adv[end]!;
          end++;
        }
        if (w > 0 && w + cw + (end === core ? hy : 0) > maxWidth + EPS) {
          emit(g, lineStart, k, false);
          lineStart = k;
          w = 0;
        }
        w += cw;
        k = end;
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
 * Largest extra space per word gap of a justified line, in em. A line that would need more (a
 * few words before a long unbreakable token) stays ragged: gaps over ~1 em look broken and make
 * text extractors (pdftotext) read the words of the line as separate columns, out of order.
 */
export const MAX_JUSTIFY_STRETCH = 0.5;

/** Position the pieces of a line for an alignment within `maxWidth` (mutates and returns them). */
export function alignLine(line: Line, align: 'left' | 'center' | 'right' | 'justify', maxWidth: number, size = 12): LinePiece[] {
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
