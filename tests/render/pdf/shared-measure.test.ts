// A table's short cell texts are measured once per render and shared (src/render/pdf/text.ts,
// issue 18): column fitting reads its widest piece from the line breaker's measure, and repeated
// cells reuse the same lines. Sharing must never change a width, a line or a box: each shared
// answer is compared with what a fresh measure gives.
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/model/types.js';
import { clearRenderMemos, renderMemoEntries } from '../../../src/model/scratch.js';
import { measureWidest } from '../../../src/render/columns.js';
import { harborFonts, styleFace } from '../../../src/render/pdf/fonts.js';
import { alignLine, alignShift, breakLines, inlineLines, justifySpacing, styledGroups, widestRunPiece, type Line } from '../../../src/render/pdf/text.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import type { TextBox } from '../../../src/render/pdf/boxes.js';
import { doc } from './models.js';

afterEach(() => clearRenderMemos());

// Pieces of cell texts: amounts, hours, dates and citations (unit rules: no-break spaces, word
// joiners), other scripts, invisibles, combining marks, odd spaces, a line break.
const PIECES = ['$2,100.00', '40.25', 'Jan 5', ' – ', 'March 8, 2026', '§ 1593', '(c)(2)', '18 U.S.C. § 1593', ' ', '\u00a0', '\u2009', '-', '/', 'Overtime', 'Ana María', 'Ελένη', '王秀英', 'x\u0302', '\u200b', '\u00ad', '\n', 'W'.repeat(12), '8:00 PM'];
const cellText = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 6 }).map((a) => a.join(''));
const fresh = (children: Inline[], bold: boolean, width: number, size: number): Line[] => breakLines(styledGroups(children, () => '0', bold), width, size, harborFonts);

describe('widest piece from the shared measure', () => {
  test.prop([cellText, fc.boolean(), fc.constantFrom(8, 10, 12)])('equals column fitting\'s own measure whenever it answers', (s, bold, size) => {
    const w = widestRunPiece(s, styleFace(bold, false), size, harborFonts);
    if (w !== undefined) expect(w).toBe(measureWidest(s, bold, size, harborFonts));
  });

  it('answers for the cells a worksheet repeats, and leaves other faces and scripts to columns.ts', () => {
    for (const s of ['$2,100.00', '40.25', 'Jan 5 – Jan 11, 2026', '§ 1593', 'Overtime owed', '']) {
      const w = widestRunPiece(s, 'regular', 10, harborFonts);
      if (s === '') expect(w).toBeUndefined();
      else expect(w).toBe(measureWidest(s, false, 10, harborFonts));
    }
    expect(widestRunPiece('王秀英', 'regular', 10, harborFonts)).toBeUndefined(); // the CJK face: columns.ts counts 1 em
    expect(widestRunPiece('zero\u200bwidth', 'regular', 10, harborFonts)).toBeUndefined();
    expect(widestRunPiece('§ 1593(c)(2)', 'regular', 10, harborFonts)).toBeUndefined(); // a word joiner (invisible) between the links
    expect(widestRunPiece('two\nlines', 'regular', 10, harborFonts)).toBeUndefined();
    expect(widestRunPiece('x'.repeat(65), 'regular', 10, harborFonts)).toBeUndefined(); // not a short text
  });
});

