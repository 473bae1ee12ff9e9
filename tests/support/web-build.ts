// The web app built as `npm ci` builds it (scripts/build-web.mjs into dist/public), again when
// stale, for the tests that need the real pages: the browser tests (tests/web/support/browser.ts)
// and the HTTP contract's GET /docs (tests/http/contract.test.ts), which answered the not-built 503
// in a worktree without the build, and passed there only by the luck of an earlier browser test.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { takeLock } from './build-lock.js';
import { childBound, waitDeadline } from './until.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Newest modification time of the files under a folder (ms). */
function newest(dir: string): number {
  return Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
}

/**
 * Whether the built app is older than a file of web/ or a file of src/ that its bundle takes
 * (dist/web-inputs.json, which the build writes: the depth bound, the scan of a draft's text).
 * A new import of src/ comes with a change to web/, so the list is never older than the need.
 */
function webIsStale(): boolean {
  let built = 0;
  let fromSrc: string[] = [];
  try {
    built = statSync(join(ROOT, 'dist', 'public', 'app', 'form.js')).mtimeMs;
    fromSrc = JSON.parse(readFileSync(join(ROOT, 'dist', 'web-inputs.json'), 'utf8')) as string[];
  } catch {
    return true; // not built, or built before the list was written
  }
  const mtime = (f: string): number => {
    try {
      return statSync(join(ROOT, f)).mtimeMs;
    } catch {
      return Infinity; // gone or moved: build again
    }
  };
  return Math.max(newest(join(ROOT, 'web')), ...fromSrc.map(mtime)) > built;
}

/**
 * The app as `npm ci` builds it (prepare → build:web), built again when a file of web/ is newer,
 * or a file of src/ the page's bundle takes (webIsStale).
 * One test file builds at a time (a lock folder beside dist/public; one whose owner process is
 * gone, a killed run's, is taken over at once) and the others then find the app built: every browser test file
 * starts at once, and two builds swapping dist/public at the same moment failed one file's hooks
 * (its rename found the other's folder) or left its server a moment without the app.
 */
export function buildWebIfStale(): void {
  if (!webIsStale()) return;
  // Bounded by the hook's own time (waitDeadline): the wait blocks the event loop, so vitest's hook
  // timer cannot end it. A lock whose owner process is gone (a killed run's) is taken over at once
  // (tests/support/build-lock.ts).
  const release = takeLock(join(ROOT, 'dist', '.web-build.lock'), waitDeadline(), 'the web build lock (another test file building the app)');
  try {
    if (webIsStale()) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-web.mjs')], { stdio: 'pipe', ...childBound() });
  } finally {
    release();
  }
}
