// One rule for a paragraph's direction in both formats (src/model/direction.ts isRtlText): outside
// its quotations, its first and its last letter are of a right-to-left script, or the first is and
// most of its words are (Hebrew,
// Arabic, Syriac, Thaana, N'Ko, Samaritan, Adlam…). The DOCX decided by any right-to-left character (an Arabic-Indic digit too),
// the PDF by Hebrew or Arabic letters alone, so a Hebrew signer's date in Arabic-Indic digits was a
// right-to-left line in the DOCX and a left-to-right one in the PDF. And a right-to-left signature
// in a list item is indented from the right as the item's text is, in both formats: the PDF set it
// at the right margin, the DOCX set either direction's at the margins.
import { describe, expect, it } from 'vitest';
import type { Block, Signature } from '../../src/model/types.js';
import { isRtlText } from '../../src/model/direction.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { isRtlParagraph } from '../../src/render/docx/runs.js';
import { isRtlText as pdfIsRtl } from '../../src/render/pdf/bidi.js';
import type { LineBox, TextBox } from '../../src/render/pdf/boxes.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs, paraText } from './docx/support.js';
import { doc, p } from './pdf/models.js';

const RIGHT = 72 + 468; // the right margin (pt)

/** Texts and whether each is a right-to-left paragraph. */
const CASES: Array<[string, boolean]> = [
  ['שרה כהן', true], // Hebrew
  ['سلمى عبد الرحمن', true], // Arabic
  ['ܡܪܝܡ ܐܕܝ', true], // Syriac
  ['އާމިނަތު ހަސަން', true], // Thaana
  ['ߡߊߙߌߦߊߡ ߞߐߣߍ', true], // N'Ko
  ['𞤀𞤣𞤢𞤥𞤢 𞤄𞤢𞤤𞤣𞤫', true], // Adlam (supplementary plane)
  ['ࠌࠓࠉࠌ', true], // Samaritan
  ['שרה כהן (2010) ١٢', true], // digits and punctuation decide nothing
  ['مريم الحسن was born in Aleppo', false], // an English sentence opening with a name: left to right
  ['ܡܪܝܡ and Ana', false],
  ['قال لي "I will pay your debt" ثم غادر', true], // Arabic quoting English: framed by Arabic
  ['قال لي "I will pay your debt."', true], // Arabic ending on its English quotation: outside it, Arabic alone
  ['قال لي: “I will pay your debt”', true], // curly quotation marks
  ['She was born in Aleppo as مريم الحسن', false], // an English sentence ending on a name: more English letters
  ['The child said: "قال لي إنه سيدفع ديني"', false], // English quoting Arabic at its end
  ['"قال لي إنه سيدفع ديني"', true], // only a quotation: its own letters
  ['ولدت مريم في حلب ثم انتقلت مع خالتها Maria', true], // Arabic first, English last: more Arabic words (8 and 1)
  ['Maria moved with her aunt to حلب', false], // a Latin first letter
  ['אבי כהן Joe', true], // (2 and 1)
  ['אבי Joe Smith', false], // (1 and 2)
  ['אבי Joe', false], // a tie (1 and 1): left to right
  ['Joe אבי כהן', false], // a Latin first letter: left to right, whatever follows
  ['Other names: سلمى عبد; נועה לוי', false], // a label before right-to-left names, more of them
  ['مرحبا بالعالم 1) said the child', false], // (2 and 3)
  ['سلمى عبد الرحمن; 王小梅; सलमा देवी', false], // names in three scripts: a tie of words (3 and 3), letters 13 and 8
  ['שרה אמרה "hello" לי.', true],
  ['𞤀𞤣𞤢 and 𞤄𞤢𞤤', true], // astral-plane letters at both ends
  ['"I will pay" قال لي', true], // Arabic opening with its English quotation
  ['Ana and مريم', false],
  ['(١٢) - مريم', true], // digits and punctuation before the first letter decide nothing
  ['٢٠٢٦/٣/٧', false], // Arabic-Indic digits alone: no letter
  ['2026', false],
  ['', false],
];

describe('the direction rule both renderers call', () => {
  it('is right-to-left when its first and last letters outside quotations are of a right-to-left script, or its first is and most words are', () => {
    for (const [text, rtl] of CASES) expect(isRtlText(text), text).toBe(rtl);
  });

  it('is the one the DOCX (w:bidi) and the PDF (its layout) decide a paragraph by', () => {
    for (const [text, rtl] of CASES) {
      expect(isRtlParagraph([{ type: 'text', text }]), `docx: ${text}`).toBe(rtl);
      expect(pdfIsRtl(text), `pdf: ${text}`).toBe(rtl);
    }
  });
});

const HEBREW: Signature = { type: 'signature', signer: 'שרה כהן', capacity: 'מתורגמנית', date: '٧/٣/٢٠٢٦' };

