// StructTags.element: paint asks for each text box's structure element in reading order, and the
// lookup compares the elements around the last one found before it falls back to an index by id
// (issue 18). Whatever the order of the questions, the answer is the element that id names.
import { describe, expect, it } from 'vitest';
import type { StructNode, StructRole } from '../../../src/render/pdf/boxes.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import { StructTags } from '../../../src/render/pdf/tagged.js';
import { specimenModel } from '../../specimen/index.js';

function preorder(n: StructNode, out: StructNode[] = []): StructNode[] {
  out.push(n);
  for (const c of n.children) preorder(c, out);
  return out;
}

const el = (id: string, role: StructRole, children: StructNode[] = []): StructNode => ({ id, role, children });

/** A paragraph, a 12-row table of 3 cells, a list of 4 items and a heading: ~70 elements of 9 roles. */
function smallStructure(): StructNode {
  const rows = Array.from({ length: 12 }, (_, r) =>
    el(`body.1.row.${r}`, 'TR', [0, 1, 2].map((c) => el(`body.1.row.${r}.cell.${c}`, 'TD'))),
  );
  const items = Array.from({ length: 4 }, (_, i) =>
    el(`body.2.item.${i}`, 'LI', [el(`body.2.item.${i}.lbl`, 'Lbl'), el(`body.2.item.${i}.body`, 'LBody', [el(`body.2.item.${i}.0`, 'P')])]),
  );
  return el('document', 'Document', [
    el('body.0', 'P'),
    el('body.1', 'Table', [el('body.1.tbody', 'TBody', rows)]),
    el('body.2', 'L', items),
    el('body.3', 'H1'),
  ]);
}

describe('StructTags.element', () => {
  it("finds each text box's element of the specimen in paint order, as a lookup by id would", () => {
    const layout = layoutDocument(specimenModel());
    const byId = new Map(preorder(layout.structure).map((n) => [n.id, n]));
    expect(byId.size).toBe(preorder(layout.structure).length); // the layout's ids are unique
    const tags = new StructTags(layout.structure);
    const seen = new Map<string, unknown>();
    let asked = 0;
    for (const page of layout.pages) {
      for (const b of page.boxes) {
        if (b.type !== 'text' || b.tag === undefined) continue;
        const e = tags.element(b.tag);
        expect(e?.role, b.tag).toBe(byId.get(b.tag)!.role);
        if (seen.has(b.tag)) expect(e, b.tag).toBe(seen.get(b.tag)); // one entry per element
        seen.set(b.tag, e);
        asked++;
      }
    }
    expect(asked).toBeGreaterThan(1000);
  });

  it('gives the same entry for an id in any order of questions, and nothing for an id it does not have', () => {
    const root = smallStructure();
    const nodes = preorder(root);
    const tags = new StructTags(root);
    const entries = new Map(nodes.map((n) => [n.id, tags.element(n.id)]));
    for (const n of nodes) expect(entries.get(n.id)?.role, n.id).toBe(n.role);
    const orders = [
      [...nodes].reverse(),
      nodes.filter((_, i) => i % 2 === 1).concat(nodes.filter((_, i) => i % 2 === 0)),
      nodes.map((_, i) => nodes[(i * 7) % nodes.length]!),
    ];
    for (const order of orders) {
      for (const n of order) {
        expect(tags.element(n.id), n.id).toBe(entries.get(n.id));
        expect(tags.element('footer.0')).toBeUndefined(); // a running text's box names no element
        expect(tags.element(`${n.id}.x`)).toBeUndefined();
      }
    }
    expect(new Set(entries.values()).size).toBe(nodes.length);
  });
});
