// The stall guard (tests/support/stall-guard.ts) ends a vitest run that stopped making progress:
// exit 3, the files that did not finish named, and what the run had written for .ci/run. Seen on a
// vitest run of its own with a limit of 3 s, over three files: one whose test waits forever (its
// own time limit set past the guard's), one that passes, one that fails. The waiting file's test
// process ends too, once vitest's has (the test watchdog's thread sees its parent gone).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { alive, innerVitest } from './inner-vitest.js';
import type { StallReport } from './stall-guard.js';
import { until } from './until.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-stall-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('ends a run whose file never ends: exit 3, the file named, the passed and failed counted, and the file\'s test process gone', async () => {
  const pidFile = join(dir, 'waiting.pid');
  // globals: the files live outside the repository, where `import 'vitest'` would not resolve.
  writeFileSync(join(dir, 'waits.test.ts'), `it('waits for what never comes', () => { require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); return new Promise(() => {}); });\n`);
  // One file at a time, the largest first (vitest's order without a cache of earlier runs): the
  // other two end before the waiting one starts, however loaded the machine.
  const padding = `// ${'x'.repeat(2_000)}\n`;
  writeFileSync(join(dir, 'passes.test.ts'), `${padding}${padding}it('passes', () => { expect(1).toBe(1); });\n`);
  writeFileSync(join(dir, 'fails.test.ts'), `${padding}it('fails', () => { expect(1).toBe(2); });\n`);
  const stallFile = join(dir, 'stall.json');
  const { status, out } = await innerVitest(dir, { fileParallelism: false, testTimeout: 600000 }, { HARBOR_TEST_STALL_MS: '3000', HARBOR_TEST_STALL_FILE: stallFile }, 200_000);
  expect(status, out).toBe(3);
  expect(out).toMatch(/\[harbor stall guard\] the run stopped making progress: waits\.test\.ts ran for 3 s without ending \(its test process never said it finished\)\. 1 tests passed and 1 failed in the 2 files that ended; 1 did not end: waits\.test\.ts\. Exit 3\./);
  const report = JSON.parse(readFileSync(stallFile, 'utf8')) as StallReport;
  expect(report).toEqual({ unfinished: ['waits.test.ts'], failed: ['fails.test.ts > fails'], passed: 1 });
  // The waiting file's test process does not outlive the run.
  const pid = Number(readFileSync(pidFile, 'utf8'));
  await until(() => !alive(pid), 'the waiting file\'s test process to end');
}, 240_000);
