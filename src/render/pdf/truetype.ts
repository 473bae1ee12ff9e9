// A lean TrueType reader and subsetter for PDF embedding (FontFile2 of a CIDFontType2 font).
//
// Why our own: fontkit's TTFSubset decodes and re-encodes every table through `restructure`
// (~3.5 ms warm for 86 glyphs of Noto Serif), which alone would exceed the whole speed budget of
// a 3-page document. A TrueType subset for PDF only needs the glyph outlines copied byte for byte
// (OpenType spec, 'glyf'/'loca'), renumbered composite references, and the metric tables the PDF
// spec lists for embedded TrueType (ISO 32000-1 §9.9: head, hhea, loca, maxp, cvt, prep, glyf,
// hmtx, fpgm). No cmap is needed: the PDF maps CIDs to glyph ids itself (CIDToGIDMap /Identity).
// The glyphs made for characters a face lacks are drawn in made-glyphs.ts.
import type { MadeGlyph } from './made-glyphs.js';

/** Raw tables of a TrueType font, parsed once per process. Offsets are into `data`. */
export interface TrueTypeFile {
  data: Uint8Array;
  view: DataView;
  tables: Map<string, { offset: number; length: number }>;
  unitsPerEm: number;
  numGlyphs: number;
  numberOfHMetrics: number;
  /** glyph i spans glyf[loca[i] .. loca[i+1]) */
  loca: Uint32Array;
  /** Offset of the hmtx table. */
  hmtx: number;
  /** Checksums of tables copied unchanged into every subset (by tag), computed on first use. */
  sums: Map<string, number>;
  /**
   * Glyphs made for a character the font lacks (made-glyphs.ts: makeMinus, makeMark,
   * makeOperator), by glyph id: numGlyphs + the character's index in MADE_CHARS. Made once per
   * process per face.
   */
  made: Map<number, MadeGlyph>;
}

function tag(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

export function readTrueType(data: Uint8Array): TrueTypeFile {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const numTables = view.getUint16(4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < numTables; i++) {
    const e = 12 + 16 * i;
    tables.set(tag(view, e), { offset: view.getUint32(e + 8), length: view.getUint32(e + 12) });
  }
  const need = (t: string) => {
    const x = tables.get(t);
    if (!x) throw new Error(`TrueType font lacks the ${t} table`);
    return x;
  };
  const head = need('head');
  const maxp = need('maxp');
  const hhea = need('hhea');
  const locaT = need('loca');
  need('glyf');
  need('hmtx');
  const unitsPerEm = view.getUint16(head.offset + 18);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const numberOfHMetrics = view.getUint16(hhea.offset + 34);
  const loca = new Uint32Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) {
    loca[i] = longLoca ? view.getUint32(locaT.offset + 4 * i) : view.getUint16(locaT.offset + 2 * i) * 2;
  }
  return { data, view, tables, unitsPerEm, numGlyphs, numberOfHMetrics, loca, hmtx: need('hmtx').offset, sums: new Map(), made: new Map() };
}

/** Advance width of a glyph in font units (hmtx: the last long metric repeats). */
export function advanceOf(tt: TrueTypeFile, gid: number): number {
  const hmtx = tt.hmtx;
  if (gid < tt.numberOfHMetrics) return tt.view.getUint16(hmtx + 4 * gid);
  if (gid >= tt.numGlyphs) return tt.made.get(gid)!.advance;
  return tt.view.getUint16(hmtx + 4 * (tt.numberOfHMetrics - 1));
}

function leftBearingOf(tt: TrueTypeFile, gid: number): number {
  const hmtx = tt.hmtx;
  if (gid < tt.numberOfHMetrics) return tt.view.getInt16(hmtx + 4 * gid + 2);
  if (gid >= tt.numGlyphs) return tt.made.get(gid)!.leftBearing;
  return tt.view.getInt16(hmtx + 4 * tt.numberOfHMetrics + 2 * (gid - tt.numberOfHMetrics));
}

