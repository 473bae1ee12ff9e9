// A pool of render threads (piscina), behind the Renderer seam (./renderer.ts). Used by `harbor
// serve` and by batches: rendering is CPU-bound, so it runs beside the event loop, on as many
// threads as asked, with a bounded queue (`busy` beyond it), a time limit per document
// (`render-timeout`) and cancellation by AbortSignal (a client that hung up).
//
// Stopping is cooperative (src/checkpoint.ts): on a time limit or an abort the caller is told at
// once, and the render is asked to stop through shared memory; it stops at its next checkpoint
// (between stages, blocks and pages) and its thread goes on to the next job. Only a render that
// has not stopped `stopGraceMs` later (a bug looping with no checkpoint) has its thread
// terminated, by us and not by piscina's abort: piscina would start the replacement while the old
// thread is still being torn down, and on Node 20 that race can crash the whole process
// (nodejs/node#56312); terminated here, piscina replaces the thread only after its 'exit'.
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { duration } from '../domain/format.js';
import { startIcu } from '../domain/icu.js';
import { HarborError, describeBug } from '../errors.js';
import type { PoolWorkerData, TaskData } from './render-task.js';
import { withRecordId, type CheckAnswer, type CheckJob, type JobOptions, type Rendered, type RenderJob, type Renderer } from './renderer.js';
import { renderThreadLimits } from './settings.js';
import { readSharedFaces } from '../render/pdf/shared-faces.js';
import { threadModule } from './thread-file.js';
import { bugError, fromWire, type WireResult } from './wire.js';

export interface RenderPoolOptions {
  /** Render threads (at least 1; rendering on the calling thread is `inlineRenderer`). */
  threads: number;
  /** Override templates folder (HARBOR_TEMPLATES), in front of the shipped ones. */
  templatesDir?: string;
  /** Time limit of one document in ms, counted from when a thread starts it (not while queued). */
  timeoutMs: number;
  /** Jobs that may wait for a thread; one more is refused with `busy`. */
  maxQueue: number;
  /**
   * Most jobs of the `batch` lane in the pool at once (running or queued, all batches together);
   * one more is refused with `busy` (the batch runner offers it again). Default: no share of its
   * own (threads + maxQueue, as any job). `harbor serve` keeps it well under threads + maxQueue,
   * so the rest of the queue is always free for single requests, and one of those waits behind
   * at most this many batch jobs (docs/http.md §Batches).
   */
  batchSlots?: number;
  /**
   * How long a render asked to stop (time limit, hang-up) may take to reach a checkpoint before
   * its thread is terminated, in ms. Checkpoints come well under a second apart in every document
   * measured; this is the backstop for a bug. Default 5000.
   */
  stopGraceMs?: number;
  /**
   * Niceness of the threads, 0 (the default: as the main thread) to 19. `harbor serve` gives
   * RENDER_THREAD_NICE (./settings.ts) so that its main thread, which answers every request, is
   * scheduled first; a batch on the command line has no such thread to protect.
   */
  nice?: number;
  /**
   * V8 heap limits of each thread (worker_threads' resourceLimits); default: `renderThreadLimits()`
   * (./settings.ts), an old generation of at most 1.5 GB, which no render comes near but which
   * keeps V8 from growing a thread's heap to 4× its live objects between full collections, and a
   * young generation of 12 MB (8 MB of new space committed, a quarter of what V8 grows it to; measurements there). Measured earlier
   * (issue 18 target 2; one thread, every kind's example to PDF and DOCX, then three more rounds;
   * RSS above the process, before harbor's --no-allocation-site-pretenuring): maxYoungGenerationSizeMb
   * 4 or 8 only moved the growth later, for ~8 % more CPU, and maxOldGenerationSizeMb 128 cost ~26 %
   * more CPU.
   */
  resourceLimits?: ResourceLimits;
  /**
   * Kind ids each thread loads as soon as it starts, then the render pipeline, so that the first
   * job does not wait for them (a batch: its kind, loaded while the main thread reads and counts
   * the records). Default: none; a thread loads a kind with its first job of that kind, and the
   * pipeline with its first render (./render-task.ts).
   */
  preload?: readonly string[];
  /**
   * Each thread keeps the PDF font programs it made for the next render (../render/pdf/face-programs.ts):
   * only for a pool that renders for one caller and ends with its work (`harbor batch`). Default: off.
   */
  keepFacePrograms?: boolean;
}

/** What the pool is doing now (for health checks, progress and tests). */
export interface RenderPoolStats {
  threads: number;
  /** Jobs waiting for a thread. */
  queued: number;
  /** Renders going on in a live thread now (one asked to stop counts until it has stopped). */
  running: number;
  /**
   * Renders started by the threads since the pool was made, and how they ended: finished (a
   * document or an error of the case), or stopped at a checkpoint when asked. A render whose
   * thread was terminated counts in neither; a job asked to stop while queued never starts.
   */
  started: number;
  finished: number;
  stopped: number;
  /** Threads terminated because a render did not stop when asked (the backstop), since made. */
  terminated: number;
  /** Threads that failed outside a task (could not start), since the pool was made. */
  threadErrors: number;
}

