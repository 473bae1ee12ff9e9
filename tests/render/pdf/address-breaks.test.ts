// A web or e-mail address that does not fit on a line breaks after a "/", "?", "&", "=" or "#",
// never after a hyphen (src/render/pdf/breaks.ts addressBreaks): a line ending in a hyphen is read
// as a hyphenated word, and pdftotext (poppler) or a viewer's copy joined the lines and dropped the
// hyphen, so ".../2024-trafficking-in-persons..." read back as "2024-traffickingin-persons".
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { breakOpportunities } from '../../../src/render/pdf/breaks.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { pdfBodyText } from '../../support/extract.js';
import { doc, p } from './models.js';

const URL = 'https://www.state.gov/reports/2024-trafficking-in-persons-report-annex-child-labor-findings/?lang=en&section=mexico';
const EMAIL = 'maria-jose.lopez-garcia@legal-aid-clinic-of-the-rio-grande-valley.example.org';

describe('an address broken across lines', () => {
  it('breaks only after / ? & = #, and the words around it as before', () => {
    const s = `See ${URL}, then call.`;
    const at = [...breakOpportunities(s)].map((b) => s[(b >> 1) - 1]);
    expect(at).toEqual([' ', '/', '/', '/', '/', '?', '=', '&', '=', ' ', ' ', '.']);
    expect([...breakOpportunities(`Write to ${EMAIL} today.`)].map((b) => b >> 1)).toEqual([6, 9, 10 + EMAIL.length, 16 + EMAIL.length]);
  });

  it('reads back whole from the PDF wherever the line ends in it', async () => {
    // The address after 0 to 14 words: its lines end at every kind of place in it.
    const body: Block[] = [];
    for (let n = 0; n < 15; n++) body.push(p(`${'word '.repeat(n)}${URL} and ${EMAIL}.`));
    const text = pdfBodyText(await renderPdf(doc(body)));
    const joined = text.replace(/\n/g, '');
    for (const a of [URL, EMAIL]) expect(joined.split(a).length - 1, a).toBe(15);
    // No line of the text ends in a hyphen (what poppler joins).
    expect(text.split('\n').filter((l) => l.endsWith('-'))).toEqual([]);
  });
});
