// A web or e-mail address is written into the DOCX as typed, character for character, so one
// copied out of Word or LibreOffice is the address: nothing the renderers add to hold text
// together lands inside it. The text layer's word joiner between the links of a subsection chain
// "(c)(2)" (src/model/typography.ts) was put inside an address too: the eCFR's anchor of a
// paragraph, "…/section-214.204#p-214.204(c)(2)", reached the DOCX's text with an invisible
// U+2060 in it, another address when pasted. Its hyphens stay plain, whatever follows them (no
// w:noBreakHyphen, which LibreOffice reads as U+2011, and no word joiner after them, which its text
// export and copy keep: docs/rendering.md). The PDF copies each back as typed too.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { docxParts, pdfText } from '../support/extract.js';
import { paragraphs } from './docx/support.js';
import { doc, p } from './pdf/models.js';

const ADDRESSES = [
  'https://www.ecfr.gov/current/title-8/section-214.204#p-214.204(c)(2)',
  'https://www.acf.hhs.gov/otip/victim-assistance/2024-trafficking-in-persons-report-annex-4',
  'https://example.org/case?no=4:17-cr-00907-RBH&amt=-40',
  'maria-elena.castellanos-holt@gulf-coast-advocacy-2.org',
];
const TEXT = `Under 8 C.F.R. 214.204(c)(2), see ${ADDRESSES[0]} or ${ADDRESSES[1]}, the docket ${ADDRESSES[2]}, or write to ${ADDRESSES[3]}.`;

/** A paragraph's text as the DOCX holds it: its w:t contents, entities read, Word's non-breaking hyphen as U+2011 (what LibreOffice reads it as). */
function heldText(para: string): string {
  return [...para.replace(/<w:noBreakHyphen\/>/g, '<w:t>\u2011</w:t>').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

describe('an address in the DOCX', () => {
  it('is every character as typed, while the same chain outside an address keeps its word joiner', async () => {
    const body = docxParts(await renderDocx(doc([p(TEXT)])))['word/document.xml']!;
    const held = heldText(paragraphs(body).find((x) => x.includes('Under'))!);
    // Before: "…#p-214.204(c)\u2060(2)" in the first address.
    for (const a of ADDRESSES) expect(held, a).toContain(a);
    // The citation in the sentence is still held together (its chain joined, its spaces no-break).
    expect(held).toContain('8\u00a0C.F.R.\u00a0214.204(c)\u2060(2), see');
  });
});

describe('an address in the PDF', () => {
  it('copies back as typed', async () => {
    const text = pdfText(await renderPdf(doc([p(TEXT)])), { first: 1, last: 1 }).replace(/\n/g, '');
    for (const a of ADDRESSES) expect(text, a).toContain(a);
  });
});
