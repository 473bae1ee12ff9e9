// The logical structure of a document body for the tagged PDF (ISO 14289-1 PDF/UA-1 §7.1: content
// is tagged in reading order with standard structure types, ISO 32000-1 §14.8.4).
//
// Pure: model → StructNode tree (boxes.ts). Element ids follow the boxes' `src` naming of
// blocks.ts, so a text box's `tag` names its element: "body.3" (a paragraph or heading),
// "body.3.row.17.cell.2" (a table cell), "body.5.item.2.lbl" (a list item's number or bullet),
// "body.8.line.0" (a line of a signature block).
//
// Mapping (issue 17): heading → H1–H3; paragraph → P; list → L (its /ListNumbering) / LI / Lbl + LBody; table → Table /
// THead (header rows, TH with /Scope /Column) / TBody (TR of TD); signature → Div of P (signer,
// capacity, date, place); keep → its children (no element of its own); page-break → nothing.
import { dispatchBlock, type Block, type BlockHandlers, type ListNumbering, type TableRow } from '../../model/types.js';
import { listNumbering } from '../list-indent.js';
import { signatureLines } from '../signature-lines.js';
import type { PdfListNumbering, StructNode, StructRole } from './boxes.js';

/**
 * An ordered list's /ListNumbering by the numbering it prints in (listNumbering: a roman list past
 * 3,999 in digits), a total map; a bulleted list's is /Disc (its "•"). PDF/UA-1 §7.6 (Matterhorn
 * 16-001): an L whose Lbl elements number its items says how, where the default /None says its
 * labels follow no numbering.
 */
const LIST_NUMBERING: { [K in ListNumbering]: PdfListNumbering } = {
  decimal: 'Decimal',
  'lower-letter': 'LowerAlpha',
  'upper-letter': 'UpperAlpha',
  'lower-roman': 'LowerRoman',
  'upper-roman': 'UpperRoman',
};

function node(id: string, role: StructRole, children: StructNode[] = []): StructNode {
  return { id, role, children };
}

/** The structure of one table cell: a TH with its scope, or a TD; /ColSpan when it spans. */
function cell(id: string, header: boolean, colspan: number): StructNode {
  // Plain literals, no object of extras spread into each cell (issue 18: a table's cells are most of
  // a worksheet's elements); the attributes keep StructNode's order (id, role, scope, colSpan, children).
  if (header) return colspan > 1 ? { id, role: 'TH', scope: 'Column', colSpan: colspan, children: [] } : { id, role: 'TH', scope: 'Column', children: [] };
  return colspan > 1 ? { id, role: 'TD', colSpan: colspan, children: [] } : { id, role: 'TD', children: [] };
}

/** Table rows as TR elements of TH (header rows) or TD cells. Loops, not closures made per table (issue 18). */
function rows(src: string, part: 'head' | 'row', list: TableRow[], header: boolean): StructNode[] {
  const out = new Array<StructNode>(list.length);
  for (let i = 0; i < list.length; i++) {
    const id = `${src}.${part}.${i}`;
    const cells = list[i]!.cells;
    const children = new Array<StructNode>(cells.length);
    for (let ci = 0; ci < cells.length; ci++) children[ci] = cell(`${id}.cell.${ci}`, header, cells[ci]!.colspan);
    out[i] = { id, role: 'TR', children };
  }
  return out;
}

const handlers: BlockHandlers<string, StructNode[]> = {
  heading: (h, src) => [node(src, `H${h.level}`)],
  paragraph: (_p, src) => [node(src, 'P')],
  list: (l, src) => [
    {
      id: src,
      role: 'L',
      listNumbering: l.ordered ? LIST_NUMBERING[listNumbering(l)] : 'Disc',
      children: l.items.map((item, i) => {
        const id = `${src}.item.${i}`;
        return node(id, 'LI', [node(`${id}.lbl`, 'Lbl'), node(`${id}.body`, 'LBody', blocksStructure(item.children, id))]);
      }),
    },
  ],
  table: (t, src) => {
    const parts: StructNode[] = [];
    if (t.headerRows.length > 0) parts.push(node(`${src}.thead`, 'THead', rows(src, 'head', t.headerRows, true)));
    if (t.rows.length > 0) parts.push(node(`${src}.tbody`, 'TBody', rows(src, 'row', t.rows, false)));
    return parts.length > 0 ? [node(src, 'Table', parts)] : [];
  },
  signature: (s, src) => {
    const count = signatureLines(s).length + (s.signed !== undefined ? 1 : 0);
    return [node(src, 'Div', Array.from({ length: count }, (_, k) => node(`${src}.line.${k}`, 'P')))];
  },
  'page-break': () => [],
  keep: (k, src) => blocksStructure(k.children, src),
};

/** Structure elements of a block sequence laid out under `src` (blocksSlices' naming). */
export function blocksStructure(blocks: Block[], src: string): StructNode[] {
  // A loop, not a closure made per call (V8 holds a closure's optimized code only weakly; issue 18).
  const out: StructNode[] = [];
  for (let i = 0; i < blocks.length; i++) out.push(...dispatchBlock(handlers, blocks[i]!, `${src}.${i}`));
  return out;
}

/** The Document element of a body. */
export function documentStructure(body: Block[]): StructNode {
  return node('document', 'Document', blocksStructure(body, 'body'));
}

/**
 * The Table elements of a structure by id (the table's `src` in the layout). The layout is given
 * them before it lays the body out (./layout.ts), and a table's cells take their tags from these
 * elements' ids: the layout built each cell's tag "body.3.row.17.cell.2" as a string of its own,
 * which paint then compared character by character with the element's (./tagged.ts), ~1,200
 * strings of a one-year worksheet's render where 600 are the same (issue 18).
 */
export function tablesById(root: StructNode): Map<string, StructNode> {
  const out = new Map<string, StructNode>();
  const stack: StructNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    // A table's children are its THead and TBody: nothing under them is a Table.
    if (n.role === 'Table') out.set(n.id, n);
    else for (const c of n.children) stack.push(c);
  }
  return out;
}

/** The TR elements of a table element's header rows (`THead`) or body rows (`TBody`); undefined when it has none. */
export function tableRows(table: StructNode, part: 'THead' | 'TBody'): StructNode[] | undefined {
  for (const c of table.children) if (c.role === part) return c.children;
  return undefined;
}
