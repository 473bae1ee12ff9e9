// Batch input (docs/batch.md §Input): a JSON array, NDJSON (one case per line) or CSV with dot-path headers
// (CSV: ./csv-input.ts; each format's reader: ./readers.ts).
// The input as a whole must parse (else 400 / exit 1); a single bad NDJSON line, or a CSV row of
// another width than the header, is a bad record, reported in the manifest, and never stops the others.
//
// Every format is read as a stream, twice: once to check its shape and count the records (for
// the limit, the file numbering and the time left), once to make the records, one at a time, as
// the runner takes them. So a batch of any length is never held in memory as objects, and no
// step holds the event loop for long (issue 16, defect 4): the readers give the loop its turn
// every SLICE_MS (5 ms) of work (`slicer`), one record is at most `maxRecordChars` long (a longer one is
// an `invalid` record, never parsed), and a CSV has at most MAX_CSV_COLUMNS columns.
//
// A new input format (the spreadsheet reader) plugs in as one more `InputReader` in
// INPUT_READERS (./readers.ts): it gets the input as a re-openable byte/text stream and the limits, and returns
// a RecordSource; the runner and both callers (HTTP, CLI) take it from there.
import { figure } from '../domain/format.js';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { setImmediate } from 'node:timers/promises';
import { HarborError, type Issue } from '../errors.js';
import type { CaseJson } from '../validate.js';
import { rowToObject, type SchemaPaths } from './dotpaths.js';
import { jsonArrayElements, NotAnArray } from './json-array.js';
import type { WorkbookParser } from './xlsx-parser.js';

export type InputType = 'json' | 'ndjson' | 'csv' | 'xlsx';

/**
 * One record of a batch: its case data (`value`), its JSON text (`json`: parsed where it is rendered,
 * src/workers/renderer.ts), or why it could not be read. `row`: for CSV, the spreadsheet row of the record (the header is row 1), and `emptyCells`, the
 * columns left empty in it, so that an error on one of them can say the cell is empty.
 */
export type BatchRecord =
  | { index: number; row?: number; line?: number; emptyCells?: ReadonlySet<string>; columns?: ReadonlyMap<string, string>; value: unknown }
  | { index: number; row?: number; line?: number; emptyCells?: undefined; json: CaseJson }
  | { index: number; row?: number; line?: number; emptyCells?: undefined; errors: Issue[] };

/**
 * The record of a spreadsheet row (CSV or Excel: `cells` by column, `row` its number): its case
 * made from the cells (dotpaths.ts rowToObject), or invalid with the cells that cannot be read as
 * written (a number past a double's digits: src/exact-number.ts) as its errors.
 */
export function rowRecord(index: number, row: number, cells: Record<string, string>, emptyCells: ReadonlySet<string>, schema: unknown, paths: SchemaPaths): BatchRecord {
  const unread: Issue[] = [];
  // An item of a list the row numbers with a gap (`x.0` empty, `x.1` given) is `x.0` in the case:
  // its errors name the column its cell is in (dotpaths.ts toColumns).
  const columns = new Map<string, string>();
  const value = rowToObject(cells, schema, paths, unread, columns);
  return unread.length > 0 ? { index, row, errors: unread } : { index, row, emptyCells, ...(columns.size > 0 ? { columns } : {}), value };
}

/** The records of a batch: how many, and the records themselves, made one at a time. */
export interface RecordSource {
  total: number;
  records: Iterable<BatchRecord> | AsyncIterable<BatchRecord>;
}

/**
 * Where a batch's text comes from: a function that opens it (again) as a stream of text or UTF-8
 * bytes, so that it can be read twice: `fromText(body)` / `fromBytes(body)` for an HTTP body,
 * `() => createReadStream(path)` for a file.
 */
export type TextSource = () => Readable;

/**
 * Pieces a body is handed to a parser in, with the event loop given its turn between them (when
 * SLICE_MS has passed): small enough that one piece is quick to parse whatever it holds
 * (csv-parse takes ~1 ms of CPU per KB of a row of thousands of tiny cells).
 */
