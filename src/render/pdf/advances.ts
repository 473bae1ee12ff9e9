// One measure of a table cell's text per render (issue 18): column fitting (../columns.ts) sums the
// glyph advances of every cell text to find its widest unbreakable piece, and the line breaker
// (./text.ts breakGroup) then measured the same text again, character by character, to break the
// cell into lines. Column fitting now measures a text the line breaker's way (./text-group.ts
// measureRun) into this memo, per fonts, size and face, and reads its pieces' widths from it; the
// line breaker copies a one-run group's face marks and advances from it instead of measuring again.
//
// Widths are unchanged to the bit: each advance is the same product (the face's advance × size),
// summed in the same order; where the line breaker's advance is not what column fitting used
// (a no-break space printed as U+0020 whose advance differs, a space the face lacks) the entry
// says so (`plain`) and column fitting measures that text itself, as before. A text with a
// character no face prints is not kept: the line breaker refuses it as before, naming it.
//
// The advances are numbers measured from the case's words, so the tables are emptied when the
// render ends, as the other render memos are (../../model/scratch.ts), and the arena is zeroed.
import { renderScoped, type RenderScoped } from '../../model/scratch.js';
import type { FaceId, Fonts } from './fonts.js';
import { FACE_INDEX, measureRun, runOut } from './text-group.js';

/** A text's measure in the arena of its (fonts, size, face): code units [at, at + text.length). */
export interface Measured {
  at: number;
  /** measureRun's: the group takes the bidi path. */
  shaped: boolean;
  /** measureRun's: code units printed as U+0020 (the line breaker's printed text). */
  subst: number[] | null;
  /** Every advance is the one column fitting measured before this memo (see the header). */
  plain: boolean;
}

/** Code units the arena starts with, and at most holds (it starts over when full: 0.6 MB). */
const FIRST = 4096;
const MOST = 1 << 16;

/** The measured texts of one (fonts, size, face), their face marks and advances one after another. */
class Advances implements RenderScoped {
  private table = new Map<string, Measured | null>();
  fidx = new Uint8Array(FIRST);
  adv = new Float64Array(FIRST);
  private used = 0;

  constructor(private readonly fonts: Fonts, private readonly sizePt: number, private readonly face: FaceId) {
    renderScoped(this);
  }

  get size(): number {
    return this.table.size;
  }

  /** A new, empty table (scratch.ts says why not `clear()`), the arena's used part zeroed. */
  reset(): void {
    this.table = new Map();
    this.fidx.fill(0, 0, this.used);
    this.adv.fill(0, 0, this.used);
    this.used = 0;
  }

  known(text: string): Measured | undefined {
    return this.table.get(text) ?? undefined;
  }

  measured(text: string): Measured | null {
    const had = this.table.get(text);
    if (had !== undefined) return had;
    const n = text.length;
    if (n > MOST) return null;
    if (this.used + n > MOST) this.reset();
    if (this.used + n > this.fidx.length) this.grow(this.used + n);
    const at = this.used;
    const out = runOut;
    out.shaped = false;
    out.subst = null;
    const m: Measured | null = measureRun(text, this.face, this.sizePt, this.fonts, this.fidx, this.adv, at, out) >= 0 ? null : { at, shaped: out.shaped, subst: out.subst, plain: true };
    if (m !== null) {
      this.used += n;
      if (m.subst !== null) {
        // Subst positions are the group's (from `at`): the line breaker's group starts at 0.
        const style = this.fonts.face(this.face);
        for (let i = 0; i < m.subst.length; i++) {
          const k = m.subst[i]! - at;
          m.subst[i] = k;
          const cp = text.charCodeAt(k);
          if (style.gid(cp) === 0 || style.advance(cp) !== style.advance(0x20)) m.plain = false;
        }
      }
    }
    this.table.set(text, m);
    return m;
  }

  private grow(n: number): void {
    let size = this.fidx.length * 2;
    while (size < n) size *= 2;
    const fidx = new Uint8Array(size);
    const adv = new Float64Array(size);
    fidx.set(this.fidx.subarray(0, this.used));
    adv.set(this.adv.subarray(0, this.used));
    this.fidx = fidx;
    this.adv = adv;
  }
}

const tables = new WeakMap<Fonts, Map<number, Advances[]>>();
/** The last (fonts, size) asked and its tables: every group of a table asks for the same. */
let lastFonts: Fonts | null = null;
let lastSize = 0;
let lastByFace: Advances[] = [];

/** The table of (fonts, size, face). */
export function advanceArena(fonts: Fonts, size: number, face: FaceId): Advances {
  if (fonts !== lastFonts || size !== lastSize) {
    let bySize = tables.get(fonts);
    if (!bySize) tables.set(fonts, (bySize = new Map()));
    let byFace = bySize.get(size);
    if (!byFace) bySize.set(size, (byFace = []));
    lastFonts = fonts;
    lastSize = size;
    lastByFace = byFace;
  }
  const i = FACE_INDEX[face];
  return (lastByFace[i] ??= new Advances(fonts, size, face));
}

/** `text` measured in this render at (fonts, size, face), or undefined (never measured, or not kept). */
export function knownAdvances(fonts: Fonts, size: number, face: FaceId, text: string): Measured | undefined {
  return advanceArena(fonts, size, face).known(text);
}

/** `text` measured the line breaker's way at (fonts, size, face), kept for the render; null when a character of it no face prints. */
export function measuredAdvances(fonts: Fonts, size: number, face: FaceId, text: string): Measured | null {
  return advanceArena(fonts, size, face).measured(text);
}
