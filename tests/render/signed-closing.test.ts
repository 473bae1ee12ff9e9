// A filing's closing ends in a `signature`, so that it is kept whole up to half a page and its
// signature never starts a page without the text it signs (docs/pagination.md §Gaps). The
// restitution worksheet's "Preparer" (its statement, "Respectfully submitted," and the /s/ block)
// was paragraphs: with a long address it took more than a third of a page, was not kept whole, and
// its /s/ block could start the last page alone. It now ends in a signature with an electronic
// signature on its line (`signed`) and the preparer's lines as its capacity, in both formats.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildDocument } from '../../src/pipeline.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { renderDocx } from '../../src/render/docx/index.js';
import type { TextBox } from '../../src/render/pdf/boxes.js';
import { docxParts } from '../support/extract.js';
import { paragraphs, paraText } from './docx/support.js';

const fixture = () => JSON.parse(readFileSync(new URL('../../fixtures/restitution-worksheet/full.json', import.meta.url), 'utf8'));
const ADDRESS = 'Gulf Coast Anti-Trafficking Legal Clinic, Immigrant Survivors Project, Attn: Restitution Unit, Third Floor, 200 Harbor Street, Suite 4, Miami-Dade County Justice Center Annex, Miami, FL 33130-1234';

/** The worksheet with `n` more pending losses (one line each) before its Preparer and a long address. */
function worksheet(n: number) {
  const c = fixture();
  c.preparer.address = ADDRESS;
  for (let k = 0; k < n; k++) c.pendingLosses.push({ category: 'medical', description: `Follow-up treatment ${k + 1}: not yet billed` });
  return buildDocument('restitution-worksheet', c).model;
}

/** The page (0-based) of the first text box whose text starts with `s`. */
const pageOf = (pages: { boxes: { type: string }[] }[], s: string) =>
  pages.findIndex((pg) => pg.boxes.some((b) => b.type === 'text' && (b as TextBox).text.startsWith(s)));

describe('restitution worksheet: the Preparer closing is a signed keep', () => {
  it('PDF: wherever the page ends, the /s/ signature is on the page of "Respectfully submitted," and the statement', () => {
    // Each more pending loss (printed in the losses and the filing) moves the closing down by
    // some 40 pt, and 16 carry it down a whole page, so these 17 put the page's foot at every
    // part of it. With the closing as paragraphs the /s/ block started the last page alone at 15
    // more, and "Respectfully submitted," a page without the statement at none.
    for (let n = 0; n <= 16; n += 1) {
      const pages = layoutDocument(worksheet(n)).pages;
      const signed = pageOf(pages, '/s/');
      expect(signed, `${n} more`).toBe(pageOf(pages, 'Respectfully'));
      expect(signed, `${n} more`).toBe(pageOf(pages, 'computations can be checked'));
    }
  });

  it('DOCX: the signature is Word\'s, its electronic signature on the signing line, the preparer\'s lines under the name', async () => {
    const xml = docxParts(await renderDocx(worksheet(0)))['word/document.xml']!;
    const paras = paragraphs(xml);
    const onLine = paras.find((p) => paraText(p) === '/s/ Priya Okonkwo-Hale')!;
    expect(onLine).toMatch(/<w:pBdr><w:bottom /);
    // One paragraph of lines (the signature's), after the signing line's; "No." held with its number (src/model/typography.ts).
    const under = paras[paras.indexOf(onLine) + 1]!;
    expect(paraText(under)).toBe(`Priya Okonkwo-HaleBar No.\u00a00412987 (Florida)Gulf Coast Anti-Trafficking Legal Clinic (fictional)${ADDRESS}(305) 555-0142 · intake@clinic.exampleDate: March\u00a02, 2026`);
    expect(under.match(/<w:br\/>/g)).toHaveLength(5);
  });
});
