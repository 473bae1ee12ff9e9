// The repository's own files, for the tests that read them as text (docs, lint, packaging): one
// walk, so that every such test sees the same tree and skips the same folders. Five walks did this
// each their own way (tests/lint/mocks, tests/docs/environment and references, tests/packaging/
// docker-image and dependencies), one of them following symbolic links and entering folders the
// others skipped.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, ending in a separator. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Folders no walk enters at any depth: dependencies, git's own, a person's scratch notes (.gitignore). */
const NEVER = new Set(['node_modules', '.git', 'scratch']);
/**
 * ... and these, as paths from the root: what builds and runs write (.gitignore: the build, the
 * CLI's outputs, renders and screenshots of the tests) and the golden outputs, which the tests
 * write and people only read.
 */
const WRITTEN_BY_RUNS = new Set(['dist', 'out', 'tmp', 'tests/golden', 'tests/output']);

/** Whether a walk enters the folder at `path` (from the root, `/`-separated). */
export function entered(path: string): boolean {
  return !NEVER.has(path.slice(path.lastIndexOf('/') + 1)) && !WRITTEN_BY_RUNS.has(path);
}

/**
 * Every file under the folder `under` (from the root; '' for all of it) whose name matches
 * `name`, as `/`-separated paths from the root, sorted. A symbolic link is followed (a linked
 * folder is walked); the folders above are not entered.
 */
export function repoFiles(under = '', name: RegExp = /(?:)/): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((entry) => {
      const path = dir === '' ? entry : `${dir}/${entry}`;
      if (statSync(join(ROOT, path)).isDirectory()) return entered(path) ? walk(path) : [];
      return name.test(entry) ? [path] : [];
    });
  return walk(under).sort();
}
