// What the T-visa declaration's tests share: its fixtures and the text of a built document's body,
// for assertions on the sentences Harbor writes (review.test.ts, schema-view.test.ts, wording.test.ts).
import { readFileSync } from 'node:fs';
import { buildDocument } from '../../../src/pipeline.js';
import { inlineText, type Block } from '../../../src/model/types.js';

export const K = 't-visa-declaration';

/** A fixture of the kind, parsed afresh (callers may change it). */
export const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/${K}/${name}.json`, import.meta.url), 'utf8'));

/** Text of the document body, one block per line (headings, paragraphs, list items, signatures, tables as JSON). */
export function body(c: unknown): string {
  const out: string[] = [];
  const walk = (bs: Block[]): void => {
    for (const b of bs) {
      if (b.type === 'paragraph' || b.type === 'heading') out.push(inlineText(b.children));
      else if (b.type === 'list') b.items.forEach((i) => walk(i.children));
      else if (b.type === 'keep') walk(b.children);
      else if (b.type === 'signature') out.push([b.signer, b.capacity, b.date, b.place].join(' | '));
      else if (b.type === 'table') out.push(JSON.stringify(b));
    }
  };
  walk(buildDocument(K, c).model.body);
  return out.join('\n');
}

/** The body text of a fixture, changed first by `patch`. */
export const bodyOf = (name: string, patch: (c: any) => void = () => {}): string => {
  const c = fixture(name);
  patch(c);
  return body(c);
};
