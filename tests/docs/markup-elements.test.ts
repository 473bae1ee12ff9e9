// docs/markup.md §Elements lists the element set the parser takes (src/markup/elements.ts): every
// element, and for each the attributes it allows, no more and no fewer. A template author reads
// the document, and anything else is refused at load (`template-error`) or render (`markup-error`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELEMENTS } from '../../src/markup/elements.js';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'markup.md'), 'utf8');
const section = /^## Elements\n([\s\S]*?)^## /m.exec(doc)?.[1] ?? '';

/** Element name → the attribute names its row gives (in its second cell). */
const documented: Record<string, string[]> = {};
for (const line of section.split('\n').filter((l) => /^\| `/.test(l))) {
  const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
  const names = [...cells[1]!.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!);
  // An attribute begins the cell or follows ", "; other backticked words are in its explanation.
  const attributes = [...cells[2]!.matchAll(/(?:^|, )`([a-z-]+)`/g)].map((m) => m[1]!).sort();
  for (const n of names) documented[n] = attributes;
}

describe('docs/markup.md §Elements', () => {
  it('lists every element of the parser, each with exactly its attributes', () => {
    const parser = Object.fromEntries(Object.entries(ELEMENTS).map(([name, e]) => [name, [...e.attributes].sort()]));
    expect(Object.keys(documented).length).toBeGreaterThan(10);
    expect(documented).toEqual(parser);
  });
});
