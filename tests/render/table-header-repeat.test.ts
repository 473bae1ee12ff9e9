// Table header rows repeat on each page only when they take at most half the page
// (REPEATED_HEADER_SHARE, src/model/keeps.ts). A header cell holding a paragraph, repeated on every
// page, left the body rows no room: the PDF placed them below the page foot and LibreOffice dropped
// them (17 of 30 rows missing in each).
import { describe, expect, it } from 'vitest';
import type { Block, HarborDocument, TableRow } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts, pdfText } from '../support/extract.js';
import { libreOfficePdf, loTimeout } from './docx/support.js';
import { doc, extent, linesOf, t, texts } from './pdf/models.js';

const cell = (text: string) => ({ align: 'left' as const, colspan: 1, children: [t(text)] });
const row = (...texts: string[]): TableRow => ({ cells: texts.map(cell) });

/** A two-column table: a header row whose first cell has `words` words, then `n` rows "row i". */
function table(words: number, n: number): Block {
  return {
    type: 'table',
    columns: [1, 1],
    headerRows: [row(Array(words).fill('Heading').join(' '), 'Other')],
    rows: Array.from({ length: n }, (_, i) => row(`row ${i + 1}`, `value ${i + 1}`)),
  };
}

const model = (words: number, n: number): HarborDocument => doc([table(words, n), { type: 'paragraph', align: 'left', children: [t('After the table.')] }]);

/** Per page of the PDF layout: the body rows on it and whether a header cell's line is on it. */
function pdfPages(d: HarborDocument) {
  return layoutDocument(d).pages.map((pg) => {
    const body = texts(pg, 'body');
    for (const b of body) {
      expect(extent(b)[0]).toBeGreaterThanOrEqual(pg.bodyTop - 1e-6);
      expect(extent(b)[1]).toBeLessThanOrEqual(pg.bodyBottom + 1e-6);
    }
    return { rows: linesOf(body).flatMap((l) => [...l.matchAll(/\brow (\d+)/g)].map((m) => Number(m[1]))), header: body.some((b) => b.text.includes('Heading')) };
  });
}

/** Whether the DOCX marks the table's header row to repeat. */
async function docxRepeats(d: HarborDocument): Promise<boolean> {
  const xml = docxParts(await renderDocx(d))['word/document.xml']!;
  const first = /<w:tr>[\s\S]*?<\/w:trPr>/.exec(xml)![0];
  return first.includes('<w:tblHeader/>');
}

describe('table header rows across pages', () => {
  it('a header of a few lines repeats on every page of the table, in both formats', async () => {
    const d = model(3, 120);
    const pages = pdfPages(d).filter((p) => p.rows.length > 0);
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) expect(p.header).toBe(true);
    expect(await docxRepeats(d)).toBe(true);
  });

  it('a header taller than half the page prints once; every body row is on a page, inside its body area', async () => {
    for (const words of [400, 1500]) {
      const d = model(words, 30);
      const pages = pdfPages(d);
      expect(pages.flatMap((p) => p.rows), `${words} words`).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      const withRows = pages.filter((p) => p.rows.length > 0);
      expect(withRows.slice(1).every((p) => !p.header), `${words} words`).toBe(true);
      expect(await docxRepeats(d), `${words} words`).toBe(false);
    }
  });

  it('the PDF and the DOCX take the same decision around the limit', async () => {
    const seen = new Set<boolean>();
    for (let words = 60; words <= 260; words += 10) {
      const d = model(words, 60);
      const pages = pdfPages(d).filter((p) => p.rows.length > 0);
      const pdf = pages.length > 1 && pages.slice(1).every((p) => p.header);
      expect(await docxRepeats(d), `${words} words`).toBe(pdf);
      seen.add(pdf);
    }
    expect([...seen].sort()).toEqual([false, true]); // the range crosses the limit
  });

  it('LibreOffice prints every row of a table whose header is taller than half the page', async () => {
    const text = pdfText(libreOfficePdf(await renderDocx(model(1500, 30))));
    const rows = [...text.matchAll(/\brow (\d+)\b/g)].map((m) => Number(m[1]));
    expect(rows).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(text).toContain('After the table.');
  }, loTimeout());
});
