// `harbor serve` (docs/http.md): validate the environment, compile the templates, listen, start
// the render threads; on close, finish what is in flight, then release the threads.
import { duration, figure } from '../domain/format.js';
import { randomUUID } from 'node:crypto';
import { createServer, maxHeaderSize, type IncomingMessage, type Server, type ServerOptions, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { HarborError, toProblem } from '../errors.js';
import { checkTemplates, loadMarkupLibrary } from '../pipeline.js';
import { templatesFrom } from '../templates/env.js';
import { createRenderPool } from '../workers/pool.js';
import { createWorkbookParser } from '../batch/xlsx-parser.js';
import type { Renderer } from '../workers/renderer.js';
import { RECORDS_PER_THREAD } from '../batch/run.js';
import { createApp } from './app.js';
import { loadConfig, type HttpConfig } from './config.js';
import { LINGER, LingerSlots } from './admission.js';
import { capConnections } from './connections.js';
import { createLogger, markAnsweredOnSocket, markServerStopping } from './middleware.js';
import { PROBLEM_TYPE, problemJson, rawProblem } from './problems.js';

export { createApp } from './app.js';
export { loadConfig } from './config.js';

/**
 * What to do when the port cannot be listened on, by the system's code: a newcomer's `npm start`
 * with another `harbor serve` (or anything) on port 3000 was told only "(EADDRINUSE)".
 */
const HOST_NAME_ADVICE = ': no address of this machine goes by that name; give an address it has, like 127.0.0.1 (HOST, or harbor serve --host)';
const LISTEN_ADVICE: Record<string, string> = {
  EADDRINUSE: ': another program (another harbor serve?) is listening on that port; stop it, or give another port (PORT, or harbor serve --port; 0 picks a free one)',
  EACCES: ': this user may not listen on that port (below 1024 needs privileges); give a port from 1024 up (PORT, or harbor serve --port)',
  EADDRNOTAVAIL: ': that address is not one of this machine\'s; give one it has (HOST, or harbor serve --host)',
  // A host that is no address is looked up as a name (256.1.1.1, a typo); the lookup's failure
  // was the bare code. EAI_AGAIN: no name server answered (a machine without one).
  ENOTFOUND: HOST_NAME_ADVICE,
  EAI_AGAIN: HOST_NAME_ADVICE,
};

/** Slowest a client may be sending one request (headers + body), in ms: a slow-loris bound. */
export const REQUEST_TIMEOUT_MS = 60_000;
export const HEADERS_TIMEOUT_MS = 20_000;
/**
 * How often Node checks those two limits, in ms. Its default (30 s) let the 20 s header limit
 * fire anywhere from 20 to 50 s (measured ~26 s) and the 60 s one at ~89 s: checked every
 * second, each fires within a second of its time.
 */
const LIMITS_CHECK_MS = 1_000;

/**
 * The options of `serve`'s HTTP server: its header and request time limits (ms), checked every
 * LIMITS_CHECK_MS. Exported so a test reads what the server is given, not how late its timers fire.
 */
export function serverOptions(limits: { requestMs: number; headersMs: number }): ServerOptions {
  return {
    requestTimeout: limits.requestMs,
    headersTimeout: limits.headersMs,
    connectionsCheckingInterval: LIMITS_CHECK_MS,
    // A request without Host is refused by the app (`requireHost`), as a problem and logged.
    requireHostHeader: false,
  };
}
/** Jobs that may wait for a render thread, per thread; one more is a 503 `busy`. */
const QUEUE_PER_THREAD = 32;
/**
 * Jobs of batches in the pool at once (running or queued, all batches together), per thread: one
 * batch's window of records in flight (RECORDS_PER_THREAD per thread) in both formats. The other
 * 29 of every thread's 33 places are left to single requests (renders and checks), which a running
 * batch can therefore never refuse `busy`, and which wait behind at most these few batch jobs.
 */
const BATCH_SLOTS_PER_THREAD = RECORDS_PER_THREAD * 2;
/** How often idle keep-alive connections are closed while shutting down, in ms. */
const IDLE_SWEEP_MS = 50;

export interface ServeOptions {
  port?: number;
  host?: string;
  env: NodeJS.ProcessEnv;
  /** Destination of the log lines, each one JSON object: `{"msg":"listening","url":…}` first, then the requests'. */
  log: (line: string) => void;
  /** Where documents are rendered; default from the configuration (HARBOR_WORKERS). For tests. */
  renderer?: (config: HttpConfig) => Renderer;
  /**
   * The header and request time limits in ms; default HEADERS_TIMEOUT_MS and REQUEST_TIMEOUT_MS.
   * For tests, which prove the limits fire without waiting 20 s. `lingerMs`: how long a refused
   * connection or body lingers after its answer (default LINGER's and ./connections.ts's 5 s), for
   * tests that hold one lingering past their own bound to show a shutdown does not wait for it.
   */
  timeouts?: { headersMs?: number; requestMs?: number; lingerMs?: number };
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
    batchSlots: BATCH_SLOTS_PER_THREAD * config.workers,
  });
}

