// A web or e-mail address that does not fit on a line breaks after a "/", "?", "&", "=" or "#",
// never after a hyphen (src/render/pdf/breaks.ts addressBreaks): a line ending in a hyphen is read
// as a hyphenated word, and pdftotext (poppler) or a viewer's copy joined the lines and dropped the
// hyphen, so ".../2024-trafficking-in-persons..." read back as "2024-traffickingin-persons".
// A part of an address wider than the line (an e-mail address in a table column) breaks before a
// period, "@", a hyphen, "_" or "~" in it first (src/render/pdf/text.ts preferredBreaks), before
// it is broken between characters: it broke anywhere ("…legal-aid-clinic-of-so" / "uthern…").
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { breakOpportunities } from '../../../src/render/pdf/breaks.js';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { breakLines, styledGroups } from '../../../src/render/pdf/text.js';
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

  it('wider than the line, breaks before its periods, "@" and hyphens before breaking between letters', () => {
    const lay = (s: string, width: number): string[] => breakLines(styledGroups([{ type: 'text', text: s }], () => '0'), width, 12, harborFonts).map((l) => l.pieces.map((x) => x.text).join(''));
    const mail = 'maria.fernanda.gonzalez-rodriguez.coordinator-of-services@legal-aid-clinic-of-southern-texas.example.org';
    expect(lay(mail, 140)).toEqual(['maria.fernanda', '.gonzalez-rodriguez', '.coordinator-of-services', '@legal-aid-clinic-of', '-southern-texas', '.example.org']);
    // A URL's part between slashes too; the words before it break as before.
    expect(lay('See https://example.org/2024-annual-report-on-child-trafficking-in-persons.pdf', 160)).toEqual(['See https://example.org/', '2024-annual-report-on', '-child-trafficking-in', '-persons.pdf']);
    // A part with no mark that fits still breaks between letters, and no line ends at a hyphen.
    const parts = lay(`x@${'a'.repeat(60)}-b.example.org`, 140);
    expect(parts.join('')).toBe(`x@${'a'.repeat(60)}-b.example.org`);
    expect(parts.filter((l) => l.endsWith('-'))).toEqual([]);
  });
});
