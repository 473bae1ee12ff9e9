// A right-to-left name inside English text (a cell, a paragraph, a list item) is isolated in it,
// in both formats (src/model/direction.ts ANNOTATED; src/render/pdf/bidi.ts;
// src/render/docx/runs.ts isolateRtl: one rule, direction.ts rtlIsolationMarks):
// - "יוסף כהן (deceased)" in a cell of an English table was right to left by the more words (two
//   Hebrew, one English): "(deceased)" drawn left of the name, the cell right-aligned. An
//   annotation in brackets of left-to-right letters alone, ending the text, is the filing's own
//   words about the name: the text is left to right, the name ordered within it.
// - but an Arabic or Hebrew sentence ending on English in brackets ("ولدت مريم في حلب ثم انتقلت مع
//   خالتها (Maria)") was taken for an annotated name too, left to right, its Arabic read from the
//   wrong end: a name has at most four right-to-left words (direction.ts NAME_WORDS); a sentence
//   is right to left by its first strong letter (UAX #9 P2), the English ordered within it.
// - a number after the name, "Father: יוסף כהן (1950–2019)", took the name's direction (UAX #9 W7,
//   N1): drawn "(2019–1950)" left of the name, its brackets with it. Now a left-to-right mark
//   follows the name (the DOCX writes it; the PDF resolves its levels as if it were there), as if
//   the name were isolated (RLI … PDI).
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { isRtlText, rtlIsolationMarks } from '../../src/model/direction.js';
import { renderDocx } from '../../src/render/docx/index.js';
import type { TextBox } from '../../src/render/pdf/boxes.js';
import { embeddingLevels } from '../../src/render/pdf/bidi.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs, paraText } from './docx/support.js';
import { doc, p, row, t } from './pdf/models.js';

const LRM = '\u200e';

describe('the direction of a right-to-left name with an English annotation', () => {
  it.each([
    ['יוסף כהן (deceased)', false],
    ['مريم الحسن (mother)', false],
    ['שרה כהן [sic].', false],
    ['יוסף כהן (deceased 2019)', false],
    ['محمد عبد الله الحسن (father)', false], // a name of four words
    ['ولدت مريم في حلب ثم انتقلت مع خالتها (Maria)', true], // a sentence (round r55 made it left to right)
    ['היא נולדה בחיפה ועברה לגור עם דודתה (Sarah).', true],
    ['ولدت مريم في حلب ثم انتقلت مع خالتها [sic]', true],
    ['אבי כהן Joe', true], // no brackets: the more words, as before
    ['מריה (ماريا)', true], // right-to-left letters in the brackets
    ['ولدت مريم (Maria) في حلب', true], // the brackets not at the end
  ])('%s: right to left %s', (text, rtl) => {
    expect(isRtlText(text)).toBe(rtl);
  });
});

const NAME = 'יוסף כהן (deceased)';
const DATES = 'Father: יוסף כהן (1950–2019) and Ana';
const table: Block = { type: 'table', columns: [1, 2], headerRows: [row('Relative', 'Role')], rows: [row(NAME, 'Father')] };
const list: Block = { type: 'list', ordered: false, items: [{ children: [p(NAME)] }, { children: [p('Mother: מרים לוי 1955')] }] };
const model = doc([table, p(DATES), list]);

describe('a right-to-left name inside English text, in the PDF', () => {
  it('lays the cell and the list item out left to right, the annotation right of the name', () => {
    const boxes = layoutDocument(model).pages[0]!.boxes.filter((b): b is TextBox => b.type === 'text');
    for (const tag of ['body.0.row.0.cell.0', 'body.2.item.0']) {
      const own = boxes.filter((b) => b.tag?.startsWith(tag));
      const name = own.find((b) => /[\u0590-\u05ff]/.test(b.text));
      const note = own.find((b) => b.text.includes('deceased'));
      expect(name, tag).toBeDefined();
      // Before: "(deceased)" left of the name in the cell, the cell's line right-aligned.
      expect(note!.x, tag).toBeGreaterThan(name!.x);
    }
  });

  it('keeps a number after the name at the paragraph level, its brackets too', () => {
    for (const text of [DATES, 'Mother: מרים לוי 1955']) {
      const levels = embeddingLevels(text, false);
      const digits = text.search(/[0-9]/);
      // Before: the digits at level 2, the brackets at 1, drawn on the name's far side.
      expect(levels[digits], text).toBe(0);
      if (text.includes('(')) expect(levels[text.indexOf('(')]).toBe(0);
      expect(levels[text.search(/[\u0590-\u05ff]/)]).toBe(1);
    }
  });
});

