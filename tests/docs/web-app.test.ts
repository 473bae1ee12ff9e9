// docs/web-app.md §Tests says what each browser test file checks: a file added to tests/web/ is
// described there too (three were not: choices, fit, summary), so the page stays the list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const doc = readFileSync(join(ROOT, 'docs', 'web-app.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Tests'));

describe('docs/web-app.md §Tests', () => {
  it('names every test file of tests/web/', () => {
    const files = readdirSync(join(ROOT, 'tests', 'web')).filter((f) => f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => !section.includes(`\`tests/web/${f}\``))).toEqual([]);
  });
});
