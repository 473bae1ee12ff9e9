// The records of a ZIP file (PKWARE APPNOTE.TXT 6.3.10), shared by the two writers: the DOCX
// container (src/render/docx/zip.ts: whole, in memory) and the batch archive (src/batch/zip.ts:
// streamed, with ZIP64 where a number does not fit). Both write the conservative layout every
// reader takes: CRC-32 and sizes in each local header, no data descriptors, version 2.0, the fixed
// zip epoch (./zip-time.ts).
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { windowBitsFor } from './deflate-window.js';
import type { DosTime } from './zip-time.js';

export const U16_MAX = 0xffff;
export const U32_MAX = 0xffffffff;

/** Version needed / made by (4.4.3.2): 2.0, deflate; 4.5 for ZIP64 records. */
export const VERSION = 20;
export const VERSION_ZIP64 = 45;

const encoder = new TextEncoder();

/** Little-endian fields written in order into a fixed-size record. */
export class Record {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  private at = 0;

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }
  u16(v: number): this {
    this.view.setUint16(this.at, v, true);
    this.at += 2;
    return this;
  }
  u32(v: number): this {
    this.view.setUint32(this.at, v, true);
    this.at += 4;
    return this;
  }
  /** An 8-byte field: exact for every offset a JavaScript number holds as an integer (< 2^53). */
  u64(v: number): this {
    this.view.setBigUint64(this.at, BigInt(v), true);
    this.at += 8;
    return this;
  }
  raw(b: Uint8Array): this {
    this.bytes.set(b, this.at);
    this.at += b.length;
    return this;
  }
}

/** What a central-directory record repeats of its entry's local header. */
export interface ZipEntry {
  name: Uint8Array;
  /** General purpose bit flags (4.4.4): bit 11, the name is UTF-8. */
  flags: number;
  /** 0 stored, 8 deflated (4.4.5). */
  method: number;
  crc: number;
  compressed: number;
  size: number;
  /** Where the local header starts. */
  offset: number;
}

/** A file name's bytes, and bit 11 (4.4.4, appendix D) when it is not printable ASCII (which reads the same either way). */
export function zipName(name: string): { name: Uint8Array; flags: number } {
  const bytes = encoder.encode(name);
  if (bytes.length > U16_MAX) throw new RangeError('zip: a file name is longer than 65,535 bytes');
  return { name: bytes, flags: /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800 };
}

/** Local file header (4.3.7), with the entry's CRC-32 and 32-bit sizes. */
export function localHeader(e: ZipEntry, t: DosTime): Uint8Array {
  const r = new Record(30 + e.name.length).u32(0x04034b50).u16(VERSION).u16(e.flags).u16(e.method).u16(t.time).u16(t.date);
  return r.u32(e.crc).u32(e.compressed).u32(e.size).u16(e.name.length).u16(0).raw(e.name).bytes;
}

/**
 * Central-directory record (4.3.12). An entry whose local header starts at 4 GiB or past has its
 * offset in a ZIP64 extended-information field (4.5.3: only the field that overflows goes there).
 */
export function centralRecord(e: ZipEntry, t: DosTime): Uint8Array {
  const far = e.offset >= U32_MAX;
  const version = far ? VERSION_ZIP64 : VERSION;
  const r = new Record(46 + e.name.length + (far ? 12 : 0)).u32(0x02014b50).u16(version).u16(version).u16(e.flags).u16(e.method).u16(t.time).u16(t.date);
  // Extra field length; comment length, disk number start, internal and external attributes: 0.
  r.u32(e.crc).u32(e.compressed).u32(e.size).u16(e.name.length).u16(far ? 12 : 0).u16(0).u16(0).u16(0).u32(0);
  r.u32(far ? U32_MAX : e.offset).raw(e.name);
  if (far) r.u16(0x0001).u16(8).u64(e.offset);
  return r.bytes;
}

/** End of central directory record (4.3.16); a field too small holds its maximum (4.4.1.4). */
export function endRecord(entries: number, size: number, start: number): Uint8Array {
  const count = Math.min(entries, U16_MAX);
  return new Record(22).u32(0x06054b50).u16(0).u16(0).u16(count).u16(count).u32(Math.min(size, U32_MAX)).u32(Math.min(start, U32_MAX)).u16(0).bytes;
}

/** Bytes deflated raw (RFC 1951) at `level`, with their CRC-32 and length; `final` false ends in a sync flush instead of a final block. */
export function deflateRaw(bytes: Uint8Array, level: number, final = true): { data: Uint8Array; crc: number; size: number } {
  // The smallest window that holds the input: the same bytes, without clearing a 32 KB window's
  // tables for every part (./deflate-window.ts).
  const data = deflateRawSync(bytes, { level, windowBits: windowBitsFor(bytes.length), finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
  return { data, crc: crc32(bytes) >>> 0, size: bytes.length };
}
