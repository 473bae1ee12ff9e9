// The rows of a CSV batch (docs/batch.md §Input), as a stream: csv-parse's reading, with what it
// cannot do alone: a row with a stray quote stepped over and given out as that row's (./csv-quotes.ts
// for one that opens a cell), a row longer than one case stepped over, each row numbered as a
// spreadsheet shows it. A file that cannot be read at all is refused here, in ./csv-words.ts's
// words; turning rows into records is ./csv-input.ts's.
import { parse as csvParser, type CsvError, type Options as CsvOptions } from 'csv-parse';
import { figure } from '../domain/format.js';
import { HarborError } from '../errors.js';
import { findStrayOpening, rowEnd, SCAN_BYTES_PER_CHAR, sourceFrom, strayOpeningQuote, type StrayOpening } from './csv-quotes.js';
import { csvSyntaxMessage, longRowMessage, QUOTED } from './csv-words.js';
import { malformed, MAX_CSV_COLUMNS, slicer, type TextSource } from './input.js';

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
export interface CsvRow {
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
export async function* csvRows(open: TextSource, maxRecordChars: number): AsyncGenerator<CsvRow> {
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
      // A row with a stray quote that then grows past the limit (csv-parse reads on to the row's end
      // after the quote, and stops at the limit): one row, the long one, no longer a stray quote's.
      // Left in `pending`, it was counted twice (the long row's number one too many) and stepped
      // over as a row before the long one, so the row after it was taken for the long row, or the
      // file's end was, and the file was refused as a quote never closed.
      const key = typeof x.records === 'number' ? x.records + (typeof x.empty_lines === 'number' ? x.empty_lines : 0) : -1;
      if (x.code === 'CSV_MAX_RECORD_SIZE' && sameRow(last, { key, column: 0, raw: String(raw) }) && pending.at(-1)?.key === key) {
        pending.pop();
        steppedSinceRead--;
        last = undefined;
      }
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
        if (x.code === 'CSV_MAX_RECORD_SIZE') throw malformed(longRowMessage(maxRecordChars, width === undefined ? 1 : tooLong, longRows >= MAX_LONG_ROWS && MAX_LONG_ROWS, line));
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
 * A row whose every cell is empty (or spaces) is no record: what Excel writes for the blank rows
 * under a table it saves as CSV (`,,,,`). Skipped, as a blank line is and as the Excel reader skips
 * a blank row; the rows after it keep their spreadsheet numbers.
 */
export function blankRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}
