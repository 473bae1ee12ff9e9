// The DOCX container: the package parts in a fixed order with a fixed entry time (docs/architecture.md §Determinism).
//
// Speed: a document is ~35 KB of XML of which ~27 KB never changes (theme, styles, settings, font
// table, relationships). Parts are deflated with Node's zlib (about 10× faster than pure-JS
// deflate), and the compressed form of parts that can never carry case data is kept per process,
// keyed by their exact text, so those parts cost a map lookup after the first render. Parts that
// can hold case data (document, headers, footers, core and custom properties) are never cached:
// case data is not kept in memory beyond the render that needs it.
//
// Deflate output is stable for one zlib build, so "same input, same bytes" holds per Harbor and
// Node version, as for the PDF (src/render/pdf).
import { crc32, deflateRawSync } from 'node:zlib';
import { dosTimeDate, zipEpoch } from '../zip-time.js';

interface Deflated {
  crc: number;
  size: number;
  data: Uint8Array<ArrayBuffer>;
}

/** Parts that never hold case data (their text depends only on Harbor's code and styles). */
// Not fontTable.xml: its embedded-font keys are derived from the subset of the characters a
// document uses (fonts.ts), so it is per document.
export const STATIC_PART = /^(word\/(styles|settings|footnotes|endnotes|webSettings|numbering)\.xml|word\/theme\/theme\d+\.xml|docProps\/app\.xml|\[Content_Types\]\.xml|(.*\/)?_rels\/.*\.rels)$/;
const MAX_CACHED = 64;
const cache = new Map<string, Deflated>();

const encoder = new TextEncoder();

/**
 * Deflate levels. Parts kept per process (STATIC_PART) are deflated once, at zlib's default 6.
 * A document's own parts are deflated on every render, at level 1: on the parts that are large
 * (document.xml, 20–190 KB; each embedded font subset, ~26 KB) level 6 takes 2–4× as long for
 * 3–15% fewer bytes (rfa: document 0.87 → 0.19 ms for 5.2 → 6.1 KB; four font subsets 2.1 →
 * 1.3 ms for 60.8 → 63.0 KB), and the render time is what users wait on.
 */
const STATIC_LEVEL = 6;
const DOCUMENT_LEVEL = 1;

function deflate(bytes: Uint8Array, level: number): Deflated {
  const data = deflateRawSync(bytes, { level });
  return { crc: crc32(bytes) >>> 0, size: bytes.length, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) as Uint8Array<ArrayBuffer> };
}

function deflatePart(name: string, data: string | Uint8Array): Deflated {
  if (typeof data !== 'string' || !STATIC_PART.test(name)) return deflate(typeof data === 'string' ? encoder.encode(data) : data, DOCUMENT_LEVEL);
  const key = `${name}\u0000${data}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = deflate(encoder.encode(data), STATIC_LEVEL);
    if (cache.size >= MAX_CACHED) cache.clear(); // bounded: styles change only with Harbor's code
    cache.set(key, hit);
  }
  return hit;
}

/**
 * Zip `parts` in the given order, every entry deflated and dated with the fixed zip epoch.
 *
 * The container is written here rather than by fflate because the cached entries are already
 * deflated (fflate only takes raw bytes, or streams with data descriptors after each entry). The
 * layout is the most conservative one (PKWARE APPNOTE 4.3.7, 4.3.12, 4.3.16): sizes and CRC in
 * every local header, no data descriptors, no extra fields, no zip64, which is what Word writes.
 */
export function zipParts(parts: Array<[string, string | Uint8Array]>): Uint8Array {
  const time = dosTimeDate(zipEpoch());
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const d = deflatePart(name, data);
    const nameBytes = encoder.encode(name);
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800; // bit 11: the name is UTF-8
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true); // local file header signature
    local.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    local.setUint16(6, flags, true);
    local.setUint16(8, 8, true); // method: deflate
    local.setUint16(10, time.time, true);
    local.setUint16(12, time.date, true);
    local.setUint32(14, d.crc, true);
    local.setUint32(18, d.data.length, true); // compressed size
    local.setUint32(22, d.size, true); // uncompressed size
    local.setUint16(26, nameBytes.length, true);
    local.setUint16(28, 0, true); // extra field length
    locals.push(new Uint8Array(local.buffer), nameBytes, d.data);

    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true); // central directory header signature
    central.setUint16(4, 20, true); // version made by: 2.0, MS-DOS attributes
    central.setUint16(6, 20, true);
    central.setUint16(8, flags, true);
    central.setUint16(10, 8, true);
    central.setUint16(12, time.time, true);
    central.setUint16(14, time.date, true);
    central.setUint32(16, d.crc, true);
    central.setUint32(20, d.data.length, true);
    central.setUint32(24, d.size, true);
    central.setUint16(28, nameBytes.length, true);
    // extra, comment, disk number, internal and external attributes: all 0 (bytes 30–41)
    central.setUint32(42, offset, true); // offset of the local header
    centrals.push(new Uint8Array(central.buffer), nameBytes);
    offset += 30 + nameBytes.length + d.data.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true); // end of central directory signature
  end.setUint16(8, parts.length, true); // entries on this disk
  end.setUint16(10, parts.length, true); // entries in total
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true); // offset of the central directory
  return Buffer.concat([...locals, ...centrals, new Uint8Array(end.buffer)]);
}
