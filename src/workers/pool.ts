// A pool of render threads (piscina), behind the Renderer seam (./renderer.ts). Used by `harbor
// serve` and by batches: rendering is CPU-bound, so it runs beside the event loop, on as many
// threads as asked, with a bounded queue (`busy` beyond it), a time limit per document (the thread
// is stopped and replaced: `render-timeout`) and cancellation by AbortSignal (a client that hung
// up: a queued job is dropped at once; a running one is given `abandonGraceMs` to finish, then
// stopped with its thread; the caller hears of the abort at once either way).
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { HarborError } from '../errors.js';
import type { Generated } from '../pipeline.js';
import type { PoolWorkerData, TaskData } from './render-task.js';
import type { RenderJob, Renderer } from './renderer.js';
import { describeBug } from '../http/problems.js';
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
   * How long a running render whose caller has gone may go on before its thread is stopped, in ms.
   * Stopping a thread costs a new one (~1 s of CPU to load the pipeline), far more than most
   * renders have left, so an abandoned render is let finish within about that cost; any client
   * hanging up thus wastes at most ~1 s of CPU. Default 1000.
   */
  abandonGraceMs?: number;
}

/** What the pool is doing now (for health checks, progress and tests). */
export interface RenderPoolStats {
  threads: number;
  /** Jobs waiting for a thread. */
  queued: number;
  /** Renders going on in a live thread now (a stopped render counts until its thread has exited). */
  running: number;
  /** Renders started / finished by the threads since the pool was made (stopped ones never finish). */
  started: number;
  finished: number;
  /** Threads that failed outside a task (could not start), since the pool was made. */
  threadErrors: number;
}

export interface RenderPool extends Renderer {
  stats(): RenderPoolStats;
}

/**
 * Render threads when none are asked for: one per core, at most 4. Each thread holds its own copy
 * of the pipeline, fonts and heap (~150 MB resident, measured), so "one per core" on a 64-core
 * host would take ~10 GB; more threads are one setting away (HARBOR_WORKERS, --workers).
 */
export function defaultThreads(): number {
  return Math.min(availableParallelism(), 4);
}

const WORKER_FILE = new URL('./render-worker.mjs', import.meta.url);

export function createRenderPool(o: RenderPoolOptions): RenderPool {
  if (!(Number.isInteger(o.threads) && o.threads >= 1)) throw new RangeError('createRenderPool: threads must be an integer ≥ 1');
  const counters = new Int32Array(new SharedArrayBuffer(8));
  const workerData: PoolWorkerData = { templatesDir: o.templatesDir, counters };
  const pool = new Piscina({
    filename: WORKER_FILE.href,
    minThreads: o.threads,
    maxThreads: o.threads,
    // Threads live as long as the pool: each one costs ~0.9 s to load the pipeline.
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData,
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
  const slots = new Set<Int32Array>();
  // Jobs given and not settled. The queue is bounded here, not by piscina's maxQueue, whose count
  // lets a burst through while threads are between tasks: at most threads + maxQueue at once.
  let inFlight = 0;

  const grace = o.abandonGraceMs ?? 1000;

  function render(job: RenderJob, opts?: { signal?: AbortSignal }): Promise<Generated> {
    const signal = opts?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (inFlight >= o.threads + o.maxQueue) return Promise.reject(new HarborError('busy', 'Every render thread is busy and the queue is full; retry in a moment'));
    const run = runJob(job, signal);
    if (!signal) return run;
    // The caller hears of its abort at once, even while an abandoned render goes on in its grace.
    let onAbort = (): void => {};
    const aborted = new Promise<never>((_resolve, reject) => {
      onAbort = () => reject(signal.reason as Error);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    return Promise.race([run, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
  }

  /** One job, from the queue to its settling (which can be after its caller has gone). */
  async function runJob(job: RenderJob, signal: AbortSignal | undefined): Promise<Generated> {
    inFlight++;
    const state = new Int32Array(new SharedArrayBuffer(4));
    const stop = new AbortController();
    let graceTimer: NodeJS.Timeout | undefined;
    // A queued job is dropped at once (piscina takes it out of its queue); a running one has
    // `grace` ms to finish before its thread is stopped.
    const onAbort = (): void => {
      if (Atomics.load(state, 0) === 0) stop.abort(signal?.reason);
      else graceTimer ??= setTimeout(() => stop.abort(signal?.reason), grace);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    let settled = false;
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    // The time limit starts when a thread takes the job (it flips the slot and notifies).
    const taken = Atomics.waitAsync(state, 0, 0);
    void Promise.resolve(taken.value).then(() => {
      if (settled || Atomics.load(state, 0) <= 0) return;
      timer = setTimeout(() => {
        timedOut = true;
        stop.abort(new HarborError('render-timeout', 'render time limit'));
      }, o.timeoutMs);
    });
    slots.add(state);
    try {
      const task: TaskData = { ...job, state };
      const r = (await pool.run(task, { signal: stop.signal })) as WireResult;
      if (!r.ok) throw fromWire(r.error);
      return r.value;
    } catch (e) {
      if (e instanceof HarborError) throw e;
      if (timedOut) throw new HarborError('render-timeout', `The document took longer than the render time limit (${o.timeoutMs} ms); its render was stopped`);
      if (signal?.aborted) throw signal.reason;
      // A thread that died (out of memory, a crash, a failed start): its error may carry a
      // message from anywhere, so only its name and frames are kept, like every other bug.
      throw new HarborError('internal', 'A render thread failed', [], { cause: bugError(describeBug(e)) });
    } finally {
      settled = true;
      inFlight--;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      signal?.removeEventListener('abort', onAbort);
      Atomics.notify(state, 0); // release the waiter if no thread ever took the job
      if (Atomics.load(state, 0) <= 0) slots.delete(state);
    }
  }

  function stats(): RenderPoolStats {
    let running = 0;
    for (const s of slots) {
      const id = Atomics.load(s, 0);
      if (id === -1 || exited.has(id)) slots.delete(s);
      else if (id > 0) running++;
    }
    return { threads: o.threads, queued: pool.queueSize, running, started: Atomics.load(counters, 0), finished: Atomics.load(counters, 1), threadErrors };
  }

  return {
    threads: o.threads,
    render,
    stats,
    close: () => pool.close(),
  };
}
