// The end of the app's chain (docs/http-errors.md): a path no route answers is 404, and every error
// a route or middleware raises becomes its problem (RFC 9457), logged by who is to act
// (./middleware.ts levelOf). Registered last by `createApp` (./app.ts).
import type { Express, NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { HarborError, describeBug } from '../errors.js';
import { markFailedAfterStart, markRefusedForLoad, NOT_IMPLEMENTED, requestIdOf, RETRY_AFTER_BUSY_S } from './middleware.js';
import { fromBodyParser, fromPathDecoding, sendProblem } from './problems.js';

/**
 * The 404 of an unknown path and the error handler, on `app`. `closeIfUnread`: what closes the
 * connection of an answer sent before its body was read (./admission.ts lingeringClose).
 */
export function answerErrors(app: Express, logger: Logger, closeIfUnread: (req: Request, res: Response) => void): void {
app.use((req) => {
  throw new HarborError('not-found', `No route ${req.method} ${req.path.slice(0, 200)}`);
});

// Errors: HarborError → its status; the body reader's failures (./body.ts, in body-parser's
// shape) → 400/413/415; a path that does not
// decode → 400; anything else is a bug → 500, logged by name and stack frames only (an error's
// message can quote case data).
app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
  const id = requestIdOf(res);
  const reqLog = (req as Request & { log?: typeof logger }).log ?? logger.child({ id });
  if (res.headersSent) {
    // Too late for a problem: the status and part of the body are out. Harbor's failure, so
    // logged as one (an error line, the request as 500, never a client's 499 nor a raw stack on
    // stderr), and the connection is cut, so the client sees a broken transfer, never a body
    // that looks whole (a ZIP without its manifest).
    const he = err instanceof HarborError ? err : undefined;
    reqLog.error({ code: he?.code ?? 'internal', ...describeBug(he?.cause ?? err) }, 'error');
    markFailedAfterStart(res);
    res.destroy();
    return;
  }
  let e = err instanceof HarborError ? err : (fromPathDecoding(err) ?? fromBodyParser(err, req.get('content-encoding')));
  if (e && (e.code === 'busy' || e.code === 'render-timeout')) {
    // Load, not a bug: the service says so and when to come back (the batch cap sets its own),
    // and its request line is a `warn`, as this one (./middleware.ts levelOf).
    markRefusedForLoad(res);
    reqLog.warn({ code: e.code }, 'refused');
    if (!res.get('Retry-After')) res.set('Retry-After', String(RETRY_AFTER_BUSY_S));
  } else if (!e || (e.httpStatus >= 500 && e.httpStatus !== NOT_IMPLEMENTED)) {
    const code = e?.code ?? 'internal';
    reqLog.error({ code, ...describeBug(e?.cause ?? err) }, 'error');
    e ??= new HarborError('internal', 'Internal error');
  }
  closeIfUnread(req, res);
  sendProblem(res, e, id);
});
}
