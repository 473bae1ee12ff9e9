// `harbor serve` (docs/http.md): validate the environment, compile the templates, start the
// render threads, listen; on close, finish what is in flight, then release the threads.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HarborError } from '../errors.js';
import { checkTemplates } from '../pipeline.js';
import { templatesFrom } from '../templates/env.js';
import { createRenderPool } from '../workers/pool.js';
import type { Renderer } from '../workers/renderer.js';
import { createApp } from './app.js';
import { loadConfig, type HttpConfig } from './config.js';

export { createApp } from './app.js';
export { loadConfig } from './config.js';

/** Slowest a client may be sending one request (headers + body), in ms: a slow-loris bound. */
export const REQUEST_TIMEOUT_MS = 60_000;
export const HEADERS_TIMEOUT_MS = 20_000;
/**
 * How often Node checks those two limits, in ms. Its default (30 s) let the 20 s header limit
 * fire anywhere from 20 to 50 s (measured ~26 s) and the 60 s one at ~89 s: checked every
 * second, each fires within a second of its time.
 */
const LIMITS_CHECK_MS = 1_000;
/** Jobs that may wait for a render thread, per thread; one more is a 503 `busy`. */
const QUEUE_PER_THREAD = 32;
/** How often idle keep-alive connections are closed while shutting down, in ms. */
const IDLE_SWEEP_MS = 50;

export interface ServeOptions {
  port?: number;
  host?: string;
  env: NodeJS.ProcessEnv;
  /** Destination of the log lines: the "listening" line, then pino's JSON lines. */
  log: (line: string) => void;
  /** Where documents are rendered; default from the configuration (HARBOR_WORKERS). For tests. */
  renderer?: (config: HttpConfig) => Renderer;
  /**
   * The header and request time limits in ms; default HEADERS_TIMEOUT_MS and REQUEST_TIMEOUT_MS.
   * For tests, which prove the limits fire without waiting 20 s.
   */
  timeouts?: { headersMs?: number; requestMs?: number };
}

/** The render pool of the configuration, or undefined for HARBOR_WORKERS=0 (the app renders inline). */
function rendererOf(config: HttpConfig): Renderer | undefined {
  if (config.workers === 0) return undefined;
  return createRenderPool({
    threads: config.workers,
    templatesDir: config.templatesDir,
    timeoutMs: config.renderTimeoutMs,
    nice: config.renderNice,
    maxQueue: QUEUE_PER_THREAD * config.workers,
  });
}

/**
 * Start the HTTP service; resolves once listening. Configuration comes from the environment
 * (validated with zod: PORT, HOST, HARBOR_API_KEYS, ...) with CLI flags taking precedence.
 * Returns a function that shuts down gracefully: stop accepting connections, let in-flight
 * requests finish (at most the render time limit plus a margin), then close the render threads.
 */
export async function serve(opts: ServeOptions): Promise<() => Promise<void>> {
  const config = loadConfig(opts.env, { port: opts.port, host: opts.host });
  // Compiling every template now makes a broken template stop the start (docs/architecture.md §Templates), not a request.
  const templates = templatesFrom(config.templatesDir);
  // A clinic's own templates (HARBOR_TEMPLATES) also render every shipped fixture now, so a field
  // they use that the view lacks stops the start too (the shipped set is checked in CI).
  if (config.templatesDir !== undefined) checkTemplates(templates);
  const renderer = opts.renderer ? opts.renderer(config) : rendererOf(config);
  const app = createApp({
    apiKeys: config.apiKeys,
    bodyLimit: config.bodyLimit,
    maxBatch: config.maxBatch,
    templates,
    log: opts.log,
    rateLimit: config.rateLimit,
    trustProxy: config.trustProxy,
    renderer,
  });
  const server = createServer(
    {
      requestTimeout: opts.timeouts?.requestMs ?? REQUEST_TIMEOUT_MS,
      headersTimeout: opts.timeouts?.headersMs ?? HEADERS_TIMEOUT_MS,
      connectionsCheckingInterval: LIMITS_CHECK_MS,
    },
    app,
  );

  try {
    await new Promise<void>((resolve, reject) => {
      const onError = (e: NodeJS.ErrnoException): void => {
        reject(new HarborError('usage', `cannot listen on ${config.host}:${config.port} (${e.code ?? 'error'})`));
      };
      server.once('error', onError);
      server.listen(config.port, config.host, () => {
        server.off('error', onError);
        resolve();
      });
    });
  } catch (e) {
    await renderer?.close();
    throw e;
  }
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  opts.log(`listening on http://${host}:${addr.port}`);

  let closing: Promise<void> | undefined;
  const shutdown = async (): Promise<void> => {
    const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    // A keep-alive connection becomes idle once its in-flight response is sent: close those as
    // they appear, and cut whatever is still open after the longest a render may take.
    server.closeIdleConnections();
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const cut = setTimeout(() => server.closeAllConnections(), config.renderTimeoutMs + 5_000);
    try {
      await closed;
    } finally {
      clearInterval(sweep);
      clearTimeout(cut);
      await renderer?.close();
    }
  };
  return () => (closing ??= shutdown());
}
