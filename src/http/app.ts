// The HTTP API (docs/http.md): an express 5 app that is a thin caller of the pipeline. `createApp` is
// pure (no listening, no environment), so tests drive it on a server of their own; `serve()` in
// server.ts reads the configuration, makes the render pool and listens.
import express from 'express';
import { KINDS } from '../kinds/index.js';
import type { AnyKind } from '../kinds/kind.js';
import { batchLane, inlineRenderer, type Renderer } from '../workers/renderer.js';
import { defaultTemplates, type TemplateSet } from '../templates/env.js';
import { bearerAuth } from './auth.js';
import { batchCap, LINGER, lingeringClose, type LingerLimits, type LingerSlots } from './admission.js';
import { batchRoute } from './batch.js';
import { answerOtherMethods } from './methods.js';
import { onlyQuery } from './query.js';
import { DEFAULTS } from './config.js';
import { holdsOwnHostReserve, reserveOnlyForHealth } from './connections.js';
import { countedRenderer, healthRoutes } from './health.js';
import { createLogger, rateLimiter, onlyChunked, requestLogs, requireHost, securityHeaders, type Log } from './middleware.js';
import { answerErrors } from './answer-errors.js';
import { defaultEngine, documentRoutes, kindFinder, type Engine } from './documents.js';
import { openApiRoute } from './web.js';
import { createWorkbookParser, type WorkbookParser } from '../batch/xlsx-parser.js';
import { webApp } from '../web/serve.js';

// The route families live in their own files: ./health.ts, ./web.ts, ./documents.ts, ./batch.ts,
// ./answer-errors.ts; this file puts them in order, with what every request goes through first.
export { defaultEngine, MAX_WARNINGS_HEADER, negotiateFormat, warningsCount, warningsHeader, type Engine } from './documents.js';

export interface AppOptions {
  /** Bearer keys required on /v1; empty or absent = open. */
  apiKeys?: readonly string[];
  /** Largest JSON body in bytes (HARBOR_BODY_LIMIT). */
  bodyLimit?: number;
  /** Most records in one batch (HARBOR_MAX_BATCH). */
  maxBatch?: number;
  /** Batches running at once, in all (HARBOR_MAX_BATCHES) and per key or address (HARBOR_MAX_BATCHES_PER_KEY). */
  maxBatches?: number;
  maxBatchesPerKey?: number;
  /** Largest batch body in bytes; default 16 × bodyLimit, at most 64 MB. */
  batchBodyLimit?: number;
  /** Templates to render with (HARBOR_TEMPLATES); default the shipped set. */
  templates?: TemplateSet;
  /** Destination of the JSON log lines (pino): one per request, one per bug; default: discard. */
  log?: Log;
  /** Requests per minute on /v1 per API key (per address without keys); 0 or absent = no limit. */
  rateLimit?: number;
  /**
   * Proxies in front whose X-Forwarded-For is believed (HARBOR_TRUST_PROXY): a hop count, or
   * express's named subnets ("loopback", ...). Absent: none, req.ip is the peer's address.
   */
  trustProxy?: number | string;
  /**
   * HARBOR_MAX_CONNECTIONS, named by the 503 of a request other than the health check on a
   * connection the host's own reserve let in past it (./connections.ts OWN_HOST_RESERVE).
   */
  maxConnections?: number;
  /** The kinds served; default the registry. Tests inject their own with a matching `engine`. */
  kinds?: readonly AnyKind[];
  engine?: Partial<Engine>;
  /**
   * Where documents are rendered (single renders and batches): `harbor serve` passes a worker
   * pool (src/workers/pool.ts); default: inline, through `engine.generate` and `templates`.
   */
  renderer?: Renderer;
  /**
   * Where a batch's workbooks are read (src/batch/xlsx-parser.ts: a process each, with memory and
   * time limits, a few at once, `busy` beyond its queue); default: one made for this app.
   */
  workbooks?: WorkbookParser;
  /**
   * Longest a response may wait for a client that has stopped reading, in ms (STALL_TIMEOUT_MS):
   * then the connection is cut and the work stops.
   */
  stallTimeoutMs?: number;
  /** The bounds of the lingering close after an answer sent before the body was read; default LINGER. For tests. */
  linger?: Readonly<LingerLimits>;
  /** The slots those lingering connections hold; default: the app's own. `harbor serve` passes its own, to stop them at shutdown. */
  lingering?: LingerSlots;
  /**
   * Jobs the renderer holds (running and queued) before it refuses the next `busy`: `GET /readyz`
   * answers 503 at that load (./health.ts). Absent: the load never makes the service unready.
   */
  renderCapacity?: number;
  /**
   * `harbor serve`'s shutdown: aborted when it begins (and `GET /readyz` answers 503 from then); `graceMs` is what a running batch's
   * records then get to finish (src/http/batch.ts, docs/batch.md §Output).
   */
  windDown?: { signal: AbortSignal; graceMs: number };
}

