// Lettered and roman lists (`<ol type="a">`, a pasted "a." / "iv." sub-list: src/templates/pasted-lists.ts)
// print their markers in both formats: the PDF draws "a." … "z.", "aa." (letters counted on as
// Word counts them), "iv.", "IV."; the DOCX numbers the same items with Word's lowerLetter,
// upperLetter, lowerRoman and upperRoman formats, and LibreOffice prints the PDF's markers. They
// printed as decimal numbers, or, pasted, as text lines of the item above them. A list's delimiters
// ("1)", "(a)", "(iv)": `<ol delimiter>`) print in both formats too: they printed as "a.".
import { describe, expect, it } from 'vitest';
import type { Block, List, ListDelimiter, ListNumbering } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { markerText, rtlMarker } from '../../src/render/list-indent.js';
import { docxParts, pdfText } from '../support/extract.js';
import { doc, p } from './docx/models.js';
import { libreOfficePdf, loTimeout, paragraphs, paraText } from './docx/support.js';
import type { TextBox } from '../../src/render/pdf/boxes.js';

const list = (numbering: ListNumbering, from: number, count: number, word: string, delimiter?: ListDelimiter): List => ({
  type: 'list',
  ordered: true,
  numbering,
  ...(delimiter !== undefined ? { delimiter } : {}),
  items: Array.from({ length: count }, (_, k) => ({ number: from + k, children: [p(`${word} ${from + k}`)] })),
});

// A decimal item with lettered sub-items past "z", then roman and upper-case lists.
const body: Block[] = [
  {
    type: 'list',
    ordered: true,
    items: [{ number: 1, children: [p('Work done'), list('lower-letter', 1, 28, 'task')] }, { number: 2, children: [p('Pay')] }],
  },
  list('lower-roman', 1, 9, 'roman'),
  list('upper-roman', 3, 2, 'ROMAN'),
  list('upper-letter', 2, 2, 'LETTER'),
  // As pasted from Word and court forms: "(a)" with "(i)" sub-items, "1)".
  { type: 'list', ordered: true, numbering: 'lower-letter', delimiter: 'parens', items: [{ number: 1, children: [p('clause 1'), list('lower-roman', 1, 2, 'sub', 'parens')] }, { number: 2, children: [p('clause 2')] }] },
  list('decimal', 1, 2, 'step', 'paren'),
  // "(1)" (Word's level text "(%1)"), and a lettered list that goes on in other delimiters, as a
  // pasted "a.", "b.", "(c)", "(d)" is read (src/templates/pasted-lists.ts): the second list
  // counts on from "(c)", not from "(a)" and not on from the first's Word numbering.
  list('decimal', 1, 2, 'subparagraph', 'parens'),
  list('lower-letter', 1, 2, 'pasted'),
  list('lower-letter', 3, 2, 'pasted', 'parens'),
];
const model = doc(body);

/** The marker each numbered paragraph is drawn with: [its text, the marker before it]. */
const WANT: Array<[string, string]> = [
  ['task 1', 'a.'], ['task 2', 'b.'], ['task 26', 'z.'], ['task 27', 'aa.'], ['task 28', 'bb.'],
  ['roman 4', 'iv.'], ['roman 8', 'viii.'], ['roman 9', 'ix.'], ['ROMAN 3', 'III.'], ['ROMAN 4', 'IV.'],
  ['LETTER 2', 'B.'], ['LETTER 3', 'C.'], ['Pay', '2.'],
  ['clause 1', '(a)'], ['sub 1', '(i)'], ['sub 2', '(ii)'], ['clause 2', '(b)'], ['step 1', '1)'], ['step 2', '2)'],
  ['subparagraph 1', '(1)'], ['subparagraph 2', '(2)'], ['pasted 1', 'a.'], ['pasted 2', 'b.'], ['pasted 3', '(c)'], ['pasted 4', '(d)'],
];

