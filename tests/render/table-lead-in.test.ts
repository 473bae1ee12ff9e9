// A paragraph directly before a table introduces it and moves with the table's first rows, whether
// or not its wording ends in a colon (src/model/keeps.ts introducesTable): the restitution
// worksheet's "Each row changes one choice and keeps the others as requested above; the court
// decides." ended page 4 of worked example 16 (the restaurant alone paid) while its short table
// moved whole to page 5. Only a colon held a paragraph to its table. Both formats, and a paragraph
// of several lines keeps its own widow and orphan rule (two lines on each side), not the whole of it:
// in the DOCX one of four lines or more is not held with the table (LibreOffice moved it whole).
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs, paraText } from './docx/support.js';
import { doc, filler, h, p, row } from './pdf/models.js';

const INTRO = 'Each row changes one choice and keeps the others as requested above; the court decides.';
const LONG = `${INTRO} The figures of each row are the calculator’s own arithmetic rerun on the case with that one choice reversed, never a figure derived on the side, and they are exact to the cent.`;
// A short table (three body rows): kept whole, moved to the next page when it does not fit.
const choices: Block = { type: 'table', columns: [4, 1], headerRows: [row('Reading', 'Total')], rows: [row('As requested above', '$132.19'), row('F with liquidated damages', '$264.38'), row('F with the pay of each workweek pooled', '$252.40')] };

/** Pages (0-based) of the first and last text box whose text starts with each of `starts`. */
function pagesOf(body: Block[], ...starts: string[]): number[] {
  const pages = layoutDocument(doc(body)).pages;
  return starts.map((s) => pages.findIndex((pg) => pg.boxes.some((b) => b.type === 'text' && b.text.startsWith(s))));
}
/** The page of the last line of the lead-in: the page where its last word is. */
function lastLinePage(body: Block[], lastWord: string): number {
  const pages = layoutDocument(doc(body)).pages;
  let at = -1;
  pages.forEach((pg, i) => {
    if (pg.boxes.some((b) => b.type === 'text' && b.text.includes(lastWord))) at = i;
  });
  return at;
}

describe('a paragraph before a table, with no colon', () => {
  it('PDF: its last line is always on the page of the table’s first rows, wherever the page ends', () => {
    const crossed = new Set<number>();
    for (let n = 20; n < 48; n++) {
      for (const lead of [[p(INTRO)], [h(2, 'The total under each open legal choice'), p(INTRO)]]) {
        const body = [...filler(n), ...lead, choices];
        const [table] = pagesOf(body, 'Reading');
        crossed.add(table!);
        expect(lastLinePage(body, 'decides.'), `after ${n} lines`).toBe(table);
      }
    }
    // The sweep moved the table across a page foot, so the rule was met where it matters.
    expect(crossed.size).toBeGreaterThan(1);
  });

  it('PDF: a longer paragraph is not moved whole: its first lines may stay on the page before', () => {
    const split = Array.from({ length: 30 }, (_, k) => k + 20).some((n) => {
      const body = [...filler(n), p(LONG), choices];
      const [first, table] = pagesOf(body, 'Each row', 'Reading');
      return first! < table!;
    });
    expect(split).toBe(true);
  });

  it('DOCX: keepNext on the paragraph before a table that cannot split (up to three lines), not on a longer one', async () => {
    // INTRO is two lines, MID three, LONG four as the PDF breaks them: a paragraph of four lines
    // or more splits in the PDF, and LibreOffice moved a keepNext one whole to the next page
    // (tests/render/docx/long-lead-in.test.ts), so it keeps only its own lines (widowControl).
    const MID = `${INTRO} The figures of each row are the calculator’s own arithmetic rerun on the case.`;
    for (const [intro, held] of [[INTRO, true], [MID, true], [LONG, false]] as const) {
      const xml = docxParts(await renderDocx(doc([p('Before.'), p(intro), choices])))['word/document.xml']!;
      const para = paragraphs(xml).find((x) => paraText(x) === intro)!;
      expect(para.includes('<w:keepNext/>'), intro.slice(0, 40)).toBe(held);
      expect(para.includes('<w:keepLines/>'), intro.slice(0, 40)).toBe(false);
    }
    // Not on a paragraph followed by another paragraph.
    const xml = docxParts(await renderDocx(doc([p(INTRO), p('After.')])))['word/document.xml']!;
    expect(paragraphs(xml).find((x) => paraText(x) === INTRO)!.includes('<w:keepNext/>')).toBe(false);
  });
});
