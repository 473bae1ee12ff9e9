// A plus or plus-minus sign before an amount stays with it, as the minus does
// (./number-hyphens.test.ts): UAX #14 breaks between a plus sign and a currency sign (PR ÷ PR), so
// "+$12.50" ended a line at its "+" and "±$3.00" at its "±", the next line beginning "$12.50", an
// amount without its sign. The PDF's breaker holds the sign in a token with a digit
// (src/render/pdf/breaks.ts isSign, afterNumberHyphen), and the DOCX puts a word joiner between the
// sign and the currency sign (src/render/docx/runs.ts noBreakHyphens), so Word and LibreOffice do
// not break there either. A plus between words with no digit ("A+B") is not touched.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { breakOpportunities } from '../../src/render/pdf/breaks.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { doc, linesOf, p, texts } from './pdf/models.js';

const TOKENS = ['+$12.50', '±$3.00', '+€5.00', '(+$40.00)', '+£1,200.00'];

describe('a plus or plus-minus sign before an amount', () => {
  it('is no line end in the PDF’s breaker', () => {
    const s = `Changed by ${TOKENS.join(' and ')}.`;
    const ends = [...breakOpportunities(s)].map((b) => s.slice(0, b >> 1));
    // Before: "Changed by +", "… and ±", "… and +", "… and (+" were line ends.
    expect(ends.filter((e) => /[+±]$/u.test(e))).toEqual([]);
  });

  it('stays on the line of its amount wherever the line ends near it, in the positioned boxes', () => {
    const body: Block[] = [];
    for (let n = 0; n < 60; n++) body.push(p(`${'a '.repeat(n)}The balance changed by ${TOKENS.join(' ')} after the payment.`));
    const lines = layoutDocument(doc(body)).pages.flatMap((pg) => linesOf(texts(pg, 'body')));
    expect(lines.filter((l) => /[+±(]$/u.test(l.trimEnd()))).toEqual([]);
    const words = lines.flatMap((l) => l.split(' '));
    for (const tok of TOKENS) expect(words.filter((w) => w === tok).length, tok).toBe(60);
  });

  it('is joined to the currency sign in the DOCX by a word joiner; a plus before a digit or between letters is left as typed', async () => {
    const body = docxParts(await renderDocx(doc([p(`Changed by +$12.50 and ±$3.00; call +1 555 0100; A+B.`)])))['word/document.xml']!;
    const text = [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toBe('Changed by +\u2060$12.50 and ±\u2060$3.00; call +1 555 0100; A+B.');
  });
});
