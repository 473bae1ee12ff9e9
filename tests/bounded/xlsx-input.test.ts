// Excel batches from a hostile client (review A): a workbook is a zip of XML whose sizes, row
// numbers and ranges are the file's own claims. Before these fixes an 18 KB workbook with one
// blank-looking cell at A100000 held the service for 18 s and 2.3 GB (every row up to it was made,
// cell by cell), a sheet whose zip entry declared 18 KB but inflated to 600 MB passed the zip-bomb
// guard (which added up declared sizes), and a cell holding #REF! became the child's name.
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { BatchRecord, RecordSource } from '../../src/batch/input.js';
import { createWorkbookParser } from '../../src/batch/xlsx-parser.js';
import { HarborError } from '../../src/errors.js';
import { checkPackage, loadWorkbook, xlsxRecords, XLSX_TYPE } from '../../src/batch/xlsx.js';
import { unzip } from '../batch/support.js';
import { isProblem, listening } from '../http/helpers.js';
import { crc32, paddedWorkbook, stored } from './xlsx-zip.js';
import { example, header, lying, rangeBombs, schema, withCases, workbook, workbookWithSheet } from './xlsx-workbooks.js';

const parser = createWorkbookParser();

/** What a reading gave: the records, or the error's code, message and issues. */
async function outcome(read: Promise<RecordSource>): Promise<{ records: BatchRecord[] } | { error: Pick<HarborError, 'code' | 'message' | 'issues'> }> {
  try {
    const source = await read;
    const out: BatchRecord[] = [];
    for await (const r of source.records) out.push(r);
    expect(out).toHaveLength(source.total);
    return { records: out };
  } catch (e) {
    if (!(e instanceof HarborError)) throw e;
    return { error: { code: e.code, message: e.message, issues: e.issues } };
  }
}

/**
 * The records of a workbook as a batch reads them: in a parse process of its own
 * (src/batch/xlsx-parser.ts), every record (row numbers, values, errors) and every refusal the
 * same as the reading on this thread gives.
 */
async function records(bytes: Uint8Array, max = 1000): Promise<BatchRecord[]> {
  const here = await outcome(xlsxRecords(bytes, max, schema));
  const apart = await outcome(parser.parse(bytes, max, schema));
  expect(apart).toEqual(here);
  if ('error' in here) throw new HarborError(here.error.code, here.error.message, here.error.issues);
  return here.records;
}

// ---------------------------------------------------------------------------------------------

