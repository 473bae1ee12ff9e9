// Spreadsheets as clinics save them (docs/batch.md §Input): a CSV with a byte-order mark, Windows
// line ends and the empty last column Excel keeps after a cleared cell; workbooks with formulas,
// date cells, hidden sheets and values right of the header. Each is read as what a person sees in
// it, or refused naming the cell; never a value dropped, or read as empty, without a word.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/batch/csv-input.js';
import { fromBytes, type BatchRecord } from '../../src/batch/input.js';
import { xlsxRecords } from '../../src/batch/xlsx.js';
import { csvCell, flatten } from '../../src/batch/dotpaths.js';
import { HarborError } from '../../src/errors.js';
import { rejection } from '../support/errors.js';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { getKind } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';

const schema = caseJsonSchema(getKind('rfa'));
const example = flatten(exampleCase('rfa'));
const header = Object.keys(example);

async function all(src: { records: Iterable<BatchRecord> | AsyncIterable<BatchRecord> }): Promise<BatchRecord[]> {
  const out: BatchRecord[] = [];
  for await (const r of src.records) out.push(r);
  return out;
}

async function csv(text: string): Promise<BatchRecord[]> {
  return all(await csvRecords(fromBytes(Buffer.from(text, 'utf8')), 100, schema));
}

const refused = (p: Promise<unknown>): Promise<HarborError> => rejection(p);

const line = (cells: string[]): string => `${cells.map(csvCell).join(',')}\r\n`;
const exampleRow = header.map((h) => example[h]!);

describe('a column with no name', () => {
  it('CSV: the empty last column of a BOM, CRLF file (each row ending in a comma) is passed over, and the records are those without it', async () => {
    const plain = await csv(line(header) + line(exampleRow) + line(exampleRow));
    const saved = await csv(`\uFEFF${line([...header, ''])}${line([...exampleRow, ''])}${line([...exampleRow, ' '])}`);
    expect(saved).toHaveLength(2);
    expect(saved).toEqual(plain);
    expect(saved[0]).toMatchObject({ index: 0, row: 2, value: { child: { givenName: example['child.givenName'] } } });
    // One between two named columns, empty in every row, as well.
    const mid = header.indexOf('child.familyName');
    const gap = (cells: string[], v: string) => [...cells.slice(0, mid), v, ...cells.slice(mid)];
    expect(await csv(line(gap(header, '')) + line(gap(exampleRow, '')) + line(gap(exampleRow, '')))).toEqual(plain);
  });

  it('CSV: a value under it refuses the file, naming its column and row (it would be lost), never the value', async () => {
    const e = await refused(csv(line([...header, '']) + line([...exampleRow, '']) + line([...exampleRow, 'Mara Quill'])));
    expect(e.code).toBe('malformed-input');
    const col = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const n = header.length + 1;
    const letters = `${col[Math.floor((n - 1) / 26) - 1] ?? ''}${col[(n - 1) % 26]}`;
    expect(e.message).toBe(`CSV: column ${letters} has no name in the header row, but row 3 has a value in it, which would be lost; give the column the dot path of its field, or clear it`);
    // A header that names no column at all says so.
    expect((await refused(csv(',,\r\nA,B,C\r\n'))).message).toBe('CSV header: the first row names no field; it names each column by its dot path');
  });

  it('Excel: a value right of the header, or under an empty header cell, refuses the workbook naming the cell; an empty one is passed over', async () => {
    const book = async (fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Cases');
      ws.getRow(1).values = header;
      ws.getRow(2).values = exampleRow;
      fill(ws);
      return new Uint8Array(await wb.xlsx.writeBuffer());
    };
    const right = header.length + 2; // one empty column between
    const e = await refused(xlsxRecords(await book((ws) => ws.getCell(2, right).value = 'Mara Quill'), 100, schema));
    expect(e.message).toMatch(/^column [A-Z]+ has no name in the header row, but row 2 has a value in it, which would be lost; /);
    expect(e.message).not.toContain('Mara');
    // A header cell cleared between named ones: its column's values too.
    const blanked = (ws: ExcelJS.Worksheet) => (ws.getCell(1, 3).value = null);
    expect((await refused(xlsxRecords(await book(blanked), 100, schema))).message).toMatch(/^column C has no name in the header row, but row 2 has a value in it/);
    // The same column empty in every row: read without it.
    const records = await all(await xlsxRecords(await book((ws) => { blanked(ws); ws.getCell(2, 3).value = null; ws.getCell(2, right).value = ' '; }), 100, schema));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ row: 2, value: { child: { givenName: example['child.givenName'] } } });
  });
});