describe('a right-to-left name inside English text, in the DOCX', () => {
  it('writes the cell and item left to right (no w:bidi), a left-to-right mark after a name a number follows', async () => {
    const body = docxParts(await renderDocx(model))['word/document.xml']!;
    const paras = paragraphs(body);
    for (const x of paras.filter((y) => y.includes('deceased'))) expect(x).not.toContain('<w:bidi/>');
    const dates = paras.find((x) => x.includes('Father: '))!;
    // The mark right after the name, in a run of no right-to-left property; the space after it a
    // run of its own since round r59 (fonts.ts weakAfterScripts: Noto Serif in the cs slot).
    expect(paraText(dates)).toContain(`יוסף כהן${LRM} (1950–2019) and Ana`);
    expect(dates).toContain(`<w:r><w:t xml:space="preserve">${LRM}`);
    const mother = paras.find((x) => x.includes('Mother: '))!;
    expect(paraText(mother)).toContain(`מרים לוי${LRM} 1955`);
    expect(mother).toContain(`<w:r><w:t xml:space="preserve">${LRM}`);
  });
});

// One rule in both formats (src/model/direction.ts rtlIsolationMarks): the DOCX decided run by run,
// so a name in two runs (a word of it bold) or in two right-to-left scripts got a mark between its
// words, drawn in the order typed, left to right, where the PDF (which reads the whole text) drew
// it right to left as one name.
describe('the left-to-right marks after a right-to-left name: one rule, both formats', () => {
  const cases: Array<[string, Block]> = [
    ['a name with a bold word, a year after it', p([t('Mother: '), t('מרים', { bold: true }), t(' לוי 1955')])],
    ['an Arabic and a Hebrew name, a year after them', p([t('Names: سلمى עבד'), t(' 1990', { italic: true })])],
    ['a name, a bracket it opened, a year', p('Father: יוסף (יוסי) 1950 and Ana')],
    ['two names separated by a semicolon', p([t('Other names: سلمى عبد الرحمن; '), t('שרה כהן', { italic: true })])],
  ];
  it.each(cases)('%s: the DOCX writes a mark where the rule puts one and nowhere else', async (_, block) => {
    const body = docxParts(await renderDocx(doc([block])))['word/document.xml']!;
    const para = paragraphs(body).find((x) => x.includes(':'))!;
    const written = paraText(para);
    const text = written.replaceAll(LRM, '');
    const at: number[] = [];
    for (let i = 0, k = 0; i < written.length; i++) if (written[i] === LRM) at.push(i - k++);
    // Before: a mark between the name's words too (after "מרים", after "سلمى").
    expect(at).toEqual(rtlIsolationMarks(text));
    expect(at.length).toBeGreaterThan(0);
  });

  it('the PDF resolves the bold-word name as one right-to-left piece, the year at the paragraph level', () => {
    const text = 'Mother: מרים לוי 1955';
    const levels = embeddingLevels(text, false);
    expect(levels[text.indexOf(' לוי')]).toBe(1); // the space between the words is the name's
    expect(levels[text.indexOf('1955')]).toBe(0);
  });
});

const SENTENCE = 'ولدت مريم في حلب ثم انتقلت مع خالتها (Maria)';

describe('an Arabic sentence ending on English in brackets, in both formats', () => {
  it('is laid out from the right in the PDF, its first word rightmost, the English at its left end', () => {
    const boxes = layoutDocument(doc([p(SENTENCE)])).pages[0]!.boxes.filter((b): b is TextBox => b.type === 'text' && b.tag?.startsWith('body.0') === true);
    const first = boxes.find((b) => b.text.includes('ولدت'))!;
    const maria = boxes.find((b) => b.text.includes('Maria'))!;
    // Before: left to right, "ولدت" at the left margin and "(Maria)" at the line's right end.
    expect(first.x).toBeGreaterThan(maria.x);
    expect(Math.max(...boxes.map((b) => b.x + b.width))).toBeCloseTo(first.x + first.width, 0);
  });

  it('is a right-to-left paragraph (w:bidi) in the DOCX', async () => {
    const body = docxParts(await renderDocx(doc([p(SENTENCE)])))['word/document.xml']!;
    const para = paragraphs(body).find((x) => x.includes('Maria'))!;
    expect(para).toContain('<w:bidi/>');
  });
});
