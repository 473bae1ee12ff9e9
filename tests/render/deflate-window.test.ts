// Deflate with the smallest window that holds the input (src/render/deflate-window.ts, issue 18):
// zlib clears its window and tables at every stream's start, sized by the window, which cost more
// than compressing a PDF page. The compressed data must stay what the full window gives (a PDF page
// stream differs only in its zlib header's window field; a raw stream, the DOCX's and the batch
// ZIP's entries, not at all), and every page stream and DOCX part must be deflated that way.
import { readFileSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { generate } from '../../src/pipeline.js';
import { windowBitsFor } from '../../src/render/deflate-window.js';

vi.mock('node:zlib', async (importOriginal) => {
  const m = await importOriginal<typeof import('node:zlib')>();
  return { ...m, deflateRawSync: vi.fn(m.deflateRawSync) };
});

const fixture = (kind: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${kind}/full.json`, import.meta.url), 'utf8'));

/** Text like a page's operators (numbers, names, short strings): compresses as page streams do. */
function pageLike(length: number, seed: number): Buffer {
  let s = '';
  let x = seed;
  while (s.length < length) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    s += `BT /F${x % 4} ${(x % 997) / 10} Tf ${x % 612} ${x % 792} Td (${'word'.repeat(1 + (x % 5))}) Tj ET\n`;
  }
  return Buffer.from(s.slice(0, length), 'latin1');
}

/** Bytes that do not compress (a seeded generator: the same bytes on every run). */
function noise(length: number, seed: number): Buffer {
  const b = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    b[i] = x >>> 16;
  }
  return b;
}

/**
 * The page content streams of a PDF written by Harbor (`<< /Filter /FlateDecode /Length n>>`, paint.ts;
 * the sRGB profile, deflated once per process, has `/N 3` first and is left as it was).
 */
function pageStreams(pdf: Uint8Array): Buffer[] {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString('latin1');
  const out: Buffer[] = [];
  for (const m of text.matchAll(/<< \/Filter \/FlateDecode \/Length (\d+)>>\nstream\n/g)) {
    const at = m.index + m[0].length;
    out.push(bytes.subarray(at, at + Number(m[1])));
  }
  return out;
}

describe('windowBitsFor', () => {
  it('is the smallest window whose reach (window − 262 bytes) holds the input, from 9 to 15', () => {
    expect(windowBitsFor(0)).toBe(9);
    expect(windowBitsFor(512 - 262)).toBe(9);
    expect(windowBitsFor(512 - 261)).toBe(10);
    expect(windowBitsFor(6000)).toBe(13);
    expect(windowBitsFor(2 ** 14 - 262)).toBe(14);
    expect(windowBitsFor(2 ** 14 - 261)).toBe(15);
    expect(windowBitsFor(10 ** 7)).toBe(15);
  });

  it('gives the same compressed data as the full window, at levels 1 and 6, at and around each bound', () => {
    const sizes = [0, 1, 250, 251, 1000, 5940, 2 ** 13 - 262, 2 ** 13 - 261, 15_884, 2 ** 15 - 262, 40_000];
    for (const size of sizes) {
      for (const data of [pageLike(size, size + 1), noise(size, size + 7)]) {
        for (const level of [1, 6]) {
          const windowBits = windowBitsFor(size);
          expect(zlib.deflateRawSync(data, { level, windowBits }).equals(zlib.deflateRawSync(data, { level })), `raw, ${size} bytes, level ${level}`).toBe(true);
          const small = zlib.deflateSync(data, { level, windowBits });
          const full = zlib.deflateSync(data, { level });
          // RFC 1950: only the header's window field (CINFO) and its check bits differ.
          expect(small.subarray(2).equals(full.subarray(2)), `zlib, ${size} bytes, level ${level}`).toBe(true);
          expect(small[0]! >> 4).toBe(windowBits - 8);
          expect(zlib.inflateSync(small).equals(data)).toBe(true);
        }
      }
    }
  });
});

describe('the renderers deflate with the window the data need', () => {
  beforeEach(() => {
    vi.mocked(zlib.deflateRawSync).mockClear();
  });

  it('PDF: every page stream declares the smallest window that holds it, and inflates', async () => {
    const { bytes } = await generate({ kind: 'restitution-worksheet', input: fixture('restitution-worksheet'), format: 'pdf' });
    const streams = pageStreams(bytes);
    expect(streams.length).toBe(15); // its pages (the last: the appendix of daily logs, template 2.11.0; 15 from template 2.19.0, whose assumption on tips is longer)
    for (const s of streams) {
      const raw = zlib.inflateSync(s);
      expect(s[0]! >> 4, `a stream of ${raw.length} bytes`).toBe(windowBitsFor(raw.length) - 8);
    }
  });

  it('DOCX: every part is deflated with the smallest window that holds it', async () => {
    await generate({ kind: 't-visa-declaration', input: fixture('t-visa-declaration'), format: 'docx' });
    const calls = vi.mocked(zlib.deflateRawSync).mock.calls;
    expect(calls.length).toBeGreaterThan(5);
    for (const [data, options] of calls) expect(options?.windowBits, `a part of ${(data as Uint8Array).byteLength} bytes`).toBe(windowBitsFor((data as Uint8Array).byteLength));
  });
});