/**
 * A pool's job options: a `timeoutMs` of the job's own (ms) replaces the pool's for that job, so
 * a test can give one job a short limit without holding every other job of the pool to it.
 */
export interface PoolJobOptions extends JobOptions {
  timeoutMs?: number;
}

export interface RenderPool extends Renderer {
  render(job: RenderJob, opts?: PoolJobOptions): Promise<Rendered>;
  stats(): RenderPoolStats;
  /**
   * End every thread now (jobs in flight and queued fail): for a process about to exit on a
   * signal (src/batch/outfile.ts), since process.exit() while render threads still run can abort
   * the whole process in Node's teardown of them (nodejs/node#37024: "Entering the V8 API without
   * proper locking", the exit then a signal's, not the handler's code). Resolves once they are gone.
   */
  terminate(): Promise<void>;
}

/**
 * The module each render thread starts (./thread-file.ts). Built (dist/, the `npm ci` build that
 * `harbor` and `npm start` run): dist/render-thread.cjs, which compiles the task from its V8 code
 * cache when the cache is this build's and this process's, else loads the task's ES chunks,
 * dist/render-task.js (./render-thread.ts, ./code-cache.ts). From the sources
 * (tests, development): that bundle when it is fresh, else a small .mjs that registers tsx first.
 * (Node 22's compile cache, which bin/harbor.js turns on, is not inherited by threads; turned on in
 * a thread before the task loads, it saved ~9 % of a thread's CPU over a first round of renders
 * but added ~10 MB to its RSS, so it is not.)
 */
const WORKER_FILE = threadModule(import.meta.url, 'render-thread.cjs', new URL('./render-worker.mjs', import.meta.url));

