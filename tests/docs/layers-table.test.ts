// docs/architecture.md §Layers is the table that eslint.config.js enforces (LAYERS): the same
// layers, top to bottom, and the same files in each. A layer or a top-level file added to one and
// not the other would leave the document saying what the lint does not check, or the lint
// refusing what the document allows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error eslint.config.js is plain JavaScript without type declarations
import { LAYERS } from '../../eslint.config.js';

const ROOT = join(import.meta.dirname, '..', '..');
const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
const section = /^## Layers\n([\s\S]*?)^## /m.exec(doc)?.[1] ?? '';

/** The table's rows: the layer's name and the src/ paths its "files" cell names (a folder ends in /). */
const rows = section
  .split('\n')
  .filter((l) => /^\| [^-|]/.test(l) && !l.startsWith('| layer '))
  .map((l) => {
    const [, layer, files] = l.split('|').map((c) => c.trim());
    return { layer: layer!, files: [...files!.matchAll(/`(src\/[^`]*)`/g)].map((m) => m[1]!).sort() };
  });

describe('docs/architecture.md §Layers', () => {
  it('has the layers of eslint.config.js, in its order, each with its files', () => {
    const enforced = (LAYERS as { layer: string; files: string[] }[]).map(({ layer, files }) => ({
      layer,
      files: files.map((f) => f.replace(/\*\*$/, '')).sort(),
    }));
    expect(rows.length).toBeGreaterThan(3);
    expect(rows).toEqual(enforced);
  });
});
