// The seam between the callers that render (the HTTP app, the batch runner, the CLI) and where the
// rendering happens: on the calling thread (`inlineRenderer`, used by the CLI's single render and
// by tests) or in a pool of worker threads (`createRenderPool` in ./pool.ts, used by `harbor serve`
// and batches), which can also stop a render that passes its time limit.
import type { Issue } from '../errors.js';
import type { CheckResult, Format, Generated } from '../pipeline.js';

/** One document to make: the kind, the raw case data (validated inside) and the format. */
export interface RenderJob {
  kind: string;
  input: unknown;
  format: Format;
}

/** One case to validate and compute (`…/check`): the kind and the raw case data. */
export interface CheckJob {
  kind: string;
  input: unknown;
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

export interface Renderer {
  /**
   * Render one case. Rejects with a HarborError: the pipeline's own codes (invalid-case, ...),
   * `render-timeout` past the time limit, `busy` when the queue is full. Aborting `signal`
   * (a client that hung up) drops a queued job and stops a running one where the renderer can.
   */
  render(job: RenderJob, opts?: { signal?: AbortSignal }): Promise<Generated>;
  /**
   * Validate and compute one case (`…/check`) where documents are rendered, with the same time
   * limit, queue and cancellation; absent, the caller checks on its own thread.
   */
  check?(job: CheckJob, opts?: { signal?: AbortSignal }): Promise<CheckAnswer>;
  /** Render threads (0 = the calling thread). */
  readonly threads: number;
  /** Finish every job given (queued ones too), then release the threads. */
  close(): Promise<void>;
}

/** A renderer on the calling thread: no time limit (synchronous work cannot be pre-empted). */
export function inlineRenderer(generate: (job: RenderJob) => Promise<Generated>, check?: (kind: string, input: unknown) => CheckResult): Renderer {
  return {
    threads: 0,
    ...(check
      ? {
          check: (job: CheckJob, opts?: { signal?: AbortSignal }) => {
            if (opts?.signal?.aborted) return Promise.reject(opts.signal.reason as Error);
            try {
              return Promise.resolve(checkAnswer(check(job.kind, job.input)));
            } catch (e) {
              return Promise.reject(e as Error);
            }
          },
        }
      : {}),
    render: (job, opts) => {
      if (opts?.signal?.aborted) return Promise.reject(opts.signal.reason as Error);
      return generate(job);
    },
    close: async () => {},
  };
}
