// A table body row taller than a fifth of the page (SPLIT_ROW_SHARE) is split across pages by the
// PDF, which prints its ended cells again on the continuation with "(continued)" under them
// (src/render/pdf/table.ts continuedCells). WordprocessingML cannot repeat a cell's text, so Word
// and LibreOffice left those cells empty on the continuation: a narrative's second page with no
// date beside it. The DOCX now keeps such a row whole (w:cantSplit) up to a third of the page
// (KEEP_WHOLE_SHARE, the most a keep may leave empty), chained to no other row as the PDF's split
// row is not; a taller row may still split (no w:cantSplit: a row that cannot split and is taller
// than a page is cut off at the page foot by Word and LibreOffice). docs/pagination.md §Tables.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { docxParts, pdfPages } from '../../support/extract.js';
import { doc, filler, row } from '../pdf/models.js';
import { libreOfficePdfs, loTimeout } from './support.js';

/** `n` sentences of a narrative, numbered so a page's text shows where it is. */
const narrative = (n: number, what = 'that week') => Array.from({ length: n }, (_, i) => `Sentence ${i + 1} of ${what}.`).join(' ');
// In a column of three quarters of the text width at 10 pt: MEDIUM some 13 lines of the cell, a
// quarter of the page (over a fifth, under a third), TALL some 22 lines, SHORT two.
const SHORT = narrative(3);
const MEDIUM = narrative(36, 'the farm');
const TALL = narrative(60);

const table = (...cells: string[]): Block => ({
  type: 'table',
  columns: [1, 3],
  headerRows: [row('Date', 'What happened')],
  rows: cells.map((c, i) => row(`Week ${i + 1} of 2024`, c)),
});

/** The w:tr elements of the body's first table, header row first. */
async function rowsXml(model: ReturnType<typeof doc>): Promise<string[]> {
  const xml = docxParts(await renderDocx(model))['word/document.xml']!;
  return xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
}

describe('a table row the PDF splits across pages, in the DOCX', () => {
  it('up to a third of the page: kept whole (w:cantSplit), keeping with no next row', async () => {
    const rows = await rowsXml(doc([table(SHORT, SHORT, MEDIUM, SHORT, SHORT, SHORT)]));
    const medium = rows[3]!;
    expect(medium).toContain('Sentence 36 of the farm.');
    expect(medium).toContain('<w:cantSplit/>'); // before: <w:cantSplit w:val="off"/>, Word and LibreOffice split it
    expect(medium).not.toContain('<w:keepNext/>');
    expect(rows[2]!, 'a row of two lines before it may stand alone').not.toContain('<w:keepNext/>');
  });

  it('first in its table: the header rows, and a one-line first row before it, keep with it (not left alone at a page foot)', async () => {
    let rows = await rowsXml(doc([table(MEDIUM, SHORT, SHORT, SHORT, SHORT)]));
    expect(rows[0]!, 'the header row').toContain('<w:keepNext/>');
    rows = await rowsXml(doc([table('One line.', MEDIUM, SHORT, SHORT, SHORT, SHORT)]));
    expect(rows[0]!).toContain('<w:keepNext/>');
    expect(rows[1]!, 'the one-line first row').toContain('<w:keepNext/>');
    expect(rows[2]!).not.toContain('<w:keepNext/>');
  });

  it('taller than a third of the page: free to split (no w:cantSplit), chained to neither neighbour', async () => {
    const rows = await rowsXml(doc([table(SHORT, TALL, SHORT, SHORT, SHORT, SHORT)]));
    expect(rows[2]!).toContain('Sentence 60 of that week.');
    expect(rows[2]!).toContain('<w:cantSplit w:val="off"/>');
    expect(rows[2]!).not.toContain('<w:keepNext/>');
    expect(rows[1]!).not.toContain('<w:keepNext/>');
  });

  it('rows of a fifth of the page or less keep their chains as before (a short table kept whole)', async () => {
    const rows = await rowsXml(doc([table(SHORT, SHORT, SHORT)]));
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    for (const r of rows.slice(0, -1)) expect(r).toContain('<w:keepNext/>');
  });

  it(
    'LibreOffice prints the row whole on the next page, its date beside its first line, where it split it',
    async () => {
      // 20 lines of filler leave some seven lines of page 1 for the header and the first row: the medium row does not fit there.
      const model = doc([...filler(20), table(SHORT, MEDIUM, SHORT, SHORT, SHORT, SHORT)]);
      const [pdf] = libreOfficePdfs([await renderDocx(model)]);
      const pages = pdfPages(pdf!);
      const first = pages.findIndex((t) => t.includes('Sentence 1 of the farm.'));
      expect(pages[first], 'the date on the page the row begins on').toContain('Week 2 of 2024');
      expect(pages[first]).toContain('Sentence 36 of the farm.'); // before: on the next page, its date cell empty there
    },
    loTimeout(1),
  );
});
