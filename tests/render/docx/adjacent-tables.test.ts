// Two tables with nothing between them stay two tables in the DOCX. Word and LibreOffice join
// adjacent w:tbl elements into one table: the second table's rows then ran on under the first's
// header rows, repeated on every page, and the second's own header printed once, mid-table.
import { describe, expect, it } from 'vitest';
import type { Block, TableRow } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { docxParts, pdfPages } from '../../support/extract.js';
import { doc, p, t } from './models.js';
import { libreOfficePdf, loTimeout } from './support.js';

const cell = (text: string) => ({ align: 'left' as const, colspan: 1, children: [t(text)] });
const row = (...texts: string[]): TableRow => ({ cells: texts.map(cell) });

/** A table with header row `head` and `n` body rows "{tag} row i". */
function table(head: string[], tag: string, n: number): Block {
  return {
    type: 'table',
    columns: head.map(() => 1),
    headerRows: [row(...head)],
    rows: Array.from({ length: n }, (_, i) => row(...head.map((_, c) => (c === 0 ? `${tag} row ${i + 1}` : `${tag} ${i + 1}.${c}`)))),
  };
}

const bodyXml = async (blocks: Block[]) => docxParts(await renderDocx(doc(blocks)))['word/document.xml']!;

describe('adjacent tables in the DOCX', () => {
  it('are separated by a paragraph, in the body, inside a keep and inside a list item', async () => {
    const a = table(['Date', 'Hours'], 'Alpha', 3);
    const b = table(['Payee', 'Amount', 'Note'], 'Beta', 3);
    const cases: Block[][] = [
      [a, b],
      [p('Before.'), { type: 'keep', children: [a, b] }],
      [{ type: 'keep', children: [a] }, b],
      [{ type: 'list', ordered: true, items: [{ number: 1, children: [p('Item.'), a, b] }] }],
    ];
    for (const [i, blocks] of cases.entries()) {
      const xml = await bodyXml(blocks);
      // Two ruled tables (a keep may hold them in a bare table of its own: blocks.ts holdAcrossTable).
      expect(xml.match(/<w:tbl><w:tblPr><w:tblW [^>]*\/>(?:<w:tblInd [^>]*\/>)?<w:tblBorders><w:top w:val="single"/g)?.length, `case ${i}`).toBe(2);
      expect(xml, `case ${i}`).not.toMatch(/<\/w:tbl>\s*<w:tbl>/);
    }
  });

  it('the paragraph between them is the PDF’s 8 pt gap and is kept with the next table when the first is', async () => {
    const a = table(['Date', 'Hours'], 'Alpha', 3);
    const b = table(['Payee', 'Amount', 'Note'], 'Beta', 3);
    const free = (await bodyXml([a, b])).split('</w:tbl>')[1]!;
    const spacer = free.slice(0, free.indexOf('<w:tbl>'));
    expect(spacer).toMatch(/^<w:p><w:pPr><w:spacing [^>]*\/><\/w:pPr><\/w:p>$/); // one empty paragraph
    for (const a of ['w:before="0"', 'w:after="0"', 'w:line="160"', 'w:lineRule="exact"']) expect(spacer).toContain(a); // 8 pt = 160 twips
    const kept = (await bodyXml([{ type: 'keep', children: [a, b] }])).split('</w:tbl>')[1]!;
    expect(kept.slice(0, kept.indexOf('<w:tbl>'))).toContain('<w:keepNext/>');
  });

  it('a page break between them parts them alone: no spacer paragraph is left at the foot of the page', async () => {
    const a = table(['Date', 'Hours'], 'Alpha', 3);
    const b = table(['Payee', 'Amount', 'Note'], 'Beta', 3);
    const between = (await bodyXml([a, { type: 'page-break' }, b])).split('</w:tbl>')[1]!;
    const paras = between.slice(0, between.indexOf('<w:tbl>'));
    expect(paras.match(/<w:p>/g)?.length).toBe(1); // the page break's own paragraph
    expect(paras).toContain('<w:br w:type="page"/>');
  });

  it('LibreOffice repeats each table’s own header row on its pages, never the table’s before it', async () => {
    const blocks = [p('Two tables follow.'), table(['Date', 'Hours', 'Rate', 'Owed'], 'Alpha', 6), table(['Entry'], 'Beta', 120)];
    const pages = pdfPages(libreOfficePdf(await renderDocx(doc(blocks))));
    const betaPages = pages.filter((pg) => /\bBeta row \d+\b/.test(pg));
    expect(betaPages.length).toBeGreaterThan(1);
    for (const [i, pg] of betaPages.entries()) {
      expect(pg, `page ${i + 1} of the second table`).toMatch(/^\s*Entry\s*$/m);
      // The first table's header appears only above the first table's own rows.
      if (!/\bAlpha row \d+\b/.test(pg)) expect(pg, `page ${i + 1} of the second table`).not.toMatch(/\bRate\b/);
    }
    const rows = pages.flatMap((pg) => [...pg.matchAll(/\bBeta row (\d+)\b/g)].map((m) => Number(m[1])));
    expect(rows).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  }, loTimeout());
});
