// Excel workbooks are read outside the main thread, in a process of their own (docs/batch.md
// §Workbooks): exceljs parses a whole workbook in one go, and an honest 213 KB workbook
// whose sheet is padded with 200 MB of whitespace held the HTTP service's event loop for seconds
// and added ~480 MB to its RSS. Each workbook is read by a Node process started for it
// (./xlsx-task.ts) and ended once it has answered, so whatever exceljs made of the workbook goes
// back to the system with it:
//
// - a memory limit: the process's V8 heap is capped (old and young generation); a workbook that
//   needs more ends that process (never this one) and is refused, naming the limit;
// - a time limit, counted from when the process has loaded: past it the process is killed and
//   the workbook refused, naming the limit;
// - the caller's AbortSignal (a client that hung up) kills the process, or takes the workbook
//   out of the queue;
// - at most `concurrency` workbooks are read at once and `maxQueue` more wait for their turn (in
//   order); one more is refused with `busy` (503 and Retry-After over HTTP, as when the render
//   queue is full).
//
// Why a process and not a worker thread: a thread's heap limit (worker_threads' resourceLimits)
// is kept only as far as V8 can stop the thread in time. A workbook that reaches it can abort the
// whole process instead ("FATAL ERROR: Reached heap limit", nodejs/node#47224, open; measured
// here with an honest 10,000-row workbook and a 64 MB cap), and a hostile workbook chooses how it
// allocates. A child process that runs out of memory ends alone. Nor is it a job of the render
// pool (src/workers/pool.ts): a parse cannot be stopped at a checkpoint (exceljs has none), so a
// time limit would cost the pool a thread, whose heap limit is sized for renders.
import { duration, figure } from '../domain/format.js';
import { fork, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { HarborError, describeBug } from '../errors.js';
import { threadModule } from '../workers/thread-file.js';
import { bugError, fromWire, type WireError } from '../workers/wire.js';
import type { BatchRecord, RecordSource } from './input.js';
import type { WorkbookMessage, WorkbookTaskData } from './xlsx-task.js';

/** The limits of one workbook's parse process. */
export interface WorkbookLimits {
  /** Largest old generation of the process's V8 heap, in MB (where exceljs keeps the workbook). */
  oldGenerationMb: number;
  /** Largest semi-space of its young generation (new objects), in MB; V8's default on 64-bit is 16. */
  semiSpaceMb: number;
  /** Longest a parse may take, in ms, counted from when its process has loaded. */
  timeoutMs: number;
}

/** The limits when none are given: the measurements behind them are in docs/batch.md §Workbooks. */
export const WORKBOOK_LIMITS: WorkbookLimits = {
  oldGenerationMb: 512,
  semiSpaceMb: 16,
  timeoutMs: 120_000,
};

/**
 * Workbooks read at once, and workbooks that may wait for their turn, when not given. A memory
 * bound (each process up to its heap limit), kept apart from HARBOR_MAX_BATCHES on purpose: under
 * that cap's default (2, one workbook per batch) none ever waits, and raising the cap to let more
 * batches render must not let more workbooks be read at once (docs/batch.md §Workbooks).
 */
export const WORKBOOK_CONCURRENCY = 2;
export const WORKBOOK_QUEUE = 4;

export interface WorkbookParserOptions {
  limits?: Partial<WorkbookLimits>;
  /** Workbooks read at once (processes); default WORKBOOK_CONCURRENCY. */
  concurrency?: number;
  /** Workbooks that may wait for a process; one more is refused with `busy`. Default WORKBOOK_QUEUE. */
  maxQueue?: number;
  /** Niceness of the processes (0–19): `harbor serve` gives its render threads' (HARBOR_RENDER_NICE). */
  nice?: number;
}

/** What the parser is doing now and has done (for tests). */
export interface WorkbookParserStats {
  /** Parse processes alive now (started and not yet exited), and workbooks waiting for one. */
  running: number;
  queued: number;
  /** Processes that loaded and began a parse, since made. */
  started: number;
  /** Processes killed before they answered: past the time limit, or their caller gone. */
  stopped: number;
  /** Processes ended by the memory limit. */
  outOfMemory: number;
}

export interface WorkbookParser {
  /**
   * The records of a workbook (its bytes, or the chunks they came in), read in a process of its
   * own; at most `maxRecords` (`maxRecordsNote`: what sets it, src/batch/input.ts). Rejects with the HarborError the reading gives (malformed-input,
   * payload-too-large), with malformed-input past the memory or time limit, with `busy` when the
   * queue is full, or with the signal's reason.
   */
  parse(bytes: Uint8Array | readonly Uint8Array[], maxRecords: number, schema: unknown, opts?: { signal?: AbortSignal; maxRecordsNote?: string; maxRecordChars?: number }): Promise<RecordSource>;
  stats(): WorkbookParserStats;
}

let taskFile: URL | undefined;
/** The module a parse process runs (src/workers/thread-file.ts), found on first use. */
const taskModule = (): URL => (taskFile ??= threadModule(import.meta.url, 'xlsx-task.js', new URL('./xlsx-task.mjs', import.meta.url)));

/** The bytes as one Uint8Array (the chunks an HTTP body came in are joined once, here). */
function joined(bytes: Uint8Array | readonly Uint8Array[]): Uint8Array {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes.length === 1) return bytes[0]!;
  return Buffer.concat(bytes);
}

