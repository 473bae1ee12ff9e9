// Batch input (docs/batch.md §Input): a JSON array, NDJSON (one case per line) or CSV with dot-path headers.
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
// INPUT_READERS: it gets the input as a re-openable byte/text stream and the limits, and returns
// a RecordSource; the runner and both callers (HTTP, CLI) take it from there.
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { setImmediate } from 'node:timers/promises';
import { parse as csvParser, type Options as CsvOptions } from 'csv-parse';
import { HarborError, type Issue } from '../errors.js';
import { MAX_JSON_DEPTH, NOT_UTF8_ADVICE, type CaseJson } from '../validate.js';
import { columnLetters, headerProblem, repeatedColumn, rowToObject, SchemaPaths, unknownColumns, unnamedColumnHolds } from './dotpaths.js';
import { jsonArrayElements, NotAnArray } from './json-array.js';
import type { WorkbookParser } from './xlsx-parser.js';

export type InputType = 'json' | 'ndjson' | 'csv' | 'xlsx';

/**
 * One record of a batch: its case data (`value`), its JSON text (`json`: parsed where it is rendered,
 * src/workers/renderer.ts), or why it could not be read. `row`: for CSV, the spreadsheet row of the record (the header is row 1), and `emptyCells`, the
 * columns left empty in it, so that an error on one of them can say the cell is empty.
 */
export type BatchRecord =
  | { index: number; row?: number; emptyCells?: ReadonlySet<string>; value: unknown }
  | { index: number; row?: number; emptyCells?: undefined; json: CaseJson }
  | { index: number; row?: number; emptyCells?: undefined; errors: Issue[] };

/**
 * The record of a spreadsheet row (CSV or Excel: `cells` by column, `row` its number): its case
 * made from the cells (dotpaths.ts rowToObject), or invalid with the cells that cannot be read as
 * written (a number past a double's digits: src/exact-number.ts) as its errors.
 */
