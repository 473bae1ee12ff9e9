// Cross-cutting middleware: request ids, one log line per request (pino-http), security headers
// (helmet), the rate limit.
//
// A log line carries method, path (never the query string), status, duration and request id:
// never a body, a header value or a field of the case (docs/architecture.md §Confidentiality).
// pino-http's default serializers would log every request header (Authorization included) and the
// full URL with its query, so the line is built here from those five fields only.
import { figure } from '../domain/format.js';
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit, ipKeyGenerator, type ClientRateLimitInfo, type Store } from 'express-rate-limit';
import helmet from 'helmet';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { HarborError, cut, describeBug } from '../errors.js';

/** Where log lines go: one JSON line per call, without the trailing newline. */
export type Log = (line: string) => void;

// An incoming X-Request-Id is kept only when it is a short token (it is echoed and logged).
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The request id of this request (set by `requestLogs`). */
export function requestIdOf(res: Response): string {
  return String(res.locals.requestId ?? '-');
}

/** Mark a response that failed after its status was sent: logged as 500, not as a hang-up (499). */
export function markFailedAfterStart(res: ServerResponse): void {
  (res as Response).locals.failedAfterStart = true;
}

const failedAfterStart = (res: ServerResponse): boolean => (res as Response).locals?.failedAfterStart === true;

/**
 * Mark a response the server answered on the socket itself, around the app (a 408 while the body
 * was still arriving: src/http/server.ts): logged with that status, not as a hang-up (499).
 */
export function markAnsweredOnSocket(res: ServerResponse, status: number): void {
  (res as Response).locals.answeredOnSocket = status;
}

const answeredOnSocket = (res: ServerResponse): unknown => (res as Response).locals?.answeredOnSocket;

/**
 * Mark the service as cutting its remaining connections (`harbor serve` shutting down, past its
 * grace time): a response cut from then on was stopped by the server, not abandoned by its client.
 */
export function markServerStopping(app: { locals: Record<string, unknown> }): void {
  app.locals.serverStopping = true;
}

/** Whether the service has started cutting its connections (`markServerStopping`). */
export const serverStopping = (res: ServerResponse): boolean => (res as Response).app?.locals?.serverStopping === true;

/**
 * The status a request is logged with: 500 for a failure after the start; for a response never
 * finished, 503 when the server's shutdown cut it, else 499 (the client hung up, nginx's usage).
 */
const loggedStatus = (res: ServerResponse): number => {
  if (failedAfterStart(res)) return 500;
  const onSocket = answeredOnSocket(res);
  if (typeof onSocket === 'number') return onSocket;
  if (res.writableFinished) return res.statusCode;
  return serverStopping(res) ? 503 : 499;
};

/**
 * Mark a response refused for load, not for a fault (503 `busy`, `render-timeout`): logged `warn`.
 * An alert on `error` lines then fires for Harbor's failures only, not for shedding under load
 * (until 2026-12-07 every busy 503 was an `error` line).
 */
export function markRefusedForLoad(res: ServerResponse): void {
  (res as Response).locals.refusedForLoad = true;
}

const refusedForLoad = (res: ServerResponse): boolean => (res as Response).locals?.refusedForLoad === true;

/**
 * The level of a request's line, by who is to act (docs/http.md, "Confidentiality and logs"):
 * `error` for Harbor's own failures (a 5xx that is a bug or a missing build, a failure after the
 * response started); `warn` for what a client or the load caused (4xx, 501 for a client's transfer
 * coding, a hang-up logged 499, a refusal for load: 503 `busy` or `render-timeout`, and a response
 * the shutdown cut); `info` for the rest.
 */
function levelOf(res: ServerResponse): 'error' | 'warn' | 'info' {
  if (failedAfterStart(res)) return 'error';
  if (res.statusCode >= 500 && res.statusCode !== NOT_IMPLEMENTED && !refusedForLoad(res)) return 'error';
  return res.statusCode >= 400 || !res.writableFinished ? 'warn' : 'info';
}

/** Longest path written to a log line; longer ones are cut (a path is not case data). */
const MAX_LOG_PATH = 200;

const pathOf = (req: IncomingMessage): string => ((req as Request).originalUrl ?? req.url ?? '').split('?')[0]!.slice(0, MAX_LOG_PATH);

/**
 * The service's pino logger, writing each line to `log`. Timestamps come from the clock: logs are
 * an entry-point concern and never reach a document. No pid/hostname (`base: null`).
 */
export function createLogger(log: Log): Logger {
  return pino(
    {
      base: null,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Anything else that ever logs a request, response or error object gets these fields only.
      serializers: {
        req: (req: IncomingMessage) => ({ method: req.method, path: pathOf(req) }),
        res: (res: ServerResponse) => ({ status: res.statusCode }),
        err: (e: unknown) => describeBug(e),
      },
    },
    { write: (s: string) => log(s.endsWith('\n') ? s.slice(0, -1) : s) },
  );
}