function malformed(message: string): HarborError {
  return new HarborError('malformed-input', message, [{ path: '', code: 'malformed-input', message }]);
}

const SPLIT_ADVICE = 'split its rows into smaller workbooks, or send them as CSV';


/**
 * What V8 writes to stderr when a heap limit is reached ("FATAL ERROR: Reached heap limit
 * Allocation failed - JavaScript heap out of memory", "… invalid size error"): only matched,
 * never kept or logged.
 */
const OUT_OF_MEMORY = /heap out of memory|Allocation failed|Fatal JavaScript invalid (?:size|array length)/i;

/** The end of a process's stderr kept to look for OUT_OF_MEMORY, in characters. */
const STDERR_TAIL = 4096;

function failure(w: WireError): HarborError {
  // A HarborError of the reading comes back as itself; a bug only as its name and frames.
  if (w.harbor) return fromWire(w);
  return new HarborError('internal', 'Reading the workbook failed', [], { cause: bugError(w.bug) });
}

export function createWorkbookParser(o: WorkbookParserOptions = {}): WorkbookParser {
  const limits: WorkbookLimits = { ...WORKBOOK_LIMITS, ...o.limits };
  const concurrency = o.concurrency ?? WORKBOOK_CONCURRENCY;
  const maxQueue = o.maxQueue ?? WORKBOOK_QUEUE;
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) throw new RangeError('createWorkbookParser: concurrency must be an integer ≥ 1');
  let running = 0;
  let started = 0;
  let stopped = 0;
  let outOfMemory = 0;
  /** Workbooks waiting for a process, in order: each is started when a process before it exits. */
  const waiting: (() => void)[] = [];

  /** A process for the caller: at once, after those waiting before it, or `busy`. */
  function admit(signal: AbortSignal | undefined): Promise<void> {
    if (running < concurrency && waiting.length === 0) {
      running++;
      return Promise.resolve();
    }
    if (waiting.length >= maxQueue) {
      const reading = concurrency === 1 ? '1 workbook is' : `${figure(concurrency)} workbooks are`;
      return Promise.reject(new HarborError('busy', `${reading} being read and ${figure(maxQueue)} more wait; retry in a moment`));
    }
    return new Promise<void>((resolve, reject) => {
      const go = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = (): void => {
        const at = waiting.indexOf(go);
        if (at >= 0) waiting.splice(at, 1);
        reject(signal!.reason as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(go);
    });
  }

  /** A process has exited: its place goes to the first workbook waiting, if any. */
  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }

  function run(data: WorkbookTaskData, signal: AbortSignal | undefined): Promise<RecordSource> {
    return new Promise<RecordSource>((resolve, reject) => {
      let child: ChildProcess;
      try {
        child = fork(taskModule(), [], {
          // Not this process's flags (a test runner's loaders, --max-old-space-size): the limits.
          execArgv: [`--max-old-space-size=${String(limits.oldGenerationMb)}`, `--max-semi-space-size=${String(limits.semiSpaceMb)}`],
          serialization: 'advanced', // structured clone: Uint8Array, Set (a record's emptyCells)
          stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        });
      } catch (e) {
        release();
        reject(new HarborError('internal', 'The workbook reading process could not start', [], { cause: bugError(describeBug(e)) }));
        return;
      }
      if (o.nice && child.pid !== undefined) {
        try {
          setPriority(child.pid, o.nice);
        } catch {
          // A platform or sandbox that refuses: the process keeps this one's priority.
        }
      }
      let stderr = '';
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (s: string) => (stderr = (stderr + s).slice(-STDERR_TAIL)));
      const records: BatchRecord[] = [];
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      // The answer (or why not); the process is ended either way, so its memory goes back now.
      const settle = (e: unknown, value?: RecordSource): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        child.kill('SIGKILL');
        if (e === undefined) resolve(value!);
        else reject(e as Error);
      };
      const onAbort = (): void => {
        if (!settled) stopped++;
        settle(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      child.on('message', (m: WorkbookMessage) => {
        if (settled) return; // what a process killed a moment ago had already sent
        switch (m.type) {
          case 'started':
            started++;
            timer = setTimeout(() => {
              if (!settled) stopped++;
              settle(malformed(`The workbook took longer than the time limit of ${duration(limits.timeoutMs)} to read (one workbook's limit); ${SPLIT_ADVICE}`));
            }, limits.timeoutMs);
            child.send(data, (e) => {
              if (e) settle(new HarborError('internal', 'The workbook could not be sent to its reading process', [], { cause: bugError(describeBug(e)) }));
            });
            break;
          case 'records':
            for (const r of m.records) records.push(r);
            break;
          case 'done':
            settle(undefined, { total: m.total, records });
            break;
          case 'failed':
            settle(failure(m.error));
            break;
        }
      });
      // A process that could not be started (no `node`, no memory): its error by name and frames.
      // Its place is given back once, when it has exited (or never started: no 'close' may follow).
      let freed = false;
      const free = (): void => {
        if (freed) return;
        freed = true;
        release();
      };
      child.on('error', (e) => {
        settle(new HarborError('internal', 'The workbook reading process failed', [], { cause: bugError(describeBug(e)) }));
        if (child.pid === undefined) free();
      });
      child.once('close', () => {
        if (!settled && OUT_OF_MEMORY.test(stderr)) {
          outOfMemory++;
          settle(malformed(`The workbook needs more than the memory limit of ${figure(limits.oldGenerationMb)} MB to read (one workbook's limit); ${SPLIT_ADVICE}`));
        }
        settle(new HarborError('internal', 'The workbook reading process ended without an answer'));
        free();
      });
    });
  }

  return {
    async parse(bytes, maxRecords, schema, opts) {
      const signal = opts?.signal;
      if (signal?.aborted) throw signal.reason as Error;
      await admit(signal);
      let data: WorkbookTaskData;
      try {
        data = { bytes: joined(bytes), maxRecords, maxRecordsNote: opts?.maxRecordsNote, maxRecordChars: opts?.maxRecordChars, schema };
      } catch (e) {
        release();
        throw e;
      }
      return run(data, signal);
    },
    stats: () => ({ running, queued: waiting.length, started, stopped, outOfMemory }),
  };
}

let shared: WorkbookParser | undefined;

/** The process's parser when the caller has none of its own (`harbor batch`): the defaults. */
export function defaultWorkbookParser(): WorkbookParser {
  return (shared ??= createWorkbookParser());
}
