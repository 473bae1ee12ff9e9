// A lean Type0 / CIDFontType2 font embedder (ISO 32000-1 §9.7, §9.10.3): Identity-H encoding,
// CID = glyph id in our own subset (numbered by first use on the pages), a /W widths array, a
// ToUnicode CMap so text extracts as Unicode, and the subset TrueType program (truetype.ts).
//
// Why not pdf-lib's embedFont: it runs fontkit's layout() on every encode and subsets through
// fontkit's re-encoder; both dominate the time of a short document (see bench/results.md).
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Face } from './fonts.js';
import type { ByteSink } from './sink.js';
import { windowBitsFor } from '../deflate-window.js';
import { MADE_GLYPHS } from './made-glyphs.js';
import { keepFaceProgram, keepingFacePrograms, keptFaceProgram, type FaceProgram } from './face-programs.js';
import { subsetTrueType } from './truetype.js';
import { num, ref, type PdfWriter } from './writer.js';

/** Glyphs of one face used in a document: CID i+1 is gids[i] (CID 0 is .notdef). */
export class FaceUse {
  readonly face: Face;
  /** Object number of the Type0 font dictionary. */
  readonly ref: number;
  readonly resourceName: string;
  readonly gids: number[] = [];
  /** Text each CID stands for (first use), for the ToUnicode map. */
  readonly unicode: string[] = [];
  /** glyph id → CID (0 = not used yet). */
  private readonly cidOf: Uint16Array;

  constructor(face: Face, ref: number, resourceName: string) {
    this.face = face;
    this.ref = ref;
    this.resourceName = resourceName;
    this.cidOf = new Uint16Array(face.tt.numGlyphs + MADE_GLYPHS); // room for a made glyph (made-glyphs.ts makeMinus)
  }

  /** The CID of a code point's glyph, numbering the glyph by first use (`ch`: the text it stands for). */
  private cid(cp: number, ch: string): number {
    return this.glyphCid(this.face.gid(cp), ch);
  }

  /**
   * The CID of glyph `gid`, numbering it by first use (`ch`: the text it stands for). A shaped
   * word's glyphs (./shape.ts: a joining form, a ligature) have no code point of their own: the
   * subset keeps them by glyph id, and the ToUnicode map gives the letters they were shaped from.
   */
  glyphCid(gid: number, ch: string): number {
    let cid = this.cidOf[gid]!;
    if (cid === 0) {
      this.gids.push(gid);
      this.unicode.push(ch);
      cid = this.gids.length;
      this.cidOf[gid] = cid;
    }
    return cid;
  }

  /**
   * The CIDs of `text[from, to)` written into `sink` as the bytes of a PDF literal string, without
   * its parentheses (Identity-H: two bytes per glyph, high byte first; §7.3.4.2 escapes for the
   * delimiters and line ends). Half the size of a hex string, so page streams deflate in less time.
   */
  writeCodes(sink: ByteSink, text: string, from = 0, to = text.length): void {
    // Written straight into the sink's buffer: at most 4 bytes a code unit (two escaped bytes).
    const buf = sink.reserve(4 * (to - from));
    let at = sink.length;
    const { face, cidOf } = this;
    const charCodeAt = String.prototype.charCodeAt; // a constant, not a lookup per string (text.ts breakGroup)
    for (let i = from; i < to; i++) {
      let cp = charCodeAt.call(text, i);
      let cid: number;
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < to) {
        cp = text.codePointAt(i)!;
        cid = this.cid(cp, text.slice(i, i + 2));
        i++;
      } else {
        cid = cidOf[face.gid(cp)]!;
        if (cid === 0) cid = this.cid(cp, text[i]!);
      }
      // Two bytes, high first; the delimiters, backslash and line ends escaped (§7.3.4.2).
      const hi = cid >> 8;
      const lo = cid & 0xff;
      const eh = ESCAPE[hi]!;
      if (eh === 0) buf[at++] = hi;
      else {
        buf[at++] = 0x5c;
        buf[at++] = eh;
      }
      const el = ESCAPE[lo]!;
      if (el === 0) buf[at++] = lo;
      else {
        buf[at++] = 0x5c;
        buf[at++] = el;
      }
    }
    sink.length = at;
  }

  /** CID `cid` written into `sink` as two bytes of a PDF literal string (as writeCodes does). */
  writeCid(sink: ByteSink, cid: number): void {
    const buf = sink.reserve(4);
    let at = sink.length;
    for (const byte of [cid >> 8, cid & 0xff]) {
      const esc = ESCAPE[byte]!;
      if (esc === 0) buf[at++] = byte;
      else {
        buf[at++] = 0x5c;
        buf[at++] = esc;
      }
    }
    sink.length = at;
  }

  /**
   * Number the glyphs of `text`'s words (split at U+0020) in order, as `codes` of each word in
   * turn would (see paint.ts showOps): the space's glyph is not numbered here.
   */
  numberGlyphsButSpace(text: string): void {
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp === 0x20) continue;
      let ch: string | undefined;
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length && text.charCodeAt(i + 1) !== 0x20) {
        cp = text.codePointAt(i)!;
        ch = text.slice(i, i + 2);
        i++;
      }
      if (this.cidOf[this.face.gid(cp)] === 0) this.cid(cp, ch ?? text[i]!);
    }
  }
}

