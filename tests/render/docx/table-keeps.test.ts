// LibreOffice reads the DOCX's table keeps as the PDF's layout applies them (src/model/keeps.ts):
// tables moved down the page in steps finer than a row, each after a page break in one document
// (one conversion), never split with fewer than two body rows on a side, and a short one never split.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { docxParts, pdfPages } from '../../support/extract.js';
import { doc, p, t } from './models.js';
import { libreOfficePdf } from './support.js';

const cell = (text: string) => ({ align: 'left' as const, colspan: 1, children: [t(text)] });

/** Section `s`: one-line paragraphs, a paragraph of `m` lines, then a table whose row i reads "x{s}y{i}". */
function section(s: number, k: number, m: number, rows: number): Block[] {
  const lead: Block = { type: 'paragraph', align: 'left', children: Array.from({ length: m }, (_, i) => [t(`Lead line ${i + 1}.`), { type: 'br' as const }]).flat().slice(0, -1) };
  const table: Block = {
    type: 'table',
    columns: [1, 3],
    headerRows: [{ cells: [cell('No.'), cell('Work')] }],
    rows: Array.from({ length: rows }, (_, i) => ({ cells: [cell(`x${s}y${i}`), cell(`week ${i + 1}`)] })),
  };
  return [...(s > 0 ? [{ type: 'page-break' } as Block] : []), p(`Section s${s}z begins.`), ...Array.from({ length: k - 1 }, (_, i) => p(`Filler line ${i + 2}.`)), lead, table];
}

/**
 * For each section, the number of its table's rows on each page that has any, and whether the
 * table starts on a later page than the section (it was moved, or split at the section's first page).
 */
async function rowsPerPage(rows: number): Promise<Array<{ counts: number[]; later: boolean }>> {
  const places: Array<[number, number]> = [];
  for (let k = 22; k <= 26; k++) for (const m of [1, 2, 3]) places.push([k, m]);
  const body = places.flatMap(([k, m], s) => section(s, k, m, rows));
  const pages = pdfPages(libreOfficePdf(await renderDocx(doc(body))));
  return places.map((_, s) => {
    const on = pages.map((pg) => (pg.match(new RegExp(`\\bx${s}y\\d+\\b`, 'g')) ?? []).length);
    const start = pages.findIndex((pg) => pg.includes(`Section s${s}z begins.`));
    return { counts: on.filter((n) => n > 0), later: on.findIndex((n) => n > 0) > start };
  });
}

describe('LibreOffice keeps table rows as the PDF does', () => {
  it('six body rows: never fewer than two on a side of a page break', async () => {
    const all = await rowsPerPage(6);
    for (const [s, { counts }] of all.entries()) {
      expect(counts.reduce((a, n) => a + n, 0), `section ${s}`).toBe(6);
      for (const n of counts) expect(n, `section ${s}: ${counts.join(' | ')}`).toBeGreaterThanOrEqual(2);
    }
    expect(all.some(({ counts }) => counts.length > 1)).toBe(true); // some did split
  });

  it('four body rows that fit on a page: never split, moved whole', async () => {
    const all = await rowsPerPage(4);
    for (const [s, { counts }] of all.entries()) expect(counts, `section ${s}`).toEqual([4]);
    expect(all.some(({ later }) => later)).toBe(true); // some went to the next page
  });
});

// A row of a few lines of text in each of four columns (a third of a page) cannot split, as in
// the PDF: on the estimate alone (12 pt characters in 17 pt lines, for the table's 10 pt text in
// 13 pt lines) such rows were "too tall to keep whole", and LibreOffice split them across pages.
describe('LibreOffice keeps whole a table row the PDF keeps whole', () => {
  const words = 'the employer kept the passport and the wages were never paid for the hours worked each week'.split(' ');
  const text = (r: number, c: number) => [`r${r}c${c}start`, ...Array.from({ length: 58 }, (_, i) => words[(i + r + c) % words.length]!), `r${r}c${c}end`].join(' ');
  const table: Block = {
    type: 'table',
    columns: [1, 1, 1, 1],
    headerRows: [{ cells: [0, 1, 2, 3].map((c) => cell(`Heading ${c}`)) }],
    rows: Array.from({ length: 8 }, (_, r) => ({ cells: [0, 1, 2, 3].map((c) => cell(text(r, c))) })),
  };

  it('every row is w:cantSplit, and in LibreOffice each row starts and ends on one page', async () => {
    const docx = await renderDocx(doc([p('Before the table.'), table]));
    const xml = docxParts(docx)['word/document.xml']!;
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(9);
    for (const r of rows) expect(r).toContain('<w:trPr><w:cantSplit/>');
    const pages = pdfPages(libreOfficePdf(docx));
    expect(pages.length).toBeGreaterThan(2);
    for (let r = 0; r < 8; r++) {
      for (let c = 0; c < 4; c++) {
        const start = pages.findIndex((pg) => pg.includes(`r${r}c${c}start`));
        expect(start, `r${r}c${c}`).toBeGreaterThanOrEqual(0);
        expect(pages.findIndex((pg) => pg.includes(`r${r}c${c}end`)), `r${r}c${c}`).toBe(start);
      }
    }
  });
});
