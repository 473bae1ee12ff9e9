// The test watchdog (tests/support/watchdog.ts) ends a test process that a file holds past its
// limit, names the file and test, and stops the process's children, so a run with such a file ends
// with that file failed instead of waiting for CI's 90-minute limit. Seen here on a vitest run of its
// own, with a limit of 3 s, over two files: one that blocks its thread in a child that never exits,
// one that passes.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { alive, innerVitest } from './inner-vitest.js';
import { until } from './until.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-watchdog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('ends a file that blocks its test process past the limit, names it, stops its child, and the run goes on to its end', async () => {
  const pidFile = join(dir, 'child.pid');
  // globals: the files live outside the repository, where `import 'vitest'` would not resolve.
  writeFileSync(
    join(dir, 'blocks.test.ts'),
    `const { spawnSync } = require('node:child_process');
describe('a child that never exits', () => {
  it('waits for it, synchronously', () => {
    spawnSync('sh', ['-c', 'echo $$ > ${pidFile}; exec sleep 600']);
  });
});
`,
  );
  writeFileSync(join(dir, 'passes.test.ts'), `it('passes', () => { expect(1).toBe(1); });\n`);
  const { status, out } = await innerVitest(dir, { testTimeout: 60000 }, { HARBOR_TEST_FILE_LIMIT_MS: '3000', HARBOR_TEST_STALL_FILE: join(dir, 'stall.json'), HARBOR_TEST_WATCHDOG_FILE: join(dir, 'watchdog.jsonl') }, 90_000);
  expect(status, out).not.toBe('still running');
  expect(status, out).not.toBe(0);
  // The file and the test, and that the loop was blocked (the child, not a promise).
  expect(out).toMatch(/\[harbor test watchdog\] blocks\.test\.ts > a child that never exits > waits for it, synchronously: \d+ s in this file, past its limit of 3 s; its event loop last turned \d+ s ago \(blocked: a synchronous call that never returned\)/);
  // vitest went on: the other file ran and passed; the blocked one's process ended ("Worker exited
  // unexpectedly", an error that fails the run), so one of two files passed.
  expect(out).toMatch(/Test Files\s+1 passed \(2\)/);
  expect(out).toContain('Worker exited unexpectedly');
  // The stall guard's report at the run's end says the file did not finish, nothing failed (what
  // .ci/run runs again from).
  expect(JSON.parse(readFileSync(join(dir, 'stall.json'), 'utf8'))).toEqual({ unfinished: ['blocks.test.ts'], failed: [], passed: 1 });
  // And the stop, one JSON line, for .ci/run, which never runs such a file again and ends red.
  const stops = readFileSync(join(dir, 'watchdog.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { what: string; seconds: number });
  expect(stops).toEqual([{ what: 'blocks.test.ts > a child that never exits > waits for it, synchronously', seconds: expect.any(Number) as number }]);
  expect(stops[0]!.seconds).toBeGreaterThanOrEqual(3);
  // The child that would have outlived the test process is gone: frozen, then killed a second after
  // the process (a detached shell does it), so waited for.
  expect(existsSync(pidFile)).toBe(true);
  const pid = Number(readFileSync(pidFile, 'utf8'));
  await until(() => !alive(pid), 'the blocked test\'s child to end');
}, 120_000);
