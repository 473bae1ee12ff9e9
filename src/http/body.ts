// Reading a request's body (docs/http-errors.md): its bytes, Content-Encoding undone, at most a
// limit. One reader for the single routes (a case, HARBOR_BODY_LIMIT) and the batch route (16
// times that), in place of express.raw, whose body-parser reads and drops the whole rest of a body
// over its limit before answering (lib/read.js `dump`): a chunked or compressed body, which
// declares no length to refuse at once (./admission.ts), was read for as long as its client kept
// sending, up to the 60 s request time limit, and then answered 408 instead of 413. Here the
// reading stops at the first byte over the limit, the 413 goes out at once and the connection is
// closed after it (`closeIfUnread`, `lingeringClose`'s, in answer-errors.ts's error handler: what the client still sends is then
// read and dropped for a bounded time, so that it reads the 413, never parsed or kept).
import { once } from 'node:events';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Request, RequestHandler } from 'express';
import { HarborError } from '../errors.js';
import { hasBody } from './middleware.js';
import { isDecoderError, undecodable, unsupportedEncoding } from './problems.js';

export interface BodyOptions {
  /** Most bytes of the body, after its Content-Encoding is undone. */
  limit: number;
  /** Media types read (`req.is`); a body of another type is left unread for the route to refuse. */
  types: string[];
  /** The 413 that names the limit that applies. */
  tooLarge: (limit: number) => HarborError;
  /** What to do with the body's chunks, once whole (join them, or keep them as they came). */
  keep: (req: Request, chunks: Buffer[]) => void;
}

/** An error in the shape body-parser gives (`type`, `status`), so `fromBodyParser` maps it the same way. */
const bodyError = (status: number, type: string): Error => Object.assign(new Error(type), { status, type });

// A Map, never an object literal looked up by the header's word: `Content-Encoding: constructor`
// found Object.prototype's constructor, piped the body into `Object()`, and the stream's end
// crashed the whole process (TypeError: dest.end is not a function).
const DECODERS = new Map<string, () => Transform>([
  ['deflate', createInflate],
  ['gzip', createGunzip],
  ['br', createBrotliDecompress],
]);

/**
 * Read the body as its chunks (Content-Encoding undone, `o.limit` bytes at most), with the errors
 * express.raw gave: 413 over the limit, 415 for an encoding Harbor does not decode, 400 for a body
 * that does not decode or arrive whole.
 */
export function readBody(o: BodyOptions): RequestHandler {
  return async (req, _res, next) => {
    if (!hasBody(req) || !req.is(o.types)) return next();
    const encoding = (req.get('content-encoding') ?? 'identity').trim().toLowerCase();
    let stream: Readable = req;
    if (encoding === 'identity') {
      const length = Number(req.get('content-length'));
      // Refused at once, the body unread.
      if (Number.isFinite(length) && length > o.limit) return next(o.tooLarge(o.limit));
    } else {
      const make = DECODERS.get(encoding);
      if (!make) return drained(req, o.limit, unsupportedEncoding(encoding), next);
      stream = req.pipe(make());
    }
    const chunks: Buffer[] = [];
    try {
      await collect(req, stream, o.limit, chunks, o.tooLarge);
    } catch (e) {
      if (stream !== req) {
        req.unpipe();
        stream.destroy();
      }
      // Over the limit: answered now, the rest of the body never read (the connection is closed
      // after the answer). A client that sends without end is not read for the request time limit.
      if (e instanceof HarborError && e.code === 'payload-too-large') {
        req.pause();
        // A compressed body is bounded as it inflates: said so, since what the client sent (a few
        // KB of gzip) is far below the limit the detail names, which read as a wrong answer.
        if (encoding !== 'identity') return next(new HarborError('payload-too-large', `${e.message}, once its Content-Encoding (${encoding}) is undone: the limit is on the body as it is read, not as it was sent`));
        return next(e);
      }
      // The request cut short, a body that does not decode (400), or anything else the stream
      // said: the body did not arrive whole.
      let refusal: unknown = bodyError(400, 'request.aborted');
      if (e instanceof HarborError) refusal = e;
      else if (isDecoderError(e)) refusal = undecodable(encoding);
      return drained(req, o.limit, refusal, next);
    }
    o.keep(req, chunks);
    next();
  };
}

/** The chunks of `stream` (the request, or its decoder) into `chunks`, at most `limit` bytes. */
function collect(req: Request, stream: Readable, limit: number, chunks: Buffer[], tooLarge: (limit: number) => HarborError): Promise<void> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const done = (e?: unknown): void => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', done);
      req.off('close', onClose);
      if (e === undefined) resolve();
      else reject(e as Error);
    };
    const onData = (c: Buffer): void => {
      size += c.length;
      if (size > limit) done(tooLarge(limit));
      else chunks.push(c);
    };
    const onEnd = (): void => done();
    // The client went before the body was whole.
    const onClose = (): void => {
      if (!req.complete) done(bodyError(400, 'request.aborted'));
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', done);
    req.on('close', onClose);
  });
}

/**
 * Read and drop the rest of a refused body, then pass the error on, so that a client still
 * sending reads the answer rather than a reset connection; but `limit` bytes of it at most: past
 * them the error goes on at once and the connection is closed after the answer.
 */
function drained(req: Request, limit: number, e: unknown, next: (e: unknown) => void): void {
  if (req.complete || req.destroyed) return next(e);
  let size = 0;
  let passed = false;
  const pass = (): void => {
    if (passed) return;
    passed = true;
    req.off('data', onData);
    next(e);
  };
  const onData = (c: Buffer): void => {
    size += c.length;
    if (size > limit) {
      req.pause();
      pass();
    }
  };
  req.on('data', onData);
  void Promise.race([once(req, 'end'), once(req, 'close')]).then(pass, pass);
}
