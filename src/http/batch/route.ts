// POST /v1/batches/{kind}?format=pdf|docx|both (design §5): many cases in, one ZIP out, streamed
// as each document is made, with one file per valid record and `manifest.json` last. One bad record
// never stops the others: it is listed in the manifest as "invalid" (its data) or "failed" (a bug).
import { setImmediate } from 'node:timers/promises';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { HarborError, asHarborError, type Issue } from '../../errors.js';
import type { AnyKind } from '../../kinds/kind.js';
import { parseFormat, type Format } from '../../pipeline.js';
import type { TemplateSet } from '../../templates/env.js';
import type { Engine } from '../app.js';
import type { Log } from '../middleware.js';
import { hasBody, requestIdOf } from '../middleware.js';
import { caseJsonSchema } from '../openapi.js';
import { describeBug } from '../problems.js';
import { BATCH_TYPES, csvRecords, jsonRecords, ndjsonRecords, type BatchRecord } from './input.js';
import { ZipStream } from './zip.js';

export type BatchFormat = Format | 'both';

export interface BatchContext {
  kindOf: (req: Request) => AnyKind;
  engine: Engine;
  templates: () => TemplateSet;
  log: Log;
  maxBatch: number;
  /** Largest batch body in bytes. */
  bodyLimit: number;
}

export interface ManifestRecord {
  index: number;
  id?: string;
  status: 'rendered' | 'invalid' | 'failed';
  files?: string[];
  fingerprint?: string;
  warnings?: Issue[];
  errors?: Issue[];
}

export interface Manifest {
  kind: string;
  format: BatchFormat;
  total: number;
  rendered: number;
  failed: number;
  records: ManifestRecord[];
}

/** `?format=`: pdf (default), docx or both. */
export function batchFormat(req: Request): BatchFormat {
  const q = req.query.format;
  if (q === undefined) return 'pdf';
  if (typeof q !== 'string') throw new HarborError('unknown-format', 'Give ?format= once: pdf, docx or both');
  if (q.toLowerCase() === 'both') return 'both';
  return parseFormat(q);
}

// A record's own reference (a top-level "id": a short token) names its files and manifest entry;
// anything else there is ignored, since it might be a name.
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;
function recordId(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const id = (v as Record<string, unknown>).id;
  const s = typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : id;
  return typeof s === 'string' && SAFE_ID.test(s) ? s : undefined;
}

function readRecords(req: Request, kind: AnyKind, max: number): BatchRecord[] {
  if (!hasBody(req)) throw new HarborError('malformed-input', 'The request has no body', [{ path: '', code: 'malformed-input', message: 'empty body' }]);
  if (req.body === undefined) {
    const types = Object.values(BATCH_TYPES).flat().join(', ');
    throw new HarborError('unsupported-media-type', `Send the batch as one of: ${types}`);
  }
  if (req.is(BATCH_TYPES.json)) return jsonRecords(req.body, max);
  const text = String(req.body);
  if (req.is(BATCH_TYPES.ndjson)) return ndjsonRecords(text, max);
  return csvRecords(text, max, caseJsonSchema(kind));
}

/** Issues of a per-record failure (a HarborError without issues gets one for the whole record). */
function issuesOf(e: HarborError): Issue[] {
  return e.issues.length > 0 ? e.issues : [{ path: '', code: e.code, message: e.message }];
}

export function batchRoute(ctx: BatchContext): RequestHandler[] {
  const json = express.json({ limit: ctx.bodyLimit, strict: true, type: BATCH_TYPES.json });
  const text = express.text({ limit: ctx.bodyLimit, type: [...BATCH_TYPES.ndjson, ...BATCH_TYPES.csv], defaultCharset: 'utf-8' });

  const handler = async (req: Request, res: Response): Promise<void> => {
    const kind = ctx.kindOf(req);
    const format = batchFormat(req);
    const formats: Format[] = format === 'both' ? ['pdf', 'docx'] : [format];
    // Everything that can fail for the batch as a whole fails here, before the 200 is sent.
    const records = readRecords(req, kind, ctx.maxBatch);
    if (records.length === 0) throw new HarborError('malformed-input', 'The batch has no records', [{ path: '', code: 'malformed-input', message: 'no records' }]);
    const templates = ctx.templates();

    let gone = false;
    res.once('close', () => (gone = !res.writableFinished));
    res.status(200).set({
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${kind.id}-batch.zip"`,
    });
    const zip = new ZipStream(res);
    const width = Math.max(4, String(records.length - 1).length);
    const manifest: Manifest = { kind: kind.id, format, total: records.length, rendered: 0, failed: 0, records: [] };

    for (const r of records) {
      // Let requests that arrived meanwhile run between records: rendering is CPU-bound.
      await setImmediate();
      if (gone) break;
      const id = 'value' in r ? recordId(r.value) : undefined;
      const entry: ManifestRecord = { index: r.index, ...(id ? { id } : {}), status: 'rendered' };
      manifest.records.push(entry);
      if ('errors' in r) {
        Object.assign(entry, { status: 'invalid', errors: r.errors });
        continue;
      }
      try {
        const outputs = [];
        for (const f of formats) outputs.push(await ctx.engine.generate({ kind: kind.id, input: r.value, format: f, templates }));
        const first = outputs[0]!;
        const stem = `${String(r.index).padStart(width, '0')}-${id ?? `${kind.id}-${first.fingerprint}`}`;
        entry.files = [];
        for (const g of outputs) {
          const name = `${stem}.${g.format}`;
          await zip.add(name, g.bytes);
          entry.files.push(name);
        }
        entry.fingerprint = first.fingerprint;
        if (first.warnings.length > 0) entry.warnings = first.warnings;
      } catch (e) {
        const he = asHarborError(e);
        if (he.httpStatus < 500) {
          Object.assign(entry, { status: 'invalid', errors: issuesOf(he) });
        } else {
          // A bug or a broken template: logged without its message (it can quote data).
          ctx.log(JSON.stringify({ msg: 'error', id: requestIdOf(res), record: r.index, code: he.code, ...describeBug(he.cause ?? e) }));
          Object.assign(entry, { status: 'failed', errors: [{ path: '', code: he.code, message: 'Harbor failed on this record; it is a bug, not your data' }] });
        }
      }
    }
    if (gone) {
      zip.abort();
      return;
    }
    manifest.rendered = manifest.records.filter((x) => x.status === 'rendered').length;
    manifest.failed = manifest.total - manifest.rendered;
    await zip.add('manifest.json', new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n'), true);
    zip.end();
  };
  return [json, text, handler];
}
