// A word with no break opportunity wider than its line (a receipt or case number in a narrow
// table column, a long name) is broken between characters, and, as TeX breaks a hyphenated word
// (\lefthyphenmin 2, \righthyphenmin 3), never leaves fewer than three characters after a break
// nor two before it: a 25-character receipt number in a fifth-width column ended with a lone "0"
// on its last line (src/render/pdf/text.ts MIN_AFTER_BREAK, MIN_BEFORE_BREAK). Laid out as boxes.
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { MIN_AFTER_BREAK, MIN_BEFORE_BREAK } from '../../src/render/pdf/text.js';
import { doc, p, row, texts } from './pdf/models.js';

/** A receipt-number-like token of `n` characters: three letters, then digits. */
const token = (n: number) => 'IOE' + '0123456789'.repeat(8).slice(0, n - 3);

describe('a word broken between characters', () => {
  it('in a fifth-width table column: every piece of a receipt number of 16 to 60 characters holds at least 2 characters before a break and 3 after it, and the pieces read back as the number', () => {
    let broken = 0;
    for (let n = 16; n <= 60; n++) {
      const id = token(n);
      const d = doc([{ type: 'table', columns: [1, 1, 1, 1, 1], headerRows: [], rows: [row(id, id, id, id, id)] }]);
      const boxes = texts(layoutDocument(d).pages[0]!, 'body');
      const x0 = Math.min(...boxes.map((b) => b.x));
      const pieces = boxes.filter((b) => b.x < x0 + 20).sort((a, b) => a.y - b.y).map((b) => b.text);
      expect(pieces.join(''), `n=${n}`).toBe(id);
      if (pieces.length > 1) broken++;
      for (let i = 0; i < pieces.length - 1; i++) expect(pieces[i]!.length, `n=${n}: ${pieces.join(' | ')}`).toBeGreaterThanOrEqual(MIN_BEFORE_BREAK);
      for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.length, `n=${n}: ${pieces.join(' | ')}`).toBeGreaterThanOrEqual(MIN_AFTER_BREAK);
    }
    expect(broken).toBeGreaterThan(30); // the column is narrow enough to break most of them
  });

  it('in the body: a word one to two characters longer than the line ends on three', () => {
    for (let extra = 1; extra <= 2; extra++) {
      // How many characters fill the line, found by laying out ever longer words.
      let fit = 10;
      while (texts(layoutDocument(doc([p('W'.repeat(fit + 1))])).pages[0]!, 'body').length === 1) fit++;
      const word = 'W'.repeat(fit + extra);
      const lines = texts(layoutDocument(doc([p(word)])).pages[0]!, 'body').sort((a, b) => a.y - b.y).map((b) => b.text);
      expect(lines.join('')).toBe(word);
      expect(lines.map((l) => l.length)).toEqual([fit + extra - MIN_AFTER_BREAK, MIN_AFTER_BREAK]);
    }
  });
});
