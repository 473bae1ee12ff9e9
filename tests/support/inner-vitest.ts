// A vitest run of its own, for the tests of the watchdog and the stall guard, which must see a whole
// run end (or not): test files written to a temporary folder (outside the repository, so they use
// vitest's globals), a config naming both, and the run's exit status and output.
import { spawn } from 'node:child_process';
import { boundChild } from './children.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Whether a process of this id is running (signal 0 checks without sending). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs vitest in `dir` on its `*.test.ts` with the watchdog as setup file and the stall guard as
 * reporter, `test` added to the config (`fileParallelism`, `testTimeout`) and `env` to the
 * environment. Bounded by `boundMs`: past it the run is killed and its status is 'still running'.
 */
export async function innerVitest(dir: string, test: Record<string, unknown>, env: Record<string, string>, boundMs: number): Promise<{ status: number | null | 'still running'; out: string }> {
  const config = { root: dir, include: ['*.test.ts'], globals: true, pool: 'forks', ...test, setupFiles: [join(ROOT, 'tests/support/watchdog.ts')], reporters: ['default', join(ROOT, 'tests/support/stall-guard.ts')] };
  writeFileSync(join(dir, 'vitest.config.mjs'), `export default { test: ${JSON.stringify(config)} };\n`);
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', join(dir, 'vitest.config.mjs')], {
    cwd: dir,
    env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
  // Past its bound the run is killed (boundChild), and said to be still running.
  const status = await boundChild(child, 'the inner vitest run', { ms: boundMs }).then(
    (e) => e.code,
    (e: Error): 'still running' => {
      if (!/was still running/.test(e.message)) throw e;
      return 'still running';
    },
  );
  return { status, out };
}
