// The PDF's fonts embedded in the DOCX, so Word and LibreOffice lay the document out in the same
// face on a machine that has neither installed (issue 17: without them the text fell back to
// another face, lines and page counts changed).
//
// WordprocessingML embedded fonts (ECMA-376 Part 1 §17.8.1, §17.8.3.3): each face is a part
// word/fonts/fontN.odttf, "obfuscated" by XOR-ing its first 32 bytes with the bytes of a GUID key
// (the key's hex digits read from the end), linked from fontTable.xml by w:embedRegular /
// w:embedBold / w:embedItalic / w:embedBoldItalic with that key; settings.xml says
// w:embedTrueTypeFonts and w:saveSubsetFonts. The faces are subsets (our TrueType subsetter with
// a cmap, naming and OS/2 tables added): the characters the document uses plus printable ASCII, so
// small edits still show in the face. The fallback faces the PDF prints other scripts with
// (Droid Sans Fallback, NanumMyeongjo, Noto Serif Ethiopic/Armenian/Georgian, Noto Sans
// Cherokee: ../pdf/fonts.ts) are embedded too, each under its own family, holding the characters
// of its script the document uses, and the runs of those characters name that family
// (withFallbackFonts), so Word and LibreOffice print them in the PDF's face rather than whatever
// the reader has. Noto and Nanum are under the SIL OFL 1.1 and Droid Sans Fallback under Apache
// 2.0; all allow subsetting and embedding (their OS/2 fsType: installable, editable;
// assets/fonts/README.md).
//
// Deterministic: the keys are derived from the subset bytes; the parts are added in a fixed order.
import { createHash } from 'node:crypto';
import { FACE_IDS, fallbackFace, familyOf, harborFonts, isBodyFace, isIgnorable, isShapedFace, isSyntheticBold, type FaceId, type Fonts } from '../pdf/fonts.js';
import { renameFont, subsetTrueType } from '../pdf/truetype.js';
import type { Out, ParaOut, RunFonts, RunOut } from './out.js';
import type { Parts } from './package.js';
import { FONTS } from './styles.js';

type Slot = 'embedRegular' | 'embedBold' | 'embedItalic' | 'embedBoldItalic';
const FACE_SLOT: Array<[FaceId, Slot]> = [
  ['regular', 'embedRegular'],
  ['bold', 'embedBold'],
  ['italic', 'embedItalic'],
  ['bold-italic', 'embedBoldItalic'],
];

/** Characters the document shows and whether it uses italics. */
export interface DocumentText {
  chars: Set<number>;
  italic: boolean;
}

/** The characters of `outs`' runs, a cell's nested outputs (out.ts CellOut.before) too. */
function outsText(outs: Out[], found: DocumentText): void {
  for (const o of outs) {
    if (o.kind === 'p') paraText(o, found);
    else
      for (const row of o.rows)
        for (const cell of row.cells) {
          if (cell.before !== undefined) outsText(cell.before, found);
          paraText(cell.para, found);
        }
  }
}

/**
 * The characters of the document's runs (their text is after the text layer's rule, as printed)
 * and whether any run is italic, plus printable ASCII (page numbers, small edits), the
 * typography's no-break space and the list bullet (Word draws numbering in the paragraph's font;
 * it is not in the text).
 */
export function documentText(parts: Out[][]): DocumentText {
  const found: DocumentText = { chars: new Set<number>(), italic: false };
  for (const outs of parts) outsText(outs, found);
  const { chars } = found;
  for (let cp = 0x20; cp < 0x7f; cp++) chars.add(cp);
  chars.add(0xa0);
  chars.add(0x2022);
  return found;
}

/**
 * One paragraph's characters and italics into `found`. Module-level, not a closure made per
 * document: V8 holds a closure's optimized code only weakly, so one made per render was compiled
 * again after every full collection (issue 18; `node --trace-opt`).
 */
function paraText(p: ParaOut, found: DocumentText): void {
  for (const r of p.opts.children) {
    if (r.kind === 'text' || r.kind === 'field') found.italic ||= r.props.italics === true;
    if (r.kind !== 'text') continue;
    const t = r.text;
    for (let i = 0; i < t.length; ) {
      const cp = t.codePointAt(i)!;
      found.chars.add(cp);
      i += cp > 0xffff ? 2 : 1;
    }
  }
}