/** The problem a request refused by Node's HTTP layer gets, by Node's error code. */
function clientProblem(e: NodeJS.ErrnoException, limits: { headersMs: number; requestMs: number }): HarborError {
  switch (e.code ?? '') {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new HarborError('request-timeout', `The request did not arrive in time: ${duration(limits.headersMs)} for its headers, ${duration(limits.requestMs)} in all`);
    case 'HPE_HEADER_OVERFLOW':
      return new HarborError('headers-too-large', `The request's headers are larger than the ${figure(Math.round(maxHeaderSize / 1024))} KB the server reads`);
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new HarborError('payload-too-large', 'A chunk extension in the request body is longer than the server reads');
    default:
      return new HarborError('malformed-input', 'The request is not well-formed HTTP/1.1: its request line, a header or its framing (Content-Length, Transfer-Encoding) is malformed');
  }
}

/**
 * Answer, as Harbor does, the requests Node's HTTP layer refuses before the app sees them (its
 * bare defaults had no problem+json body and no Cache-Control: no-store): a request line or
 * headers that do not parse, conflicting Content-Length and Transfer-Encoding (400), headers over
 * the limit (431), the slow-loris time limits (408), and an `Expect` other than 100-continue
 * (417). The connection is closed after the answer. As Node's docs require, nothing is written on
 * a socket that is no longer writable or whose response has begun. The log line carries the
 * status and Node's error code, never a header or a body.
 */
export function answerClientErrors(server: Server, logger: Logger, limits: { headersMs: number; requestMs: number }): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    // The response in progress on this socket, if a request got as far as the app.
    const res = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage ?? undefined;
    if (err.code === 'ECONNRESET' || !socket.writable || res?.headersSent) {
      socket.destroy();
      return;
    }
    const problem = clientProblem(err, limits);
    // A request the app was reading (a body arriving too slowly): its own request line logs the
    // status the client got, under its id. Otherwise the app never saw it: one line here.
    const appId = (res as { locals?: { requestId?: unknown } } | undefined)?.locals?.requestId;
    const id = typeof appId === 'string' ? appId : randomUUID();
    if (res && typeof appId === 'string') markAnsweredOnSocket(res, problem.httpStatus);
    else logger.warn({ id, status: problem.httpStatus, error: err.code ?? 'unknown' }, 'client error');
    socket.end(rawProblem(problem, id), () => socket.destroy());
  });
  // CONNECT (a proxy's method: Harbor is none) never reaches the app; Node closed the socket
  // without a word. Answered 405 with an empty Allow (no method tunnels anywhere here).
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    const id = randomUUID();
    const problem = new HarborError('method-not-allowed', 'CONNECT is not supported: Harbor is not a proxy');
    logger.warn({ id, method: req.method, status: problem.httpStatus }, 'request');
    if (!socket.writable) return void socket.destroy();
    socket.end(rawProblem(problem, id, ['Allow: ']), () => socket.destroy());
  });
  // `Expect: 100-continue`: Node's default sends the 100 before the app sees the request, and the
  // client then sends its body even when the answer is a refusal that never reads it (a batch over
  // the cap, a declared length over the limit, a missing key). Here the 100 goes out only when
  // the app starts reading the body; a request refused first gets its final answer instead, and
  // Node closes its connection (RFC 9110 §10.1.1).
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    req.once('resume', () => {
      if (!res.headersSent) res.writeContinue();
    });
    server.emit('request', req, res);
  });
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const id = randomUUID();
    const problem = new HarborError('expectation-failed', 'The Expect header is not supported: the server understands only "Expect: 100-continue"');
    const body = problemJson({ ...toProblem(problem), requestId: id });
    res.writeHead(problem.httpStatus, {
      'Content-Type': PROBLEM_TYPE,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'X-Request-Id': id,
      Connection: 'close',
    });
    res.end(body);
    logger.warn({ id, method: req.method, path: (req.url ?? '').split('?')[0]!.slice(0, 200), status: problem.httpStatus }, 'request');
  });
}

/**
 * From `begin()` (the shutdown), every response not yet begun, in flight or on a request still
 * arriving, says `Connection: close` and its connection is closed once it is sent (RFC 9112 § 9.6:
 * a server that is closing a connection says so in the last response on it). Until 2026-12-06 the
 * answer in flight at SIGTERM said `keep-alive`, so a client sent its next request on that
 * connection, which the shutdown then closed: the request was reset unanswered, and the client
 * could not tell whether a POST had been done. Now it opens a new connection, refused at once.
 */
