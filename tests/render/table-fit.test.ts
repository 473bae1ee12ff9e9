// The DOCX renderer decides whether a short table fits on a page (and so is kept whole) with
// src/render/table-fit.ts; the PDF's layout decides it with the heights it lays out. The two
// must agree, or one format would move a table the other splits.
import { describe, expect, it } from 'vitest';
import type { Block, Table } from '../../src/model/types.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { fitColumns } from '../../src/render/columns.js';
import { headerRepeats, tableFits } from '../../src/render/table-fit.js';
import { doc, row } from './pdf/models.js';

const SENTENCE = 'Cleaned rooms from early morning until late at night, seven days a week, for no pay. ';

/** The table's height on the PDF's first page (points): from its top rule to its bottom rule. */
function pdfHeight(t: Table): number {
  const ys = layoutDocument(doc([t as Block])).pages[0]!.boxes.flatMap((b) => (b.type === 'line' && b.src.startsWith('body.0') ? [b.y1, b.y2] : []));
  return Math.max(...ys) - Math.min(...ys);
}

describe('tableFits measures a table as the PDF lays it out', () => {
  it('gives the height the PDF lays out, to within a hundredth of a point, for rows of one to many lines', () => {
    for (const words of [1, 3, 7, 12, 16]) {
      const t: Table = {
        type: 'table',
        columns: [1, 3, 1],
        headerRows: [row('Week of', 'What the child did', 'Hours')],
        rows: [row('03/04/2012', SENTENCE.repeat(words), '48'), row('03/11/2012', SENTENCE.repeat(Math.ceil(words / 2)), '36'), row('Total', '', '84')],
      };
      const h = pdfHeight(t);
      expect(h).toBeLessThan(600); // on one page
      const widths = fitColumns(t, 468);
      expect(tableFits(t, widths, h + 0.01), `words=${words}`).toBe(true);
      expect(tableFits(t, widths, h - 0.01), `words=${words}`).toBe(false);
    }
  });

  it('a table with text the PDF has no glyph for is not known to fit', () => {
    const t: Table = { type: 'table', columns: [1], headerRows: [], rows: [row('\u0E01\u0E32\u0E23')] }; // Thai: the DOCX takes it
    expect(tableFits(t, fitColumns(t, 468), 10_000)).toBe(false);
  });

  it('measures in the column widths it is given (the DOCX passes those of its grid, fitted once)', () => {
    const t: Table = { type: 'table', columns: [1, 3, 1], headerRows: [row('Week of', 'What the child did', 'Hours')], rows: [row('03/04/2012', SENTENCE.repeat(4), '48')] };
    const fitted = fitColumns(t, 468);
    const h = pdfHeight(t);
    expect(tableFits(t, fitted, h + 0.01)).toBe(true);
    // The same 468 points with the sentence's column a third as wide: more lines, taller than the PDF's.
    const narrow = [fitted[0]! + (2 * fitted[1]!) / 3, fitted[1]! / 3, fitted[2]!];
    expect(tableFits(t, narrow, h + 0.01)).toBe(false);
    expect(tableFits(t, narrow, 10 * h)).toBe(true);
  });
});

describe('headerRepeats measures header rows as the PDF lays them out', () => {
  // A table of one column: a header row of `cell` over one body row.
  const table = (cell: string): Table => ({ type: 'table', columns: [1], headerRows: [row(cell)], rows: [row('x')] });

  it('repeats header rows at most the given share of the page tall, measured (not only bounded) when the text is long', () => {
    const t = table(SENTENCE.repeat(20)); // some 1,700 characters: past the cheap bound, so laid out
    const headerHeight = pdfHeight(t) - pdfHeight({ ...t, headerRows: [] });
    expect(headerHeight).toBeGreaterThan(100);
    expect(headerRepeats(t, fitColumns(t, 468), 2 * headerHeight + 0.02)).toBe(true);
    expect(headerRepeats(t, fitColumns(t, 468), 2 * headerHeight - 0.02)).toBe(false);
  });

  it('header rows with text the PDF has no glyph for repeat, as they did before the limit', () => {
    const t = table('\u0E01\u0E32\u0E23 '.repeat(400)); // Thai: the DOCX takes it
    expect(headerRepeats(t, fitColumns(t, 468), 100)).toBe(true);
  });
});
