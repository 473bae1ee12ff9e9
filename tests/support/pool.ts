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
import { createRenderPool, type RenderPool } from '../../src/workers/pool.js';

const IDLE_CLOSE_MS = 60_000;
let pool: RenderPool | undefined;
let holders = 0;
let closer: NodeJS.Timeout | undefined;

/** The worker's shared pool: two threads, a 120 s time limit, eight jobs queued at most. */
export function sharedPool(): RenderPool {
  clearTimeout(closer);
  holders++;
  const p = (pool ??= createRenderPool({ threads: 2, timeoutMs: 120_000, maxQueue: 8 }));
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
