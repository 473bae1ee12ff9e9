// The tagged PDF's logical structure of a table (src/render/pdf/structure.ts): header cells are TH
// with their scope, body cells TD, a spanning cell has its ColSpan, and the ids follow the
// layout's naming (blocks.ts), which is how a text box finds its element. A list's L says how its
// items are numbered (/ListNumbering).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, List, TableCell } from '../../../src/model/types.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { documentStructure } from '../../../src/render/pdf/structure.js';
import { doc } from '../docx/models.js';
import { childBound } from '../../support/until.js';

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

describe('documentStructure of a list', () => {
  const para = (text: string): Block => ({ type: 'paragraph', align: 'left', children: [{ type: 'text', text }] });
  const ordered = (numbering: List['numbering'], from: number, count: number): List => ({
    type: 'list',
    ordered: true,
    ...(numbering === undefined ? {} : { numbering }),
    items: Array.from({ length: count }, (_, k) => ({ number: from + k, children: [para(`item ${from + k}`)] })),
  });

  it('names each L\'s numbering (/ListNumbering, PDF/UA-1 §7.6), in the numbering it prints in', () => {
    const body: Block[] = [
      ordered(undefined, 1, 2),
      ordered('lower-letter', 1, 2),
      ordered('upper-letter', 1, 2),
      ordered('lower-roman', 1, 2),
      ordered('upper-roman', 3998, 3), // past 3,999: printed in digits, so Decimal
      { type: 'list', ordered: false, items: [{ children: [para('bullet')] }] },
    ];
    const lists = documentStructure(body).children;
    expect(lists.map((l) => [l.role, l.listNumbering])).toEqual([
      ['L', 'Decimal'],
      ['L', 'LowerAlpha'],
      ['L', 'UpperAlpha'],
      ['L', 'LowerRoman'],
      ['L', 'Decimal'],
      ['L', 'Disc'],
    ]);
    // Only the L carries it: its items and their parts have no attribute.
    expect(JSON.stringify(lists[0]!.children)).not.toContain('listNumbering');
  });

  it('poppler reads the attribute back from the PDF', async () => {
    const pdf = await renderPdf(doc([ordered('lower-roman', 1, 2), { type: 'list', ordered: false, items: [{ children: [para('bullet')] }] }]));
    const dir = mkdtempSync(join(tmpdir(), 'harbor-listnumbering-'));
    try {
      writeFileSync(join(dir, 'l.pdf'), pdf);
      const tree = execFileSync('pdfinfo', ['-struct-text', join(dir, 'l.pdf')], { encoding: 'utf8', ...childBound() });
      expect(tree).toMatch(/L \(block\):\s*\n\s*\/ListNumbering \/LowerRoman\s*\n\s*LI[\s\S]*"ii\."[\s\S]*L \(block\):\s*\n\s*\/ListNumbering \/Disc/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
