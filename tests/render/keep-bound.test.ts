// A `keep` element, or a short table, is kept whole only up to a third of the page
// (src/model/keeps.ts KEEP_WHOLE_SHARE): taller, moved whole to the next page, it left the page
// before it as empty as it was tall (the memo's "8. Recommendations", a keep of a heading, the
// decision and an alternatives table, left a quarter of a page blank, and could leave most of it).
// It then breaks where its other rules allow, in both formats; a short keep still moves whole.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs, paraText } from './docx/support.js';
import { h } from './docx/models.js';
import { doc, filler, p } from './pdf/models.js';

const line = (k: number) => `Reason ${k}: a home visit and a talk with the employer.`;
/** A keep of a heading and `n` one-line paragraphs. */
const keep = (n: number): Block => ({ type: 'keep', children: [h(2, 'Recommendations'), ...Array.from({ length: n }, (_, k) => p(line(k)))] });

/** The page (0-based) of the first text box whose text starts with `s`. */
function pageOf(body: Block[], s: string): number {
  return layoutDocument(doc(body)).pages.findIndex((pg) => pg.boxes.some((b) => b.type === 'text' && b.text.startsWith(s)));
}

describe('a keep kept whole only up to a third of the page', () => {
  it('PDF: a keep of 57% of a page starts under the text before it; one of a quarter moves whole', () => {
    // After 15 filler paragraphs some 45% of the page is left: less than the tall keep (~57%).
    const tall = [...filler(15), keep(14)];
    expect(pageOf(tall, 'Recommendations')).toBe(0);
    expect(pageOf(tall, line(13))).toBe(1);
    // After 22, some 20% is left: less than the short keep (~24%), which moves whole.
    const short = [...filler(22), keep(5)];
    expect(pageOf(short, 'Recommendations')).toBe(1);
    expect(pageOf(short, line(4))).toBe(1);
  });

  it('DOCX: only the short keep is chained with keepNext', async () => {
    for (const [n, chained] of [[5, true], [14, false]] as const) {
      const xml = docxParts(await renderDocx(doc([p('Before.'), keep(n)])))['word/document.xml']!;
      const para = paragraphs(xml).find((x) => paraText(x) === line(0))!;
      expect(para.includes('<w:keepNext/>'), `${n} lines`).toBe(chained);
    }
  });
});
