// The bidi path of line breaking (./text.ts), for a paragraph with Hebrew or Arabic letters: each
// word of those scripts shaped whole by its font (./shape.ts) and measured by the shaper's
// advances, a word wider than the line cut into parts, and each line's pieces placed in the visual
// order the bidi algorithm gives (./bidi.ts).
import { embeddingLevels, reversedMirrored, visualOrder } from './bidi.js';
import { BODY_FACES, isShapedFace } from './fonts.js';
import { shapeWord } from './shape.js';
import type { Line, LinePiece } from './text.js';
import { COMBINING, endsAtSoftHyphen, EPS, FACES, hyphenWidth, LOW, SKIP, spaceAt, workArrays, type Group } from './text-group.js';

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
export function measureShaped(g: Group, n: number, rtl: boolean): void {
  const levels = embeddingLevels(g.text, rtl);
  const { cont } = workArrays(n);
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
export function cutShapedWord(g: Group, k: number, limit: number, maxWidth: number): void {
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
export function emitBidi(g: Group, a: number, b: number, last: boolean): void {
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
