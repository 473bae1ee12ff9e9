// One render pool shared by the test files of a worker whose tests run batches on threads but are
// not about a pool's own options (its thread count, limits, start or close: tests/workers/ and
// the serve tests make their own). A thread costs ~1 s of CPU to start and as much again for its
// first, cold render, and the files of a worker run one after another in one module graph
// (vitest.config.ts, `isolate: false`), so they can share the threads as they share the modules.
//
// A file takes the pool with `sharedPool()` at its top level; when its tests are over (afterAll)
// it must have left the pool idle, and it reads the pool's counters as changes, never as totals.
// Once no file holds it, the pool closes after a minute idle, unless another file takes it first
// (vitest ends the worker process when the run is over in any case).
import { afterAll } from 'vitest';
import { createRenderPool, type RenderPool, type RenderPoolOptions } from '../../src/workers/pool.js';
import { PROCESS_TEST_MS } from './until.js';

const IDLE_CLOSE_MS = 60_000;
let pool: RenderPool | undefined;
let holders = 0;
let closer: NodeJS.Timeout | undefined;

/**
 * The shared pool's options: two threads, eight jobs queued at most. Its tests are about batches,
 * not a pool's limits (tests/workers/pool.test.ts tests those), so neither limit may decide them
 * on a slow machine: a document's time limit and a stopped render's grace before its thread is
 * terminated are a process test's own bound (PROCESS_TEST_MS). With the pool's default 5 s grace,
 * a render asked to stop (a client's hang-up) that took longer to reach its next checkpoint on a
 * loaded machine had its thread terminated, and batch-disconnect.test.ts, which counts no
 * terminated thread, failed while nothing was wrong (as pool.test.ts did at load 38 before it
 * took a long grace).
 */
export const SHARED_POOL_OPTIONS: RenderPoolOptions = { threads: 2, timeoutMs: PROCESS_TEST_MS, stopGraceMs: PROCESS_TEST_MS, maxQueue: 8 };

/** The worker's shared pool (SHARED_POOL_OPTIONS). */
export function sharedPool(): RenderPool {
  clearTimeout(closer);
  holders++;
  const p = (pool ??= createRenderPool(SHARED_POOL_OPTIONS));
  afterAll(() => {
    if (--holders > 0) return;
    closer = setTimeout(() => {
      if (holders > 0 || pool !== p) return;
      pool = undefined;
      // Its threads end either way, and every test using it is over: nothing to report to.
      p.close().catch(() => {});
    }, IDLE_CLOSE_MS);
    closer.unref();
  });
  return p;
}
