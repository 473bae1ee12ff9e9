// Files Harbor writes when asked (`render -o`, `batch -o`): never half-written, never readable by
// others, never through a planted link, never left behind (issue 16, defects 5 and 6).
//
// - A temporary file beside the target, renamed into place at the end (atomic on one file system).
// - Its name is unpredictable (96 random bits, not the pid) and it is created exclusively:
//   O_CREAT | O_EXCL refuses any existing path, a symbolic link included (dangling or not), and
//   O_NOFOLLOW says so again; so a link planted beside the target cannot redirect the document.
// - Mode 0600 from creation (the umask can only narrow it): the documents name children.
// - One writer per target at a time: a lock file beside it (`.<name>.harbor-lock`, created
//   exclusively, holding the writer's pid) is taken before the temporary file and released with
//   it. Two `harbor batch -o same.zip` at once both reported success while the second rename
//   silently replaced the first's archive; now the second is refused at once, naming the first.
//   A lock whose process is gone (killed with SIGKILL) is taken over.
// - Removed on every way out: an error (discard()), and SIGINT / SIGTERM / SIGHUP (a closed
//   terminal or a dropped SSH session) / SIGQUIT, which remove every live temporary file, then end
//   the process with the conventional code (128 + the signal's number: 130 / 143 / 129 / 131).
//   Render threads still running are ended in between (`onSignalStop`): process.exit() while
//   worker threads run can abort the process in Node's own teardown of them (nodejs/node#37024,
//   read through the search tool: a FATAL ERROR "Entering the V8 API without proper locking", so
//   the exit is SIGABRT's, code null, not ours). CI saw `harbor batch` end by a signal once on
//   SIGQUIT, not reproduced by hand (80 runs, 2 or 4 threads, with and without load): whatever the cause, the
//   threads are gone before process.exit() now, and the exit is always the handler's.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, createWriteStream, openSync, readFileSync, renameSync, rmSync, writeSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const MODE = 0o600;

/**
 * The longest file name, in bytes, of the file systems Harbor writes to: NAME_MAX of ext4, XFS,
 * Btrfs and tmpfs (Linux), and of APFS (macOS, 255 UTF-8 bytes). `-o` refuses a longer name
 * (src/cli/files.ts), and the files made beside a target are kept within it.
 */
export const NAME_MAX_BYTES = 255;

/**
 * The path of a file Harbor makes beside `target` (its lock, its temporary file): `.<name>.<suffix>`,
 * or, when that would pass NAME_MAX_BYTES, the name cut to fit and tagged with 16 hex digits of the
 * SHA-256 of the whole name: `.<cut>~<tag>.<suffix>`. Before, `.<name>.harbor-lock` was 13 bytes
 * longer than the target's name, so a name of 243 to 255 bytes, which the file system takes, was
 * refused ENAMETOOLONG after the document was made. The same target always gets the same lock
 * (every writer finds it); names that differ past the cut get different ones.
 */
