// The PDF's fonts: Noto Serif (4 faces) for Latin/Greek/Cyrillic, and per-character fallbacks for
// what the body face lacks (assets/fonts/README.md): a face per script that needs no shaping
// (Hangul syllables, Ethiopic, Armenian, Georgian, Cherokee) or shaped by the font (Hebrew,
// Arabic), chosen by the character's Unicode block (FALLBACK_BLOCKS), and DroidSansFallbackFull for Chinese, Japanese and the rest. Each file
// is read and parsed ONCE per process (lazy module-level cache), and a fallback only when a
// character needs it: a Latin render loads the body faces alone (issue 18: a render thread's memory).
//
// Text measurement does not shape, but for Hebrew and Arabic (isShapedFace: shaped
// word by word in shape.ts, ordered by bidi.ts); the other right-to-left scripts are refused
// (findUnprintable), and the other scripts we print need no shaping for correct output, so a
// character is one glyph and its width is the glyph's hmtx advance, cached per code point in
// pages of 256 code points made as text reaches them (Face#pages).
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { FACES, FONT_DIR, type FaceId } from './face-files.js';
import { MADE_OPERATORS, madeGid, makeMark, makeMinus, makeOperator } from './made-glyphs.js';
import { advanceOf, readTrueType, type TrueTypeFile } from './truetype.js';

export type { FaceId } from './face-files.js';

/** Every face, body faces first (indices 0–3, BODY_FACES of them), in a fixed order (the layout's face index). */
export const FACE_IDS = Object.keys(FACES) as FaceId[];
/** How many of FACE_IDS, from the first, are the body family's faces. */
export const BODY_FACES = 4;

/**
 * The stroke drawn around the glyphs of a synthetic bold face (`emboldens`), in em: the PDF prints
 * them filled then stroked (text render mode 2, ISO 32000-1 §9.3.6) with a line this wide, so bold
 * Chinese, Japanese and Korean are bold in the PDF as in the DOCX, whose bold runs in a face with
 * no bold Word and LibreOffice embolden themselves. 1/30 em is LibreOffice's own: its PDF export of
 * the DOCX draws those runs "2 Tr" with a line of the font size / 30 (0.4 pt at 12 pt, 0.5333 pt at
 * 16 pt; LibreOffice 7.4, read from its content stream, round r57). The advances stay the
 * regular face's, as theirs do: the stroke adds ink, not width, so the text lays out alike.
 */
export const SYNTHETIC_BOLD_STROKE = 1 / 30;

/** Whether a face is a synthetic bold (drawn from its regular face's glyphs, stroked: SYNTHETIC_BOLD_STROKE). */
export function isSyntheticBold(id: FaceId): boolean {
  return FACES[id].emboldens !== undefined;
}

/** The face whose font file draws `id`: itself, or the regular face a synthetic bold emboldens (one subset in the PDF, one file parsed). */
export function drawnFace(id: FaceId): FaceId {
  return FACES[id].emboldens ?? id;
}

/** Family name of a face (the DOCX names it in its font table and runs). */
export function familyOf(id: FaceId): string {
  return FACES[id].family;
}

/** Whether a face is one of the body family's (Noto Serif), not a fallback. */
export function isBodyFace(id: FaceId): boolean {
  return id === 'regular' || id === 'bold' || id === 'italic' || id === 'bold-italic';
}

