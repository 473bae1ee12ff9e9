// Excel workbooks for batches (issue 13): clinics keep their lists in Excel.
//
// Reading: the first sheet of an .xlsx is read like a CSV with dot-path headers (row 1), one case
// per row after it. Each cell is turned into the text a CSV cell would hold, through the kind's
// JSON Schema: an Excel date becomes yyyy-mm-dd (or yyyy-mm-ddThh:mm:ss when it has a time), a
// date serial number in a date column becomes its date, a number in a text column keeps its
// digits (15 significant, as Excel stores them), a formula gives its cached result. From there the
// CSV path (rowToObject) makes the case, so both inputs give the same records.
//
// Writing: `xlsxTemplate` is the CSV template as a workbook: the header row, the example as one
// row with typed cells (dates formatted as dates, numbers as numbers), a dropdown (data
// validation) on every enum and yes/no column, and a second sheet that explains each column.
import ExcelJS from 'exceljs';
import { createInflateRaw } from 'node:zlib';
import { HarborError, type Issue } from '../errors.js';
import { columnLetters, flatten, headerProblem, repeatedColumn, rowToObject, schemaAt, SchemaPaths, unknownColumns } from './dotpaths.js';
import { BATCH_TYPES, slicer, type BatchRecord, type RecordSource } from './input.js';

type Json = Record<string, unknown>;

/** Media type of an .xlsx workbook. */
export const XLSX_TYPE = BATCH_TYPES.xlsx[0]!;

/** Most bytes a workbook may unpack to (its parts' real sizes): a zip bomb is refused before exceljs reads it. */
const MAX_UNPACKED = 256 * 1024 * 1024;
/** Most parts (files) in a workbook's zip: Excel writes a few dozen. */
const MAX_PARTS = 10_000;
/** Most columns of the first sheet. */
const MAX_COLUMNS = 2000;
/** Excel's last row. */
const EXCEL_MAX_ROWS = 1_048_576;

/** First row of the template that the dropdowns and formats cover, and the last. */
const FIRST_DATA_ROW = 2;
const LAST_DATA_ROW = 1000;

function malformed(message: string): HarborError {
  return new HarborError('malformed-input', message, [{ path: '', code: 'malformed-input', message }]);
}

/** Alternatives of a schema (optional/nullable fields come out of zod as anyOf). */
function branches(s: Json | undefined): Json[] {
  if (!s) return [];
  const alts = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  return Array.isArray(alts) ? alts.flatMap(branches) : [s];
}

const has = (s: Json | undefined, pred: (b: Json) => boolean): boolean => branches(s).some(pred);
const typeIs = (b: Json, t: string): boolean => b.type === t || (Array.isArray(b.type) && b.type.includes(t));
const isDate = (s: Json | undefined): boolean => has(s, (b) => b.format === 'date');
const isText = (s: Json | undefined): boolean => has(s, (b) => typeIs(b, 'string'));
const isNumber = (s: Json | undefined): boolean => has(s, (b) => typeIs(b, 'number') || typeIs(b, 'integer'));
const isBoolean = (s: Json | undefined): boolean => has(s, (b) => typeIs(b, 'boolean'));

