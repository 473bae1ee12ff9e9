// A table cell (and a paragraph) of Arabic or Hebrew quoting English is right to left, in both
// formats (src/model/direction.ts isRtlText: its letters outside quotations decide: a Latin first
// letter left to right, right-to-left first and last right to left, else the more words).
// The rule that every letter be right-to-left laid 'قال لي "I will pay your debt" ثم غادر' out left
// to right: in the PDF the cell's first Arabic words stood at its left and its last at its right
// (read from the wrong end), and the DOCX's paragraph had no w:bidi. Now the cell's line ends at
// its right edge, its first words rightmost, the English quotation between the Arabic around it
// and in its own order; the DOCX's paragraph is w:bidi, its Arabic runs w:rtl, the English not.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import type { TextBox } from '../../src/render/pdf/boxes.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs } from './docx/support.js';
import { doc, p, row } from './pdf/models.js';

const ARABIC_QUOTING = 'قال لي "I will pay your debt" ثم غادر';
const HEBREW_QUOTING = 'הוא אמר "you owe us" ויצא';

const table = (...cells: string[]): Block => ({ type: 'table', columns: [1, 2], headerRows: [row('Who', 'What was said')], rows: cells.map((c, i) => row(`Witness ${i + 1}`, c)) });

/** The text boxes on page 1 whose structure tag is `tag` (a cell's: `body.1.row.0.cell.1`), left to right. */
function boxesOf(model: ReturnType<typeof doc>, tag: string): TextBox[] {
  const boxes = layoutDocument(model).pages[0]!.boxes.filter((b): b is TextBox => b.type === 'text' && b.tag === tag);
  return boxes.sort((a, b) => a.x - b.x);
}

describe('a cell or paragraph of right-to-left text quoting English', () => {
  it.each([
    ['Arabic', ARABIC_QUOTING, 'قال', 'غادر'],
    ['Hebrew', HEBREW_QUOTING, 'הוא', 'ויצא'],
  ])('%s: in the PDF, its first words rightmost, the quotation between, in its own order', (_, text, first, last) => {
    const model = doc([p('Statements taken:'), table(text), p(text)]);
    for (const boxes of [boxesOf(model, 'body.1.row.0.cell.1'), boxesOf(model, 'body.2')]) {
      const at = (word: string) => boxes.find((b) => b.text.includes(word))!;
      const english = boxes.filter((b) => /[A-Za-z]/.test(b.text));
      // Left to right within, its quotation marks with it (rtl-quotes.test.ts).
      expect(english.map((b) => b.text).join(' ')).toBe(text.includes('I will') ? '"I will pay your debt"' : '"you owe us"');
      // Before: the first words at the left, the last at the right.
      expect(at(first).x, `${first} right of the quotation`).toBeGreaterThan(english.at(-1)!.x + english.at(-1)!.width);
      expect(at(last).x + at(last).width, `${last} left of the quotation`).toBeLessThan(english[0]!.x);
    }
  });

  it('in the PDF, the cell’s line ends at the cell’s right, as the paragraph’s at the right margin', () => {
    const model = doc([table(ARABIC_QUOTING), p(ARABIC_QUOTING)]);
    const right = (boxes: TextBox[]) => Math.max(...boxes.map((b) => b.x + b.width));
    expect(right(boxesOf(model, 'body.1'))).toBeCloseTo(72 + 468, 1);
    // The cell's padding (4 pt) from the table's right edge; before, its text began at the column's left.
    expect(right(boxesOf(model, 'body.0.row.0.cell.1'))).toBeCloseTo(72 + 468 - 4, 1);
  });

  it('in the DOCX, the cell’s and the paragraph’s paragraphs are w:bidi, the Arabic runs w:rtl, the quotation a left-to-right run', async () => {
    const xml = docxParts(await renderDocx(doc([table(ARABIC_QUOTING, HEBREW_QUOTING), p(ARABIC_QUOTING)])))['word/document.xml']!;
    const ps = paragraphs(xml).filter((x) => x.includes('قال') || x.includes('הוא'));
    expect(ps).toHaveLength(3);
    for (const x of ps) {
      expect(x).toContain('<w:bidi/>'); // before: no w:bidi, the paragraph left to right
      expect(x).toMatch(/<w:rtl\/>(<w:lang w:bidi="(ar|he)"\/>)?<\/w:rPr><w:t xml:space="preserve">(قال لي|הוא אמר) ?<\/w:t>/);
      const quote = /<w:r>(?:<w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr>)?<w:t xml:space="preserve">([^<]*(?:I will pay your debt|you owe us)[^<]*)<\/w:t><\/w:r>/.exec(x)!;
      expect(quote, x).not.toBeNull();
      expect(quote[1] ?? '').not.toContain('<w:rtl/>');
    }
    // The table still says its columns run left to right (its first column stays on the left).
    expect(xml).toContain('<w:bidiVisual w:val="off"/>');
  });
});

/**
 * Paragraphs whose first and last letters disagree, or end on a quotation, and their direction
 * (the table of docs/rendering.md). The rule of the first and last letters alone laid the Arabic
 * sentences ending on (or opening with) an English quotation out left to right.
 */
const DISAGREEING: Array<[string, boolean]> = [
  ['قال لي "I will pay your debt."', true], // Arabic ending on its English quotation
  ['قالت الطفلة إن الرجل وعدها بعمل في مطعم ثم قال: “You will work here until the debt is paid”', true],
  ['"I will pay your debt" قال لي', true], // Arabic opening with its English quotation
  ['אמרה לי: «we are going to Texas»', true], // Hebrew, guillemets
  ['مريم الحسن was born in Aleppo', false], // an English sentence opening on an Arabic name
  ['She was born in Aleppo as مريم الحسن', false], // …and one ending on it
  ['The child said: "قال لي إنه سيدفع ديني"', false], // English quoting Arabic at its end
];

describe('a paragraph whose first and last letters disagree, or that ends on a quotation', () => {
  it('in the PDF, is set from the right margin (its first word there) when right to left, from the left one when left to right', () => {
    for (const [text, rtl] of DISAGREEING) {
      const boxes = boxesOf(doc([p(text)]), 'body.0');
      const firstWord = text.replace(/^["“«]/, '').split(/[\s:"]/)[0]!;
      const first = boxes.find((b) => b.text.includes(firstWord))!;
      if (rtl) {
        expect(Math.max(...boxes.map((b) => b.x + b.width)), text).toBeCloseTo(72 + 468, 1);
        if (!text.startsWith('"')) expect(first.x + first.width, text).toBeCloseTo(72 + 468, 1); // read from the right
      } else {
        expect(Math.min(...boxes.map((b) => b.x)), text).toBeCloseTo(72, 1);
        expect(Math.max(...boxes.map((b) => b.x + b.width)), text).toBeLessThan(72 + 468 - 20); // a short line, not set from the right
      }
    }
  });

  it('in the DOCX, is w:bidi exactly when right to left, in a paragraph and in a table cell', async () => {
    for (const [text, rtl] of DISAGREEING) {
      const xml = docxParts(await renderDocx(doc([table(text), p(text)])))['word/document.xml']!;
      const ps = paragraphs(xml).filter((x) => x.includes('<w:t') && !x.includes('Witness') && !x.includes('What was said') && !x.includes('>Who<'));
      expect(ps, text).toHaveLength(2);
      for (const x of ps) expect(x.includes('<w:bidi/>'), text).toBe(rtl);
    }
  });
});