// The fallback of a character the body face lacks, by its Unicode block (Unicode 15.1,
// Blocks.txt; sorted, disjoint): each block's script needs no shaping, one code point being one
// glyph (Hangul: the precomposed syllables, which NFC makes of modern jamo sequences, Unicode
// §3.12; Ethiopic syllables are atomic, Unicode §19.1), but Hebrew and Arabic, which the font
// shapes word by word (shape.ts: Unicode §9.2, cursive joining). The body face has no glyph in any of them
// (tests/render/pdf/scripts.test.ts), so a block decides alone and no font is opened to ask it.
// Outside them: DroidSansFallbackFull (Han, kana, bopomofo, conjoining Hangul jamo U+1100–11FF,
// which NanumMyeongjo lacks, and the few other characters it has).
// [first, last, face, face for bold text]
const FALLBACK_BLOCKS: ReadonlyArray<readonly [number, number, FaceId, FaceId]> = [
  [0x0530, 0x058f, 'armenian', 'armenian-bold'], // Armenian
  [0x0590, 0x05ff, 'hebrew', 'hebrew-bold'], // Hebrew (shaped: marks placed by GPOS)
  [0x0600, 0x06ff, 'arabic', 'arabic-bold'], // Arabic (shaped: joining forms, ligatures, marks)
  [0x0750, 0x077f, 'arabic', 'arabic-bold'], // Arabic Supplement
  [0x08a0, 0x08ff, 'arabic', 'arabic-bold'], // Arabic Extended-A
  [0x10a0, 0x10ff, 'georgian', 'georgian-bold'], // Georgian
  [0x1200, 0x139f, 'ethiopic', 'ethiopic-bold'], // Ethiopic, Ethiopic Supplement
  [0x13a0, 0x13ff, 'cherokee', 'cherokee-bold'], // Cherokee
  [0x1c90, 0x1cbf, 'georgian', 'georgian-bold'], // Georgian Extended (Mtavruli capitals)
  // Symbols Word's AutoCorrect and symbol menus type (→ ⇒ ≤ ≥ ≠ ■ ● ★ ①), which Noto Serif lacks and
  // NanumMyeongjo draws (a Korean face carries the symbols of KS X 1001): its symbols, not a script.
  // The arrows ← ↑ → ↓ ↔ ⇐ ⇒ ⇔ and the operators ≠ ≤ ≥ are made in the body face (truetype.ts
  // makeOperator, MADE_OPERATORS), as the minus sign is: left out of the blocks below.
  // So are ↕ ↖ ↗ ↘ ↙ ⇑ ⇓ ⇕ ≈ ∞ ≡.
  [0x219a, 0x21cf, 'hangul', 'hangul-bold'], // Arrows
  [0x21d6, 0x21ff, 'hangul', 'hangul-bold'], // Arrows
  [0x2200, 0x2211, 'hangul', 'hangul-bold'], // Mathematical Operators (but the minus sign U+2212, made in the body face)
  [0x2213, 0x221d, 'hangul', 'hangul-bold'], // Mathematical Operators
  [0x221f, 0x2247, 'hangul', 'hangul-bold'], // Mathematical Operators
  [0x2249, 0x225f, 'hangul', 'hangul-bold'], // Mathematical Operators
  [0x2262, 0x2263, 'hangul', 'hangul-bold'], // Mathematical Operators
  [0x2266, 0x22ff, 'hangul', 'hangul-bold'], // Mathematical Operators
  [0x2460, 0x24ff, 'hangul', 'hangul-bold'], // Enclosed Alphanumerics
  [0x25a0, 0x25cb, 'hangul', 'hangul-bold'], // Geometric Shapes (but U+25CC, Noto Serif's dotted circle)
  [0x25cd, 0x25ff, 'hangul', 'hangul-bold'], // Geometric Shapes
  [0x2600, 0x260f, 'hangul', 'hangul-bold'], // Miscellaneous Symbols (but the ballot boxes U+2610–2612, made in the body face)
  [0x2613, 0x26ff, 'hangul', 'hangul-bold'], // Miscellaneous Symbols
  [0x2715, 0x2716, 'hangul', 'hangul-bold'], // Dingbats' multiplication X (the check marks and ballot X, U+2713, 2714, 2717, 2718, made in the body face)
  [0x2719, 0x27bf, 'hangul', 'hangul-bold'], // Dingbats
  [0x2d00, 0x2d2f, 'georgian', 'georgian-bold'], // Georgian Supplement
  [0x2d80, 0x2ddf, 'ethiopic', 'ethiopic-bold'], // Ethiopic Extended
  [0x3130, 0x318f, 'hangul', 'hangul-bold'], // Hangul Compatibility Jamo
  [0xab00, 0xab2f, 'ethiopic', 'ethiopic-bold'], // Ethiopic Extended-A
  [0xab70, 0xabbf, 'cherokee', 'cherokee-bold'], // Cherokee Supplement
  [0xac00, 0xd7af, 'hangul', 'hangul-bold'], // Hangul Syllables
  [0xfb13, 0xfb17, 'armenian', 'armenian-bold'], // Armenian ligatures (Alphabetic Presentation Forms)
  [0xfb1d, 0xfb4f, 'hebrew', 'hebrew-bold'], // Hebrew presentation forms (Alphabetic Presentation Forms)
  [0xfb50, 0xfdff, 'arabic', 'arabic-bold'], // Arabic Presentation Forms-A
  [0xfe70, 0xfefc, 'arabic', 'arabic-bold'], // Arabic Presentation Forms-B (to U+FEFC: U+FEFF is the byte-order mark)
  [0x1e7e0, 0x1e7ff, 'ethiopic', 'ethiopic-bold'], // Ethiopic Extended-B (no glyphs yet: refused)
];

