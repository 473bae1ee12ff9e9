// A table's cells take their tags from the body's structure (issue 18; src/render/pdf/structure.ts
// tablesById): the layout is given the Table elements before it lays the body out, and each
// cell's text is tagged with its TD or TH element's own id, instead of a string of its own made by
// the same naming, which paint then compared with the element's character by character.
import { describe, expect, it } from 'vitest';
import type { HarborDocument, Table } from '../../../src/model/types.js';
import { blocksSlices } from '../../../src/render/pdf/blocks.js';
import { tableSlices } from '../../../src/render/pdf/table.js';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import type { StructNode, TextBox } from '../../../src/render/pdf/boxes.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import { documentStructure, tableRows, tablesById } from '../../../src/render/pdf/structure.js';

const cell = (text: string) => ({ align: 'left' as const, colspan: 1, children: [{ type: 'text' as const, text }] });
const table: Table = {
  type: 'table',
  columns: [2, 1],
  headerRows: [{ cells: [cell('Week of'), cell('Owed')] }],
  rows: [{ cells: [cell('Jan 7, 2024'), cell('$290.00')] }, { cells: [cell('Jan 14, 2024'), cell('$312.50')] }],
};
const texts = (boxes: { type: string }[]) => boxes.filter((b): b is TextBox => b.type === 'text');

describe("a table's cell tags are its structure's", () => {
  it("the layout tags a table's cells with the ids of the TH and TD elements it is given", () => {
    // Element ids other than the layout's own naming, so the tags can only come from them.
    const td = (id: string): StructNode => ({ id, role: 'TD', children: [] });
    const th = (id: string): StructNode => ({ id, role: 'TH', scope: 'Column', children: [] });
    const element: StructNode = {
      id: 't',
      role: 'Table',
      children: [
        { id: 'h', role: 'THead', children: [{ id: 'h0', role: 'TR', children: [th('week-head'), th('owed-head')] }] },
        { id: 'b', role: 'TBody', children: [0, 1].map((r) => ({ id: `r${r}`, role: 'TR' as const, children: [td(`week-${r}`), td(`owed-${r}`)] })) },
      ],
    };
    const ctx = { fonts: harborFonts, x: 72, width: 468, size: 12, pageHeight: 648, fieldText: () => '0', src: 't', tables: new Map([['t', element]]) };
    const boxes = texts(tableSlices(table, ctx).flatMap((s) => s.boxes));
    expect(new Set(boxes.map((b) => b.tag))).toEqual(new Set(['week-head', 'owed-head', 'week-0', 'owed-0', 'week-1', 'owed-1']));
    const tagOf = (text: string) => boxes.filter((b) => b.text.includes(text)).map((b) => b.tag);
    expect(tagOf('Week')).toEqual(['week-head']);
    expect(tagOf('Owed')).toEqual(['owed-head']);
    expect(tagOf('$290.00')).toEqual(['owed-0']);
    expect(tagOf('14')).toEqual(['week-1']);
    // Through the block layout, as the body's tables are laid out: at the top and in a list's item.
    const body = { ...ctx, src: 'body', tables: new Map([['body.0', element], ['body.1.item.0.0', element]]) };
    const list = { type: 'list' as const, ordered: false, items: [{ children: [table] }] };
    const tagged = texts(blocksSlices([table, list], body).flatMap((s) => s.boxes)).filter((b) => b.tag !== 'body.1.item.0.body' && !b.tag?.endsWith('.lbl'));
    expect(new Set(tagged.map((b) => b.tag))).toEqual(new Set(['week-head', 'owed-head', 'week-0', 'owed-0', 'week-1', 'owed-1']));
  });

  it('without the structure (a running header or footer) the tags follow the same naming', () => {
    const ctx = { fonts: harborFonts, x: 72, width: 468, size: 12, pageHeight: 648, fieldText: () => '0', src: 'header.0' };
    const tags = texts(tableSlices(table, ctx).flatMap((s) => s.boxes)).map((b) => b.tag);
    expect(new Set(tags)).toEqual(new Set(['header.0.head.0.cell.0', 'header.0.head.0.cell.1', 'header.0.row.0.cell.0', 'header.0.row.0.cell.1', 'header.0.row.1.cell.0', 'header.0.row.1.cell.1']));
  });

  it("a document's tables, nested in a list and a keep, are found by their ids, and every cell's tag names its element", () => {
    const doc: HarborDocument = {
      title: 'Tags',
      header: [],
      footer: [],
      meta: { title: 'Tags', subject: 'Tags', keywords: [], author: 'Harbor', language: 'en-US', created: '2024-01-01T00:00:00Z' },
      body: [
        { type: 'paragraph', align: 'left', children: [{ type: 'text', text: 'Before.' }] },
        table,
        { type: 'list', ordered: false, items: [{ children: [{ type: 'keep', children: [table] }] }] },
      ],
    } as unknown as HarborDocument;
    const structure = documentStructure(doc.body);
    const tables = tablesById(structure);
    expect([...tables.keys()]).toEqual(expect.arrayContaining(['body.1', 'body.2.item.0.0.0']));
    expect(tables.size).toBe(2);
    expect(tableRows(tables.get('body.1')!, 'TBody')!.map((r) => r.children.map((c) => c.id))).toEqual([
      ['body.1.row.0.cell.0', 'body.1.row.0.cell.1'],
      ['body.1.row.1.cell.0', 'body.1.row.1.cell.1'],
    ]);
    const ids = new Set<string>();
    const walk = (n: StructNode): void => {
      ids.add(n.id);
      n.children.forEach(walk);
    };
    walk(structure);
    const layout = layoutDocument(doc);
    const cellTags = texts(layout.pages.flatMap((p) => p.boxes)).flatMap((b) => (b.tag?.includes('.cell.') ? [b.tag] : []));
    expect(new Set(cellTags).size).toBe(2 * 6); // every cell of both tables
    for (const t of cellTags) expect(ids.has(t)).toBe(true);
  });
});