/** The allowed values of an enum column (strings of `enum` or `const`), or undefined. */
export function enumValues(s: Json | undefined): string[] | undefined {
  const out: string[] = [];
  for (const b of branches(s)) {
    if (b.type === 'null' || b.const === '' || b.const === null) continue; // "not given"
    if (Array.isArray(b.enum)) out.push(...b.enum.filter((v): v is string => typeof v === 'string'));
    else if (typeof b.const === 'string' && b.const !== '') out.push(b.const);
    else if (typeIs(b, 'string') || typeIs(b, 'number') || typeIs(b, 'integer')) return undefined; // free text too
  }
  return out.length > 0 ? [...new Set(out)] : undefined;
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

// ---------------------------------------------------------------------------------------------
// The package: a zip, checked before exceljs sees it.

const notWorkbook = (): HarborError => malformed('The file is not an Excel workbook (.xlsx)');

/** One part (file) of a workbook's zip, as its central directory lists it. */
interface ZipPart {
  flags: number;
  method: number;
  compressedSize: number;
  /** The unpacked size the entry declares: a claim, checked against the real one. */
  size: number;
  localOffset: number;
}

/** A 64-bit little-endian count (ZIP64), refused past 2^53. */
function uint64(v: DataView, at: number): number {
  const high = v.getUint32(at + 4, true);
  if (high > 0x1fffff) throw notWorkbook();
  return high * 2 ** 32 + v.getUint32(at, true);
}

/**
 * The parts a zip's central directory lists (PKWARE APPNOTE 6.3.10 §4.3.12-16, ZIP64 included),
 * read the way exceljs's unzip (JSZip) reads them: the last end-of-central-directory record, the
 * central directory exactly where it says (JSZip reads a shifted one at another place, so a zip
 * whose directory is not where its end record puts it is refused), each part's data after its
 * local header for the central directory's compressed size.
 */
function zipParts(b: Uint8Array): ZipPart[] {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notWorkbook();
  let count = v.getUint16(eocd + 10, true);
  let dirSize = v.getUint32(eocd + 12, true);
  let dirOffset = v.getUint32(eocd + 16, true);
  let dirEnd = eocd;
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    // ZIP64: the locator just before the end record points at the ZIP64 end record.
    const locator = eocd - 20;
    if (locator < 0 || v.getUint32(locator, true) !== 0x07064b50) throw notWorkbook();
    dirEnd = uint64(v, locator + 8);
    if (dirEnd + 56 > locator || v.getUint32(dirEnd, true) !== 0x06064b50) throw notWorkbook();
    count = uint64(v, dirEnd + 32);
    dirSize = uint64(v, dirEnd + 40);
    dirOffset = uint64(v, dirEnd + 48);
  }
  if (dirOffset + dirSize !== dirEnd) throw notWorkbook();
  if (count > MAX_PARTS) throw malformed(`The workbook has more than ${MAX_PARTS.toLocaleString('en-US')} parts; Excel writes a few dozen`);
  const parts: ZipPart[] = [];
  for (let n = 0, p = dirOffset; n < count; n++) {
    if (p + 46 > dirEnd || v.getUint32(p, true) !== 0x02014b50) throw notWorkbook();
    const nameLength = v.getUint16(p + 28, true);
    const extraLength = v.getUint16(p + 30, true);
    const part: ZipPart = {
      flags: v.getUint16(p + 8, true),
      method: v.getUint16(p + 10, true),
      compressedSize: v.getUint32(p + 20, true),
      size: v.getUint32(p + 24, true),
      localOffset: v.getUint32(p + 42, true),
    };
    if (part.size === 0xffffffff || part.compressedSize === 0xffffffff || part.localOffset === 0xffffffff) {
      // The ZIP64 extra field holds the 64-bit values of those that are 0xFFFFFFFF, in this order.
      let at = -1;
      for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; e += 4 + v.getUint16(e + 2, true)) {
        if (v.getUint16(e, true) === 0x0001) {
          at = e + 4;
          break;
        }
      }
      if (at < 0) throw notWorkbook();
      for (const k of ['size', 'compressedSize', 'localOffset'] as const) {
        if (part[k] !== 0xffffffff) continue;
        if (at + 8 > dirEnd) throw notWorkbook();
        part[k] = uint64(v, at);
        at += 8;
      }
    }
    parts.push(part);
    p += 46 + nameLength + extraLength + v.getUint16(p + 32, true);
  }
  return parts;
}

/** Bytes `data` inflates to (raw DEFLATE), counted off the main thread; stops once past `limit`. */
function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 64 * 1024 });
    let n = 0;
    z.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > limit) {
        z.destroy();
        resolve(n);
      }
    });
    z.on('end', () => resolve(n));
    z.on('error', reject);
    z.end(data);
  });
}

/**
 * Refuse a workbook that is not a zip exceljs can read, or that really unpacks to more than
 * MAX_UNPACKED bytes, before exceljs sees it. Every part is inflated here and its bytes counted
 * (on zlib's threads, never kept): the sizes a zip declares are the file's own claim, and a part
 * that unpacks to more than its entry declares (a sheet declaring 18 KB that is 600 MB) is refused
 * as soon as it passes its claim, having cost that claim and no more.
 */
export async function checkPackage(bytes: Uint8Array): Promise<void> {
  const parts = zipParts(bytes);
  const tooBig = (): HarborError => malformed(`The workbook unpacks to more than ${MAX_UNPACKED / 1024 / 1024} MB`);
  if (parts.reduce((sum, p) => sum + p.size, 0) > MAX_UNPACKED) throw tooBig();
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const part of parts) {
    // Encrypted parts, and methods other than stored (0) and deflated (8), JSZip cannot read.
    if ((part.flags & 1) !== 0 || (part.method !== 0 && part.method !== 8)) throw notWorkbook();
    const local = part.localOffset;
    if (local + 30 > bytes.length || v.getUint32(local, true) !== 0x04034b50) throw notWorkbook();
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    if (start + part.compressedSize > bytes.length) throw notWorkbook();
    const data = bytes.subarray(start, start + part.compressedSize);
    let size: number;
    try {
      size = part.method === 0 ? data.length : await inflatedSize(data, part.size);
    } catch {
      throw notWorkbook();
    }
    if (size > part.size) throw malformed('The workbook is damaged or a zip bomb: one of its parts unpacks to more than its zip entry declares');
    total += size;
    if (total > MAX_UNPACKED) throw tooBig();
  }
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

