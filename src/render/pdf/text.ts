// Text measurement and line breaking: inline content → lines of positioned pieces.
//
// Break opportunities come from UAX #14 (./breaks.ts: the `linebreak` package), computed over the whole run of text between
// forced breaks (so "bold</strong>text" is one word and CJK may break between ideographs). A
// piece of text with no break opportunity that is wider than the line (a URL, a 60-letter name)
// is broken between characters (never inside a base+combining-mark cluster): nothing overflows
// or is cut. Widths are sums of cached glyph advances (fonts.ts), no shaping.
import { HarborError } from '../../errors.js';
import { dispatchInline, type Align, type Inline, type InlineHandlers, type Marks } from '../../model/types.js';
import { isShortText, RenderMemo } from '../../model/scratch.js';
import { keepUnitsTogether } from '../../model/typography.js';
import { breakOpportunities, findBreaks } from './breaks.js';
import { findUnprintable, isIgnorable, isRtl, isSpace, styleFace, type FaceId, type Fonts } from './fonts.js';

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
}

export interface Line {
  /** Natural width in points, trailing spaces excluded. */
  width: number;
  pieces: LinePiece[];
  spaces: number;
  /** Last line of a paragraph or a line ended by <br/>: never justified. */
  last: boolean;
}

const FACES: FaceId[] = ['regular', 'bold', 'italic', 'bold-italic', 'cjk'];
const FACE_INDEX: Record<FaceId, number> = { regular: 0, bold: 1, italic: 2, 'bold-italic': 3, cjk: 4 };
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
  const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  if (bad?.reason === 'rtl') {
    throw new HarborError('unsupported-script', `The document contains right-to-left text (${hex}), which the PDF renderer does not lay out`);
  }
  throw new HarborError('unsupported-character', `The document contains ${hex}, which no embedded font can print`);
}

/**
 * Break groups of styled runs into lines no wider than `maxWidth` points at `size` points.
 * Throws `unsupported-character` / `unsupported-script` for text no font can show.
 */
export function breakLines(groups: StyledRun[][], maxWidth: number, size: number, fonts: Fonts): Line[] {
  const lines: Line[] = [];
  for (const g of groups) breakGroup(g, maxWidth, size, fonts, lines);
  return lines;
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
}
function newScratch(n: number): Scratch {
  let size = 1024;
  while (size < n) size *= 2;
  return { fidx: new Uint8Array(size), adv: new Float64Array(size), runOf: new Uint32Array(size) };
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
}

/** Whether code unit `k` is a printed whitespace character (a break may drop it at a line end). */
function spaceAt(g: Group, k: number): boolean {
  const f = g.fidx[k];
  return f !== LOW && f !== SKIP && isSpace(g.text.charCodeAt(k));
}

/** Code units [a, b) as one line: trailing spaces dropped, pieces split where face, underline or field change. */
function emit(g: Group, a: number, b: number, last: boolean): void {
  const { text, fidx, adv, runOf, runs } = g;
  let e = b;
  while (e > a && (spaceAt(g, e - 1) || fidx[e - 1] === SKIP)) e--;
  // Made with its first piece: `[]` then push reserves 16 slots, and most lines have one piece.
  let pieces: LinePiece[] | null = null;
  let x = 0;
  let spaces = 0;
  let cur: LinePiece | null = null;
  let curKey = -1;
  // The current piece's width and spaces, summed here and stored when it ends (the same sums in
  // the same order as adding to the piece itself, without a property write per character).
  let curW = 0;
  let curSpaces = 0;
  // Face and run of the previous unit, and their piece key (recomputed only when either changes).
  let lastF = -1;
  let lastRi = -1;
  let key = -1;
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
    if (f !== lastF || ri !== lastRi) {
      const run = runs[ri]!;
      key = f * 2 + (run.underline ? 1 : 0) + (run.field ? 100 * (ri + 1) : 0);
      lastF = f;
      lastRi = ri;
    }
    if (key !== curKey || cur === null) {
      if (cur !== null) {
        cur.text += text.slice(from, k);
        cur.width = curW;
        cur.spaces = curSpaces;
      }
      from = k;
      const run = runs[ri]!;
      cur = { text: '', font: FACES[f]!, x, width: 0, underline: run.underline, spaces: 0 };
      if (run.field) cur.field = run.field;
      if (pieces === null) pieces = [cur];
      else pieces.push(cur);
      curKey = key;
      curW = 0;
      curSpaces = 0;
    }
    curW += adv[k]!;
    x += adv[k]!;
    if (text.charCodeAt(k) === 0x20) {
      curSpaces++;
      spaces++;
    }
  }
  if (cur !== null) {
    cur.text += text.slice(from, e);
    cur.width = curW;
    cur.spaces = curSpaces;
  }
  g.lines.push({ width: x, pieces: pieces ?? [], spaces, last });
}