describe('shared lines of short runs', () => {
  test.prop([cellText, fc.boolean(), fc.boolean(), fc.boolean(), fc.integer({ min: 10, max: 300 }), fc.constantFrom(10, 12)])(
    'are the lines a fresh break gives, at every measure, before and after a column measured it',
    (s, bold, italic, underline, width, size) => {
      const children: Inline[] = [{ type: 'text', text: s, italic, underline }];
      widestRunPiece(s, styleFace(bold, italic), size, harborFonts); // measured first, as fitColumns does
      const want = fresh(children, bold, width, size);
      expect(inlineLines(children, () => '0', bold, width, size, harborFonts)).toEqual(want);
      expect(inlineLines(children, () => '0', bold, width + 7, size, harborFonts)).toEqual(fresh(children, bold, width + 7, size));
      expect(inlineLines(children, () => '0', bold, width, size, harborFonts)).toEqual(want); // from the memo
    },
  );

  it('returns the same lines for a repeated cell within a render, new ones after it', () => {
    const cell: Inline[] = [{ type: 'text', text: '$2,100.00' }];
    const a = inlineLines(cell, () => '0', false, 80, 10, harborFonts);
    expect(inlineLines([{ type: 'text', text: '$2,100.00' }], () => '0', false, 80, 10, harborFonts)).toBe(a);
    expect(inlineLines(cell, () => '0', true, 80, 10, harborFonts)[0]!.pieces[0]!.font).toBe('bold'); // another face
    expect(inlineLines([{ type: 'text', text: '$2,100.00', underline: true }], () => '0', false, 80, 10, harborFonts)[0]!.pieces[0]!.underline).toBe(true);
    expect(a[0]!.pieces[0]).toMatchObject({ font: 'regular', underline: false });
    expect(renderMemoEntries()).toBeGreaterThan(0);
    clearRenderMemos();
    expect(renderMemoEntries()).toBe(0);
    const b = inlineLines(cell, () => '0', false, 80, 10, harborFonts);
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
  });

  it('breaks a run from its own measure after other texts were measured, even one that failed part-way', () => {
    const amount: Inline[] = [{ type: 'text', text: '$2,100.00 due' }];
    expect(widestRunPiece('WWWW WWWW WWWW', 'regular', 10, harborFonts)).toBeGreaterThan(0);
    expect(widestRunPiece('$2,100.00 due', 'regular', 10, harborFonts)).toBeGreaterThan(0);
    expect(() => fresh([{ type: 'text', text: 'WWWWWWWWWWWWWWWW \u05d0' }], false, 40, 10)).toThrow(/right-to-left/);
    expect(inlineLines(amount, () => '0', false, 40, 10, harborFonts)).toEqual(fresh(amount, false, 40, 10));
    // A heading's text: measured and broken at once, from the scratch arrays.
    const heading: Inline[] = [{ type: 'text', text: 'Wages owed in week 12' }];
    expect(inlineLines(heading, () => '0', true, 60, 12, harborFonts)).toEqual(fresh(heading, true, 60, 12));
  });

  it('keeps the shared lines unmoved: each cell is aligned on its own boxes', () => {
    const cell = (align: 'left' | 'center' | 'right') => ({ align, colspan: 1, children: [{ type: 'text' as const, text: '$7.25' }] });
    const rows = [{ cells: [cell('left'), cell('right'), cell('center')] }, { cells: [cell('right'), cell('left'), cell('center')] }];
    const L = layoutDocument(doc([{ type: 'table', columns: [1, 1, 1], headerRows: [], rows }]));
    const boxes = L.pages[0]!.boxes.filter((b): b is TextBox => b.type === 'text' && b.text === '$7.25');
    expect(boxes).toHaveLength(6);
    const [l0, r0, c0, r1, l1, c1] = boxes;
    // Three equal columns of 468 / 3 pt, 4 pt padding: the slack of the text in a 148 pt cell.
    const slack = 468 / 3 - 8 - fresh([{ type: 'text', text: '$7.25' }], false, 1000, 10)[0]!.width;
    expect(slack).toBeGreaterThan(100);
    expect(l0!.x).toBeCloseTo(72 + 4, 9);
    expect(r1!.x).toBeCloseTo(72 + 4 + slack, 9);
    expect(l1!.x).toBeCloseTo(72 + 468 / 3 + 4, 9);
    expect(r0!.x).toBeCloseTo(72 + 468 / 3 + 4 + slack, 9);
    expect(c0!.x).toBeCloseTo(72 + (2 * 468) / 3 + 4 + slack / 2, 9);
    expect(c1!.x).toBe(c0!.x);
  });
});

describe('alignShift and justifySpacing', () => {
  test.prop([fc.array(fc.constantFrom('word', 'two words', ' ', 'a b c', 'Ελένη'), { minLength: 1, maxLength: 12 }), fc.constantFrom('left', 'center', 'right', 'justify' as const), fc.integer({ min: 60, max: 400 })])(
    'gives the positions alignLine leaves in the pieces',
    (words, align, width) => {
      const children: Inline[] = [{ type: 'text', text: words.join(' ') }];
      for (const line of fresh(children, false, width, 12)) {
        const before = line.pieces.map((p) => ({ ...p }));
        const dx = alignShift(line, align, width);
        const extra = justifySpacing(line, align, width, 12);
        alignLine(line, align, width, 12);
        let spaces = 0;
        line.pieces.forEach((p, i) => {
          expect(p.x).toBe(extra > 0 ? before[i]!.x + extra * spaces : before[i]!.x + dx);
          expect(p.wordSpacing).toBe(extra > 0 && before[i]!.spaces > 0 ? extra : undefined);
          spaces += before[i]!.spaces;
        });
      }
    },
  );
});
