// Text deflated in pieces (src/batch/deflated.ts), as the batch manifest is: the pieces laid end to
// end are one DEFLATE stream that zlib inflates to the whole text, and the combined CRC-32 is
// zlib's CRC-32 of the whole, for any split, including empty pieces and pieces larger than a
// deflate window.
import { randomBytes } from 'node:crypto';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Combine, deflatePiece, joinPieces } from '../../src/batch/deflated.js';

/** A deterministic pseudo-random generator (xorshift32), so a failure names its case. */
function rng(seed: number): () => number {
  let x = seed || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

describe('crc32Combine', () => {
  it('gives the CRC-32 of A‖B from the CRCs of A and B, for 500 random splits', () => {
    const next = rng(18);
    const data = randomBytes(200_000);
    for (let i = 0; i < 500; i++) {
      const a = Math.floor(next() * 1000);
      const cut = Math.floor(next() * (a === 0 ? 1 : a));
      const end = Math.min(data.length, a + Math.floor(next() * 150_000));
      const whole = data.subarray(cut, end);
      const split = Math.floor(next() * (whole.length + 1));
      const [left, right] = [whole.subarray(0, split), whole.subarray(split)];
      expect(crc32Combine(crc32(left), crc32(right), right.length), `bytes ${cut}..${end} split at ${split}`).toBe(crc32(whole) >>> 0);
    }
  });

  it('treats empty parts as nothing', () => {
    const b = Buffer.from('manifest');
    expect(crc32Combine(0, crc32(b), b.length)).toBe(crc32(b) >>> 0);
    expect(crc32Combine(crc32(b), 0, 0)).toBe(crc32(b) >>> 0);
  });
});

describe('joinPieces', () => {
  it.each([
    ['one final piece', ['{"records": []}\n']],
    ['head, blocks, tail', ['{\n  "records": [\n', '    {"id": "Ánh"}', ',\n    {"id": "王秀英"}'.repeat(20_000), '', '\n  ]\n}\n']],
    ['incompressible pieces', [randomBytes(100_000).toString('latin1'), randomBytes(70_000).toString('latin1'), 'end']],
  ])('%s: one stream, inflated to the whole text, with its CRC and length', (_, texts) => {
    const pieces = texts.map((t, i) => deflatePiece(Buffer.from(t, 'utf8'), i === texts.length - 1));
    const d = joinPieces(pieces);
    const whole = Buffer.from(texts.join(''), 'utf8');
    const back = inflateRawSync(Buffer.concat(d.parts));
    expect(back.equals(whole)).toBe(true);
    expect(d.size).toBe(whole.length);
    expect(d.crc).toBe(crc32(whole) >>> 0);
  });

  it('needs its last piece final: without it the stream is unfinished', () => {
    const d = joinPieces([deflatePiece(Buffer.from('a'), false), deflatePiece(Buffer.from('b'), false)]);
    expect(() => inflateRawSync(Buffer.concat(d.parts))).toThrow(/unexpected end/);
  });
});
