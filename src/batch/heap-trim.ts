// Gives the young generation of `harbor batch`'s own thread back to the system during a long batch
// (issue 18: 10,000 records with the peak of 1,000).
//
// Why: V8 grows an isolate's young generation (two semi-spaces, up to 16 MB each on 64-bit)
// whenever the bytes that survived scavenges since its last growth exceed its capacity, and
// shrinks it only in a memory-reducing collection, or when allocation falls below ~1 KB/ms, which a
// batch never does (Heap::ReduceNewSpaceSize in V8's heap.cc). The batch's main thread reads the
// input, hands records to the render threads and writes the archive: the records in flight survive
// a scavenge or two, so within seconds its young generation is 32 MB committed with 1-2 MB in use.
// Node caps a young generation only for a worker (`resourceLimits`) or on its command line
// (`--max-semi-space-size`, which would cap the render threads too, and costs them ~30 % of their
// speed). A memory-reducing collection gives it back: the inspector's `HeapProfiler.collectGarbage`
// (V8's Isolate::LowMemoryNotification), the one way to ask for it from JavaScript. The session is
// in-process (`Session.connect`): no debugging port is opened, and nothing is read from the heap.
//
// Only for a thread that does not render: the same collection throws away compiled code, which the
// main thread barely has and a render thread lives on (bench/ANALYSIS.md: a render thread's next
// renders 2-5× slower). Never in `harbor serve`, whose main thread answers requests: a trim is two
// full collections (V8's minimum for it) and holds the thread 25-60 ms, the first ~150 ms
// (`--trace-gc` of a 1,000-record batch).
//
// Only the `harbor` process trims (src/cli/io.ts, `processIo`): in a process full of other code (a
// test runner calling `main`) each collection also drops that code's compiled form, and the
// recompiling made a 6-record batch take 31 s instead of 3. Trims are also kept to ~5 % of the
// thread's time (TRIM_BUDGET_FACTOR below).
//
// Measured (one-year restitution worksheets, interleaved with and without, trim every second):
// 1,000 records peak 254-262 MB against 273-292 (four pairs), 10,000 records 273-274 MB against
// 300-305 (two pairs); wall time the same within the host's spread, the same archives.
// A trim only of a young generation past TRIM_ABOVE_MB (below): `--trace-gc` of 200-record batches
// on a loaded host, two alternating pairs, the main thread's full collections 11 and 13 → 8 and 8,
// of them memory-reducing 6 and 8 → 2 and 2; peak RSS 224-227 MB → 224-231 MB.

import { getHeapSpaceStatistics } from 'node:v8';

/** How often the batch's main thread looks at its young generation, and gives it back (ms), at most. */
export const TRIM_EVERY_MS = 1000;

/**
 * A trim only when the young generation has more than this committed (MB): below it there is at
 * most ~3 MB to give back (a trim leaves 1 MB, V8's smallest), and a trim always costs two full
 * collections, after which V8 sets the old generation's limit close to its live objects, so 1–2
 * more full collections follow within seconds (`--trace-gc` of a 200-record batch: 11 full
 * collections of the main thread, one trim of the three at 1 MB committed, one at 5).
 */
export const TRIM_ABOVE_MB = 4;

/** The young generation of this thread as committed, in MB (V8's new space). */
export function youngGenerationMb(): number {
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'new_space') return s.space_size / 2 ** 20;
  return 0;
}

/**
 * The next trim waits at least this many times as long as the last one took, so that trimming
 * holds the thread at most ~5 % of the time whatever its heap (a large heap, a loaded machine).
 */
export const TRIM_BUDGET_FACTOR = 20;

/** Stops the trimming; the session is closed. Safe to call more than once. */
export type StopTrim = () => void;

/** Memory-reducing collections of this thread, through one inspector session. */
export interface Trimmer {
  /** One collection now (none while one runs, none once closed); `done` when it is over. */
  trim(done?: () => void): void;
  /** Close the session (safe with a collection pending, and more than once). */
  close(): void;
}

/**
 * A trimmer on this thread; undefined where Node was built without the inspector (then nothing is
 * trimmed: a batch just keeps its peak).
 */
export async function heapTrimmer(): Promise<Trimmer | undefined> {
  let session: import('node:inspector').Session;
  try {
    const { Session } = await import('node:inspector');
    session = new Session();
    session.connect();
  } catch {
    return undefined; // ERR_INSPECTOR_NOT_AVAILABLE: a Node built without it
  }
  let running = false;
  let closed = false;
  return {
    trim(done) {
      // One at a time: the collection runs as a task of this thread, after what is queued.
      if (running || closed) return;
      running = true;
      session.post('HeapProfiler.collectGarbage', () => {
        running = false;
        done?.();
      });
    },
    close() {
      if (closed) return;
      closed = true;
      session.disconnect();
    },
  };
}

/**
 * Trim this thread until stopped: every `everyMs` it looks at its young generation (`youngMb`) and
 * trims when that is above TRIM_ABOVE_MB; after a trim the next look waits `everyMs` or
 * TRIM_BUDGET_FACTOR times the trim's duration, whichever is longer. The timer never keeps the
 * process alive. `trimmer`: this thread's (`heapTrimmer()`) unless given.
 */
export async function trimWhileRunning(everyMs = TRIM_EVERY_MS, trimmer?: Trimmer, youngMb: () => number = youngGenerationMb): Promise<StopTrim> {
  const t = trimmer ?? (await heapTrimmer());
  if (!t) return () => {};
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (ms: number): void => {
    timer = setTimeout(run, ms);
    timer.unref();
  };
  function run(): void {
    if (youngMb() <= TRIM_ABOVE_MB) {
      schedule(everyMs);
      return;
    }
    const began = performance.now();
    t!.trim(() => {
      if (!stopped) schedule(Math.max(everyMs, (performance.now() - began) * TRIM_BUDGET_FACTOR));
    });
  }
  schedule(everyMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
    t.close();
  };
}
