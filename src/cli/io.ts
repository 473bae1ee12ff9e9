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
   * Read through the event loop (`streamAtMost`), so a signal still ends a command that waits on it.
   */
  stdin: (max: number) => Buffer | Promise<Buffer>;
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
  /**
   * A file -o names is now in place (renamed onto its name): from here on the exit code is that
   * file's (a batch's 0, 3, 4 or 5), and a write to stderr that fails no longer changes it
   * (`stdioFailure`), so that exit 74 always means no file. Only the `harbor` process keeps this.
   */
  kept?: () => void;
  /**
   * Wait until a write to stderr that failed has been answered (in the `harbor` process: the
   * stream's 'error', which ends the process with 74 and removes the temporary file), before a
   * file is put in place. Unset: nothing to wait for (a test's stderr is a function that cannot fail).
   */
  settled?: () => Promise<void>;
}

/** Whether a file -o names has been put in place by this process (processIo.kept). */
let outputKept = false;

/** See Io.kept: whether a failed write to stderr may still change the exit code. */
export function isOutputKept(): boolean {
  return outputKept;
}

export const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: (max) => streamAtMost(process.stdin, max),
  // isatty, not process.stdin.isTTY: that getter would open stdin as a stream for every command.
  stdinIsTty: isatty(0),
  stdoutIsTty: !!process.stdout.isTTY,
  stderrIsTty: !!process.stderr.isTTY,
  env: process.env,
  // Loaded only for a batch on threads, like the rest of the batch machinery.
  trimHeap: async () => (await import('../batch/heap-trim.js')).trimWhileRunning(),
  kept: () => {
    outputKept = true;
  },
  // A failed write's 'error' is emitted on a later tick (process.nextTick); setImmediate runs after those.
  settled: () => new Promise<void>((done) => setImmediate(done)),
};

/** A file name as the user gave it → the name to open (relative to `io.cwd` when one is given). */
export function at(file: string, io: Io): string {
  return io.cwd === undefined ? file : resolve(io.cwd, file);
}

/** Bytes read at a time: 64 KiB, a pipe's whole buffer on Linux. */
const CHUNK = 64 * 1024;

/**
 * Up to `max` bytes of an open file or device (`fd`), read from where it is until its end or
 * `max`, whichever comes first: never more is read or held, so `/dev/zero` costs `max` bytes
 * (readFileSync would read on until memory runs out).
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

/**
 * Up to `max` bytes of a stream (the process's stdin), until its end or `max`; then it is let go
 * (destroyed), so the rest of an endless pipe is never read (a pipe arrives in pieces of up to
 * 64 KiB: at most one piece past `max` is held, and dropped). A pipe is read through the event
 * loop, never by a blocking read: with readSync on fd 0, a pipe that never sent its end (a writer
 * that hung: `sleep 600 | harbor render rfa - -o out.pdf`) held the main thread, so the SIGTERM or
 * SIGINT handler that removes `-o`'s temporary file never ran: `timeout`'s SIGTERM and ^C did
 * nothing, or, once the writer died too, the command said "the input is empty" (exit 1). (A read
 * on libuv's thread pool would not do: the process's exit waits for it.)
 */
export function streamAtMost(stream: NodeJS.ReadableStream & { destroy(): void }, max: number): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (): void => {
      stream.off('data', onData);
      stream.off('end', finish);
      stream.off('error', onError);
      stream.destroy();
      const all = Buffer.concat(chunks, total);
      done(all.subarray(0, Math.min(total, max)));
    };
    const onData = (chunk: Buffer | string): void => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(b);
      total += b.length;
      if (total >= max) finish();
    };
    const onError = (e: Error): void => {
      stream.off('data', onData);
      stream.off('end', finish);
      stream.destroy();
      fail(e);
    };
    stream.on('data', onData);
    stream.once('end', finish);
    stream.once('error', onError);
  });
}
