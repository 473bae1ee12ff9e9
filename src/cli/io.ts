// What the `harbor` CLI reads and writes (README.md §CLI): the process's streams, or a test's
// (tests/support/cli.ts), and the folder its file names are relative to.
import { readSync } from 'node:fs';
import { resolve } from 'node:path';
import { isatty } from 'node:tty';
import type { StopTrim } from '../batch/heap-trim.js';

/** What the CLI reads and writes: the process's streams, or a test's. The exit code is main's result. */
export interface Io {
  stdout: (s: string | Uint8Array) => void;
  stderr: (s: string) => void;
  /**
   * What is piped in, read up to `max` bytes and no further (a result of `max` bytes may have more
   * behind it, left unread): a case past its limit costs the limit, never all of an endless pipe.
   */
  stdin: (max: number) => Buffer;
  /** Whether stdin is a terminal: then nothing is piped to "-", and reading it would wait for typing. Unset: no. */
  stdinIsTty?: boolean;
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  env: NodeJS.ProcessEnv;
  /** Folder that relative file names are relative to (default: the process's). */
  cwd?: string;
  /**
   * `harbor batch` on render threads: starts giving this thread's young generation back and
   * returns how to stop. Only the `harbor` process itself does (`processIo`: its main thread only
   * coordinates, and holds little code for the collection to drop: src/batch/heap-trim.ts); `main`
   * called inside another program does not unless asked, since each trim throws away the
   * compiled code of everything that program runs (in a test process: 6 records in 31 s, not 3).
   */
  trimHeap?: () => Promise<StopTrim>;
}

export const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: (max) => readAtMost(0, max),
  // isatty, not process.stdin.isTTY: that getter would open stdin as a stream for every command.
  stdinIsTty: isatty(0),
  stdoutIsTty: !!process.stdout.isTTY,
  stderrIsTty: !!process.stderr.isTTY,
  env: process.env,
  // Loaded only for a batch on threads, like the rest of the batch machinery.
  trimHeap: async () => (await import('../batch/heap-trim.js')).trimWhileRunning(),
};

/** A file name as the user gave it → the name to open (relative to `io.cwd` when one is given). */
export function at(file: string, io: Io): string {
  return io.cwd === undefined ? file : resolve(io.cwd, file);
}

/** Bytes read at a time: 64 KiB, a pipe's whole buffer on Linux. */
const CHUNK = 64 * 1024;

/**
 * Up to `max` bytes of an open file, pipe or device (`fd`), read from where it is until its end or
 * `max`, whichever comes first: never more is read or held, so `/dev/zero` or an endless pipe
 * costs `max` bytes (readFileSync would read on until memory runs out).
 */
export function readAtMost(fd: number, max: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < max) {
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, max - total));
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}
