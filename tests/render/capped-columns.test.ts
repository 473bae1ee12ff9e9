// A column whose longest piece is wider than the share a column may claim (45% of the table: a
// 60-character receipt number, a long address) breaks whatever width it gets, so when the
// columns' minimums cannot all be met it yields first and every other column keeps its words whole
// (src/render/columns.ts yieldCapped; docs/pagination.md §Columns). A seven-column workweek table
// with such a number broke its header words, "Ho|urs" and "Overt|ime" in the PDF ("Hour|s",
// "Overtim|e" through LibreOffice), to leave the number 45% of the table, where it broke across
// three lines all the same. The widths are the same in both formats (one function).
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/types.js';
import { fitColumns } from '../../src/render/columns.js';
import { renderDocx } from '../../src/render/docx/index.js';
import type { TextBox } from '../../src/render/pdf/boxes.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { doc, row } from './pdf/models.js';

const RECEIPT = 'IOE0912345678901234567890123456789012345678901234567890123456';
const HEADER = ['Receipt number', 'Hours', 'Overtime', 'Rate', 'Owed', 'Paid', 'Unpaid'];
const table: Table = {
  type: 'table',
  columns: [1, 1, 1, 1, 1, 1, 1],
  headerRows: [row(...HEADER)],
  rows: [row(RECEIPT, '84.50', '44.50', '$7.25', '$1,105,230.80', '$2,100.00', '$103,130.80'), row('https://www.example.org/a-very-long-path-without-slashes-at-all-here', '1', '2', '3', '4', '5', '6')],
};

describe('a column whose longest piece is wider than its share', () => {
  it('yields first: every header word and amount whole, the long number broken as it would be anyway', () => {
    const page = layoutDocument(doc([table])).pages[0]!;
    const texts = page.boxes.filter((b): b is TextBox => b.type === 'text');
    // Before: "Ho" / "urs" and "Overt" / "ime" on two lines each.
    for (const word of ['Hours', 'Overtime', '$1,105,230.80', '$103,130.80']) expect(texts.map((b) => b.text), word).toContain(word);
    const receipt = texts.filter((b) => /^[0-9IOE]+$/.test(b.text) && b.text.length > 10);
    expect(receipt.map((b) => b.text).join('')).toBe(RECEIPT);
    expect(receipt.length).toBeGreaterThan(1);
  });

  it('gives the DOCX the same widths', async () => {
    const body = docxParts(await renderDocx(doc([table])))['word/document.xml']!;
    const grid = [...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const pts = fitColumns(table, 468);
    expect(grid).toHaveLength(7);
    for (let i = 0; i < 7; i++) expect(Math.abs(grid[i]! - pts[i]! * 20)).toBeLessThanOrEqual(2);
  });
});
