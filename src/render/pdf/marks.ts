// Where a combining mark goes: the font's own mark-to-base and mark-to-mark anchors (OpenType GPOS
// lookup types 4 and 6, features 'mark' and 'mkmk'), read through fontkit's layout of the cluster.
//
// Why: NFC leaves some letters a base and a combining mark, for no precomposed character exists:
// Yoruba ẹ́ ọ̀ (U+1EB9 U+0301), Navajo ą́ ǫ́ (U+0105 U+0301), a tilde and an acute stacked on ɔ.
// Drawn at its pen position, the mark sits where the font designer put it for a lowercase letter
// of average width: over a capital (Ẹ́, Ą́) it overprints the letter's top, and a second mark
// overprints the first. The anchors say where the font places it on that very letter, and on a
// mark below it. Only where a mark moves: the line's widths are unchanged (a mark advances by 0 in
// the layout and here), and text without a combining mark never comes here (paint.ts).
//
// The offsets are read with no glyph substitution (ccmp, locl and the rest off): the PDF shows the
// glyphs of the text's own code points, the ToUnicode map's, and a cluster whose glyphs fontkit
// would change anyway is drawn as before.
import type * as fontkit from 'fontkit';
import { RenderMemo } from '../../model/scratch.js';
import type { Face } from './fonts.js';

/**
 * Code points of the combining-mark blocks the embedded fonts draw (Latin, Greek, Cyrillic): a
 * class of plain ranges, so a text box without one is passed over at a scan's cost.
 */
// eslint-disable-next-line no-misleading-character-class -- ranges of lone marks, matched one code unit at a time by design
export const MAYBE_MARK = /[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
const MARK = /\p{M}/u;

/** Only the positioning features that attach marks: no substitution, no kerning. */
const FEATURES: Record<string, boolean> = {
  ccmp: false,
  locl: false,
  rlig: false,
  calt: false,
  clig: false,
  liga: false,
  rclt: false,
  curs: false,
  kern: false,
  mark: true,
  mkmk: true,
};

/**
 * Offsets of a cluster's marks (font units: x, y per code point of the cluster, 0 for the base),
 * or null when none moves or fontkit's glyphs are not the text's. Remembered per face and cluster
 * for the render (a name repeats), emptied when it ends (../../model/scratch.ts).
 */
const clusterMemo = new Map<Face, RenderMemo<Float64Array | null>>();

function clusterOffsets(face: Face, cluster: string): Float64Array | null {
  let memo = clusterMemo.get(face);
  if (!memo) clusterMemo.set(face, (memo = new RenderMemo()));
  return memo.of(cluster, () => measureCluster(face, cluster));
}

function measureCluster(face: Face, cluster: string): Float64Array | null {
  const cps = Array.from(cluster, (c) => c.codePointAt(0)!);
  for (const cp of cps) if (face.gid(cp) === 0) return null;
  let run: fontkit.GlyphRun;
  try {
    run = face.layout(cluster, FEATURES);
  } catch {
    return null; // a font fontkit cannot shape: the marks stay where they were drawn before
  }
  if (run.glyphs.length !== cps.length) return null;
  const out = new Float64Array(2 * cps.length);
  let moved = false;
  for (let i = 0; i < cps.length; i++) {
    if (run.glyphs[i]!.id !== face.gid(cps[i]!)) return null;
    const p = run.positions[i]!;
    if (i === 0) continue;
    // A mark that fontkit gives an advance of its own would move the glyphs after it, which the
    // line's layout did not measure: leave such a cluster as it was.
    if (p.xAdvance !== 0 && Math.round(p.xAdvance) !== Math.round(face.advance(cps[i]!) * face.unitsPerEm)) return null;
    out[2 * i] = p.xOffset;
    out[2 * i + 1] = p.yOffset;
    if (p.xOffset !== 0 || p.yOffset !== 0) moved = true;
  }
  return moved ? out : null;
}

/** A cluster whose marks the anchors move: `text.slice(start, end)`, offsets as clusterOffsets'. */
export interface PlacedCluster {
  start: number;
  end: number;
  /** x, y (font units) per code point of the cluster; 0, 0 for the base. */
  offsets: Float64Array;
}

/**
 * The clusters of `text` (a base and the combining marks after it) whose marks the font's anchors
 * move, in text order, or null when none moves.
 */
export function placedClusters(face: Face, text: string): PlacedCluster[] | null {
  let out: PlacedCluster[] | null = null;
  let i = 0;
  while (i < text.length) {
    const base = i;
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    let end = i;
    while (end < text.length && MARK.test(String.fromCodePoint(text.codePointAt(end)!))) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    // A mark on a space (shown alone) is drawn as before: the space's word spacing stays showOps'.
    if (end === i || text.charCodeAt(base) === 0x20) {
      i = end;
      continue;
    }
    const offsets = clusterOffsets(face, text.slice(base, end));
    if (offsets !== null) (out ??= []).push({ start: base, end, offsets });
    i = end;
  }
  return out;
}
