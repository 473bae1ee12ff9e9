// A table of no rows (no header row, no body row) is a model the type allows (src/model/types.ts
// Table: a hand-built model can hold one; the markup's tables always have a row). It prints
// nothing in either format. The DOCX threw a TypeError on it after a heading or a lead-in
// (src/render/table-fit.ts chainedBefore read the first slice of a table that has none), in a list
// item and in a keep too; the PDF printed the blocks around it.
import { describe, expect, it } from 'vitest';
import type { Block, Table } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { doc, h, p, texts } from './pdf/models.js';

const EMPTY: Table = { type: 'table', columns: [1, 2], headerRows: [], rows: [] };
const NO_COLUMNS: Table = { type: 'table', columns: [], headerRows: [], rows: [] };

/** Where a table with no rows can stand: after a heading, a lead-in, in a list item, in a keep, twice. */
const PLACES: Array<[string, (t: Table) => Block[]]> = [
  ['after a heading', (t) => [h(2, 'Statements'), t, p('After the table.')]],
  ['after a heading, last', (t) => [h(2, 'Statements'), t]],
  ['after a lead-in', (t) => [p('The statements were:'), t, p('After the table.')]],
  ['in a list item, after a heading', (t) => [{ type: 'list', ordered: false, items: [{ children: [h(2, 'Statements'), t] }] }, p('After the table.')]],
  ['in a keep, after a heading', (t) => [{ type: 'keep', children: [h(2, 'Statements'), t] }, p('After the table.')]],
  ['twice after a heading', (t) => [h(2, 'Statements'), t, t, p('After the table.')]],
];

describe('a table of no rows', () => {
  for (const [place, body] of PLACES) {
    for (const [name, t] of [['two columns', EMPTY], ['no columns', NO_COLUMNS]] as const) {
      it(`${place} (${name}): the DOCX prints the blocks around it and no table`, async () => {
        const xml = docxParts(await renderDocx(doc(body(t))))['word/document.xml']!;
        expect(xml).toMatch(/>(Statements|The statements were:)</);
        if (body(t).length > 2 || body(t)[0]!.type !== 'heading') expect(xml).toContain('>After the table.<');
        expect(xml).not.toContain('<w:tbl>');
      });

      it(`${place} (${name}): the PDF prints the blocks around it and nothing of it`, () => {
        const pages = layoutDocument(doc(body(t))).pages;
        const all = pages.flatMap((pg) => texts(pg, 'body').map((b) => b.text)).join(' ');
        expect(all).toMatch(/^(Statements|The statements were:)/);
        for (const pg of pages) expect(pg.boxes.some((b) => b.type === 'rect' || b.type === 'line'), 'no cell border drawn').toBe(false);
      });
    }
  }
});
