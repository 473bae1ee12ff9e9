// A lock folder that one test process at a time holds while it builds (the web app's build for the
// browser tests, tests/web/support/browser.ts): its owner is written in it, so that a lock left by
// a run that was killed is taken over at once. Before 2026-12-07 it was taken over only 5 minutes
// after it was made, and every browser test file of the next run failed its hooks until then
// (each waits at most its hook's time, 120 s).
//
// The lock is made whole: a folder of its own (named for this process) with the owner file in it,
// renamed to the lock's name, which fails while a lock (a folder with its owner file) is there. A
// lock never exists without its owner, so a reader never sees one half made. An empty folder, the
// lock as it was made before (mkdir alone), is replaced by that rename at once (POSIX rename
// replaces an empty folder): its owner is unknown, and no code makes one now. A lock without an
// owner file but not empty is no lock this code or the older made: taken over 5 minutes after it
// was made, as every lock was before.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The file in a lock folder naming its owner: `<pid> <start>` (start: see `startOf`). */
const OWNER = 'owner';
/** How old a lock without an owner file must be (ms) before it is taken over: its owner cannot be checked. */
export const UNOWNED_LOCK_MS = 5 * 60_000;
/** How long the waiter sleeps between looks at a lock held by a live process (ms). */
const POLL_MS = 200;

/**
 * When process `pid` started, as Linux counts it (field 22 of /proc/<pid>/stat, clock ticks since
 * boot), or '' where there is no /proc: with the pid, it names one process, so a pid the system
 * gave again to another process after the owner died is not taken for the owner.
 */
export function startOf(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    // The command's name (field 2, in parentheses) may hold spaces and parentheses: count after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

/** Whether the process an owner file names (`<pid> <start>`) is still running. */
export function ownerAlive(owner: string): boolean {
  const [pidText, start = ''] = owner.trim().split(' ');
  const pid = Number(pidText);
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0); // signal 0: only whether the process exists (EPERM: it does, another user's)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The pid is in use: by the owner only if it started when the owner did (where that is known).
  return start === '' || startOf(pid) === '' || startOf(pid) === start;
}

/** Holds this process for `ms` milliseconds (the callers are synchronous hooks). */
const pause = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The owner file's text of a lock, or undefined when it has none (or the lock is gone). */
function ownerOf(lock: string): string | undefined {
  try {
    return readFileSync(join(lock, OWNER), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Make `lock` this process's, waiting while a live process holds it, until `end` (ms since the
 * epoch; the caller's hook's own bound, since this loop blocks the event loop and vitest's timers
 * with it). A lock whose owner is gone is taken over at once; `what` names the lock in the error
 * of a wait in vain. Returns the function that releases it.
 */
export function takeLock(lock: string, end: number, what: string): () => void {
  mkdirSync(dirname(lock), { recursive: true });
  const mine = `${lock}.${String(process.pid)}`;
  const owner = `${String(process.pid)} ${startOf(process.pid)}`;
  for (;;) {
    rmSync(mine, { recursive: true, force: true });
    mkdirSync(mine);
    writeFileSync(join(mine, OWNER), owner);
    try {
      renameSync(mine, lock); // fails (ENOTEMPTY or EEXIST) while a lock is there
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (e) {
      rmSync(mine, { recursive: true, force: true });
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
    }
    const held = ownerOf(lock);
    let stale = held !== undefined && !ownerAlive(held);
    if (held === undefined) {
      try {
        stale = Date.now() - statSync(lock).mtimeMs > UNOWNED_LOCK_MS;
      } catch {
        continue; // released meanwhile: try again at once
      }
    }
    if (stale) {
      takeOver(lock, held);
      continue;
    }
    if (Date.now() >= end) {
      throw new Error(`waited for ${what} ${lock} until the hook's time limit, in vain: it is held by process ${held?.trim().split(' ')[0] ?? '(unknown, a lock made before owners were written; taken over 5 minutes after it was made)'}, still running`);
    }
    pause(POLL_MS);
  }
}

/**
 * Remove a lock found stale (its owner `held`), unless another waiter took it over first and made
 * it its own: the lock is moved aside (one rename, which only one waiter wins) and its owner read
 * again; a live lock moved by mistake is put back.
 */
function takeOver(lock: string, held: string | undefined): void {
  const aside = `${lock}.stale.${String(process.pid)}`;
  rmSync(aside, { recursive: true, force: true });
  try {
    renameSync(lock, aside);
  } catch {
    return; // gone meanwhile (another waiter moved it): try again
  }
  if (ownerOf(aside) === held) rmSync(aside, { recursive: true, force: true });
  else {
    // Another waiter's new lock, made between our look and our move: its own again.
    try {
      renameSync(aside, lock);
    } catch {
      rmSync(aside, { recursive: true, force: true });
    }
  }
}
