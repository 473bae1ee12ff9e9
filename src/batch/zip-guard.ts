// The zip-bomb guard of Excel batches: a workbook is a zip whose central directory and entry sizes
// are the file's own claims, so before exceljs sees it every part is located the way exceljs's
// unzip (JSZip) locates it, inflated and its real bytes counted (never kept). A package that is
// not a zip JSZip can read, that has too many parts, or that really unpacks to more than
// MAX_UNPACKED bytes is refused here, having cost at most that.
import { figure } from '../domain/format.js';
import { createInflateRaw } from 'node:zlib';
import { HarborError } from '../errors.js';

/**
 * Most bytes a workbook may unpack to (its parts' real sizes): a zip bomb is refused before exceljs
 * reads it. The largest honest workbook a clinic sends, 10,000 cases of ~60 columns (every text
 * cell different), unpacks to 41 MB, and 10,000 rows of the RFA's 102 columns to 77 MB (measured;
 * docs/batch.md §Workbooks); 128 MB leaves room above both, where 256 MB let a 218 KB
 * workbook padded with 200 MB of whitespace through to exceljs.
 */
export const MAX_UNPACKED = 128 * 1024 * 1024;
/** Most parts (files) in a workbook's zip: Excel writes a few dozen. */
const MAX_PARTS = 10_000;

function malformed(message: string): HarborError {
  return new HarborError('malformed-input', message, [{ path: '', code: 'malformed-input', message }]);
}

const notWorkbook = (): HarborError => malformed('The file is not an Excel workbook (.xlsx)');

/** One part (file) of a workbook's zip, as its central directory lists it. */
interface ZipPart {
  flags: number;
  method: number;
  compressedSize: number;
  /** The unpacked size the entry declares: a claim, checked against the real one. */
  size: number;
  localOffset: number;
}

/** A 64-bit little-endian count (ZIP64), refused past 2^53. */
function uint64(v: DataView, at: number): number {
  const high = v.getUint32(at + 4, true);
  if (high > 0x1fffff) throw notWorkbook();
  return high * 2 ** 32 + v.getUint32(at, true);
}

/**
 * The parts a zip's central directory lists (PKWARE APPNOTE 6.3.10 §4.3.12-16, ZIP64 included),
 * read the way exceljs's unzip (JSZip) reads them: the last end-of-central-directory record, the
 * central directory exactly where it says (JSZip reads a shifted one at another place, so a zip
 * whose directory is not where its end record puts it is refused), each part's data after its
 * local header for the central directory's compressed size.
 */
function zipParts(b: Uint8Array): ZipPart[] {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notWorkbook();
  let count = v.getUint16(eocd + 10, true);
  let dirSize = v.getUint32(eocd + 12, true);
  let dirOffset = v.getUint32(eocd + 16, true);
  let dirEnd = eocd;
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    // ZIP64: the locator just before the end record points at the ZIP64 end record.
    const locator = eocd - 20;
    if (locator < 0 || v.getUint32(locator, true) !== 0x07064b50) throw notWorkbook();
    dirEnd = uint64(v, locator + 8);
    if (dirEnd + 56 > locator || v.getUint32(dirEnd, true) !== 0x06064b50) throw notWorkbook();
    count = uint64(v, dirEnd + 32);
    dirSize = uint64(v, dirEnd + 40);
    dirOffset = uint64(v, dirEnd + 48);
  }
  if (dirOffset + dirSize !== dirEnd) throw notWorkbook();
  if (count > MAX_PARTS) throw malformed(`The workbook has more than ${figure(MAX_PARTS)} parts; Excel writes a few dozen`);
  const parts: ZipPart[] = [];
  for (let n = 0, p = dirOffset; n < count; n++) {
    if (p + 46 > dirEnd || v.getUint32(p, true) !== 0x02014b50) throw notWorkbook();
    const nameLength = v.getUint16(p + 28, true);
    const extraLength = v.getUint16(p + 30, true);
    const part: ZipPart = {
      flags: v.getUint16(p + 8, true),
      method: v.getUint16(p + 10, true),
      compressedSize: v.getUint32(p + 20, true),
      size: v.getUint32(p + 24, true),
      localOffset: v.getUint32(p + 42, true),
    };
    if (part.size === 0xffffffff || part.compressedSize === 0xffffffff || part.localOffset === 0xffffffff) {
      // The ZIP64 extra field holds the 64-bit values of those that are 0xFFFFFFFF, in this order.
      let at = -1;
      for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; e += 4 + v.getUint16(e + 2, true)) {
        if (v.getUint16(e, true) === 0x0001) {
          at = e + 4;
          break;
        }
      }
      if (at < 0) throw notWorkbook();
      for (const k of ['size', 'compressedSize', 'localOffset'] as const) {
        if (part[k] !== 0xffffffff) continue;
        if (at + 8 > dirEnd) throw notWorkbook();
        part[k] = uint64(v, at);
        at += 8;
      }
    }
    parts.push(part);
    p += 46 + nameLength + extraLength + v.getUint16(p + 32, true);
  }
  return parts;
}

/** Bytes `data` inflates to (raw DEFLATE), counted off the main thread; stops once past `limit`. */
function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 64 * 1024 });
    let n = 0;
    z.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > limit) {
        z.destroy();
        resolve(n);
      }
    });
    z.on('end', () => resolve(n));
    z.on('error', reject);
    z.end(data);
  });
}

/**
 * Refuse a workbook that is not a zip exceljs can read, or that really unpacks to more than
 * MAX_UNPACKED bytes, before exceljs sees it. Every part is inflated here and its bytes counted
 * (on zlib's threads, never kept): the sizes a zip declares are the file's own claim, and a part
 * that unpacks to more than its entry declares (a sheet declaring 18 KB that is 600 MB) is refused
 * as soon as it passes its claim, having cost that claim and no more.
 */
export async function checkPackage(bytes: Uint8Array): Promise<void> {
  const parts = zipParts(bytes);
  const tooBig = (): HarborError => malformed(`The workbook unpacks to more than ${figure(MAX_UNPACKED / 1024 / 1024)} MB`);
  if (parts.reduce((sum, p) => sum + p.size, 0) > MAX_UNPACKED) throw tooBig();
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const part of parts) {
    // Encrypted parts, and methods other than stored (0) and deflated (8), JSZip cannot read.
    if ((part.flags & 1) !== 0 || (part.method !== 0 && part.method !== 8)) throw notWorkbook();
    const local = part.localOffset;
    if (local + 30 > bytes.length || v.getUint32(local, true) !== 0x04034b50) throw notWorkbook();
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    if (start + part.compressedSize > bytes.length) throw notWorkbook();
    const data = bytes.subarray(start, start + part.compressedSize);
    let size: number;
    try {
      size = part.method === 0 ? data.length : await inflatedSize(data, part.size);
    } catch {
      throw notWorkbook();
    }
    if (size > part.size) throw malformed('The workbook is damaged or a zip bomb: one of its parts unpacks to more than its zip entry declares');
    total += size;
    if (total > MAX_UNPACKED) throw tooBig();
  }
}
