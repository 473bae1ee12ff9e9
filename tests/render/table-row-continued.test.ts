// A table row split across pages (taller than a fifth of a page: docs/pagination.md §Tables) shows,
// on the page it continues on, the text of its cells that ended on the page before (a date beside a
// long narrative) again, with "(continued)" under it: the date cell stood empty there, and the
// reader of the continued narrative had to turn back to learn which week it was
// (src/render/pdf/table.ts continuedCells). The repeated text is a pagination artifact, as a
// repeated header row is: the structure holds the cell once.
import { describe, expect, it } from 'vitest';
import type { Align, Block } from '../../src/model/types.js';
import type { TextBox } from '../../src/render/pdf/boxes.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { pdfPages } from '../support/extract.js';
import { doc, filler, row } from './pdf/models.js';

const LONG = Array.from({ length: 60 }, (_, i) => `Sentence ${i + 1} of what happened that week at the farm.`).join(' ');
const table = (date: string): Block => ({
  type: 'table',
  columns: [1, 3],
  headerRows: [row('Date', 'What happened')],
  rows: [row('March 3, 2024', 'Short.'), row(date, LONG), row('March 17, 2024', 'Short again.')],
});
// 36 lines of filler put the long row's start at the foot of page 2, so it splits onto page 3.
const model = (date = 'March 10, 2024') => doc([...filler(36), table(date)]);

const texts = (boxes: ReadonlyArray<{ type: string }>) => boxes.filter((b): b is TextBox => b.type === 'text');

