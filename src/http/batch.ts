// POST /v1/batches/{kind}?format=pdf|docx|both (docs/http.md §Batches): many cases in, one ZIP out, streamed
// as each document is made, with one file per valid record and `manifest.json` last. The HTTP side
// of src/batch/run.ts: body types, limits, the 200, the streaming sink, and stopping the work when
// the client hangs up (every job in flight is aborted; the runner returns once they have settled).
import { figure } from '../domain/format.js';
import { mediaAndCharset } from './charset.js';
import type { Request, RequestHandler, Response } from 'express';
import { HarborError, describeBug } from '../errors.js';
import type { AnyKind } from '../kinds/kind.js';
import type { Renderer } from '../workers/renderer.js';
import type { Logger } from 'pino';
import { hasBody, requestIdOf, serverStopping } from './middleware.js';
import { readBody } from './body.js';
import { probeAfterHalfClose } from './half-close.js';
import { BATCH_TYPES, fromChunks, type InputType, type RecordSource } from '../batch/input.js';
import { encodingFor, unknownEncodingMessage, type TextInput } from '../encodings.js';
import { noRecords, parseBatchFormat, readRecords, runBatch, type BatchFormat } from '../batch/run.js';
import { ZipStream } from '../batch/zip.js';
import type { WorkbookParser } from '../batch/xlsx-parser.js';

export type { BatchFormat } from '../batch/run.js';
export type { Manifest, ManifestRecord } from '../batch/manifest.js';

export interface BatchContext {
  kindOf: (req: Request) => AnyKind;
  renderer: Renderer;
  /** The service's logger (pino): lines carry counts and codes, never case data. */
  logger: Logger;
  maxBatch: number;
  /** Largest batch body in bytes. */
  bodyLimit: number;
  /** Longest a response may wait for its reader to take more before it is cut, in ms. */
  stallTimeoutMs: number;
  /** Longest one record may be (HARBOR_BODY_LIMIT, the limit of one case), in characters. */
  maxRecordBytes: number;
  /** Where workbooks are read: a process each, with memory and time limits, and a queue (src/batch/xlsx-parser.ts). */
  workbooks?: WorkbookParser;
  /**
   * Aborted when `harbor serve` begins to stop; `graceMs` (the render time limit) is what the
   * records rendering then get. A batch running then ends early with a whole archive (runBatch's
   * `windDown`); one not yet answered is refused, 503 `busy`, before any byte.
   */
  windDown?: { signal: AbortSignal; graceMs: number };
}

/** 503 for a batch the shutdown meets before its 200: refused whole, never begun and cut. */
function refuseIfStopping(ctx: BatchContext): void {
  if (ctx.windDown?.signal.aborted) throw new HarborError('busy', 'The service is shutting down and starts no new batch; send the batch again in a moment (to this service once restarted, or another)');
}

/** `?format=`: pdf (default), docx or both. */
export function batchFormat(req: Request): BatchFormat {
  const q = req.query.format;
  if (q === undefined) return 'pdf';
  if (typeof q !== 'string') throw new HarborError('unknown-format', 'Give ?format= once: pdf, docx or both');
  return parseBatchFormat(q);
}

async function recordsOf(req: Request, kind: AnyKind, max: number, maxRecordChars: number, workbook: { workbooks?: WorkbookParser; signal: AbortSignal }): Promise<RecordSource> {
  if (!hasBody(req)) throw new HarborError('malformed-input', 'The request has no body', [{ path: '', code: 'malformed-input', message: 'empty body' }]);
  const type = (Object.keys(BATCH_TYPES) as InputType[]).find((t) => req.is(BATCH_TYPES[t]));
  const chunks = (req as Request & { [BODY]?: Buffer[] })[BODY];
  if (chunks === undefined || type === undefined) {
    const types = Object.values(BATCH_TYPES).flat().join(', ');
    throw new HarborError('unsupported-media-type', `Send the batch as one of: ${types}`);
  }
  // The body arrives as the chunks it came in (read without blocking, never joined into one
  // buffer) and is parsed as a stream, in slices, by the format's reader (src/batch/input.ts):
  // never one JSON.parse of 64 MB on this thread.
  return readRecords(type, fromChunks(chunks), kind, max, maxRecordChars, type === 'xlsx' ? undefined : bodyText(req), { ...workbook, maxRecordsNote: 'HARBOR_MAX_BATCH' });
}

/**
 * How a text body is decoded (src/encodings.ts, src/batch/encoding.ts): the `charset` of its Content-Type, if any
 * (415 naming it when Harbor does not read it), else UTF-8 (or what its byte-order mark says).
 */
function bodyText(req: Request): TextInput {
  const parsed = mediaAndCharset(req.get('content-type'));
  const media = parsed.media ?? 'text/csv';
  const label = parsed.label;
  const encoding = label === undefined ? undefined : encodingFor(label);
  if (label !== undefined && encoding === undefined) throw new HarborError('unsupported-media-type', unknownEncodingMessage('Content-Type charset', label));
  return { encoding, name: 'The batch', howToGive: (e) => `Content-Type: ${media}; charset=${e}` };
}

/** Where `readBatchBody` leaves the body's chunks on the request. */
const BODY = Symbol('batch body');