const PIECE = 4 * 1024;

export function fromText(text: string): TextSource {
  return () =>
    Readable.from(
      (async function* () {
        const pause = slicer();
        for (let i = 0; i < text.length; i += PIECE) {
          yield text.slice(i, i + PIECE);
          await pause();
        }
      })(),
      { objectMode: false },
    );
}

/** Bytes read in PIECE-sized slices: one chunk. */
export function fromBytes(bytes: Buffer): TextSource {
  return fromChunks([bytes]);
}

/** A body received as chunks (an HTTP request's), read again in PIECE-sized slices of them. */
export function fromChunks(chunks: readonly Buffer[]): TextSource {
  return () =>
    Readable.from(
      (async function* () {
        const pause = slicer();
        for (const chunk of chunks) {
          for (let i = 0; i < chunk.length; i += PIECE) {
            yield chunk.subarray(i, i + PIECE);
            await pause();
          }
        }
      })(),
      { objectMode: false },
    );
}

/** Media types of batch bodies. */
export const BATCH_TYPES: Record<InputType, string[]> = {
  json: ['application/json'],
  ndjson: ['application/x-ndjson', 'application/ndjson', 'application/jsonl'],
  csv: ['text/csv'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], // src/batch/xlsx.ts
};

/** Most columns in a batch CSV: far more than any kind's template has (128 at most today). */
export const MAX_CSV_COLUMNS = 2048;

/** Longest stretch of parsing before the event loop gets its turn, in ms. */
const SLICE_MS = 5;

/** A pause to await between units of work: yields to the event loop every SLICE_MS. */
export function slicer(ms = SLICE_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < ms) return;
    await setImmediate();
    since = performance.now();
  };
}

export interface InputLimits {
  /** Most records (413 / exit 1 beyond). */
  maxRecords: number;
  /**
   * What sets maxRecords, said in brackets after it when a batch has more, so the message tells
   * what to change: "HARBOR_MAX_BATCH" over HTTP; `harbor batch`, whose limit no variable changes,
   * says so in its own words (src/batch/command.ts). Unset: the limit alone.
   */
  maxRecordsNote?: string;
  /** Longest one record may be, in characters of its text (HARBOR_BODY_LIMIT over HTTP). */
  maxRecordChars: number;
  /** Where a workbook is read (a process each, with limits: ./xlsx-parser.ts); default the process's. */
  workbooks?: WorkbookParser;
  /** Stops the reading of a workbook (a client that hung up). */
  signal?: AbortSignal;
}

/**
 * Reads one input format: the whole input is checked here (or an error), records come later.
 * `limits` as a number is the most records (one record then at most 1 MiB of text).
 */
export type InputReader = (open: TextSource, limits: InputLimits | number, schema: unknown) => Promise<RecordSource>;

export const limitsOf = (l: InputLimits | number): InputLimits => (typeof l === 'number' ? { maxRecords: l, maxRecordChars: 1024 * 1024 } : l);

/**
 * A batch refused for having more records than `max`, in the same words from every reader (JSON
 * array, NDJSON, CSV, workbook): "more than max". Each stops reading at its first record past the
 * limit (the batch is refused whatever follows), so none knows how many there are. Until
 * 2026-12-07 the JSON array's reader said "has 1,001 records" for any array past 1,000, and the
 * NDJSON one read the whole body to count it, where the CSV and the workbook said "more than 1,000".
 */
export function tooManyRecords(max: number, note: string | undefined): HarborError {
  return new HarborError('payload-too-large', `The batch has more than ${figure(max)} records; the limit is ${figure(max)}${note === undefined ? '' : ` (${note})`}`);
}

export const tooMany = (limits: InputLimits): HarborError => tooManyRecords(limits.maxRecords, limits.maxRecordsNote);

export function malformed(message: string): HarborError {
  return new HarborError('malformed-input', message, [{ path: '', code: 'malformed-input', message }]);
}