/**
 * One line per request, when the response is sent or the client hangs up: `{level, time, id,
 * method, path, status, ms, msg: "request"}`. Sets `X-Request-Id` (a safe incoming one is kept).
 */
export function requestLogs(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    wrapSerializers: false,
    quietReqLogger: true, // bind only the request id, never the whole request object
    quietResLogger: true,
    customAttributeKeys: { reqId: 'id', responseTime: 'ms' },
    // Request ids are random on purpose: they identify a request, never a document, so they do
    // not touch the determinism of outputs (docs/architecture.md §Determinism).
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
      (res as Response).locals.requestId = id;
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res) => levelOf(res),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request',
    // The whole line, replacing pino-http's {req, res, err}. A response the client abandoned
    // before it was sent is logged as 499 (nginx's usage). Duration in ms (Date.now()-based).
    customSuccessObject: (req, res, val: { ms: number }) => ({
      method: req.method,
      path: pathOf(req),
      status: loggedStatus(res),
      ms: val.ms,
    }),
    customErrorObject: (req, res, _err, val: { ms: number }) => ({
      method: req.method,
      path: pathOf(req),
      status: loggedStatus(res),
      ms: val.ms,
    }),
  });
}


const helmetHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
  },
  referrerPolicy: { policy: 'no-referrer' },
  frameguard: { action: 'deny' },
  crossOriginResourcePolicy: { policy: 'same-origin' },
});

/** helmet's headers with the strict API CSP (the web app's pages set WEB_CSP itself: src/web/serve.ts), and no-store. */
export const securityHeaders: RequestHandler = (req, res, next) => {
  // Case content (a child's, and confidential on each kind's own basis) must never sit in a shared
  // or browser cache;
  // the few public routes (schemas, docs) are cheap enough to serve uncached too.
  res.set('Cache-Control', 'no-store');
  helmetHeaders(req, res, next);
};

/**
 * An HTTP/1.1 request without `Host`, or one with two, is malformed (RFC 9112 §3.2): 400 as a problem, logged as any
 * request. `harbor serve` turns off Node's own check (`requireHostHeader`), whose bare 400 had no
 * problem body, no no-store, no request id and no log line.
 */
export const requireHost: RequestHandler = (req, res, next) => {
  if (req.httpVersionMajor === 1 && req.httpVersionMinor >= 1 && req.headers.host === undefined) {
    res.set('Connection', 'close');
    return next(new HarborError('malformed-input', 'An HTTP/1.1 request must carry a Host header (RFC 9112, section 3.2)'));
  }
  // Two lines of a field that is one value (Host, Authorization, Content-Type) are as malformed:
  // Node keeps the first and drops the others, so a proxy in front that read another one routed,
  // authorised or parsed the request where Harbor did not ("Authorization: Bearer good" then
  // "Bearer wrong" was authorised; "application/json" then "text/plain" read as JSON).
  const seen: Record<string, number> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!.toLowerCase();
    if (name in ONE_VALUE) seen[name] = (seen[name] ?? 0) + 1;
  }
  for (const [name, { label, rule }] of Object.entries(ONE_VALUE)) {
    if ((seen[name] ?? 0) > 1) {
      res.set('Connection', 'close');
      return next(new HarborError('malformed-input', `A request must carry one ${label} header, not several (${rule})`));
    }
  }
  next();
};

/**
 * Fields a request may carry once: each is one value, not a list (RFC 9110 § 5.3: a sender MUST NOT
 * send a field's lines more than once unless the field is a list; § 8.3 on Content-Type notes that
 * recipients that each pick another of its values disagree on the request).
 */
const ONE_VALUE: Readonly<Record<string, { label: string; rule: string }>> = {
  host: { label: 'Host', rule: 'RFC 9112, section 3.2' },
  authorization: { label: 'Authorization', rule: 'RFC 9110, sections 5.3 and 11.6.2' },
  'content-type': { label: 'Content-Type', rule: 'RFC 9110, sections 5.3 and 8.3' },
};

/**
 * A request whose Transfer-Encoding names a coding other than `chunked` (`gzip, chunked`): 501
 * `not-implemented`, its body unread and the connection closed (RFC 9112 §6.1: a server that
 * receives a transfer coding it does not understand SHOULD answer 501). Node's parser takes such a
 * request when `chunked` comes last and undoes only the chunking, so the app was handed gzip bytes
 * as if they were the body (a 400 "not valid JSON at character 0" that named the wrong mistake, or
 * worse, a batch of garbage rows). A body is compressed with Content-Encoding, which Harbor undoes.
 * Applies to every route: the body cannot be read whatever the route would do with it.
 */
/** The status of `not-implemented`: a 5xx by number, but the client's doing (logged `warn`, its detail kept). */
export const NOT_IMPLEMENTED = 501;

