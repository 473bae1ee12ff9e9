// The batch runner (docs/batch.md): many cases in, one file per valid record plus `manifest.json`
// out, to any sink (an HTTP response, a file). One bad record never stops the others: it is listed
// in the manifest as "invalid" (its data) or "failed" (Harbor's fault: a bug, a render past the
// time limit), never dropped silently. The HTTP route and `harbor batch` are thin callers.
//
// Records are rendered by a Renderer (a worker pool) a few at a time — at most `window` records
// rendering, RECORDS_PER_THREAD (2) per render thread by default — and written to the sink strictly
// in record order, so the same batch gives the same archive however the threads interleave. A record
// that finished before an older one is held until that one is written (at most `window` of them),
// while the next records start: a thread is not left idle behind a slower record. The runner waits
// for the sink (a socket's back-pressure) before taking the next record, so memory stays flat
// however long the batch. Aborting `signal` stops it: every job in flight is aborted (queued ones never
// start; running ones stop at their next checkpoint: see src/workers/pool.ts) and the runner
// returns once every job has answered.
import { setMaxListeners } from 'node:events';
import { setImmediate, setTimeout as sleep } from 'node:timers/promises';
import { HarborError, asHarborError, capIssues, type Issue } from '../errors.js';
import { depthIssue } from '../validate.js';
import type { AnyKind } from '../kinds/kind.js';
import { caseJsonSchema } from '../kinds/json-schema.js';
import { FORMATS, unknownFormat, type Format } from '../formats.js';
import type { DeflatedText } from './deflated.js';
import { ManifestBuilder, recordPlace, type BatchFormat, type BatchSummary, type ManifestRecord } from './manifest.js';
import { isUnprintable } from '../render/pdf/unprintable.js';
import { caseOf, recordId, recordIdOf, type CaseSource, type Rendered, type Renderer } from '../workers/renderer.js';
import { csvCell, templateCells, toColumns } from './dotpaths.js';
import type { TextInput } from '../encodings.js';
import { decodedInput } from './encoding.js';
import { INPUT_READERS } from './readers.js';
import { fromBytes, fromText, jsonRecords, type BatchRecord, type InputLimits, type InputType, type RecordSource, type TextSource } from './input.js';

export type { BatchFormat } from './manifest.js';

/** Where the files of a batch go (a streaming ZIP). */
export interface BatchSink {
  /** One document, stored as it is (PDF and DOCX are compressed already). */
  add(name: string, bytes: Uint8Array): Promise<void>;
  /** A file deflated ahead of time (the manifest). */
  addDeflated(name: string, text: DeflatedText): Promise<void>;
}

/** What a batch can be rendered to: each document as a PDF, a DOCX, or both. */
const BATCH_FORMATS = [...FORMATS, 'both'] as const;

/** "pdf" (default), "docx" or "both"; anything else is refused naming all three. */
export function parseBatchFormat(s: string | undefined): BatchFormat {
  const f = (s ?? 'pdf').toLowerCase();
  if ((BATCH_FORMATS as readonly string[]).includes(f)) return f as BatchFormat;
  throw unknownFormat(s ?? '', BATCH_FORMATS);
}

/**
 * Read the records of a batch of a given type: a JSON value already parsed, text or bytes (an
 * HTTP body), or a source (a file, streamed). The input as a whole must parse, else an error
 * before any record. `maxRecordChars` bounds one record (default 1 MiB, HARBOR_BODY_LIMIT's default).
 * Bytes of a CSV, JSON or NDJSON batch are checked and decoded first (./encoding.ts: UTF-8 unless
 * `text.encoding` or a byte-order mark says otherwise); a workbook is no text. `more` says what
 * sets `max` (named when a batch has more records), where a workbook is read and what stops it
 * (src/batch/xlsx-parser.ts).
 */
