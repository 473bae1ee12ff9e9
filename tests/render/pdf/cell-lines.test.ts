// A table's cells are broken into lines once per render for each text, face, width and size
// (src/render/pdf/table.ts cellLines; issue 18, bench/ANALYSIS.md "Round r58's render work"): a
// workweek table repeats its hours, rates and amounts down its columns. The lines each cell gets
// must be its own, since laying a line out moves its pieces (a right-aligned amount): a repeated
// amount stands where the first one stands, row after row.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Block, HarborDocument, TableRow } from '../../../src/model/types.js';
import type { TextBox } from '../../../src/render/pdf/boxes.js';
import { doc, p, t } from './models.js';

// The line breaker counted: how many texts a layout broke rather than took from the memo.
vi.mock('../../../src/render/pdf/text.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/render/pdf/text.js')>();
  return { ...real, breakLines: vi.fn(real.breakLines) };
});

const { breakLines } = await import('../../../src/render/pdf/text.js');
const { layoutDocument } = await import('../../../src/render/pdf/layout.js');
const { clearRenderMemos } = await import('../../../src/model/scratch.js');
const { CELL_PAD_X } = await import('../../../src/render/columns.js');

const broken = vi.mocked(breakLines);

// A workweek table's shape: a date, then right-aligned hours and amounts that repeat.
const week = (date: string): TableRow => ({
  cells: [
    { align: 'left', colspan: 1, children: [t(date)] },
    { align: 'right', colspan: 1, children: [t('40.00')] },
    { align: 'right', colspan: 1, children: [t('$290.00')] },
    { align: 'right', colspan: 1, children: [t('$290.00', { bold: true })] },
  ],
});
const table = (rows: number): Block => ({
  type: 'table',
  columns: [3, 1, 2, 2],
  headerRows: [{ cells: ['Week of', 'Hours', 'Owed', 'Unpaid'].map((c) => ({ align: 'left' as const, colspan: 1, children: [t(c)] })) }],
  rows: Array.from({ length: rows }, () => week('January 7, 2024')),
});
const only = (rows: number): HarborDocument => doc([p('Workweeks.'), table(rows)], { footer: [], header: [], banner: undefined });

/** Texts broken into lines by one layout of `d`, and its text boxes. */
function layout(d: HarborDocument): { breaks: number; boxes: TextBox[] } {
  clearRenderMemos(); // a render of its own (renderPdf clears the memos when it ends)
  const before = broken.mock.calls.length;
  const l = layoutDocument(d);
  const boxes = l.pages.flatMap((pg) => pg.boxes.filter((b): b is TextBox => b.type === 'text'));
  return { breaks: broken.mock.calls.length - before, boxes };
}

describe("a table's cell lines", () => {
  beforeEach(() => clearRenderMemos());

  it('are broken once a render for each text, face and column: twelve rows cost what one does', () => {
    const one = layout(only(1));
    const twelve = layout(only(12));
    expect(twelve.boxes.filter((b) => b.text === '$290.00')).toHaveLength(24);
    expect(twelve.breaks).toBe(one.breaks);
  });

  it('are each cell\'s own: a repeated right-aligned amount stands where the first stands, flush right', () => {
    const { boxes } = layout(only(12));
    for (const face of ['regular', 'bold']) {
      const amounts = boxes.filter((b) => b.text === '$290.00' && b.font === face);
      expect(amounts).toHaveLength(12);
      const x = amounts[0]!.x;
      for (const b of amounts) expect(b.x).toBe(x);
      // Flush with the right edge of its column's text: the amount is right-aligned once, not again per row.
      const hours = boxes.filter((b) => b.text === '40.00');
      expect(hours).toHaveLength(12);
      for (const b of hours) expect(b.x).toBe(hours[0]!.x);
    }
    // The bold amount ends at the table's right edge less the cell's padding.
    const last = boxes.find((b) => b.text === '$290.00' && b.font === 'bold')!;
    const page = layoutDocument(only(1)).pages[0]!;
    const right = Math.max(...page.boxes.filter((b) => b.type === 'line').map((b) => (b.type === 'line' ? Math.max(b.x1, b.x2) : 0)));
    expect(last.x + last.width).toBeCloseTo(right - CELL_PAD_X, 6);
  });

  it('are taken only for the same width: a cell of another column is broken for its own', () => {
    // The same text in a narrower column breaks differently: its own lines, not the wider column's.
    const text = 'Replacement school uniform and shoes';
    const d = doc(
      [
        {
          type: 'table',
          columns: [1, 4],
          headerRows: [],
          rows: [{ cells: [0, 1].map(() => ({ align: 'left' as const, colspan: 1, children: [t(text)] })) }],
        },
      ],
      { footer: [], header: [], banner: undefined },
    );
    const { boxes } = layout(d);
    // Each line of a left-aligned cell starts at its column's text edge: lines by that edge.
    const edges = [...new Set(boxes.filter((b) => b.text.startsWith('Replacement')).map((b) => b.x))].sort((a, b) => a - b);
    expect(edges).toHaveLength(2);
    const linesAt = (x: number) => boxes.filter((b) => b.x === x).length;
    expect(linesAt(edges[0]!)).toBeGreaterThan(1); // the narrow column: several lines
    expect(linesAt(edges[1]!)).toBe(1); // the wide one: one
  });
});
