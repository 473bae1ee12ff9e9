// A hyphen or minus sign inside a token that holds a digit is not a place to end a line, in either
// format (src/render/pdf/breaks.ts inNumberToken): a negative amount "-$1.00" ended a line at its
// minus (UAX #14 breaks a hyphen before a currency sign, HY ÷ PR), the next line beginning
// "$1.00", an amount that reads positive; a federal case number "4:17-cr-00907-RBH" or a receipt
// number "EAC-21-123-45678" ended a line at "4:17-" or "4:17-cr-00907-" (a hyphen before a
// letter). The PDF's breaker holds those hyphens (a token wider than the line breaks there
// first), and the DOCX writes them as Word's non-breaking hyphen (a minus sign U+2212 followed by
// a word joiner), so LibreOffice and Word do not break them either. Hyphens joining words with no
// digit ("well-known", "U.S.-Mexico"), or between two lower-case letters ("15-year-old"'s second),
// still break in both.
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { breakOpportunities } from '../../src/render/pdf/breaks.js';
import { harborFonts } from '../../src/render/pdf/fonts.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { breakLines, styledGroups, type Line } from '../../src/render/pdf/text.js';
import { docxParts } from '../support/extract.js';
import { paragraphs } from './docx/support.js';
import { doc, linesOf, p, texts } from './pdf/models.js';

/** Tokens no line may end inside: amounts in four currencies, two minus signs, case and receipt numbers. */
const TOKENS = ['-$1.00', '-€5.00', '-£3.25', '\u2212$2,500.00', '(-$40.00)', '4:17-cr-00907-RBH', 'EAC-21-123-45678', '2:24-cv-01234-ABC-DEF', 'COVID-19-related'];

/** The text before each break opportunity of `s`, back to the last space: what a line could end with. */
const endings = (s: string): string[] => [...breakOpportunities(s)].map((b) => s.slice(0, b >> 1).split(' ').at(-1)!);

const lay = (s: string, width: number): Line[] => breakLines(styledGroups([{ type: 'text', text: s } as Inline], () => '0'), width, 12, harborFonts);
const lineText = (l: Line) => l.pieces.map((x) => x.text).join('');

describe('the PDF line breaker', () => {
  it('offers no break after a hyphen or minus inside a token with a digit, and keeps those between words', () => {
    const s = `Owed ${TOKENS.join(' and ')}; a well-known U.S.-Mexico case of a 15-year-old.`;
    const ends = endings(s);
    // Before: "-", "4:17-", "4:17-cr-00907-", "EAC-21-123-" … were all line ends.
    expect(ends.filter((e) => /[-\u2212]$/u.test(e))).toEqual(['well-', 'U.S.-', '15-year-']);
  });

  it('keeps each token on one line wherever the line ends near it, in the positioned boxes', () => {
    // The tokens after 0 to 79 letters: the line ends at every place in them (the minus sign's
    // too: the body faces make its glyph, src/render/pdf/made-glyphs.ts makeMinus).
    const printed = TOKENS;
    const body: Block[] = [];
    for (let n = 0; n < 80; n++) body.push(p(`${'x'.repeat(n)} ${printed.join(' ')} ${'y'.repeat(n)} ${printed.join(' ')}`));
    const L = layoutDocument(doc(body));
    const lines = L.pages.flatMap((pg) => linesOf(texts(pg, 'body')));
    expect(lines.filter((l) => /[-\u2212]$/u.test(l.trimEnd()))).toEqual([]);
    const words = lines.flatMap((l) => l.split(' '));
    for (const tok of printed) expect(words.filter((w) => w === tok).length, tok).toBe(160);
  });

  it('breaks a token wider than the line at its last hyphen that fits, before breaking between characters', () => {
    const w = lay('4:17-cr-00907-', 200)[0]!.width + 1; // "4:17-cr-00907-" fits, the whole number does not
    expect(lay('4:17-cr-00907-RBH-JDA', w).map(lineText)).toEqual(['4:17-cr-00907-', 'RBH-JDA']);
    expect(lay('Case 4:17-cr-00907-RBH-JDA', w).map(lineText)).toEqual(['Case', '4:17-cr-00907-', 'RBH-JDA']);
    // Hyphens before digits were held before too, and such a number broke between digits ("EAC-21-123-4567" / "8").
    const r = lay('EAC-21-123-', 200)[0]!.width + 1;
    expect(lay('EAC-21-123-45678', r).map(lineText)).toEqual(['EAC-21-123-', '45678']);
    // An address's hyphen is never a line end (it reads back without it): between characters.
    const url = 'https://example.org/2024-trafficking-in-persons-report-annex-4';
    const parts = lay(url, 150).map(lineText);
    expect(parts.join('')).toBe(url);
    expect(parts.slice(0, -1).filter((l) => l.endsWith('-'))).toEqual([]);
  });
});

describe('the DOCX', () => {
  it('writes those hyphens as w:noBreakHyphen, a minus sign followed by a word joiner, and leaves the others plain', async () => {
    const text = `Owed ${TOKENS.join(' and ')}; a well-known U.S.-Mexico case of a 15-year-old.`;
    const body = docxParts(await renderDocx(doc([p(text)])))['word/document.xml']!;
    const para = paragraphs(body).find((x) => x.includes('Owed'))!;
    const nbh = '</w:t><w:noBreakHyphen/><w:t xml:space="preserve">';
    expect(para).toContain(`Owed ${nbh}$1.00 and ${nbh}€5.00 and ${nbh}£3.25 and \u2212\u2060$2,500.00 and (${nbh}$40.00)`);
    expect(para).toContain(`4:17${nbh}cr${nbh}00907${nbh}RBH and EAC${nbh}21${nbh}123${nbh}45678`);
    expect(para).toContain(`COVID${nbh}19${nbh}related`);
    expect(para).toContain(`a well-known U.S.-Mexico case of a 15${nbh}year-old.`);
  });
});

describe('the DOCX, a minus or plus sign before a digit', () => {
  // UAX #14 puts no break between a sign and the digits after it (PR × NU, LB25), and LibreOffice
  // (ICU) and the PDF hold it so: a word joiner there held nothing and was copied with the
  // amount ("−\u206015%" pasted into a spreadsheet is text, not a number). It stays where a break
  // would fall, before a currency sign ("−$40.00": PR ÷ PR).
  it('writes the sign and the digits as typed, with no word joiner, and joins a sign to a currency sign', async () => {
    const text = 'Balance \u221215% and \u22121,234.56 and (\u22129) and +12 and \u00b13 and \u2212$40.00 and +$2.00.';
    const body = docxParts(await renderDocx(doc([p(text)])))['word/document.xml']!;
    const para = paragraphs(body).find((x) => x.includes('Balance'))!;
    expect(para).toContain('Balance \u221215% and \u22121,234.56 and (\u22129) and +12 and \u00b13 and \u2212\u2060$40.00 and +\u2060$2.00.');
  });
});
