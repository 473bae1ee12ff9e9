// The batch runner (design §5, §6): many cases in, one file per valid record plus `manifest.json`
// out, to any sink (an HTTP response, a file). One bad record never stops the others: it is listed
// in the manifest as "invalid" (its data) or "failed" (a bug in Harbor), never dropped silently.
// The HTTP route and `harbor batch` are thin callers.
import { setImmediate } from 'node:timers/promises';
import { HarborError, asHarborError, type Issue } from '../errors.js';
import type { AnyKind } from '../kinds/kind.js';
import { caseJsonSchema } from '../kinds/json-schema.js';
import { parseFormat, type Format } from '../pipeline.js';
import type { Renderer } from '../workers/renderer.js';
import { csvCell, flatten } from './dotpaths.js';
import { csvRecords, jsonRecords, ndjsonRecords, type BatchRecord, type InputType } from './input.js';

export type BatchFormat = Format | 'both';

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

/** Where the files of a batch go (a streaming ZIP). `compress` for text such as the manifest. */
export interface BatchSink {
  add(name: string, bytes: Uint8Array, compress?: boolean): Promise<void>;
}

/** "pdf" (default), "docx" or "both". */
export function parseBatchFormat(s: string | undefined): BatchFormat {
  if (s !== undefined && s.toLowerCase() === 'both') return 'both';
  return parseFormat(s);
}

/** Read the records of a batch body of a given type (the whole body must parse, else an error). */
export function readRecords(type: InputType, body: string | unknown, kind: AnyKind, max: number): BatchRecord[] {
  if (type === 'json') {
    let value = body;
    if (typeof body === 'string') {
      try {
        value = JSON.parse(body.replace(/^\uFEFF/, '')) as unknown;
      } catch {
        throw new HarborError('malformed-input', 'The batch is not valid JSON', [{ path: '', code: 'malformed-input', message: 'not valid JSON' }]);
      }
    }
    return jsonRecords(value, max);
  }
  if (type === 'ndjson') return ndjsonRecords(String(body), max);
  return csvRecords(String(body), max, caseJsonSchema(kind));
}

/** The CSV template of a kind: a header row of dot paths and the example as one row. */
export function csvTemplate(example: unknown): string {
  const cells = flatten(example);
  const header = Object.keys(cells);
  return `${header.map(csvCell).join(',')}\r\n${header.map((h) => csvCell(cells[h]!)).join(',')}\r\n`;
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

/** Issues of a per-record failure (a HarborError without issues gets one for the whole record). */
function issuesOf(e: HarborError): Issue[] {
  return e.issues.length > 0 ? e.issues : [{ path: '', code: e.code, message: e.message }];
}

export interface RunBatchOptions {
  kind: AnyKind;
  records: BatchRecord[];
  format: BatchFormat;
  sink: BatchSink;
  /** Where each document is rendered (inline or a worker pool). */
  renderer: Renderer;
  /** Called for a bug on one record (never with its message: it can quote data). */
  onBug?: (index: number, error: HarborError) => void;
  /** True when the consumer has gone (an HTTP client hung up): stop early. */
  stopped?: () => boolean;
  /** Progress after each record. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Render every record into the sink, then `manifest.json`. Returns the manifest, or undefined when
 * stopped early. Yields to the event loop between records: rendering is CPU-bound.
 */
export async function runBatch(o: RunBatchOptions): Promise<Manifest | undefined> {
  const formats: Format[] = o.format === 'both' ? ['pdf', 'docx'] : [o.format];
  const width = Math.max(4, String(o.records.length - 1).length);
  const manifest: Manifest = { kind: o.kind.id, format: o.format, total: o.records.length, rendered: 0, failed: 0, records: [] };

  for (const r of o.records) {
    await setImmediate();
    if (o.stopped?.()) return undefined;
    const id = 'value' in r ? recordId(r.value) : undefined;
    const entry: ManifestRecord = { index: r.index, ...(id ? { id } : {}), status: 'rendered' };
    manifest.records.push(entry);
    if ('errors' in r) {
      Object.assign(entry, { status: 'invalid', errors: r.errors });
    } else {
      try {
        const outputs = [];
        for (const f of formats) outputs.push(await o.renderer.render({ kind: o.kind.id, input: r.value, format: f }));
        const first = outputs[0]!;
        const stem = `${String(r.index).padStart(width, '0')}-${id ?? `${o.kind.id}-${first.fingerprint}`}`;
        entry.files = [];
        for (const g of outputs) {
          const name = `${stem}.${g.format}`;
          await o.sink.add(name, g.bytes);
          entry.files.push(name);
        }
        entry.fingerprint = first.fingerprint;
        if (first.warnings.length > 0) entry.warnings = first.warnings;
      } catch (e) {
        const he = asHarborError(e);
        if (he.httpStatus < 500) {
          Object.assign(entry, { status: 'invalid', errors: issuesOf(he) });
        } else {
          o.onBug?.(r.index, he);
          Object.assign(entry, { status: 'failed', errors: [{ path: '', code: he.code, message: 'Harbor failed on this record; it is a bug, not your data' }] });
        }
      }
    }
    o.onProgress?.(manifest.records.length, manifest.total);
  }
  manifest.rendered = manifest.records.filter((x) => x.status === 'rendered').length;
  manifest.failed = manifest.total - manifest.rendered;
  await o.sink.add('manifest.json', new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n'), true);
  return manifest;
}
