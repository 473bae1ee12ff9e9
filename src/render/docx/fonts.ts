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
// small edits still show in the face. Noto Serif is under the SIL OFL 1.1 and Droid Sans Fallback
// under Apache 2.0; both allow subsetting and embedding (their OS/2 fsType: installable, editable).
//
// Deterministic: the keys are derived from the subset bytes; the parts are added in a fixed order.
import { createHash } from 'node:crypto';
import { harborFonts, isIgnorable, type FaceId, type Fonts } from '../pdf/fonts.js';
import { subsetTrueType } from '../pdf/truetype.js';
import type { Out, ParaOut } from './out.js';
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

/**
 * The characters of the document's runs (their text is after the text layer's rule, as printed)
 * and whether any run is italic, plus printable ASCII (page numbers, small edits), the
 * typography's no-break space and the list bullet (Word draws numbering in the paragraph's font;
 * it is not in the text).
 */
export function documentText(parts: Out[][]): DocumentText {
  const found: DocumentText = { chars: new Set<number>(), italic: false };
  for (const outs of parts) {
    for (const o of outs) {
      if (o.kind === 'p') paraText(o, found);
      else for (const row of o.rows) for (const cell of row.cells) paraText(cell.para, found);
    }
  }
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

/** Add the embedded font parts and their references to the compiled parts (in place). */
export function embedFonts(parts: Parts, text: DocumentText, fonts: Fonts = harborFonts): void {
  const { chars, italic } = text;
  const regular = fonts.face('regular');
  const embedded: Embedded[] = [];
  const add = (family: string, slot: Slot, bytes: Uint8Array | undefined) => {
    if (!bytes) return;
    const n = embedded.length + 1;
    const key = keyOf(bytes);
    const part = `word/fonts/font${n}.odttf`;
    parts.set(part, obfuscateFont(bytes, key));
    embedded.push({ family, slot, key, part, rid: `rIdFont${n}` });
  };
  for (const [id, slot] of FACE_SLOT) {
    if (!italic && (id === 'italic' || id === 'bold-italic')) continue;
    add(FONTS.ascii, slot, subsetFace(fonts, id, chars));
  }
  // Characters the body face lacks (CJK) are printed by the fallback, as in the PDF.
  const fallback = [...chars].filter((cp) => cp > 0x7f && regular.gid(cp) === 0);
  if (fallback.length > 0) add(FONTS.eastAsia, 'embedRegular', subsetFace(fonts, 'cjk', fallback));
  if (embedded.length === 0) return;

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