/** A GUID-formatted key derived from the bytes (uppercase, 8-4-4-4-12). */
function keyOf(bytes: Uint8Array): string {
  const h = createHash('sha256').update(bytes).digest('hex').slice(0, 32).toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** ECMA-376 Part 1 §17.8.1: XOR the first 32 bytes with the key's 16 bytes, last byte first. */
export function obfuscateFont(font: Uint8Array, key: string): Uint8Array {
  const hex = key.replace(/[{}-]/g, '');
  const k = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(30 - 2 * i, 32 - 2 * i), 16));
  const out = font.slice();
  for (let i = 0; i < 32 && i < out.length; i++) out[i] = out[i]! ^ k[i % 16]!;
  return out;
}

/** A subset of one face holding `chars` (those it has a glyph for), installable. */
function subsetFace(fonts: Fonts, id: FaceId, chars: Iterable<number>): Uint8Array | undefined {
  const face = fonts.face(id);
  const cmap = new Map<number, number>();
  // Invisible characters (the typography's word joiner) map to the face's empty zero-width
  // glyph: Noto Serif's own glyph for U+2060 is 0.6 em wide, and Word and LibreOffice would
  // use that advance, while the PDF prints the character as nothing.
  const zeroWidth = face.gid(0x200b) > 0 && face.advance(0x200b) === 0 ? face.gid(0x200b) : 0;
  for (const cp of chars) {
    const g = isIgnorable(cp) ? zeroWidth : face.gid(cp);
    if (g > 0) cmap.set(cp, g);
  }
  if (cmap.size === 0) return undefined;
  const gids = [...new Set([...cmap.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g))];
  return subsetTrueType(face.tt, gids, { cmap }).bytes;
}

interface Embedded {
  family: string;
  slot: Slot;
  key: string;
  part: string;
  rid: string;
}

/** A face to embed: its family as the styles and runs name it, its slot, its bytes, and whether they are a subset. */
interface Face {
  family: string;
  slot: Slot;
  bytes: Uint8Array;
  subset: boolean;
}

/**
 * The family a document's subsets of `family` are embedded under: the name and six capitals
 * derived from the subsets' bytes, as a PDF subset's tag is (ISO 32000-1 §9.6.4), "Noto Serif
 * KQWMZB". LibreOffice installs a document's embedded fonts for the session under the family the
 * font table names and the style (vcl EmbeddedFontsHelper::addEmbeddedFont: a file named by them,
 * an existing file "assumed already added correctly"), so a second Harbor DOCX opened in the same
 * session printed with the first one's subset: its characters the first did not use as empty
 * boxes or another face (DejaVu Sans, seen in round r58 converting two cases in one process). The
 * same subsets make the same name, so the same case still makes the same bytes; only a subset's
 * content tells two documents' names apart, and it reveals no more than the font part itself.
 */
function subsetFamily(family: string, faces: readonly Face[]): string {
  const hash = createHash('sha256');
  for (const f of faces) hash.update(f.bytes);
  const digest = hash.digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return `${family} ${tag}`;
}

const FONT_ATTRIBUTE = / w:(ascii|hAnsi|eastAsia|cs|name)="([^"]*)"/g;

/**
 * `xml` with each font attribute (w:rFonts' slots, w:font's name) naming a family of `renamed`
 * named by its new name. Text cannot match: xml.ts writes a `"` in text as `&quot;`.
 */
function renameFamilies(xml: string, renamed: ReadonlyMap<string, string>): string {
  return xml.replace(FONT_ATTRIBUTE, (m, slot: string, family: string) => {
    const to = renamed.get(family);
    return to === undefined ? m : ` w:${slot}="${to}"`;
  });
}

