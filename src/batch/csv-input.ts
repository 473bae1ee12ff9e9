// A batch given as CSV (docs/batch.md §Input): a header row of dot paths, then one case per row,
// read as a stream twice as every batch input is (./input.ts). The file as a whole must parse (else
// 400 / exit 1); a row the parser can step over (a stray quote in a cell not in quotes, a row of
// another width than the header) is one `invalid` record at its row, and never stops the others.
import { figure } from '../domain/format.js';
import { parse as csvParser, type CsvError, type Options as CsvOptions } from 'csv-parse';
import { HarborError, spreadsheetUnsafe, type Issue } from '../errors.js';
import { MAX_JSON_DEPTH, NOT_UTF8_ADVICE } from '../validate.js';
import { findStrayOpening, rowEnd, SCAN_BYTES_PER_CHAR, sourceFrom, strayOpeningQuote, type StrayOpening } from './csv-quotes.js';
import { columnLetters, headerProblem, repeatedColumn, SchemaPaths, unknownColumns, unnamedColumnHolds } from './dotpaths.js';
import { limitsOf, malformed, MAX_CSV_COLUMNS, recordTooLarge, rowRecord, slicer, tooMany, type BatchRecord, type InputReader, type TextSource } from './input.js';

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
  // One record (a row) is bounded like one case; a longer row is stepped over (`csvRows`) and is
  // that record's error, as an over-long NDJSON line is.
  max_record_size: maxRecordChars,
  // Each row with the counts so far (`CsvRow.row` is made from them).
  info: true,
  // A row with a quote inside a cell that does not begin with one (`Ana "Jo" Ruiz,…`) is stepped
  // over and reported (`onSkip`, `csvRows`): the parser reads on from the next row unharmed, so
  // that row is one invalid record, never the whole file refused. `raw` tells two such rows apart
  // (`sameRow`). Every other syntax error still refuses the file: after a closing quote that is not
  // followed by a comma or a row's end, or a quote never closed, where each cell ends is lost for
  // every row after it.
  skip_records_with_error: true,
  raw: true,
});

/** A stray quote's error (csv-parse's, with `info`): where it stopped; `raw`: the row's text up to it. */
interface StrayQuote {
  /** Rows read + blank lines skipped before this row: a row after the header's (0) has 1 or more. */
  key: number;
  /** The column (0-based) of the cell with the stray quote. */
  column: number;
  raw: string;
}

/**
 * True when `next` is a later stray quote of the same row as `prev` (a row with two gets two
 * errors): the same rows before it, and its text goes on from the first error's, which ends with
 * that quote. Another row that began with the same text would have stopped at the same quote, so
 * its text would be as long, not longer.
 */
function sameRow(prev: StrayQuote | undefined, next: StrayQuote): boolean {
  return prev !== undefined && prev.key === next.key && next.raw.length > prev.raw.length && next.raw.startsWith(prev.raw);
}

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
  /** The column (0-based) of a cell with a stray quote: the row could not be read (no cells). */
  strayQuote?: number;
  /** The stray quote opens its cell (./csv-quotes.ts), where one inside a cell is what csv-parse steps over. */
  opening?: boolean;
  /** The row is longer than one case may be: stepped over unread (no cells). */
  tooLong?: boolean;
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
  return { path: '', code: 'malformed-input', message: `the row has ${figure(cells)} cells where the header has ${figure(width)} (${why}), so its cells cannot be matched to their columns; ${SAME_WIDTH}` };
}

/**
 * The error of a row with a quote inside a cell that does not begin with one, or with one that
 * begins a cell and does not close it there (`opening`, ./csv-quotes.ts): that record's alone
 * (`invalid`, at its row), naming the cell's column, never its text. Before, it refused the whole
 * file (one nickname typed in quotes in row 4,000 cost every record), or an opening one took the
 * rows after it into its cell, unread and unlisted.
 */
