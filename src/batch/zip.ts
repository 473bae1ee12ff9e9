// The batch archive: a ZIP written to a file or a response as it is made, with the reader's
// back-pressure respected between writes. Every entry carries the fixed zip epoch
// (src/render/zip-time.ts), so the same batch gives the same bytes (docs/architecture.md
// §Determinism). References are to PKWARE's APPNOTE.TXT 6.3.10; the records themselves are written
// by src/render/zip-records.ts, shared with the DOCX container.
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
// fflate's archive, "only DEFLATED entries can have EXT descriptor"); the manifest is deflated
// before it is written (src/batch/deflated.ts), so it has its CRC and sizes in its header too.
// ZIP64 (4.3.14, 4.3.15, 4.5.3) only where a number does not fit: the offset of an entry that
// starts past 4 GiB goes in a ZIP64 extended-information field of its central record, and an
// archive with more than 65,534 entries or a central directory past 4 GiB ends with the ZIP64 end
// record and locator.
import { duration } from '../domain/format.js';
import type { Writable } from 'node:stream';
import { crc32 } from 'node:zlib';
import type { DeflatedText } from './deflated.js';
import { dosTimeDate, zipEpoch } from '../render/zip-time.js';
import { centralRecord, endRecord, localHeader, Record, U16_MAX, U32_MAX, VERSION_ZIP64, zipName, type ZipEntry } from '../render/zip-records.js';

/** The error a stalled reader's response is destroyed with (see `stallMs`). */
export class ReaderStalled extends Error {
  constructor(ms: number) {
    super(`the reader took nothing for ${duration(ms)}`);
    this.name = 'ReaderStalled';
  }
}

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
    const entry = this.entry(name, 0);
    // A stored entry's sizes have only the 32-bit fields of a local header without a ZIP64 field;
    // no document comes near (a render's input is bounded by the body limit).
    if (bytes.length >= U32_MAX) throw new RangeError(`zip: "${name}" is 4 GiB or more`);
    entry.crc = crc32(bytes) >>> 0;
    entry.compressed = entry.size = bytes.length;
    // Header and document reach the output as one write (issue 18): corked, a file stream writes
    // both with one writev(2) on libuv's pool, where two writes made two trips to it per record
    // (the second write waited in the stream's buffer until the first was done), and a response's
    // socket sends them together. The same bytes either way; an output that has no `_writev` gets
    // them as two `_write` calls, as before.
    this.out.cork();
    this.write(localHeader(entry, this.time));
    this.write(bytes);
    this.out.uncork();
    this.added(entry);
    await this.drained();
  }

  /**
   * Add a file deflated ahead of time (the manifest: src/batch/deflated.ts), its pieces written as
   * they are. Its CRC-32 and sizes are known, so they go in the local header and no data descriptor
   * follows, as for a stored document.
   */
  async addDeflated(name: string, text: DeflatedText): Promise<void> {
    const entry = this.entry(name, 8);
    entry.crc = text.crc;
    entry.size = text.size;
    entry.compressed = text.parts.reduce((n, p) => n + p.length, 0);
    if (entry.size >= U32_MAX || entry.compressed >= U32_MAX) throw new RangeError(`zip: "${name}" is 4 GiB or more`);
    this.write(localHeader(entry, this.time));
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
    this.write(endRecord(this.entries, size, start));
    this.out.end();
  }

  /** Stop without a central directory (the client has gone): what was written never looks whole. */
  abort(): void {
    this.closed = true;
  }

  private check(): void {
    if (this.closed) throw new Error('zip: the archive is already ended');
  }

  private entry(name: string, method: number): ZipEntry {
    this.check();
    return { ...zipName(name), method, crc: 0, compressed: 0, size: 0, offset: this.offset };
  }

  /** The entry's central-directory record, kept as bytes until `end()`. */
  private added(e: ZipEntry): void {
    this.central.append(centralRecord(e, this.time));
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