// Composite glyph flags (OpenType 'glyf' table; made-glyphs.ts writes a composite with them).
export const ARG_1_AND_2_ARE_WORDS = 0x0001;
export const ARGS_ARE_XY_VALUES = 0x0002;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
export const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

function pad4(n: number): number {
  return (n + 3) & ~3;
}

function checksum(bytes: Uint8Array, offset: number, length: number): number {
  const v = new DataView(bytes.buffer, bytes.byteOffset);
  let sum = 0;
  const end = offset + pad4(length);
  for (let i = offset; i < end; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

/** Table directory order: by tag (OpenType requirement). */
function byTag(a: [string, Uint8Array], b: [string, Uint8Array]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** The subset's id of glyph `g`, numbering it next when it is new (`order`: the glyphs by new id). */
function include(order: number[], newId: Map<number, number>, g: number): number {
  let id = newId.get(g);
  if (id === undefined) {
    id = order.length;
    order.push(g);
    newId.set(g, id);
  }
  return id;
}

/** A table's bytes, copied (to be changed). */
function tableCopy(tt: TrueTypeFile, t: string): Uint8Array | undefined {
  const e = tt.tables.get(t);
  return e ? tt.data.slice(e.offset, e.offset + e.length) : undefined;
}

/** A table copied unchanged: a view of the font file (its bytes are copied once, into the subset). */
function tableView(tt: TrueTypeFile, t: string): Uint8Array | undefined {
  const e = tt.tables.get(t);
  return e ? tt.data.subarray(e.offset, e.offset + e.length) : undefined;
}

// (The helpers above and the loops below are module-level functions and plain loops, not closures
// made per subset: V8 holds a closure's optimized code only weakly, so closures made per render
// were compiled again after every full collection; issue 18, `node --trace-opt`.)

/**
 * Subset `tt` to `glyphs` (old glyph ids; glyph 0 is always first). New glyph id i is the i-th
 * entry of the returned `order`, which starts with `glyphs` in the given order (so a caller that
 * numbers its CIDs by first use gets CID = new glyph id) followed by composite components.
 */
export function subsetTrueType(tt: TrueTypeFile, glyphs: readonly number[], installable?: { cmap: ReadonlyMap<number, number> }): { bytes: Uint8Array; order: number[] } {
  const order: number[] = [];
  const newId = new Map<number, number>();
  include(order, newId, 0);
  for (const g of glyphs) include(order, newId, g);

  const glyfOff = tt.tables.get('glyf')!.offset;
  const pieces: Uint8Array[] = [];
  const newLoca: number[] = [0];
  let glyfLen = 0;
  for (let i = 0; i < order.length; i++) {
    const g = order[i]!;
    let bytes: Uint8Array;
    let composite: boolean;
    if (g < tt.numGlyphs) {
      const start = tt.loca[g]!;
      bytes = tt.data.subarray(glyfOff + start, glyfOff + tt.loca[g + 1]!);
      composite = bytes.length >= 10 && tt.view.getInt16(glyfOff + start) < 0;
    } else {
      const made = tt.made.get(g)!; // a made glyph (made-glyphs.ts)
      bytes = made.glyf;
      composite = made.composite;
    }
    if (composite) {
      // Composite: copy, then renumber every component (and include it).
      bytes = bytes.slice();
      const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let p = 10;
      for (;;) {
        const flags = v.getUint16(p);
        v.setUint16(p + 2, include(order, newId, v.getUint16(p + 2)));
        p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
        if (flags & WE_HAVE_A_SCALE) p += 2;
        else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
        else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
        if (!(flags & MORE_COMPONENTS)) break;
      }
    }
    pieces.push(bytes);
    glyfLen += pad4(bytes.length);
    newLoca.push(glyfLen);
  }

  const glyf = new Uint8Array(glyfLen);
  let at = 0;
  for (const b of pieces) {
    glyf.set(b, at);
    at += pad4(b.length);
  }
  const loca = new Uint8Array(4 * newLoca.length);
  const lv = new DataView(loca.buffer);
  for (let i = 0; i < newLoca.length; i++) lv.setUint32(4 * i, newLoca[i]!);
  const hmtx = new Uint8Array(4 * order.length);
  const hv = new DataView(hmtx.buffer);
  for (let i = 0; i < order.length; i++) {
    const g = order[i]!;
    hv.setUint16(4 * i, advanceOf(tt, g));
    hv.setInt16(4 * i + 2, leftBearingOf(tt, g));
  }
  const copy = (t: string) => tableCopy(tt, t);
  const keep = (t: string) => tableView(tt, t);
  const head = copy('head')!;
  const hd = new DataView(head.buffer);
  hd.setUint32(8, 0); // checkSumAdjustment, set below
  hd.setInt16(50, 1); // indexToLocFormat: long offsets
  const hhea = copy('hhea')!;
  new DataView(hhea.buffer).setUint16(34, order.length);
  const maxp = copy('maxp')!;
  new DataView(maxp.buffer).setUint16(4, order.length);

  const out: Array<[string, Uint8Array]> = [];
  if (installable) {
    // A font an application installs and maps characters with (the DOCX's embedded fonts): a
    // cmap of the given characters onto the new glyph ids, the naming and OS/2 metrics tables,
    // and a 'post' table without glyph names (version 3: names are indexed by old glyph ids).
    const cmap = new Map<number, number>();
    for (const [cp, g] of installable.cmap) {
      const id = newId.get(g);
      if (id !== undefined && id > 0) cmap.set(cp, id);
    }
    out.push(['OS/2', keep('OS/2')!], ['cmap', buildCmap(cmap)]);
    const post = copy('post')!.slice(0, 32);
    new DataView(post.buffer).setUint32(0, 0x00030000);
    out.push(['name', keep('name')!], ['post', post]);
  }
  const cvt = keep('cvt ');
  const fpgm = keep('fpgm');
  const prep = keep('prep');
  // Table directory entries sorted by tag (OpenType requirement).
  if (cvt) out.push(['cvt ', cvt]);
  if (fpgm) out.push(['fpgm', fpgm]);
  out.push(['glyf', glyf], ['head', head], ['hhea', hhea], ['hmtx', hmtx], ['loca', loca], ['maxp', maxp]);
  if (prep) out.push(['prep', prep]);
  out.sort(byTag);

  return { bytes: writeSfnt(out, tt), order };
}

/**
 * A TrueType file of `out`'s tables (sorted by tag): the table directory, each table on a 4-byte
 * boundary padded with zeros, its checksum, and head.checkSumAdjustment (OpenType spec, "Table
 * directory", "head"). `tt`: the font the tables are copied from, whose unchanged tables (views of
 * its file) are summed once per process.
 */
function writeSfnt(out: Array<[string, Uint8Array]>, tt: TrueTypeFile | undefined): Uint8Array {
  const n = out.length;
  let size = 12 + 16 * n;
  for (const [, b] of out) size += pad4(b.length);
  const font = new Uint8Array(size);
  const fv = new DataView(font.buffer);
  let pow = 1;
  let log = 0;
  while (pow * 2 <= n) {
    pow *= 2;
    log++;
  }
  fv.setUint32(0, 0x00010000);
  fv.setUint16(4, n);
  fv.setUint16(6, pow * 16);
  fv.setUint16(8, log);
  fv.setUint16(10, n * 16 - pow * 16);
  let off = 12 + 16 * n;
  let headAt = 0;
  // The whole file's checksum (for head.checkSumAdjustment) is the sum of the directory's words
  // and the tables' checksums: every table starts on a 4-byte boundary and is padded with zeros.
  let total = 0;
  // A loop, not a closure made per subset (V8 holds a closure's optimized code only weakly: one made
  // per render was compiled again after every full collection; issue 18, `node --trace-opt`).
  for (let i = 0; i < n; i++) {
    const [t, b] = out[i]!;
    font.set(b, off);
    const e = 12 + 16 * i;
    for (let k = 0; k < 4; k++) fv.setUint8(e + k, t.charCodeAt(k));
    // Tables that are the same in every subset (views of the font file) are summed once per process.
    const fixed = tt !== undefined && b.buffer === tt.data.buffer;
    let sum = fixed ? tt.sums.get(t) : undefined;
    if (sum === undefined) {
      sum = checksum(font, off, b.length);
      if (fixed) tt.sums.set(t, sum);
    }
    fv.setUint32(e + 4, sum);
    fv.setUint32(e + 8, off);
    fv.setUint32(e + 12, b.length);
    total = (total + sum) >>> 0;
    if (t === 'head') headAt = off;
    off += pad4(b.length);
  }
  total = (total + checksum(font, 0, 12 + 16 * n)) >>> 0;
  fv.setUint32(headAt + 8, (0xb1b0afba - total) >>> 0);
  return font;
}

/**
 * A 'cmap' table (OpenType spec) mapping code points to glyph ids: a format 4 subtable for the
 * BMP (platform 3 encoding 1, which every application reads) and, when astral characters are
 * mapped, a format 12 subtable (platform 3 encoding 10). One segment per character: small subsets.
 */
export function buildCmap(map: ReadonlyMap<number, number>): Uint8Array {
  const cps = [...map.keys()].sort((a, b) => a - b);
  const bmp = cps.filter((c) => c <= 0xfffe);
  const astral = cps.length > bmp.length;
  const segs = bmp.length + 1; // + the final 0xFFFF segment
  const f4len = 16 + 8 * segs;
  const f12len = 16 + 12 * cps.length;
  const headerLen = 4 + 8 * (astral ? 2 : 1);
  const out = new Uint8Array(headerLen + f4len + (astral ? f12len : 0));
  const v = new DataView(out.buffer);
  v.setUint16(0, 0);
  v.setUint16(2, astral ? 2 : 1);
  v.setUint16(4, 3);
  v.setUint16(6, 1);
  v.setUint32(8, headerLen);
  if (astral) {
    v.setUint16(12, 3);
    v.setUint16(14, 10);
    v.setUint32(16, headerLen + f4len);
  }
  let o = headerLen;
  v.setUint16(o, 4);
  v.setUint16(o + 2, f4len);
  v.setUint16(o + 4, 0);
  v.setUint16(o + 6, segs * 2);
  let pow = 1;
  let log = 0;
  while (pow * 2 <= segs) {
    pow *= 2;
    log++;
  }
  v.setUint16(o + 8, pow * 2);
  v.setUint16(o + 10, log);
  v.setUint16(o + 12, segs * 2 - pow * 2);
  const ends = o + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  bmp.forEach((cp, i) => {
    v.setUint16(ends + 2 * i, cp);
    v.setUint16(starts + 2 * i, cp);
    v.setUint16(deltas + 2 * i, (map.get(cp)! - cp + 0x10000) & 0xffff);
    v.setUint16(ranges + 2 * i, 0);
  });
  v.setUint16(ends + 2 * bmp.length, 0xffff);
  v.setUint16(starts + 2 * bmp.length, 0xffff);
  v.setUint16(deltas + 2 * bmp.length, 1);
  v.setUint16(ranges + 2 * bmp.length, 0);
  if (astral) {
    o = headerLen + f4len;
    v.setUint16(o, 12);
    v.setUint32(o + 4, f12len);
    v.setUint32(o + 12, cps.length);
    cps.forEach((cp, i) => {
      v.setUint32(o + 16 + 12 * i, cp);
      v.setUint32(o + 20 + 12 * i, cp);
      v.setUint32(o + 24 + 12 * i, map.get(cp)!);
    });
  }
  return out;
}

/**
 * The 'name' records that say which family a face belongs to (OpenType spec, 'name' table, name
 * IDs): family (1), unique id (3), full name (4), PostScript name (6), typographic family and
 * subfamily (16, 17), compatible full name (18), WWS family and subfamily (21, 22), variations
 * PostScript prefix (25). A renamed face has new ones for 1, 3, 4 and 6 and none of the others,
 * so no application finds it under its old family by another record (fontconfig lists every
 * family a face's records name).
 */
const FAMILY_NAME_IDS = new Set([1, 3, 4, 6, 16, 17, 18, 21, 22, 25]);

/** One 'name' record: platform, encoding, language, name id, and its string's bytes. */
type NameRecord = [number, number, number, number, Uint8Array];

/** UTF-16BE, the encoding of platform 3 (Windows) names. */
function utf16be(s: string): Uint8Array {
  const out = new Uint8Array(2 * s.length);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) >> 8;
    out[2 * i + 1] = s.charCodeAt(i) & 0xff;
  }
  return out;
}

/**
 * `font` (a TrueType file, such as subsetTrueType writes) with its family named `family`: the
 * family records of its 'name' table replaced (FAMILY_NAME_IDS), its subfamily (name ID 2:
 * "Regular", "Bold", "Italic", "Bold Italic") kept, the other tables copied. The DOCX gives each
 * document's subsets a family of their own (src/render/docx/fonts.ts says why).
 */
export function renameFont(font: Uint8Array, family: string): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables: Array<[string, Uint8Array]> = [];
  for (let i = 0; i < view.getUint16(4); i++) {
    const e = 12 + 16 * i;
    const offset = view.getUint32(e + 8);
    tables.push([tag(view, e), font.slice(offset, offset + view.getUint32(e + 12))]);
  }
  const nameAt = tables.findIndex(([t]) => t === 'name');
  const headAt = tables.findIndex(([t]) => t === 'head');
  if (nameAt < 0 || headAt < 0) throw new Error('renameFont: the font lacks its name or head table');
  const name = tables[nameAt]![1];
  const nv = new DataView(name.buffer);
  const records: NameRecord[] = [];
  let subfamily = 'Regular';
  const strings = nv.getUint16(4);
  for (let i = 0; i < nv.getUint16(2); i++) {
    const r = 6 + 12 * i;
    const platform = nv.getUint16(r);
    const id = nv.getUint16(r + 6);
    const bytes = name.slice(strings + nv.getUint16(r + 10), strings + nv.getUint16(r + 10) + nv.getUint16(r + 8));
    if (id === 2 && platform === 3) subfamily = String.fromCharCode(...Array.from({ length: bytes.length / 2 }, (_, k) => (bytes[2 * k]! << 8) | bytes[2 * k + 1]!));
    if (!FAMILY_NAME_IDS.has(id)) records.push([platform, nv.getUint16(r + 2), nv.getUint16(r + 4), id, bytes]);
  }
  const full = subfamily === 'Regular' ? family : `${family} ${subfamily}`;
  const postscript = `${family}-${subfamily}`.replace(/[^\x21-\x7e]|[[\](){}<>/%]/g, '');
  for (const [id, s] of [[1, family], [3, full], [4, full], [6, postscript]] as const) records.push([3, 1, 0x409, id, utf16be(s)]);
  // Records sorted by platform, encoding, language, then name id (OpenType requirement).
  records.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
  let size = 6 + 12 * records.length;
  const stringsAt = size;
  for (const r of records) size += r[4].length;
  const out = new Uint8Array(size);
  const ov = new DataView(out.buffer);
  ov.setUint16(2, records.length);
  ov.setUint16(4, stringsAt);
  let at = 0;
  records.forEach(([platform, encoding, language, id, bytes], i) => {
    const r = 6 + 12 * i;
    ov.setUint16(r, platform);
    ov.setUint16(r + 2, encoding);
    ov.setUint16(r + 4, language);
    ov.setUint16(r + 6, id);
    ov.setUint16(r + 8, bytes.length);
    ov.setUint16(r + 10, at);
    out.set(bytes, stringsAt + at);
    at += bytes.length;
  });
  tables[nameAt]![1] = out;
  new DataView(tables[headAt]![1].buffer).setUint32(8, 0); // checkSumAdjustment, set by writeSfnt
  return writeSfnt(tables.sort(byTag), undefined);
}