export const onlyChunked: RequestHandler = (req, res, next) => {
  const te = req.headers['transfer-encoding'];
  if (te === undefined) return next();
  // Node joins repeated Transfer-Encoding headers with ", ": one list either way. A coding's
  // parameters (`;q=…`) are not the coding.
  const other = te.split(',').map((c) => c.split(';')[0]!.trim().toLowerCase()).filter((c) => c !== 'chunked');
  if (other.length === 0) return next();
  res.set('Connection', 'close');
  const named = cut(other.filter((c) => c !== '').join(', ') || '""');
  next(
    new HarborError(
      'not-implemented',
      `The request's Transfer-Encoding gives a transfer coding Harbor does not undo (${named}); send the body with chunked alone or a Content-Length, and compress it with Content-Encoding: gzip, deflate or br`,
    ),
  );
};

/** Seconds a client is told to wait (Retry-After) after a 503 busy or render-timeout. */
export const RETRY_AFTER_BUSY_S = 5;

/**
 * Who a request is from, for per-client limits (the rate limit, running batches): its API key
 * (hashed: the key itself is never kept) when keys are configured, else its client address (IPv6
 * by /56). Runs after authentication, so only valid keys are seen.
 */
export function clientKey(req: Request, byKey: boolean): string {
  const m = /^Bearer[ ]+(\S+)/i.exec(req.get('authorization') ?? '');
  if (byKey && m) return 'key:' + createHash('sha256').update(m[1]!, 'utf8').digest('hex');
  return 'ip:' + ipKeyGenerator(req.ip ?? '');
}

/**
 * The rate limit's counts: express-rate-limit's MemoryStore with one difference, that `increment`
 * answers the count as it was at that request's hit, not the client's live record. The
 * MemoryStore (8.7.5) returns the record itself, and the limiter reads its `totalHits` only after
 * awaiting it: requests that arrive together (2,000 pipelined on one connection, parsed from one
 * read) each pass their own awaits in turn, all increment before any reads, and every one read
 * 2,000 and was 429, the first 600 too, where docs/http.md promises the first `perMinute` their
 * answer. Fixed windows from a client's first hit, as the MemoryStore's; a client's record is
 * dropped once its window is over (swept each window), so memory holds one window's clients.
 */
export class RateCounts implements Store {
  readonly localKeys = true;
  private windowMs = 60_000;
  private readonly clients = new Map<string, { totalHits: number; resetTime: Date }>();
  private sweeper: NodeJS.Timeout | undefined;

  init(options: { windowMs: number }): void {
    this.windowMs = options.windowMs;
    clearInterval(this.sweeper);
    this.sweeper = setInterval(() => this.sweep(Date.now()), this.windowMs);
    this.sweeper.unref(); // never keeps a stopping server's process alive
  }

  private sweep(now: number): void {
    for (const [key, c] of this.clients) if (c.resetTime.getTime() <= now) this.clients.delete(key);
  }

  private live(key: string, now: number): { totalHits: number; resetTime: Date } {
    let c = this.clients.get(key);
    if (!c || c.resetTime.getTime() <= now) {
      c = { totalHits: 0, resetTime: new Date(now + this.windowMs) };
      this.clients.set(key, c);
    }
    return c;
  }

  get(key: string): ClientRateLimitInfo | undefined {
    const c = this.clients.get(key);
    return c && c.resetTime.getTime() > Date.now() ? { totalHits: c.totalHits, resetTime: c.resetTime } : undefined;
  }

  increment(key: string): ClientRateLimitInfo {
    const c = this.live(key, Date.now());
    c.totalHits++;
    // A copy: this request's count, whatever later requests add before the limiter reads it.
    return { totalHits: c.totalHits, resetTime: c.resetTime };
  }

  decrement(key: string): void {
    const c = this.clients.get(key);
    if (c && c.totalHits > 0) c.totalHits--;
  }

  resetKey(key: string): void {
    this.clients.delete(key);
  }

  resetAll(): void {
    this.clients.clear();
  }

  shutdown(): void {
    clearInterval(this.sweeper);
  }
}

/**
 * At most `perMinute` requests a minute per API key (hashed: the key itself is never stored) when
 * keys are configured, else per client address (IPv6 by /56). Runs after authentication, so only
 * valid keys get a bucket. Over the limit: 429 `rate-limited` with Retry-After.
 */
export function rateLimiter(perMinute: number, byKey: boolean): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    store: new RateCounts(),
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => clientKey(req, byKey),
    handler: (_req, _res, next) => {
      // Retry-After is already set by express-rate-limit from the window's reset time.
      next(new HarborError('rate-limited', `More than ${figure(perMinute)} requests in a minute; wait for Retry-After seconds`));
    },
  });
}

/** True when the request carries a body at all (RFC 9112 §6.3: Transfer-Encoding or a length). */
export function hasBody(req: Request): boolean {
  return req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
}