describe('lettered and roman lists', () => {
  it('markerText formats each numbering, letters past "z" doubled as Word doubles them', () => {
    const m = (numbering: ListNumbering, n: number) => markerText({ type: 'list', ordered: true, numbering, items: [] }, { number: n, children: [] }, 0);
    expect([1, 26, 27, 52, 53].map((n) => m('lower-letter', n))).toEqual(['a.', 'z.', 'aa.', 'zz.', 'aaa.']);
    expect([1, 4, 9, 14, 40, 90, 400, 1994].map((n) => m('lower-roman', n))).toEqual(['i.', 'iv.', 'ix.', 'xiv.', 'xl.', 'xc.', 'cd.', 'mcmxciv.']);
    expect(m('upper-roman', 12)).toBe('XII.');
    expect(m('upper-letter', 3)).toBe('C.');
    expect(m('decimal', 3)).toBe('3.');
  });

  it('markerText puts the number in the list\'s delimiters; a right-to-left item draws them mirrored, number first from the right', () => {
    const m = (numbering: ListNumbering, delimiter: ListDelimiter, n: number) =>
      markerText({ type: 'list', ordered: true, numbering, delimiter, items: [] }, { number: n, children: [] }, 0);
    expect(m('lower-letter', 'parens', 1)).toBe('(a)');
    expect(m('lower-roman', 'parens', 4)).toBe('(iv)');
    expect(m('decimal', 'paren', 12)).toBe('12)');
    expect(m('upper-letter', 'period', 2)).toBe('B.');
    // As Word and LibreOffice show a w:bidi paragraph's number (UAX #9 L4 mirrors the parentheses).
    expect(['1.', '12)', '(a)', '(iv)', '\u2022'].map(rtlMarker)).toEqual(['.1', '(12', '(a)', '(iv)', '\u2022']);
  });

  it('a roman list reaching past 3,999 is numbered in digits throughout, in both formats', async () => {
    // Roman numerals stop at MMMCMXCIX: "mmmm." is no numeral, and "mmmcmxcix." then "4000." two lists.
    const long = list('upper-roman', 3998, 3, 'clause');
    expect(long.items.map((it, i) => markerText(long, it, i))).toEqual(['3998.', '3999.', '4000.']);
    const short = list('upper-roman', 3997, 3, 'clause');
    expect(short.items.map((it, i) => markerText(short, it, i))).toEqual(['MMMCMXCVII.', 'MMMCMXCVIII.', 'MMMCMXCIX.']);
    const pdf = pdfText(await renderPdf(doc([long])));
    for (const n of [3998, 3999, 4000]) expect(pdf).toMatch(new RegExp(`^${n}\\.\\s+clause ${n}$`, 'm'));
    const numbering = docxParts(await renderDocx(doc([long])))['word/numbering.xml']!;
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).not.toContain('Roman');
  });

  it('PDF: each item\'s marker is drawn left of its text, on its line', () => {
    const boxes = layoutDocument(model).pages.flatMap((pg) => pg.boxes.filter((b): b is TextBox => b.type === 'text'));
    for (const [text, marker] of WANT) {
      const line = boxes.find((b) => b.text === text);
      expect(line, text).toBeDefined();
      const m = boxes.find((b) => b.text === marker && Math.abs(b.y - line!.y) < 0.5 && b.x < line!.x);
      expect(m, `${marker} before ${text}`).toBeDefined();
    }
  });

  it('DOCX: Word\'s letter and roman formats, and LibreOffice prints the PDF\'s markers', async () => {
    const docx = await renderDocx(model);
    const numbering = docxParts(docx)['word/numbering.xml']!;
    for (const f of ['lowerLetter', 'lowerRoman', 'upperRoman', 'upperLetter']) expect(numbering).toContain(`<w:numFmt w:val="${f}"/>`);
    // Each lettered item is a numbered paragraph of Word's (its marker not typed in its text).
    const doc = docxParts(docx)['word/document.xml']!;
    for (const [text] of WANT) {
      const para = paragraphs(doc).find((x) => paraText(x) === text);
      expect(para, text).toMatch(/<w:numPr>/);
    }
    const pdf = pdfText(await renderPdf(model));
    const lo = pdfText(libreOfficePdf(docx));
    for (const [text, marker] of WANT) {
      const line = new RegExp(`^${marker.replace(/[.()]/g, '\\$&')}\\s+${text}$`, 'm');
      expect(pdf, `PDF: ${marker} ${text}`).toMatch(line);
      expect(lo, `LibreOffice: ${marker} ${text}`).toMatch(line);
    }
  }, loTimeout());
});