describe('a table row split across pages', () => {
  it('shows its ended cell’s text again at the top of the next page, marked (continued), beside the narrative’s next line', () => {
    const pages = layoutDocument(model()).pages;
    const start = pages.findIndex((pg) => texts(pg.boxes).some((b) => b.tag === 'body.36.row.1.cell.0'));
    expect(start).toBeGreaterThanOrEqual(0);
    const next = texts(pages[start + 1]!.boxes);
    // The narrative goes on at the top of the next page (its first band there under the repeated header).
    const narrative = next.filter((b) => b.tag === 'body.36.row.1.cell.1').sort((a, b) => a.y - b.y);
    expect(narrative.length).toBeGreaterThan(2);
    const date = next.find((b) => b.text === 'March 10, 2024')!;
    const mark = next.find((b) => b.text === '(continued)')!;
    // Before: neither was there; the date column was empty beside the narrative.
    expect(date).toBeDefined();
    expect(mark).toBeDefined();
    expect(date.y).toBeCloseTo(narrative[0]!.y, 1); // on the narrative's first line there
    expect(mark.y).toBeGreaterThan(date.y);
    expect(mark.font).toBe('italic');
    const column = texts(pages[start]!.boxes).find((b) => b.tag === 'body.36.row.1.cell.0')!;
    expect(date.x).toBeCloseTo(column.x, 1); // in the date's column
    // Artifacts: the cell's structure element holds the date once, on the page it began on.
    for (const b of [date, mark]) {
      expect(b.tag).toBeUndefined();
      expect(b.artifact).toBe('Pagination');
    }
  });

  it('is read on the continued page of the PDF', async () => {
    const pages = pdfPages(await renderPdf(model()));
    const on = pages.findIndex((t) => t.includes('Sentence 60'));
    expect(pages[on]).toMatch(/March 10, 2024\s[\s\S]*\(continued\)/);
  });

  it('a cell of several lines shows as many as leave the mark a line, and no more than the row has', () => {
    const pages = layoutDocument(model('Week of March 10, 2024, at the farm near Fresno')).pages;
    const start = pages.findIndex((pg) => texts(pg.boxes).some((b) => b.tag === 'body.36.row.1.cell.0'));
    const first = texts(pages[start]!.boxes).filter((b) => b.tag === 'body.36.row.1.cell.0').map((b) => b.text);
    const again = texts(pages[start + 1]!.boxes).filter((b) => b.artifact === 'Pagination' && b.x < 150 && !/^(Date)$/.test(b.text));
    expect(first.length).toBeGreaterThan(1);
    expect(again.map((b) => b.text)).toEqual([...first, '(continued)']);
  });

  // A label longer than the bands the row has left on the next page: its first lines, then the
  // mark. A bare "(continued)" under "Medical services (physical, psychiatric or" read as the
  // label's end, its parenthesis never closed (a worksheet's loss list of 45 items, round r59).
  it('a cell cut short shows "… (continued)", and one shown whole a plain "(continued)"', () => {
    const label = 'Medical services (physical, psychiatric or psychological care) for the child';
    const again = (sentences: number) => {
      const long = Array.from({ length: sentences }, (_, i) => `Sentence ${i + 1} of what happened.`).join(' ');
      const t: Block = { type: 'table', columns: [1, 3], headerRows: [row('Category', 'What happened')], rows: [row('x', 'Short.'), row(label, long)] };
      const pages = layoutDocument(doc([...filler(40), t])).pages;
      const start = pages.findIndex((pg) => texts(pg.boxes).some((b) => b.tag === 'body.40.row.1.cell.0'));
      const before = texts(pages[start]!.boxes).filter((b) => b.tag === 'body.40.row.1.cell.0').map((b) => b.text);
      const shown = texts(pages[start + 1]!.boxes).filter((b) => b.artifact === 'Pagination' && b.x < 150 && b.text !== 'Category').map((b) => b.text);
      return { before, shown };
    };
    // 50 sentences leave the row two bands on the next page: the label's first line and the mark.
    const cut = again(50);
    expect(cut.before.length).toBe(4);
    expect(cut.shown).toEqual([cut.before[0], '… (continued)']);
    // 60 leave it five: the whole label and the plain mark.
    const whole = again(60);
    expect(whole.shown).toEqual([...whole.before, '(continued)']);
  });

  // A cell split itself, its lines on both pages (a loss's category beside a long description):
  // the page after showed "and child care" alone, read as a category of its own, without the item
  // number. It now shows the cell's first line and "… (continued)" above the rest, as artifacts,
  // the narrative going on beside the rest (round r60).
  it('a cell with lines on both pages shows its first line and the mark above the rest', async () => {
    const label = '12. Necessary transportation, temporary housing and child care';
    const t: Block = { type: 'table', columns: [1, 3], headerRows: [row('Category', 'What happened')], rows: [row('x', 'Short.'), row(label, LONG)] };
    // 51 lines of filler leave the row three bands at the foot of page 2: the label's fourth line
    // goes over.
    const model = doc([...filler(51), t]);
    const pages = layoutDocument(model).pages;
    const tag = 'body.51.row.1.cell.0';
    const start = pages.findIndex((pg) => texts(pg.boxes).some((b) => b.tag === tag));
    const before = texts(pages[start]!.boxes).filter((b) => b.tag === tag).map((b) => b.text);
    expect(before).toEqual(['12. Necessary', 'transportation,', 'temporary housing']);
    const next = texts(pages[start + 1]!.boxes);
    const column = next.filter((b) => b.x < 150 && b.text !== 'Category').sort((a, b) => a.y - b.y);
    expect(column.map((b) => b.text)).toEqual(['12. Necessary', '… (continued)', 'and child care']);
    const [first, mark, rest] = column as [TextBox, TextBox, TextBox];
    for (const b of [first, mark]) {
      expect(b.tag).toBeUndefined();
      expect(b.artifact).toBe('Pagination');
    }
    expect(mark.font).toBe('italic');
    expect(rest.tag).toBe(tag); // the cell's own line, content once
    // The narrative goes on beside the cell's own line, not beside the repeat: the lead is room
    // of its own above the band, under the repeated header.
    const narrative = next.filter((b) => b.tag === 'body.51.row.1.cell.1').sort((a, b) => a.y - b.y);
    expect(narrative[0]!.y).toBeCloseTo(rest.y, 1);
    const header = next.find((b) => b.text === 'Category')!;
    expect(first.y).toBeGreaterThan(header.y);
    expect(mark.y).toBeGreaterThan(first.y);
    expect(rest.y).toBeGreaterThan(mark.y);
    // Nothing lost: every sentence once in the structure, the label's lines once.
    const all = pages.flatMap((pg) => texts(pg.boxes)).filter((b) => b.tag === tag).map((b) => b.text);
    expect(all).toEqual([...before, 'and child care']);
    const pdf = pdfPages(await renderPdf(model));
    expect(pdf[start + 1]).toMatch(/12\. Necessary[\s\S]*… \(continued\)[\s\S]*and child care/);
  });

  // An amount right-aligned beside a long narrative: each band of the split row placed the
  // amount's lines again (alignLine moves a line's pieces), so the repeat stood its slack further
  // right per band, at x 519 and 1261 on a 612-point page: off the paper, the mark alone showing.
  for (const align of ['right', 'center'] as const satisfies readonly Align[]) {
    it(`a ${align}-aligned cell shows again where it stood on the page before`, () => {
      const short = '$1,234.56 owed that week in wages';
      const r = { cells: [{ align, colspan: 1, children: [{ type: 'text' as const, text: short }] }, { align: 'left' as const, colspan: 1, children: [{ type: 'text' as const, text: LONG }] }] };
      const t: Block = { type: 'table', columns: [1, 3], headerRows: [row('Amount', 'What happened')], rows: [row('$10.00', 'Short.'), r] };
      const pages = layoutDocument(doc([...filler(36), t])).pages;
      const start = pages.findIndex((pg) => texts(pg.boxes).some((b) => b.tag === 'body.36.row.1.cell.0'));
      const before = texts(pages[start]!.boxes).filter((b) => b.tag === 'body.36.row.1.cell.0');
      const again = texts(pages[start + 1]!.boxes).filter((b) => b.artifact === 'Pagination' && short.includes(b.text));
      expect(before.length).toBe(2);
      expect(again.map((b) => [b.text, b.x.toFixed(2), b.width.toFixed(2)])).toEqual(before.map((b) => [b.text, b.x.toFixed(2), b.width.toFixed(2)]));
    });
  }

  it('a row that does not split repeats nothing', () => {
    const rows = Array.from({ length: 40 }, (_, i) => row(`March ${i + 1}, 2024`, 'A short entry.'));
    const pages = layoutDocument(doc([...filler(36), { type: 'table', columns: [1, 3], headerRows: [row('Date', 'What happened')], rows }])).pages;
    expect(pages.length).toBeGreaterThan(2);
    for (const pg of pages) expect(texts(pg.boxes).some((b) => b.text === '(continued)')).toBe(false);
  });
});
