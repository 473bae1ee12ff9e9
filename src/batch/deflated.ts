// A text compressed ahead of time, in pieces that are one raw DEFLATE stream (RFC 1951) when laid
// end to end: the batch manifest is deflated a block at a time while the batch runs, and its ZIP
// entry is those blocks as they are (src/batch/zip.ts `addDeflated`), never inflated again.
//
// Why: the manifest of 10,000 one-year worksheets is ~17.5 MB of JSON. Inflated and deflated
// again when it was written at the end, it took ~0.36 s and raised the batch's RSS by ~30 MB in its
// last half-second (each inflated block a fresh buffer outside the V8 heap, freed only by a later
// collection): the peak of the whole batch (issue 18 target 4).
//
// Every piece but the last ends with a sync flush (RFC 1951 §3.2.4: an empty stored block, byte
// aligned, not final), so the next piece, deflated on its own, starts on a byte boundary; the last
// ends with a final block. The pieces' CRC-32s are combined arithmetically (zlib's
// crc32_combine), since the text's first piece (the manifest's counts) is known only at the end.
import { deflateRaw } from '../render/zip-records.js';

/** A text as raw DEFLATE pieces (concatenated in order: one stream), with its CRC-32 and length. */
export interface DeflatedText {
  parts: Uint8Array[];
  /** CRC-32 of the uncompressed bytes (ISO 3309, as in ZIP and gzip). */
  crc: number;
  /** Uncompressed length, bytes. */
  size: number;
}

/**
 * Level 6, zlib's default: on manifest text ~0.6 ms per 256 KB block (measured) for ~5 % smaller
 * output than level 1; the blocks are made one at a time as the batch runs.
 */
const LEVEL = 6;

/** One piece of a DeflatedText: `final` for the last (a final block), else ending in a sync flush. */
export function deflatePiece(bytes: Uint8Array, final: boolean): ReturnType<typeof deflateRaw> {
  return deflateRaw(bytes, LEVEL, final);
}

/** Lay pieces (all but the last made with `final` false) end to end as one DeflatedText. */
export function joinPieces(pieces: { data: Uint8Array; crc: number; size: number }[]): DeflatedText {
  let crc = 0;
  let size = 0;
  for (const p of pieces) {
    crc = crc32Combine(crc, p.crc, p.size);
    size += p.size;
  }
  return { parts: pieces.map((p) => p.data), crc, size };
}

// CRC-32 combination (zlib 1.2.12+ crc32.c, multmodp and x2nmodp): the CRC of A‖B from crc(A),
// crc(B) and B's length is crc(A) multiplied by x^(8·len(B)) modulo the CRC polynomial, plus crc(B).
// Polynomials are 32-bit words in reflected bit order (bit 31 is x^0).
const POLY = 0xedb88320;

/** a(x)·b(x) modulo the CRC polynomial. */
function multModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** X2N[k] = x^(2^k) modulo the polynomial, for k < 64 (2^64 bits is beyond any length here). */
const X2N: number[] = [];
for (let k = 0, p = 0x40000000 /* x^1 */; k < 64; k++, p = multModP(p, p)) X2N.push(p);

/** x^(n·2^k) modulo the polynomial (n ≥ 0, an integer below 2^53). */
function x2nModP(n: number, k: number): number {
  let p = 0x80000000; // x^0
  while (n > 0) {
    if (n % 2 === 1) p = multModP(X2N[k % 64]!, p);
    n = Math.floor(n / 2);
    k++;
  }
  return p;
}

/** CRC-32 of A‖B, given crc(A), crc(B) and B's length in bytes. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multModP(x2nModP(lengthB, 3), crcA >>> 0) ^ (crcB >>> 0)) >>> 0;
}
