// A one-line paragraph directly before a list moves with the list's first lines, as one ending with
// a colon does (src/model/keeps.ts shortLeadIn): "She told me what she had to do." with no colon
// ended a page alone above its list in both formats. A paragraph of two lines or more keeps its
// own last two lines, and is not chained to the list.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs, paraText } from './docx/support.js';
import { doc, filler, p } from './pdf/models.js';

const INTRO = 'She told me what she had to do each day';
const LONG = `${INTRO} in the house, and the list of those things was long enough to take two lines of the page`;
const items: Block = { type: 'list', ordered: false, items: ['Clean the kitchen before six.', 'Cook for the men.', 'Wash their clothes.', 'Never go out.'].map((x) => ({ children: [p(x)] })) };

/** The page (0-based) of the first text box whose text starts with `s`. */
function pageOf(body: Block[], s: string): number {
  return layoutDocument(doc(body)).pages.findIndex((pg) => pg.boxes.some((b) => b.type === 'text' && b.text.startsWith(s)));
}

describe('a one-line paragraph before a list', () => {
  it('PDF: never ends a page alone above the list, wherever the page ends', () => {
    for (let n = 10; n < 40; n++) {
      const body = [...filler(n), p(INTRO), items];
      expect(pageOf(body, INTRO), `after ${n} lines`).toBe(pageOf(body, 'Clean'));
    }
  });

  it('DOCX: keepNext on the one-line paragraph, not on a longer one', async () => {
    for (const [intro, keeps] of [[INTRO, true], [LONG, false]] as const) {
      const xml = docxParts(await renderDocx(doc([p('Before.'), p(intro), items])))['word/document.xml']!;
      const para = paragraphs(xml).find((x) => paraText(x) === intro)!;
      expect(para.includes('<w:keepNext/>'), intro.length.toString()).toBe(keeps);
    }
  });
});
