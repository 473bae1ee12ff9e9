// A signature block at the foot of a page stays whole in LibreOffice: the signer, capacity, date
// and place on one page (src/render/docx/blocks.ts signature: one paragraph of lines, keepLines).
// As four paragraphs chained by keepNext, LibreOffice broke the chain at the foot of a page and
// printed the signer on one page and the date and place on the next (with 20 and 21 filler lines
// below: each document puts its signature one filler lower, so some land at the foot of page 1).
// And the signature starts on the page where the text it signs ends: as paragraphs, where that
// text ended at the foot of a page with room left for the signing line alone (23 fillers),
// LibreOffice left the text there and started the signature on the next page; the signature is
// now a bare table of unsplittable rows, which LibreOffice keeps a paragraph with.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkup } from '../../../src/markup/parse.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { pdfPages } from '../../support/extract.js';
import { libreOfficePdfs, loTimeout } from './support.js';

const FILLERS = [19, 20, 21, 22, 23, 24];
const META = { kind: 't', templateVersion: '1', harborVersion: '0', fingerprint: 'f', date: '2026-01-01' };

function declaration(fillers: number): string {
  const lines = Array.from({ length: fillers }, (_, i) => `<p>Filler paragraph ${i + 1} of the test, a line of text.</p>`).join('');
  return `<document title="Declaration" banner="CONFIDENTIAL"><footer><p align="center">Page <page-number/> of <page-count/></p></footer>
    <h1>Declaration</h1>${lines}
    <p>I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct, to the best of my knowledge and belief, and that I signed this in the place and on the date below.</p>
    <signature signer="Ana Example" capacity="Declarant" date="March 7, 2026" place="Houston, Texas"/></document>`;
}

const pagesOf = new Map<number, string[]>();

describe('LibreOffice keeps a signature block whole at the foot of a page', () => {
  beforeAll(async () => {
    // One LibreOffice process converts the six documents (one start instead of six).
    const docxs = await Promise.all(FILLERS.map((n) => renderDocx(parseMarkup(declaration(n), 'test', META))));
    libreOfficePdfs(docxs).forEach((pdf, i) => pagesOf.set(FILLERS[i]!, pdfPages(pdf)));
  }, loTimeout(FILLERS.length));

  it.each(FILLERS.map((n) => [n]))('%i filler lines: signer, capacity, date and place on one page', (n) => {
    const pages = pagesOf.get(n)!;
    const where = ['Ana Example', 'Declarant', 'Date: March 7, 2026', 'Houston, Texas'].map((s) => pages.findIndex((pg) => pg.includes(s)));
    expect(where.every((w) => w >= 0), `all printed: ${where}`).toBe(true);
    expect(new Set(where).size, `pages ${where}`).toBe(1);
  });

  it.each(FILLERS.map((n) => [n]))('%i filler lines: the signature starts on the page the declaration ends on', (n) => {
    const pages = pagesOf.get(n)!;
    const end = pages.findIndex((pg) => pg.includes('on the date below.'));
    expect(end).toBeGreaterThanOrEqual(0);
    expect(pages.findIndex((pg) => pg.includes('Ana Example'))).toBe(end);
  });
});
