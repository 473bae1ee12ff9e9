// The batch archive: a ZIP written to a file or a response as it is made, with the reader's
// back-pressure respected between writes. Every entry carries the fixed zip epoch
// (src/render/zip-time.ts), so the same batch gives the same bytes (docs/architecture.md
// §Determinism). References are to PKWARE's APPNOTE.TXT 6.3.10.
//
// Written here rather than by fflate's streaming Zip (used up to issue 18's round of 2026-12-04),
// for two reasons measured on `harbor batch`:
// - fflate has no ZIP64 (its header writer stores every number in as many bytes as it takes, so a
//   number past a field's width runs into the next field): an archive past 4 GiB (~22,000 one-year
//   worksheets) got wrong offsets, and one past 65,535 entries (the CLI takes 100,000 records) a
//   wrong count in its end record. Both were silently corrupt archives.
// - it keeps ~1.1 KB of objects and closures per entry until the end (a heap snapshot of the main
//   thread between records 1,300 and 6,300 of a batch: 2 objects, a context, 4 closures, a Date,
//   a Uint8Array and its ArrayBuffer per entry), 110 MB for 100,000 records. Here an entry's
//   central-directory record is its final bytes from the moment it is added: 46 bytes and the name
//   (58 more past 4 GiB).
//
// Layout, chosen to be read by every unzip: a document is stored (PDF and DOCX are compressed
// already) with its CRC-32 and sizes in its local header and no data descriptor (4.3.7, 4.3.9.1;
// streaming readers refuse a stored entry with a descriptor: Java's ZipInputStream read none of
// fflate's archive, "only DEFLATED entries can have EXT descriptor"); the manifest is deflated before
// it is written (src/batch/deflated.ts), so it has its CRC and sizes in its header too. ZIP64 (4.3.14, 4.3.15, 4.5.3) only
// where a number does not fit: the offset of an entry that starts past 4 GiB goes in a ZIP64
// extended-information field of its central record, and an archive with more than 65,534 entries or
// a central directory past 4 GiB ends with the ZIP64 end record and locator.
import type { Writable } from 'node:stream';
import { crc32 } from 'node:zlib';
import type { DeflatedText } from './deflated.js';
import { dosTimeDate, zipEpoch } from '../render/zip-time.js';

/** The error a stalled reader's response is destroyed with (see `stallMs`). */
export class ReaderStalled extends Error {
  constructor(ms: number) {
    super(`the reader took nothing for ${ms} ms`);
    this.name = 'ReaderStalled';
  }
}

const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
const encoder = new TextEncoder();

/** Bytes appended in blocks: the central directory as it grows (no object per entry). */
class ByteLog {
  private static readonly BLOCK = 64 * 1024;
  private readonly blocks: Uint8Array[] = [];
  private block = new Uint8Array(ByteLog.BLOCK);
  private used = 0;
  length = 0;

  append(bytes: Uint8Array): void {
    let from = 0;
    while (from < bytes.length) {
      if (this.used === this.block.length) {
        this.blocks.push(this.block);
        this.block = new Uint8Array(ByteLog.BLOCK);
        this.used = 0;
      }
      const n = Math.min(bytes.length - from, this.block.length - this.used);
      this.block.set(bytes.subarray(from, from + n), this.used);
      this.used += n;
      from += n;
    }
    this.length += bytes.length;
  }

  /** The blocks in order, the last one trimmed. */
  *chunks(): Generator<Uint8Array> {
    yield* this.blocks;
    if (this.used > 0) yield this.block.subarray(0, this.used);
  }
}

/** Little-endian fields written in order into a fixed-size record. */
class Record {
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
interface Entry {
  name: Uint8Array;
  /** General purpose bit flags (4.4.4): bit 3, a data descriptor follows; bit 11, the name is UTF-8. */
  flags: number;
  /** 0 stored, 8 deflated (4.4.5). */
  method: number;
  crc: number;
  compressed: number;
  size: number;
  /** Where the local header starts. */
  offset: number;
}

/** Version 2.0 (4.4.3.2): deflate; 4.5: ZIP64 records. */
const VERSION = 20;
const VERSION_ZIP64 = 45;

export class ZipStream {
  /** Bytes written so far: the offset of whatever is written next. */
  private offset = 0;
  private entries = 0;
  private readonly central = new ByteLog();
  private readonly time = dosTimeDate(zipEpoch());
  private closed = false;
  /** True once the reader was cut off for taking nothing for `stallMs`. */
  stalled = false;

  /**
   * `stallMs`: longest wait for the reader to take more (a 'drain') before `out` is destroyed
   * with ReaderStalled (issue 16, defect 9: a client that stops reading held a batch open
   * forever). Absent: no limit (a file).
   */
  constructor(
    private readonly out: Writable,
    private readonly stallMs?: number,
  ) {}

  /** Add one file, stored as it is (PDF and DOCX are compressed already). Resolves once the reader can take more. */
  async add(name: string, bytes: Uint8Array): Promise<void> {
    const entry = this.entry(name, 0, 0);
    // A stored entry's sizes have only the 32-bit fields of a local header without a ZIP64 field;
    // no document comes near (a render's input is bounded by the body limit).
    if (bytes.length >= U32_MAX) throw new RangeError(`zip: "${name}" is 4 GiB or more`);
    entry.crc = crc32(bytes) >>> 0;
    entry.compressed = entry.size = bytes.length;
    this.write(this.localHeader(entry));
    this.write(bytes);
    this.added(entry);
    await this.drained();
  }

