// The order of right-to-left text on a line: the Unicode Bidirectional Algorithm (UAX #9), by the
// `bidi-js` package (a pure-JS implementation passing the Unicode conformance tests).
//
// The line breaker (./text.ts) resolves the embedding levels of a paragraph's text in logical
// order (rules P2–W7, N1–I2), breaks its lines on that logical text, then places each line's
// pieces (one level each) in visual order (rule L2: from the highest level down to the lowest odd
// one, every maximal sequence at that level or above is reversed). Within a piece, a shaped word's
// glyphs come in visual order from the font (./shape.ts), and other text at an odd level is drawn
// reversed, its mirrored characters swapped (rule L4: "(" shows as ")"), so that a right-to-left
// "(2010)" reads the right way round.
//
// Only for a paragraph with a right-to-left letter (./text.ts, its scan of the paragraph's
// characters): a Latin render never comes here, and never loads the package either. It is loaded
// on first use through Node's require, from node_modules (its CommonJS build, the same code as the
// module build), not bundled: a cold `harbor render` and every render thread compiled its 22 KB
// for nothing (issue 18, cold start), and the layout that calls it is synchronous.
import { createRequire } from 'node:module';
import type { Bidi } from 'bidi-js';
import { leftToRightQuotations, rtlIsolationMarks, signedNumbers } from '../../model/direction.js';

// Not named `require`: the bundler would follow a `require('bidi-js')` into the bundle.
const loadPackage = createRequire(import.meta.url);

let bidi: Bidi | null = null;
/** The algorithm's tables, built on first use (a Latin render builds none). */
function algorithm(): Bidi {
  return (bidi ??= (loadPackage('bidi-js') as () => Bidi)());
}

// A paragraph's direction is the model's rule, shared with the DOCX (../../model/direction.ts).
export { hasRtlLetter, isRtlText } from '../../model/direction.js';

/**
 * The resolved embedding level of each code unit of `text` (a group of a paragraph: the text
 * between two forced line breaks), at base level 1 when `rtl` (./text.ts).
 */
export function embeddingLevels(text: string, rtl: boolean): Uint8Array {
  const levels = algorithmLevels(text, rtl);
  raiseSignedNumbers(text, levels);
  return levels;
}

/**
 * The numbers written with a sign or currency before them in `text` (a paragraph, at base level 1
 * when `rtl`) whose sign the algorithm sets below their digits, so that a renderer that cannot set
 * levels (the DOCX: Word and LibreOffice run the algorithm themselves) marks them: offsets
 * [start, end), ascending (raiseSignedNumbers).
 */
export function lowSignedNumbers(text: string, rtl: boolean): Array<[number, number]> {
  const spans = signedNumbers(text);
  if (spans.length === 0) return spans;
  const levels = algorithmLevels(text, rtl);
  return spans.filter(([start, end]) => {
    for (let k = start; k < end; k++) if (/[0-9]/.test(text[k]!)) return levels[start]! < levels[k]!;
    return false;
  });
}

/**
 * The algorithm's levels of `text`, with the quotations of the rule below and, in a left-to-right
 * paragraph, the left-to-right marks that isolate a right-to-left name from a number or another
 * name after it (../../model/direction.ts rtlIsolationMarks: the DOCX writes the same marks).
 */
function algorithmLevels(text: string, rtl: boolean): Uint8Array {
  const marks = rtl ? [] : rtlIsolationMarks(text);
  if (marks.length === 0) {
    const levels = algorithm().getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr').levels;
    if (rtl) isolateQuotations(text, levels);
    return levels;
  }
  // Resolved with the marks in the text (a bracket pair across one keeps its direction, N0),
  // then the marks' own levels dropped.
  let marked = '';
  let from = 0;
  for (const at of marks) {
    marked += `${text.slice(from, at)}\u200E`;
    from = at;
  }
  marked += text.slice(from);
  const all = algorithm().getEmbeddingLevels(marked, 'ltr').levels;
  const levels = new Uint8Array(text.length);
  let m = 0;
  for (let i = 0, j = 0; i < text.length; i++, j++) {
    if (m < marks.length && marks[m] === i) {
      j++; // the mark inserted before unit i
      m++;
    }
    levels[i] = all[j]!;
  }
  return levels;
}

/**
 * Each number written with a sign or currency before it ("−15%", "$40.00") at the level of its
 * first digit, sign, separators and percent sign with it (../../model/direction.ts signedNumbers):
 * one left-to-right piece, as written, where the algorithm left the sign (and after Arabic the
 * currency and percent signs) at the line's right-to-left level, "−15%" drawn "15%−". Only
 * raised, never lowered. Mutates `levels`.
 */
function raiseSignedNumbers(text: string, levels: Uint8Array): void {
  for (const [start, end] of signedNumbers(text)) {
    let digit = start;
    while (digit < end && !/[0-9]/.test(text[digit]!)) digit++;
    const level = levels[digit]!;
    for (let k = start; k < end; k++) if (levels[k]! < level) levels[k] = level;
  }
}

/**
 * In a right-to-left paragraph, each quotation of left-to-right letters alone (an English one in
 * Arabic) at the level of its letters, its quotation marks and the punctuation inside with them
 * (../../model/direction.ts leftToRightQuotations): one left-to-right piece, “I will pay your
 * debt.”, where the marks and a last period took the paragraph's level and were drawn at the
 * far ends of the English. Mutates `levels`.
 */
function isolateQuotations(text: string, levels: Uint8Array): void {
  for (const [start, end] of leftToRightQuotations(text)) {
    let level = 255;
    for (let k = start; k < end; k++) if ((levels[k]! & 1) === 0 && /\p{L}/u.test(text[k]!)) level = Math.min(level, levels[k]!);
    if (level === 255) continue;
    for (let k = start; k < end; k++) if (levels[k]! < level) levels[k] = level;
  }
}

/** `text` (a piece at an odd level) as drawn: its code points reversed, each mirrored where Unicode says (rule L4). */
export function reversedMirrored(text: string): string {
  const a = algorithm();
  const cps = Array.from(text);
  let out = '';
  for (let i = cps.length - 1; i >= 0; i--) out += a.getMirroredCharacter(cps[i]!) ?? cps[i]!;
  return out;
}

/**
 * Indices of a line's pieces in visual order, left to right, from each piece's level (rule L2).
 * The pieces are in logical order; a piece's own text is already in its visual order.
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, i) => i);
  let max = 0;
  let minOdd = Infinity;
  for (const l of levels) {
    if (l > max) max = l;
    if (l % 2 === 1 && l < minOdd) minOdd = l;
  }
  for (let level = max; level >= minOdd; level--) {
    for (let i = 0; i < order.length; ) {
      if (levels[order[i]!]! < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && levels[order[j]!]! >= level) j++;
      const seq = order.slice(i, j).reverse();
      for (let k = i; k < j; k++) order[k] = seq[k - i]!;
      i = j;
    }
  }
  return order;
}
