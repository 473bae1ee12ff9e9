// A growing byte buffer for page content streams: operators, numbers and CID strings are written
// as bytes as they are produced, instead of concatenating a string per page and converting it to
// Latin-1 bytes for deflate. Building the restitution worksheet's ten pages of table operators as
// strings allocated ~1.6 MB per document (cons strings, number strings, the flattened copy and
// its Buffer), much of the render's garbage collection. The bytes are exactly those the strings'
// Latin-1 encoding would give (`num` writes the digits of writer.ts's `num`).
import { num } from './writer.js';

export class ByteSink {
  private buf: Uint8Array;
  /** Bytes written so far. */
  length = 0;

  constructor(capacity = 1 << 16) {
    this.buf = new Uint8Array(capacity);
  }

  /** Forget the contents (the buffer is kept for the next use). */
  reset(): void {
    this.length = 0;
  }

  /** The bytes written: a view of the buffer, valid until the next write or reset. */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  /**
   * Room for `n` more bytes: the buffer to write them into directly, from `length` on (the
   * writer sets `length` past what it wrote). Valid until the next write.
   */
  reserve(n: number): Uint8Array {
    this.room(n);
    return this.buf;
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** One byte. */
  byte(b: number): void {
    if (this.length === this.buf.length) this.room(1);
    this.buf[this.length++] = b;
  }

  /** A string of code units below 256, one byte each (Latin-1, as Buffer.from(s, 'latin1')). */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < n; i++) buf[at++] = s.charCodeAt(i) & 0xff;
    this.length = at;
  }

  /** A number as writer.ts's `num` writes it: at most 2 decimals, no exponent, no "-0". */
  num(n: number): void {
    const c = Math.round(n * 100);
    // Page coordinates and sizes are far below 2^31 hundredths (21 million points); anything else
    // (or NaN) is written by num() itself.
    if (!(c > -0x80000000 && c < 0x80000000)) {
      this.ascii(num(n));
      return;
    }
    this.room(13); // "-", 10 digits, ".", 2 digits (at most)
    const buf = this.buf;
    let at = this.length;
    let a = c;
    if (c < 0) {
      buf[at++] = 45;
      a = -c;
    }
    const ip = (a / 100) | 0;
    const f = a - ip * 100;
    if (ip < 10) buf[at++] = 48 + ip;
    else if (ip < 100) {
      const d = (ip / 10) | 0;
      buf[at++] = 48 + d;
      buf[at++] = 48 + ip - d * 10;
    } else if (ip < 1000) {
      const h = (ip / 100) | 0;
      const d = ((ip - h * 100) / 10) | 0;
      buf[at++] = 48 + h;
      buf[at++] = 48 + d;
      buf[at++] = 48 + ip - h * 100 - d * 10;
    } else {
      let digits = 4;
      for (let p = 10000; p <= ip; p *= 10) digits++;
      let v = ip;
      for (let k = at + digits - 1; k >= at; k--) {
        const q = (v / 10) | 0;
        buf[k] = 48 + v - q * 10;
        v = q;
      }
      at += digits;
    }
    if (f !== 0) {
      const d1 = (f / 10) | 0;
      const d2 = f - d1 * 10;
      buf[at++] = 46;
      buf[at++] = 48 + d1;
      if (d2 !== 0) buf[at++] = 48 + d2;
    }
    this.length = at;
  }
}
