// Excel workbooks for batches (issue 13): clinics keep their lists in Excel. This module is the
// format's public face; each concept is a module of its own:
//
// - ./zip-guard.ts: the package checked before exceljs sees it (central directory, real unpacked
//   size: the zip-bomb guard).
// - ./xlsx-read.ts: the cells of the first visible sheet read into records, through the kind's schema.
// - ./xlsx-parser.ts, ./xlsx-task.ts: that reading in a process of its own, with memory and time
//   limits and a bounded queue (what the batch readers call).
// - ./xlsx-template.ts: the template workbook of a kind.
// - ./xlsx-columns.ts: what kind of value a column holds, from the schema (both directions).
import { BATCH_TYPES } from './input.js';

/** Media type of an .xlsx workbook. */
export const XLSX_TYPE = BATCH_TYPES.xlsx[0]!;

export { enumValues } from './xlsx-columns.js';
export { cellText, loadWorkbook, xlsxRecords } from './xlsx-read.js';
export { humanise, xlsxTemplate } from './xlsx-template.js';
export { checkPackage } from './zip-guard.js';
