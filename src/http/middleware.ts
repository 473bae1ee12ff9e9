// Cross-cutting middleware: request ids, one log line per request, security headers.
//
// A log line carries method, path (never the query string), status, duration and request id:
// never a body, a header value or a field of the case (design §5; the data is about children).
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export type Log = (line: string) => void;

// An incoming X-Request-Id is kept only when it is a short token (it is echoed and logged).
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The request id of this request (set by `requestContext`). */
export function requestIdOf(res: Response): string {
  return String(res.locals.requestId ?? '-');
}

/** Longest path written to a log line; longer ones are cut (a path is not case data). */
const MAX_LOG_PATH = 200;

export function requestContext(log: Log): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    // Request ids are random on purpose: they identify a request, never a document, so they do
    // not touch the determinism of outputs (design §3).
    const incoming = req.get('x-request-id');
    const id = incoming !== undefined && SAFE_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = id;
    res.set('X-Request-Id', id);
    const started = process.hrtime.bigint(); // monotonic clock, for the duration only
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = (req.originalUrl.split('?')[0] ?? '').slice(0, MAX_LOG_PATH);
      log(
        JSON.stringify({
          msg: 'request',
          method: req.method,
          path,
          // A response the client abandoned before it was sent is logged as 499 (nginx's usage).
          status: res.writableFinished ? res.statusCode : 499,
          ms: Math.round(ms * 10) / 10,
          id,
        }),
      );
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  };
}

/** CSP for API responses: nothing may be loaded or framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** CSP for /docs: its own script, style and /openapi.json only. */
export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The few headers helmet would set that matter for an API carrying confidential documents. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Content-Security-Policy': API_CSP,
    // Case content must never sit in a shared or browser cache (8 U.S.C. § 1367 confidentiality);
    // the few public routes (schemas, docs) are cheap enough to serve uncached too.
    'Cache-Control': 'no-store',
  });
  next();
};

/** True when the request carries a body at all (RFC 9112 §6.3: Transfer-Encoding or a length). */
export function hasBody(req: Request): boolean {
  return req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
}
