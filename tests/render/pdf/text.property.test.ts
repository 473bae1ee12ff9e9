// Property: whatever printable text and measure, line breaking loses nothing, reorders nothing
// and never overflows the measure (except a single character wider than the measure itself).
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { breakLines, styledGroups } from '../../../src/render/pdf/text.js';

// Pieces from every script the PDF prints, plus spaces, NBSP, combining marks and invisibles.
const PIECES = ['a', 'Word', 'ễ', 'Ł', 'ř', 'Ελένη', 'Олена', '王', '秀英', ' ', ' ', '\u00A0', '-', '/', '.', 'x\u0302', '\u200B', '\u00AD', '\u{E0101}', 'https://x.invalid/a?b=c', 'W'.repeat(30), '1234'];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 80 }).map((a) => a.join(''));
const visible = (s: string) => s.replace(/\s|\u200B|\u00AD|\u{E0101}/gu, '');

test.prop([text, fc.integer({ min: 20, max: 468 }), fc.boolean()])('breakLines keeps every visible character in order and fits the measure', (s, width, bold) => {
  const lines = breakLines(styledGroups([{ type: 'text', text: s, bold }], () => '0'), width, 12, harborFonts);
  expect(visible(lines.map((l) => l.pieces.map((p) => p.text).join('')).join(''))).toBe(visible(s));
  for (const l of lines) {
    const chars = [...l.pieces.map((p) => p.text).join('')].filter((c) => !/\p{M}/u.test(c));
    if (chars.length > 1) expect(l.width).toBeLessThanOrEqual(width + 1e-6);
  }
});