describe('a sheet of its header alone', () => {
  // Before: the batch's bare "no records" (as of an empty JSON array), though the header was read
  // and checked; a CSV's has said what is true since round r58 (src/batch/csv-input.ts).
  it('Excel: says the header was read and nothing is under it, counting rows with no value, and how to make one', async () => {
    const sheet = async (fill: (ws: ExcelJS.Worksheet) => void): Promise<HarborError> => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Cases');
      ws.getRow(1).values = header;
      fill(ws);
      return refused(xlsxRecords(new Uint8Array(await wb.xlsx.writeBuffer()), 100, schema));
    };
    const how = 'so no records; each row under the header is one case (harbor xlsx-template makes a workbook with the header and an example row)';
    const alone = await sheet(() => {});
    expect([alone.code, alone.message, alone.issues]).toEqual(['malformed-input', `The sheet has its header row and no row under it, ${how}`, [{ path: '', code: 'malformed-input', message: `The sheet has its header row and no row under it, ${how}` }]]);
    // Cells of spaces only (what clearing by typing a space leaves) in rows 2 and 5: two rows, no value.
    const spaces = await sheet((ws) => {
      ws.getCell(2, 1).value = ' ';
      ws.getCell(5, 3).value = '   ';
    });
    expect(spaces.message).toBe(`The sheet has its header row and only 2 rows with no value under it, ${how}`);
  });
});

describe('Excel cells and sheets', () => {
  const workbook = async (fill: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void): Promise<BatchRecord[]> => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cases');
    ws.getRow(1).values = header;
    ws.getRow(2).values = exampleRow;
    fill(wb, ws);
    return all(await xlsxRecords(new Uint8Array(await wb.xlsx.writeBuffer()), 100, schema));
  };
  const col = (name: string): number => header.indexOf(name) + 1;

  it('a formula gives its saved value; one saved with no value (a program that does not calculate) is spreadsheet-error at its column, never "empty"', async () => {
    const [calculated] = await workbook((_wb, ws) => (ws.getCell(2, col('child.familyName')).value = { formula: 'UPPER("quill")', result: 'QUILL' } as ExcelJS.CellFormulaValue));
    expect(calculated).toMatchObject({ value: { child: { familyName: 'QUILL' } } });
    for (const name of ['child.familyName', 'child.otherNames.0']) {
      const [r] = await workbook((_wb, ws) => (ws.getCell(2, col(name)).value = { formula: 'UPPER("quill")' } as ExcelJS.CellFormulaValue));
      expect(r, name).toEqual({ index: 0, row: 2, errors: [{ path: name, code: 'spreadsheet-error', message: expect.stringMatching(/^the cell holds a formula with no value saved with it /) }] });
    }
  });

  it('a date typed as an Excel date reads as yyyy-mm-dd in a date column', async () => {
    const [r] = await workbook((_wb, ws) => (ws.getCell(2, col('child.dateOfBirth')).value = new Date(Date.UTC(2011, 2, 7))));
    expect(r).toMatchObject({ value: { child: { dateOfBirth: '2011-03-07' } } });
  });

  it('a hidden sheet before the cases (the lists of a dropdown) is passed over: the first sheet a person sees is read', async () => {
    const wb = new ExcelJS.Workbook();
    const lists = wb.addWorksheet('Lists', { state: 'hidden' });
    lists.addRow(['yes', 'no']);
    wb.addWorksheet('Hidden too', { state: 'veryHidden' }).addRow(['x']);
    const ws = wb.addWorksheet('Cases');
    ws.getRow(1).values = header;
    ws.getRow(2).values = exampleRow;
    const records = await all(await xlsxRecords(new Uint8Array(await wb.xlsx.writeBuffer()), 100, schema));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ row: 2, value: { child: { givenName: example['child.givenName'] } } });
  });
});