/** Add the embedded font parts and their references to the compiled parts (in place). */
export function embedFonts(parts: Parts, text: DocumentText, fonts: Fonts = harborFonts): void {
  const { chars, italic } = text;
  const regular = fonts.face('regular');
  const faces: Face[] = [];
  const add = (family: string, slot: Slot, bytes: Uint8Array | undefined, subset = true) => {
    if (bytes) faces.push({ family, slot, bytes, subset });
  };
  for (const [id, slot] of FACE_SLOT) {
    if (!italic && (id === 'italic' || id === 'bold-italic')) continue;
    add(FONTS.ascii, slot, subsetFace(fonts, id, chars));
  }
  // Characters the body face lacks are printed by their block's fallback, as in the PDF: each
  // fallback used is embedded under its family (Droid Sans Fallback is the styles' eastAsia font,
  // the others are named on their runs), with its bold face where the script has one (headings
  // and table headers are bold by style, which the runs do not show).
  const byFace = new Map<FaceId, number[]>();
  for (const cp of chars) {
    if (cp <= 0x7f || regular.gid(cp) !== 0) continue;
    const id = fallbackFace(cp);
    const list = byFace.get(id);
    if (list) list.push(cp);
    else byFace.set(id, [cp]);
  }
  for (const id of FACE_IDS) {
    const used = byFace.get(id);
    if (!used) continue;
    // The script's bold face, embedded beside its regular; none where the PDF's bold is synthetic
    // (Chinese, Japanese, Korean: fonts.ts isSyntheticBold), as Word and LibreOffice embolden the
    // regular face for a bold run then, as the PDF does: embedded as the bold, it would print regular.
    const boldFace = fallbackFace(used[0]!, true);
    const bold = isSyntheticBold(boldFace) ? id : boldFace;
    if (isShapedFace(id)) {
      // Hebrew and Arabic whole: Word and LibreOffice shape the text with the font's own tables
      // (GSUB, GPOS: joining forms, marks), which a subset of the characters' glyphs lacks (its
      // letters printed unjoined). Noto Naskh Arabic is 176 KB, its bold 181 KB; Hebrew 31 KB each.
      // Not renamed: the same bytes in every document, so one document's serves another's.
      add(familyOf(id), 'embedRegular', fonts.face(id).tt.data, false);
      if (bold !== id) add(familyOf(bold), 'embedBold', fonts.face(bold).tt.data, false);
      continue;
    }
    add(familyOf(id), 'embedRegular', subsetFace(fonts, id, used));
    if (bold !== id) add(familyOf(bold), 'embedBold', subsetFace(fonts, bold, used));
  }
  if (faces.length === 0) return;

  // Each subsetted family under a name of its own (subsetFamily), in the fonts' name tables and
  // wherever the parts name it.
  const renamed = new Map<string, string>();
  for (const family of new Set(faces.filter((f) => f.subset).map((f) => f.family))) {
    renamed.set(family, subsetFamily(family, faces.filter((f) => f.family === family)));
  }
  const embedded: Embedded[] = [];
  for (const face of faces) {
    const family = renamed.get(face.family) ?? face.family;
    const bytes = face.subset ? renameFont(face.bytes, family) : face.bytes;
    const n = embedded.length + 1;
    const key = keyOf(bytes);
    const part = `word/fonts/font${n}.odttf`;
    parts.set(part, obfuscateFont(bytes, key));
    embedded.push({ family, slot: face.slot, key, part, rid: `rIdFont${n}` });
  }
  for (const [name, xml] of parts) {
    if (typeof xml === 'string' && name.startsWith('word/') && name.endsWith('.xml')) parts.set(name, renameFamilies(xml, renamed));
  }

  // fontTable.xml: the embed elements go last in each w:font (CT_Font's sequence).
  const table = parts.get('word/fontTable.xml');
  if (typeof table === 'string') {
    let xml = table;
    for (const family of [...new Set(embedded.map((e) => e.family))]) {
      const refs = embedded
        .filter((e) => e.family === family)
        .map((e) => `<w:${e.slot} r:id="${e.rid}" w:fontKey="{${e.key}}" w:subsetted="1"/>`)
        .join('');
      const open = `<w:font w:name="${family}">`;
      const at = xml.indexOf(open);
      if (at < 0) {
        xml = xml.replace('</w:fonts>', `${open}${refs}</w:font></w:fonts>`);
      } else {
        const end = xml.indexOf('</w:font>', at);
        xml = `${xml.slice(0, end)}${refs}${xml.slice(end)}`;
      }
    }
    parts.set('word/fontTable.xml', xml);
  }
  const rels = embedded
    .map((e) => `<Relationship Id="${e.rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="${e.part.replace('word/', '')}"/>`)
    .join('');
  parts.set(
    'word/_rels/fontTable.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  );
  const types = parts.get('[Content_Types].xml');
  if (typeof types === 'string' && !types.includes('Extension="odttf"')) {
    parts.set('[Content_Types].xml', types.replace('<Default ', '<Default ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf"/><Default '));
  }
  const settings = parts.get('word/settings.xml');
  if (typeof settings === 'string' && !settings.includes('w:embedTrueTypeFonts')) {
    // CT_Settings order: ... displayBackgroundShape, (print options), embedTrueTypeFonts,
    // embedSystemFonts, saveSubsetFonts, ... defaultTabStop ...
    const flags = '<w:embedTrueTypeFonts/><w:saveSubsetFonts/>';
    parts.set(
      'word/settings.xml',
      settings.includes('<w:displayBackgroundShape/>') ? settings.replace('<w:displayBackgroundShape/>', `<w:displayBackgroundShape/>${flags}`) : settings.replace(/(<w:settings[^>]*>)/, `$1${flags}`),
    );
  }
}

/** Each fallback face of a script's blocks (not the CJK one, the styles' eastAsia font), its family named in every slot. */
const SCRIPT_FONTS = new Map<FaceId, RunFonts>();
for (const id of FACE_IDS) {
  const family = familyOf(id);
  if (!isBodyFace(id) && id !== 'cjk' && !isSyntheticBold(id)) SCRIPT_FONTS.set(id, { ascii: family, cs: family, eastAsia: family, hAnsi: family });
}

/**
 * Text runs split where a stretch of a script with a face of its own (../pdf/fonts.ts
 * fallbackFace: Hangul, Ethiopic, Armenian, Georgian, Cherokee) begins and ends, the stretch's run
 * naming that face in every w:rFonts slot (Word picks the slot by character: hAnsi for Ethiopic,
 * Armenian, Georgian and Cherokee, eastAsia for Hangul; LibreOffice reads ascii, eastAsia or cs by
 * its script type), so the DOCX prints each character in the PDF's face. Spaces and punctuation
 * between the words stay in the styles' font, as in the PDF (see weakAfterScripts). Runs with no
 * such character are returned as they are.
 */
export function withFallbackFonts(runs: RunOut[]): RunOut[] {
  let out: RunOut[] | undefined;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    const pieces = r.kind === 'text' ? (r.props.rightToLeft ? rtlPieces(r.text) : fontPieces(r.text)) : undefined;
    if (r.kind !== 'text' || pieces === undefined) {
      out?.push(r);
      continue;
    }
    out ??= runs.slice(0, i);
    for (const [text, font] of pieces) out.push({ kind: 'text', props: font === undefined ? r.props : { ...r.props, font }, text });
  }
  return out ?? runs;
}