function closeAfterAnswer(server: Server): { begin: () => void } {
  const unanswered = new Set<ServerResponse>();
  let closing = false;
  // First of the 'request' listeners: before the app answers anything, however quickly.
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (closing) {
      res.shouldKeepAlive = false;
      return;
    }
    unanswered.add(res);
    const done = (): void => void unanswered.delete(res);
    res.once('finish', done);
    res.once('close', done);
  });
  return {
    begin: () => {
      closing = true;
      // Node writes `Connection: close` (and closes after the response) when shouldKeepAlive is false as the headers go out.
      for (const res of unanswered) if (!res.headersSent) res.shouldKeepAlive = false;
      unanswered.clear();
    },
  };
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
  if (config.templatesDir !== undefined) {
    await loadMarkupLibrary(); // what their markup may need (htmlparser2: src/markup/parse.ts)
    checkTemplates(templates);
  }
  const limits = { requestMs: opts.timeouts?.requestMs ?? REQUEST_TIMEOUT_MS, headersMs: opts.timeouts?.headersMs ?? HEADERS_TIMEOUT_MS };
  // The app is attached once listening: the port is taken before the render threads start, so a
  // port in use or a host that is no address is told at once (until 2026-12-07 the threads started
  // first, and the error waited seconds for them to boot and be closed again).
  const server = createServer(serverOptions(limits));
  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException): void => {
      reject(new HarborError('usage', `cannot listen on ${config.host}:${String(config.port)} (${e.code ?? 'error'})${LISTEN_ADVICE[e.code ?? ''] ?? ''}`));
    };
    server.once('error', onError);
    server.listen(config.port, config.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  // From here to the app's attachment nothing awaits: 'listening' comes on a tick, this resumes as a
  // microtask, and no connection is accepted before the event loop polls again, so no request
  // meets a server without its app, its caps or its listeners.
  let renderer: Renderer | undefined;
  try {
    renderer = opts.renderer ? opts.renderer(config) : rendererOf(config);
  } catch (e) {
    server.close();
    throw e;
  }
  const lingerMs = opts.timeouts?.lingerMs;
  const linger = lingerMs === undefined ? LINGER : { ...LINGER, ms: lingerMs, idleMs: lingerMs };
  // The app's lingering closes, held here to be stopped at shutdown.
  const lingering = new LingerSlots(linger.sockets);
  // Aborted as the shutdown begins: a running batch starts no more records, gives those rendering
  // the render time limit, and ends with its manifest, 5 s before what is still open is cut.
  const windDown = new AbortController();
  const app = createApp({
    windDown: { signal: windDown.signal, graceMs: config.renderTimeoutMs },
    linger,
    lingering,
    apiKeys: config.apiKeys,
    bodyLimit: config.bodyLimit,
    maxBatch: config.maxBatch,
    maxBatches: config.maxBatches,
    maxBatchesPerKey: config.maxBatchesPerKey,
    templates,
    log: opts.log,
    rateLimit: config.rateLimit,
    trustProxy: config.trustProxy,
    maxConnections: config.maxConnections,
    renderer,
    // A pool refuses `busy` past its threads and their queue (src/workers/pool.ts): /readyz is 503 there.
    ...(renderer ? { renderCapacity: renderer.threads * (QUEUE_PER_THREAD + 1) } : {}),
    // Workbooks are read at the render threads' priority, below the main thread's.
    workbooks: createWorkbookParser({ nice: config.renderNice }),
  });
  server.on('request', app);
  // A client that sends its request and then closes its side of the connection (`shutdown(SHUT_WR)`,
  // `nc -N`, a script's `socket.end()`) still reads the answer: RFC 9112 §9.6 lets a client close
  // for sending and wait for the response. Node's default (httpAllowHalfOpen false) ended the
  // socket at the client's FIN, so the answer was never sent and the request was logged 499, a
  // hang-up. With it true, Node closes the connection after the response in progress (`_last`),
  // and at once when none is (an idle keep-alive connection). Undocumented but long-standing: the
  // property is read by node:_http_server's socketOnEnd (Node 20 and 22).
  (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  const logger = createLogger(opts.log);
  // Before any other `connection` listener: Node's own (the HTTP parser) runs only for a connection
  // under its address's cap. A peer express believes as a proxy (hop 0 of HARBOR_TRUST_PROXY) is not capped.
  const trusts = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const caps = capConnections(
    server,
    { perAddress: config.maxConnectionsPerAddress, total: config.maxConnections, isTrustedProxy: (address) => trusts(address, 0), refusedLingerMs: lingerMs },
    logger,
  );
  answerClientErrors(server, logger, limits);
  const lastWords = closeAfterAnswer(server);

  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  // One format for every line of the log: the address is a JSON line as the requests' are (until
  // 2026-12-07 a plain "listening on …" line came first, which a reader of JSON lines tripped on).
  logger.info({ url: `http://${host}:${String(addr.port)}` }, 'listening');

  let closing: Promise<void> | undefined;
  const shutdown = async (): Promise<void> => {
    lastWords.begin();
    windDown.abort();
    const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    // Connections lingering after a refusal have had their answer and serve nothing more, but
    // server.close() waits for them too (up to 5 s, or LINGER.ms for a refused body): cut now.
    lingering.stop();
    caps.lingering.stop();
    // A keep-alive connection becomes idle once its in-flight response is sent: close those as
    // they appear, and cut whatever is still open after the longest a render may take.
    server.closeIdleConnections();
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const cut = setTimeout(() => {
      // What is cut now is the server's doing: logged as such (503), never as a client gone (499).
      markServerStopping(app);
      server.closeAllConnections();
    }, config.renderTimeoutMs + 5_000);
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
