// A table cell's line is measured once a render (issue 18; src/render/pdf/advances.ts): column
// fitting measures it the line breaker's way and keeps the measure, the line breaker reads it
// instead of measuring the line again, and neither's answer changes by a bit.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { clearRenderMemos } from '../../../src/model/scratch.js';
import type { Table, TableCell } from '../../../src/model/types.js';
import { fitColumns, TABLE_SIZE } from '../../../src/render/columns.js';
import { harborFonts, type Face, type FaceId, type Fonts } from '../../../src/render/pdf/fonts.js';
import { breakLines, styledGroups } from '../../../src/render/pdf/text.js';

/** harborFonts, counting the advances read from its faces. */
function countingFonts(): { fonts: Fonts; reads: () => number } {
  let n = 0;
  const faces = new Map<FaceId, Face>();
  const fonts: Fonts = {
    face(id) {
      let f = faces.get(id);
      if (!f) {
        const real = harborFonts.face(id);
        f = Object.create(real, { advance: { value: (cp: number) => (n++, real.advance(cp)) } }) as Face;
        faces.set(id, f);
      }
      return f;
    },
  };
  return { fonts, reads: () => n };
}

const cell = (children: TableCell['children'], align: TableCell['align'] = 'left'): TableCell => ({ align, colspan: 1, children });
const table = (header: TableCell[], row: TableCell[], columns = row.map(() => 1)): Table => ({ type: 'table', columns, headerRows: header.length > 0 ? [{ cells: header }] : [], rows: [{ cells: row }] });
const lines = (text: string, bold: boolean, width: number, fonts: Fonts = harborFonts) => breakLines(styledGroups([{ type: 'text', text, bold }], () => '0'), width, TABLE_SIZE, fonts);

describe("a cell's line measured once", () => {
  it('the line breaker reads no advance for a line column fitting measured (body and header cells)', () => {
    clearRenderMemos();
    const { fonts, reads } = countingFonts();
    const body = 'Wages withheld for the week of March 8, 2024 (§ 1593)';
    const head = 'Regular rate';
    fitColumns(table([cell([{ type: 'text', text: head }])], [cell([{ type: 'text', text: body }]), cell([{ type: 'text', text: '$1,200.00' }], 'right')]), 300, TABLE_SIZE, fonts);
    expect(reads()).toBeGreaterThan(body.length);
    const before = reads();
    const bodyLines = lines(body, false, 150, fonts);
    const headLines = lines(head, true, 150, fonts);
    expect(bodyLines.length).toBeGreaterThan(1); // broken into lines from the kept measure
    expect(headLines.map((l) => l.pieces.map((p) => p.text).join(''))).toEqual([head]);
    expect(reads() - before).toBe(0);
    // Once the render ends, nothing is kept: the same line is measured again.
    clearRenderMemos();
    lines(body, false, 150, fonts);
    expect(reads() - before).toBeGreaterThan(body.length - 10);
    clearRenderMemos();
  });

  it('an italic cell is measured by the line breaker in its own face (column fitting measured it upright)', () => {
    clearRenderMemos();
    const { fonts, reads } = countingFonts();
    const text = 'Tips kept by the employer';
    fitColumns(table([], [cell([{ type: 'text', text, italic: true }])]), 300, TABLE_SIZE, fonts);
    const before = reads();
    breakLines(styledGroups([{ type: 'text', text, italic: true }], () => '0'), 150, TABLE_SIZE, fonts);
    expect(reads() - before).toBeGreaterThan(0);
    clearRenderMemos();
  });
});

// Pieces of cell text: Latin, figures, the spaces the unit rules and clinics' data bring (no-break,
// thin, narrow no-break, ideographic: the last not in the body face, printed as a space), scripts
// with fallback faces (Greek is in the body face; CJK, Ethiopic, Armenian are not), combining
// marks, invisibles, a supplementary-plane character, Hebrew (shaped) and a control character
// and an unshaped right-to-left letter (Syriac), which the line breaker refuses. An ideographic
// space before a word joiner stays inside its piece, where column fitting measured it in its
// fallback face and the line breaker prints it as U+0020: that line is measured by each its own way.
const PIECES = ['Pay', 'week', '$7.25', '1,234.50', ' ', ' ', '\u00A0', '\u2009', '\u202F', '\u2007', '\u3000', '\u3000\u2060', '\u1680\u2060', '-', '§ 1593', 'March 8, 2024', 'Ελένη', '王秀英', 'ሰላም', 'Բարեւ', 'x\u0302', '\u200B', '\u2060', '\u00AD', '\u{E0101}', '\u{20000}', 'שלום', '\u0007', '\u0710'];
const cellText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((a) => a.join(''));

/** What happens: the value, or the error's message. */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return `throws ${(e as Error).message}`;
  }
}

// The first column is 1/50 of the table's relative width, so its widest piece sets its width.
const COLUMNS = [1, 50];

test.prop([cellText, fc.boolean(), fc.integer({ min: 30, max: 300 })], { numRuns: 150 })('column widths and lines are the same whether the measure is shared or not', (text, bold, width) => {
  // Column fitting on its own: the text as two runs of the same weight (such a cell is measured
  // by column fitting alone, as every cell was before the memo); the line breaker on its own.
  clearRenderMemos();
  const cut = Math.floor(text.length / 2);
  const split = [{ type: 'text' as const, text: text.slice(0, cut) }, { type: 'text' as const, text: text.slice(cut) }];
  const alone = outcome(() => fitColumns(table(bold ? [cell(split)] : [], [bold ? cell([{ type: 'text', text: 'x' }]) : cell(split), cell([{ type: 'text', text: '$1.00' }])], COLUMNS), 3000));
  clearRenderMemos();
  const linesAlone = outcome(() => JSON.stringify(lines(text, bold, width)));
  // Shared: one run, column fitting first, then the line breaker on the same line.
  clearRenderMemos();
  const one = [{ type: 'text' as const, text }];
  const shared = outcome(() => fitColumns(table(bold ? [cell(one)] : [], [bold ? cell([{ type: 'text', text: 'x' }]) : cell(one), cell([{ type: 'text', text: '$1.00' }])], COLUMNS), 3000));
  const linesShared = outcome(() => JSON.stringify(lines(text, bold, width)));
  clearRenderMemos();
  expect(shared).toEqual(alone);
  expect(linesShared).toBe(linesAlone);
});