export function createRenderPool(o: RenderPoolOptions): RenderPool {
  if (!(Number.isInteger(o.threads) && o.threads >= 1)) throw new RangeError('createRenderPool: threads must be an integer ≥ 1');
  const counters = new Int32Array(new SharedArrayBuffer(12));
  const workerData: PoolWorkerData = { templatesDir: o.templatesDir, counters, nice: o.nice ?? 0, ...(o.preload ? { preload: [...o.preload] } : {}), ...(o.keepFacePrograms === true ? { keepFacePrograms: true } : {}), faces: readSharedFaces() };
  const pool = new Piscina({
    filename: WORKER_FILE.href,
    minThreads: o.threads,
    maxThreads: o.threads,
    // Threads live as long as the pool: each one costs ~0.9 s to load the pipeline.
    idleTimeout: Number.POSITIVE_INFINITY,
    // Jobs start in the order they were given. Without this, piscina puts a job it took from the
    // head of its queue and could not hand to a busy thread back at the tail (piscinajs/piscina#1031;
    // the option is #1100, the default from its next major, #1114): under load the same job is sent
    // back again and again (measured on one thread and 32 callers: p50 64 ms, p99 106 ms, the
    // slowest job 8.1 s against jobs of ~4 ms), and a batch, which writes in record order, waits on it.
    stricterFIFO: true,
    workerData,
    resourceLimits: o.resourceLimits ?? renderThreadLimits(),
  });

  // Thread ids of threads that have exited, and the state slots of jobs not known to be over.
  const exited = new Set<number>();
  const watched = new WeakSet<Worker>();
  const watchThreads = (): void => {
    for (const w of pool.threads) {
      if (watched.has(w)) continue;
      watched.add(w);
      const id = w.threadId; // -1 once the thread has exited, so kept here
      w.once('exit', () => exited.add(id));
    }
  };
  pool.on('workerCreate', watchThreads);
  // A thread that fails outside a task (at start-up: a template that does not compile) is an
  // 'error' event, which would end the process if nobody listened. Its jobs fail on their own
  // (`internal`); callers check templates on the main thread first, so this is a last resort.
  let threadErrors = 0;
  pool.on('error', () => void threadErrors++);
  watchThreads();
  // While the threads load (~100 ms), this thread starts ICU, which is process-wide: each thread's
  // first check or render then skips ICU's 12–19 ms start-up (src/domain/icu.ts).
  startIcu();
  const slots = new Set<Int32Array>();
  // Jobs given and not settled. The queue is bounded here, not by piscina's maxQueue, whose count
  // lets a burst through while threads are between tasks: at most threads + maxQueue at once.
  let inFlight = 0;
  // Of those, the jobs of batches (lane `batch`), at most `batchSlots`.
  let batchInFlight = 0;
  const batchSlots = Math.min(o.batchSlots ?? Number.POSITIVE_INFINITY, o.threads + o.maxQueue);
  // Resolved whenever inFlight drops to 0 (close() waits for it).
  const idle: (() => void)[] = [];

  const stopGrace = o.stopGraceMs ?? 5000;
  let terminated = 0;

  /** Terminate the thread running the job of `state` (the backstop; see the top of this file). */
  function terminateRunner(state: Int32Array): void {
    const id = Atomics.load(state, 0);
    if (id <= 0) return; // not started (it will not start) or over
    const thread = pool.threads.find((t) => t.threadId === id);
    if (!thread) return;
    terminated++;
    // Resolves with the exit code once the thread is gone (Worker.terminate does not reject); the
    // thread's 'exit' handler replaces it.
    thread.terminate().catch(() => {});
  }

  /** A job for a thread (a render or a check), with the time limit, queue bound and stopping. */
  function submit<T>(task: RenderJob & Pick<TaskData, 'op'>, take: (r: WireResult & { ok: true }) => T, opts?: PoolJobOptions): Promise<T> {
    const timeoutMs = opts?.timeoutMs ?? o.timeoutMs;
    const signal = opts?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    const batch = opts?.lane === 'batch';
    if (inFlight >= o.threads + o.maxQueue || (batch && batchInFlight >= batchSlots)) return Promise.reject(new HarborError('busy', 'Every render thread is busy and the queue is full; retry in a moment'));
    inFlight++;
    if (batch) batchInFlight++;
    // [0] where the job is, [1] the request to stop: ./render-task.ts.
    const state = new Int32Array(new SharedArrayBuffer(8));
    slots.add(state);
    let timer: NodeJS.Timeout | undefined;
    let backstop: NodeJS.Timeout | undefined;
    // The caller hears why at once (time limit, abort); the render stops at its next checkpoint.
    let tell: (e: unknown) => void = () => {};
    const told = new Promise<never>((_resolve, reject) => (tell = reject));
    const stop = (reason: unknown): void => {
      tell(reason);
      if (Atomics.compareExchange(state, 1, 0, 1) !== 0) return; // already asked
      backstop = setTimeout(() => terminateRunner(state), stopGrace);
    };
    const onAbort = (): void => stop(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    // The time limit starts when a thread takes the job (it flips slot [0] and notifies).
    const taken = Atomics.waitAsync(state, 0, 0);
    Promise.resolve(taken.value)
      .then(() => {
        if (Atomics.load(state, 0) <= 0) return; // over, or never started
        timer = setTimeout(
          () => stop(new HarborError('render-timeout', `The document took longer than the render time limit (${duration(timeoutMs)}); its render was stopped`)),
          timeoutMs,
        );
      })
      .catch((e: unknown) => tell(e)); // the caller hears it, as of a time limit

    const run = (async (): Promise<T> => {
      try {
        // JSON text given as bytes that own their buffer is moved to the thread, not copied.
        const bytes = task.json?.text;
        const move = bytes instanceof Uint8Array && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
        const r = (await pool.run({ ...task, state } as TaskData, move ? { transferList: [bytes.buffer as ArrayBuffer] } : undefined)) as WireResult;
        if (r.ok) return take(r);
        // Stopped on our request: the caller has already been told why (`told` won the race).
        if ('stopped' in r) throw new HarborError('internal', 'The render was stopped');
        throw withRecordId(fromWire(r.error), r.recordId);
      } catch (e) {
        if (e instanceof HarborError) throw e;
        // A thread that died (terminated by the backstop, out of memory, a failed start): its
        // error may carry a message from anywhere, so only its name and frames are kept.
        throw new HarborError('internal', 'A render thread failed', [], { cause: bugError(describeBug(e)) });
      } finally {
        if (batch) batchInFlight--;
        if (--inFlight === 0) for (const f of idle.splice(0)) f();
        clearTimeout(timer);
        clearTimeout(backstop);
        signal?.removeEventListener('abort', onAbort);
        Atomics.notify(state, 0); // release the waiter if no thread ever took the job
        if (Atomics.load(state, 0) <= 0) slots.delete(state);
      }
    })();
    return Promise.race([run, told]);
  }

  const render = (job: RenderJob, opts?: PoolJobOptions): Promise<Rendered> =>
    submit(job, (r) => {
      if (!('value' in r)) throw new HarborError('internal', 'A render thread answered a render with something else');
      return withRecordId(r.value, r.recordId);
    }, opts);

  // …/check runs here too (issue 16, defect 4): validation and computation of a hostile case
  // can take seconds, which on the main thread would stall every other request.
  const check = (job: CheckJob, opts?: JobOptions): Promise<CheckAnswer> =>
    submit({ ...job, format: 'pdf', op: 'check' } as RenderJob & Pick<TaskData, 'op'>, (r) => {
      if (!('check' in r)) throw new HarborError('internal', 'A render thread answered a check with something else');
      return r.check;
    }, opts);

  function stats(): RenderPoolStats {
    let running = 0;
    for (const s of slots) {
      const id = Atomics.load(s, 0);
      if (id === -1 || exited.has(id)) slots.delete(s);
      else if (id > 0) running++;
    }
    return { threads: o.threads, queued: pool.queueSize, running, started: Atomics.load(counters, 0), finished: Atomics.load(counters, 1), stopped: Atomics.load(counters, 2), terminated, threadErrors };
  }

  return {
    threads: o.threads,
    parsesJson: true,
    render,
    check,
    stats,
    // Every job given settles first (piscina's own close would fail jobs still queued while the
    // threads are momentarily idle between two of them).
    close: async () => {
      if (inFlight > 0) await new Promise<void>((r) => idle.push(r));
      await pool.close();
    },
    terminate: () => pool.destroy(),
  };
}
