// Table node → table description: relative column widths become fixed twips over the text width
// (6.5 in), header rows repeat on each page (w:tblHeader), no row splits across pages (w:cantSplit).
import type { Table, TableRow } from '../../model/types.js';
import { TEXT_WIDTH } from './geometry.js';
import { paragraphOpts } from './paragraph.js';
import { para, type Out, type RowOut } from './out.js';
import type { RunContext } from './runs.js';

/** Relative widths → integer twips summing exactly to `total` (largest-remainder rounding). */
export function columnTwips(columns: number[], total: number = TEXT_WIDTH): number[] {
  const valid = columns.length > 0 && columns.every((c) => Number.isFinite(c) && c > 0);
  const rel = valid ? columns : [1];
  const sum = rel.reduce((a, b) => a + b, 0);
  const exact = rel.map((c) => (c / sum) * total);
  const twips = exact.map(Math.floor);
  let rest = total - twips.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, frac: e - Math.floor(e) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    twips[i]! += 1;
    rest -= 1;
  }
  return twips;
}

function rowOut(row: TableRow, columns: number[], header: boolean, run: RunContext): RowOut {
  let col = 0;
  const cells = row.cells.map((cell) => {
    const span = Math.max(1, Math.min(cell.colspan, columns.length - col));
    const width = columns.slice(col, col + span).reduce((a, b) => a + b, 0);
    col += span;
    const cellRun = header ? { ...run, bold: true } : run;
    // Cells have no space after their paragraph: the cell margins separate the rows.
    return { width, span, para: para({ ...paragraphOpts(cell.children, cell.align, cellRun), spacing: { after: 0 } }) };
  });
  // A short row is padded with empty cells so every row covers the grid.
  for (; col < columns.length; col++) cells.push({ width: columns[col]!, span: 1, para: para({ children: [], spacing: { after: 0 } }) });
  return { header, cells };
}

export function tableOut(t: Table, run: RunContext): Out[] {
  // A table without rows is not valid WordprocessingML (Word would offer to repair it): omit it.
  if (t.headerRows.length + t.rows.length === 0) return [];
  const columns = columnTwips(t.columns);
  return [
    {
      kind: 'table',
      columns,
      rows: [...t.headerRows.map((r) => rowOut(r, columns, true, run)), ...t.rows.map((r) => rowOut(r, columns, false, run))],
    },
  ];
}
