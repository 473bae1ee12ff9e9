// Batch input (design §5): a JSON array, NDJSON (one case per line) or CSV with dot-path headers.
// The body as a whole must parse (else 400); a single bad NDJSON line is a bad record, reported in
// the manifest, and never stops the others.
//
// Records are made lazily: the body is split (and counted, for the limit) up front, but a row or
// line becomes a case object only when the runner takes it, so a long batch never holds every
// case object at once.
import { parse as parseCsv } from 'csv-parse/sync';
import { HarborError, type Issue } from '../errors.js';
import { headerProblem, rowToObject } from './dotpaths.js';

export type InputType = 'json' | 'ndjson' | 'csv';

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
  records: Iterable<BatchRecord>;
}

/** Media types of batch bodies. */
export const BATCH_TYPES: Record<InputType, string[]> = {
  json: ['application/json'],
  ndjson: ['application/x-ndjson', 'application/ndjson', 'application/jsonl'],
  csv: ['text/csv'],
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

export function ndjsonRecords(text: string, max: number): RecordSource {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const total = lines.reduce((n, l) => (l.trim() === '' ? n : n + 1), 0);
  if (total > max) throw tooMany(total, max);
  function* records(): Generator<BatchRecord> {
    let index = 0;
    for (const [n, line] of lines.entries()) {
      if (line.trim() === '') continue;
      try {
        yield { index, value: JSON.parse(line) as unknown };
      } catch {
        // Never the text of the line: it is case data.
        yield { index, errors: [{ path: '', code: 'malformed-input', message: `line ${n + 1} is not valid JSON` }] };
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

export function csvRecords(text: string, max: number, schema: unknown): RecordSource {
  let rows: string[][];
  try {
    rows = parseCsv(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (e) {
    // csv-parse messages can quote a cell; keep only its line number.
    const line = (e as { lines?: unknown }).lines;
    throw malformed(`The CSV could not be parsed${typeof line === 'number' ? ` (near line ${line})` : ''}; every row needs the same number of cells as the header`);
  }
  const [header, ...data] = rows;
  if (!header) throw malformed('The CSV is empty; its first row names the fields by dot path');
  for (const h of header) {
    const p = headerProblem(h.trim());
    if (p) throw malformed(`CSV header: ${p}`);
  }
  const names = header.map((h) => h.trim());
  if (new Set(names).size !== names.length) throw malformed('CSV header: a column appears twice');
  if (data.length > max) throw tooMany(data.length, max);
  function* records(): Generator<BatchRecord> {
    for (const [index, cells] of data.entries()) {
      const row: Record<string, string> = {};
      const emptyCells = new Set<string>();
      names.forEach((h, i) => {
        row[h] = unguard(cells[i] ?? '');
        if (row[h].trim() === '') emptyCells.add(h);
      });
      yield { index, row: index + 2, emptyCells, value: rowToObject(row, schema) };
    }
  }
  return { total: data.length, records: records() };
}