export function rowRecord(index: number, row: number, cells: Record<string, string>, emptyCells: ReadonlySet<string>, schema: unknown, paths: SchemaPaths): BatchRecord {
  const unread: Issue[] = [];
  const value = rowToObject(cells, schema, paths, unread);
  return unread.length > 0 ? { index, row, errors: unread } : { index, row, emptyCells, value };
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

const limitsOf = (l: InputLimits | number): InputLimits => (typeof l === 'number' ? { maxRecords: l, maxRecordChars: 1024 * 1024 } : l);

/** A batch refused for having more records than `max` (`n`: how many, or "more than max"). */
export function tooManyRecords(n: number | string, max: number, note: string | undefined): HarborError {
  return new HarborError('payload-too-large', `The batch has ${n} records; the limit is ${max}${note === undefined ? '' : ` (${note})`}`);
}

const tooMany = (n: number, limits: InputLimits): HarborError => tooManyRecords(n, limits.maxRecords, limits.maxRecordsNote);

function malformed(message: string): HarborError {
  return new HarborError('malformed-input', message, [{ path: '', code: 'malformed-input', message }]);
}

const tooLarge = (what: string, max: number): Issue => ({
  path: '',
  code: 'payload-too-large',
  message: `${what} is longer than the limit of ${max} characters for one case (HARBOR_BODY_LIMIT)`,
});

/** A JSON array already parsed (a caller that has the value). */
export function jsonRecords(body: unknown, max: number, maxNote?: string): RecordSource {
  if (!Array.isArray(body)) throw malformed('A JSON batch is an array of cases');
  if (body.length > max) throw tooManyRecords(body.length, max, maxNote);
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
      if (total > limits.maxRecords) throw tooMany(total, limits);
      // The array must be JSON throughout: a record that does not parse refuses the batch.
      if ('text' in el) {
        try {
          JSON.parse(el.text);
        } catch {
          throw malformed(`The batch is not valid JSON: record ${el.index + 1} does not parse`);
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
      if ('tooLarge' in el) yield { index: el.index, errors: [tooLarge(`record ${el.index + 1}`, limits.maxRecordChars)] };
      else yield { index: el.index, json: { text: el.text, as: { record: `record ${el.index + 1}` } } };
      await again();
    }
  }
  return { total, records: records() };
};

/**
 * The lines of a text, numbered from 1, as a stream; a byte-order mark is dropped at the start of
 * any line, not only the first: NDJSON files joined with `cat` keep each file's mark at the start
 * of its first line, where JSON.parse refused it ("line 7 is not valid JSON" of a line that looks
 * whole, the mark being invisible). RFC 8259 §8.1 lets a JSON parser ignore a mark.
 */
async function* lines(open: TextSource): AsyncGenerator<[number, string]> {
  const src = open();
  const pause = slicer();
  try {
    let n = 0;
    const input = Readable.from(crCrLfAsCrLf(src), { objectMode: false });
    for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      n++;
      yield [n, line.charCodeAt(0) === 0xfeff ? line.slice(1) : line];
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
  for await (const [, line] of lines(open)) if (line.trim() !== '') total++;
  if (total > limits.maxRecords) throw tooMany(total, limits);
  async function* records(): AsyncGenerator<BatchRecord> {
    let index = 0;
    for await (const [n, line] of lines(open)) {
      if (line.trim() === '') continue;
      if (line.length > limits.maxRecordChars) yield { index, errors: [tooLarge(`line ${n}`, limits.maxRecordChars)] };
      // Parsed where it is rendered; a line that is not JSON is that record's error ("line 3 is
      // not valid JSON", never the text: it is case data), found there.
      else yield { index, json: { text: line, as: { record: `line ${n}` } } };
      index++;
    }
  }
  return { total, records: records() };
};

/** Undo the formula guard of Harbor's own CSV output (`'+1 555…` → `+1 555…`), see csvCell. */
function unguard(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

const csvOptions = (maxRecordChars: number): CsvOptions => ({
  bom: true,
  skip_empty_lines: true,
  // Rows are held to the header's width by `csvRows`, which first lets a blank one through: a line
  // of only spaces or tabs is one cell to csv-parse, and no record (`blankRow`), not a broken row.
  relax_column_count: true,
  // A row ends at CR LF, LF or CR, and at CR CR LF: what a CRLF file becomes when a transfer in
  // text mode (FTP's ASCII mode, a Git checkout with autocrlf) adds a CR before each LF again. Left
  // to csv-parse's guess (the first CR), it read CR CR LF as a row end and a blank row, so each
  // record's first cell began with the LF (a date in column A refused as no date) and its row
  // number counted a blank row between every two. Longest first: csv-parse takes the first that
  // matches.
  record_delimiter: ['\r\r\n', '\r\n', '\n', '\r'],
  // One record (a row) is bounded like one case; a longer row refuses the batch.
  max_record_size: maxRecordChars,
  // Each row with the counts so far (`CsvRow.row` is made from them).
  info: true,
});

/**
 * One row of a CSV: its cells, and its number in a spreadsheet (the header is row 1). A
 * spreadsheet shows every line as a row, blank ones included, and a quoted cell's line breaks
 * within its row; so the number counts the parser's rows and the empty lines it skipped, not the
 * file's lines.
 */
interface CsvRow {
  cells: string[];
  row: number;
  /** The header's number of cells, when this row (not blank) has another: its cells cannot be matched to their columns. */
  width?: number;
}

const SAME_WIDTH = 'every row needs the same number of cells as the header';

/**
 * The error of a row whose cells are not as many as the header's: that record's alone (`invalid`,
 * at its row), the other rows read and rendered. Before, it refused the whole file, naming a line
 * of the file rather than the row (a cell's line breaks count as lines): one comma typed outside
 * quotes in row 25,000 of 50,000 cost every record.
 */
function rowWidthIssue(cells: number, width: number): Issue {
  const why = cells > width ? 'a comma typed in a cell that is not in quotes, or a cell right of the table' : 'cells left out at its end';
  return { path: '', code: 'malformed-input', message: `the row has ${cells} cells where the header has ${width} (${why}), so its cells cannot be matched to their columns; ${SAME_WIDTH}` };
}

/** The rows of a CSV, as a stream; a parse error names only its line (cells are data). */
async function* csvRows(open: TextSource, maxRecordChars: number): AsyncGenerator<CsvRow> {
  const src = open();
  const pause = slicer();
  let width: number | undefined; // the header's cells
  try {
    for await (const parsed of src.pipe(csvParser(csvOptions(maxRecordChars)))) {
      const { record: cells, info } = parsed as { record: string[]; info: { records: number; empty_lines: number; lines: number } };
      if (cells.length > MAX_CSV_COLUMNS) throw malformed(`The CSV has ${cells.length} columns; the limit is ${MAX_CSV_COLUMNS}`);
      // A byte-order mark starting a row after the header (csv-parse drops the file's own) is a
      // second file's start: CSV files joined with `cat`, whose second header would be read as a
      // case and whose first cell would hold the invisible mark (an "invalid" date that looks
      // right). Refused once, naming the row, rather than as a record that fails in every column.
      if (width !== undefined && cells[0]?.charCodeAt(0) === 0xfeff) {
        throw malformed(`The CSV has a byte-order mark at the start of row ${info.records + info.empty_lines}, as only a file's start has: two CSV files joined into one? Remove the mark, and the second file's header row if it is there`);
      }
      width ??= cells.length;
      const row = info.records + info.empty_lines;
      yield cells.length !== width && !blankRow(cells) ? { cells, row, width } : { cells, row };
      await pause();
    }
  } catch (e) {
    if (e instanceof HarborError) throw e;
    const x = e as { lines?: unknown; code?: unknown; records?: unknown; empty_lines?: unknown };
    const line = typeof x.lines === 'number' ? ` (near line ${x.lines})` : '';
    if (x.code === 'CSV_MAX_RECORD_SIZE') throw malformed(`The CSV has a row longer than the limit of ${maxRecordChars} characters for one case${line}`);
    throw malformed(csvSyntaxMessage(x.code, x.records, x.empty_lines, x.lines));
  } finally {
    src.destroy();
  }
}

/**
 * What a CSV that csv-parse cannot read is refused with: the spreadsheet row it stopped in (rows
 * read + blank lines skipped + 1; a file's line counts a cell's line breaks too) and what is wrong
 * there, by csv-parse's error code. Never the cell's text (`raw`, `field`: case data). Before,
 * each said "near line n; every row needs the same number of cells as the header", of a quote.
 */
function csvSyntaxMessage(code: unknown, records: unknown, emptyLines: unknown, lines: unknown): string {
  const row = typeof records === 'number' ? records + (typeof emptyLines === 'number' ? emptyLines : 0) + 1 : undefined;
  const at = row !== undefined ? ` in row ${row}${typeof lines === 'number' ? ` (line ${lines} of the file)` : ''}` : typeof lines === 'number' ? ` near line ${lines}` : '';
  const quoted = 'a cell that holds a quote (") or a comma goes in quotes, each quote in it doubled ("a ""quoted"" word")';
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      // Its line is the file's last, where the reading ended, not where the quote opened.
      return `The CSV could not be parsed: a cell${row !== undefined ? ` in row ${row}` : ''} opens a quote (") that is never closed, so the rest of the file would be one cell; ${quoted}`;
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return `The CSV could not be parsed: a cell${at} has a quote (") inside it but does not begin with one; ${quoted}`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `The CSV could not be parsed: a quoted cell${at} goes on after its closing quote; ${quoted}`;
    default:
      return `The CSV could not be parsed${at}`;
  }
}

/**
 * Refuse a CSV whose text holds U+FFFD, the mark of letters lost when it went through another
 * encoding before it was saved as UTF-8 (bytes that are not UTF-8 are refused before this, by
 * ./encoding.ts), at its first such cell: the whole file was damaged, so it is refused before any
 * record, naming the row and column to look at, rather than each row with an accent failing on
 * its own (the rule every record would meet: src/validate.ts, `cleanText`).
 */
function refuseNotUtf8(cells: readonly string[], row: number, names: readonly string[]): void {
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.includes('\uFFFD')) {
      throw malformed(
        `The CSV has lost letters: row ${row}, column ${names[i]} (${columnLetters(i + 1)}) holds U+FFFD (\uFFFD), the mark of letters (é, ñ …) lost when the file was saved in another encoding; ${NOT_UTF8_ADVICE}`,
      );
    }
  }
}

