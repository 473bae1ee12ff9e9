// The web build lock (tests/support/build-lock.ts): a lock whose owner process is gone is taken
// over at once, one whose owner runs is waited for. Before 2026-12-07 a lock left by a killed run
// was taken over only 5 minutes after it was made, and the browser test files of the next run
// failed their hooks meanwhile.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ownerAlive, startOf, takeLock } from './build-lock.js';
import { boundChild } from './children.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-build-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A process that runs until killed, and its owner line as takeLock writes it. */
async function sleeper(): Promise<{ owner: string; kill: () => Promise<void> }> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const exit = boundChild(child, 'node (a lock owner that sleeps)');
  await new Promise((r) => child.once('spawn', r));
  return {
    owner: `${String(child.pid)} ${startOf(child.pid!)}`,
    kill: async () => {
      child.kill('SIGKILL');
      await exit;
    },
  };
}

/** A lock folder made as takeLock makes it, owned by `owner`. */
function lockOwnedBy(name: string, owner: string): string {
  const lock = join(dir, name);
  mkdirSync(lock);
  writeFileSync(join(lock, 'owner'), owner);
  return lock;
}

describe('the web build lock', () => {
  it('is taken over at once when its owner process is gone (a killed run), with no time to wait', async () => {
    const s = await sleeper();
    const lock = lockOwnedBy('killed.lock', s.owner);
    await s.kill(); // SIGKILL: the owner never released it
    expect(ownerAlive(s.owner)).toBe(false);
    // Its deadline is now: a lock it had to wait for would fail at once.
    const release = takeLock(lock, Date.now(), 'the test lock');
    expect(readFileSync(join(lock, 'owner'), 'utf8')).toBe(`${String(process.pid)} ${startOf(process.pid)}`);
    release();
    expect(existsSync(lock)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('killed.lock'))).toEqual([]); // nothing left beside it
  });

  it('is waited for while its owner runs, and the wait in vain names the lock and its owner', async () => {
    const s = await sleeper();
    try {
      const lock = lockOwnedBy('held.lock', s.owner);
      const from = Date.now();
      expect(() => takeLock(lock, from + 600, 'the test lock')).toThrow(`waited for the test lock ${lock} until the hook's time limit, in vain: it is held by process ${s.owner.split(' ')[0]!}, still running`);
      expect(Date.now() - from).toBeGreaterThanOrEqual(600);
      expect(readFileSync(join(lock, 'owner'), 'utf8')).toBe(s.owner); // untouched
    } finally {
      await s.kill();
    }
  });

  it('a pid given again to another process is not the owner: the start time tells them apart', () => {
    expect(ownerAlive(`${String(process.pid)} ${startOf(process.pid)}`)).toBe(true);
    expect(ownerAlive(`${String(process.pid)} 1`)).toBe(startOf(process.pid) === ''); // where /proc says, not the owner
    expect(ownerAlive('')).toBe(false);
    expect(ownerAlive('not-a-pid')).toBe(false);
  });

  it("an empty folder (the lock as made before owners were written) is replaced at once; one of another make waits its 5 minutes", () => {
    const old = join(dir, 'old.lock');
    mkdirSync(old);
    takeLock(old, Date.now(), 'the test lock')();
    const odd = join(dir, 'odd.lock');
    mkdirSync(odd);
    writeFileSync(join(odd, 'something'), '');
    expect(() => takeLock(odd, Date.now(), 'the test lock')).toThrow(/in vain: it is held by process \(unknown/);
    const sixMinutesAgo = (Date.now() - 6 * 60_000) / 1000;
    utimesSync(odd, sixMinutesAgo, sixMinutesAgo);
    takeLock(odd, Date.now(), 'the test lock')();
    expect(existsSync(odd)).toBe(false);
  });
});