function besideTarget(target: string, suffix: string): string {
  const name = basename(target);
  const whole = `.${name}.${suffix}`;
  if (Buffer.byteLength(whole) <= NAME_MAX_BYTES) return join(dirname(target), whole);
  const tag = `~${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
  let room = NAME_MAX_BYTES - Buffer.byteLength(`.${tag}.${suffix}`);
  let cut = '';
  for (const ch of name) {
    room -= Buffer.byteLength(ch);
    if (room < 0) break;
    cut += ch;
  }
  return join(dirname(target), `.${cut}${tag}.${suffix}`);
}
/**
 * The longest path of the files made beside `target` (its temporary file's: `.<name>.<24 hex>.tmp`,
 * 30 bytes longer than the target's own path, or its name cut to NAME_MAX_BYTES), in UTF-8 bytes:
 * `-o` refuses a target whose beside-files would pass the kernel's PATH_MAX (src/cli/files.ts).
 */
export function longestBesidePathBytes(target: string): number {
  return Buffer.byteLength(besideTarget(target, `${'0'.repeat(24)}.tmp`));
}
const FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** Temporary files not yet renamed or removed, by path. */
const live = new Set<string>();

/**
 * What the signal handler prints before it exits (the command's own words) when it removed a live
 * file; `threadsEnded`: whether what `onSignalStop` registered ended in time (undefined: none was).
 */
let onSignalMessage: ((signal: NodeJS.Signals, threadsEnded?: boolean) => void) | undefined;

function removeLive(): void {
  for (const p of live) rmSync(p, { force: true });
  live.clear();
}

/** What must end before the process exits on a signal (a batch's render threads), by registration. */
const stoppers = new Set<() => Promise<unknown>>();

/**
 * Most time the handler gives `stoppers` before it exits all the same, in ms. Ending a thread
 * stops its JavaScript at once (V8's TerminateExecution), but tearing its heap down takes longer:
 * measured on the shared 2-core machine, `--workers 4` mid-batch, 0.95–1.5 s from SIGQUIT to the
 * threads' end (and 2.3–3.1 s from SIGQUIT to the exit when process.exit() ended them itself,
 * before). Ten times that is room for a loaded CI machine; a second signal does not wait.
 */
export const STOP_THREADS_MS = 10_000;

let stopping = false;

/**
 * Have `stop` run (and be waited for, at most STOP_THREADS_MS) when a signal ends the process,
 * after the live temporary files are removed and before process.exit(); returns its removal.
 * `harbor batch` registers its pool's stop of the batch and end of its threads here.
 */
export function onSignalStop(stop: () => Promise<unknown>): () => void {
  installHandlers();
  stoppers.add(stop);
  return () => stoppers.delete(stop);
}

/**
 * Whether a signal is ending the process: the command's own flow, which goes on meanwhile (its
 * jobs fail as their threads end, its archive's rename fails: the file is gone), must then say
 * nothing and decide nothing, so that the handler's message and code are the only ones
 * (`untilSignalExit`).
 */
export function signalled(): boolean {
  return stopping;
}

/** Never settles: what a command awaits once `signalled()`, while the handler ends the process. */
export function untilSignalExit(): Promise<never> {
  return new Promise<never>(() => {});
}

let installed = false;
function installHandlers(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGQUIT', 131],
  ] as const) {
    process.on(signal, () => {
      // A second signal while the threads end (an impatient ^C): out at once; the files are gone.
      if (stopping) process.exit(code);
      stopping = true;
      // The partial archive first, synchronously: whatever happens next, no document stays on disk.
      const had = live.size > 0;
      removeLive();
      if (stoppers.size === 0) {
        if (had) onSignalMessage?.(signal);
        process.exit(code);
      }
      // Then the threads, then the message (which says whether they ended), then the exit. The
      // timer holds the event loop open meanwhile (the command's own flow waits on
      // `untilSignalExit`, which holds nothing).
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), STOP_THREADS_MS)));
      const ended = Promise.allSettled([...stoppers].map((stop) => Promise.resolve().then(stop))).then(() => true);
      Promise.race([ended, bound])
        .then((threadsEnded) => {
          clearTimeout(timer);
          if (had) onSignalMessage?.(signal, threadsEnded);
          process.exit(code);
        })
        // The message could not be written (stderr gone): the exit is still this code.
        .catch(() => process.exit(code));
    });
  }
  // Any other way out (an uncaught error) still removes them.
  process.on('exit', removeLive);
}

/** Remove a lock this process holds (safe to call twice). */
function release(lock: string): void {
  if (!live.has(lock)) return;
  rmSync(lock, { force: true });
  live.delete(lock);
}

/** Open `path` for writing: created now, by us, mode 0600; refuses anything already there. */
export function openExclusive(path: string): number {
  return openSync(path, FLAGS, MODE);
}

export interface TempFile {
  /** The temporary file's path (beside the target). */
  readonly path: string;
  /** A write stream on the file (opened once, exclusively). */
  stream(): WriteStream;
  /** Write all of `bytes` (for a document made in memory). */
  write(bytes: Uint8Array): void;
  /** Close (when written with write()) and rename onto the target. */
  commit(): void;
  /** Remove the temporary file (safe to call twice, or after commit). */
  discard(): void;
}

/** Whether process `pid` is alive (signal 0 checks without sending; EPERM: alive, not ours). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Another process writes the target now: the caller's refusal names it and its pid. */
export class TargetBusy extends Error {
  constructor(readonly pid: number) {
    super(`another harbor (pid ${String(pid)}) is writing it now`);
  }
}

/**
 * Take the lock of `target` (a file beside it, made exclusively, holding this pid), or throw
 * TargetBusy when a live process holds it. A lock left by a process that is gone is taken over.
 */
function lockFor(target: string): string {
  const lock = besideTarget(target, 'harbor-lock');
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openExclusive(lock);
      live.add(lock);
      try {
        writeSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      return lock;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw e;
      let pid = NaN;
      try {
        pid = Number(readFileSync(lock, 'utf8'));
      } catch {
        // gone meanwhile, or unreadable: try once more
      }
      // This process's own pid, in a lock it does not hold (`live`), is a lock left by another
      // process that had the same pid: a harbor killed outright in a container, where the command
      // is PID 1 run after run (or a pid reused since). Alive, since it is us; stale all the same.
      // Before, every later run in such a container was refused, naming itself as the writer.
      const stale = pid === process.pid && !live.has(lock);
      if (Number.isInteger(pid) && pid > 0 && !stale && alive(pid)) throw new TargetBusy(pid);
      rmSync(lock, { force: true });
    }
  }
}

/**
 * A temporary file for `target`, created exclusively beside it, under the target's lock (one
 * writer at a time; TargetBusy when another live process holds it). Until commit() or discard(), a
 * SIGINT, SIGTERM, SIGHUP or SIGQUIT removes it and ends the process; `onSignal` says so on stderr first.
 */
export function tempFileFor(target: string, onSignal?: (signal: NodeJS.Signals, threadsEnded?: boolean) => void): TempFile {
  installHandlers();
  if (onSignal) onSignalMessage = onSignal;
  const lock = lockFor(target);
  const path = besideTarget(target, `${randomBytes(12).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openExclusive(path);
  } catch (e) {
    release(lock);
    throw e;
  }
  live.add(path);
  let fdOpen = true;
  const closeFd = (): void => {
    if (fdOpen) closeSync(fd);
    fdOpen = false;
  };
  return {
    path,
    stream: () => {
      fdOpen = false; // the stream owns and closes it
      return createWriteStream(path, { fd, autoClose: true });
    },
    write: (bytes) => {
      let off = 0;
      while (off < bytes.byteLength) off += writeSync(fd, bytes, off);
    },
    commit: () => {
      closeFd();
      renameSync(path, target);
      live.delete(path);
      release(lock);
    },
    discard: () => {
      try {
        closeFd();
      } catch {
        // already closed by its stream
      }
      rmSync(path, { force: true });
      live.delete(path);
      release(lock);
    },
  };
}
