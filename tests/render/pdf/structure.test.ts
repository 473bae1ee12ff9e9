// The tagged PDF's logical structure of a table (src/render/pdf/structure.ts): header cells are TH
// with their scope, body cells TD, a spanning cell has its ColSpan, and the ids follow the
// layout's naming (blocks.ts), which is how a text box finds its element.
import { describe, expect, it } from 'vitest';
import type { Block, TableCell } from '../../../src/model/types.js';
import { documentStructure } from '../../../src/render/pdf/structure.js';

const cell = (text: string, colspan = 1): TableCell => ({ align: 'left', colspan, children: [{ type: 'text', text }] });

describe('documentStructure of a table', () => {
  it('gives header rows TH cells (scope Column), body rows TD cells, and a spanning cell its ColSpan', () => {
    const body: Block[] = [
      { type: 'paragraph', align: 'left', children: [{ type: 'text', text: 'Lead-in' }] },
      {
        type: 'table',
        columns: [1, 1, 1],
        headerRows: [{ cells: [cell('Week', 2), cell('Owed')] }],
        rows: [{ cells: [cell('Jan 5'), cell('Jan 11'), cell('$10.00')] }, { cells: [cell('Total', 2), cell('$10.00')] }],
      },
    ];
    // JSON: the property order too (id, role, scope, colSpan, children), as every StructNode has it.
    expect(JSON.stringify(documentStructure(body))).toBe(
      JSON.stringify({
        id: 'document',
        role: 'Document',
        children: [
          { id: 'body.0', role: 'P', children: [] },
          {
            id: 'body.1',
            role: 'Table',
            children: [
              {
                id: 'body.1.thead',
                role: 'THead',
                children: [
                  {
                    id: 'body.1.head.0',
                    role: 'TR',
                    children: [
                      { id: 'body.1.head.0.cell.0', role: 'TH', scope: 'Column', colSpan: 2, children: [] },
                      { id: 'body.1.head.0.cell.1', role: 'TH', scope: 'Column', children: [] },
                    ],
                  },
                ],
              },
              {
                id: 'body.1.tbody',
                role: 'TBody',
                children: [
                  {
                    id: 'body.1.row.0',
                    role: 'TR',
                    children: [
                      { id: 'body.1.row.0.cell.0', role: 'TD', children: [] },
                      { id: 'body.1.row.0.cell.1', role: 'TD', children: [] },
                      { id: 'body.1.row.0.cell.2', role: 'TD', children: [] },
                    ],
                  },
                  {
                    id: 'body.1.row.1',
                    role: 'TR',
                    children: [
                      { id: 'body.1.row.1.cell.0', role: 'TD', colSpan: 2, children: [] },
                      { id: 'body.1.row.1.cell.1', role: 'TD', children: [] },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      }),
    );
  });
});