/**
 * A row whose every cell is empty (or spaces) is no record: what Excel writes for the blank rows
 * under a table it saves as CSV (`,,,,`). Skipped, as a blank line is and as the Excel reader skips
 * a blank row; the rows after it keep their spreadsheet numbers.
 */
function blankRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/**
 * The header's dot paths ('' for a column with no name: read only to see that it is empty in every
 * row, `unnamedColumnHolds`), or a malformed-input error naming what is wrong with it.
 */
function csvHeader(header: string[] | undefined, schema: unknown): string[] {
  if (!header) throw malformed('The CSV is empty; its first row names the fields by dot path');
  if (header.every((h) => h.trim() === '')) throw malformed('CSV header: the first row names no field; it names each column by its dot path');
  for (const h of header) {
    if (h.trim() === '') continue;
    const p = headerProblem(h.trim());
    if (p) throw malformed(`CSV header: ${p}`);
    if (h.split('.').length > MAX_JSON_DEPTH) throw malformed(`CSV header: a column's dot path is deeper than ${MAX_JSON_DEPTH} levels`);
  }
  const names = header.map((h) => h.trim());
  const twice = repeatedColumn(names);
  if (twice) throw malformed(`CSV header: ${twice}`);
  const unknown = unknownColumns(names, schema, 'CSV header');
  if (unknown) throw unknown;
  return names;
}

