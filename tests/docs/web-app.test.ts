// docs/web-app.md §Tests says what each browser test file checks: a file added to tests/web/ is
// described there too (three were not: choices, fit, summary), so the page stays the list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoFiles, ROOT } from '../support/files.js';

const doc = readFileSync(join(ROOT, 'docs', 'web-app.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Tests'));

describe('docs/web-app.md §Tests', () => {
  it('names every test file of tests/web/', () => {
    // In any folder under tests/web/, as a path from the root.
    const files = repoFiles('tests/web', /\.test\.ts$/);
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => !section.includes(`\`${f}\``))).toEqual([]);
  });
});
