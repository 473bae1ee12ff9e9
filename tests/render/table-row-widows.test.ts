// A table's rows are held to the widow and orphan rule of a list (src/model/keeps.ts
// rowKeepsWithNext): a one-line first or last row keeps with its neighbour, and a row of two lines
// or more may end or start a page alone under the header rows. Counting rows instead, a table of
// two or three rows of a few lines each (the memo's alternatives) never split, and moved whole to
// the next page with its heading, leaving as much of the page before it empty. Both formats.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs, paraText } from './docx/support.js';
import { doc, filler, h, row, texts } from './pdf/models.js';

const REASON = 'She would live with her aunt, who has a room for her, and the school is a short walk away; the home visit found nothing against it.';
/** Three rows: the first `firstLong` (five lines or so of reasons) or one line, the others long. */
const alternatives = (firstLong: boolean): Block => ({
  type: 'table',
  columns: [3, 2, 5],
  headerRows: [row('Option', 'Recommended', 'Why')],
  rows: [row('Aunt', 'Yes', firstLong ? REASON.repeat(3) : 'Near school.'), row('Shelter', 'No', REASON.repeat(3)), row('Foster care', 'No', REASON.repeat(3))],
});

/** The pages (0-based) body row `i` of the block at `k` is on. */
function rowPages(body: Block[], k: number, i: number): number[] {
  return layoutDocument(doc(body)).pages.flatMap((pg, n) => (texts(pg, `body.${k}.row.${i}`).length > 0 ? [n] : []));
}

describe('a table row of several lines may stand alone at a page break', () => {
  it('PDF: the first row ends the page under the header when only it fits; a one-line first row moves with the second', () => {
    // Some 18 filler lines leave room for the heading, the header and one row of several lines.
    for (const k of [17, 18, 19]) {
      const body = [...filler(k), h(2, 'Alternatives considered'), alternatives(true)];
      expect(layoutDocument(doc([alternatives(true)])).pages, 'the table alone fits on a page').toHaveLength(1);
      expect(rowPages(body, k + 1, 0), `k=${k}`).toEqual([0]);
      expect(rowPages(body, k + 1, 1), `k=${k}`).toEqual([1]);
      // The heading stays with the table's first row.
      expect(layoutDocument(doc(body)).pages[0]!.boxes.some((b) => b.src === `body.${k}`), `k=${k}`).toBe(true);
      const one = [...filler(k), h(2, 'Alternatives considered'), alternatives(false)];
      expect(rowPages(one, k + 1, 0), `k=${k}, one-line first row`).toEqual(rowPages(one, k + 1, 1));
    }
  });

  it('DOCX: keepNext on the first row only when it is one line; never on the second of three long rows', async () => {
    for (const firstLong of [true, false]) {
      const xml = docxParts(await renderDocx(doc([alternatives(firstLong)])))['word/document.xml']!;
      const paras = paragraphs(xml);
      const cell = (s: string) => paras.find((x) => paraText(x) === s)!;
      expect(cell('Aunt').includes('<w:keepNext/>'), `first row long: ${firstLong}`).toBe(!firstLong);
      expect(cell('Shelter').includes('<w:keepNext/>')).toBe(false);
    }
  });
});
