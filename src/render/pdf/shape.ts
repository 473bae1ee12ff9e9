// Shaping of Hebrew and Arabic-script words: the glyphs the font itself chooses for them, through
// fontkit's OpenType layout (GSUB: the Arabic joining forms isol/init/medi/fina, the lam-alef and
// other required ligatures (rlig), contextual alternates; GPOS: kerning, cursive attachment, the
// mark-to-base anchors of vowel marks and of Hebrew points).
//
// Why: Arabic letters change shape with their neighbours (UAX #9 does not cover this; Unicode
// §9.2, "Arabic", cursive joining): drawn one glyph per code point, as the other scripts are
// (./text.ts), "مريم" would print as four unjoined letters, a text no reader writes. A word is
// shaped whole (joining never crosses a space), so its glyphs do not depend on where the line
// breaks; its width is the sum of the advances the shaper returns, which the line breaker uses.
//
// Only for text of a shaped face (fonts.ts isShapedFace): a Latin render never comes here.
import type * as fontkit from 'fontkit';
import { RenderMemo } from '../../model/scratch.js';
import type { Face } from './fonts.js';

/** A word as the font shaped it, glyphs in visual order (left to right, as they are drawn). */
export interface ShapedRun {
  /** Glyph ids of the face. */
  ids: number[];
  /** What each glyph stands for (its code points: the ToUnicode map's text for it). */
  chars: string[];
  /** Advance of each glyph, font units. */
  advances: number[];
  /** Offset of each glyph from its pen position (marks: the anchors), font units, x then y. */
  offsets: number[];
  /** Sum of the advances, font units. */
  width: number;
}

/** The words of this render shaped so far, per face (a name repeats), emptied when it ends (../../model/scratch.ts). */
const memo = new Map<Face, RenderMemo<ShapedRun>>();

/**
 * `text` (one word of one face, no space) as the face shapes it, its glyphs left to right when
 * `rtl` is false (its embedding level is even: Arabic-Indic digits, ./bidi.ts) and right to left
 * when true; remembered for the render.
 */
export function shapeWord(face: Face, text: string, rtl: boolean): ShapedRun {
  let m = memo.get(face);
  if (!m) memo.set(face, (m = new RenderMemo()));
  return m.of(text, () => shape(face, text, rtl), rtl ? `r${text}` : `l${text}`);
}

function shape(face: Face, text: string, rtl: boolean): ShapedRun {
  // fontkit's default features for the script (its Arabic shaper: ccmp, isol, fina, medi, init,
  // rlig, calt, mark, mkmk, kern, curs), but the standard ligatures (`liga`); the glyphs come back
  // in visual order (fontkit reverses a right-to-left run's after GPOS, positions included).
  // `liga` off: in Noto Naskh Arabic it makes one glyph of lam, lam, heh ("الله", in the names
  // Abdullah "عبد الله", Nasrallah, Fadlallah…), the one glyph of its words that stands for more
  // than one letter, and poppler reads a right-to-left glyph's letters in reverse, so the name
  // copied out of the PDF was "عبد اهلل". Drawn as its joined letters it reads and copies as typed
  // (the one ligature Unicode §9.2 calls required, lam-alef, is `rlig` and stays). A fresh object each
  // call: fontkit writes the script's default features into the one it is given.
  let run: fontkit.GlyphRun;
  try {
    run = face.layout(text, { liga: false }, rtl ? 'rtl' : 'ltr');
  } catch {
    // fontkit (2.0) fails reading an anchor the font does not have (a TypeError in its GPOS
    // mark-to-base: a hamza above, U+0654, on a medial heh, keheh or gaf, "لهٔه"; a hamza below,
    // U+0655, on a medial heh or waw, among others), which made the render a bug (internal, HTTP 500). Shaped again
    // without mark positioning: each mark drawn where its glyph's own metrics put it, over the
    // letter before it, the word still joined and read back as typed.
    run = face.layout(text, { liga: false, mark: false, mkmk: false }, rtl ? 'rtl' : 'ltr');
  }
  const out: ShapedRun = { ids: [], chars: [], advances: [], offsets: [], width: 0 };
  for (let i = 0; i < run.glyphs.length; i++) {
    const g = run.glyphs[i]!;
    const p = run.positions[i]!;
    out.ids.push(g.id);
    out.chars.push(String.fromCodePoint(...g.codePoints));
    out.advances.push(p.xAdvance);
    out.offsets.push(p.xOffset, p.yOffset);
    out.width += p.xAdvance;
  }
  return out;
}
