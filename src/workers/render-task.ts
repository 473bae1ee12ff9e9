// The work of one render thread (loaded by ./render-worker.mjs): templates compiled once per
// thread, then `generate` per task. Results go back with their bytes transferred, not copied;
// errors go back as plain data (./wire.ts).
//
// What a thread loads, and when (issue 18, a thread's start): at start only this module and what it
// imports (no kind, no template engine, no renderer). A kind loads with the thread's first task of
// that kind (src/kinds/load.ts: its schemas, rules and view alone, never the registry of every
// kind); the render pipeline (Handlebars and the shipped templates, the markup parser, then the
// renderers through `generate`) with its first render. A pool told the kinds it will be asked for
// (`PoolWorkerData.preload`: a batch, which has one) loads them, then the pipeline, as soon as the
// thread starts, so its first record does not wait for them (docs/speed.md, "Render threads").
//
// Each task carries a two-slot shared Int32Array. Slot [0] tells the main thread where the task
// is: 0 queued, this thread's id while rendering, -1 over. The pool starts a task's time limit
// when it turns to a thread id, and counts a render as running only while it holds the id of a
// thread that is still alive (a render whose thread was stopped leaves its id behind). Slot [1] is
// the main thread's request to stop (1 after a time limit or a hang-up): the render's checkpoint
// reads it between units of work and the task returns `{ ok: false, stopped: true }`
// (src/checkpoint.ts); a task asked to stop before it began never starts.
// `counters` (shared by the whole pool) counts renders started [0], finished [1], stopped [2].
import { threadId, workerData } from 'node:worker_threads';
import type { Piscina } from 'piscina';
import { checkKindCase } from '../check-kind.js';
import { RenderStopped } from '../checkpoint.js';
import type { generate as Generate } from '../generate.js';
import { loadKind } from '../kinds/load.js';
import type { TemplateSet } from '../templates/env.js';
import { caseOf, checkAnswer, recordId, rendered, type RenderJob } from './renderer.js';
import { niceThisThread } from './settings.js';
import { keepFacePrograms } from '../render/pdf/face-programs.js';
import { sharedFaceBytes, type SharedFaces } from '../render/pdf/shared-faces.js';
import { toWire, type WireResult } from './wire.js';

export interface TaskData extends RenderJob {
  state: Int32Array;
  /** `check`: validate and compute only (…/check), answering JSON text; default: render. */
  op?: 'check';
}

export interface PoolWorkerData {
  templatesDir?: string;
  counters: Int32Array;
  /** This thread's niceness (./settings.ts): below the main thread, which answers every request. */
  nice?: number;
  /**
   * Kind ids the thread loads as soon as it starts, then the render pipeline, before any task asks
   * (a batch: its one kind). Absent: each loads with the first task that needs it.
   */
  preload?: readonly string[];
  /**
   * Keep the PDF font programs made for one record for the next (../render/pdf/face-programs.ts):
   * only for a pool whose every render is for one caller (`harbor batch`), never `harbor serve`'s.
   */
  keepFacePrograms?: boolean;
  /**
   * The body faces' bytes, read once by the pool for all its threads (../render/pdf/shared-faces.ts);
   * absent (a thread made elsewhere: the code cache's training), each thread reads the files.
   */
  faces?: SharedFaces;
}

const data = workerData as PoolWorkerData;
niceThisThread(data.nice ?? 0);
if (data.keepFacePrograms === true) keepFacePrograms(true);

type Pipeline = { generate: typeof Generate; templates: TemplateSet; piscina: typeof Piscina };
let loadingPipeline: Promise<Pipeline> | undefined;

/**
 * What a render needs beyond a check: the pipeline's templates (Handlebars and the precompiled
 * shipped templates), markup parser and, through `generate`, the renderers; and piscina's `move`,
 * which hands a document's bytes back without a copy. Loaded once, by the first call: the thread's
 * first render, its start with an override folder or a preload. A failure stays, and is each
 * render's error (never an unhandled rejection: every caller awaits).
 *
 * piscina's own module (its pool: queues, histograms, abort handling; ~20 ms of a loaded thread's
 * 450, `--cpu-prof`) is loaded here and not at the thread's start: the thread runs piscina's
 * worker file, which does not load it, and a check answers plain data that needs no `move`
 * (issue 18, a thread's start; bench/ANALYSIS.md).
 */