/**
 * Set by measureGroup: whether every code unit of the group it measured is a printable BMP
 * character (U+0020 or above, not invisible) printed in its run's own face at that face's own
 * advance for it (a no-break space counts when the face's advance for it is the space's). Column
 * fitting may then take its widths from this measure (widestRunPiece).
 */
let measuredUniform = true;

/** The measured run whose advances the scratch arrays still hold (its lines need no copy back). */
let scratchHolds: MeasuredRun | null = null;

/**
 * Measure the code units of `runs` (whose texts joined are `s`) into the scratch arrays: face
 * index, advance in points at `size` and run index of each. Returns the text as printed
 * (whitespace the font lacks and no-break spaces as U+0020). Throws `unsupported-character` /
 * `unsupported-script` for text no font can show.
 */
function measureGroup(runs: StyledRun[], s: string, size: number, fonts: Fonts): string {
  const n = s.length;
  scratchHolds = null; // overwritten from here on, even if this throws part-way
  if (n > scratch.fidx.length) scratch = newScratch(n);
  const { fidx, adv, runOf } = scratch; // entries [0, n) are all written below
  let subst: number[] | null = null; // code units printed as U+0020 (whitespace the font lacks, no-break spaces)
  let uniform = true;
  const regular = fonts.face('regular');
  let pos = 0;
  for (let ri = 0; ri < runs.length; ri++) {
    const run = runs[ri]!;
    const t = run.text;
    const style = fonts.face(run.face);
    const styleIdx = FACE_INDEX[run.face];
    for (let i = 0; i < t.length; ) {
      const k = pos + i;
      runOf[k] = ri;
      const u = t.charCodeAt(i);
      if (u > 0x20 && u < 0x7f) {
        // printable ASCII (most units: tested before any code point is decoded): in every body face
        fidx[k] = styleIdx;
        adv[k] = style.advance(u) * size;
        i++;
        continue;
      }
      const cp = t.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      if (len === 2) {
        uniform = false;
        fidx[k + 1] = LOW;
        adv[k + 1] = 0;
        runOf[k + 1] = ri;
      }
      i += len;
      if (isRtl(cp)) unprintable(cp);
      if (isSpace(cp)) {
        // A no-break space is printed (and extracted) as a plain space: it only forbids a break,
        // which the line breaker saw in `s`; a space the font lacks is printed as U+0020 too.
        if (cp < 0x20) uniform = false;
        if (cp !== 0x20 && (cp === 0xa0 || style.gid(cp) === 0)) {
          (subst ??= []).push(k);
          if (uniform && !(cp === 0xa0 && style.gid(cp) > 0 && style.advance(cp) === style.advance(0x20))) uniform = false;
          fidx[k] = styleIdx;
          adv[k] = style.advance(0x20) * size;
        } else {
          fidx[k] = styleIdx;
          adv[k] = style.advance(cp) * size;
        }
        continue;
      }
      if (isIgnorable(cp)) {
        uniform = false;
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
        uniform = false;
        fidx[k] = 0;
        adv[k] = regular.advance(cp) * size;
      } else {
        uniform = false;
        const cjk = fonts.face('cjk');
        if (cjk.gid(cp) === 0) unprintable(cp);
        fidx[k] = 4;
        adv[k] = cjk.advance(cp) * size;
      }
    }
    pos += t.length;
  }
  measuredUniform = uniform;
  if (subst === null) return s;
  let text = '';
  let from = 0;
  for (const k of subst) {
    text += `${s.slice(from, k)} `;
    from = k + 1;
  }
  return text + s.slice(from);
}

/**
 * Greedy fill of a measured group over its UAX #14 opportunities (`breaks`, as breakOpportunities
 * encodes them) into lines no wider than `maxWidth` points, appended to `g.lines`.
 */
