// The DOCX container: the package parts in a fixed order with a fixed entry time (docs/architecture.md §Determinism).
//
// Speed: a document is ~35 KB of XML of which ~18 KB never changes (theme, settings, numbering,
// relationships). Parts are deflated with Node's zlib (about 10× faster than pure-JS
// deflate), and the compressed form of parts that can never carry case data is kept per process,
// keyed by their exact text, so those parts cost a map lookup after the first render. Parts that
// can hold case data (document, headers, footers, core and custom properties) are never cached:
// case data is not kept in memory beyond the render that needs it.
//
// Deflate output is stable for one zlib build, so "same input, same bytes" holds per Harbor and
// Node version, as for the PDF (src/render/pdf).
import { dosTimeDate, zipEpoch } from '../zip-time.js';
import { centralRecord, deflateRaw, endRecord, localHeader, zipName } from '../zip-records.js';

type Deflated = ReturnType<typeof deflateRaw>;

/** Parts that never hold case data (their text depends only on Harbor's code and styles). */
// Not fontTable.xml or styles.xml: they name the embedded fonts' families, each a document's own
// (derived from the subset of the characters it uses: fonts.ts subsetFamily), and fontTable.xml
// their keys, so they are per document.
export const STATIC_PART = /^(word\/(settings|footnotes|endnotes|webSettings|numbering)\.xml|word\/theme\/theme\d+\.xml|docProps\/app\.xml|\[Content_Types\]\.xml|(.*\/)?_rels\/.*\.rels)$/;
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

function deflatePart(name: string, data: string | Uint8Array): Deflated {
  if (typeof data !== 'string' || !STATIC_PART.test(name)) return deflateRaw(typeof data === 'string' ? encoder.encode(data) : data, DOCUMENT_LEVEL);
  const key = `${name}\u0000${data}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = deflateRaw(encoder.encode(data), STATIC_LEVEL);
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
 * every local header, no data descriptors, no extra fields, no zip64, which is what Word writes
 * (the records: ../zip-records.ts, shared with the batch archive).
 */
export function zipParts(parts: Array<[string, string | Uint8Array]>): Uint8Array {
  const time = dosTimeDate(zipEpoch());
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  let cdSize = 0;
  for (const [name, data] of parts) {
    const d = deflatePart(name, data);
    const entry = { ...zipName(name), method: 8, crc: d.crc, compressed: d.data.length, size: d.size, offset };
    const local = localHeader(entry, time);
    const central = centralRecord(entry, time);
    locals.push(local, d.data);
    centrals.push(central);
    offset += local.length + d.data.length;
    cdSize += central.length;
  }
  return Buffer.concat([...locals, ...centrals, endRecord(parts.length, cdSize, offset)]);
}