export async function readRecords(
  type: InputType,
  body: string | Buffer | TextSource | unknown,
  kind: AnyKind,
  max: number,
  maxRecordChars = DEFAULT_MAX_RECORD_CHARS,
  text: TextInput = { name: 'The batch', howToGive: (e) => `charset=${e}` },
  more: Pick<InputLimits, 'workbooks' | 'signal' | 'maxRecordsNote'> = {},
): Promise<RecordSource> {
  if (type === 'json' && typeof body !== 'string' && typeof body !== 'function' && !Buffer.isBuffer(body)) return jsonRecords(body, max, more.maxRecordsNote);
  let open = typeof body === 'function' ? (body as TextSource) : Buffer.isBuffer(body) ? fromBytes(body) : fromText(String(body));
  if (type !== 'xlsx' && typeof body !== 'string') open = await decodedInput(open, text);
  return INPUT_READERS[type](open, { maxRecords: max, maxRecordChars, ...more }, caseJsonSchema(kind));
}

/**
 * A batch whose input holds no record (`[]`, a blank NDJSON file, a CSV of its header alone): refused
 * by the HTTP route and `harbor batch` alike, as an input that is not what was meant, never an empty archive.
 */
export function noRecords(): HarborError {
  return new HarborError('malformed-input', 'The batch has no records', [{ path: '', code: 'malformed-input', message: 'no records' }]);
}

/** Longest one record may be when the caller does not say (the CLI): 1 MiB of text. */
export const DEFAULT_MAX_RECORD_CHARS = 1024 * 1024;

/**
 * The CSV template of a kind: a header row of dot paths (every field of `schema`, the kind's JSON
 * Schema: `templateCells`) and the example as one row.
 */
export function csvTemplate(schema: unknown, example: unknown): string {
  const cells = templateCells(schema, example);
  const header = Object.keys(cells);
  return `${header.map(csvCell).join(',')}\r\n${header.map((h) => csvCell(cells[h]!)).join(',')}\r\n`;
}

/**
 * Record `o` refused for its id (`issue`, at `id`): `invalid` (or still `failed`), the issue
 * before its other errors, its files, fingerprint and warnings gone, nothing of it written.
 */
function refusedAtId(o: Outcome, issue: Issue): Outcome {
  const { files: _files, fingerprint: _fingerprint, warnings: _warnings, ...rest } = o.entry;
  return { entry: { ...rest, status: o.entry.status === 'failed' ? 'failed' : 'invalid', errors: capIssues([issue, ...(o.entry.errors ?? [])]) }, outputs: [] };
}

/**
 * A record whose id an earlier record of the batch already gave (docs/batch.md, Output): `invalid`
 * with `duplicate-id` at `id` before its other errors, and none of its files written. An id is
 * the one reference a clinic files a document under; two documents (two cases, or one row pasted
 * twice) under one id are mixed up once they leave the archive, where the `0001-` prefix that
 * tells them apart here is dropped. Decided in input order (as records are written), so the first
 * record with the id is the one kept whatever thread finished first. `ids`: each id seen, and
 * where its first record is, as its own lines say it (`recordPlace`: "row 14", "line 3", "record
 * 2"), after the id itself when it has capitals. Keyed by the id in small letters: ids that differ only in
 * letter case are one (until 2026-12-07 `Ana` and `ana` were two, whose files overwrite each other
 * once unpacked without the prefix on Windows or macOS). A short text each, not an entry: 100,000
 * ids of 10 characters hold ~6 MB to the batch's end.
 */
function oneRecordPerId(o: Outcome, ids: Map<string, string>): Outcome {
  const id = o.entry.id;
  if (id === undefined) return o;
  // Letter case aside (an id is ASCII: `recordId`): `Ana` and `ana` name one file on Windows and
  // macOS, whose file systems do not tell them apart once the files leave the archive.
  const key = id.toLowerCase();
  const first = ids.get(key);
  if (first === undefined) {
    // The exact id only when it has a capital, to tell a case-only repeat (an empty mark otherwise).
    ids.set(key, (key === id ? '' : id) + '\n' + recordPlace(o.entry));
    return o;
  }
  // The first record's place, as its own lines say it (its row, line or number).
  const cut = first.indexOf('\n');
  const firstId = first.slice(0, cut) || key;
  const where = first.slice(cut + 1) + (firstId === id ? '' : ' but for letter case, which the file systems of Windows and macOS do not tell apart');
  const issue: Issue = {
    path: 'id',
    code: 'duplicate-id',
    message: `is already the id of ${where}: an id names one case, so this record's documents were not made; give each case its own id, or remove the record if it is the same case twice`,
  };
  return refusedAtId(o, issue);
}

