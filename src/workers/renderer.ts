// The seam between the callers that render (the HTTP app, the batch runner, the CLI) and where the
// rendering happens: on the calling thread (`inlineRenderer`, used by the CLI's single render and
// by tests) or in a pool of worker threads (`createRenderPool` in ./pool.ts, used by `harbor serve`
// and batches), which can also stop a render that passes its time limit.
import type { Format, Generated } from '../pipeline.js';

/** One document to make: the kind, the raw case data (validated inside) and the format. */
export interface RenderJob {
  kind: string;
  input: unknown;
  format: Format;
}

export interface Renderer {
  /**
   * Render one case. Rejects with a HarborError: the pipeline's own codes (invalid-case, ...),
   * `render-timeout` past the time limit, `busy` when the queue is full. Aborting `signal`
   * (a client that hung up) drops a queued job and stops a running one where the renderer can.
   */
  render(job: RenderJob, opts?: { signal?: AbortSignal }): Promise<Generated>;
  /** Render threads (0 = the calling thread). */
  readonly threads: number;
  /** Finish every job given (queued ones too), then release the threads. */
  close(): Promise<void>;
}

/** A renderer on the calling thread: no time limit (synchronous work cannot be pre-empted). */
export function inlineRenderer(generate: (job: RenderJob) => Promise<Generated>): Renderer {
  return {
    threads: 0,
    render: (job, opts) => {
      if (opts?.signal?.aborted) return Promise.reject(opts.signal.reason as Error);
      return generate(job);
    },
    close: async () => {},
  };
}