/**
 * The error of one record (a JSON element, an NDJSON line, a CSV row) longer than one case may be:
 * that record's alone. Its place is the record's (`recordPlace`), never repeated in the message.
 */
export const recordTooLarge = (max: number): Issue => ({
  path: '',
  code: 'payload-too-large',
  message: `is longer than the limit of ${figure(max)} characters for one case (HARBOR_BODY_LIMIT)`,
});

/** A JSON array already parsed (a caller that has the value). */
export function jsonRecords(body: unknown, max: number, maxNote?: string): RecordSource {
  if (!Array.isArray(body)) throw malformed('A JSON batch is an array of cases');
  if (body.length > max) throw tooManyRecords(max, maxNote);
  return { total: body.length, records: body.map((value, index) => ({ index, value })) };
}

/** A JSON array as a stream: elements found by ./json-array.ts, each parsed on its own. */
export const jsonArrayRecords: InputReader = async (open, given) => {
  const limits = limitsOf(given);
  const elements = (pause: () => Promise<void>) => jsonArrayElements(open(), limits.maxRecordChars, pause);
  let total = 0;
  const pause = slicer();
  try {
    for await (const el of elements(pause)) {
      total++;
      if (total > limits.maxRecords) throw tooMany(limits);
      // The array must be JSON throughout: a record that does not parse refuses the batch.
      if ('text' in el) {
        try {
          JSON.parse(el.text);
        } catch {
          throw malformed(`The batch is not valid JSON: record ${String(el.index + 1)} does not parse`);
        }
      }
      await pause();
    }
  } catch (e) {
    if (e instanceof NotAnArray) throw malformed(e.message);
    throw e;
  }
  async function* records(): AsyncGenerator<BatchRecord> {
    const again = slicer();
    for await (const el of elements(again)) {
      if ('tooLarge' in el) yield { index: el.index, errors: [recordTooLarge(limits.maxRecordChars)] };
      else yield { index: el.index, json: { text: el.text, as: 'record' } };
      await again();
    }
  }
  return { total, records: records() };
};

/**
 * A line of an NDJSON text: its number (from 1; blank lines are counted), and its text, or
 * `tooLong` when it passed the limit: its text is then never held (below).
 */
export type NdjsonLine = { n: number; text: string } | { n: number; tooLong: true; blank: boolean };

/**
 * The lines of a text, numbered from 1, as a stream, each held only up to `max` characters: a
 * longer line is dropped as it is read, piece by piece, and given as `tooLong` (its record's own
 * error, at its line). readline held each line whole before its length was looked at, so a
 * multi-gigabyte line in a file given to `harbor batch` took memory without bound (or ended the
 * process past V8's longest string). At most `max` characters of a line and one piece of the
 * stream (64 KiB from a file) are held. `held`, when given, is told the characters held after each
 * piece (tests/batch/ndjson-lines.test.ts).
 *
 * Line ends are readline's with crlfDelay Infinity: LF, CR LF and a CR alone, and CR CR LF is one
 * (`crCrLfAsCrLf`). A byte-order mark is dropped at the start of any line, not only the first:
 * NDJSON files joined with `cat` keep each file's mark at the start of its first line, where
 * JSON.parse refused it ("line 7 is not valid JSON" of a line that looks whole, the mark being
 * invisible). RFC 8259 §8.1 lets a JSON parser ignore a mark.
 */
