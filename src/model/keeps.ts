// Pagination rules between neighbouring blocks that both renderers apply (docs/architecture.md
// §Rendering): the PDF layout with keep-with-next on its slices (src/render/pdf/blocks.ts), the
// DOCX with Word's keepNext (src/render/docx/blocks.ts, table.ts). Within a block: no widows or
// orphans in a paragraph, and a table's last row kept with the row before it.
import type { Block } from './types.js';

/**
 * A paragraph whose text ends with a colon ("Conditions:"): it introduces the list or table after
 * it, and moves to the next page with that block's first lines rather than end a page alone.
 */
export function leadsIn(b: Block): boolean {
  if (b.type !== 'paragraph') return false;
  for (let i = b.children.length - 1; i >= 0; i--) {
    const c = b.children[i]!;
    if (c.type !== 'text') return false;
    const t = c.text.trimEnd();
    if (t.length > 0) return t.endsWith(':');
  }
  return false;
}

/** Whether `b` is the kind of block a lead-in paragraph introduces. */
export function introduced(b: Block | undefined): boolean {
  return b?.type === 'list' || b?.type === 'table';
}
