// LibreOffice opens and converts the specimen DOCX without complaint (exit 0, a PDF with pages),
// and what it lays out keeps the rules: the banner and "Page N of M" on every page, the table's
// header row at the top of every page the table continues on, numbers 1..5 across a heading.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { findInOrder, pdfPages, pdfText, squash } from '../../support/extract.js';
import { narrative, specimenModel } from '../../specimen/index.js';
import { doc, t } from './models.js';
import { libreOfficePdf, loTimeout } from './support.js';

let pages: string[] = [];
/** Pages in layout mode: table rows stay on one line. */
let layoutPages: string[] = [];

describe('LibreOffice converts the specimen DOCX', () => {
  beforeAll(async () => {
    const pdf = libreOfficePdf(await renderDocx(specimenModel()));
    pages = pdfPages(pdf);
    layoutPages = pdfText(pdf, { layout: true }).split('\f').slice(0, pages.length);
  }, loTimeout());

  it('gives a multi-page PDF', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it('has the banner, header and "Page N of M" on every page', () => {
    pages.forEach((text, i) => {
      const t = squash(text);
      expect(t, `page ${i + 1}`).toContain('CONFIDENTIAL — information protected by 8 U.S.C. § 1367');
      expect(t, `page ${i + 1}`).toContain('Specimen · SPEC-0001 | #42 * {{x}}');
      expect(t, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('repeats the table header row on every page the table continues on', () => {
    const rowRe = /^\s*(\d{1,3})\s+2\d{3}-\d{2}-\d{2}\b/m;
    const tablePages = layoutPages.filter((p) => rowRe.test(p));
    expect(tablePages.length).toBeGreaterThan(3);
    for (const p of tablePages) {
      const header = p.search(/No\.\s+Week beginning\s+Hours\s+Amount/);
      expect(header).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(p.search(rowRe));
    }
    // All 300 rows are there, once each, in order.
    const rows = layoutPages.flatMap((p) => [...p.matchAll(/^\s*(\d{1,3})\s+2\d{3}-\d{2}-\d{2}\b/gm)].map((m) => Number(m[1])));
    expect(rows).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  });

  it('shows the numbered paragraphs 1..5 across a heading, then a list restarting at 1', () => {
    const all = pages.join('\n');
    const labels = [...all.matchAll(/^\s*(\d+)\.\s+(First|Second|Third|Fourth|Fifth|A list that restarts|Second item)/gm)].map((m) => Number(m[1]));
    expect(labels).toEqual([1, 2, 3, 4, 5, 1, 2]);
  });
});

describe('LibreOffice keeps every word of a table row taller than a page', () => {
  it('lets such a row break across pages instead of cutting it off', async () => {
    const long = narrative(14).replace(/\n\n/g, ' ');
    const model = doc([
      {
        type: 'table',
        columns: [1, 3],
        headerRows: [{ cells: [{ align: 'left', colspan: 1, children: [t('Field')] }, { align: 'left', colspan: 1, children: [t('Statement')] }] }],
        rows: [{ cells: [{ align: 'left', colspan: 1, children: [t('Narrative')] }, { align: 'left', colspan: 1, children: [t(`${long} END-OF-CELL`)] }] }],
      },
    ]);
    const text = squash(pdfText(libreOfficePdf(await renderDocx(model))));
    expect(findInOrder(text, [...squash(long).split(' '), 'END-OF-CELL'])).toEqual({ missing: [], outOfOrder: [] });
  }, loTimeout());
});
