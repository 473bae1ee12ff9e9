// A number written with a sign or currency before it reads as written in a right-to-left line, in
// both formats (src/model/direction.ts signedNumbers): UAX #9 leaves a minus or plus between a
// Hebrew letter and a digit neutral (W6, N1), so it took the line's right-to-left level and was
// drawn on the number's far side, "−15%" shown "15%−"; after an Arabic letter the digits are
// Arabic numbers (W2) and a currency or percent sign is neutral too, "$40.00" shown "40.00$". The
// PDF raises the sign to its digits' level (src/render/pdf/bidi.ts raiseSignedNumbers); the DOCX
// writes one left-to-right mark before the sign where the algorithm, which Word and LibreOffice
// run, would part them (src/render/docx/runs.ts markSignedNumbers). The cases are
// docs/rendering.md's table.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs } from './docx/support.js';
import { doc, p, texts } from './pdf/models.js';

const LRM = '\u200E';

/** [paragraph, the number as written, drawn as one piece left to right; whether the DOCX marks it]. */
const CASES: Array<[string, string, boolean]> = [
  ['הנחה של −15% בלבד', '−15%', true],
  ['הנחה של +15% בלבד', '+15%', true],
  ['יתרה של -15 בלבד', '-15', true],
  ['סכום −$40.00 בלבד', '−$40.00', true],
  ['סכום (−15%) בלבד', '−15%', true],
  ['خصم −15% فقط', '−15%', true],
  ['مبلغ $40.00 فقط', '$40.00', true],
  ['مبلغ €1,250.50 فقط', '€1,250.50', true],
  ['סכום $40.00 בלבד', '$40.00', false], // W5 already holds an ET to its European digits
  ['סכום €40 בלבד', '€40', false],
  ['סטייה ±2 בלבד', '±2', false],
  ['סכום ₪40 בלבד', '₪40', false],
];

/** The PDF's text of the body line, its boxes read left to right. */
function drawn(text: string): string {
  const boxes = texts(layoutDocument(doc([p(text)])).pages[0]!, 'body').sort((a, b) => a.x - b.x);
  return boxes.map((b) => b.text).join('');
}

/** The paragraph's text in the DOCX, marks kept, word joiners dropped, a non-breaking hyphen as the hyphen it prints. */
async function docxText(text: string): Promise<string> {
  const xml = docxParts(await renderDocx(doc([p(text)])))['word/document.xml']!;
  const para = paragraphs(xml).find((x) => x.includes('<w:bidi/>') || x.includes(text.slice(0, 3)))!;
  return [...para.replace(/<w:noBreakHyphen\/>/g, '<w:t>-</w:t>').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/\u2060/g, '');
}

describe('a number with a sign or currency before it, in a right-to-left line', () => {
  it('PDF: is drawn as written, its sign on the left of its digits', () => {
    for (const [text, number] of CASES) expect(drawn(text), text).toContain(number);
  });

  it('DOCX: one left-to-right mark before the sign where the algorithm parts it from its digits, none elsewhere', async () => {
    for (const [text, number, marked] of CASES) {
      const got = await docxText(text);
      expect(got.replace(LRM, ''), text).toBe(text.replace(/\u2060/g, ''));
      expect(got.includes(`${LRM}${number}`), text).toBe(marked);
      expect(got.split(LRM).length - 1, text).toBe(marked ? 1 : 0);
    }
  });

  it('leaves a hyphen joining a prefix to a number ("ל-10", "ב-2010"), a range and Arabic-Indic digits to the algorithm', async () => {
    for (const text of ['מ-5 עד ל-10 ימים', 'נולדה ב-2010 בעיר', 'עמודים 10-15 בלבד', 'خصم −١٥٪ فقط']) {
      expect(await docxText(text), text).not.toContain(LRM);
    }
    // The PDF as before: "ל-10" read from the right, the prefix, its hyphen, then the number.
    expect(drawn('מ-5 עד ל-10 ימים')).toContain('10-ל');
  });

  it('leaves a left-to-right paragraph without right-to-left text unmarked', async () => {
    expect(await docxText('A deduction of −15% and −$40.00 applies.')).not.toContain(LRM);
  });
});
