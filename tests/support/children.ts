// The bound of an asynchronous child process in a test (spawn, execFile, fork): what
// tests/support/until.ts childBound() is to a synchronous one. vitest's timer fails a test that
// waits too long on a child, but leaves the child running (a harbor serve, a render waiting on a
// pipe), and the test's message is "Test timed out", naming no command; only the watchdog (20 min)
// then ended the file. Here the child is killed (SIGKILL; its process group, when it leads one)
// just before its test's time limit, and the wait on it fails naming the command.
// tests/lint/sync-children.test.ts refuses an asynchronous child in tests/ that is neither given
// to boundChild nor given a `timeout` of its own.
import type { ChildProcess } from 'node:child_process';
import { waitDeadline } from './until.js';

/** How long before its test's own wait deadline (waitDeadline) a child is killed (ms): its message comes first. */
const BEFORE_DEADLINE_MS = 1_000;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BoundOptions {
  /** Longest the child may run (ms); by default until just before its test's time limit (or a hook's 120 s). */
  ms?: number;
  /** The child leads a process group of its own (`detached: true`): the whole group is killed. */
  group?: boolean;
}

/**
 * Bound `child`: its exit, once its output is read whole ('close'). Past its bound the child (or
 * its group) is killed with SIGKILL and the promise rejects at once with `<what> (pid N) was still
 * running after N s, the bound of its test; killed`, `what` naming the command. A child that could
 * not start rejects with its error, named the same way. The promise never counts as an unhandled
 * rejection when the test does not wait on it (the child is killed all the same).
 */
export function boundChild(child: ChildProcess, what: string, o: BoundOptions = {}): Promise<Exit> {
  const ms = Math.max(0, o.ms ?? waitDeadline() - Date.now() - BEFORE_DEADLINE_MS);
  const exit = new Promise<Exit>((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        if (o.group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        /* ended meanwhile */
      }
      reject(new Error(`${what} (pid ${String(child.pid)}) was still running after ${(ms / 1000).toFixed(1)} s, the bound of its test; killed (SIGKILL)`));
    }, ms);
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`${what} could not be started or signalled: ${e.message}`));
    });
  });
  exit.catch(() => undefined);
  return exit;
}