/** The blocks of FALLBACK_BLOCKS as [first, last, face] (tests check each against the fonts). */
export function fallbackBlocks(): Array<[number, number, FaceId]> {
  return FALLBACK_BLOCKS.map(([a, b, f]) => [a, b, f]);
}

/**
 * The face that prints a character the body face lacks: its block's (FALLBACK_BLOCKS; the bold
 * face for bold text: the script's own, or a synthetic bold where it has none), else the CJK
 * fallback (its synthetic bold for bold text). Asks no font.
 */
export function fallbackFace(cp: number, bold = false): FaceId {
  const cjk = bold ? 'cjk-bold' : 'cjk';
  if (cp < 0x0530) return cjk;
  for (let i = 0; i < FALLBACK_BLOCKS.length; i++) {
    const b = FALLBACK_BLOCKS[i]!;
    if (cp <= b[1]) return cp >= b[0] ? (bold ? b[3] : b[2]) : cjk;
  }
  return cjk;
}

/**
 * The page of Face#pages that no text has reached, shared by every face and never written (each
 * face makes its own page before its first write): every slot 0, "not looked up yet". A page is
 * always a Float64Array, so a lookup reads two arrays and tests nothing else.
 */
const NOT_LOOKED_UP = new Float64Array(0x200);

/** One font file: cmap lookup (fontkit), advances and raw tables (our TrueType reader). */
export class Face {
  readonly id: FaceId;
  readonly tt: TrueTypeFile;
  /** Whether the face has serifs (the PDF FontDescriptor's Serif flag). */
  readonly serif: boolean;
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  /** Font-wide metrics in 1/1000 em, for the PDF FontDescriptor. */
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly bbox: [number, number, number, number];
  private readonly fk: fontkit.Font;
  /**
   * What was looked up of the BMP, by page of 256 code points (`cp >> 8`), each made when text
   * first reaches it: a page's first 256 slots are glyph id + 1 (0 = not looked up yet, 1 = no
   * glyph), the next 256 the advance in em. A render's text touches a few pages (ASCII and Latin-1,
   * General Punctuation): 4 KB each, where flat tables of the whole BMP were 768 KB a face, 256 KB
   * of them resident from the start (filled with "not looked up"), kept by every face a render
   * thread loads for its life (issue 18: a thread's memory; docs/speed.md).
   */
  private readonly pages: Float64Array[] = new Array<Float64Array>(0x100).fill(NOT_LOOKED_UP);
  private readonly astral = new Map<number, { gid: number; adv: number }>();