/**
 * A record whose id cannot name its files (docs/batch.md, Output: "Case 42", "2024/017", 1.5; see
 * src/workers/renderer.ts, `recordId`): `invalid` with `invalid-format` at `id` before its other
 * errors, and none of its files written. Not renamed to a name made from it (a clinic files the
 * documents under the id it gave, and a made-up one could be another record's), nor rendered under
 * the kind and fingerprint with the id dropped without a word (as it was until 2026-12-05). The
 * message never quotes the id: it might be a name.
 */
function unusableId(o: Outcome): Outcome {
  const issue: Issue = {
    path: 'id',
    code: 'invalid-format',
    message: 'cannot name the record\'s files, so its documents were not made: an id is 1 to 64 letters, digits, ".", "_" or "-", at least one a letter or digit (no spaces, slashes or other signs, and not "." or "..") or a whole number (2024-017, not 2024/017), or is left empty (the files are then named by the kind and fingerprint)',
  };
  return refusedAtId(o, issue);
}

/** Issues of a per-record failure (a HarborError without issues gets one for the whole record). */
function issuesOf(e: HarborError): Issue[] {
  return e.issues.length > 0 ? e.issues : [{ path: '', code: e.code, message: e.message }];
}

/**
 * A CSV cell left empty where the schema needs a value: "is required" (src/validate.ts, which
 * keeps the schema's own words after it) becomes "is required (the cell is empty)".
 */
function markEmptyCells(issues: Issue[], empty: ReadonlySet<string> | undefined): Issue[] {
  if (!empty || empty.size === 0) return issues;
  return issues.map((i) => (empty.has(i.path) && i.code === 'invalid-type' ? { ...i, message: i.message.replace(/^is required/, 'is required (the cell is empty)') } : i));
}

/** The manifest's words for a record Harbor could not make (never the error's own message). */
function failureIssue(e: HarborError): Issue {
  if (e.code === 'render-timeout') return { path: '', code: e.code, message: 'The document took longer than the render time limit and was stopped; a bug or an unusually large case' };
  return { path: '', code: e.code, message: 'Harbor failed on this record; it is a bug, not your data' };
}

/**
 * The manifest's words for a record not done because the service was stopping (`windDown`:
 * `harbor serve` got SIGTERM while the batch ran): listed `failed`, so the archive stays whole and
 * says which records to send again.
 */
export const STOPPED_ISSUE: Issue = {
  path: '',
  code: 'server-stopping',
  message: 'Not rendered: the service was shutting down before this record was done; send this record again',
};

export interface BatchProgress {
  done: number;
  total: number;
  rendered: number;
  /** Records not rendered so far (invalid or failed). */
  failed: number;
}

export interface RunBatchOptions {
  kind: AnyKind;
  records: RecordSource;
  format: BatchFormat;
  sink: BatchSink;
  /** Where each document is rendered (inline or a worker pool). */
  renderer: Renderer;
  /**
   * Records rendering at once; default RECORDS_PER_THREAD per render thread (1 on the calling
   * thread). As many again, finished before an older record, may wait to be written.
   */
  window?: number;
  /** Called for a bug on one record (never with its message: it can quote data). */
  onBug?: (index: number, error: HarborError) => void;
  /** Aborted when the consumer has gone (an HTTP client hung up): stop early. */
  signal?: AbortSignal;
  /** Progress after each record is written. */
  onProgress?: (p: BatchProgress) => void;
  /**
   * Aborted when the service begins to stop (`harbor serve`'s SIGTERM): no record starts from
   * then on; the records rendering get `graceMs` more (the render time limit) and are then
   * stopped; every record not done is listed `failed` with STOPPED_ISSUE, and the manifest is
   * written, so the archive is whole before the shutdown cuts the connection
   * (docs/batch.md §Output).
   */
  windDown?: { signal: AbortSignal; graceMs: number };
}

