// The render memos (src/model/scratch.ts) hold a case's own short texts (amounts, dates, names) to
// speed up its tables; nothing of them may outlive the render: no case's words left in a
// long-running service's memory, and no speed-up that tells one caller what another rendered.
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../src/kinds/files.js';
import { getKind } from '../../src/kinds/index.js';
import { CELL_TEXT, clearRenderMemos, RenderMemo, renderMemoEntries } from '../../src/model/scratch.js';
import { keepUnitsTogether } from '../../src/model/typography.js';
import type { Table } from '../../src/model/types.js';
import { buildDocument, generate } from '../../src/pipeline.js';
import { fitColumns } from '../../src/render/columns.js';
import { breakOpportunities } from '../../src/render/pdf/breaks.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';

const KIND = 'restitution-worksheet';
const input = () => readFixture(getKind(KIND), 'full');

describe('render memos live for one render', () => {
  it('laying out the worksheet fills them (its tables repeat short texts)', () => {
    layoutDocument(buildDocument(KIND, input()).model);
    expect(renderMemoEntries()).toBeGreaterThan(50);
  });

  it.each(['pdf', 'docx'] as const)('%s: empty once generate() has returned', async (format) => {
    layoutDocument(buildDocument(KIND, input()).model); // entries left by a bare layout
    expect(renderMemoEntries()).toBeGreaterThan(0);
    await generate({ kind: KIND, input: input(), format });
    expect(renderMemoEntries()).toBe(0);
  });

  it('empty after a render that fails part-way', async () => {
    layoutDocument(buildDocument(KIND, input()).model);
    let calls = 0;
    const stopLate = () => {
      if (++calls > 40) throw new Error('stopped');
    };
    await expect(generate({ kind: KIND, input: input(), format: 'pdf', checkpoint: stopLate })).rejects.toThrow('stopped');
    expect(calls).toBeGreaterThan(40);
    expect(renderMemoEntries()).toBe(0);
  });

  it('a memo answers a text it has seen without computing, and computes again after a render ends', () => {
    const memo = new RenderMemo<number>();
    let computed = 0;
    const compute = (): number => ++computed;
    expect(memo.of('$290.00', compute)).toBe(1);
    expect(memo.of('$290.00', compute)).toBe(1);
    expect(computed).toBe(1);
    // A paragraph-length text is never remembered.
    const long = 'x'.repeat(65);
    memo.of(long, compute);
    memo.of(long, compute);
    expect(computed).toBe(3);
    clearRenderMemos();
    expect(memo.size).toBe(0);
    expect(memo.of('$290.00', compute)).toBe(4);
  });

  it('a cell text of up to 256 code units is worked out once a render: the line breaker reads what column fitting found', () => {
    clearRenderMemos();
    // 112 code units, with a date and a section sign for the unit rules (the worksheet's item
    // descriptions and reasons are this long: 24 of its cells over 64).
    const text = 'Cash handed over on Jan 5, 2024 and recorded in the ledger as a loan, credited under 29 C.F.R. § 778.104 (Ex. 14)';
    const cell = (t: string) => ({ align: 'left' as const, colspan: 1, children: [{ type: 'text' as const, text: t }] });
    const table: Table = { type: 'table', columns: [1, 1], headerRows: [], rows: [{ cells: [cell(text), cell('$1,200.00')] }] };
    fitColumns(table, 300);
    const entries = renderMemoEntries();
    // What the line breaker asks for the cell (pdf/text.ts: the unit rules on the run, then the
    // break opportunities of the group): found, not worked out again.
    const kept = keepUnitsTogether(text);
    const breaks = breakOpportunities(kept);
    expect(breakOpportunities(kept)).toBe(breaks);
    expect(renderMemoEntries()).toBe(entries);
    expect(kept).not.toBe(text); // the unit rules held "Jan 5," and "§ 778.104" together: a memo entry
    // A paragraph is still not kept.
    const paragraph = `${text} `.repeat(3);
    expect(paragraph.length).toBeGreaterThan(CELL_TEXT);
    expect(breakOpportunities(paragraph)).not.toBe(breakOpportunities(paragraph));
    clearRenderMemos();
    expect(renderMemoEntries()).toBe(0);
  });

  it('a cell line longer than CELL_TEXT is worked out once too, and a paragraph of that length is still not kept', () => {
    clearRenderMemos();
    // 336 code units, one line of a cell (rfa's and the memo's longest cell lines are 263 and 266).
    const text = 'Paid in cash on Jan 5, 2024 for the week before, recorded by the employer as a loan and set against the child’s wages, credited under 29 C.F.R. § 778.104 (Ex. 14); the ledger shows the same amount again on Feb 2, 2024, which the child did not receive, and the employer’s own notes call it an advance on wages never paid';
    expect(text.length).toBeGreaterThan(CELL_TEXT);
    const cell = (t: string) => ({ align: 'left' as const, colspan: 1, children: [{ type: 'text' as const, text: t }] });
    const table: Table = { type: 'table', columns: [1, 1], headerRows: [], rows: [{ cells: [cell(text), cell('$1,200.00')] }] };
    fitColumns(table, 300);
    const entries = renderMemoEntries();
    // The line breaker's questions about the cell (pdf/text.ts): found, not worked out again.
    const kept = keepUnitsTogether(text);
    expect(kept).not.toBe(text); // "Jan 5," and "§ 778.104" held together: the unit rules' memo answered
    expect(keepUnitsTogether(text)).toBe(kept);
    const breaks = breakOpportunities(kept);
    expect(breakOpportunities(kept)).toBe(breaks);
    expect(renderMemoEntries()).toBe(entries);
    // A paragraph as long, not a cell's, is still worked out each time and never kept.
    const paragraph = `${text}.`;
    expect(breakOpportunities(paragraph)).not.toBe(breakOpportunities(paragraph));
    expect(keepUnitsTogether(paragraph)).toBe(`${kept}.`); // its own rules ran, and nothing was kept (below)
    expect(renderMemoEntries()).toBe(entries);
    clearRenderMemos();
    expect(renderMemoEntries()).toBe(0);
  });
});
