// A quotation of English in a right-to-left paragraph is one left-to-right piece with its
// quotation marks, in both formats (src/model/direction.ts leftToRightQuotations): UAX #9 pairs
// brackets (N0), not quotation marks, so the opening “ between the Arabic and the English took the
// paragraph's direction (N1) and was drawn at the English run's far end, ”I will pay your debt“.
// The cases are docs/rendering.md's table.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs, paraText } from './docx/support.js';
import { doc, p, texts } from './pdf/models.js';

const LRM = '\u200E';

/** [paragraph, the quotation as one piece (null: the paragraph keeps the algorithm's order), the Arabic or Hebrew words right of it, left of it]. */
const CASES: Array<[string, string | null, string, string]> = [
  ['قال لي “I will pay your debt” ثم غادر', '“I will pay your debt”', 'لي', 'ثم'],
  ['قال لي “I will pay your debt.” ثم غادر', '“I will pay your debt.”', 'لي', 'ثم'],
  ['قال لي "I will pay your debt" ثم غادر', '"I will pay your debt"', 'لي', 'ثم'],
  ['قال لي «I will pay» ثم غادر', '«I will pay»', 'لي', 'ثم'],
  ['אמר לי „I will pay“ והלך', '„I will pay“', 'לי', 'והלך'],
  ['قال لي “2026” ثم غادر', null, 'لي', 'ثم'], // no letter: the algorithm's order
  ['قال لي “أنا سأدفع” ثم غادر', null, 'لي', 'ثم'], // an Arabic quotation: the algorithm's order
];

describe('a left-to-right quotation in a right-to-left paragraph', () => {
  it('is laid out in the PDF as one piece, its marks with it, between the words before and after it', () => {
    for (const [text, quotation, before, after] of CASES) {
      const boxes = texts(layoutDocument(doc([p(text)])).pages[0]!, 'body');
      const x = (t: string) => boxes.find((b) => b.text === t)!.x;
      if (quotation === null) {
        expect(boxes.map((b) => b.text).join(''), text).not.toContain('“I');
        continue;
      }
      const q = boxes.find((b) => b.text === quotation);
      expect(q, `${text}: ${boxes.map((b) => b.text).join(' | ')}`).toBeDefined();
      // Read from the right: the words before it, the quotation, then the words after it.
      expect(x(before), text).toBeGreaterThan(q!.x);
      expect(x(after), text).toBeLessThan(q!.x);
    }
  });

  it('in the DOCX stands between two left-to-right marks, so Word and LibreOffice draw its marks with it; nothing else is marked', async () => {
    const xml = docxParts(await renderDocx(doc(CASES.map(([t]) => p(t)))))['word/document.xml']!;
    const texts = paragraphs(xml).map((x) => paraText(x).replaceAll('&quot;', '"'));
    for (const [text, quotation] of CASES) {
      const got = texts.find((t) => t.replaceAll(LRM, '') === text)!;
      expect(got, text).toBeDefined();
      if (quotation === null) expect(got, text).not.toContain(LRM);
      else expect(got, text).toBe(text.replace(quotation, `${LRM}${quotation}${LRM}`));
    }
  });

  it('leaves a left-to-right paragraph quoting right-to-left words as it was', async () => {
    const text = 'The child said: “قال لي إنه سيدفع ديني”';
    const xml = docxParts(await renderDocx(doc([p(text)])))['word/document.xml']!;
    expect(paragraphs(xml).map(paraText)).toContain(text);
    const boxes = texts(layoutDocument(doc([p(text)])).pages[0]!, 'body');
    // The opening mark stays with the English before it, at the left of the Arabic.
    expect(boxes.map((b) => b.text).join('')).toContain('said: “');
  });
});
