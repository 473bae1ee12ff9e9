// A ZIP written to a response as it is made (fflate's streaming Zip), with the backpressure of the
// socket respected between files. Entries carry a fixed date (src/render/zip-time.ts) so the same
// batch gives the same bytes (docs/architecture.md §Determinism).
import type { Writable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { zipEpoch } from '../render/zip-time.js';

/**
 * A file stored as it is (PDF and DOCX are compressed already), given whole: fflate's documented
 * ZipInputFile with its size and CRC-32 known up front, the CRC from node:zlib (native) instead of
 * ZipPassThrough's JavaScript loop (~0.3 ms of the main thread per 180 KB worksheet, issue 18).
 * The archive's bytes are the same: a streamed entry's local header carries neither (they go in
 * the data descriptor and the central directory).
 */
function storedFile(filename: string, bytes: Uint8Array): ZipInputFile {
  return { filename, size: bytes.length, crc: crc32(bytes), compression: 0, mtime: zipEpoch() };
}

/** The error a stalled reader's response is destroyed with (see `stallMs`). */
export class ReaderStalled extends Error {
  constructor(ms: number) {
    super(`the reader took nothing for ${ms} ms`);
    this.name = 'ReaderStalled';
  }
}

export class ZipStream {
  private readonly zip: Zip;
  private failed: Error | undefined;
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
  ) {
    this.zip = new Zip((err, chunk, final) => {
      if (err) {
        this.failed = err;
        out.destroy(err);
        return;
      }
      out.write(chunk);
      if (final) out.end();
    });
  }

  /** Add one file, stored as it is (PDF and DOCX are compressed already). Resolves once the reader can take more. */
  async add(name: string, bytes: Uint8Array): Promise<void> {
    if (this.failed) throw this.failed;
    const f = storedFile(name, bytes);
    this.zip.add(f); // sets f.ondata
    f.ondata!(null, bytes as Uint8Array<ArrayBuffer>, true);
    await this.drained();
  }

  /**
   * Add a text file given in parts (the manifest), deflated. Each part is compressed as it comes,
   * and the reader is waited for between parts, so the whole text is never held at once.
   */
  async addText(name: string, parts: Iterable<Uint8Array>): Promise<void> {
    if (this.failed) throw this.failed;
    const f = new ZipDeflate(name, { level: 6 });
    f.mtime = zipEpoch();
    this.zip.add(f);
    for (const part of parts) {
      f.push(part, false);
      await this.drained();
      if (this.failed) throw this.failed;
    }
    f.push(new Uint8Array(0), true);
    await this.drained();
  }

  /** Resolves once the socket can take more, or right away when the reader has gone. */
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

  end(): void {
    this.zip.end();
  }

  /** Stop without a central directory (the client has gone). */
  abort(): void {
    this.zip.terminate();
  }
}
