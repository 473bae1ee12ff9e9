// The byte sink of page content streams (src/render/pdf/sink.ts) writes the bytes the string
// builders wrote before it: numbers as writer.ts's `num` prints them, and CIDs as
// FaceUse.codes gives them (Latin-1), with the same CIDs handed out in the same order.
import { describe, expect, it } from 'vitest';
import { FaceUse } from '../../../src/render/pdf/embed.js';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { ByteSink } from '../../../src/render/pdf/sink.js';
import { num } from '../../../src/render/pdf/writer.js';

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

describe('ByteSink.num', () => {
  it('writes the digits of num() for coordinates, sizes, negatives, rounding edges and huge values', () => {
    const values = [0, -0, 0.001, -0.004, 0.005, -0.005, 1, -1, 10, 99.995, 100, 0.1, 0.09, 0.5, 612, 792, 791.99, -12.5, 1e6 + 0.25, 2 ** 53, 1e21, -1e21, 1e300, NaN, Infinity, -Infinity];
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

describe('FaceUse.writeCodes', () => {
  it('writes the bytes of codes() and hands out the same CIDs in the same order', () => {
    const face = harborFonts.face('regular');
    const texts = ['Hello, world', '(escaped) \\ back', 'caf\u00e9 \u2014 \u00a7 1593', '\u{1d400}x', 'Hello again'];
    const a = new FaceUse(face, 1, 'F1');
    const b = new FaceUse(face, 1, 'F1');
    const sink = new ByteSink(8);
    for (const t of texts) {
      sink.reset();
      b.writeCodes(sink, t);
      expect(latin1(sink.view())).toBe(a.codes(t));
    }
    expect(b.gids).toEqual(a.gids);
    expect(b.unicode).toEqual(a.unicode);
  });

  it('escapes CIDs whose bytes are delimiters or line ends, as codes() does', () => {
    const face = harborFonts.face('regular');
    // Enough distinct glyphs that CIDs pass 0x0a, 0x0d, 0x28, 0x29 and 0x5c in their low byte.
    let text = '';
    for (let cp = 0x21; cp < 0x7f; cp++) text += String.fromCodePoint(cp);
    for (let cp = 0xc0; cp < 0x17f; cp++) if (face.gid(cp) > 0) text += String.fromCodePoint(cp);
    const a = new FaceUse(face, 1, 'F1');
    const b = new FaceUse(face, 1, 'F1');
    const sink = new ByteSink();
    b.writeCodes(sink, text);
    const s = latin1(sink.view());
    expect(s).toBe(a.codes(text));
    expect(s).toContain('\\(');
    expect(s).toContain('\\n');
  });
});
