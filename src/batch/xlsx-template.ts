// The Excel template of a kind (`harbor xlsx-template`, GET …/xlsx-template): the CSV template as
// a workbook: the header row, the example as one row with typed cells (dates formatted as dates,
// numbers as numbers), a dropdown (data validation) on every enum and yes/no column, and a second
// sheet that explains each column.
import ExcelJS from 'exceljs';
import { columnLetters, schemaAt, templateCells } from './dotpaths.js';
import { branches, enumMeanings, enumValues, isBoolean, isDate, isNumber, isText, type Json } from './xlsx-columns.js';

/** First row of the template that the dropdowns and formats cover, and the last. */
const FIRST_DATA_ROW = 2;
const LAST_DATA_ROW = 1000;

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
      if (/^\d+$/.test(seg)) return `#${String(Number(seg) + 1)}`;
      const s = schemaAt(schema, path.slice(0, i + 1));
      return ownOrBranch(s, 'title') ?? humanise(seg);
    })
    .join(' › ');
}

/**
 * The field's own title or description, else its first alternative's. The field's own comes first:
 * an optional field is its label around the alternatives of the type it takes (`labelled(optional(
 * IsoDate), 'Date of birth', …)` → {title: 'Date of birth', anyOf: [{title: 'Date', …}, null]}),
 * and the type's generic words ("Date", "A calendar date, …") are not what the column is.
 */
function ownOrBranch(s: Json | undefined, key: 'title' | 'description'): string | undefined {
  if (typeof s?.[key] === 'string') return s[key] as string;
  return branches(s).find((b) => typeof b[key] === 'string')?.[key] as string | undefined;
}

function columnDescription(s: Json | undefined): string {
  return ownOrBranch(s, 'description') ?? '';
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
  const cells = templateCells(schema, example);
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
    const range = `${columnLetters(col)}${String(FIRST_DATA_ROW)}:${columnLetters(col)}${String(LAST_DATA_ROW)}`;
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
        formulae: [`Lists!$${letters}$1:$${letters}$${String(choices.length)}`],
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
    { header: 'What each value means', key: 'meanings', width: 60 },
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
      meanings: enumMeanings(s),
    });
  }
  help.addRow({});
  help.addRow({ column: `${kindTitle}: one case per row of the sheet "Cases"; leave a cell empty when the value is not known. Columns ending in .1, .2 … are further items of a list.` });
  help.getColumn('description').alignment = { wrapText: true, vertical: 'top' };
  help.getColumn('meanings').alignment = { wrapText: true, vertical: 'top' };

  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
