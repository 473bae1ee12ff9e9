// The seam between the callers that render (the HTTP app, the batch runner, the CLI) and where the
// rendering happens: on the calling thread (`inlineRenderer`, used by the CLI's single render and
// by tests) or in a pool of worker threads (`createRenderPool` in ./pool.ts, used by `harbor serve`
// and batches), which can also stop a render that passes its time limit.
import type { Issue } from '../errors.js';
import type { CheckResult, Format, Generated } from '../pipeline.js';
import { parseCaseJson, type CaseJson } from '../validate.js';

/**
 * The case of a job: its raw data (`input`, validated inside), or its JSON text (`json`, and then
 * `input` is not looked at), parsed where the job runs. A renderer with `parsesJson` takes the
 * text: the HTTP routes and the batch runner then hand it the request's bytes or the record's text
 * untouched, so a large body is never parsed, walked or copied as objects on the main thread
 * (issue 16).
 */
export interface CaseSource {
  input: unknown;
  json?: CaseJson;
}

/**
 * A document as a renderer answers it: what the callers send (bytes, type, fingerprint, warnings),
 * without `generate`'s computed values. Those stay where the document was made: a one-year
 * restitution worksheet's are ~50 weeks of figures (14 KB serialised), and copying them to the
 * main thread cost ~0.5 ms a record (serialised in the render thread, parsed and collected on the
 * main thread; measured with v8.serialize) for a value no caller reads (issue 18; …/check is the
 * route that answers computed values).
 */
export type Rendered = Omit<Generated, 'computed'>;

/** One document to make: the kind, the case and the format. */
export interface RenderJob extends CaseSource {
  kind: string;
  format: Format;
}

/** One case to validate and compute (`…/check`): the kind and the case. */
export interface CheckJob extends CaseSource {
  kind: string;
}

/** The raw case data of a job (its JSON text parsed here: errors as `parseCaseJson` words them). */
export function caseOf(job: CaseSource): unknown {
  return job.json !== undefined ? parseCaseJson(job.json) : job.input;
}

/**
 * A batch record's own reference (a top-level "id"), which names its files and manifest entry:
 * the id when it is a short token (1 to 64 letters, digits, ".", "_" or "-", at least one a
 * letter or digit, or a whole number),
 * undefined when none is given (absent or null), and null when one is given that cannot name a
 * file ("Case 42", "2024/017", 1.5): the batch runner refuses that record at `id`
 * (src/batch/run.ts, `unusableId`) rather than render it under another name without a word. The
 * value itself is never used otherwise, nor echoed, since it might be a name.
 */
export function recordId(v: unknown): string | null | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const id = (v as Record<string, unknown>).id;
  if (id === undefined || id === null) return undefined;
  const s = typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : id;
  return typeof s === 'string' && SAFE_ID.test(s) && /[A-Za-z0-9]/.test(s) ? s : null;
}
// One rule for every reader (JSON, NDJSON, CSV, workbook: docs/batch.md, Output): 1 to 64 of these
// characters, at least one a letter or digit. Until 2026-12-07 `.`, `..` and `---` passed, ids that
// name no case and, as a file name of their own once the `0001-` prefix is dropped, the folder itself or its parent.
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The record id (`recordId`) of a job given as JSON text, found where the text was parsed: set on
 * the job's result or on the error it failed with, read by the batch runner (`recordIdOf`).
 */
const recordIds = new WeakMap<object, string | null>();
export function withRecordId<T extends object>(x: T, id: string | null | undefined): T {
  if (id !== undefined) recordIds.set(x, id);
  return x;
}
export function recordIdOf(x: unknown): string | null | undefined {
  return x !== null && typeof x === 'object' ? recordIds.get(x) : undefined;
}

/**
 * The answer of a check, ready to send: the JSON text of `{ok: true, computed, warnings}` (made
 * where the work was done, so a render thread's result is not parsed and serialised again on the
 * main thread), or the case's errors (capped: src/errors.ts).
 */
export type CheckAnswer = { ok: true; json: string } | { ok: false; errors: Issue[] };

/** A check result → the answer sent (JSON text of the success body). */
export function checkAnswer(r: CheckResult): CheckAnswer {
  return r.ok ? { ok: true, json: JSON.stringify({ ok: true, computed: r.computed, warnings: r.warnings }) } : { ok: false, errors: r.errors };
}

/**
 * How a job is given: `signal` (aborted: a client that hung up) and its lane. Jobs of the `batch`
 * lane may hold only the pool's batch share of its queue (`RenderPoolOptions.batchSlots`), so
 * batches can never take the whole queue from single requests; a single request's job has no
 * lane (the default).
 */
export interface JobOptions {
  signal?: AbortSignal;
  lane?: 'batch';
}

/** `r` with every render given in the `batch` lane (the HTTP batch route's renderer). */
export function batchLane(r: Renderer): Renderer {
  return {
    threads: r.threads,
    ...(r.parsesJson ? { parsesJson: true } : {}),
    render: (job, opts) => r.render(job, { ...opts, lane: 'batch' }),
    close: () => r.close(),
  };
}

export interface Renderer {
  /**
   * Render one case. Rejects with a HarborError: the pipeline's own codes (invalid-case, ...),
   * `render-timeout` past the time limit, `busy` when the queue is full. Aborting `signal`
   * (a client that hung up) drops a queued job and stops a running one where the renderer can.
   */
  render(job: RenderJob, opts?: JobOptions): Promise<Rendered>;
  /**
   * Validate and compute one case (`…/check`) where documents are rendered, with the same time
   * limit, queue and cancellation; absent, the caller checks on its own thread.
   */
  check?(job: CheckJob, opts?: JobOptions): Promise<CheckAnswer>;
  /** Render threads (0 = the calling thread). */
  readonly threads: number;
  /** Takes jobs given as JSON text (`CaseSource.json`); without it, callers parse first. */
  readonly parsesJson?: boolean;
  /** Finish every job given (queued ones too), then release the threads. */
  close(): Promise<void>;
}

/** A generated document as a renderer answers it (`Rendered`: the computed values left behind). */
export function rendered(g: Generated): Rendered {
  return { bytes: g.bytes, contentType: g.contentType, format: g.format, fingerprint: g.fingerprint, warnings: g.warnings };
}

/** A renderer on the calling thread: no time limit (synchronous work cannot be pre-empted). */
export function inlineRenderer(generate: (job: { kind: string; input: unknown; format: Format }) => Promise<Generated>, check?: (kind: string, input: unknown) => CheckResult): Renderer {
  return {
    threads: 0,
    parsesJson: true,
    ...(check
      ? {
          check: (job: CheckJob, opts?: { signal?: AbortSignal }) => {
            if (opts?.signal?.aborted) return Promise.reject(opts.signal.reason as Error);
            try {
              return Promise.resolve(checkAnswer(check(job.kind, caseOf(job))));
            } catch (e) {
              return Promise.reject(e as Error);
            }
          },
        }
      : {}),
    render: async (job, opts) => {
      if (opts?.signal?.aborted) throw opts.signal.reason as Error;
      if (job.json === undefined) return rendered(await generate({ kind: job.kind, input: job.input, format: job.format }));
      const input = caseOf(job);
      const id = recordId(input);
      try {
        return withRecordId(rendered(await generate({ kind: job.kind, input, format: job.format })), id);
      } catch (e) {
        throw e !== null && typeof e === 'object' ? withRecordId(e, id) : e;
      }
    },
    close: async () => {},
  };
}
