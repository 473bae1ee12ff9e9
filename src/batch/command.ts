// `harbor batch <kind> <cases.json|.ndjson|.csv|.xlsx> -o out.zip` (docs/batch.md §CLI): the CLI side of the
// batch runner. Renders on a pool of worker threads (--workers, HARBOR_WORKERS, default one per
// core up to 4; 0 = this thread), with a time limit per document (--render-timeout, HARBOR_RENDER_TIMEOUT:
// "30s" or "5000" ms, as for `harbor serve`); progress on stderr when it is a terminal, a summary line at the end.
// The archive is written beside its target and renamed at the end: never half-written.
import { accessSync, constants, createReadStream, statSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { templatesDirOf } from '../environment.js';
import { cannotWrite as outputError, ERRNO_WORDS, EXIT_NONE_RENDERED_FAILED, EXIT_NONE_RENDERED_INVALID, EXIT_SOME_NOT_RENDERED, HarborError, unreadableReason, writeReason } from '../errors.js';
import { BODY_LIMIT_RULE, caseLimitOf } from '../limits.js';
import type { AnyKind } from '../kinds/kind.js';
// ../generate.ts, not ../pipeline.ts, which reads the registry: the batch's kind alone loads here.
import { generate } from '../generate.js';
import { templatesFrom } from '../templates/env.js';
import { createRenderPool } from '../workers/pool.js';
import { inlineRenderer, type Renderer } from '../workers/renderer.js';
import { batchThreadLimits, DEFAULT_RENDER_TIMEOUT_MS, defaultThreads, MAX_WORKERS, parseRenderTimeout, parseWholeNumber, RENDER_TIMEOUT_RULE, wholeNumberRule } from '../workers/settings.js';
import type { InputType, RecordSource } from './input.js';
import { encodingFor, unknownEncodingMessage, type TextInput } from '../encodings.js';
import { progressLine, summaryLine } from './progress.js';
import { noRecords, readRecords, runBatch, type BatchFormat, type BatchProgress } from './run.js';
import { recordPlace, type BatchSummary } from './manifest.js';
import { ZipStream } from './zip.js';
import { onSignalStop, signalled, STOP_THREADS_MS, TargetBusy, tempFileFor, untilSignalExit, type TempFile } from './outfile.js';
import type { StopTrim } from './heap-trim.js';
import { terminalLine } from '../terminal.js';

/** Most records in one CLI batch (the HTTP limit, HARBOR_MAX_BATCH, is separate and smaller). */
export const CLI_MAX_BATCH = 100_000;
/** What a batch past CLI_MAX_BATCH is told: no variable changes it (HARBOR_MAX_BATCH is the service's). */
const CLI_MAX_BATCH_NOTE = 'the most one harbor batch takes: split the file';

export interface BatchCommand {
  kind: AnyKind;
  file: string;
  out: string;
  format: BatchFormat;
  /** --workers as given (else HARBOR_WORKERS, else one per core up to 4). */
  workers?: string;
  /** --render-timeout as given, "30s" or "5000" (ms) (else HARBOR_RENDER_TIMEOUT, else 30 s). */
  renderTimeout?: string;
  /** --encoding as given: a label of the text encoding of a CSV, JSON or NDJSON file (./encoding.ts); else UTF-8. */
  encoding?: string;
}

export interface BatchIo {
  stderr: (s: string) => void;
  stderrIsTty: boolean;
  env: NodeJS.ProcessEnv;
  /** Gives this thread's young generation back while render threads work (src/cli.ts `Io.trimHeap`); unset: never. */
  trimHeap?: () => Promise<StopTrim>;
  /** The archive is in place: its code stands whatever stderr can take (src/cli/io.ts `Io.kept`). */
  kept?: () => void;
  /** A failed write to stderr answered before the archive is put in place (`Io.settled`). */
  settled?: () => Promise<void>;
}

export function batchInputType(file: string, usage: (m: string) => HarborError): InputType {
  const ext = /\.(json|ndjson|jsonl|csv|xlsx)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  if (ext === 'csv') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  throw usage(`cannot tell the batch format of "${file}": name it .json (an array), .ndjson, .csv or .xlsx`);
}

/** A count from its option, else its variable (empty: unset), else `fallback`; plain digits in range only. */
function intOption(given: string | undefined, env: string | undefined, fallback: number, min: number, max: number, what: string, usage: (m: string) => HarborError): number {
  const s = given ?? (env === '' ? undefined : env);
  if (s === undefined) return fallback;
  const n = parseWholeNumber(s, min, max);
  if (n === undefined) throw usage(`${what} ${wholeNumberRule(min, max, Math.min(max, 2))}`);
  return n;
}

/** The time limit of one document, in ms: the same words and range as `harbor serve` takes. */
function renderTimeout(s: string | undefined, usage: (m: string) => HarborError): number {
  if (s === undefined) return DEFAULT_RENDER_TIMEOUT_MS;
  const ms = parseRenderTimeout(s);
  if (ms === undefined) throw usage(`--render-timeout (HARBOR_RENDER_TIMEOUT) ${RENDER_TIMEOUT_RULE}`);
  return ms;
}

/**
 * How the batch file's text is decoded: --encoding's encoding (a usage error naming those Harbor
 * reads when it reads no such one), else UTF-8. A workbook has no text encoding to give.
 */
function textInput(c: BatchCommand, type: InputType, usage: (m: string) => HarborError): TextInput | undefined {
  if (type === 'xlsx') {
    if (c.encoding !== undefined) throw usage('--encoding is for a CSV, JSON or NDJSON file: an .xlsx workbook is always UTF-8');
    return undefined;
  }
  const encoding = c.encoding === undefined ? undefined : encodingFor(c.encoding);
  if (c.encoding !== undefined && encoding === undefined) throw usage(unknownEncodingMessage('--encoding', c.encoding));
  return { encoding, name: 'the file', howToGive: (e) => `--encoding ${e}` };
}

/**
 * A batch file or archive path the file system refuses (missing, a folder, permission denied):
 * exit 2 in one line that says why, without the "(usage: …)" pointer of `usage`, since the
 * command line itself was well-formed (src/cli/args.ts fileError).
 */
const fileError = (message: string): HarborError => new HarborError('usage', message);

/**
 * The exit code of a batch that ran to its end, its archive written (docs/batch.md §CLI,
 * src/errors.ts `BATCH_ARCHIVE_EXITS`): 0 when every record was rendered; 3 when some were not
 * but the archive holds documents (a DOCX written for a record whose PDF could not print its text
 * counts); when it holds none, 5 if a record failed (Harbor's fault: a bug, a render past its time
 * limit), else 4 (every record's data). Never 1 or 70, which say that there is no archive.
 */
export function batchExitCode(s: Pick<BatchSummary, 'failed' | 'rendered' | 'notRendered'>): number {
  if (s.failed === 0) return 0;
  if (s.rendered > 0 || s.notRendered.some((r) => (r.files?.length ?? 0) > 0)) return EXIT_SOME_NOT_RENDERED;
  return s.notRendered.some((r) => r.status === 'failed') ? EXIT_NONE_RENDERED_FAILED : EXIT_NONE_RENDERED_INVALID;
}

/** Run a batch; returns its exit code (`batchExitCode`). */
export async function batchCommand(c: BatchCommand, io: BatchIo, usage: (m: string) => HarborError): Promise<number> {
  const type = batchInputType(c.file, usage);
  const workers = intOption(c.workers, io.env.HARBOR_WORKERS, defaultThreads(), 0, MAX_WORKERS, '--workers (HARBOR_WORKERS)', usage);
  // An empty variable is unset; an empty --render-timeout= is refused, as an empty --workers= is.
  const timeoutMs = renderTimeout(c.renderTimeout ?? (io.env.HARBOR_RENDER_TIMEOUT === '' ? undefined : io.env.HARBOR_RENDER_TIMEOUT), usage);
  const text = textInput(c, type, usage);
  // One record is at most one case: HARBOR_BODY_LIMIT's, as over HTTP and for check and render.
  const maxRecordChars = caseLimitOf(io.env.HARBOR_BODY_LIMIT);
  if (maxRecordChars === undefined) throw new HarborError('usage', `configuration: HARBOR_BODY_LIMIT ${BODY_LIMIT_RULE}`);
  // Checked before any thread starts; the reason named, since "cannot read" alone leaves the user guessing.
  let why: string | undefined;
  try {
    accessSync(c.file, constants.R_OK);
    const stat = statSync(c.file);
    // Not a pipe or a device either: a batch file is read twice (./input.ts: counted, then rendered).
    if (stat.isDirectory()) why = ERRNO_WORDS.EISDIR;
    else if (!stat.isFile()) why = 'it is not a regular file';
  } catch (e) {
    why = unreadableReason(e);
  }
  if (why !== undefined) throw fileError(`cannot read the batch file "${c.file}": ${why}`);
  const templatesDir = templatesDirOf(io.env);
  // Compiled here first: a broken override template is one clear error (exit 70) before any
  // thread starts, not a failure in every record.
  const templates = templatesFrom(templatesDir);
  // The threads start (and load the batch's kind, then the pipeline: `preload`) while the input is
  // read and counted below: the two overlap instead of adding up (issue 18: a clinic waits for both).
  // The queue holds a batch window (2 records per thread) of both formats, with room to spare.
  // Its threads render this file's records alone, so they may keep font programs from one
  // record for the next (src/render/pdf/face-programs.ts; issue 18), and scavenge half as often
  // as `harbor serve`'s (a larger young generation: ../workers/settings.ts batchThreadLimits).
  const pool =
    workers === 0
      ? undefined
      : createRenderPool({ threads: workers, templatesDir, timeoutMs, maxQueue: 4 * workers, preload: [c.kind.id], keepFacePrograms: true, resourceLimits: batchThreadLimits() });
  const renderer: Renderer = pool ?? inlineRenderer((job) => generate({ ...job, templates }));
  // A signal (^C, SIGTERM, SIGHUP, SIGQUIT) stops the batch (no record starts) and ends the
  // threads before the process exits (./outfile.ts: process.exit() over live threads can abort).
  const signalStop = new AbortController();
  const unregister = pool
    ? onSignalStop(() => {
        signalStop.abort();
        return pool.terminate();
      })
    : () => {};

  let records: RecordSource;
  // Exclusive, unpredictable, mode 0600, removed on SIGINT/SIGTERM and errors (./outfile.ts).
  let tmp: TempFile;
  try {
    // Streamed (CSV and NDJSON): a batch file of any length is never held in memory.
    records = await readRecords(type, () => createReadStream(c.file), c.kind, CLI_MAX_BATCH, maxRecordChars, text, { maxRecordsNote: CLI_MAX_BATCH_NOTE });
    // As over HTTP: exit 1 and no archive, not "0 of 0 records rendered" and an empty ZIP.
    if (records.total === 0) throw noRecords();
    try {
      // The threads' end is said too: the exit code is this handler's only once they are gone.
      const threads = (ended: boolean | undefined): string => (ended === undefined ? '' : ended ? ', its render threads ended' : `; its render threads had not ended ${String(STOP_THREADS_MS / 1000)} s later`);
      tmp = tempFileFor(c.out, (signal, ended) => io.stderr(`${io.stderrIsTty ? '\n' : ''}batch stopped (${signal}): the partial archive was removed${threads(ended)}\n`));
    } catch (e) {
      // Another harbor writing the same archive now: refused before any record, naming it.
      if (e instanceof TargetBusy) throw fileError(`cannot write "${c.out}": ${e.message}; wait for it to end, or give another -o`);
      // The archive cannot be made there (2), or the disk cannot take it (full: 74, as while writing).
      throw outputError(c.out, e, false);
    }
  } catch (e) {
    if (signalled()) return untilSignalExit();
    unregister();
    await renderer.close();
    throw e;
  }
  const stream = tmp.stream();
  // A write that fails (a full disk, a file-size limit) stops the batch and is this command's
  // error (io-error, exit 74): with no listener, the stream's 'error' would end the process with a
  // stack. The temporary archive is removed as on any other failure.
  const writeFailed = new AbortController();
  let writeError: NodeJS.ErrnoException | undefined;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    writeError ??= e;
    writeFailed.abort(e);
  });
  const cannotWrite = (): HarborError => new HarborError('io-error', `cannot write "${c.out}": ${writeReason(writeError?.code)}`);
  const zip = new ZipStream(stream);
  // Wall-clock time for the progress line and the summary only (never in the output).
  const t0 = performance.now();
  let shown = 0;
  let firstAt: number | undefined; // when the first record was written
  const progress = io.stderrIsTty
    ? (p: BatchProgress): void => {
        const now = performance.now();
        firstAt ??= now;
        // At most ~10 rewrites a second, and always the last one.
        if (p.done < p.total && now - shown < 100) return;
        shown = now;
        io.stderr(`\r${progressLine(p, now - firstAt)}\x1b[K`);
      }
    : undefined;
  // With render threads, this thread only coordinates: in the `harbor` process it gives its young
  // generation back (./heap-trim.ts). Rendering here itself (--workers 0) it keeps its compiled code.
  const stopTrim: StopTrim = workers > 0 && io.trimHeap ? await io.trimHeap() : () => {};
  try {
    const summary = await runBatch({ kind: c.kind, records, format: c.format, renderer, sink: zip, onProgress: progress, signal: AbortSignal.any([writeFailed.signal, signalStop.signal]) });
    if (summary === undefined) throw cannotWrite(); // stopped early: a failed write, or a signal (caught below)
    zip.end();
    await finished(stream);
    if (writeError) throw cannotWrite();
    // A progress line stderr could not take ends the command (74) before the archive is in place.
    await io.settled?.();
    try {
      tmp.commit();
    } catch (e) {
      // The rename onto -o failed (its folder removed meanwhile): the archive cannot be written
      // (74, as `render -o`), not a bug in Harbor (70). -o itself was checked before any record.
      throw new HarborError('io-error', `cannot write "${c.out}": ${(e as NodeJS.ErrnoException).code === undefined ? 'rename failed' : writeReason((e as NodeJS.ErrnoException).code)}`);
    }
    // In place: the code is the archive's from here, whatever stderr can still take (Io.kept).
    io.kept?.();
    if (progress) io.stderr('\n');
    for (const r of summary.notRendered) {
      const where = recordPlace(r);
      // A record's paths and messages can echo the batch's own column and field names.
      for (const e of r.errors ?? []) io.stderr(terminalLine(`${where}: ${e.path || '(case)'}: ${e.message} [${e.code}]`));
      // format=both with a PDF that cannot print the text: the DOCX it was refused for is written.
      if (r.files?.length) io.stderr(terminalLine(`${where}: written all the same: ${r.files.join(', ')}`));
    }
    io.stderr(terminalLine(summaryLine(summary, c.out, performance.now() - t0)));
    return batchExitCode(summary);
  } catch (e) {
    zip.abort();
    stream.destroy();
    tmp.discard();
    // Stopped by a signal (its jobs failed as their threads ended, or the rename found the archive
    // removed): the handler's message and exit code are the only ones, so nothing is said here.
    if (signalled()) return untilSignalExit();
    throw writeError ? cannotWrite() : e;
  } finally {
    stopTrim();
    if (!signalled()) {
      unregister();
      // The threads keep the process alive until closed.
      await renderer.close();
    }
  }
}
