// The DOCX renderer decides whether a short table fits on a page (and so is kept whole) with
// src/render/table-fit.ts; the PDF's layout decides it with the heights it lays out. The two
// must agree, or one format would move a table the other splits.
import { describe, expect, it } from 'vitest';
import type { Block, Table } from '../../src/model/types.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { fitColumns } from '../../src/render/columns.js';
import { chainedBefore, headerRepeats, tableFits } from '../../src/render/table-fit.js';
import { slicesPerBlock } from '../../src/render/pdf/blocks.js';
import { harborFonts, type Fonts } from '../../src/render/pdf/fonts.js';
import { doc, h, p, row } from './pdf/models.js';

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

describe('chainedBefore measures what the PDF chains to a short table without laying the table out again', () => {
  /** The chain's height as a layout of the chain and the whole table gives it (the code before issue 18's stand-in). */
  function laidOutWhole(before: Block[], t: Table, width: number, pageHeight: number): number {
    const per = slicesPerBlock([...before, t], { fonts: harborFonts, x: 0, width, size: 12, pageHeight, fieldText: () => '8888', src: 'fit' });
    const own = per[per.length - 1]!.length;
    const all = per.flat();
    let height = 0;
    for (let i = all.length - own - 1; i >= 0 && all[i]!.keep > 0; i--) height += all[i]!.height + all[i + 1]!.spaceBefore;
    return height;
  }
  const tall = SENTENCE.repeat(40); // a cell of some 60 lines: its one row is cut into line bands
  const tables: Table[] = [
    { type: 'table', columns: [1, 3], headerRows: [], rows: [row('Total', '$84.00')] },
    { type: 'table', columns: [1, 3], headerRows: [row('Week', 'Pay')], rows: [] },
    { type: 'table', columns: [1], headerRows: [], rows: [row(tall)] },
    { type: 'table', columns: [1], headerRows: [row(tall)], rows: [] },
    { type: 'table', columns: [1, 3], headerRows: [row('Week', 'Pay')], rows: [row('03/04/2012', '$7.25')] },
    { type: 'table', columns: [1, 3], headerRows: [], rows: [row('03/04/2012', tall), row('03/11/2012', '$7.25')] },
    { type: 'table', columns: [2, 1, 1], headerRows: [row('Reading', 'F', 'Total')], rows: [row('a', 'b', 'c'), row('d', 'e', 'f'), row('g', 'h', 'i')] },
  ];
  const chains: Block[][] = [
    [],
    [p('An unrelated paragraph of the body.')],
    [h(2, 'Open legal choices')],
    [h(2, 'Open legal choices'), p('Each row changes one choice and keeps the others as requested above:')],
    [p(SENTENCE.repeat(6)), p('Conditions:')],
    [h(2, 'Weeks'), { type: 'keep', children: [p('A note under the heading.'), p('The weeks:')] }],
  ];

  it('gives what a layout of the chain and the whole table gives, for tables of one row (cut into line bands or not) and of many', () => {
    for (const t of tables) {
      for (const before of chains) {
        for (const pageHeight of [648, 200]) {
          expect(chainedBefore(before, t, 468, pageHeight), `${before.length} blocks before a table of ${t.headerRows.length} + ${t.rows.length} rows, page ${pageHeight}`).toBe(laidOutWhole(before, t, 468, pageHeight));
        }
      }
    }
  });

  it('does not measure the text of a table of two rows or more (fitted and measured by tableOut already)', () => {
    // Fonts that note every character measured: the table's cells hold the only "Ж".
    const asked = new Set<number>();
    const noting: Fonts = {
      face(id) {
        const f = harborFonts.face(id);
        return new Proxy(f, {
          get(target, key) {
            const v = Reflect.get(target, key, target) as unknown;
            if ((key === 'advance' || key === 'gid') && typeof v === 'function') {
              return (cp: number) => {
                asked.add(cp);
                return (v as (cp: number) => number).call(target, cp);
              };
            }
            return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
          },
        });
      },
    };
    const t: Table = { type: 'table', columns: [1, 3], headerRows: [row('Week', 'Paid to Жанна')], rows: [row('03/04/2012', 'Жанна'), row('03/11/2012', 'Жанна')] };
    const before = [h(2, 'Payments'), p('Paid in cash:')];
    const height = chainedBefore(before, t, 468, 648, noting);
    expect(height).toBe(laidOutWhole(before, t, 468, 648));
    expect(height).toBeGreaterThan(0); // the heading and the lead-in are chained to the table
    expect(asked.has('P'.codePointAt(0)!)).toBe(true); // the chain was measured
    expect(asked.has('Ж'.codePointAt(0)!)).toBe(false); // the table was not
  });
});