/** 413 naming the limit that applies to a batch (not HARBOR_BODY_LIMIT itself, 16 times smaller). */
const tooLarge = (limit: number): HarborError =>
  new HarborError('payload-too-large', `The batch body is larger than the batch limit of ${figure(limit)} bytes (16 × HARBOR_BODY_LIMIT, at most 64 MB)`);

/**
 * Read a batch body of one of BATCH_TYPES as its chunks (./body.ts), without joining them into
 * one buffer at the end, which for a 16 MB body held the event loop ~15 ms, and its garbage more
 * (issue 16).
 */
const readBatchBody = (limit: number): RequestHandler =>
  readBody({
    limit,
    types: Object.values(BATCH_TYPES).flat(),
    tooLarge,
    keep: (req, chunks) => {
      (req as Request & { [BODY]?: Buffer[] })[BODY] = chunks;
    },
  });

/**
 * What the request's line and headers alone decide, judged before a byte of the body is read: the
 * kind, the format, the media type and its charset. With `Expect: 100-continue` the 100 goes out
 * only when the body is read (src/http/server.ts), so a batch for an unknown kind, in an unknown
 * format or charset is answered before its client sends the body; until 2026-12-06 it got the
 * 100, sent up to 64 MB, then its 404, 406 or 415.
 */
function headersFirst(ctx: BatchContext): RequestHandler {
  return (req, _res, next) => {
    refuseIfStopping(ctx);
    ctx.kindOf(req);
    batchFormat(req);
    if (hasBody(req)) {
      const type = (Object.keys(BATCH_TYPES) as InputType[]).find((t) => req.is(BATCH_TYPES[t]));
      if (type === undefined) throw new HarborError('unsupported-media-type', `Send the batch as one of: ${Object.values(BATCH_TYPES).flat().join(', ')}`);
      if (type !== 'xlsx') bodyText(req);
    }
    next();
  };
}

export function batchRoute(ctx: BatchContext): RequestHandler[] {
  // Bytes only (Content-Encoding undone, the limit applied); parsing is the readers' job.
  const raw = readBatchBody(ctx.bodyLimit);

  const handler = async (req: Request, res: Response): Promise<void> => {
    const kind = ctx.kindOf(req);
    const format = batchFormat(req);
    // The client hanging up (the response closing before it is finished) stops the batch, and
    // the reading of a workbook (its thread is ended).
    const hangUp = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) hangUp.abort(new Error('client closed the connection'));
    });
    // A client whose FIN comes before the 200 (its first document) may have half-closed on purpose
    // or be gone: probed until the answer begins, so a gone one frees its batch slot and renders
    // within a round trip or so, not at the first document (./half-close.ts).
    probeAfterHalfClose(req, res);
    // Everything that can fail for the batch as a whole fails here, before the 200 is sent.
    let records: RecordSource;
    try {
      records = await recordsOf(req, kind, ctx.maxBatch, ctx.maxRecordBytes, { workbooks: ctx.workbooks, signal: hangUp.signal });
    } catch (e) {
      if (hangUp.signal.aborted) return; // nobody to answer; the request line logs 499
      throw e;
    }
    if (records.total === 0) throw noRecords();
    refuseIfStopping(ctx); // the shutdown began while the body was read
    res.status(200).set({
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${kind.id}-batch.zip"`,
    });
    const zip = new ZipStream(res, ctx.stallTimeoutMs);
    let done = 0;
    let manifest;
    try {
      manifest = await runBatch({
      kind,
      records,
      format,
      sink: zip,
      renderer: ctx.renderer,
      signal: hangUp.signal,
      windDown: ctx.windDown,
      onProgress: (p) => (done = p.done),
      // A bug or a broken template: logged without its message (it can quote data).
      onBug: (index, he) =>
        // A record past the render time limit is an expected outcome of its case, not a bug: no stack.
        he.code === 'render-timeout'
          ? ctx.logger.warn({ id: requestIdOf(res), record: index, code: he.code }, 'record stopped')
          : ctx.logger.error({ id: requestIdOf(res), record: index, code: he.code, ...describeBug(he.cause ?? he) }, 'error'),
      });
    } catch (e) {
      // After the 200: no central directory, so the archive never looks whole; the app's error
      // handler logs it as Harbor's failure and cuts the connection.
      zip.abort();
      throw e;
    }
    // The connection cut (the shutdown's last resort, a reset) as the last record settled: the
    // runner finished, but writing into a gone socket, its 'close' event not yet come. Stopped.
    if (manifest !== undefined && res.socket?.destroyed === true) manifest = undefined;
    if (manifest === undefined) {
      zip.abort();
      // Counts only: how far the batch got before the client left (every job is settled by now).
      const why = zip.stalled ? 'client stopped reading' : serverStopping(res) ? 'server shutting down' : 'client gone';
      ctx.logger.warn({ id: requestIdOf(res), kind: kind.id, done, total: records.total, ...(zip.stalled ? { stalledMs: ctx.stallTimeoutMs } : {}) }, `batch stopped: ${why}`);
    } else zip.end();
  };
  return [headersFirst(ctx), raw, handler];
}