/** A client that takes nothing of a response for this long is cut off (slow-reader bound). */
export const STALL_TIMEOUT_MS = 30_000;

export function createApp(options: AppOptions = {}): express.Express {
  const kinds = options.kinds ?? KINDS;
  const engine: Engine = { ...defaultEngine, ...options.engine };
  const log: Log = options.log ?? (() => {});
  const logger = createLogger(log);
  const keys = options.apiKeys ?? [];
  let templates = options.templates; // the shipped set is compiled on first use
  const templatesNow = (): TemplateSet => (templates ??= defaultTemplates());
  // Every job is counted on its way to the renderer, for the readiness answer (./health.ts).
  const load = countedRenderer(options.renderer ?? inlineRenderer((job) => engine.generate({ ...job, templates: templatesNow() }), engine.check));
  const renderer = load.renderer;
  // A renderer that cannot check (a test's own) leaves checks to this thread.
  const checker: Renderer = renderer.check ? renderer : inlineRenderer(() => Promise.reject(new Error('unused')), engine.check);

  const stallTimeoutMs = options.stallTimeoutMs ?? STALL_TIMEOUT_MS;
  const closeIfUnread = lingeringClose(options.linger ?? LINGER, options.lingering);
  const kindOf = kindFinder(kinds);

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // no validators on confidential, uncacheable content
  app.set('query parser', 'simple');
  // Behind a proxy, req.ip (the rate-limit key without API keys) must be the client's address, not
  // the proxy's: X-Forwarded-For is read only from the proxies configured here, never by default
  // (a client could otherwise pick its own address and escape the limit).
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.use(requestLogs(logger));
  app.use(securityHeaders);
  // A connection let in past HARBOR_MAX_CONNECTIONS by the places kept for the host's own health
  // check is served that check only (./connections.ts OWN_HOST_RESERVE): anything else from it (a
  // local proxy not trusted, a script on the host) is refused as the cap refuses it, and closed.
  app.use((req, res, next) => {
    if (!holdsOwnHostReserve(req.socket)) return next();
    if (req.path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return next();
    res.set('Connection', 'close');
    next(reserveOnlyForHealth(options.maxConnections ?? 0));
  });
  app.use(requireHost);
  app.use(onlyChunked);

  healthRoutes(app, { load, capacity: options.renderCapacity, stopping: options.windDown?.signal });

  openApiRoute(app, { kinds, withKeys: keys.length > 0, example: engine.example });
  answerOtherMethods(app.router);
  // The web app and the API docs page (src/web/serve.ts): static pages under their own CSP.
  app.use(webApp(kinds.map((k) => k.id)));

  // Everything under /v1 needs a key when keys are configured; checked before a body is read.
  const v1 = express.Router();
  if (keys.length > 0) app.use('/v1', bearerAuth(keys));
  if (options.rateLimit) app.use('/v1', rateLimiter(options.rateLimit, keys.length > 0));
  app.use('/v1', v1);
  // The document routes (./documents.ts).
  const bodyLimit = options.bodyLimit ?? DEFAULTS.bodyLimit;
  documentRoutes(v1, { kinds, engine, kindOf, renderer, checker, bodyLimit, stallTimeoutMs });

  // The batch route (./batch.ts), behind the cap on batches at once.
  v1.post(
    '/batches/:kind',
    onlyQuery('format'),
    // Refused before the body is read when the cap is reached (src/http/admission.ts).
    batchCap({ total: options.maxBatches ?? DEFAULTS.maxBatches, perClient: options.maxBatchesPerKey ?? DEFAULTS.maxBatchesPerKey, byKey: keys.length > 0 }),
    ...batchRoute({
      kindOf,
      // The batch lane: batches never hold more than their share of the render queue.
      renderer: batchLane(renderer),
      logger,
      maxBatch: options.maxBatch ?? DEFAULTS.maxBatch,
      maxRecordBytes: bodyLimit,
      stallTimeoutMs,
      bodyLimit: options.batchBodyLimit ?? Math.min(64 * 1024 * 1024, 16 * bodyLimit),
      workbooks: options.workbooks ?? createWorkbookParser(),
      windDown: options.windDown,
    }),
  );

  // Every /v1 path with a parameter names a kind: an unknown one is 404 whatever the method.
  answerOtherMethods(v1, kindOf);

  // An unknown path is 404; every error becomes its problem (./answer-errors.ts).
  answerErrors(app, logger, closeIfUnread);

  return app;
}
