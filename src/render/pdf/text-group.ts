// What line breaking (./text.ts) and its bidi path (./text-bidi.ts) share: the per-code-unit
// face marks, the working arrays reused from group to group, the group being broken, and the
// questions both ask of it (a space, a soft hyphen at a line end).
import { BODY_FACES, FACE_IDS, isSpace, type FaceId, type Fonts } from './fonts.js';
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

