// The Latin fast path of the line break opportunities (src/render/pdf/breaks.ts) against the
// `linebreak` package it stands in for. Over the Latin set the package is a state machine whose
// every decision depends on (the last non-space character, whether a space comes just before,
// the character): checking each such triple, as the texts "xy", "x y" and " y", checks every
// text over the set (the file's header gives the argument); random longer texts check it again.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { breakOpportunities, latinBreaks, packageBreaks } from '../../../src/render/pdf/breaks.js';

/** The characters the fast path takes, found by asking it (every BMP code point up to U+2FFF). */
const SET: string[] = [];
for (let c = 0; c < 0x3000; c++) if (c < 0xd800 && latinBreaks(String.fromCharCode(c)) !== null) SET.push(String.fromCharCode(c));
const same = (s: string) => Array.from(latinBreaks(s) ?? []).join() === Array.from(packageBreaks(s)).join();

describe('Latin break opportunities', () => {
  it('covers ASCII, Latin-1 and Latin Extended-A, dashes, quotes, NBSP and the word joiner, and nothing that needs the package', () => {
    expect(SET.length).toBe(95 + 96 + 128 + 24 + 1);
    for (const s of ['A', 'z', '0', ' ', '§', '\u00a0', 'é', 'Ł', '\u2013', '\u2014', '\u2019', '\u201c', '\u2026', '\u2060']) expect(SET).toContain(s);
    // Controls, tabs, combining marks, ZWSP, ZWJ, Greek, Hebrew letters, CJK: the package decides.
    for (const s of ['\t', '\n', '\r', '\u0085', '\u0301', '\u200b', '\u200d', '\u03a9', '\u05d0', '\u4e00', '\ud83d\ude00', 'a\u0301', '']) expect(latinBreaks(s)).toBeNull();
  });

  it('takes every decision the package takes: each pair of characters, adjacent and across a space, and after leading spaces', () => {
    const wrong: string[] = [];
    for (const y of SET) {
      if (!same(y) || !same(` ${y}`) || !same(`  ${y}`)) wrong.push(JSON.stringify(` ${y}`));
      for (const x of SET) if (!same(x + y) || !same(`${x} ${y}`)) wrong.push(JSON.stringify(x + y));
    }
    expect(wrong).toEqual([]);
  });

  it('is the package on legal text and on the no-break spaces and joiners the typography rules insert', () => {
    for (const s of [
      '18\u00a0U.S.C.\u00a0§\u00a01593(c)\u2060(2)\u2060(A) requires restitution of $2,100.00 at 11:00\u00a0PM.',
      'Fed. R. Crim. P. 49.1 — “quoted,” it’s (a)–(c); 50% off/on; [x] {y} ¿Qué? ¡Sí! «Łódź» naïve—…',
      '   leading spaces, trailing spaces   ',
      'https://example.org/a-b/c_d?e=f&g=h#i',
    ]) {
      expect(latinBreaks(s)).not.toBeNull();
      expect(Array.from(latinBreaks(s)!)).toEqual(Array.from(packageBreaks(s)));
    }
  });

  it('leaves other text to the package', () => {
    expect(Array.from(breakOpportunities('Ελένη Παπαδοπούλου 王秀英\nx'))).toEqual(Array.from(packageBreaks('Ελένη Παπαδοπούλου 王秀英\nx')));
  });
});

test.prop([fc.array(fc.constantFrom(...SET, ' ', ' ', 'ab', '12'), { minLength: 1, maxLength: 60 }).map((a) => a.join(''))])(
  'random texts over the Latin set break where the package breaks them',
  (s) => {
    expect(Array.from(latinBreaks(s)!)).toEqual(Array.from(packageBreaks(s)));
  },
);
