// Reading an Excel batch (issue 13): the first visible sheet of an .xlsx is read like a CSV with dot-path
// headers (row 1), one case per row after it. Each cell is turned into the text a CSV cell would
// hold, through the kind's JSON Schema: an Excel date becomes yyyy-mm-dd (or yyyy-mm-ddThh:mm:ss
// when it has a time), a date serial number in a date column becomes its date, a number in a text
// column keeps its digits (15 significant, as Excel stores them), a formula gives its cached
// result. From there the CSV path (rowToObject) makes the case, so both inputs give the same
// records.
import { figure } from '../domain/format.js';
import ExcelJS from 'exceljs';
import { HarborError, type Issue } from '../errors.js';
import { headerProblem, repeatedColumn, schemaAt, SchemaPaths, unknownColumns, unnamedColumnHolds } from './dotpaths.js';
import { recordTooLarge, rowRecord, slicer, tooManyRecords, type BatchRecord, type RecordSource } from './input.js';
import { isDate, isNumber, type Json } from './xlsx-columns.js';
import { checkPackage } from './zip-guard.js';

/** Most columns of the first sheet. */
const MAX_COLUMNS = 2000;
/** Excel's last row. */
const EXCEL_MAX_ROWS = 1_048_576;

function malformed(message: string): HarborError {
  return new HarborError('malformed-input', message, [{ path: '', code: 'malformed-input', message }]);
}

/** Excel's day 0 is 1899-12-30 (serial 25569 is 1970-01-01, counting the 1900 leap-year bug). */
const EXCEL_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

/** A date cell's text: exceljs gives the sheet's wall-clock time as a UTC Date. */
function dateText(d: Date, s: Json | undefined): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  const midnight = iso.slice(11, 19) === '00:00:00';
  if (isDate(s) || midnight) return iso.slice(0, 10);
  return iso.slice(0, 19); // no offset: the sheet has none (a date-time field says what it needs)
}

/** A number as a CSV would hold it: at most the 15 significant digits Excel keeps. */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** The text of one cell, for the schema at its column's path. */
export function cellText(v: ExcelJS.CellValue, s: Json | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return dateText(v, s);
  if (typeof v === 'number') {
    // A date column whose cell holds a serial number (typed as a number, or formatted as one).
    if (isDate(s) && !isNumber(s) && v > 0 && v < 2_958_466) return dateText(new Date(Math.round((v - EXCEL_EPOCH_SERIAL) * DAY_MS)), s);
    return numberText(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return v;
  const o = v as unknown as Json;
  if ('result' in o) return cellText(o.result as ExcelJS.CellValue, s); // a formula: its cached value
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
  if ('text' in o) return String((o as { text: unknown }).text); // a hyperlink
  // An error value (#N/A…) is no text: `xlsxRecords` makes its record invalid, naming the cell.
  return '';
}

/**
 * The parts of a worksheet that Harbor does not read and exceljs would expand cell by cell over
 * whatever range they declare: one merge or dropdown over A1:XFD1048576 is 17 billion cells
 * (exceljs never returned), one `<col max="200000000">` 200 million column objects (out of
 * memory). Only the cells (`sheetData`) are read; a hyperlink's cell keeps its text.
 */
const UNREAD_SHEET_PARTS = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'mergeCells',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

interface WorkbookModel {
  sheets?: { id?: unknown }[];
  worksheets?: { id?: unknown }[];
  definedNames?: unknown[];
}

/**
 * exceljs's workbook model with the two workbook-wide parts that cost by what they declare made
 * harmless: defined names (expanded cell by cell like the sheet parts above; Harbor reads none)
 * are dropped, and sheet ids are renumbered 1, 2, … in the workbook's order (exceljs keeps sheets
 * in an array indexed by id and scans it for every sheet: a sheetId of 10^9 never returned).
 */
function boundedModel(m: WorkbookModel): WorkbookModel {
  const sheets = m.sheets ?? [];
  const renumbered = new Map<unknown, number>();
  sheets.forEach((s, i) => {
    if (!renumbered.has(s.id)) renumbered.set(s.id, i + 1);
  });
  return {
    ...m,
    sheets: sheets.map((s, i) => ({ ...s, id: i + 1 })),
    worksheets: (m.worksheets ?? []).map((w) => ({ ...w, id: renumbered.get(w.id) })),
    definedNames: [],
  };
}

/** Read a checked workbook's bytes with exceljs, its cells only (see UNREAD_SHEET_PARTS). */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const model = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(wb), 'model');
  if (model?.get && model.set) {
    const set = model.set;
    Object.defineProperty(wb, 'model', { configurable: true, get: model.get, set: (m: WorkbookModel) => set.call(wb, boundedModel(m)) });
  }
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer, { ignoreNodes: UNREAD_SHEET_PARTS });
  return wb;
}