/** The fonts a character is named with (see withFallbackFonts). */
function fontOf(cp: number): RunFonts | undefined {
  return cp >= 0x0530 ? SCRIPT_FONTS.get(fallbackFace(cp)) : undefined;
}

/**
 * A right-to-left run (./runs.ts: Hebrew or Arabic letters and the spaces and punctuation between
 * them) named with the PDF's face of its letters (Noto Naskh Arabic, Noto Serif Hebrew) as a whole,
 * cut only where a letter of the other script begins: split at each space as fontPieces splits, a
 * name's words were runs of their own, and isolateRtl put a left-to-right mark between them (the
 * words shown left to right). Without the face named, LibreOffice drew Pashto's ۍ and Urdu's ہ
 * as empty boxes where the reader's fonts lack them.
 */
function rtlPieces(text: string): Array<[string, RunFonts | undefined]> | undefined {
  let pieces: Array<[string, RunFonts | undefined]> | undefined;
  let from = 0;
  let cur: RunFonts | undefined;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const id = cp >= 0x0590 ? fallbackFace(cp) : undefined;
    const fonts = id !== undefined && isShapedFace(id) ? SCRIPT_FONTS.get(id) : undefined;
    if (fonts !== undefined && fonts !== cur) {
      if (i > from) (pieces ??= []).push([text.slice(from, i), cur]);
      from = i;
      cur = fonts;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (pieces === undefined && cur === undefined) return undefined;
  (pieces ??= []).push([text.slice(from), cur]);
  return pieces;
}

/** `text` cut into [piece, fonts] where the fonts change, or undefined when no character needs any. */
function fontPieces(text: string): Array<[string, RunFonts | undefined]> | undefined {
  let pieces: Array<[string, RunFonts | undefined]> | undefined;
  let from = 0;
  let cur: RunFonts | undefined;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const fonts = fontOf(cp);
    if (fonts !== cur) {
      if (i > from) (pieces ??= []).push([text.slice(from, i), cur]);
      from = i;
      cur = fonts;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (pieces === undefined && cur === undefined) return undefined;
  (pieces ??= []).push([text.slice(from), cur]);
  return pieces;
}

// LibreOffice's script type of a character (i18npool BreakIteratorImpl::getScriptClass, read in
// LibreOffice's source, round r59): by its Unicode block for the blocks of Unicode 3.0 it lists,
// else by its script (UAX #24; i18nutil unicode::getScriptClassFromUScriptCode). Writer prints a
// character in the w:rFonts slot of its type (ascii for LATIN, eastAsia for ASIAN, cs for
// COMPLEX); a WEAK character (the space, the no-break space, combining marks, General Punctuation's
// dashes and quotation marks, the arrows and symbols) takes the type of the strong character before
// it in the paragraph (sw SwScriptInfo::InitScriptInfo: endOfScript runs on through weak
// characters; weak ones opening a paragraph take the UI language's, LATIN here).
type LoScript = 'latin' | 'asian' | 'complex' | 'weak';
/** [first, last, type] of the blocks LibreOffice types by block (sorted; code points between them go by script). */
const LO_BLOCKS: ReadonlyArray<readonly [number, number, LoScript]> = [
  [0x0000, 0x02ff, 'latin'], // Basic Latin to Spacing Modifier Letters (but the spaces and four tone marks: loScript)
  [0x0370, 0x058f, 'latin'], // Greek, Cyrillic, Armenian
  [0x0590, 0x109f, 'complex'], // Hebrew to Myanmar (Arabic, the Indic scripts, Thai, Lao, Tibetan)
  [0x10a0, 0x10ff, 'latin'], // Georgian
  [0x1100, 0x11ff, 'asian'], // Hangul Jamo
  [0x1200, 0x137f, 'complex'], // Ethiopic
  [0x13a0, 0x16ff, 'latin'], // Cherokee to Runic
  [0x1780, 0x18af, 'complex'], // Khmer, Mongolian
  [0x1e00, 0x1fff, 'latin'], // Latin Extended Additional, Greek Extended
  [0x2150, 0x218f, 'weak'], // Number Forms
  [0x2e80, 0x33ff, 'asian'], // CJK Radicals Supplement to CJK Compatibility (CJK punctuation, kana, Bopomofo, Hangul Compatibility Jamo)
  [0x3400, 0x4dbf, 'asian'], // CJK Extension A
  [0x4e00, 0xa4cf, 'asian'], // CJK Unified Ideographs, Yi
  [0xac00, 0xd7af, 'asian'], // Hangul Syllables
  [0xf900, 0xfaff, 'asian'], // CJK Compatibility Ideographs
  [0xfb50, 0xfdff, 'complex'], // Arabic Presentation Forms-A
  [0xfe30, 0xfe4f, 'asian'], // CJK Compatibility Forms
  [0xfe70, 0xfeff, 'complex'], // Arabic Presentation Forms-B
  [0xff00, 0xffef, 'asian'], // Halfwidth and Fullwidth Forms
  [0x20000, 0x2fa1f, 'asian'], // CJK Extension B to CJK Compatibility Ideographs Supplement
];
const LO_WEAK_SCRIPT = /^[\p{sc=Zyyy}\p{sc=Zinh}]$/u;
const LO_ASIAN_SCRIPT = /^[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}\p{sc=Bopo}\p{sc=Yi}]$/u;
const LO_LATIN_SCRIPT = /^[\p{sc=Latn}\p{sc=Grek}\p{sc=Cyrl}\p{sc=Armn}\p{sc=Geor}\p{sc=Cher}\p{sc=Copt}\p{sc=Glag}\p{sc=Runr}\p{sc=Ogam}]$/u;

/** LibreOffice's script type of a character (see LO_BLOCKS). */
export function loScript(cp: number): LoScript {
  if (cp === 0x20 || cp === 0xa0 || cp === 0x2c7 || cp === 0x2ca || cp === 0x2cb || cp === 0x2d9) return 'weak';
  if (cp >= 0x2c80 && cp <= 0x2ce3) return 'latin'; // Coptic, LibreOffice's own exception
  for (const [first, last, type] of LO_BLOCKS) {
    if (cp < first) break;
    if (cp <= last) return type;
  }
  const ch = String.fromCodePoint(cp);
  if (LO_WEAK_SCRIPT.test(ch)) return 'weak';
  if (LO_ASIAN_SCRIPT.test(ch)) return 'asian';
  return LO_LATIN_SCRIPT.test(ch) ? 'latin' : 'complex';
}

/** The body face in the slot LibreOffice reads for a weak character after Asian or complex text. */
const WEAK_AFTER: Readonly<Record<'asian' | 'complex', RunFonts>> = { asian: { eastAsia: FONTS.ascii }, complex: { cs: FONTS.ascii } };
/** Characters LibreOffice types ASIAN or COMPLEX (LO_BLOCKS; scripts past the BMP's blocks surrogates): none, nothing to do. */
const NOT_LATIN = /[\u0590-\u109f\u1100-\u137f\u1780-\u18af\u2e80-\ud7af\uf900-\ufaff\ufb1d-\ufdff\ufe30-\ufeff\uff00-\uffef\ud800-\udbff]/;

/**
 * A paragraph's runs with its weak characters that follow Asian or complex text (loScript: "王秀英
 * said", "ሳባ — ", "سلمى and") naming the body face in the slot LibreOffice prints them from:
 * eastAsia after Chinese, Japanese or Korean, cs after Ethiopic, Arabic or Hebrew. The PDF prints
 * them in Noto Serif, the body face having them; LibreOffice took them from the styles' eastAsia
 * font (Droid Sans Fallback's subset, which has no space or dash: DejaVu Sans in the T-visa
 * `hostile`, round r58, and a space added to the subset did not change it) or cs font (Times New
 * Roman, or its substitute). Word reads eastAsia and cs for these characters only with an East
 * Asian hint or in a right-to-left run, where the same face is what the PDF prints. Carried from
 * run to run, since the strong character before may end the run before (a bold name, a span in its
 * language). A run naming a face of its own (withFallbackFonts) keeps it.
 */
export function weakAfterScripts(runs: RunOut[]): RunOut[] {
  if (!runs.some((r) => r.kind === 'text' && NOT_LATIN.test(r.text))) return runs;
  const body = harborFonts.face('regular');
  let before: LoScript = 'latin'; // the type of the last strong character
  const out: RunOut[] = [];
  for (const r of runs) {
    if (r.kind === 'field') before = 'latin'; // page numbers: digits
    if (r.kind !== 'text') {
      out.push(r);
      continue;
    }
    const own = r.props.font !== undefined;
    let from = 0;
    let cur: RunFonts | undefined;
    for (let i = 0; i < r.text.length; ) {
      const cp = r.text.codePointAt(i)!;
      const type = loScript(cp);
      if (type !== 'weak') before = type;
      // Only what the PDF prints in the body face; an invisible mark (the left-to-right mark after
      // a right-to-left name, a word joiner) prints nothing and stays in the piece it is in.
      const fonts = isIgnorable(cp) ? cur : !own && type === 'weak' && before !== 'latin' && body.gid(cp) > 0 ? WEAK_AFTER[before] : undefined;
      if (fonts !== cur) {
        if (i > from) out.push({ kind: 'text', props: cur === undefined ? r.props : { ...r.props, font: cur }, text: r.text.slice(from, i) });
        from = i;
        cur = fonts;
      }
      i += cp > 0xffff ? 2 : 1;
    }
    if (from === 0 && cur === undefined) out.push(r);
    else out.push({ kind: 'text', props: cur === undefined ? r.props : { ...r.props, font: cur }, text: r.text.slice(from) });
  }
  return out;
}