describe('a right-to-left signer', () => {
  it('reads a line with no right-to-left letter (a date in Arabic-Indic digits) left to right in both formats', async () => {
    const model = doc([p('Signed:'), HEBREW]);
    const body = docxParts(await renderDocx(model))['word/document.xml']!;
    const sig = paragraphs(body).find((x) => x.includes('שרה כהן'))!;
    // The DOCX: the line between left-to-right marks (runs.ts leftToRightLine), as "Date: March 7, 2026" is.
    const lastLine = sig.split('<w:br/>').at(-1)!;
    expect([...lastLine.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).toBe('\u200EDate: ٧/٣/٢٠٢٦\u200E');
    // The PDF: "Date:" left of the digits, the line ending at the right margin.
    const boxes = layoutDocument(model).pages[0]!.boxes.filter((b): b is TextBox => b.type === 'text' && (b.tag ?? '').endsWith('.line.2'));
    const sorted = [...boxes].sort((a, b) => a.x - b.x);
    expect(sorted[0]!.text.startsWith('Date:')).toBe(true);
    expect(Math.max(...boxes.map((b) => b.x + b.width))).toBeCloseTo(RIGHT, 1);
  });

  it('in Thaana or N\'Ko: right-to-left paragraphs in the DOCX, refused by the PDF naming the script', async () => {
    for (const signer of ['އާމިނަތު ހަސަން', 'ߡߊߙߌߦߊߡ ߞߐߣߍ']) {
      const model = doc([p('Signed:'), { type: 'signature', signer }]);
      const body = docxParts(await renderDocx(model))['word/document.xml']!;
      // By its text: the space between the two words is a run of its own (fonts.ts weakAfterScripts).
      const sig = paragraphs(body).filter((x) => paraText(x).includes(signer) || x.includes('w:pBdr'));
      expect(sig.length, signer).toBe(2);
      for (const x of sig) expect(x, signer).toContain('<w:bidi/>');
      await expect(renderPdf(model)).rejects.toMatchObject({ code: 'unsupported-script' });
    }
  });
});

describe('a signature in a list item', () => {
  const item = (first: Block, sig: Signature): Block => ({ type: 'list', ordered: true, items: [{ children: [first, sig] }] });
  const model = doc([
    item(p('אני מצהירה שהדברים נכונים ומדויקים לפי מיטב ידיעתי ואמונתי, וכי הם נכתבו בשפה שאני מבינה.'), HEBREW),
    item(p('I declare that the foregoing is true and correct.'), { type: 'signature', signer: 'Ana Example', date: 'March 7, 2026' }),
  ]);

  it('in the PDF, is indented as the item\'s text: from the right for a right-to-left signer, from the left for a Latin one', () => {
    const boxes = layoutDocument(model).pages[0]!.boxes;
    const own = (src: string) => boxes.filter((b) => b.src === src || b.src.startsWith(`${src}.`));
    const textRight = Math.max(...own('body.0.item.0.0').flatMap((b) => (b.type === 'text' ? [b.x + b.width] : [])));
    expect(textRight).toBeLessThan(RIGHT - 20); // the item's text ends its indent before the margin
    const rtlLine = own('body.0.item.0.1').find((b): b is LineBox => b.type === 'line')!;
    expect(rtlLine.x2).toBeCloseTo(textRight, 1); // was the right margin
    for (const b of own('body.0.item.0.1')) if (b.type === 'text') expect(b.x + b.width).toBeLessThanOrEqual(textRight + 0.01);
    const textLeft = Math.min(...own('body.1.item.0.0').flatMap((b) => (b.type === 'text' ? [b.x] : [])));
    const ltrLine = own('body.1.item.0.1').find((b): b is LineBox => b.type === 'line')!;
    expect(ltrLine.x1).toBeCloseTo(textLeft, 1);
  });

  it('in the DOCX, carries the item\'s text indent on both of its paragraphs (mirrored by w:bidi for a right-to-left signer)', async () => {
    const body = docxParts(await renderDocx(model))['word/document.xml']!;
    const sigs = paragraphs(body).filter((x) => x.includes('w:pBdr') || x.includes('שרה כהן') || x.includes('Ana Example'));
    expect(sigs).toHaveLength(4);
    // The signing line: the item's indent on its start side, a 3.5-inch line (5040 twips) in the 9360 twips of text.
    expect(sigs[0]).toContain('<w:ind w:left="540" w:right="3780"/>');
    expect(sigs[0]).toContain('<w:bidi/>');
    expect(sigs[1]).toContain('<w:ind w:left="540"/>');
    expect(sigs[2]).toContain('<w:ind w:left="540" w:right="3780"/>');
    expect(sigs[2]).not.toContain('<w:bidi/>');
    expect(sigs[3]).toContain('<w:ind w:left="540"/>');
  });
});
