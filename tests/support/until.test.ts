// The one wait helper: it waits as long as its test may, whatever the machine's speed, and names
// what it waited for when that never comes.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childBound, until, waitDeadline } from './until.js';

describe('until', () => {
  it('resolves once the condition holds, sync or async', async () => {
    let n = 0;
    await until(() => ++n >= 3, 'three reads');
    expect(n).toBe(3);
    await until(async () => Promise.resolve(true), 'an async condition');
  });

  it('waits as long as its test may (its time limit, less a margin), not a fixed 30–60 s of its own', () => {
    const now = Date.now();
    const end = waitDeadline(now);
    expect(end - now).toBeGreaterThan(590_000);
    expect(end - now).toBeLessThan(600_000);
  }, 600_000);

  it('names what it waited for when the test’s time is nearly up', async () => {
    // This test's limit is 3 s: the wait gives up 2 s before it, naming the event.
    await expect(until(() => false, 'the log line')).rejects.toThrow(/^waited for the log line until the test's time limit, in vain$/);
  }, 3_000);

  it('a condition that throws rejects the wait with its error', async () => {
    await expect(until(() => { throw new Error('boom'); }, 'x')).rejects.toThrow('boom');
  });
});

describe('childBound, the bound of a synchronous child', () => {
  it('is what is left of the test’s time, by SIGKILL', () => {
    const { timeout, killSignal } = childBound();
    expect(timeout).toBeGreaterThan(590_000);
    expect(timeout).toBeLessThan(600_000);
    expect(killSignal).toBe('SIGKILL');
  }, 600_000);

  it('but never less than two minutes, for a child that a test near its limit still needs', () => {
    expect(childBound().timeout).toBe(120_000);
  }, 3_000);

  it('its signal ends a child that ignores SIGTERM while a grandchild holds its output open', () => {
    // The bound's own timeout shortened to half a second, so the test does not wait two minutes.
    const r = spawnSync('sh', ['-c', 'trap "" TERM; (sleep 30; echo late) & sleep 30'], { encoding: 'utf8', ...childBound(), timeout: 500 });
    expect((r.error as NodeJS.ErrnoException | undefined)?.code).toBe('ETIMEDOUT');
    expect(r.signal).toBe('SIGKILL');
    expect(r.stdout).toBe('');
  });
});