  constructor(id: FaceId, bytes: Uint8Array) {
    this.id = id;
    this.serif = FACES[id].serif;
    this.tt = readTrueType(bytes);
    const f = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (!('glyphForCodePoint' in f)) throw new Error(`${FACES[id].file} is a font collection`);
    this.fk = f as fontkit.Font;
    this.postscriptName = this.fk.postscriptName.replace(/[^A-Za-z0-9-]/g, '');
    this.unitsPerEm = this.tt.unitsPerEm;
    const k = 1000 / this.unitsPerEm;
    this.ascent = Math.round(this.fk.ascent * k);
    this.descent = Math.round(this.fk.descent * k);
    this.capHeight = Math.round((this.fk.capHeight || this.fk.ascent * 0.7) * k);
    this.italicAngle = this.fk.italicAngle;
    const b = this.fk.bbox;
    this.bbox = [Math.round(b.minX * k), Math.round(b.minY * k), Math.round(b.maxX * k), Math.round(b.maxY * k)];
  }

  /** Glyph id of a code point, 0 when the font has none. */
  gid(cp: number): number {
    if (cp < 0x10000) {
      const g = this.pages[cp >> 8]![cp & 0xff]!;
      return g !== 0 ? g - 1 : this.fill(cp).gid;
    }
    return (this.astral.get(cp) ?? this.fill(cp)).gid;
  }

  /** Advance of a code point's glyph in em (multiply by the font size for points). */
  advance(cp: number): number {
    if (cp < 0x10000) {
      const page = this.pages[cp >> 8]!;
      return page[cp & 0xff] !== 0 ? page[0x100 + (cp & 0xff)]! : this.fill(cp).adv;
    }
    return (this.astral.get(cp) ?? this.fill(cp)).adv;
  }

  /**
   * fontkit's layout of `text` with only `features` on: where the font's GPOS places each glyph
   * (marks.ts reads a cluster's mark anchors from it), through this face's own fontkit view;
   * `direction`: the glyphs' order when not the script's own (shape.ts: Arabic digits run left to right).
   */
  layout(text: string, features: Record<string, boolean>, direction?: 'ltr' | 'rtl'): fontkit.GlyphRun {
    // fontkit's Font#getGlyph keeps one Glyph per id, holding the code points it was first made
    // for, and layout hands back those objects: a glyph first reached from other text (a
    // presentation form U+FE70-FEFF, as text copied out of a PDF holds; a letter whose joined form
    // another letter shares) would carry that text's code points, and shape.ts's ToUnicode text
    // would depend on what the process laid out before (the same case, other bytes). Emptied, the
    // cache is refilled by this layout alone, so each glyph carries this text's code points.
    (this.fk as unknown as { _glyphs: Record<number, unknown> })._glyphs = {};
    return this.fk.layout(text, features, undefined, undefined, direction);
  }

  /** Advance of a glyph in 1/1000 em (PDF widths array). */
  glyphWidth1000(gid: number): number {
    return Math.round((advanceOf(this.tt, gid) * 1000) / this.unitsPerEm);
  }

  /** The tangent of the face's italic angle, the slant of its letters (0 upright; the angle is negative for a face leaning right, OpenType 'post'). */
  private slant(): number {
    return Math.tan((-this.italicAngle * Math.PI) / 180);
  }

  private fill(cp: number): { gid: number; adv: number } {
    let gid = this.fk.glyphForCodePoint(cp)?.id ?? 0;
    // The minus sign, which word processors type for a negative amount and Noto Serif lacks: made
    // of the face's own figure dash and plus sign (./made-glyphs.ts makeMinus), so the PDF prints it
    // as the DOCX does and it copies back as typed (a glyph of its own in the ToUnicode map).
    if (gid === 0 && cp === 0x2212) gid = makeMinus(this.tt, this.gid(0x2b), this.gid(0x2012));
    // The check marks, ballot X and ballot boxes (✓ ✔ ✗ ✘ ☐ ☑ ☒) a checklist typed in Word holds,
    // which no embedded face has: drawn in each body face with its own stroke (./truetype.ts
    // makeMark), so both formats print them in the text's face and a copy gives them back.
    // The arrows and operators AutoCorrect types (→ ⇒ ≤ ≥ ≠), drawn likewise on the face's own
    // operators' metrics (./made-glyphs.ts makeOperator), where NanumMyeongjo's were CJK-width hairlines.
    // In an italic face each is slanted by the face's italic angle (they stood upright among its letters).
    else if (gid === 0 && isBodyFace(this.id) && MADE_OPERATORS.includes(cp)) gid = makeOperator(this.tt, cp, this.gid(0x2b), this.gid(0x2012), this.gid(0x3d), this.gid(0x3c), this.slant());
    else if (gid === 0 && isBodyFace(this.id) && madeGid(this.tt, cp) >= 0) gid = makeMark(this.tt, cp, this.gid(0x2b), this.gid(0x2012), this.gid(0x48), this.slant());
    const adv = gid > 0 ? advanceOf(this.tt, gid) / this.unitsPerEm : 0;
    if (cp < 0x10000) {
      let page = this.pages[cp >> 8]!;
      if (page === NOT_LOOKED_UP) this.pages[cp >> 8] = page = new Float64Array(0x200);
      page[cp & 0xff] = gid + 1;
      page[0x100 + (cp & 0xff)] = adv;
    } else this.astral.set(cp, { gid, adv });
    return { gid, adv };
  }
}

