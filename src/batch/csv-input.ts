// A batch given as CSV (docs/batch.md §Input): a header row of dot paths, then one case per row,
// read as a stream twice as every batch input is (./input.ts). The file as a whole must parse (else
// 400 / exit 1); a row the parser can step over (a stray quote in a cell not in quotes, a row of
// another width than the header) is one `invalid` record at its row, and never stops the others.
// The rows: ./csv-rows.ts; what a row or the file is told: ./csv-words.ts.
import { figure } from '../domain/format.js';
import { spreadsheetUnsafe, type HarborError } from '../errors.js';
import { MAX_JSON_DEPTH, NOT_UTF8_ADVICE } from '../validate.js';
import { blankRow, csvRows } from './csv-rows.js';
import { rowWidthIssue, strayQuoteIssue } from './csv-words.js';
import { columnLetters, headerProblem, repeatedColumn, SchemaPaths, unknownColumns, unnamedColumnHolds } from './dotpaths.js';
import { limitsOf, malformed, recordTooLarge, rowRecord, tooManyRecords, type BatchRecord, type InputReader } from './input.js';

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
        `The CSV has lost letters: row ${String(row)}, column ${names[i]} (${columnLetters(i + 1)}) holds U+FFFD (\uFFFD), the mark of letters (é, ñ …) lost when the file was saved in another encoding; ${NOT_UTF8_ADVICE}`,
      );
    }
  }
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
    if (h.split('.').length > MAX_JSON_DEPTH) throw malformed(`CSV header: a column's dot path is deeper than ${figure(MAX_JSON_DEPTH)} levels`);
  }
  const names = header.map((h) => h.trim());
  const twice = repeatedColumn(names);
  if (twice) throw malformed(`CSV header: ${twice}`);
  const unknown = unknownColumns(names, schema, 'CSV header');
  if (unknown) throw unknown;
  return names;
}

/**
 * A CSV with its header row and no record under it, in any encoding (UTF-16 as UTF-8): said so,
 * where the bare "no records" of an empty JSON array left a reader wondering whether the header had
 * been read at all (a report of round r58 had a UTF-16 one told "The CSV is empty"). `blank`: rows
 * under the header with no value, what a spreadsheet saves for the empty rows under a table.
 */
function headerAlone(blank: number): HarborError {
  const under = blank === 0 ? 'no row under it' : `only ${figure(blank)} ${blank === 1 ? 'row' : 'rows'} with no value under it`;
  return malformed(`The CSV has its header row and ${under}, so no records; each row under the header is one case (harbor csv-template prints the header and an example row)`);
}

/**
 * Rows with no value (`,,,,`) one CSV may hold besides its records: ten for each record the batch
 * may have, and never fewer than 10,000. Excel writes one for each empty row under a table it
 * saves as CSV, a few thousand at most; csv-parse reads each as it reads a row of values (~10-20 µs
 * of the main thread), and a blank row is no record, so HARBOR_MAX_BATCH did not bound them: a
 * 16 MB body of `,\n` was 8 million rows, minutes of CPU before the answer "no records".
 */
export const maxBlankRows = (maxRecords: number): number => Math.max(10_000, 10 * maxRecords);

export const csvRecords: InputReader = async (open, given, schema) => {
  const limits = limitsOf(given);
  const blankLimit = maxBlankRows(limits.maxRecords);
  let header: string[] | undefined;
  let total = 0;
  let blank = 0;
  for await (const { cells, row, width, strayQuote, tooLong } of csvRows(open, limits.maxRecordChars)) {
    if (header === undefined) header = csvHeader(cells, schema);
    else if (width !== undefined || strayQuote !== undefined || tooLong) total++; // a record all the same: its error, at its row
    else if (!blankRow(cells)) {
      refuseNotUtf8(cells, row, header);
      for (let i = 0; i < header.length; i++) if (header[i]!.trim() === '' && cells[i]!.trim() !== '') throw malformed(`CSV: ${unnamedColumnHolds(i + 1, row)}`);
      total++;
    } else if (++blank > blankLimit) {
      throw malformed(
        `The CSV has more than ${figure(blankLimit)} rows with no value (by row ${figure(row)}), rows a spreadsheet writes for the empty rows under a table: delete the empty rows under the table and save it again`,
      );
    }
    // Past the limit the batch is refused whatever follows: read no further, and say "more than",
    // as the workbook's reader does (the rows after it are not counted).
    if (total > limits.maxRecords) throw tooManyRecords(limits.maxRecords, limits.maxRecordsNote);
  }
  const names = csvHeader(header, schema);
  if (total === 0) throw headerAlone(blank);
  async function* records(): AsyncGenerator<BatchRecord> {
    let index = -1; // -1: the header row
    const paths = new SchemaPaths(schema);
    for await (const { cells, row: rowNumber, width, strayQuote, opening, tooLong } of csvRows(open, limits.maxRecordChars)) {
      if (index === -1) {
        index = 0;
        continue;
      }
      if (tooLong) {
        yield { index, row: rowNumber, errors: [recordTooLarge(limits.maxRecordChars)] };
        index++;
        continue;
      }
      if (strayQuote !== undefined) {
        yield { index, row: rowNumber, errors: [strayQuoteIssue(strayQuote, names, opening)] };
        index++;
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
        row[h] = spreadsheetUnsafe(cells[i] ?? ''); // Harbor's own formula guard undone (csvCell)
        if (row[h].trim() === '') emptyCells.add(h);
      }
      yield rowRecord(index, rowNumber, row, emptyCells, schema, paths);
      index++;
    }
  }
  return { total, records: records() };
};
