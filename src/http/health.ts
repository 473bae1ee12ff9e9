// The health routes (docs/http.md §Health): liveness and readiness, as Kubernetes probes and a
// load balancer's health check read them.
//
// `/healthz` (liveness) answers 200 while the process serves HTTP at all: restarting a service
// because it is busy would drop the work in flight and add a cold start to the load.
// `/readyz` (readiness) answers 503 while a new render or check would be refused `busy` (the render
// queue is full) or while the service is stopping, so a balancer sends the next request elsewhere
// instead of to a process that can only refuse it. Until 2026-12-07 there was only /healthz, which
// answered 200 while every request was refused `busy`.
import type { Router } from 'express';
import { HarborError } from '../errors.js';
import type { Renderer } from '../workers/renderer.js';

/** How loaded the renderer is: its jobs given and not settled, against what it takes before `busy`. */
export interface RenderLoad {
  /** Jobs (renders and checks, batches' included) given to the renderer and not settled. */
  readonly inFlight: () => number;
  /** The renderer, counted: give every job through it. */
  readonly renderer: Renderer;
}

/** `r`, with its jobs in flight counted (each from its call until its promise settles). */
export function countedRenderer(r: Renderer): RenderLoad {
  let inFlight = 0;
  const counted = <T>(p: () => Promise<T>): Promise<T> => {
    inFlight++;
    let job: Promise<T>;
    try {
      job = p();
    } catch (e) {
      inFlight--;
      throw e;
    }
    return job.finally(() => void inFlight--);
  };
  const check = r.check;
  const renderer: Renderer = {
    threads: r.threads,
    ...(r.parsesJson ? { parsesJson: true } : {}),
    render: (job, opts) => counted(() => r.render(job, opts)),
    ...(check ? { check: (job, opts) => counted(() => check.call(r, job, opts)) } : {}),
    close: () => r.close(),
  };
  return { renderer, inFlight: () => inFlight };
}

export interface HealthOptions {
  /** The renderer's load (`countedRenderer`). */
  load: RenderLoad;
  /**
   * Jobs the renderer holds before it refuses the next one `busy` (`harbor serve`: its threads plus
   * their queue, src/http/server.ts); absent, the load never makes the service unready (a renderer
   * on the calling thread queues without a bound).
   */
  capacity?: number;
  /** Aborted when `harbor serve`'s shutdown begins. */
  stopping?: AbortSignal;
}

/** Why the service is not ready for a new request now, or undefined when it is. */
export function notReady(o: HealthOptions): HarborError | undefined {
  if (o.stopping?.aborted) return new HarborError('busy', 'The service is shutting down and takes no new requests; send them to another instance');
  if (o.capacity !== undefined && o.load.inFlight() >= o.capacity) {
    return new HarborError('busy', `Every render thread is busy and the queue is full (${String(o.load.inFlight())} documents and checks in hand): the next render or check would be refused busy; retry in a moment`);
  }
  return undefined;
}

/** GET /healthz (liveness) and GET /readyz (readiness) on `router`. */
export function healthRoutes(router: Router, o: HealthOptions): void {
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', (_req, res, next) => {
    const why = notReady(o);
    if (why === undefined) return void res.json({ status: 'ready' });
    // A load answer, not a failure: the error handler logs it `warn` with Retry-After, as any busy.
    next(why);
  });
}
