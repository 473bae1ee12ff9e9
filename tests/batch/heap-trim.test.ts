// The batch's main thread gives its young generation back (src/batch/heap-trim.ts): V8 keeps a
// grown young generation until a memory-reducing collection, which is what a trim asks for.
import { getHeapSpaceStatistics } from 'node:v8';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { heapTrimmer, trimWhileRunning, TRIM_ABOVE_MB, TRIM_BUDGET_FACTOR, youngGenerationMb, type Trimmer } from '../../src/batch/heap-trim.js';
import { processIo } from '../../src/cli.js';
import { until } from '../support/until.js';

/** This isolate's young generation as committed (MB). */
function youngMb(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size / 2 ** 20;
}

/**
 * Allocate as a batch's main thread does, with some of it surviving a scavenge or two (a ring of
 * live objects), until the young generation has grown to at least `mb`.
 */
function growYoung(mb: number): number {
  const ring: unknown[] = new Array(100_000);
  for (let i = 0; youngMb() < mb && i < 50_000_000; i++) ring[i % ring.length] = { i, text: `record ${i}` };
  return youngMb();
}

describe('heap trim', () => {
  it('a trim shrinks a grown young generation', async () => {
    const trimmer = (await heapTrimmer())!;
    expect(trimmer).toBeDefined();
    const grown = growYoung(8);
    expect(grown).toBeGreaterThanOrEqual(8);
    await new Promise<void>((done) => trimmer.trim(done));
    expect(youngMb()).toBeLessThanOrEqual(grown / 2);
    trimmer.close();
    // Closed: a trim does nothing and never calls back.
    let called = false;
    trimmer.trim(() => (called = true));
    await sleep(50);
    expect(called).toBe(false);
  });

  it('closing while a trim is pending (a batch that ends mid-collection) is quiet', async () => {
    const trimmer = (await heapTrimmer())!;
    let called = 0;
    trimmer.trim(() => called++);
    trimmer.trim(() => called++); // one at a time: ignored while the first runs
    expect(() => trimmer.close()).not.toThrow();
    await sleep(100);
    expect(called).toBeLessThanOrEqual(1);
  });

  it('keeps to its budget: the next trim waits 20 times as long as the last one took', async () => {
    // A trimmer whose collection takes 40 ms: asked every 5 ms, it trims at 5 ms and, 800 ms
    // after that one ended (45 ms), at 845 ms; not again before 1,685 ms (without the budget: ~22
    // times in the first second). On fake timers and a fake clock, so a loaded machine's late
    // timers change nothing (on real ones the count depended on how late they fired).
    expect(TRIM_BUDGET_FACTOR).toBe(20);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const at: number[] = [];
      let closed = 0;
      const slow: Trimmer = {
        trim: (done) => {
          at.push(performance.now());
          setTimeout(() => done?.(), 40);
        },
        close: () => void closed++,
      };
      const began = performance.now();
      const stop = await trimWhileRunning(5, slow, () => 32);
      await vi.advanceTimersByTimeAsync(1_684);
      expect(at.map((t) => t - began)).toEqual([5, 845]);
      await vi.advanceTimersByTimeAsync(1);
      expect(at.map((t) => t - began)).toEqual([5, 845, 1_685]);
      stop();
      expect(closed).toBe(1);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(at).toHaveLength(3); // stopped: no more
    } finally {
      vi.useRealTimers();
    }
  });

  it('trims only a young generation grown past TRIM_ABOVE_MB: a small one costs two full collections for nothing', async () => {
    expect(TRIM_ABOVE_MB).toBe(4);
    let trims = 0;
    const counting: Trimmer = { trim: (done) => (trims++, done?.()), close: () => {} };
    let young = 1; // MB committed, as V8 reports it (a trim leaves 1)
    const stop = await trimWhileRunning(5, counting, () => young);
    await sleep(200);
    expect(trims).toBe(0);
    young = TRIM_ABOVE_MB;
    await sleep(100);
    expect(trims).toBe(0);
    young = 16;
    await until(() => trims >= 1, 'a trim of the grown young generation');
    young = 1;
    await sleep(50);
    const after = trims;
    await sleep(200);
    expect(trims).toBe(after);
    stop();
    // What it reads by default: this isolate's new space as committed.
    expect(youngGenerationMb()).toBeGreaterThan(0);
  });

  it('the harbor process trims: its io (what bin/harbor.js runs main with) starts the real trim', async () => {
    // src/cli.ts: processIo is what bin/harbor.js runs main with.
    const stop = await processIo.trimHeap!();
    const grown = growYoung(8);
    await until(() => youngMb() <= grown / 2, `the young generation trimmed from ${grown} MB to half`);
    stop();
  });

  it('trims on its timer until stopped', async () => {
    const stop = await trimWhileRunning(20);
    const grown = growYoung(8);
    await until(() => youngMb() <= grown / 2, `the young generation trimmed from ${grown} MB to half`);
    stop();
    stop(); // twice is harmless
    const again = growYoung(8);
    await sleep(200);
    expect(youngMb()).toBe(again);
  });
});
