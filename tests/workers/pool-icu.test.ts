// A render pool starts ICU on its own thread while its render threads load (src/domain/icu.ts):
// ICU's start-up is process-wide, so no render thread's first check or render pays for it. What
// that saves is measured in the bench (a thread's start); this checks that the pool does it, once.
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/domain/icu.js', () => ({ startIcu: vi.fn() }));
const { startIcu } = await import('../../src/domain/icu.js');
const { createRenderPool } = await import('../../src/workers/pool.js');

const pools: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('createRenderPool and ICU', () => {
  it('starts ICU once, on the thread that makes the pool, for all its threads', () => {
    expect(startIcu).not.toHaveBeenCalled();
    pools.push(createRenderPool({ threads: 2, timeoutMs: 60_000, maxQueue: 4 }));
    expect(startIcu).toHaveBeenCalledTimes(1);
  });
});

describe('startIcu', () => {
  it('makes the Intl objects the kinds use without error', async () => {
    const real = await vi.importActual<typeof import('../../src/domain/icu.js')>('../../src/domain/icu.js');
    expect(() => real.startIcu()).not.toThrow();
  });
});
