// A table in a list item starts at the item's text and is as wide as it, in the DOCX as in the PDF:
// the DOCX set it at the left margin across the whole text width, under the item's number.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { renderDocx, renderDocxVia } from '../../../src/render/docx/index.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { docxParts, pdfWords } from '../../support/extract.js';
import { doc, p, t } from './models.js';
import { libreOfficePdf, loTimeout } from './support.js';

const cell = (text: string) => ({ align: 'left' as const, colspan: 1, children: [t(text)] });
const model = () =>
  doc([
    p('Before the list.'),
    {
      type: 'list',
      ordered: true,
      items: [
        { number: 1, children: [p('Item one text.'), { type: 'table', columns: [1, 1], headerRows: [], rows: [{ cells: [cell('CellA'), cell('CellB')] }] }] },
        { number: 2, children: [p('Item two.'), { type: 'list', ordered: false, items: [{ children: [p('Nested item.'), { type: 'table', columns: [1], headerRows: [], rows: [{ cells: [cell('CellC')] }] }] }] }] },
      ],
    } as Block,
    { type: 'table', columns: [1], headerRows: [], rows: [{ cells: [cell('CellD')] }] },
  ]);

describe('a table in a list item', () => {
  it('starts at the item text in LibreOffice as in the PDF, nested lists too; a table outside a list at the margin', async () => {
    const pdf = pdfWords(await renderPdf(model()));
    const lo = pdfWords(libreOfficePdf(await renderDocx(model())));
    const x = (words: typeof pdf, w: string) => words.find((v) => v.text === w)!.xMin;
    for (const w of ['CellA', 'CellB', 'CellC', 'CellD']) expect(Math.abs(x(lo, w) - x(pdf, w)), w).toBeLessThan(2);
    expect(x(pdf, 'CellA')).toBeGreaterThan(x(pdf, 'CellD') + 20);
    expect(x(pdf, 'CellC')).toBeGreaterThan(x(pdf, 'CellA') + 20);
  }, loTimeout());

  it('is written alike by the XML writer and by docx (w:tblW, w:tblInd)', async () => {
    const a = docxParts(await renderDocxVia(model(), 'xml'))['word/document.xml']!;
    const b = docxParts(await renderDocxVia(model(), 'compiler'))['word/document.xml']!;
    expect(a).toBe(b);
    expect(a).toContain('<w:tblInd w:type="dxa"');
  });
});
