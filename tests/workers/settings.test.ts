// The render threads' settings (src/workers/settings.ts): their heap limits.
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BATCH_THREAD_YOUNG_SPACE_MB, RENDER_THREAD_OLD_SPACE_MB, RENDER_THREAD_YOUNG_SPACE_MB, batchThreadLimits, renderThreadLimits } from '../../src/workers/settings.js';

describe('renderThreadLimits', () => {
  it('caps a thread’s old generation at RENDER_THREAD_OLD_SPACE_MB, below the 2 GB at which V8 lets a heap grow to 4× its live objects', () => {
    expect(RENDER_THREAD_OLD_SPACE_MB).toBeLessThan(2048);
    expect(renderThreadLimits(4144)).toEqual({ maxOldGenerationSizeMb: RENDER_THREAD_OLD_SPACE_MB, maxYoungGenerationSizeMb: RENDER_THREAD_YOUNG_SPACE_MB });
  });

  it('never gives a thread more than the process’s own heap limit (a small container, node --max-old-space-size)', () => {
    expect(renderThreadLimits(700.6)).toEqual({ maxOldGenerationSizeMb: 700, maxYoungGenerationSizeMb: RENDER_THREAD_YOUNG_SPACE_MB });
    const own = getHeapStatistics().heap_size_limit / 2 ** 20;
    expect(renderThreadLimits().maxOldGenerationSizeMb).toBe(Math.min(RENDER_THREAD_OLD_SPACE_MB, Math.floor(own)));
  });

  it('gives a thread a young generation whose new space never commits more than 8 MB, however many of its objects survive a scavenge', async () => {
    expect(await mostNewSpaceMb(renderThreadLimits())).toBeLessThanOrEqual(8);
  });
});

describe('batchThreadLimits', () => {
  it('is renderThreadLimits() with the young generation of BATCH_THREAD_YOUNG_SPACE_MB', () => {
    expect(batchThreadLimits(4144)).toEqual({ ...renderThreadLimits(4144), maxYoungGenerationSizeMb: BATCH_THREAD_YOUNG_SPACE_MB });
    expect(batchThreadLimits(700.6)).toEqual({ maxOldGenerationSizeMb: 700, maxYoungGenerationSizeMb: BATCH_THREAD_YOUNG_SPACE_MB });
  });

  it('lets a batch thread’s new space grow to 16 MB, twice a served thread’s, and no further (scavenges half as often)', async () => {
    expect(await mostNewSpaceMb(batchThreadLimits())).toBe(16);
  });
});

/**
 * The most new space a Worker with `limits` commits while objects kept in a ring of 200,000 survive
 * several scavenges each, which is what makes V8 grow the new space towards its limit: V8 commits
 * 8 MB of it for a limit of 8-12 MB and 16 MB for 14-16 (bench/ANALYSIS.md, round r57's memory work).
 */
async function mostNewSpaceMb(limits: ReturnType<typeof renderThreadLimits>): Promise<number> {
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { getHeapSpaceStatistics } = require('node:v8');
    const ring = new Array(200000);
    let most = 0;
    for (let i = 0; i < 300000; i++) {
      ring[i % ring.length] = { i, text: 'record ' + i };
      if (i % 1000 === 0) most = Math.max(most, getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
    }
    parentPort.postMessage(most);`;
  const w = new Worker(code, { eval: true, resourceLimits: limits });
  const most = await new Promise<number>((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
  });
  await w.terminate();
  return most / 2 ** 20;
}