export const csvRecords: InputReader = async (open, given, schema) => {
  const limits = limitsOf(given);
  let header: string[] | undefined;
  let total = 0;
  for await (const { cells, row, width } of csvRows(open, limits.maxRecordChars)) {
    if (header === undefined) header = csvHeader(cells, schema);
    else if (width !== undefined) total++; // a record all the same: its error, at its row
    else if (!blankRow(cells)) {
      refuseNotUtf8(cells, row, header);
      for (let i = 0; i < header.length; i++) if (header[i]!.trim() === '' && cells[i]!.trim() !== '') throw malformed(`CSV: ${unnamedColumnHolds(i + 1, row)}`);
      total++;
    }
  }
  const names = csvHeader(header, schema);
  if (total > limits.maxRecords) throw tooMany(total, limits);
  async function* records(): AsyncGenerator<BatchRecord> {
    let index = -1; // -1: the header row
    const paths = new SchemaPaths(schema);
    for await (const { cells, row: rowNumber, width } of csvRows(open, limits.maxRecordChars)) {
      if (index === -1) {
        index = 0;
        continue;
      }
      if (width !== undefined) {
        yield { index, row: rowNumber, errors: [rowWidthIssue(cells.length, width)] };
        index++;
        continue;
      }
      if (blankRow(cells)) continue;
      const row: Record<string, string> = {};
      const emptyCells = new Set<string>();
      for (let i = 0; i < names.length; i++) {
        const h = names[i]!;
        if (h === '') continue; // no name, and empty in every row (checked above)
        row[h] = unguard(cells[i] ?? '');
        if (row[h].trim() === '') emptyCells.add(h);
      }
      yield rowRecord(index, rowNumber, row, emptyCells, schema, paths);
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
  return (limits.workbooks ?? defaultWorkbookParser()).parse(chunks, limits.maxRecords, schema, { signal: limits.signal, maxRecordsNote: limits.maxRecordsNote });
};

/** The reader of each input format (the seam a new format plugs into). */

export const INPUT_READERS: Record<InputType, InputReader> = {
  json: jsonArrayRecords,
  ndjson: ndjsonRecords,
  csv: csvRecords,
  xlsx: workbookRecords,
};
