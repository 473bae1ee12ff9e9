// What the T-visa declaration's tests share: its fixtures and the text of a built document's body,
// for assertions on the sentences Harbor writes (review.test.ts, schema-view.test.ts, wording.test.ts).
import { readFileSync } from 'node:fs';
import { bodyTexts } from '../../support/model-text.js';

export const K = 't-visa-declaration';

/** A fixture of the kind, parsed afresh (callers may change it). */
export const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/${K}/${name}.json`, import.meta.url), 'utf8'));

/** Text of the document body, one block per line (headings, paragraphs, list items, signatures, tables as JSON). */
export const body = (c: unknown): string => bodyTexts(K, c, { tables: 'json', signatures: true }).join('\n');

/** The body text of a fixture, changed first by `patch`. */
export const bodyOf = (name: string, patch: (c: any) => void = () => {}): string => {
  const c = fixture(name);
  patch(c);
  return body(c);
};
