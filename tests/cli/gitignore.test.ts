// Documents rendered at the top of a clone (`harbor render rfa case.json -o draft.pdf`) carry a
// child's case data: the repository's .gitignore keeps them out of commits, and only them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { childBound } from '../support/until.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Whether git would ignore `path` (relative to the repository's root), by its .gitignore. */
function ignored(path: string): boolean {
  const r = spawnSync('git', ['check-ignore', '--no-index', '-q', path], { cwd: ROOT, ...childBound() });
  if (r.status !== 0 && r.status !== 1) throw new Error(`git check-ignore failed: ${r.stderr}`);
  return r.status === 0;
}

describe('.gitignore', () => {
  it('ignores PDF, DOCX and ZIP files at the root of the repository', () => {
    for (const f of ['rfa-draft.pdf', 'declaration.docx', 'filings.zip']) expect(ignored(f), f).toBe(true);
  });

  it('does not ignore the project’s own files of those types in its folders, nor other root files', () => {
    for (const f of ['tests/golden/rfa/full.pdf', 'assets/sample.docx', 'bench/out.zip', 'README.md', 'package.json']) expect(ignored(f), f).toBe(false);
  });
});