function errorCellIssue(path: string, error: string): Issue {
  const which = EXCEL_ERRORS.has(error) ? ` (${error})` : '';
  return { path, code: 'spreadsheet-error', message: `the cell holds a spreadsheet error${which}, not a value; fix its formula or type the value` };
}

/**
 * The records of an .xlsx batch: its first sheet, the header row of dot paths, then one case per
 * non-empty row. `row` in each record is the sheet's own row number.
 *
 * Only the rows and cells the sheet really holds are visited (a row number or a dimension is a
 * claim: one blank-looking cell at A100000 made 100,000 rows of 102 cells, 18 s and 2.3 GB): the
 * work is bounded by the sheet's content and stops at `max` records. `load` is exceljs (tests pass
 * their own, to see that a refused package never reaches it).
 */
export async function xlsxRecords(bytes: Uint8Array, max: number, schema: unknown, load: (bytes: Uint8Array) => Promise<ExcelJS.Workbook> = loadWorkbook): Promise<RecordSource> {
  await checkPackage(bytes);
  let wb: ExcelJS.Workbook;
  try {
    wb = await load(bytes);
  } catch {
    throw malformed('The Excel workbook could not be read');
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.rowCount === 0) throw malformed('The workbook is empty; the first row of its first sheet names the fields by dot path');
  // exceljs's rows are an array indexed by row number, which a row past Excel's last makes
  // longer than any sheet (walking it took 30 s for a row numbered 10^9).
  if (ws.rowCount > EXCEL_MAX_ROWS) throw malformed(`The sheet has a row past Excel's last row (${EXCEL_MAX_ROWS.toLocaleString('en-US')})`);
  const head = ws.getRow(1);
  let width = 0;
  head.eachCell((_c, col) => (width = Math.max(width, col)));
  if (width === 0) throw malformed('The first row of the first sheet is empty; it names the fields by dot path');
  if (width > MAX_COLUMNS) throw malformed(`The sheet has more than ${MAX_COLUMNS} columns`);
  const names: string[] = [];
  for (let c = 1; c <= width; c++) {
    if (spreadsheetError(head.getCell(c).value) !== undefined) throw malformed(`Header row: column ${head.getCell(c).address.replace(/\d+$/, '')} holds a spreadsheet error, not a dot path`);
    const h = cellText(head.getCell(c).value, undefined).trim();
    const p = headerProblem(h);
    if (p) throw malformed(`Header row: ${p} (column ${head.getCell(c).address.replace(/\d+$/, '')})`);
    names.push(h);
  }
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
  for (const row of rows) {
    await pause(); // a sheet of many rows never holds the event loop for long
    const texts: (string | undefined)[] = new Array<string | undefined>(width);
    const errors: Issue[] = [];
    let any = false;
    row.eachCell((cell, col) => {
      if (col > width) return; // a cell under no header
      const error = spreadsheetError(cell.value);
      if (error !== undefined) {
        errors.push(errorCellIssue(names[col - 1]!, error));
        any = true;
        return;
      }
      const text = cellText(cell.value, columnSchemas[col - 1]);
      texts[col - 1] = text;
      if (text.trim() !== '') any = true;
    });
    if (!any) continue; // a blank row, as a CSV's blank line
    if (records.length >= max) throw new HarborError('payload-too-large', `The batch has more than ${max} records; the limit is ${max} (HARBOR_MAX_BATCH)`);
    // A cell holding an error (#REF!) is never read as data: the record is invalid, naming it.
    if (errors.length > 0) {
      records.push({ index: records.length, row: row.number, errors });
      continue;
    }
    const cells: Record<string, string> = {};
    const emptyCells = new Set<string>();
    names.forEach((n, i) => {
      const text = texts[i] ?? '';
      cells[n] = text;
      if (text.trim() === '') emptyCells.add(n);
    });
    records.push({ index: records.length, row: row.number, emptyCells, value: rowToObject(cells, schema, paths) });
  }
  return { total: records.length, records };
}

// ---------------------------------------------------------------------------------------------
// The template.

