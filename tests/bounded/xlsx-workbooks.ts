// Workbooks of the hostile-client review of Excel batches (review A), shared by the bounded tests
// (tests/bounded/xlsx-input.test.ts: what a reading gives) and the timed checks kept out of
// `npm test` (xlsx-input.timing.ts: how long it takes, on a quiet machine).
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { flatten } from '../../src/batch/dotpaths.js';
import { caseJsonSchema } from '../../src/http/openapi.js';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { getKind } from '../../src/kinds/index.js';
import { deflatedSpaces, stored, zipOf, type Entry } from './xlsx-zip.js';

export const schema = caseJsonSchema(getKind('rfa'));
export const example = flatten(exampleCase('rfa'));
/** The rfa template's header: ~100 dot paths, as a clinic's sheet has. */
export const header = Object.keys(example);

export async function workbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cases');
  fill(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The template's header in row 1 and the example case in each of `rows`. */
export const withCases =
  (...rows: number[]) =>
  (ws: ExcelJS.Worksheet): void => {
    ws.getRow(1).values = header;
    for (const r of rows) ws.getRow(r).values = header.map((h) => example[h]);
  };

/** A real workbook's parts, as stored entries, with its first sheet replaced by `sheet`. */
export async function workbookWithSheet(sheet: (real: Uint8Array) => Entry): Promise<Uint8Array> {
  const parts = unzipSync(await workbook(withCases(2)));
  return zipOf(Object.entries(parts).map(([name, data]) => (name === 'xl/worksheets/sheet1.xml' ? sheet(data) : stored(name, data))));
}

/** A sheet entry that declares 18 KB and inflates to `mb` MB of spaces (the zip-bomb guard's case). */
export const lying = (mb: number) => (_real: Uint8Array): Entry => ({ name: 'xl/worksheets/sheet1.xml', data: deflatedSpaces(mb), method: 8, size: 18_131, crc: 0 });

/**
 * Workbooks whose sheet or workbook part declares a huge range: each made exceljs walk it cell by
 * cell (17 billion cells for A1:XFD1048576, never returned; 200 million columns, out of memory; a
 * sheet id of 10^9, an array that long scanned for every sheet). Each holds one case, in row 2.
 */
export async function rangeBombs(): Promise<Record<string, Uint8Array>> {
  const sheet = (edit: (xml: string) => string) => (real: Uint8Array) => stored('xl/worksheets/sheet1.xml', Buffer.from(edit(Buffer.from(real).toString('utf8'))));
  const bombs = {
    merge: await workbookWithSheet(sheet((x) => x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A5000:XFD1048576"/></mergeCells>'))),
    dropdown: await workbookWithSheet(
      sheet((x) => x.replace('</sheetData>', '</sheetData><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>')),
    ),
    columns: await workbookWithSheet(sheet((x) => x.replace('<sheetData>', '<cols><col min="1" max="200000000" width="10" customWidth="1"/></cols><sheetData>'))),
  };
  const parts = unzipSync(await workbook(withCases(2)));
  const workbookXml = Buffer.from(parts['xl/workbook.xml']!).toString('utf8');
  if (!/sheetId="1"/.test(workbookXml)) throw new Error('exceljs no longer writes sheetId="1": the sheet id bomb would be no bomb');
  const withWorkbookXml = (xml: string): Uint8Array =>
    zipOf(Object.entries(parts).map(([name, data]) => stored(name, name === 'xl/workbook.xml' ? Buffer.from(xml) : data)));
  const names = withWorkbookXml(
    workbookXml.includes('<definedNames') ? workbookXml.replace(/<definedNames>/, '<definedNames><definedName name="all">Cases!$A$1:$XFD$1048576</definedName>') : workbookXml.replace('</sheets>', '</sheets><definedNames><definedName name="all">Cases!$A$1:$XFD$1048576</definedName></definedNames>'),
  );
  const sheetId = withWorkbookXml(workbookXml.replace('sheetId="1"', 'sheetId="1000000000"'));
  if (!/sheetId="1000000000"/.test(Buffer.from(unzipSync(sheetId)['xl/workbook.xml']!).toString('utf8'))) throw new Error('the sheet id bomb was not made');
  return { ...bombs, names, sheetId };
}
