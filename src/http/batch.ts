// POST /v1/batches/{kind}?format=pdf|docx|both (design §5): many cases in, one ZIP out, streamed
// as each document is made, with one file per valid record and `manifest.json` last. The HTTP side
// of src/batch/run.ts: body types, limits, the 200, the streaming sink, and stopping the work when
// the client hangs up (every job in flight is aborted; the runner returns once they have settled).
import express, { type Request, type RequestHandler, type Response } from 'express';
import { HarborError, describeBug } from '../errors.js';
import type { AnyKind } from '../kinds/kind.js';
import type { Renderer } from '../workers/renderer.js';
import type { Logger } from 'pino';
import { hasBody, requestIdOf } from './middleware.js';
import { BATCH_TYPES, type RecordSource } from '../batch/input.js';
import { parseBatchFormat, readRecords, runBatch, type BatchFormat } from '../batch/run.js';
import { ZipStream } from '../batch/zip.js';

export type { BatchFormat, Manifest, ManifestRecord } from '../batch/run.js';

export interface BatchContext {
  kindOf: (req: Request) => AnyKind;
  renderer: Renderer;
  /** The service's logger (pino): lines carry counts and codes, never case data. */
  logger: Logger;
  maxBatch: number;
  /** Largest batch body in bytes. */
  bodyLimit: number;
}

/** `?format=`: pdf (default), docx or both. */
export function batchFormat(req: Request): BatchFormat {
  const q = req.query.format;
  if (q === undefined) return 'pdf';
  if (typeof q !== 'string') throw new HarborError('unknown-format', 'Give ?format= once: pdf, docx or both');
  return parseBatchFormat(q);
}

async function recordsOf(req: Request, kind: AnyKind, max: number): Promise<RecordSource> {
  if (!hasBody(req)) throw new HarborError('malformed-input', 'The request has no body', [{ path: '', code: 'malformed-input', message: 'empty body' }]);
  if (req.body === undefined) {
    const types = Object.values(BATCH_TYPES).flat().join(', ');
    throw new HarborError('unsupported-media-type', `Send the batch as one of: ${types}`);
  }
  if (req.is(BATCH_TYPES.json)) return readRecords('json', req.body, kind, max);
  return readRecords(req.is(BATCH_TYPES.ndjson) ? 'ndjson' : 'csv', String(req.body), kind, max);
}

export function batchRoute(ctx: BatchContext): RequestHandler[] {
  const json = express.json({ limit: ctx.bodyLimit, strict: true, type: BATCH_TYPES.json });
  const text = express.text({ limit: ctx.bodyLimit, type: [...BATCH_TYPES.ndjson, ...BATCH_TYPES.csv], defaultCharset: 'utf-8' });

  const handler = async (req: Request, res: Response): Promise<void> => {
    const kind = ctx.kindOf(req);
    const format = batchFormat(req);
    // Everything that can fail for the batch as a whole fails here, before the 200 is sent.
    const records = await recordsOf(req, kind, ctx.maxBatch);
    if (records.total === 0) throw new HarborError('malformed-input', 'The batch has no records', [{ path: '', code: 'malformed-input', message: 'no records' }]);

    // The client hanging up (the response closing before it is finished) stops the batch.
    const hangUp = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) hangUp.abort(new Error('client closed the connection'));
    });
    res.status(200).set({
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${kind.id}-batch.zip"`,
    });
    const zip = new ZipStream(res);
    let done = 0;
    const manifest = await runBatch({
      kind,
      records,
      format,
      sink: zip,
      renderer: ctx.renderer,
      signal: hangUp.signal,
      onProgress: (p) => (done = p.done),
      // A bug or a broken template: logged without its message (it can quote data).
      onBug: (index, he) => ctx.logger.error({ id: requestIdOf(res), record: index, code: he.code, ...describeBug(he.cause ?? he) }, 'error'),
    });
    if (manifest === undefined) {
      zip.abort();
      // Counts only: how far the batch got before the client left (every job is settled by now).
      ctx.logger.warn({ id: requestIdOf(res), kind: kind.id, done, total: records.total }, 'batch stopped: client gone');
    } else zip.end();
  };
  return [json, text, handler];
}
