// A heading, then a long paragraph leading into a table, near a page foot (the restitution
// worksheet's "F: the FLSA value, workweek by workweek" and its five-line lead-in): the PDF keeps
// the heading with the paragraph's first lines and splits the paragraph (two lines at least on
// each side). In the DOCX the paragraph was held with the table (keepNext), and LibreOffice (7.4)
// moves a keepNext paragraph whole to the next page with what follows it: the heading went along,
// leaving half of page 3 empty (or, a few lines lower, stayed alone at the page foot). A lead-in
// of four lines or more, one the PDF may split, is now held by its own lines alone (widowControl;
// src/render/table-fit.ts `splits`), and LibreOffice splits it where the PDF does.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import { docxParts, pdfPages } from '../../support/extract.js';
import { doc, filler, h, p, row } from '../pdf/models.js';
import { libreOfficePdfs, loTimeout, paragraphs, paraText } from './support.js';

// Some eight lines as the PDF breaks them; numbered words, so a page's text shows where it split.
const LEAD = `Workweeks ${Array.from({ length: 90 }, (_, i) => `w${i + 1}`).join(' ')} close.`;
const table: Block = { type: 'table', columns: [1, 1], headerRows: [row('Week of', 'Owed')], rows: Array.from({ length: 12 }, (_, i) => row(`Week ${i + 1}`, `$${100 + i}.00`)) };
const body = (n: number): Block[] => [...filler(n), h(2, 'F: the FLSA value'), p(LEAD), table];

/** Pages (0-based) of the first text box of the PDF's layout holding each of `words`. */
function pdfPagesOf(blocks: Block[], ...words: string[]): number[] {
  const pages = layoutDocument(doc(blocks)).pages;
  return words.map((s) => pages.findIndex((pg) => pg.boxes.some((b) => b.type === 'text' && b.text.includes(s))));
}

describe('a heading and a long lead-in to a table at a page foot, in the DOCX', () => {
  it('the lead-in is not held with the table (no keepNext, no keepLines); the heading keeps its style', async () => {
    const xml = docxParts(await renderDocx(doc(body(5))))['word/document.xml']!;
    const paras = paragraphs(xml);
    const lead = paras.find((x) => paraText(x) === LEAD)!;
    expect(lead).not.toContain('<w:keepNext/>');
    expect(lead).not.toContain('<w:keepLines/>');
    expect(paras.find((x) => paraText(x) === 'F: the FLSA value')).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it(
    'LibreOffice keeps the heading with the first lines of the lead-in on the page the PDF does, not moved whole to the next',
    async () => {
      // The first page foot where the PDF splits the lead-in: heading and first lines on page 1,
      // the lead-in's end and the table on page 2.
      const n = Array.from({ length: 40 }, (_, k) => k + 5).find((k) => {
        const [heading, first, end, table] = pdfPagesOf(body(k), 'F:', 'Workweeks', 'close.', '$100.00');
        return heading === 0 && first === 0 && end === 1 && table === 1;
      });
      expect(n, 'a page foot where the PDF splits the lead-in').toBeDefined();
      // Two lines lower too: the heading stayed alone at the page foot there.
      for (const k of [n!, n! + 2]) expect(pdfPagesOf(body(k), 'F:', 'Workweeks')).toEqual([0, 0]);
      const pdfs = libreOfficePdfs([await renderDocx(doc(body(n!))), await renderDocx(doc(body(n! + 2)))]);
      for (const [i, pdf] of pdfs.entries()) {
        const pages = pdfPages(pdf);
        // Before: both on page 2, half of page 1 left empty (or the heading alone on page 1).
        expect(pages[0], `${i}: the heading on page 1`).toContain('F: the FLSA value');
        expect(pages[0], `${i}: the lead-in's first words on page 1, with its heading`).toMatch(/Workweeks w1 w2/);
        expect(pages[1], `${i}: the table on page 2`).toContain('$100.00');
      }
    },
    loTimeout(2),
  );
});
