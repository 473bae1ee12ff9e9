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
  /** Whether the word was shaped right to left (its glyphs are the reverse of its letters). */
  rtl: boolean;
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
  const out: ShapedRun = { ids: [], chars: [], advances: [], offsets: [], width: 0, rtl };
  for (let i = 0; i < run.glyphs.length; i++) {
    const g = run.glyphs[i]!;
    const p = run.positions[i]!;
    out.ids.push(g.id);
    out.chars.push(String.fromCodePoint(...g.codePoints));
    out.advances.push(p.xAdvance);
    out.offsets.push(p.xOffset, p.yOffset);
    out.width += p.xAdvance;
  }
  if (rtl) marksAfterBases(out);
  return out;
}

/** Whether a glyph stands for combining marks alone (vowel signs, Hebrew points, shadda). */
const MARKS_ONLY = /^\p{M}+$/u;

/** Whether glyph `i` of a shaped word is marks drawn over the glyph before it (no advance of its own). */
export function isMarkGlyph(run: ShapedRun, i: number): boolean {
  return run.advances[i] === 0 && MARKS_ONLY.test(run.chars[i]!);
}

/**
 * The letters of a right-to-left word's cluster (the base glyph at `from`, its marks up to `to`),
 * as the replacement text poppler reads back as typed: the letter and its marks in their typed
 * (canonical, NFC) order, the shaper having moved a shadda first (Unicode's Arabic mark
 * rendering), then reversed, because poppler spreads a replacement text's letters over its glyph
 * left to right and reads a right-to-left line from its right end (../paint.ts).
 */
export function clusterText(run: ShapedRun, from: number, to: number): string {
  const typed = run.chars.slice(from, to).join('').normalize('NFC');
  return run.rtl ? [...typed].reverse().join('') : typed;
}

/**
 * A right-to-left word's marks drawn after their base, not before it. In visual order a base's
 * marks (advancing by nothing) come before it (its cluster reversed), so a text extractor met each
 * mark before the letter it sits on, and with nothing under it to join: poppler's pdftotext gave
 * "مُحَمَّد" as "ُم َح َّمد" and "שָׁלוֹם" as "ׁשָ לו ֹם", marks apart from their letters. Drawn
 * after its base, where the anchors put it (its x offset less the base's advance, the pen having
 * passed the base), a mark lands on the letter it was read with, and poppler joins it to that
 * letter (a combining character over the character before it), so the word copies as typed. The
 * page shows the same glyphs at the same places.
 */
function marksAfterBases(run: ShapedRun): void {
  const { ids, chars, advances, offsets } = run;
  for (let i = 0; i < ids.length; ) {
    let j = i;
    while (j < ids.length && isMarkGlyph(run, j)) j++;
    if (j === i || j === ids.length) {
      i = j + 1;
      continue;
    }
    // Glyphs i..j-1 are marks of the base at j: the base first, then the marks, moved back by its advance.
    const base = advances[j]!;
    const moved = { ids: ids.slice(i, j), chars: chars.slice(i, j), offsets: offsets.slice(2 * i, 2 * j) };
    ids.copyWithin(i, j, j + 1);
    chars.copyWithin(i, j, j + 1);
    offsets.copyWithin(2 * i, 2 * j, 2 * j + 2);
    advances[i] = base;
    for (let k = 0; k < j - i; k++) {
      ids[i + 1 + k] = moved.ids[k]!;
      chars[i + 1 + k] = moved.chars[k]!;
      advances[i + 1 + k] = 0;
      offsets[2 * (i + 1 + k)] = moved.offsets[2 * k]! - base;
      offsets[2 * (i + 1 + k) + 1] = moved.offsets[2 * k + 1]!;
    }
    i = j + 1;
  }
}
