// Property: whatever printable text and measure, line breaking loses nothing, reorders nothing
// and never overflows the measure (except a single character wider than the measure itself).
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { breakLines, styledGroups } from '../../../src/render/pdf/text.js';

// Pieces from every script the PDF prints, plus spaces, NBSP, combining marks and invisibles.
// (The soft hyphen, which shows a hyphen where a line ends at it, has a property of its own below.)
const PIECES = ['a', 'Word', 'ễ', 'Ł', 'ř', 'Ελένη', 'Олена', '王', '秀英', ' ', ' ', '\u00A0', '-', '/', '.', 'x\u0302', '\u200B', '\u{E0101}', 'https://x.invalid/a?b=c', 'W'.repeat(30), '1234'];
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

// Soft hyphens (and no hyphen of the text's own): every "-" printed is the hyphen of a soft
// hyphen a line ends at, so it ends a line that is not the last; nothing else changes, and the
// hyphen fits in the measure too.
const SHY_PIECES = ['a', 'Word', 'ễ', '王', ' ', '\u00AD', '\u00AD', 'W'.repeat(30), 'x\u0302', '\u200B'];
const shyText = fc.array(fc.constantFrom(...SHY_PIECES), { minLength: 1, maxLength: 80 }).map((a) => a.join(''));

test.prop([shyText, fc.integer({ min: 20, max: 468 }), fc.boolean()])('a line ending at a soft hyphen shows a hyphen, and only there', (s, width, bold) => {
  const lines = breakLines(styledGroups([{ type: 'text', text: s, bold }], () => '0'), width, 12, harborFonts);
  const texts = lines.map((l) => l.pieces.map((p) => p.text).join(''));
  texts.forEach((t, i) => {
    const hyphens = [...t].filter((c) => c === '-').length;
    expect(hyphens).toBe(i < texts.length - 1 && t.endsWith('-') ? 1 : 0);
  });
  expect(visible(texts.map((t, i) => (i < texts.length - 1 ? t.replace(/-$/, '') : t)).join(''))).toBe(visible(s));
  for (const l of lines) {
    const chars = [...l.pieces.map((p) => p.text).join('')].filter((c) => !/\p{M}/u.test(c));
    if (chars.length > 2) expect(l.width).toBeLessThanOrEqual(width + 1e-6);
  }
});