/** The font set the layout measures with and the painter embeds. */
export interface Fonts {
  face(id: FaceId): Face;
}

const cache = new Map<FaceId, Face>();

/** Faces' file bytes given by the render pool, read once for all its threads (./shared-faces.ts); empty elsewhere. */
const given = new Map<FaceId, Uint8Array>();

/**
 * Take faces' bytes read elsewhere (a render thread: its pool's SharedArrayBuffer, ./shared-faces.ts)
 * in place of reading their files. Before the face's first use; nothing here writes to them.
 */
export function useFaceBytes(faces: ReadonlyMap<FaceId, Uint8Array>): void {
  for (const [id, bytes] of faces) given.set(id, bytes);
}

/** A face, loaded once per process; a synthetic bold is the regular face it emboldens (the same glyphs and advances). */
function loadFace(id: FaceId): Face {
  const drawn = FACES[id].emboldens ?? id;
  let f = cache.get(drawn);
  if (!f) {
    // fontkit and readTrueType read through views of these bytes and never copy or write them, so
    // bytes shared between threads stay one copy (issue 18: a thread's memory).
    f = new Face(drawn, given.get(drawn) ?? new Uint8Array(readFileSync(new URL(FACES[drawn].file, FONT_DIR))));
    cache.set(drawn, f);
  }
  return f;
}

/** The faces this process has loaded, in the order it loaded them (what a render cost in fonts; tests). */
export function loadedFaces(): FaceId[] {
  return [...cache.keys()];
}

/** The process-wide font set (faces load on first use). */
export const harborFonts: Fonts = { face: loadFace };

/** The body face for a combination of marks. */
export function styleFace(bold: boolean | undefined, italic: boolean | undefined): FaceId {
  return bold ? (italic ? 'bold-italic' : 'bold') : italic ? 'italic' : 'regular';
}

// Right-to-left scripts (Unicode bidi classes R and AL live in these scripts) and the explicit
// right-to-left embeddings/isolates (RLE, RLO, RLI). The PDF shapes and orders (./shape.ts,
// ./bidi.ts) the Hebrew and Arabic letters its Hebrew and Arabic faces hold (SHAPED_FACES); the
// rest of these scripts (Syriac, Thaana, N'Ko, …) would come out unjoined or reversed, and is
// refused instead.
const RTL =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}\p{Script=Yezidi}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Kharoshthi}\p{Script=Avestan}\p{Script=Inscriptional_Parthian}\p{Script=Inscriptional_Pahlavi}\p{Script=Psalter_Pahlavi}\p{Script=Old_South_Arabian}\p{Script=Old_North_Arabian}\p{Script=Manichaean}\p{Script=Nabataean}\p{Script=Palmyrene}\p{Script=Hatran}\p{Script=Lydian}\p{Script=Old_Hungarian}\p{Script=Cypriot}\p{Script=Old_Sogdian}\p{Script=Sogdian}\p{Script=Elymaic}\p{Script=Chorasmian}\p{Script=Old_Uyghur}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\u202B\u202E\u2067]/u;
/** Characters that print as nothing (ZWSP, ZWJ, soft hyphen, variation selectors, BOM...). */
export const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const WHITESPACE = /\s/u;

