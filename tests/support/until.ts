// Waiting in a test for something to happen (a log line, a counter, a file), the one helper every
// test file uses instead of a copy of its own. It has no time bound of its own: it waits as long
// as the running test may (its timeout, from when it started), so its outcome does not depend on
// how fast the machine is; only a condition that never comes fails, and then with what was awaited
// instead of vitest's bare "Test timed out". Six copies had bounds of 30–60 s of their own, under
// the test's 120 s: on a loaded machine the copy gave up on a condition that would have come.
import { TestRunner } from 'vitest';

/** How often the condition is read (ms): often enough that a wait adds little to a test. */
const POLL_MS = 20;
/** Given up before the test's own timer, so the failure names what was awaited (ms). */
const BEFORE_TEST_TIMER_MS = 2_000;
/** The bound in a hook, whose limit vitest does not say: vitest's default hook timeout (ms). */
const HOOK_BOUND_MS = 120_000;

/**
 * When a wait that starts now must give up: just before the running test's own time limit, or
 * HOOK_BOUND_MS from now in a hook. Exported for its test.
 */
export function waitDeadline(now = Date.now()): number {
  const test = TestRunner.getCurrentTest();
  const started = test?.result?.startTime;
  if (!test || started === undefined) return now + HOOK_BOUND_MS;
  return Math.max(now, started + test.timeout - BEFORE_TEST_TIMER_MS);
}

/**
 * Resolves once `cond()` is true (it may be async); rejects with `waited for <what>` when the
 * test's time is nearly up, or when `cond` throws. `what` names the awaited event for that message
 * (by default the condition's own source text).
 */
export async function until(cond: () => boolean | Promise<boolean>, what = String(cond)): Promise<void> {
  const end = waitDeadline();
  while (!(await cond())) {
    if (Date.now() >= end) throw new Error(`waited for ${what} until the test's time limit, in vain`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * The time limit of a test that starts processes or render threads (a spawned harbor, a workbook
 * process, a pool): a bound for a hang, not a check of speed. Such tests had 60–180 s, which a
 * machine at load 38 outlasted (a cold thread's first render, a process's start) while nothing
 * was wrong; CI's machine takes a few seconds for each.
 */
export const PROCESS_TEST_MS = 600_000;

/**
 * The least time a synchronous child is given (ms), whatever is left of its test's: a tool or a
 * harbor start takes seconds on CI, but at load 50 a test already near its limit (tests/batch/
 * zip.test.ts's ZIP64 archive once took 118 s of its 120) still needs its last child's seconds.
 */
const CHILD_FLOOR_MS = 120_000;

/**
 * The bound of a synchronous child process in a test (spawnSync, execFileSync, execSync), spread
 * into its options: such a call blocks this process's event loop, vitest's timers with it, so only
 * its own `timeout` ends a child that never does (CI's run of 2026-12-06 stopped at its 90-minute
 * limit with every printed test passed). It ends just before the running test's time limit
 * (waitDeadline; HOOK_BOUND_MS from now in a hook or at a file's top level), and never sooner than
 * CHILD_FLOOR_MS, so a child that hangs fails its test with ETIMEDOUT; and by SIGKILL: a harbor
 * child answers SIGTERM with a graceful stop that may itself wait, and a shell or tool may ignore
 * it. Node closes the child's pipes as it kills it, so a grandchild holding one open cannot keep
 * the call waiting. tests/lint/sync-children.test.ts refuses a synchronous child without a `timeout`.
 */
export function childBound(): { timeout: number; killSignal: 'SIGKILL' } {
  return { timeout: Math.max(CHILD_FLOOR_MS, waitDeadline() - Date.now()), killSignal: 'SIGKILL' };
}
