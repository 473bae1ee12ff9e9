// The byte sink of page content streams (src/render/pdf/sink.ts) writes the bytes the string
// builders wrote before it: numbers as writer.ts's `num` prints them, and CIDs as
// FaceUse.codes gives them (Latin-1), with the same CIDs handed out in the same order.
import { describe, expect, it } from 'vitest';
import { FaceUse } from '../../../src/render/pdf/embed.js';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { showOps } from '../../../src/render/pdf/paint.js';
import { ByteSink } from '../../../src/render/pdf/sink.js';
import { num } from '../../../src/render/pdf/writer.js';
import { codesOf } from './codes.js';

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

describe('ByteSink.num', () => {
  it('writes the digits of num() for coordinates, sizes, negatives, rounding edges and huge values', () => {
    const values = [0, -0, 0.001, -0.004, 0.005, -0.005, 1, -1, 10, 99.995, 100, 0.1, 0.09, 0.5, 612, 792, 791.99, -12.5, 1e6 + 0.25, 9999.99, 10000, -12345.67, 1234567.8, 21474836.47, 21474836.48, -21474836.47, -21474836.48, 2 ** 53, 1e21, -1e21, 1e300, NaN, Infinity, -Infinity];
    // and a deterministic sweep of page-sized values with up to four decimals
    let x = 12345;
    for (let i = 0; i < 20_000; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      values.push(((x % 2_000_000) - 1_000_000) / 1000, (x % 100_000) / 10_000);
    }
    for (const v of values) {
      const s = new ByteSink(4);
      s.num(v);
      expect(latin1(s.view()), String(v)).toBe(num(v));
    }
  });

  it('grows past its first capacity and keeps what was written; reset starts over', () => {
    const s = new ByteSink(2);
    for (let i = 0; i < 1000; i++) s.ascii('BT\n');
    expect(s.length).toBe(3000);
    expect(latin1(s.view())).toBe('BT\n'.repeat(1000));
    s.reset();
    s.ascii('\x81ET');
    expect([...s.view()]).toEqual([0x81, 0x45, 0x54]);
  });
});

/** A PDF literal string's bytes (ISO 32000-2 §7.3.4.2): parentheses and backslash escaped, LF and CR written as backslash-n and backslash-r. */
const ESCAPED: Record<number, string> = { 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r' };
const esc = (b: number): string => ESCAPED[b] ?? String.fromCharCode(b);

/** What a text's codes must be, computed apart from embed.ts: each glyph's CID (1 + its place in the face use's glyph list), two bytes high first, escaped. */
function expectedCodes(use: FaceUse, face: ReturnType<typeof harborFonts.face>, text: string): string {
  let out = '';
  for (const ch of text) {
    const cid = use.gids.indexOf(face.gid(ch.codePointAt(0)!)) + 1;
    expect(cid, ch).toBeGreaterThan(0);
    out += esc(cid >> 8) + esc(cid & 0xff);
  }
  return out;
}

describe('FaceUse.writeCodes', () => {
  it('writes each glyph as its CID, two bytes, numbered by first use; another FaceUse given the same texts writes the same', () => {
    const face = harborFonts.face('regular');
    const texts = ['Hello, world', '(escaped) \\ back', 'caf\u00e9 \u2014 \u00a7 1593', '\u{1d400}x', 'Hello again'];
    const a = new FaceUse(face, 1, 'F1');
    const b = new FaceUse(face, 1, 'F1');
    const sink = new ByteSink(8);
    for (const t of texts) {
      sink.reset();
      b.writeCodes(sink, t);
      expect(latin1(sink.view())).toBe(expectedCodes(b, face, t));
      expect(codesOf(a, t)).toBe(latin1(sink.view()));
    }
    // First use numbers the glyphs: 'H' is CID 1, 'e' CID 2, and "Hello again" adds only a, g, i, n.
    expect(b.gids.slice(0, 2)).toEqual([face.gid(0x48), face.gid(0x65)]);
    expect(b.gids).toEqual(a.gids);
    expect(b.unicode).toEqual(a.unicode);
  });

  it('escapes CIDs whose bytes are delimiters or line ends', () => {
    const face = harborFonts.face('regular');
    // Enough distinct glyphs that CIDs pass 0x0a, 0x0d, 0x28, 0x29 and 0x5c in their low byte.
    let text = '';
    for (let cp = 0x21; cp < 0x7f; cp++) text += String.fromCodePoint(cp);
    for (let cp = 0xc0; cp < 0x17f; cp++) if (face.gid(cp) > 0) text += String.fromCodePoint(cp);
    const b = new FaceUse(face, 1, 'F1');
    const sink = new ByteSink();
    b.writeCodes(sink, text);
    const s = latin1(sink.view());
    expect(s).toBe(expectedCodes(b, face, text));
    expect(s).toContain('\\(');
    expect(s).toContain('\\n');
  });
});

describe('showOps: a justified run as TJ', () => {
  /** The TJ operator as paint.ts wrote it from strings before it wrote bytes: the words' codes, then the space's. */
  function reference(use: FaceUse, text: string, wordSpacing: number, size: number): string {
    const adj = num((-wordSpacing * 1000) / size);
    const parts = text.split(' ').map((w) => codesOf(use, w));
    const space = codesOf(use, ' ');
    let arr = '';
    parts.forEach((p, i) => {
      arr += i < parts.length - 1 ? `(${p}${space}) ${adj} ` : `(${p})`;
    });
    return `[${arr}] TJ\n`;
  }

  it('writes each word with its space, the adjustment between, and numbers the words\u2019 glyphs before the space\u2019s', () => {
    const face = harborFonts.face('regular');
    const texts = [
      'lone\ud800 high surrogate', // the space is new after the first word: numbered after every word; a lone high surrogate before a space stays alone
      'Nguy\u1ec5n Th\u1ecb (Lan) signs \\ here', // escapes
      'caf\u00e9\u00a0au lait \u2014 \u00a7 1593', // NBSP inside a word
      '\u{1d400}x y\u{1d401} end', // surrogate pairs at word ends
      'oneword',
      ' leading and trailing ',
    ];
    const a = new FaceUse(face, 1, 'F1');
    const b = new FaceUse(face, 1, 'F1');
    const sink = new ByteSink(16);
    for (const [k, text] of texts.entries()) {
      const spacing = 0.37 * (k + 1);
      sink.reset();
      showOps(sink, text, spacing, 11, b);
      expect(latin1(sink.view()), text).toBe(reference(a, text, spacing, 11));
      expect(b.gids).toEqual(a.gids);
      expect(b.unicode).toEqual(a.unicode);
    }
    // The first text's space came after its words: its CID follows theirs.
    expect(a.unicode.indexOf(' ')).toBeGreaterThan(a.unicode.indexOf('e'));
  });
});
