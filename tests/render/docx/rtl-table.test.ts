// A table whose first cell is a right-to-left paragraph (a Hebrew or Arabic name where a table
// starts with case data) keeps its columns in the order written, first on the left, in LibreOffice
// as in the PDF: LibreOffice took the first cell's direction (w:bidi) for the table's and laid out
// its columns right to left, unless the table says it is left to right (w:bidiVisual off).
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { docxParts, pdfWords } from '../../support/extract.js';
import { doc, p, t } from './models.js';
import { libreOfficePdf, loTimeout } from './support.js';

const cell = (text: string) => ({ align: 'left' as const, colspan: 1, children: [t(text)] });
const table = (first: string): Block => ({
  type: 'table',
  columns: [1, 2],
  headerRows: [{ cells: [cell(first), cell('Role')] }],
  rows: [{ cells: [cell('שרה כהן'), cell('Witness')] }, { cells: [cell('سلمى عبد الرحمن'), cell('Interpreter')] }],
});

describe('a table with right-to-left cells in the DOCX', () => {
  it('says its columns run left to right, and LibreOffice prints them where the PDF does', async () => {
    const d = doc([p('Before the table.'), table('שם')]);
    const x = (pdf: Uint8Array, word: string) => pdfWords(pdf).find((w) => w.text === word)!.xMin;
    const pdf = await renderPdf(d);
    const lo = libreOfficePdf(await renderDocx(d));
    for (const word of ['Role', 'Witness', 'Interpreter']) {
      expect(x(pdf, word), word).toBeGreaterThan(200); // the second column, right of the first
      expect(Math.abs(x(lo, word) - x(pdf, word)), word).toBeLessThan(3);
    }
    const xml = docxParts(await renderDocx(d))['word/document.xml']!;
    expect(xml).toContain('<w:tblPr><w:bidiVisual w:val="off"/><w:tblW');
  }, loTimeout());

  it('a table with no right-to-left cell is written as before', async () => {
    const xml = docxParts(await renderDocx(doc([{ type: 'table', columns: [1], headerRows: [], rows: [{ cells: [cell('Ana')] }] }])))['word/document.xml']!;
    expect(xml).not.toContain('bidiVisual');
  });
});