/** The error value an Excel cell holds (#REF!, #N/A…), itself or as its formula's result, if any. */
function spreadsheetError(v: ExcelJS.CellValue): string | undefined {
  if (v === null || typeof v !== 'object' || v instanceof Date) return undefined;
  const o = v as unknown as Json;
  if ('error' in o) return String(o.error);
  if ('result' in o) return spreadsheetError(o.result as ExcelJS.CellValue);
  return undefined;
}

/** Excel's error values: only these are quoted back (a file can put any text in an error cell). */
const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!']);

/**
 * Whether a cell holds a formula with no value saved with it: what a workbook written by a program
 * that does not calculate (a script's openpyxl or exceljs, some exports) holds until Excel or
 * LibreOffice opens and saves it. Its value is unknown, not empty: read as empty, it was refused as
 * "is required (the cell is empty)" in a required column and dropped without a word in an optional
 * one (until 2026-12-05). Its record is invalid with `spreadsheet-error` on that column instead.
 */
function uncalculated(v: ExcelJS.CellValue): boolean {
  if (v === null || typeof v !== 'object' || v instanceof Date) return false;
  const o = v as unknown as Json;
  return ('formula' in o || 'sharedFormula' in o) && (o.result === undefined || o.result === null);
}

const UNCALCULATED = 'the cell holds a formula with no value saved with it (the workbook was written by a program that does not calculate formulas); open and save it in Excel or LibreOffice, or type the value';

function errorCellIssue(path: string, error: string): Issue {
  const which = EXCEL_ERRORS.has(error) ? ` (${error})` : '';
  return { path, code: 'spreadsheet-error', message: `the cell holds a spreadsheet error${which}, not a value; fix its formula or type the value` };
}

/**
 * The records of an .xlsx batch: its first visible sheet, the header row of dot paths, then one case per
 * non-empty row. `row` in each record is the sheet's own row number.
 *
 * Only the rows and cells the sheet really holds are visited (a row number or a dimension is a
 * claim: one blank-looking cell at A100000 made 100,000 rows of 102 cells, 18 s and 2.3 GB): the
 * work is bounded by the sheet's content and stops at `max` records. `load` is exceljs (tests pass
 * their own, to see that a refused package never reaches it). `maxNote` says what sets `max`
 * (src/batch/input.ts InputLimits).
 *
 * A row is at most `maxRecordChars` characters of cell text (the limit of one case,
 * HARBOR_BODY_LIMIT's, as a CSV row and an NDJSON line are): a longer one is its own record's
 * error (`payload-too-large`, at its row), its cells' text let go as soon as they pass the limit
 * and never made into a case; the rows after it are read. Until 2026-12-06 a workbook's rows had
 * no such limit: a row of 100 cells of 32,767 characters (Excel's most per cell) went through as
 * a case of 3 MB, past what the same case is allowed as JSON or in a CSV.
 */