/** One record's outcome: its manifest entry and, when rendered, its documents (not yet written). */
interface Outcome {
  entry: ManifestRecord;
  outputs: Rendered[];
}

/**
 * Records rendering per render thread when the caller does not say: one rendering, one waiting
 * in the pool's queue for the moment the thread is free (and as many again finished, waiting to be
 * written behind an older record). Tried (issue 18): 4 per thread with each
 * thread holding its next job (piscina's concurrentTasksPerWorker 2), so that a thread never
 * waits for the main thread between records; on the shared 2-core machine its CPU and wall time
 * were within the run-to-run noise of these, and the peak RSS of 1,000 one-year worksheets was
 * higher in 6 of 6 interleaved pairs (321–372 MB against 293–301), so not kept.
 */
export const RECORDS_PER_THREAD = 2;

/** How long to wait before offering a job again to a pool whose queue is full (HTTP traffic). */
const BUSY_RETRY_MS = 20;

/**
 * Render every record into the sink, then `manifest.json`. Returns the manifest's counts and the
 * records not rendered, or undefined when stopped early (nothing more is written to the sink then).
 */
export async function runBatch(o: RunBatchOptions): Promise<BatchSummary | undefined> {
  const formats: Format[] = o.format === 'both' ? ['pdf', 'docx'] : [o.format];
  const total = o.records.total;
  // Files are numbered from 1 (`0001-…` is the first record, manifest index 0), as people count rows.
  const digits = Math.max(4, String(total).length);
  const manifest = new ManifestBuilder(o.kind.id, o.format, total);
  const window = Math.max(1, o.window ?? (o.renderer.threads === 0 ? 1 : RECORDS_PER_THREAD * o.renderer.threads));
  // Aborts the jobs in flight when the caller's signal does (one listener for the whole batch).
  const stop = new AbortController();
  // One listener per job in flight (the renderer's), a few formats per record: more than Node's
  // default warning threshold of 10 on a machine with many threads.
  setMaxListeners(window * formats.length + 10, stop.signal);
  const onAbort = (): void => stop.abort(o.signal?.reason);
  o.signal?.addEventListener('abort', onAbort, { once: true });
  // The wind-down (o.windDown): `winding` once no record may start, `late` once those rendering are stopped.
  const late = new AbortController();
  let winding = false;
  let lateTimer: ReturnType<typeof setTimeout> | undefined;
  const onWindDown = (): void => {
    winding = true;
    lateTimer = setTimeout(() => late.abort(new Error('the service is stopping')), o.windDown!.graceMs);
  };
  if (o.windDown?.signal.aborted) onWindDown();
  else o.windDown?.signal.addEventListener('abort', onWindDown, { once: true });
  // What each job is stopped by: the batch's end, or the wind-down's grace running out.
  const jobSignal = o.windDown ? AbortSignal.any([stop.signal, late.signal]) : stop.signal;
  setMaxListeners(window * formats.length + 10, jobSignal);

  // A document, offered again while the shared pool is busy with other requests.
  const renderOne = async (source: CaseSource, format: Format): Promise<Rendered> => {
    for (;;) {
      try {
        return await o.renderer.render({ kind: o.kind.id, ...source, format }, { signal: jobSignal });
      } catch (e) {
        if (!(e instanceof HarborError && e.code === 'busy') || jobSignal.aborted) throw e;
        await sleep(BUSY_RETRY_MS, undefined, { signal: jobSignal }).catch(() => {});
      }
    }
  };

  // Never rejects: every failure of a record becomes its manifest entry. `found.id`: the record's
  // id as recordId reads it (null: one given that cannot name a file, refused by unusableId).
  const start = async (r: BatchRecord): Promise<Outcome> => {
    const found: { id?: string | null } = {};
    const outcome = await attempt(r, found);
    return found.id === null ? unusableId(outcome) : outcome;
  };
  const attempt = async (r: BatchRecord, found: { id?: string | null }): Promise<Outcome> => {
    const entryOf = (id: string | null | undefined, status: ManifestRecord['status']): ManifestRecord => {
      found.id = id;
      return { index: r.index, ...(r.row !== undefined ? { row: r.row } : {}), ...(r.line !== undefined ? { line: r.line } : {}), ...(id ? { id } : {}), status };
    };
    if ('errors' in r) return { entry: Object.assign(entryOf(undefined, 'invalid'), { errors: capIssues(r.errors) }), outputs: [] };
    // A record as JSON text goes to the renderer as it is (parsed, checked for depth and named by
    // its id where it is rendered: never parsed on the main thread), unless the renderer cannot
    // parse (a test's own): then here.
    let source: CaseSource = 'json' in r ? { input: undefined, json: r.json } : { input: r.value };
    let id: string | null | undefined;
    if (!('json' in r) || !o.renderer.parsesJson) {
      let value: unknown;
      try {
        value = caseOf(source);
      } catch (e) {
        return { entry: Object.assign(entryOf(undefined, 'invalid'), { errors: issuesOf(asHarborError(e)) }), outputs: [] };
      }
      source = { input: value };
      id = recordId(value);
      // The single route's depth rule, before the record goes anywhere (a 200,000-deep value
      // cannot even be copied to a render thread): the record's fault, `invalid`.
      const deep = depthIssue(value);
      if (deep) return { entry: Object.assign(entryOf(id, 'invalid'), { errors: [deep] }), outputs: [] };
    }
    // The record's files and what every entry that lists them carries (its id, fingerprint, warnings).
    const withFiles = (entry: ManifestRecord, outputs: Rendered[]): Outcome => {
      const first = outputs[0]!;
      entry.fingerprint = first.fingerprint;
      if (first.warnings.length > 0) entry.warnings = first.warnings;
      const stem = `${String(r.index + 1).padStart(digits, '0')}-${entry.id ?? `${o.kind.id}-${first.fingerprint}`}`;
      entry.files = outputs.map((g) => `${stem}.${g.format}`);
      return { entry, outputs };
    };
    try {
      const settled = await Promise.allSettled(formats.map((f) => renderOne(source, f)));
      const outputs = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      const refused = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (refused) {
        const he = asHarborError(refused.reason);
        // format=both, and the PDF cannot print the text (a script or character no embedded font
        // has) while the DOCX took it: the record is `invalid`, its error saying the DOCX takes the
        // text, and that DOCX is written and named in `files`, not thrown away with the PDF.
        if (outputs.length === 0 || !isUnprintable(he) || jobSignal.aborted) throw refused.reason;
        if (id === undefined) id = recordIdOf(refused.reason) ?? recordIdOf(outputs[0]!);
        return withFiles(Object.assign(entryOf(id, 'invalid'), { errors: markEmptyCells(toColumns(issuesOf(he), 'columns' in r ? r.columns : undefined), r.emptyCells) }), outputs);
      }
      if (id === undefined) id = recordIdOf(outputs[0]!);
      return withFiles(entryOf(id, 'rendered'), outputs);
    } catch (e) {
      const he = asHarborError(e);
      if (id === undefined) id = recordIdOf(e);
      if (stop.signal.aborted) return { entry: entryOf(id, 'failed'), outputs: [] }; // never written
      if (late.signal.aborted) return { entry: Object.assign(entryOf(id, 'failed'), { errors: [STOPPED_ISSUE] }), outputs: [] };
      if (he.httpStatus < 500) return { entry: Object.assign(entryOf(id, 'invalid'), { errors: markEmptyCells(toColumns(issuesOf(he), 'columns' in r ? r.columns : undefined), r.emptyCells) }), outputs: [] };
      o.onBug?.(r.index, he);
      return { entry: Object.assign(entryOf(id, 'failed'), { errors: [failureIssue(he)] }), outputs: [] };
    }
  };

  // Records started and not yet written, oldest first; `outcome` is set when its record settles.
  // At most `window` rendering (`rendering`), and at most 2 × `window` in all: the records that
  // finished behind an older one are held (their documents in memory) until it is written.
  // (`start` never rejects; were it to, by a bug, the batch fails when that record's turn comes,
  // as it always did, instead of waiting for it for ever.)
  const inFlight: { settled: Promise<unknown>; outcome?: Outcome; bug?: { error: unknown } }[] = [];
  let rendering = 0;
  // Wakes the runner when a record settles (set while it waits for one).
  let wake: (() => void) | undefined;
  // Each id given, and where the first record that gave it is (oneRecordPerId).
  const ids = new Map<string, string>();
  const write = async (outcome: Outcome): Promise<void> => {
    const { entry, outputs } = oneRecordPerId(outcome, ids);
    for (const [i, g] of outputs.entries()) await o.sink.add(entry.files![i]!, g.bytes);
    manifest.add(entry);
    o.onProgress?.({ done: manifest.size, total, rendered: manifest.renderedCount, failed: manifest.failedCount });
  };
  // Writes the settled records at the head (the archive's order is the input's, whatever finished
  // first), then waits for a record to settle while `full()` holds (or until stopped).
  const drain = async (full: () => boolean): Promise<void> => {
    for (;;) {
      while ((inFlight[0]?.outcome || inFlight[0]?.bug) && !stop.signal.aborted) {
        const head = inFlight.shift()!;
        if (head.bug) throw head.bug.error;
        await write(head.outcome!);
      }
      if (stop.signal.aborted || !full()) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  const settle = (slot: (typeof inFlight)[number], how: { outcome: Outcome } | { bug: { error: unknown } }): void => {
    Object.assign(slot, how);
    rendering--;
    wake?.();
    wake = undefined;
  };
  const busy = (): boolean => rendering >= window || inFlight.length >= 2 * window;
  // A record the wind-down keeps from starting: named by its place and, when already read, its id.
  const notStarted = (r: BatchRecord): Outcome => {
    const id = 'value' in r ? recordId(r.value) : undefined;
    const entry: ManifestRecord = { index: r.index, ...(r.row !== undefined ? { row: r.row } : {}), ...(r.line !== undefined ? { line: r.line } : {}), ...(id ? { id } : {}), status: 'failed', errors: [STOPPED_ISSUE] };
    return { entry, outputs: [] };
  };

  try {
    for await (const r of o.records.records) {
      // On the calling thread, rendering blocks the event loop: let other requests run between records.
      if (o.renderer.threads === 0) await setImmediate();
      if (stop.signal.aborted) return undefined;
      const slot: (typeof inFlight)[number] = {
        // Winding down: a record refused for its data at reading is still listed with its errors; any other is not started.
        settled: (winding && !('errors' in r) ? Promise.resolve(notStarted(r)) : start(r)).then(
          (outcome) => settle(slot, { outcome }),
          (error: unknown) => settle(slot, { bug: { error } }),
        ),
      };
      rendering++;
      inFlight.push(slot);
      await drain(busy);
    }
    await drain(() => inFlight.length > 0);
    if (stop.signal.aborted) return undefined;
    await o.sink.addDeflated('manifest.json', manifest.deflated());
    return manifest.summary();
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    o.windDown?.signal.removeEventListener('abort', onWindDown);
    clearTimeout(lateTimer);
    // Stopped early: let every aborted job settle, so nothing of this batch runs after we return.
    if (inFlight.length > 0) {
      stop.abort(o.signal?.reason);
      await Promise.allSettled(inFlight.map((f) => f.settled));
    }
  }
}
