// What a CSV batch is told in words (docs/batch.md §Input): the error of one row that could not be
// read as a record (its alone: `invalid` at its row), and the refusal of a file that cannot be read
// at all (400 / exit 1). Never a cell's text: it is case data. The rows themselves: ./csv-rows.ts.
import { figure } from '../domain/format.js';
import type { Issue } from '../errors.js';
import { columnLetters } from './dotpaths.js';

export const QUOTED = 'a cell that holds a quote (") or a comma goes in quotes, each quote in it doubled ("a ""quoted"" word")';

const SAME_WIDTH = 'every row needs the same number of cells as the header';

/**
 * The error of a row whose cells are not as many as the header's: that record's alone (`invalid`,
 * at its row), the other rows read and rendered. Before, it refused the whole file, naming a line
 * of the file rather than the row (a cell's line breaks count as lines): one comma typed outside
 * quotes in row 25,000 of 50,000 cost every record.
 */
export function rowWidthIssue(cells: number, width: number): Issue {
  const why = cells > width ? 'a comma typed in a cell that is not in quotes, or a cell right of the table' : 'cells left out at its end';
  return { path: '', code: 'malformed-input', message: `the row has ${figure(cells)} cells where the header has ${figure(width)} (${why}), so its cells cannot be matched to their columns; ${SAME_WIDTH}` };
}

/**
 * The error of a row with a quote inside a cell that does not begin with one, or with one that
 * begins a cell and does not close it there (`opening`, ./csv-quotes.ts): that record's alone
 * (`invalid`, at its row), naming the cell's column, never its text. Before, it refused the whole
 * file (one nickname typed in quotes in row 4,000 cost every record), or an opening one took the
 * rows after it into its cell, unread and unlisted.
 */
export function strayQuoteIssue(column: number, names: readonly string[], opening = false): Issue {
  const name = names[column] ? ` (${names[column]})` : '';
  const what = opening
    ? 'begins with a quote (") that does not close it (one that opens a cell closes it, followed by a comma or the row\'s end), so where its cells end is not known, and the rows after it were read on their own'
    : 'has a quote (") inside it but does not begin with one, so where its cells end is not known';
  return {
    path: '',
    code: 'malformed-input',
    message: `the row could not be read: its cell in column ${columnLetters(column + 1)}${name} ${what}; ${QUOTED}`,
  };
}

/**
 * The refusal of a CSV with a row longer than one case may be that cannot be stepped over: the
 * header (row 1: no columns to read the rows by), a row with a quote that never closes (where it
 * ends, and every row after it, is not known), or one more than `tooMany` (csv-rows.ts MAX_LONG_ROWS).
 */
export function longRowMessage(max: number, row: number | undefined, tooMany: false | number, line: string): string {
  const limit = `the limit of ${figure(max)} characters for one case (HARBOR_BODY_LIMIT)`;
  if (row === 1) return `The CSV's header row is longer than ${limit}; it names each column by its dot path`;
  if (tooMany !== false) return `The CSV has more than ${figure(tooMany)} rows longer than ${limit}, the last in row ${row === undefined ? '?' : String(row)}: it is not a table of cases`;
  const at = row !== undefined ? ` (row ${String(row)})` : line;
  return `The CSV has a row longer than ${limit}${at} whose quote (") opens a cell that is never closed, so where it ends, and every row after it, is not known; ${QUOTED}`;
}

/**
 * What a CSV that csv-parse cannot read is refused with: the spreadsheet row it stopped in (rows
 * read + blank lines skipped + 1; a file's line counts a cell's line breaks too) and what is wrong
 * there, by csv-parse's error code. Never the cell's text (`raw`, `field`: case data). Before,
 * each said "near line n; every row needs the same number of cells as the header", of a quote.
 */
export function csvSyntaxMessage(code: unknown, records: unknown, emptyLines: unknown, lines: unknown): string {
  const row = typeof records === 'number' ? records + (typeof emptyLines === 'number' ? emptyLines : 0) + 1 : undefined;
  const at = row !== undefined ? ` in row ${String(row)}${typeof lines === 'number' ? ` (line ${String(lines)} of the file)` : ''}` : typeof lines === 'number' ? ` near line ${String(lines)}` : '';
  const quoted = QUOTED;
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      // Its line is the file's last, where the reading ended, not where the quote opened.
      return `The CSV could not be parsed: a cell${row !== undefined ? ` in row ${String(row)}` : ''} opens a quote (") that is never closed, so the rest of the file would be one cell; ${quoted}`;
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return `The CSV could not be parsed: a cell${at} has a quote (") inside it but does not begin with one; ${quoted}`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `The CSV could not be parsed: a quoted cell${at} goes on after its closing quote; ${quoted}`;
    default:
      return `The CSV could not be parsed${at}`;
  }
}