  /**
   * Add a file deflated ahead of time (the manifest: src/batch/deflated.ts), its pieces written as
   * they are. Its CRC-32 and sizes are known, so they go in the local header and no data descriptor
   * follows, as for a stored document.
   */
  async addDeflated(name: string, text: DeflatedText): Promise<void> {
    const entry = this.entry(name, 8, 0);
    entry.crc = text.crc;
    entry.size = text.size;
    entry.compressed = text.parts.reduce((n, p) => n + p.length, 0);
    if (entry.size >= U32_MAX || entry.compressed >= U32_MAX) throw new RangeError(`zip: "${name}" is 4 GiB or more`);
    this.write(this.localHeader(entry));
    for (const part of text.parts) {
      this.write(part);
      await this.drained();
      this.check();
    }
    this.added(entry);
    await this.drained();
  }

  /** Write the central directory and the end records, and end the output. */
  end(): void {
    this.check();
    this.closed = true;
    const start = this.offset;
    for (const chunk of this.central.chunks()) this.write(chunk);
    const size = this.central.length;
    const end = this.offset;
    if (this.entries >= U16_MAX || start >= U32_MAX || size >= U32_MAX) {
      // ZIP64 end of central directory record (4.3.14) and its locator (4.3.15).
      this.write(new Record(56).u32(0x06064b50).u64(44).u16(VERSION_ZIP64).u16(VERSION_ZIP64).u32(0).u32(0).u64(this.entries).u64(this.entries).u64(size).u64(start).bytes);
      this.write(new Record(20).u32(0x07064b50).u32(0).u64(end).u32(1).bytes);
    }
    // End of central directory record (4.3.16): a field too small holds its maximum (4.4.1.4).
    const count = Math.min(this.entries, U16_MAX);
    this.write(new Record(22).u32(0x06054b50).u16(0).u16(0).u16(count).u16(count).u32(Math.min(size, U32_MAX)).u32(Math.min(start, U32_MAX)).u16(0).bytes);
    this.out.end();
  }

  /** Stop without a central directory (the client has gone): what was written never looks whole. */
  abort(): void {
    this.closed = true;
  }

  private check(): void {
    if (this.closed) throw new Error('zip: the archive is already ended');
  }

  private entry(name: string, method: number, flags: number): Entry {
    this.check();
    const bytes = encoder.encode(name);
    if (bytes.length > U16_MAX) throw new RangeError('zip: a file name is longer than 65,535 bytes');
    // Bit 11: the name is UTF-8 (4.4.4, appendix D); a printable-ASCII name reads the same either way.
    const utf8 = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800;
    return { name: bytes, flags: flags | utf8, method, crc: 0, compressed: 0, size: 0, offset: this.offset };
  }

  /** Local file header (4.3.7); CRC-32 and sizes zero when a data descriptor carries them. */
  private localHeader(e: Entry): Uint8Array {
    const r = new Record(30 + e.name.length).u32(0x04034b50).u16(VERSION).u16(e.flags).u16(e.method).u16(this.time.time).u16(this.time.date);
    return r.u32(e.crc).u32(e.compressed).u32(e.size).u16(e.name.length).u16(0).raw(e.name).bytes;
  }

  /** The entry's central-directory record (4.3.12), kept as bytes until `end()`. */
  private added(e: Entry): void {
    const far = e.offset >= U32_MAX; // 4.5.3: only the field that overflows goes in the ZIP64 field
    const version = far ? VERSION_ZIP64 : VERSION;
    const r = new Record(46 + e.name.length + (far ? 12 : 0)).u32(0x02014b50).u16(version).u16(version).u16(e.flags).u16(e.method).u16(this.time.time).u16(this.time.date);
    // Extra field length; comment length, disk number start, internal and external attributes: 0.
    r.u32(e.crc).u32(e.compressed).u32(e.size).u16(e.name.length).u16(far ? 12 : 0).u16(0).u16(0).u16(0).u32(0);
    r.u32(far ? U32_MAX : e.offset).raw(e.name);
    if (far) r.u16(0x0001).u16(8).u64(e.offset); // ZIP64 extended information extra field (4.5.3)
    this.central.append(r.bytes);
    this.entries++;
  }

  private write(bytes: Uint8Array): void {
    this.offset += bytes.length;
    this.out.write(bytes);
  }

  /** Resolves once the reader can take more, or right away when the reader has gone. */
  private async drained(): Promise<void> {
    if (this.out.writableNeedDrain && !this.out.destroyed) {
      // Listeners removed again either way (events.once in a race leaves the loser attached).
      await new Promise<void>((resolve) => {
        const timer = this.stallMs === undefined ? undefined : setTimeout(() => {
                this.stalled = true;
                this.out.destroy(new ReaderStalled(this.stallMs!));
              }, this.stallMs);
        const done = (): void => {
          clearTimeout(timer);
          this.out.off('drain', done);
          this.out.off('close', done);
          resolve();
        };
        this.out.on('drain', done);
        this.out.on('close', done);
      });
    }
  }
}