/** Whether a code point is drawn as nothing at all. */
export function isIgnorable(cp: number): boolean {
  return cp < 0x80 ? false : IGNORABLE.test(String.fromCodePoint(cp));
}
/** Whether a code point is whitespace (drawn as a space when the font lacks it). */
export function isSpace(cp: number): boolean {
  return cp === 0x20 || (cp < 0x80 ? cp === 9 || cp === 10 || cp === 13 || cp === 12 || cp === 11 : WHITESPACE.test(String.fromCodePoint(cp)));
}

/** Printability of a code point: 1 printable (or prints as nothing), 2 rtl, 3 no font. */
const OK = 1;
const RTL_CLASS = 2;
const NO_FONT = 3;
const bmpClass = new Uint8Array(0x10000); // 0 = not classified yet
const astralClass = new Map<number, number>();

function classify(cp: number): number {
  if (cp < 0x10000 && bmpClass[cp] !== 0) return bmpClass[cp]!;
  if (cp >= 0x10000 && astralClass.has(cp)) return astralClass.get(cp)!;
  const ch = String.fromCodePoint(cp);
  let c: number;
  if (isSpace(cp)) c = OK;
  else if (RTL.test(ch) && !isShapedFace(fallbackFace(cp))) c = RTL_CLASS;
  else if (isIgnorable(cp)) c = OK;
  else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) c = NO_FONT;
  else if (loadFace('regular').gid(cp) > 0 || loadFace(fallbackFace(cp)).gid(cp) > 0) c = OK;
  else c = NO_FONT;
  if (cp < 0x10000) bmpClass[cp] = c;
  else astralClass.set(cp, c);
  return c;
}

/**
 * The faces whose text is shaped by the font (./shape.ts: Arabic joining forms, ligatures, mark
 * positions) and may be right-to-left (./bidi.ts): a character of one makes its paragraph take the
 * bidi path of the line breaker (./text.ts), which no other text does.
 */
export function isShapedFace(id: FaceId): boolean {
  return id === 'arabic' || id === 'arabic-bold' || id === 'hebrew' || id === 'hebrew-bold';
}

/** Whether a code point belongs to a right-to-left script the PDF refuses (or is an explicit RTL embedding or isolate). */
export function isRtl(cp: number): boolean {
  return cp >= 0x590 && classify(cp) === RTL_CLASS;
}

/**
 * First code point in `text` that the PDF cannot print: no embedded font covers it ('no-font'),
 * or it belongs to a right-to-left script ('rtl'). Whitespace (including "\n") and characters
 * that print as nothing are fine. The pipeline calls this on every case string (naming the
 * field); the renderer re-checks template text as a backstop. Results are cached per code point
 * (the fonts are fixed for the life of the process).
 */
export function findUnprintable(text: string): { codePoint: number; reason: 'no-font' | 'rtl'; emoji?: true } | null {
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0x20 && u < 0x7f) continue; // printable ASCII: always in the body face
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const c = classify(cp);
    if (c === RTL_CLASS) return { codePoint: cp, reason: 'rtl' };
    if (c === NO_FONT) return emojiSequence(text, i, cp) ? { codePoint: cp, reason: 'no-font', emoji: true } : { codePoint: cp, reason: 'no-font' };
  }
  return null;
}

/**
 * Whether the character `cp` ending at code unit `i` of `text` is shown as an emoji though its
 * default is text (UTS #51 §1.4.3): an emoji presentation sequence, the character and U+FE0F
 * ("❤️", "☺️", "⚠️", as a phone types them), or the keycap of one (U+20E3, "1️⃣"). A message
 * names it an emoji (./unprintable.ts characterName), where "contains U+2764" left the user to
 * look the heart up.
 */
function emojiSequence(text: string, i: number, cp: number): boolean {
  return cp === 0x20e3 || text.charCodeAt(i + 1) === 0xfe0f;
}
