// The shared render pool of the batch tests (./pool.ts): its tests are about batches, so the
// pool's own limits must not decide them on a slow machine. With a 5 s grace, a render asked to
// stop that took longer to reach a checkpoint on a loaded machine had its thread terminated, and
// a test that counts no terminated thread failed while nothing was wrong.
import { describe, expect, it } from 'vitest';
import { SHARED_POOL_OPTIONS } from './pool.js';
import { PROCESS_TEST_MS } from './until.js';

describe('the shared render pool', () => {
  it('a stopped render’s grace and a document’s time limit are a process test’s own bound, not 5 s or 120 s', () => {
    expect(SHARED_POOL_OPTIONS.stopGraceMs).toBeGreaterThanOrEqual(PROCESS_TEST_MS);
    expect(SHARED_POOL_OPTIONS.timeoutMs).toBeGreaterThanOrEqual(PROCESS_TEST_MS);
  });
});