function strayQuoteIssue(column: number, names: readonly string[], opening = false): Issue {
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

const QUOTED = 'a cell that holds a quote (") or a comma goes in quotes, each quote in it doubled ("a ""quoted"" word")';

/**
 * Stray opening quotes looked for in one CSV at most (each costs a read of the file up to its row):
 * past them, a quote error refuses the file, as one whose quoting is broken throughout.
 */
const MAX_STRAY_OPENINGS = 32;

/**
 * Rows longer than one case may be stepped over in one CSV at most (each costs a read of the row,
 * and of the file up to it, twice): past them the file is refused, as one not made of cases.
 */
const MAX_LONG_ROWS = 32;

/** csv-parse's errors of a quote that opened a cell and took the rows after it (./csv-quotes.ts). */
const TAKEN_ROWS = new Set(['CSV_INVALID_CLOSING_QUOTE', 'CSV_QUOTE_NOT_CLOSED', 'CSV_MAX_RECORD_SIZE']);

/**
 * The rows of a CSV, as a stream; a parse error names only its row (cells are data). Read by
 * csv-parse in one pass, or in several when a stray opening quote is found (./csv-quotes.ts): each
 * pass after the first begins at the row of one, that quote read as text.
 */
async function* csvRows(open: TextSource, maxRecordChars: number): AsyncGenerator<CsvRow> {
  const pause = slicer();
  let width: number | undefined; // the header's cells
  // The stray opening quotes read as text, in the file's order (their offsets: `asText`). Their NULs
  // mark their rows: in each pass, the n-th NUL met is the n-th of them from where the pass begins.
  const openings: StrayOpening[] = [];
  const asText: number[] = [];
  let attempts = 0;
  let from = 0; // the byte this pass begins at
  let rowsBefore = 0; // the rows before it, blank ones included
  // A row longer than a case may be: its start and end (bytes), its number. The pass after it is
  // found reads from the last row given out to its start, gives it out (no cells), and the next
  // reads on from its end: the rows after it are read as if it were not there.
  let long: { start: number; end: number; row: number } | undefined;
  let longRows = 0;
  for (;;) {
    const bound = long; // this pass ends at this long row
    const src = asText.length === 0 && bound === undefined && from === 0 ? open() : sourceFrom(open, from, asText, bound?.start)();
    const header = width === undefined;
    let nextOpening = openings.findIndex((o) => o.at >= from);
    // The stray opening quote of a row whose text is `text`, if it holds one (or more: the first).
    const openingIn = (text: string): StrayOpening | undefined => {
      if (nextOpening < 0 || nextOpening >= openings.length) return undefined;
      let nuls = 0;
      for (let i = text.indexOf('\0'); i >= 0; i = text.indexOf('\0', i + 1)) nuls++;
      const o = nuls > 0 ? openings[nextOpening] : undefined;
      nextOpening += nuls;
      return o;
    };
    // Rows stepped over for a stray quote, in order, not yet given out. csv-parse counts none of them
    // (`info.records`), so each row's number adds those before it (`stepped`): a row read with the
    // key K (rows read + blank lines) comes after every stepped row whose key is below K.
    const pending: StrayQuote[] = [];
    let last: StrayQuote | undefined;
    let stepped = 0;
    let lastEnd = from; // the byte after the last row given out
    let readTo = from; // the byte after the last row csv-parse read
    let lastRow = rowsBefore;
    let restart: StrayOpening | undefined;
    let steppedSinceRead = 0; // rows stepped over since the last row csv-parse read: they begin at `readTo`
    const onSkip = (e: CsvError | undefined, raw: string | undefined): undefined => {
      const x = e as { code?: unknown; records?: unknown; empty_lines?: unknown; column?: unknown };
      // Anything but a stray quote, or one in the header (no column to match a row to), refuses the file.
      if (x.code !== 'INVALID_OPENING_QUOTE' || (header && x.records === 0) || typeof x.records !== 'number') throw e;
      const next: StrayQuote = { key: x.records + (typeof x.empty_lines === 'number' ? x.empty_lines : 0), column: typeof x.column === 'number' ? x.column : 0, raw: String(raw) };
      if (!sameRow(last, next)) {
        pending.push(next);
        steppedSinceRead++;
      }
      else if (pending.at(-1)?.key === next.key) pending.at(-1)!.raw = next.raw; // the row's text so far: a NUL in it marks a stray opening
      last = next;
      return undefined;
    };
    const strayRow = (q: StrayQuote): CsvRow => {
      const opening = openingIn(q.raw);
      return { cells: [], row: rowsBefore + q.key + 1 + stepped++, strayQuote: opening?.column ?? q.column, opening: opening !== undefined };
    };
    // The stray opening quote in the rows from byte `at` on, if there is one and another may be looked for.
    const stray = async (at: number, wholeRowInside = true): Promise<StrayOpening | undefined> => {
      if (width === undefined || attempts >= MAX_STRAY_OPENINGS) return undefined;
      attempts++;
      const q = await findStrayOpening(open, at, asText, width, SCAN_BYTES_PER_CHAR * maxRecordChars + 16, wholeRowInside);
      return q && !asText.includes(q.at) ? q : undefined;
    };
    try {
      // What csv-parse has read, which is ahead of the rows the loop below is given: the header's
      // width, and where the last row it read ends (a row it then cannot read begins there).
      const onRecord = (r: { record: string[]; info: { bytes: number } }): unknown => {
        width ??= r.record.length;
        readTo = from + r.info.bytes;
        steppedSinceRead = 0;
        return r;
      };
      for await (const parsed of src.pipe(csvParser({ ...csvOptions(maxRecordChars), on_skip: onSkip, on_record: onRecord as unknown as CsvOptions['on_record'] }))) {
        const { record: cells, info } = parsed as { record: string[]; info: { records: number; empty_lines: number; lines: number; bytes: number } };
        // A row holding a line break: rows taken into a cell by a stray opening quote? Looked at in
        // the row's own text first (`raw`), then in the file from where the row begins.
        const whole = cells.length === width; // else its width shows it was not read as meant
        if (width !== undefined && cells.some((c) => c.includes('\n') || c.includes('\r')) && typeof (await strayOpeningQuote(Buffer.from(String((parsed as { raw?: unknown }).raw)), width, true, whole)) === 'object') {
          restart = await stray(lastEnd, whole);
          if (restart) break;
        }
        while (pending.length > 0 && pending[0]!.key < info.records + info.empty_lines) yield strayRow(pending.shift()!);
        if (cells.length > MAX_CSV_COLUMNS) throw malformed(`The CSV has ${figure(cells.length)} columns; the limit is ${figure(MAX_CSV_COLUMNS)}`);
        const row = rowsBefore + info.records + info.empty_lines + stepped;
        // A byte-order mark starting a row after the header (csv-parse drops the file's own) is a
        // second file's start: CSV files joined with `cat`, whose second header would be read as a
        // case and whose first cell would hold the invisible mark (an "invalid" date that looks
        // right). Refused once, naming the row, rather than as a record that fails in every column.
        if (width !== undefined && cells[0]?.charCodeAt(0) === 0xfeff) {
          throw malformed(`The CSV has a byte-order mark at the start of row ${String(row)}, as only a file's start has: two CSV files joined into one? Remove the mark, and the second file's header row if it is there`);
        }
        width ??= cells.length;
        lastEnd = from + info.bytes;
        lastRow = row;
        const opening = openings.length > 0 && cells.some((c) => c.includes('\0')) ? openingIn(cells.join('')) : undefined;
        if (opening) yield { cells: [], row, strayQuote: opening.column, opening: true };
        else yield cells.length !== width && !blankRow(cells) ? { cells, row, width } : { cells, row };
        await pause();
      }
      if (!restart) while (pending.length > 0) yield strayRow(pending.shift()!);
    } catch (e) {
      if (e instanceof HarborError) throw e;
      const x = e as { lines?: unknown; code?: unknown; records?: unknown; empty_lines?: unknown };
      // csv-parse has read ahead of the rows given out: the row it stopped in begins where the last
      // row it read ends (`readTo`); the rows after the last given out are read again.
      if (TAKEN_ROWS.has(String(x.code))) restart = await stray(readTo);
      // A row too long, with no stray quote to read as text: where it ends (its quotes read as
      // RFC 4180 reads them), to step over it. Not the header (no columns to read a row by), nor
      // a row whose quote never closes (no row after it can be told apart).
      const tooLong = !restart && x.code === 'CSV_MAX_RECORD_SIZE' && typeof x.records === 'number' ? rowsBefore + x.records + stepped + pending.length + (typeof x.empty_lines === 'number' ? x.empty_lines : 0) + 1 : undefined;
      if (tooLong !== undefined && width !== undefined && bound === undefined && longRows < MAX_LONG_ROWS) {
        // It begins after the rows csv-parse stepped over since the last it read (stray quotes).
        let start: number | undefined = readTo;
        for (let k = 0; k < steppedSinceRead && start !== undefined; k++) start = (await rowEnd(open, start, asText))?.end;
        const r = start === undefined ? undefined : await rowEnd(open, start, asText);
        if (start !== undefined && r) {
          longRows++;
          long = { start, end: r.end, row: tooLong };
        }
      }
      if (!restart && long === bound) {
        const line = typeof x.lines === 'number' ? ` (near line ${String(x.lines)})` : '';
        if (TAKEN_ROWS.has(String(x.code)) && attempts >= MAX_STRAY_OPENINGS && typeof x.records === 'number') {
          const row = rowsBefore + x.records + stepped + pending.length + (typeof x.empty_lines === 'number' ? x.empty_lines : 0) + 1;
          throw malformed(`The CSV could not be parsed: more than ${figure(MAX_STRAY_OPENINGS)} of its rows have a quote (") at the start of a cell that does not close it, the last in row ${String(row)}, so its quoting is broken throughout; ${QUOTED}`);
        }
        if (x.code === 'CSV_MAX_RECORD_SIZE') throw malformed(longRowMessage(maxRecordChars, width === undefined ? 1 : tooLong, longRows >= MAX_LONG_ROWS, line));
        // The rows stepped over before it count in its row number too, csv-parse counts none of them.
        throw malformed(csvSyntaxMessage(x.code, typeof x.records === 'number' ? rowsBefore + x.records + stepped + pending.length : x.records, x.empty_lines, x.lines));
      }
    } finally {
      src.destroy();
    }
    if (!restart && bound !== undefined) {
      // The pass up to the long row is done: it is given out, and the next pass begins after it.
      yield { cells: [], row: bound.row, tooLong: true };
      from = bound.end;
      rowsBefore = bound.row;
      long = undefined;
      continue;
    }
    if (!restart && long !== undefined) {
      // A long row found: read again from the last row given out, up to it.
      from = lastEnd;
      rowsBefore = lastRow;
      continue;
    }
    if (!restart) return;
    // Read again from the row of the stray opening quote, the quote as text: the rows it took are
    // read (or listed) each at its own number; the rows stepped over since the last row read are
    // met again and given out then.
    openings.push(restart);
    openings.sort((a, b) => a.at - b.at);
    asText.splice(0, asText.length, ...openings.map((o) => o.at));
    from = lastEnd;
    rowsBefore = lastRow;
  }
}

/**
 * The refusal of a CSV with a row longer than one case may be that cannot be stepped over: the
 * header (row 1: no columns to read the rows by), a row with a quote that never closes (where it
 * ends, and every row after it, is not known), or one more than MAX_LONG_ROWS.
 */
function longRowMessage(max: number, row: number | undefined, tooMany: boolean, line: string): string {
  const limit = `the limit of ${figure(max)} characters for one case (HARBOR_BODY_LIMIT)`;
  if (row === 1) return `The CSV's header row is longer than ${limit}; it names each column by its dot path`;
  if (tooMany) return `The CSV has more than ${figure(MAX_LONG_ROWS)} rows longer than ${limit}, the last in row ${row === undefined ? '?' : String(row)}: it is not a table of cases`;
  const at = row !== undefined ? ` (row ${String(row)})` : line;
  return `The CSV has a row longer than ${limit}${at} whose quote (") opens a cell that is never closed, so where it ends, and every row after it, is not known; ${QUOTED}`;
}

/**
 * What a CSV that csv-parse cannot read is refused with: the spreadsheet row it stopped in (rows
 * read + blank lines skipped + 1; a file's line counts a cell's line breaks too) and what is wrong
 * there, by csv-parse's error code. Never the cell's text (`raw`, `field`: case data). Before,
 * each said "near line n; every row needs the same number of cells as the header", of a quote.
 */
function csvSyntaxMessage(code: unknown, records: unknown, emptyLines: unknown, lines: unknown): string {
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
    if (h.split('.').length > MAX_JSON_DEPTH) throw malformed(`CSV header: a column's dot path is deeper than ${figure(MAX_JSON_DEPTH)} levels`);
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
  for await (const { cells, row, width, strayQuote, tooLong } of csvRows(open, limits.maxRecordChars)) {
    if (header === undefined) header = csvHeader(cells, schema);
    else if (width !== undefined || strayQuote !== undefined || tooLong) total++; // a record all the same: its error, at its row
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