export async function* ndjsonLines(pieces: AsyncIterable<string>, max: number, held?: (chars: number) => void): AsyncGenerator<NdjsonLine> {
  let n = 0;
  let parts: string[] = [];
  let length = 0; // characters of the line so far (all of them, kept or not)
  let blank = true; // whitespace only so far (String.prototype.trim's set is \s's)
  let started = false; // a character of the line seen (its mark dropped before that)
  const add = (segment: string): void => {
    let s = segment;
    if (!started && s !== '') {
      started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    if (s === '') return;
    length += s.length;
    if (blank && /\S/.test(s)) blank = false;
    if (length > max) parts = [];
    else parts.push(s);
  };
  const line = (): NdjsonLine => {
    n++;
    const l: NdjsonLine = length > max ? { n, tooLong: true, blank } : { n, text: parts.join('') };
    parts = [];
    length = 0;
    blank = true;
    started = false;
    return l;
  };
  for await (const piece of pieces) {
    // crCrLfAsCrLf holds a piece's last CRs for the next one, so a CR LF is never split here.
    const ends = /\r\n|\r|\n/g;
    let from = 0;
    for (let m = ends.exec(piece); m !== null; m = ends.exec(piece)) {
      add(piece.slice(from, m.index));
      from = m.index + m[0].length;
      yield line();
    }
    add(piece.slice(from));
    held?.(parts.reduce((sum, p) => sum + p.length, 0));
  }
  // The last line, when it has no line end: as readline, only when it holds a character.
  if (length > 0) yield line();
}

/** The lines of a batch's text (`ndjsonLines`), at most `max` characters of each held. */
async function* lines(open: TextSource, max: number): AsyncGenerator<NdjsonLine> {
  const src = open();
  const pause = slicer();
  try {
    for await (const l of ndjsonLines(crCrLfAsCrLf(src), max)) {
      yield l;
      await pause();
    }
  } finally {
    src.destroy();
  }
}

/**
 * The text of `src` with each CR CR LF made CR LF, one line end, as a CSV's rows end (csvOptions):
 * readline read it as a line end and an empty line, so every NDJSON line after the first was
 * numbered twice its place ("line 3" of the second case). A piece's last CRs wait for the next
 * piece, which may end the CR CR LF. Bytes are UTF-8 here (other encodings arrive decoded).
 */
async function* crCrLfAsCrLf(src: Readable): AsyncGenerator<string> {
  const utf8 = new StringDecoder('utf8');
  let held = '';
  for await (const c of src as AsyncIterable<Buffer | string>) {
    let text = held + (typeof c === 'string' ? c : utf8.write(c));
    held = /\r{1,2}$/.exec(text)?.[0] ?? '';
    text = text.slice(0, text.length - held.length);
    if (text !== '') yield text.replace(/\r\r\n/g, '\r\n');
  }
  const rest = held + utf8.end();
  if (rest !== '') yield rest;
}

export const ndjsonRecords: InputReader = async (open, given) => {
  const limits = limitsOf(given);
  let total = 0;
  for await (const l of lines(open, limits.maxRecordChars)) {
    if ('tooLong' in l ? !l.blank : l.text.trim() !== '') total++;
    // Refused whatever follows: read no further (as every reader: `tooManyRecords`).
    if (total > limits.maxRecords) throw tooMany(limits);
  }
  async function* records(): AsyncGenerator<BatchRecord> {
    let index = 0;
    for await (const l of lines(open, limits.maxRecordChars)) {
      if ('tooLong' in l) {
        if (l.blank) continue;
        yield { index, line: l.n, errors: [recordTooLarge(limits.maxRecordChars)] };
      } else {
        if (l.text.trim() === '') continue;
        // Parsed where it is rendered; a line that is not JSON is that record's error ("is not valid
        // JSON" at its line, never the text: it is case data), found there.
        yield { index, line: l.n, json: { text: l.text, as: 'record' } };
      }
      index++;
    }
  }
  return { total, records: records() };
};

/**
 * An Excel workbook (a zip, so read whole: bounded by HARBOR_BODY_LIMIT over HTTP); its first
 * sheet's rows go through the same dot-path headers and schema as a CSV (src/batch/xlsx.ts), in a
 * process of its own with memory and time limits (src/batch/xlsx-parser.ts).
 */
export const workbookRecords: InputReader = async (open, given, schema) => {
  const chunks: Buffer[] = [];
  for await (const c of open()) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
  const limits = limitsOf(given);
  const { defaultWorkbookParser } = await import('./xlsx-parser.js');
  return (limits.workbooks ?? defaultWorkbookParser()).parse(chunks, limits.maxRecords, schema, { signal: limits.signal, maxRecordsNote: limits.maxRecordsNote, maxRecordChars: limits.maxRecordChars });
};