function pipeline(): Promise<Pipeline> {
  loadingPipeline ??= (async () => {
    const [{ generate }, { templatesFrom }, { Piscina: piscina }, { useFaceBytes }] = await Promise.all([import('../generate.js'), import('../templates/env.js'), import('piscina'), import('../render/pdf/fonts.js')]);
    if (data.faces !== undefined) useFaceBytes(sharedFaceBytes(data.faces));
    return { generate, templates: templatesFrom(data.templatesDir), piscina };
  })();
  return loadingPipeline;
}

if (data.preload !== undefined) {
  // Not awaited: a task that comes meanwhile awaits the same loads (loadKind keeps each). The
  // kinds first, then the pipeline: a batch's first check needs only its kind. A failure here is
  // the failure of the task that asks next (a kind that failed to load is tried again then).
  const kinds = data.preload;
  void (async () => {
    for (const id of kinds) await loadKind(id);
    await pipeline();
  })().catch(() => {});
}

/** A result whose document bytes are moved to the main thread, not copied (one copy at most, here). */
function movable(piscina: typeof Piscina, result: WireResult, buffer: ArrayBuffer): unknown {
  return piscina.move({
    get [piscina.transferableSymbol]() {
      return [buffer];
    },
    get [piscina.valueSymbol]() {
      return result;
    },
  } as unknown as Parameters<typeof Piscina.move>[0]);
}

async function renderTask(t: TaskData): Promise<unknown> {
  if (Atomics.load(t.state, 1) !== 0) {
    Atomics.store(t.state, 0, -1);
    return { ok: false, stopped: true } satisfies WireResult; // its caller went while it was queued
  }
  Atomics.store(t.state, 0, threadId);
  Atomics.notify(t.state, 0);
  Atomics.add(data.counters, 0, 1);
  let stopped = false;
  const checkpoint = (): void => {
    if (Atomics.load(t.state, 1) !== 0) throw new RenderStopped();
  };
  // A case given as JSON text is parsed here, not on the main thread (./renderer.ts, CaseSource);
  // a batch record's id goes back with the answer, whatever it is.
  let id: string | null | undefined;
  try {
    const input = caseOf(t);
    if (t.json !== undefined) id = recordId(input);
    if (t.op === 'check') {
      checkpoint();
      return { ok: true, check: checkAnswer(checkKindCase(await loadKind(t.kind), input)) } satisfies WireResult;
    }
    const { generate, templates, piscina } = await pipeline();
    const g = await generate({ kind: t.kind, input, format: t.format, templates, checkpoint });
    // A view into a larger or pooled buffer cannot be moved whole: copy it into its own buffer.
    const own = g.bytes.byteOffset === 0 && g.bytes.byteLength === g.bytes.buffer.byteLength && g.bytes.buffer instanceof ArrayBuffer;
    const bytes = own ? g.bytes : g.bytes.slice();
    return movable(piscina, { ok: true, value: { ...rendered(g), bytes }, ...(id !== undefined ? { recordId: id } : {}) }, bytes.buffer as ArrayBuffer);
  } catch (e) {
    if (e instanceof RenderStopped) {
      stopped = true;
      return { ok: false, stopped: true } satisfies WireResult;
    }
    // Plain data, nothing to move: piscina posts it as it posts a check's answer.
    return { ok: false, error: toWire(e), ...(id !== undefined ? { recordId: id } : {}) } satisfies WireResult;
  } finally {
    Atomics.add(data.counters, stopped ? 2 : 1, 1);
    Atomics.store(t.state, 0, -1);
  }
}

/**
 * What piscina calls for each task: `renderTask`, or with an override folder a promise of it, kept
 * until the folder's templates are compiled. piscina awaits the export before the thread takes any
 * task, so a broken folder fails the thread's start (the pool reports it), not each render; without
 * one (the shipped, precompiled templates), a failure is each render's error.
 *
 * Not a top-level `await`: piscina loads the task with `require()` first, and Node (20.19+,
 * 22.12+) loads an ES module graph that way synchronously, but throws ERR_REQUIRE_ASYNC_MODULE at a
 * module with a top-level `await`, after linking the whole graph; piscina then took it through
 * `import()` (the same module records). So every thread started with an error thrown and caught,
 * and the task could not be a CommonJS file, which a V8 code cache on Node 20 needs (issue 18;
 * bench/ANALYSIS.md, round r53: the thread's instructions to its first check are the same within
 * callgrind's spread). The rejection of a broken folder is also caught here, so that it is never
 * an unhandled rejection while piscina has not awaited it yet.
 */
const task: typeof renderTask | Promise<typeof renderTask> = data.templatesDir === undefined ? renderTask : pipeline().then(() => renderTask);
if (task instanceof Promise) task.catch(() => {});
export default task;