/** Per byte of a literal string: 0 when written as is, else the character after the backslash (§7.3.4.2: the delimiters, backslash, and CR and LF as \r and \n; an unescaped line end would be read as LF). */
const ESCAPE = new Uint8Array(256);
ESCAPE[0x28] = 0x28;
ESCAPE[0x29] = 0x29;
ESCAPE[0x5c] = 0x5c;
ESCAPE[0x0a] = 0x6e;
ESCAPE[0x0d] = 0x72;

const HEX4: string[] = Array.from({ length: 4096 }, (_, i) => i.toString(16).padStart(4, '0'));

function utf16Hex(s: string): string {
  let h = '';
  for (let i = 0; i < s.length; i++) h += s.charCodeAt(i).toString(16).padStart(4, '0');
  return h;
}

function toUnicodeCMap(unicode: string[]): string {
  const lines: string[] = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  for (let i = 0; i < unicode.length; i += 100) {
    const chunk = unicode.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    // A loop, not a closure made per font (V8 holds a closure's optimized code only weakly; issue 18).
    for (let k = 0; k < chunk.length; k++) lines.push(`<${HEX4[i + k + 1] ?? (i + k + 1).toString(16).padStart(4, '0')}> <${utf16Hex(chunk[k]!)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return lines.join('\n');
}

/**
 * A Flate-compressed stream object. Node's built-in zlib: ~15x faster than the pure-JS deflaters
 * (fflate/pako, ~30 MB/s, which made compression the largest cost of a render). Its output is
 * byte-stable for a given zlib build (`process.versions.zlib`), so the same Harbor + Node give
 * the same bytes. Level 1: on page operators 4x faster than level 6 for ~1.5x larger streams;
 * levels 2-6, other memLevels and strategies measured again in docs/speed.md.
 * (Font programs and ToUnicode CMaps are not deflated at all: see embedFace.) `dict`: further entries of the stream dictionary.
 */
export function flateStream(w: PdfWriter, data: Uint8Array | string, dict = '', level = 1, n = w.ref()): number {
  const raw = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  // The smallest window that holds the stream: the same compressed data, without clearing the
  // full 32 KB window's tables for each page (../deflate-window.ts; docs/speed.md).
  return w.stream(n, ` /Filter /FlateDecode${dict}`, deflateSync(raw, { level, windowBits: windowBitsFor(raw.length) }));
}

/**
 * The face's program for `use`'s glyphs and text: kept from an earlier document of a `harbor
 * batch` (./face-programs.ts says why only there), or made now. The bytes are the same either way:
 * the writer copies them into the file and never changes them (writer.ts `bytes`).
 */
function faceProgram(use: FaceUse): FaceProgram {
  const { face } = use;
  // The glyph list as the subset tag's digest reads it; the texts as JSON, which no text can make
  // ambiguous (a text may hold any character but a lone control one).
  const glyphs = `${face.id}:${use.gids.join(',')}`;
  const key = keepingFacePrograms() ? `${glyphs}\n${JSON.stringify(use.unicode)}` : '';
  const found = keptFaceProgram(face, key);
  if (found !== undefined) return found;
  const { bytes } = subsetTrueType(face.tt, use.gids);
  // Subset tag (ISO 32000-1 §9.6.4): six capitals, derived from the glyph set (deterministic).
  const digest = createHash('sha256').update(glyphs).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  let widths = '';
  for (const gid of use.gids) widths += ` ${face.glyphWidth1000(gid)}`;
  const program: FaceProgram = { bytes, baseName: `/${tag}+${face.postscriptName}`, widths, toUnicode: Buffer.from(toUnicodeCMap(use.unicode), 'latin1') };
  keepFaceProgram(face, key, program);
  return program;
}

/** Write the font objects of one used face into `use.ref`. */
export function embedFace(w: PdfWriter, use: FaceUse): void {
  const { face } = use;
  const { bytes, baseName, widths, toUnicode: cmap } = faceProgram(use);

  // The subset program is stored uncompressed: glyph outlines deflate poorly (to ~62 % at level 1)
  // and deflating them was ~40 % of a render's compression time (0.3-0.5 ms of the restitution
  // worksheet's paint), to save ~7 KB per face. /Length1 is the program's length (§9.9).
  const fontFile = w.stream(w.ref(), ` /Length1 ${bytes.length}`, bytes);
  const italic = face.italicAngle !== 0;
  const flags = 4 | (face.serif ? 2 : 0) | (italic ? 64 : 0); // Symbolic, Serif, Italic
  const descriptor = w.add(
    `<< /Type /FontDescriptor /FontName ${baseName} /Flags ${flags} /FontBBox [${face.bbox.join(' ')}] /ItalicAngle ${num(face.italicAngle)} /Ascent ${face.ascent} /Descent ${face.descent} /CapHeight ${face.capHeight} /StemV 80 /FontFile2 ${ref(fontFile)} >>`,
  );
  const cidFont = w.add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${baseName} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${ref(descriptor)} /DW ${face.glyphWidth1000(0)} /W [1 [${widths}]] /CIDToGIDMap /Identity >>`,
  );
  // The ToUnicode CMap is stored uncompressed too: ~1.3 KB of text per face, for which a deflate
  // call (its setup more than the compressing) cost ~5 % of the T-visa PDF's paint.
  const toUnicode = w.stream(w.ref(), '', cmap);
  w.obj(use.ref, `<< /Type /Font /Subtype /Type0 /BaseFont ${baseName} /Encoding /Identity-H /DescendantFonts [${ref(cidFont)}] /ToUnicode ${ref(toUnicode)} >>`);
}
