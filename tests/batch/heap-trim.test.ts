// The batch's main thread gives its young generation back (src/batch/heap-trim.ts): V8 keeps a
// grown young generation until a memory-reducing collection, which is what a trim asks for.
import { getHeapSpaceStatistics } from 'node:v8';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { heapTrimmer, trimWhileRunning, TRIM_ABOVE_MB, TRIM_BUDGET_FACTOR, youngGenerationMb, type Trimmer } from '../../src/batch/heap-trim.js';
import { processIo } from '../../src/cli.js';

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
    // A trimmer whose collection takes 40 ms: asked every 5 ms, it may trim at 5 ms and, 800 ms
    // after that one ended, at ~850 ms; not again before ~1.7 s (without the budget: ~22 times).
    expect(TRIM_BUDGET_FACTOR).toBe(20);
    let trims = 0;
    let closed = 0;
    const slow: Trimmer = {
      trim: (done) => {
        trims++;
        setTimeout(() => done?.(), 40);
      },
      close: () => void closed++,
    };
    const stop = await trimWhileRunning(5, slow, () => 32);
    await sleep(1000);
    stop();
    expect(trims).toBeGreaterThanOrEqual(1);
    expect(trims).toBeLessThanOrEqual(2);
    expect(closed).toBe(1);
    await sleep(100);
    expect(trims).toBeLessThanOrEqual(2); // stopped: no more
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
    for (let waited = 0; trims === 0 && waited < 5000; waited += 10) await sleep(10);
    expect(trims).toBeGreaterThanOrEqual(1);
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
    let now = youngMb();
    for (let waited = 0; now > grown / 2 && waited < 5000; waited += 50) {
      await sleep(50);
      now = youngMb();
    }
    stop();
    expect(now).toBeLessThanOrEqual(grown / 2);
  });

  it('trims on its timer until stopped', async () => {
    const stop = await trimWhileRunning(20);
    const grown = growYoung(8);
    let now = youngMb();
    for (let waited = 0; now > grown / 2 && waited < 5000; waited += 20) {
      await sleep(20);
      now = youngMb();
    }
    expect(now).toBeLessThanOrEqual(grown / 2);
    stop();
    stop(); // twice is harmless
    const again = growYoung(8);
    await sleep(200);
    expect(youngMb()).toBe(again);
  });
});