export async function xlsxRecords(
  bytes: Uint8Array,
  max: number,
  schema: unknown,
  load: (bytes: Uint8Array) => Promise<ExcelJS.Workbook> = loadWorkbook,
  maxNote?: string,
  maxRecordChars = 1024 * 1024,
): Promise<RecordSource> {
  await checkPackage(bytes);
  let wb: ExcelJS.Workbook;
  try {
    wb = await load(bytes);
  } catch {
    throw malformed('The Excel workbook could not be read');
  }
  // The first sheet a person sees: a hidden one (the lists a workbook's dropdowns read, a lookup
  // table) is passed over, as Excel's tabs do, instead of read as the cases (refused for its
  // columns, which the user cannot see). Excel keeps at least one sheet visible.
  const ws = wb.worksheets.find((w) => w.state === 'visible' || w.state === undefined) ?? wb.worksheets[0];
  if (!ws || ws.rowCount === 0) throw malformed('The workbook is empty; the first row of its first sheet names the fields by dot path');
  // exceljs's rows are an array indexed by row number, which a row past Excel's last makes
  // longer than any sheet (walking it took 30 s for a row numbered 10^9).
  if (ws.rowCount > EXCEL_MAX_ROWS) throw malformed(`The sheet has a row past Excel's last row (${figure(EXCEL_MAX_ROWS)})`);
  const head = ws.getRow(1);
  let width = 0;
  head.eachCell((_c, col) => (width = Math.max(width, col)));
  if (width === 0) throw malformed('The first row of the first sheet is empty; it names the fields by dot path');
  if (width > MAX_COLUMNS) throw malformed(`The sheet has more than ${figure(MAX_COLUMNS)} columns`);
  const names: string[] = [];
  for (let c = 1; c <= width; c++) {
    if (spreadsheetError(head.getCell(c).value) !== undefined) throw malformed(`Header row: column ${head.getCell(c).address.replace(/\d+$/, '')} holds a spreadsheet error, not a dot path`);
    if (uncalculated(head.getCell(c).value)) throw malformed(`Header row: column ${head.getCell(c).address.replace(/\d+$/, '')} holds a formula with no value saved with it, not a dot path`);
    const h = cellText(head.getCell(c).value, undefined).trim();
    // A column with no name: read only to see that it is empty in every row (unnamedColumnHolds).
    if (h === '') {
      names.push('');
      continue;
    }
    const p = headerProblem(h);
    if (p) throw malformed(`Header row: ${p} (column ${head.getCell(c).address.replace(/\d+$/, '')})`);
    names.push(h);
  }
  if (names.every((n) => n === '')) throw malformed('The first row of the first sheet names no field; it names each column by its dot path');
  const twice = repeatedColumn(names);
  if (twice) throw malformed(`Header row: ${twice}`);
  const unknown = unknownColumns(names, schema, 'Header row');
  if (unknown) throw unknown;
  const columnSchemas = names.map((n) => schemaAt(schema, n.split('.')));

  // The rows that exist and hold a cell with a value (exceljs's eachRow skips the others).
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row) => {
    if (row.number > 1) rows.push(row);
  });
  const records: BatchRecord[] = [];
  const paths = new SchemaPaths(schema);
  const pause = slicer();
  let blank = 0; // rows under the header that exist (formatted, or cleared) and hold no value
  for (const row of rows) {
    await pause(); // a sheet of many rows never holds the event loop for long
    const texts: (string | undefined)[] = new Array<string | undefined>(width);
    const errors: Issue[] = [];
    let any = false;
    let unnamed: number | undefined; // the first column with no name that holds a value
    let chars = 0; // characters of the row's cell text so far
    let tooLong = false;
    row.eachCell((cell, col) => {
      if (col > width || names[col - 1] === '') {
        // Under no name: a value there would be lost, so the workbook is refused (below).
        if (spreadsheetError(cell.value) !== undefined || uncalculated(cell.value) || cellText(cell.value, undefined).trim() !== '') unnamed ??= col;
        return;
      }
      const error = spreadsheetError(cell.value);
      if (error !== undefined || uncalculated(cell.value)) {
        errors.push(error !== undefined ? errorCellIssue(names[col - 1]!, error) : { path: names[col - 1]!, code: 'spreadsheet-error', message: UNCALCULATED });
        any = true;
        return;
      }
      const text = cellText(cell.value, columnSchemas[col - 1]);
      if (text.trim() !== '') any = true;
      chars += text.length;
      if (chars > maxRecordChars) {
        // Past one case's limit: the text read so far is let go; the row is its error alone (below).
        if (!tooLong) texts.fill(undefined);
        tooLong = true;
        return;
      }
      texts[col - 1] = text;
    });
    if (unnamed !== undefined) throw malformed(unnamedColumnHolds(unnamed, row.number));
    if (!any) {
      blank++; // a blank row, as a CSV's blank line
      continue;
    }
    if (records.length >= max) throw tooManyRecords(max, maxNote);
    if (tooLong) {
      records.push({ index: records.length, row: row.number, errors: [recordTooLarge(maxRecordChars)] });
      continue;
    }
    // A cell holding an error (#REF!) is never read as data: the record is invalid, naming it.
    if (errors.length > 0) {
      records.push({ index: records.length, row: row.number, errors });
      continue;
    }
    const cells: Record<string, string> = {};
    const emptyCells = new Set<string>();
    names.forEach((n, i) => {
      if (n === '') return; // no name, and empty (checked above)
      const text = texts[i] ?? '';
      cells[n] = text;
      if (text.trim() === '') emptyCells.add(n);
    });
    // As a CSV's: a cell not read as written (a number past a double's digits) is the record's error.
    records.push(rowRecord(records.length, row.number, cells, emptyCells, schema, paths));
  }
  if (records.length === 0) throw headerAlone(blank);
  return { total: records.length, records };
}

/**
 * A sheet with its header row and no record under it: said so, as a CSV's is (./csv-input.ts),
 * where the batch's bare "no records" left a reader wondering whether the header had been read.
 * `blank`: rows under the header that exist with no value (cleared, or only formatted).
 */
function headerAlone(blank: number): HarborError {
  const under = blank === 0 ? 'no row under it' : `only ${figure(blank)} ${blank === 1 ? 'row' : 'rows'} with no value under it`;
  return malformed(`The sheet has its header row and ${under}, so no records; each row under the header is one case (harbor xlsx-template makes a workbook with the header and an example row)`);
}
