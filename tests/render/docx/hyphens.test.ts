// A hyphen the PDF does not break after is not broken after in the DOCX either
// (src/render/docx/runs.ts noBreakHyphens): UAX #14 puts no break between a hyphen and a digit
// (LB25), so the PDF keeps "I-914", "A-123-456-789" or "555-010-2290" whole, and LibreOffice
// broke the T-visa title "Form I-" / "914". The DOCX writes those hyphens as Word's own
// w:noBreakHyphen, and a compound name's too since round r60 ("Quispe-Mamani", which the PDF keeps
// whole: LibreOffice ended a line at "Quispe-"); a web address's stays a plain hyphen
// (docs/rendering.md), and so do the hyphens the PDF breaks after ("well-known").
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
  it('are the ones before a digit and a compound name’s, outside addresses: the DOCX makes exactly those non-breaking', () => {
    const s = 'Form I-914, A-123-456-789, 555-010-2290, UTC-05:00, a well-known García-López of 2:24-cr-00123, https://example.org/form-1-914 or ana-1@example.org, https://example.org/Ana-Lopez.';
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
    // And the compound name's (round r60: it stayed plain, and LibreOffice broke it).
    expect(nonBreaking).toEqual(['I-9', 'A-1', 'A-123-4', 'A-123-456-7', '555-0', '555-010-2', 'UTC-0', 'García-L', '2:24-c', '2:24-cr-0']);
    // Hyphens the PDF breaks after stay plain, and so do an address's (copied, it must be the
    // address typed), a name-like one's too.
    expect(pdfBreaksAfter(s, s.indexOf('well-') + 4)).toBe(true);
    expect(made).toContain('https://example.org/form-1-914');
    expect(made).toContain('ana-1@example.org');
    expect(made).toContain('https://example.org/Ana-Lopez');
  });

  it('a compound name’s in a text with no digit, an astral letter before it, a hyphen between words plain', () => {
    expect(noBreakHyphens('Declarant: Rosa Quispe-Mamani, a well-known cook')).toBe('Declarant: Rosa Quispe\u2011Mamani, a well-known cook');
    expect(noBreakHyphens('Jean-Pierre and Al-Amin')).toBe('Jean\u2011Pierre and Al\u2011Amin');
    expect(noBreakHyphens('𐐨-Bee')).toBe('𐐨\u2011Bee'); // a Deseret letter (two code units) before the hyphen
    expect(noBreakHyphens('U.S.-Mexico border, self-employed')).toBe('U.S.-Mexico border, self-employed');
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
    // I-914, the A-number's three, and "A-Number"'s, held in the PDF as a compound name's is
    // (a letter, a hyphen, a capital) since round r60.
    expect(body.split('<w:noBreakHyphen/>').length - 1).toBe(5);
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

describe('LibreOffice keeps a compound name with its hyphen on one line, as the PDF does', () => {
  const NAMES = ['Quispe-Mamani', 'García-López', 'Hernández-Villanueva', 'Jean-Pierre'];
  // The names after 0 to 59 letters: the lines end at every place in them.
  let text = '';
  beforeAll(async () => {
    const body: Block[] = [];
    for (let n = 0; n < 60; n++) body.push(p(`${'x'.repeat(n)} Declarant Rosa ${NAMES.join(' and ')}, a well-known cook.`));
    text = pdfText(libreOfficePdf(await renderDocx(doc(body))), { layout: true });
  }, loTimeout(1));

  it('ends no line at a name’s hyphen, and each name copies back as typed', () => {
    const lines = text.split('\n').map((l) => l.trim());
    // Before: lines ended "…Rosa Quispe-", "… Hernández-" and the like (a plain hyphen).
    expect(lines.filter((l) => /\p{Lu}\p{Ll}*-$/u.test(l))).toEqual([]);
    const words = lines.flatMap((l) => l.split(/[\s,]+/));
    for (const name of NAMES) expect(words.filter((w) => w === name).length, name).toBe(60);
    expect(text).not.toContain('\u2011');
  });
});
