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

  /** A non-negative integer in decimal. */
  private uint(v: number): void {
    if (v < 10) {
      this.byte(48 + v);
      return;
    }
    let digits = 1;
    for (let p = 10; p <= v; p *= 10) digits++;
    this.room(digits);
    let at = this.length + digits;
    this.length = at;
    const buf = this.buf;
    do {
      const q = Math.floor(v / 10);
      buf[--at] = 48 + (v - q * 10);
      v = q;
    } while (v > 0);
  }

  /** A number as writer.ts's `num` writes it: at most 2 decimals, no exponent, no "-0". */
  num(n: number): void {
    const c = Math.round(n * 100);
    if (c % 100 === 0) {
      if (c === 0) {
        this.byte(48);
        return;
      }
      const i = c / 100;
      if (!Number.isSafeInteger(c)) {
        this.ascii(num(n)); // beyond 2^53 hundredths: not a page coordinate; the same text as num()
        return;
      }
      if (i < 0) this.byte(45);
      this.uint(i < 0 ? -i : i);
      return;
    }
    if (!Number.isSafeInteger(c)) {
      this.ascii(num(n));
      return;
    }
    const a = c < 0 ? -c : c;
    const f = a % 100;
    if (c < 0) this.byte(45);
    this.uint((a - f) / 100);
    this.byte(46);
    if (f % 10 === 0) this.byte(48 + f / 10);
    else {
      if (f < 10) this.byte(48);
      this.uint(f);
    }
  }
}
