// Batch input (docs/batch.md §Input): a JSON array, NDJSON (one case per line) or CSV with dot-path headers.
// The input as a whole must parse (else 400 / exit 1); a single bad NDJSON line is a bad record,
// reported in the manifest, and never stops the others.
//
// NDJSON and CSV are read as streams, twice: once to check the header and count the records (for
// the limit, the file numbering and the time left), once to make the records, one at a time, as
// the runner takes them. So a batch file of any length is never held in memory, text or objects
// (`harbor batch` on a 100,000-row CSV); only a JSON array is parsed whole.
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parse as csvParser, type Options as CsvOptions } from 'csv-parse';
import { HarborError, type Issue } from '../errors.js';
import { headerProblem, rowToObject } from './dotpaths.js';

export type InputType = 'json' | 'ndjson' | 'csv' | 'xlsx';

/** One record of a batch: its case data, or why it could not be read. */
/**
 * `row`: for CSV, the spreadsheet row of the record (the header is row 1), and `emptyCells`, the
 * columns left empty in it, so that an error on one of them can say the cell is empty.
 */
export type BatchRecord =
  | { index: number; row?: number; emptyCells?: ReadonlySet<string>; value: unknown }
  | { index: number; row?: number; errors: Issue[] };

/** The records of a batch: how many, and the records themselves, made one at a time. */
export interface RecordSource {
  total: number;
  records: Iterable<BatchRecord> | AsyncIterable<BatchRecord>;
}

/**
 * Where a batch's text comes from: a function that opens it (again) as a stream, so that it can be
 * read twice: `fromText(body)` for an HTTP body, `() => createReadStream(path)` for a file.
 */
export type TextSource = () => Readable;

export function fromText(text: string): TextSource {
  return () => Readable.from([text]);
}

/** Media types of batch bodies. */
export const BATCH_TYPES: Record<InputType, string[]> = {
  json: ['application/json'],
  ndjson: ['application/x-ndjson', 'application/ndjson', 'application/jsonl'],
  csv: ['text/csv'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], // src/batch/xlsx.ts
};

function tooMany(n: number, max: number): HarborError {
  return new HarborError('payload-too-large', `The batch has ${n} records; the limit is ${max} (HARBOR_MAX_BATCH)`);
}

function malformed(message: string): HarborError {
  return new HarborError('malformed-input', message, [{ path: '', code: 'malformed-input', message }]);
}

export function jsonRecords(body: unknown, max: number): RecordSource {
  if (!Array.isArray(body)) throw malformed('A JSON batch is an array of cases');
  if (body.length > max) throw tooMany(body.length, max);
  return { total: body.length, records: body.map((value, index) => ({ index, value })) };
}

/** The lines of a text, numbered from 1, as a stream (a byte-order mark is dropped). */
async function* lines(open: TextSource): AsyncGenerator<[number, string]> {
  const src = open();
  try {
    let n = 0;
    for await (const line of createInterface({ input: src, crlfDelay: Number.POSITIVE_INFINITY })) {
      n++;
      yield [n, n === 1 ? line.replace(/^\uFEFF/, '') : line];
    }
  } finally {
    src.destroy();
  }
}

export async function ndjsonRecords(open: TextSource, max: number): Promise<RecordSource> {
  let total = 0;
  for await (const [, line] of lines(open)) if (line.trim() !== '') total++;
  if (total > max) throw tooMany(total, max);
  async function* records(): AsyncGenerator<BatchRecord> {
    let index = 0;
    for await (const [n, line] of lines(open)) {
      if (line.trim() === '') continue;
      try {
        yield { index, value: JSON.parse(line) as unknown };
      } catch {
        // Never the text of the line: it is case data.
        yield { index, errors: [{ path: '', code: 'malformed-input', message: `line ${n} is not valid JSON` }] };
      }
      index++;
    }
  }
  return { total, records: records() };
}

/** Undo the formula guard of Harbor's own CSV output (`'+1 555…` → `+1 555…`), see csvCell. */
function unguard(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

const CSV_OPTIONS: CsvOptions = { bom: true, skip_empty_lines: true, relax_column_count: false };

/** The rows of a CSV, as a stream of cell arrays; a parse error names only its line (cells are data). */
async function* csvRows(open: TextSource): AsyncGenerator<string[]> {
  const src = open();
  try {
    for await (const row of src.pipe(csvParser(CSV_OPTIONS))) yield row as string[];
  } catch (e) {
    const line = (e as { lines?: unknown }).lines;
    throw malformed(`The CSV could not be parsed${typeof line === 'number' ? ` (near line ${line})` : ''}; every row needs the same number of cells as the header`);
  } finally {
    src.destroy();
  }
}

/** The header's dot paths, or a malformed-input error naming what is wrong with it. */
function csvHeader(header: string[] | undefined): string[] {
  if (!header) throw malformed('The CSV is empty; its first row names the fields by dot path');
  for (const h of header) {
    const p = headerProblem(h.trim());
    if (p) throw malformed(`CSV header: ${p}`);
  }
  const names = header.map((h) => h.trim());
  if (new Set(names).size !== names.length) throw malformed('CSV header: a column appears twice');
  return names;
}

export async function csvRecords(open: TextSource, max: number, schema: unknown): Promise<RecordSource> {
  let header: string[] | undefined;
  let total = 0;
  for await (const cells of csvRows(open)) {
    if (header === undefined) header = cells;
    else total++;
  }
  const names = csvHeader(header);
  if (total > max) throw tooMany(total, max);
  async function* records(): AsyncGenerator<BatchRecord> {
    let index = -1; // -1: the header row
    for await (const cells of csvRows(open)) {
      if (index === -1) {
        index = 0;
        continue;
      }
      const row: Record<string, string> = {};
      const emptyCells = new Set<string>();
      names.forEach((h, i) => {
        row[h] = unguard(cells[i] ?? '');
        if (row[h].trim() === '') emptyCells.add(h);
      });
      yield { index, row: index + 2, emptyCells, value: rowToObject(row, schema) };
      index++;
    }
  }
  return { total, records: records() };
}
