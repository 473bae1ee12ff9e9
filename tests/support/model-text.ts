// The text of a built document's body, block by block, for assertions on the sentences Harbor
// writes without rendering a page: headings and paragraphs (a line break as "\n"), list items and
// keep blocks walked into; tables and signatures only when a test asks for them.
import { buildDocument } from '../../src/pipeline.js';
import { inlineText, type Block } from '../../src/model/types.js';

export interface BodyTextOptions {
  /** A table as the text of each body cell, one by one, or as its JSON; left out when not given. */
  tables?: 'cells' | 'json';
  /** A signature as "signer | capacity | date | place". */
  signatures?: boolean;
}

/** The texts of the body of `kind`'s document built from case `c`. */
export function bodyTexts(kind: string, c: unknown, opts: BodyTextOptions = {}): string[] {
  const out: string[] = [];
  const walk = (bs: Block[]): void => {
    for (const b of bs) {
      if (b.type === 'paragraph' || b.type === 'heading') out.push(inlineText(b.children));
      else if (b.type === 'list') b.items.forEach((i) => walk(i.children));
      else if (b.type === 'keep') walk(b.children);
      else if (b.type === 'signature' && opts.signatures) out.push([b.signer, b.capacity, b.date, b.place].join(' | '));
      else if (b.type === 'table' && opts.tables === 'json') out.push(JSON.stringify(b));
      else if (b.type === 'table' && opts.tables === 'cells') b.rows.forEach((r) => r.cells.forEach((cell) => out.push(inlineText(cell.children))));
    }
  };
  walk(buildDocument(kind, c).model.body);
  return out;
}
