// Arabic-script words the review met in a table cell (src/render/pdf/shape.ts):
// - "الله" (in Abdullah "عبد الله", Nasrallah…) was drawn as Noto Naskh's one-glyph ligature of
//   lam, lam and heh (`liga`), and poppler reads a right-to-left glyph's letters in reverse: the
//   name copied out of the PDF was "عبد اهلل". Shaped without `liga`, every glyph of a word stands
//   for one letter and the name copies back as typed;
// - a hamza above (U+0654) on a medial heh ("لهٔه") or a hamza below (U+0655) on a medial heh or waw made
//   fontkit's mark positioning throw (a TypeError reading an anchor the font lacks): the render
//   failed as a bug (internal, exit 70, HTTP 500). Such a word is shaped without mark positioning.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { shapeWord } from '../../../src/render/pdf/shape.js';
import { pdfText } from '../../support/extract.js';
import { doc, row } from './models.js';

/** pdftotext's text without the embeddings it marks right-to-left stretches with. */
const read = (pdf: Uint8Array) => pdfText(pdf).replace(/[\u202a-\u202e]/g, '');
const table = (...cells: string[]): Block => ({ type: 'table', columns: cells.map(() => 1), headerRows: [], rows: [row(...cells)] });

describe('"الله" in a name', () => {
  it('copies back as typed from a table cell (was "عبد اهلل")', async () => {
    const text = read(await renderPdf(doc([table('Other names', 'عبد الله', 'نصر الله'), table('Father', 'عبدالله حسن')])));
    expect(text).toContain('عبد الله');
    expect(text).toContain('نصر الله');
    expect(text).toContain('عبدالله حسن');
  });

  it('is drawn as its joined letters, one glyph a letter', () => {
    const run = shapeWord(harborFonts.face('arabic'), 'الله', true);
    expect(run.chars).toEqual(['ه', 'ل', 'ل', 'ا']); // visual order, right to left
  });
});

describe('a hamza on a letter the font has no anchor for', () => {
  it.each([
    ['hamza above on a medial heh', 'لهٔه'],
    ['hamza above on keheh', 'بکٔه'],
    ['hamza below on a medial heh', 'لهٕه'],
  ])('%s renders, the word read back', async (_, word) => {
    // Before: TypeError "Cannot read properties of null (reading 'xCoordinate')" from fontkit.
    const text = read(await renderPdf(doc([table('Name', `${word} مريم`)])));
    expect(text).toContain('مريم');
    expect(text.replace(/[\u0654\u0655\s]/g, '')).toContain(word.replace(/[\u0654\u0655]/g, ''));
  });
});
