// The render threads' settings (src/workers/settings.ts): their heap limits.
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { RENDER_THREAD_OLD_SPACE_MB, RENDER_THREAD_YOUNG_SPACE_MB, renderThreadLimits } from '../../src/workers/settings.js';

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

  it('caps a thread’s young generation at 16 MB, half of what V8 grows it to in a busy thread (its largest part after a render of every kind)', () => {
    expect(RENDER_THREAD_YOUNG_SPACE_MB).toBe(16);
    expect(renderThreadLimits().maxYoungGenerationSizeMb).toBe(16);
  });
});
