// A hyphen the PDF does not break after is not broken after in the DOCX either
// (src/render/docx/runs.ts noBreakHyphens): UAX #14 puts no break between a hyphen and a digit
// (LB25), so the PDF keeps "I-914", "A-123-456-789" or "555-010-2290" whole, and LibreOffice
// broke the T-visa title "Form I-" / "914". The DOCX writes those hyphens as Word's own
// w:noBreakHyphen; a compound name's and a web address's stay plain hyphens (docs/rendering.md),
// and so do the hyphens the PDF breaks after ("well-known").
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { noBreakHyphens } from '../../../src/render/docx/runs.js';
import { breakOpportunities } from '../../../src/render/pdf/breaks.js';
import { docxParts, docxText, pdfText } from '../../support/extract.js';
import { doc, h, p } from './models.js';
import { libreOfficePdf, loTimeout, paragraphs } from './support.js';

/** Whether the PDF's line breaker may end a line right after code unit `i` of `s`. */
const pdfBreaksAfter = (s: string, i: number): boolean => [...breakOpportunities(s)].some((b) => b >> 1 === i + 1);

describe('hyphens the PDF does not break after', () => {
  it('are the ones before a digit, outside addresses: the DOCX makes exactly those non-breaking', () => {
    const s = 'Form I-914, A-123-456-789, 555-010-2290, UTC-05:00, a well-known García-López of 2:24-cr-00123, https://example.org/form-1-914 or ana-1@example.org.';
    const made = noBreakHyphens(s);
    expect(made.length).toBe(s.length);
    const nonBreaking: string[] = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] !== '-') continue;
      const word = s.slice(s.lastIndexOf(' ', i) + 1, i + 2);
      if (made[i] === '\u2011') {
        nonBreaking.push(word);
        // Only where the PDF does not break either.
        expect(pdfBreaksAfter(s, i), word).toBe(false);
      } else expect(made[i]).toBe('-');
    }
    // Every hyphen of a token holding a digit (../number-hyphens.test.ts): 2:24-cr-00123's first too.
    expect(nonBreaking).toEqual(['I-9', 'A-1', 'A-123-4', 'A-123-456-7', '555-0', '555-010-2', 'UTC-0', '2:24-c', '2:24-cr-0']);
    // Hyphens the PDF breaks after stay plain, and so do an address's (copied, it must be the address typed).
    expect(pdfBreaksAfter(s, s.indexOf('well-') + 4)).toBe(true);
    expect(made).toContain('https://example.org/form-1-914');
    expect(made).toContain('ana-1@example.org');
    expect(made).toContain('García-López');
  });

  it('are written as w:noBreakHyphen in the body, a heading and the running header, and read back as hyphens', async () => {
    const title = 'Declaration in Support of Form I-914, Application for T Nonimmigrant Status';
    const parts = docxParts(
      await renderDocx(
        doc([h(1, title), p('A-Number: A-123-456-789; a well-known case.')], {
          header: [{ type: 'paragraph', align: 'right', children: [{ type: 'text', text: 'Form I-914' }] }],
        }),
      ),
    );
    const body = parts['word/document.xml']!;
    const heading = paragraphs(body).find((x) => x.includes('Declaration in Support'))!;
    expect(heading).toContain('<w:t xml:space="preserve">Declaration in Support of Form I</w:t><w:noBreakHyphen/><w:t xml:space="preserve">914, Application');
    expect(body.split('<w:noBreakHyphen/>').length - 1).toBe(4); // I-914 and A-number's three
    expect(body).toContain('well-known');
    expect(parts['word/header1.xml']).toContain('Form I</w:t><w:noBreakHyphen/><w:t xml:space="preserve">914');
    expect(docxText(await renderDocx(doc([p('Form I-914')])))).toContain('Form I-914');
  });
});

describe('LibreOffice keeps a number with its hyphens on one line', () => {
  // Tokens held in both formats: a case number, a receipt number, negative amounts (a minus sign
  // U+2212 too: before a currency sign by a word joiner, before a digit by UAX #14 alone, LB25).
  const HELD = ['4:17-cr-00907-RBH', 'EAC-21-123-45678', '-$1.00', '-€5.00', '-£3.25', '\u2212$2.00', '\u221215.25'];
  // The numbers after 0 to 69 letters: the lines end at every place in them.
  let text = '';
  beforeAll(async () => {
    const body: Block[] = [];
    for (let n = 0; n < 70; n++) body.push(p(`${'x'.repeat(n)} Form I-914 A-123-456-789 tel 555-010-2290 UTC-05:00 I-914 B. ${HELD.join(' ')}`));
    text = pdfText(libreOfficePdf(await renderDocx(doc(body))), { layout: true });
  }, loTimeout(1));

  it('ends no line at a hyphen whose digits start the next (26 such line ends before)', () => {
    const lines = text.split('\n');
    const split = lines.flatMap((l, i) => (/-$/.test(l.trimEnd()) && /^\s*\d/.test(lines[i + 1] ?? '') ? [`${l.trim()} | ${lines[i + 1]!.trim()}`] : []));
    expect(split).toEqual([]);
    expect(text.split('A-123-456-789').length - 1).toBe(70);
  });

  it('ends no line inside a case or receipt number or at the minus of a negative amount (../number-hyphens.test.ts)', () => {
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines.filter((l) => /[-\u2212]$/u.test(l))).toEqual([]);
    const words = lines.flatMap((l) => l.split(/\s+/));
    for (const tok of HELD) expect(words.filter((w) => w === tok).length, tok).toBe(70);
  });

  it('prints and copies back a plain hyphen', () => {
    expect(text).not.toContain('\u2011');
    expect(text.split('I-914').length - 1).toBe(140);
  });
});