function fillGroup(g: Group, breaks: Int32Array, maxWidth: number): void {
  const { text, fidx, adv } = g;
  const n = text.length;
  // lineStart: first unit of the current line; lineW: width of [lineStart, prev) including
  // trailing spaces of the last segment.
  let lineStart = 0;
  let prev = 0;
  let lineW = 0;
  for (let bi = 0; bi < breaks.length; bi++) {
    const b = breaks[bi]! >> 1;
    const required = (breaks[bi]! & 1) === 1;
    let core = b;
    while (core > prev && (spaceAt(g, core - 1) || fidx[core - 1] === SKIP)) core--;
    let coreW = 0;
    for (let k = prev; k < core; k++) coreW += adv[k]!;
    let segW = coreW;
    for (let k = core; k < b; k++) segW += adv[k]!;
    if (lineStart < prev && lineW + coreW > maxWidth + EPS) {
      emit(g, lineStart, prev, false);
      lineStart = prev;
      lineW = 0;
    }
    if (lineStart === prev && coreW > maxWidth + EPS) {
      // An unbreakable token wider than the line: break it between clusters.
      let w = 0;
      for (let k = prev; k < core; ) {
        let end = k + 1;
        let cw = adv[k]!;
        while (end < core && (fidx[end] === LOW || fidx[end] === SKIP || (adv[end] === 0 && COMBINING.test(String.fromCodePoint(text.codePointAt(end)!))))) {
          cw += adv[end]!;
          end++;
        }
        if (w > 0 && w + cw > maxWidth + EPS) {
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

function breakGroup(runs: StyledRun[], maxWidth: number, size: number, fonts: Fonts, lines: Line[]): void {
  let s = '';
  for (const r of runs) s += r.text;
  if (s.length === 0) {
    lines.push({ width: 0, pieces: [], spaces: 0, last: true });
    return;
  }
  const text = measureGroup(runs, s, size, fonts);
  fillGroup({ runs, text, fidx: scratch.fidx, adv: scratch.adv, runOf: scratch.runOf, lines }, breakOpportunities(s), maxWidth);
}

// ---- Short runs measured once per render ---------------------------------------------------------

/**
 * A short single-run text (a table cell's amount, date, hours; a heading; a list marker) measured
 * once in this render in one face and size: column fitting reads its widest piece and line
 * breaking its lines at each measure from the same advances (issue 18).
 */
interface MeasuredRun {
  face: FaceId;
  size: number;
  fonts: Fonts;
  /** The text after the unit rules (what is broken), and as printed (see measureGroup). */
  units: string;
  printed: string;
  /** Where its code units' face indexes and advances (points) are in the arena. */
  at: number;
  /** UAX #14 opportunities of `units` (breakOpportunities' encoding). */
  breaks: Int32Array;
  /** measureGroup's measuredUniform for this text. */
  uniform: boolean;
  /** widestRunPiece's answer, -1 until asked. */
  widest: number;
  /** Lines already made from this measure: per underline and measure (points). */
  broken: Array<{ underline: boolean; maxWidth: number; lines: Line[] }>;
}

/** Faces and sizes, or underlines and measures, remembered per text (more are computed afresh). */
const MAX_VARIANTS = 8;

/**
 * The measured runs' face indexes and advances, end to end (two typed arrays per text were most
 * of the memo's cost: a typed array over 64 bytes has its own off-heap buffer). Holds this
 * render's measures only: zeroed whenever the memo is emptied (at the end of every render), and
 * shrunk back if a very long render grew it past ARENA_KEEP (a one-year worksheet stays below).
 */
const ARENA_START = 8192;
const ARENA_KEEP = 1 << 16;
/** Code units the arena may grow to within one render before the memo starts over. */
const ARENA_MAX = 1 << 20;
let arenaFidx = new Uint8Array(ARENA_START);
let arenaAdv = new Float64Array(ARENA_START);
let arenaUsed = 0;
/** Code units the arena holds (tests: none once a render has ended). */
export function arenaUnitsHeld(): number {
  return arenaUsed;
}
function resetArena(): void {
  scratchHolds = null; // (a record holds its text: nothing of the case outlives the render)
  if (arenaFidx.length > ARENA_KEEP) {
    arenaFidx = new Uint8Array(ARENA_START);
    arenaAdv = new Float64Array(ARENA_START);
  } else {
    arenaFidx.fill(0, 0, arenaUsed);
    arenaAdv.fill(0, 0, arenaUsed);
  }
  arenaUsed = 0;
}

/**
 * Short single-run texts measured in this render, keyed by the model's text (before the unit
 * rules): a table repeats its amounts, hours and dates down a column. Emptied when the render ends
 * (../../model/scratch.ts) and bounded within one.
 */
const runMemo = new RenderMemo<MeasuredRun[]>(resetArena);
const noRuns = (): MeasuredRun[] => [];
/** Run index 0 for every code unit of a single-run group (read only; grown as needed). */
let zeros = new Uint32Array(1024);

/** `raw` (short: isShortText) measured in `face` at `size` points, from the memo or now. */
function measuredRun(raw: string, face: FaceId, size: number, fonts: Fonts): MeasuredRun {
  const seen = runMemo.of(raw, noRuns);
  for (let i = 0; i < seen.length; i++) {
    const m = seen[i]!;
    if (m.face === face && m.size === size && m.fonts === fonts) return m;
  }
  // What styledGroups makes of one text node (INLINE.text), measured as breakGroup does.
  const units = keepUnitsTogether(raw);
  const n = units.length;
  const printed = n === 0 ? units : measureGroup([{ text: units, face, underline: false }], units, size, fonts);
  if (arenaUsed + n > arenaFidx.length) {
    if (arenaUsed + n > ARENA_MAX) runMemo.clear(); // resets the arena (`seen` is no longer in the memo)
    let grown = arenaFidx.length;
    while (grown < arenaUsed + n) grown *= 2;
    const fidx = new Uint8Array(grown);
    const adv = new Float64Array(grown);
    fidx.set(arenaFidx);
    adv.set(arenaAdv);
    arenaFidx = fidx;
    arenaAdv = adv;
  }
  // Copied by hand: subarray() and set() make a view object each, which cost more than ≤ 64 units.
  const at = arenaUsed;
  for (let k = 0; k < n; k++) {
    arenaFidx[at + k] = scratch.fidx[k]!;
    arenaAdv[at + k] = scratch.adv[k]!;
  }
  arenaUsed += n;
  const m: MeasuredRun = {
    face,
    size,
    fonts,
    units,
    printed,
    at,
    breaks: n === 0 ? new Int32Array(0) : findBreaks(units),
    uniform: n > 0 && measuredUniform,
    widest: -1,
    broken: [],
  };
  if (seen.length < MAX_VARIANTS) seen.push(m);
  scratchHolds = m;
  return m;
}

/** Lines of a measured run at `maxWidth` points (shared: read only). */
function runLines(m: MeasuredRun, underline: boolean, maxWidth: number): Line[] {
  for (let i = 0; i < m.broken.length; i++) {
    const v = m.broken[i]!;
    if (v.maxWidth === maxWidth && v.underline === underline) return v.lines;
  }
  const lines: Line[] = [];
  const n = m.units.length;
  if (n === 0) lines.push({ width: 0, pieces: [], spaces: 0, last: true });
  else {
    // Back into the scratch arrays (free between groups) for the line breaker, which reads from 0,
    // unless they still hold this measure (a heading, or a cell measured last).
    const { fidx, adv } = scratch;
    if (scratchHolds !== m) {
      for (let k = 0; k < n; k++) {
        fidx[k] = arenaFidx[m.at + k]!;
        adv[k] = arenaAdv[m.at + k]!;
      }
      scratchHolds = m;
    }
    if (zeros.length < n) zeros = new Uint32Array(2 * n);
    fillGroup({ runs: [{ text: m.units, face: m.face, underline }], text: m.printed, fidx, adv, runOf: zeros, lines }, m.breaks, maxWidth);
  }
  if (m.broken.length < MAX_VARIANTS) m.broken.push({ underline, maxWidth, lines });
  return lines;
}

/**
 * Lines of a block's inline content at `maxWidth` and `size` points: breakLines of styledGroups,
 * except that content made of one short plain text run (a table cell, a heading, a marker) is
 * measured once per render per face and size and broken once per measure, and the same Line
 * objects are returned again. Lines are therefore read only once made: alignment goes through
 * alignShift and justifySpacing.
 */
export function inlineLines(children: Inline[], fieldText: (f: PageField) => string, forceBold: boolean, maxWidth: number, size: number, fonts: Fonts): Line[] {
  const only = children.length === 1 ? children[0]! : undefined;
  if (only === undefined || only.type !== 'text' || !isShortText(only.text)) return breakLines(styledGroups(children, fieldText, forceBold), maxWidth, size, fonts);
  return runLines(measuredRun(only.text, styleFace(forceBold || only.bold, only.italic), size, fonts), only.underline === true, maxWidth);
}

/**
 * Column fitting's widest piece (../columns.ts) of a text node's `raw` text in `face` at `size`
 * points, read from the line breaker's measure of it, which the cell's lines then reuse: the
 * width of the widest piece between UAX #14 opportunities, trailing whitespace excluded, summed in
 * the same order from the same advances as columns.ts sums them. Undefined when that measure is
 * not columns' (a long text, one with characters from another face, invisibles, a line break, a
 * substituted space of another width, or text no font can print): columns.ts measures it itself.
 */
export function widestRunPiece(raw: string, face: FaceId, size: number, fonts: Fonts): number | undefined {
  if (!isShortText(raw)) return undefined;
  let m: MeasuredRun;
  try {
    m = measuredRun(raw, face, size, fonts);
  } catch {
    return undefined; // unprintable: the line breaker reports it where the cell is laid out
  }
  if (!m.uniform) return undefined;
  if (m.widest < 0) {
    const { units, at, breaks } = m;
    const adv = arenaAdv;
    let widest = 0;
    let last = 0;
    for (let bi = 0; bi < breaks.length; bi++) {
      const pos = breaks[bi]! >> 1;
      let end = pos;
      // isSpace is columns.ts's `trimmed` on a uniform text (BMP, no control characters).
      while (end > last && isSpace(units.charCodeAt(end - 1))) end--;
      let w = 0;
      for (let k = at + last; k < at + end; k++) w += adv[k]!;
      widest = Math.max(widest, w);
      last = pos;
    }
    m.widest = widest;
  }
  return m.widest;
}

/**
 * Largest extra space per word gap of a justified line, in em. A line that would need more (a
 * few words before a long unbreakable token) stays ragged: gaps over ~1 em look broken and make
 * text extractors (pdftotext) read the words of the line as separate columns, out of order.
 */
export const MAX_JUSTIFY_STRETCH = 0.5;

/**
 * How far a centred or right-aligned line moves right (points) within `maxWidth`; 0 otherwise.
 * Lines may be shared (inlineLines), so the layout reads this and justifySpacing instead of
 * mutating the pieces (alignLine).
 */
export function alignShift(line: Line, align: Align, maxWidth: number): number {
  if (align !== 'center' && align !== 'right') return 0;
  const slack = Math.max(0, maxWidth - line.width);
  return align === 'center' ? slack / 2 : slack;
}

/**
 * Extra points after each U+0020 of a justified line within `maxWidth` (a piece moves right by
 * this times the spaces before it); 0 for a line left ragged or not justified.
 */
export function justifySpacing(line: Line, align: Align, maxWidth: number, size = 12): number {
  if (align !== 'justify' || line.last || line.spaces <= 0) return 0;
  const slack = Math.max(0, maxWidth - line.width);
  return slack > 0 && slack / line.spaces <= MAX_JUSTIFY_STRETCH * size ? slack / line.spaces : 0;
}

/** Position the pieces of a line for an alignment within `maxWidth` (mutates and returns them; see alignShift). */
export function alignLine(line: Line, align: Align, maxWidth: number, size = 12): LinePiece[] {
  const dx = alignShift(line, align, maxWidth);
  const extra = justifySpacing(line, align, maxWidth, size);
  if (extra > 0) {
    let before = 0;
    for (const p of line.pieces) {
      p.x += extra * before;
      if (p.spaces > 0) {
        p.wordSpacing = extra;
        p.width += extra * p.spaces;
      }
      before += p.spaces;
    }
  } else if (dx !== 0 || align === 'center' || align === 'right') {
    for (const p of line.pieces) p.x += dx;
  }
  return line.pieces;
}
