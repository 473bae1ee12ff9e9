// What line breaking (./text.ts) and its bidi path (./text-bidi.ts) share: the per-code-unit
// face marks, the working arrays reused from group to group, the group being broken, and the
// questions both ask of it (a space, a soft hyphen at a line end).
import { BODY_FACES, FACE_IDS, fallbackFace, isIgnorable, isRtl, isShapedFace, isSpace, type FaceId, type Fonts } from './fonts.js';
import type { Line, StyledRun } from './text.js';

/** Faces by index (the per-unit face array): the body faces first, below BODY_FACES, then the fallbacks (fonts.ts). */
export const FACES = FACE_IDS;
export const FACE_INDEX = Object.fromEntries(FACE_IDS.map((id, i) => [id, i])) as Record<FaceId, number>;
/** Code unit marks in the per-unit face array. */
export const SKIP = 255; // prints as nothing (default-ignorable)
export const LOW = 254; // second half of a surrogate pair
export const COMBINING = /\p{M}/u;
export const EPS = 1e-6;

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

/** The working arrays for a group of `n` code units (grown when a group is longer than any before). */
export function workArrays(n: number): Scratch {
  if (n > scratch.fidx.length) scratch = newScratch(n);
  return scratch;
}

/** One group being broken: its text and per-code-unit face, advance and run (see breakGroup). */
export interface Group {
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
export function endsAtSoftHyphen(g: Group, from: number, b: number): boolean {
  for (let k = b - 1; k >= from && g.fidx[k] === SKIP; k--) if (g.text.charCodeAt(k) === SOFT_HYPHEN) return true;
  return false;
}

/** Width (points) of the hyphen shown at a soft hyphen's line end, in the face of unit `k`. */
export function hyphenWidth(g: Group, k: number): number {
  const f = k >= 0 ? g.fidx[k]! : 0;
  return g.fonts.face(FACES[f < BODY_FACES ? f : 0]!).advance(0x2d) * g.size;
}

/** Whether code unit `k` is a printed whitespace character (a break may drop it at a line end). */
export function spaceAt(g: Group, k: number): boolean {
  const f = g.fidx[k];
  return f !== LOW && f !== SKIP && isSpace(g.text.charCodeAt(k));
}


/** What measureRun found besides the advances: the bidi path's need, and the code units printed as U+0020. */
export interface RunOut {
  /** A character of a shaped face (Hebrew, Arabic) or a right-to-left mark: the group takes the bidi path. */
  shaped: boolean;
  /** Code units (of the group) printed as U+0020: whitespace the font lacks, no-break spaces. */
  subst: number[] | null;
}
/** The one RunOut breakGroup and the advance memo (./advances.ts) fill, each reading it before the next call. */
export const runOut: RunOut = { shaped: false, subst: null };

/**
 * The line breaker's measure of one run (breakGroup, ./text.ts): each code unit's face (`fidx`,
 * FACE_INDEX or LOW, SKIP) and advance (`adv`, points at `size`) written at `pos + i` for code
 * unit `i` of `t`, in the run's face, the regular face for a character it lacks, else the
 * character's fallback face (fonts.ts), loaded only now that a character needs it. Sets
 * `out.shaped` and adds to `out.subst` (never clears them). Returns -1, or the index in `t` of the
 * first code unit no face prints (a control character, a right-to-left letter of a script Harbor
 * does not shape, a character no font has), where it stopped: the line breaker refuses it, column
 * fitting measures that text its own way (../columns.ts).
 */
export function measureRun(t: string, face: FaceId, size: number, fonts: Fonts, fidx: Uint8Array, adv: Float64Array, pos: number, out: RunOut): number {
  // String.prototype's method as a constant (see breakGroup, ./text.ts, for why).
  const codePointAt = String.prototype.codePointAt;
  const regular = fonts.face('regular');
  const style = fonts.face(face);
  const styleIdx = FACE_INDEX[face];
  const bold = face === 'bold' || face === 'bold-italic';
  const tn = t.length;
  for (let i = 0; i < tn; ) {
    const k = pos + i;
    const cp = codePointAt.call(t, i)!;
    const len = cp > 0xffff ? 2 : 1;
    if (len === 2) {
      fidx[k + 1] = LOW;
      adv[k + 1] = 0;
    }
    if (cp > 0x20 && cp < 0x7f) {
      // printable ASCII: always in every body face
      fidx[k] = styleIdx;
      adv[k] = style.advance(cp) * size;
      i += len;
      continue;
    }
    if (isRtl(cp)) return i;
    if (isSpace(cp)) {
      // A no-break space is printed (and extracted) as a plain space: it only forbids a break,
      // which the line breaker saw in the text; a space the font lacks is printed as U+0020 too.
      if (cp !== 0x20 && (cp === 0xa0 || style.gid(cp) === 0)) {
        (out.subst ??= []).push(k);
        fidx[k] = styleIdx;
        adv[k] = style.advance(0x20) * size;
      } else {
        fidx[k] = styleIdx;
        adv[k] = style.advance(cp) * size;
      }
      i += len;
      continue;
    }
    if (isIgnorable(cp)) {
      if (cp === 0x200f || cp === 0x061c) out.shaped = true; // RLM, ALM: they order the neutrals beside them
      fidx[k] = SKIP;
      adv[k] = 0;
      if (len === 2) fidx[k + 1] = SKIP; // e.g. variation selectors U+E0100..
      i += len;
      continue;
    }
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return i;
    if (style.gid(cp) > 0) {
      fidx[k] = styleIdx;
      adv[k] = style.advance(cp) * size;
    } else if (regular.gid(cp) > 0) {
      fidx[k] = 0;
      adv[k] = regular.advance(cp) * size;
    } else {
      const id = fallbackFace(cp, bold);
      const fallback = fonts.face(id);
      if (fallback.gid(cp) === 0) return i;
      if (isShapedFace(id)) out.shaped = true;
      fidx[k] = FACE_INDEX[id];
      adv[k] = fallback.advance(cp) * size;
    }
    i += len;
  }
  return -1;
}