/** "dateOfBirthEstimated" → "Date of birth estimated": a label where the schema has no title. */
export function humanise(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Label of a column: the titles (or humanised names) of its path, "Child › Date of birth › 2". */
function columnLabel(schema: unknown, path: string[]): string {
  return path
    .map((seg, i) => {
      if (/^\d+$/.test(seg)) return `#${Number(seg) + 1}`;
      const s = schemaAt(schema, path.slice(0, i + 1));
      const title = branches(s).find((b) => typeof b.title === 'string')?.title as string | undefined;
      return title ?? humanise(seg);
    })
    .join(' › ');
}

function columnDescription(s: Json | undefined): string {
  return (branches(s).find((b) => typeof b.description === 'string')?.description as string | undefined) ?? (s?.description as string | undefined) ?? '';
}

/** Whether every object on the way to `path` lists the next step as required. */
function isRequired(schema: unknown, path: string[]): boolean {
  for (let i = 0; i < path.length; i++) {
    if (/^\d+$/.test(path[i]!)) continue;
    const parent = schemaAt(schema, path.slice(0, i));
    if (!branches(parent).some((b) => Array.isArray(b.required) && b.required.includes(path[i]))) return false;
  }
  return true;
}

function kindOfColumn(s: Json | undefined): string {
  if (enumValues(s)) return 'one of the listed values';
  if (isDate(s)) return 'date (yyyy-mm-dd)';
  if (isBoolean(s) && !isText(s)) return 'TRUE or FALSE';
  if (isNumber(s) && !isText(s)) return 'number';
  return 'text';
}

/** A fixed date for the workbook's properties: the template depends on its kind only. */
const TEMPLATE_DATE = new Date(Date.UTC(2026, 0, 1));

/**
 * The Excel template of a kind: sheet "Cases" (header row of dot paths, the example as row 2,
 * dropdowns and formats down to row 1000) and sheet "Columns" (what each column is).
 */
export async function xlsxTemplate(kindTitle: string, schema: unknown, example: unknown): Promise<Uint8Array> {
  const cells = flatten(example);
  const headers = Object.keys(cells);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Harbor';
  wb.created = TEMPLATE_DATE;
  wb.modified = TEMPLATE_DATE;
  const ws = wb.addWorksheet('Cases', { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = wb.addWorksheet('Lists', { state: 'hidden' });
  const help = wb.addWorksheet('Columns');

  ws.getRow(1).values = headers;
  ws.getRow(1).font = { bold: true };
  let listColumn = 0;
  headers.forEach((h, i) => {
    const col = i + 1;
    const path = h.split('.');
    const s = schemaAt(schema, path);
    const column = ws.getColumn(col);
    column.width = Math.min(40, Math.max(12, h.length + 2));
    const raw = cells[h]!;
    const range = `${columnLetters(col)}${FIRST_DATA_ROW}:${columnLetters(col)}${LAST_DATA_ROW}`;
    const values = enumValues(s);
    // Formats are the column's style (what Excel applies to a cell typed into later), set before
    // the example cell is made so that it takes them too.
    if (isDate(s)) column.numFmt = 'yyyy-mm-dd';
    else if (isText(s) && !values && !isNumber(s)) column.numFmt = '@'; // an A-number or ZIP code keeps its leading zeros
    const cell = ws.getCell(FIRST_DATA_ROW, col);
    if (isDate(s) && /^\d{4}-\d{2}-\d{2}$/.test(raw)) {
      cell.value = new Date(`${raw}T00:00:00Z`);
    } else if (isNumber(s) && !isText(s) && raw.trim() !== '' && Number.isFinite(Number(raw))) {
      cell.value = Number(raw);
    } else if (isBoolean(s) && !isText(s) && /^(true|false)$/.test(raw)) {
      cell.value = raw === 'true';
    } else {
      cell.value = raw;
    }
    const choices = values ?? (isBoolean(s) && !isText(s) ? ['TRUE', 'FALSE'] : undefined);
    if (choices) {
      // The allowed values on the hidden sheet (a list written inline is limited to 255 characters).
      listColumn++;
      const letters = columnLetters(listColumn);
      choices.forEach((v, j) => (lists.getCell(j + 1, listColumn).value = v));
      (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [`Lists!$${letters}$1:$${letters}$${choices.length}`],
        showErrorMessage: true,
        errorStyle: 'error',
        errorTitle: 'Not an allowed value',
        error: `Choose one of: ${choices.join(', ')}`.slice(0, 255),
      });
    }
  });

  help.columns = [
    { header: 'Column (header in row 1)', key: 'column', width: 36 },
    { header: 'Field', key: 'label', width: 40 },
    { header: 'What to enter', key: 'description', width: 70 },
    { header: 'Kind of value', key: 'type', width: 24 },
    { header: 'Required', key: 'required', width: 10 },
    { header: 'Allowed values', key: 'values', width: 40 },
  ];
  help.getRow(1).font = { bold: true };
  for (const h of headers) {
    const path = h.split('.');
    const s = schemaAt(schema, path);
    help.addRow({
      column: h,
      label: columnLabel(schema, path),
      description: columnDescription(s),
      type: kindOfColumn(s),
      required: isRequired(schema, path) ? 'yes' : '',
      values: (enumValues(s) ?? []).join(', '),
    });
  }
  help.addRow({});
  help.addRow({ column: `${kindTitle}: one case per row of the sheet "Cases"; leave a cell empty when the value is not known. Columns ending in .1, .2 … are further items of a list.` });
  help.getColumn('description').alignment = { wrapText: true, vertical: 'top' };

  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
