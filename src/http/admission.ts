// Admission before a body is read (docs/http.md §Batches, docs/http-errors.md): how many batches may run at
// once, in all and per client, and bodies whose declared length is already over their limit. Both
// answer at once, without reading the body; the error handler (app.ts) then closes the connection
// rather than reading what the client still sends (`closeIfUnread`).
import type { Request, RequestHandler, Response } from 'express';
import { HarborError } from '../errors.js';
import { clientKey, hasBody } from './middleware.js';

/** Seconds a batch refused for the batch cap is told to wait (Retry-After): batches last minutes. */
export const RETRY_AFTER_BATCH_S = 30;

export interface BatchCap {
  /** Batches running at once, all clients together (HARBOR_MAX_BATCHES). */
  total: number;
  /** Batches running at once per API key, or per client address without keys (HARBOR_MAX_BATCHES_PER_KEY). */
  perClient: number;
  /** Whether clients are told apart by API key (keys configured) or by address. */
  byKey: boolean;
}

/**
 * At most `cap.total` batches at once, and `cap.perClient` per key (or address). A batch counts
 * from the moment its headers are admitted (its body, up to 64 MB, is then held while it arrives)
 * until its response closes, however it ends. One more is refused with 503 `busy` and Retry-After
 * before a byte of its body is read: each batch holds its body and a ZIP in the making (~42 MB
 * for a 16 MB body), and its records take render threads from everything else.
 */
export function batchCap(cap: BatchCap): RequestHandler {
  let running = 0;
  const perClient = new Map<string, number>();
  return (req, res, next) => {
    const who = clientKey(req, cap.byKey);
    const mine = perClient.get(who) ?? 0;
    if (running >= cap.total || mine >= cap.perClient) {
      res.set('Retry-After', String(RETRY_AFTER_BATCH_S));
      const why =
        running >= cap.total
          ? `${cap.total} ${cap.total === 1 ? 'batch is' : 'batches are'} running, the most the service runs at once (HARBOR_MAX_BATCHES)`
          : `${cap.perClient} ${cap.perClient === 1 ? 'batch' : 'batches'} of this ${cap.byKey ? 'API key' : 'client address'} ${cap.perClient === 1 ? 'is' : 'are'} running, the most at once (HARBOR_MAX_BATCHES_PER_KEY)`;
      return next(new HarborError('busy', `${why}; retry in ${RETRY_AFTER_BATCH_S} s (Retry-After)`));
    }
    running++;
    perClient.set(who, mine + 1);
    res.once('close', () => {
      running--;
      const left = (perClient.get(who) ?? 1) - 1;
      if (left === 0) perClient.delete(who);
      else perClient.set(who, left);
    });
    next();
  };
}

/**
 * 413 at once for a body whose declared length (`Content-Length`, no Content-Encoding) is over
 * `limit` bytes, before a byte of it is read (body-parser, which read bodies before ./body.ts,
 * read and dropped the whole of one first, up to the request time limit: a declared 1 TB was read
 * for 60 s, then answered 408).
 */
export function declaredLengthWithin(limit: number, tooLarge: (limit: number) => HarborError): RequestHandler {
  return (req, _res, next) => {
    const encoding = (req.get('content-encoding') ?? 'identity').trim().toLowerCase();
    const length = Number(req.get('content-length'));
    if (encoding === 'identity' && Number.isFinite(length) && length > limit) return next(tooLarge(limit));
    next();
  };
}

/**
 * Answering before the body was read (a 413 from its declared length, a busy batch, a missing
 * key): `Connection: close`, so that Node closes the connection once the answer is sent instead
 * of reading the rest of the body to keep the connection alive.
 */
export function closeIfUnread(req: Request, res: Response): void {
  if (hasBody(req) && !req.complete) res.set('Connection', 'close');
}
