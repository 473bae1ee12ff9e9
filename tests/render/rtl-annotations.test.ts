// A right-to-left name inside English text (a cell, a paragraph, a list item) is isolated in it,
// in both formats (src/model/direction.ts ANNOTATED; src/render/pdf/bidi.ts markPositions;
// src/render/docx/runs.ts rtlFollows):
// - "יוסף כהן (deceased)" in a cell of an English table was right to left by the more words (two
//   Hebrew, one English): "(deceased)" drawn left of the name, the cell right-aligned. An
//   annotation in brackets of left-to-right letters alone, ending the text, is the filing's own
//   words about the name: the text is left to right, the name ordered within it.
// - a number after the name, "Father: יוסף כהן (1950–2019)", took the name's direction (UAX #9 W7,
//   N1): drawn "(2019–1950)" left of the name, its brackets with it. Now a left-to-right mark
//   follows the name (the DOCX writes it; the PDF resolves its levels as if it were there), as if
//   the name were isolated (RLI … PDI).
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { isRtlText } from '../../src/model/direction.js';
import { renderDocx } from '../../src/render/docx/index.js';
import type { TextBox } from '../../src/render/pdf/boxes.js';
import { embeddingLevels } from '../../src/render/pdf/bidi.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs } from './docx/support.js';
import { doc, p, row } from './pdf/models.js';

const LRM = '\u200e';

describe('the direction of a right-to-left name with an English annotation', () => {
  it.each([
    ['יוסף כהן (deceased)', false],
    ['مريم الحسن (mother)', false],
    ['שרה כהן [sic].', false],
    ['יוסף כהן (deceased 2019)', false],
    ['ولدت مريم في حلب ثم انتقلت مع خالتها (Maria)', false], // the cost: an Arabic sentence ending on an English parenthesis
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
    expect(dates).toContain(`<w:t xml:space="preserve">${LRM} (1950–2019) and Ana</w:t>`);
    const mother = paras.find((x) => x.includes('Mother: '))!;
    expect(mother).toContain(`<w:t xml:space="preserve">${LRM} 1955</w:t>`);
  });
});