describe('an Excel batch reads the rows the sheet holds, not the rows it numbers', () => {
  it('one blank-looking cell at Excel\'s last row (A1048576) costs nothing; the records keep their own row numbers', async () => {
    const bytes = await workbook((ws) => {
      withCases(2, 7)(ws);
      ws.getCell('A1048576').value = ' ';
    });
    // Before: every row up to 1,048,576 and its ~100 cells were made (the review's A100000 took
    // 18 s and 2.3 GB; this one ran out of memory). Its time: xlsx-input.timing.ts.
    const recs = await records(bytes);
    expect(recs.map((r) => [r.index, r.row])).toEqual([
      [0, 2],
      [1, 7],
    ]);
    expect('value' in recs[1]! && (recs[1].value as any).child.givenName).toBe(example['child.givenName']);
  });

  it('a row past Excel\'s last row is refused, naming the rule', async () => {
    // exceljs keeps rows in an array indexed by row number: one numbered 10^9 took 30 s to walk.
    const bytes = await workbookWithSheet((real) => {
      const xml = Buffer.from(real).toString('utf8').replace('</sheetData>', '<row r="1000000000"><c r="A1000000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>');
      return stored('xl/worksheets/sheet1.xml', Buffer.from(xml));
    });
    await expect(records(bytes)).rejects.toMatchObject({ code: 'malformed-input', message: expect.stringMatching(/past Excel's last row \(1,048,576\)/) });
  });

  it('stops at the record limit', async () => {
    const bytes = await workbook(withCases(2, 3, 4, 5));
    // The limit alone, or with what sets it as the caller says (HARBOR_MAX_BATCH over HTTP), here and in a parse process alike.
    await expect(records(bytes, 3)).rejects.toMatchObject({ code: 'payload-too-large', message: 'The batch has more than 3 records; the limit is 3' });
    const note = 'HARBOR_MAX_BATCH';
    await expect(xlsxRecords(bytes, 3, schema, undefined, note)).rejects.toMatchObject({ message: 'The batch has more than 3 records; the limit is 3 (HARBOR_MAX_BATCH)' });
    await expect(parser.parse(bytes, 3, schema, { maxRecordsNote: note })).rejects.toMatchObject({ message: 'The batch has more than 3 records; the limit is 3 (HARBOR_MAX_BATCH)' });
    expect(await records(bytes, 4)).toHaveLength(4);
  });

  it('ranges a sheet or workbook declares are never expanded: merges, dropdowns, column runs, defined names, sheet ids', async () => {
    // Each of these made exceljs walk what the file declares, cell by cell: 17 billion cells for
    // A1:XFD1048576 (never returned), 200 million columns (out of memory), a sheet id of 10^9
    // (an array that long scanned for every sheet: never returned).
    for (const [what, bytes] of Object.entries(await rangeBombs())) {
      // Each returns (it used to run out of memory or never return); its time: xlsx-input.timing.ts.
      const recs = await records(bytes);
      expect(recs.map((r) => r.row), what).toEqual([2]);
    }
  }, 120_000);
});

describe('a row longer than one case may be (HARBOR_BODY_LIMIT), as a CSV row and an NDJSON line are', () => {
  it('is its own record, payload-too-large at its row, never made into a case; the rows around it are read (before: no limit on a row)', async () => {
    // The example row's cell text, then a limit a little above it: the long row passes it by one cell.
    const exampleChars = header.reduce((sum, h) => sum + String(example[h] ?? '').length, 0);
    const limit = exampleChars + 100;
    const bytes = await workbook((ws) => {
      withCases(2, 4)(ws);
      ws.getRow(3).values = header.map((h) => (h === 'child.givenName' ? 'z'.repeat(200) : example[h]));
    });
    const limited = { maxRecordChars: limit };
    const here = await outcome(xlsxRecords(bytes, 1000, schema, undefined, undefined, limit));
    // The same in the parse process: the limit crosses to it (src/batch/xlsx-task.ts).
    const apart = await outcome(parser.parse(bytes, 1000, schema, limited));
    expect(apart).toEqual(here);
    if (!('records' in here)) throw new Error(`refused: ${here.error.message}`);
    expect(here.records.map((r) => [r.row, 'errors' in r ? r.errors : 'value' in r ? 'a case' : 'json'])).toEqual([
      [2, 'a case'],
      [3, [{ path: '', code: 'payload-too-large', message: `is longer than the limit of ${limit.toLocaleString('en-US')} characters for one case (HARBOR_BODY_LIMIT)` }]],
      [4, 'a case'],
    ]);
    // A limit of exactly the long row's characters: it is read as a case.
    const fits = await outcome(xlsxRecords(bytes, 1000, schema, undefined, undefined, exampleChars - String(example['child.givenName']).length + 200));
    if (!('records' in fits)) throw new Error('refused');
    expect(fits.records.map((r) => 'value' in r)).toEqual([true, true, true]);
  });
});

describe('the zip-bomb guard counts what the workbook really unpacks to', () => {

  it('a sheet whose entry declares 18 KB but inflates to 300 MB is refused before exceljs is called', async () => {
    const bomb = await workbookWithSheet(lying(300));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const load = vi.fn(loadWorkbook);
    await expect(xlsxRecords(bomb, 1000, schema, load)).rejects.toMatchObject({ code: 'malformed-input', message: expect.stringMatching(/more than its zip entry declares/) });
    // Refused at the 18 KB it claimed (exceljs never called); its time: xlsx-input.timing.ts.
    expect(load).not.toHaveBeenCalled();
    await expect(checkPackage(bomb)).rejects.toMatchObject({ code: 'malformed-input' });
  });

  it('the same workbook with an honest sheet passes the guard and is read', async () => {
    const honest = await workbookWithSheet((real) => ({ name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(real), method: 8, size: real.length, crc: crc32(real) }));
    await expect(checkPackage(honest)).resolves.toBeUndefined();
    const load = vi.fn(loadWorkbook);
    const source = await xlsxRecords(honest, 1000, schema, load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(source.total).toBe(1);
  });

  it('refuses one that declares more than 128 MB, and a file that is not a zip', async () => {
    const declared = await workbookWithSheet(() => ({ ...stored('xl/worksheets/sheet1.xml', Buffer.from('<worksheet/>')), method: 8, data: deflateRawSync(Buffer.from('<worksheet/>')), size: 300 * 1024 * 1024 }));
    await expect(checkPackage(declared)).rejects.toMatchObject({ code: 'malformed-input', message: expect.stringMatching(/more than 128 MB/) });
    await expect(checkPackage(new TextEncoder().encode('child.givenName\nAna\n'))).rejects.toMatchObject({ code: 'malformed-input', message: expect.stringMatching(/not an Excel workbook/) });
  });

  it('an honest workbook padded to 200 MB (a 218 KB file) is refused before exceljs; one of 100 MB passes, above the 41 MB of 10,000 cases', async () => {
    // docs/batch.md §Workbooks: 256 MB let the 200 MB one through to exceljs (seconds, ~480 MB).
    const padded = await paddedWorkbook(200);
    expect(padded.length).toBeLessThan(300 * 1024);
    const load = vi.fn(loadWorkbook);
    await expect(xlsxRecords(padded, 1000, schema, load)).rejects.toMatchObject({ code: 'malformed-input', message: 'The workbook unpacks to more than 128 MB' });
    expect(load).not.toHaveBeenCalled();
    await expect(checkPackage(await paddedWorkbook(100))).resolves.toBeUndefined();
  });

  it('over HTTP: 400 malformed-input naming the rule', async () => {
    const s = await listening();
    try {
      const bomb = await workbookWithSheet(lying(300));
      const res = await fetch(`${s.url}/v1/batches/rfa`, { method: 'POST', headers: { 'Content-Type': XLSX_TYPE }, body: bomb });
      const json = (await res.json()) as any;
      expect(isProblem(res, json, 400, 'malformed-input')).toBe(true);
      expect(json.detail).toMatch(/zip bomb/);
    } finally {
      await s.close();
    }
  });
});

describe('a cell holding a spreadsheet error is never data', () => {
  it('#REF! (and a formula whose result is #DIV/0!) makes its record invalid, naming the column; the other records stay', async () => {
    const bytes = await workbook((ws) => {
      withCases(2, 3, 4)(ws);
      const col = (h: string) => header.indexOf(h) + 1;
      ws.getCell(2, col('child.givenName')).value = { error: '#REF!' };
      ws.getCell(3, col('child.familyName')).value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    });
    const recs = await records(bytes);
    expect(recs).toHaveLength(3);
    expect(recs[0]).toEqual({ index: 0, row: 2, errors: [{ path: 'child.givenName', code: 'spreadsheet-error', message: expect.stringMatching(/spreadsheet error \(#REF!\)/) }] });
    expect(recs[1]).toEqual({ index: 1, row: 3, errors: [{ path: 'child.familyName', code: 'spreadsheet-error', message: expect.stringMatching(/spreadsheet error \(#DIV\/0!\)/) }] });
    expect(JSON.stringify(recs)).not.toMatch(/"#REF!"|"#DIV\/0!"/); // never a value
    expect('value' in recs[2]!).toBe(true);
  });

  it('in a batch: the record is invalid in the manifest with its row and column; an error cell in the header refuses the sheet', async () => {
    const s = await listening();
    try {
      const bytes = await workbook((ws) => {
        withCases(2)(ws);
        ws.getCell(2, header.indexOf('child.givenName') + 1).value = { error: '#N/A' };
      });
      const res = await fetch(`${s.url}/v1/batches/rfa`, { method: 'POST', headers: { 'Content-Type': XLSX_TYPE }, body: bytes });
      expect(res.status).toBe(200);
      const { manifest } = unzip(new Uint8Array(await res.arrayBuffer()));
      expect(manifest).toMatchObject({ total: 1, rendered: 0, failed: 1 });
      expect(manifest.records[0]).toMatchObject({ index: 0, row: 2, status: 'invalid', errors: [{ path: 'child.givenName', code: 'spreadsheet-error' }] });

      const badHeader = await workbook((ws) => {
        withCases(2)(ws);
        ws.getCell(1, 3).value = { error: '#REF!' };
      });
      const refused = await fetch(`${s.url}/v1/batches/rfa`, { method: 'POST', headers: { 'Content-Type': XLSX_TYPE }, body: badHeader });
      const json = (await refused.json()) as any;
      expect(isProblem(refused, json, 400, 'malformed-input')).toBe(true);
      expect(json.detail).toMatch(/Header row: column C holds a spreadsheet error/);
    } finally {
      await s.close();
    }
  });
});
