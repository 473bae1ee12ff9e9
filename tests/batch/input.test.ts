// Reading a CSV batch (docs/batch.md §Input), before any record is rendered: what refuses the
// whole file (its header, its encoding) with an error that says where, and which rows are records
// and what spreadsheet row each one is.
import { describe, expect, it } from 'vitest';
import { csvRecords, fromBytes, fromText, type BatchRecord, type TextSource } from '../../src/batch/input.js';
import { HarborError } from '../../src/errors.js';
import { getKind } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';

/** The records of a CSV batch of `kind`, read as `harbor batch` and the HTTP route read them. */
async function readCsv(csv: string | Buffer, kind = 'rfa'): Promise<{ total: number; records: BatchRecord[] }> {
  const open: TextSource = typeof csv === 'string' ? fromText(csv) : fromBytes(csv);
  const src = await csvRecords(open, 100, caseJsonSchema(getKind(kind)));
  const records: BatchRecord[] = [];
  for await (const r of src.records) records.push(r);
  return { total: src.total, records };
}

/** The error that refuses a whole CSV (rejects the test if the CSV is read). */
async function refusal(csv: string | Buffer, kind = 'rfa'): Promise<HarborError> {
  const e = await readCsv(csv, kind).then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HarborError);
  return e as HarborError;
}

describe('CSV header', () => {
  it('a column named twice is refused, naming the column and both of its places', async () => {
    const e = await refusal('child.givenName,child.familyName,child.givenName\r\nAna,Ruiz,Ana\r\n');
    expect(e.code).toBe('malformed-input');
    expect(e.message).toBe('CSV header: column "child.givenName" appears twice (columns A and C); keep one');
    expect(e.issues).toEqual([{ path: '', code: 'malformed-input', message: e.message }]);
  });
});

describe('CSV rows', () => {
  const header = 'child.givenName,child.familyName,child.dateOfBirth\r\n';
  const rowsOf = (records: BatchRecord[]) => records.map((r) => ({ index: r.index, row: r.row, value: 'value' in r ? r.value : undefined }));

  it('blank rows at the end (what Excel saves under a table) are no records: not counted, not listed', async () => {
    const { total, records } = await readCsv(`${header}Ana,Ruiz,2012-04-01\r\n,,\r\n,,\r\n , ,\r\n`);
    expect(total).toBe(1);
    expect(rowsOf(records)).toEqual([{ index: 0, row: 2, value: { child: { givenName: 'Ana', familyName: 'Ruiz', dateOfBirth: '2012-04-01' } } }]);
  });

  it('a row keeps its spreadsheet number after blank rows, blank lines and a cell with line breaks', async () => {
    const csv = `${header},,\r\nAna,Ruiz,2012-04-01\r\n\r\n"Bea\r\nto",Sol,2011-01-02\r\n,,\r\nCai,Lun,2010-05-06\r\n`;
    const { total, records } = await readCsv(csv);
    expect(total).toBe(3);
    // Row 2 blank, 3 Ana, 4 an empty line, 5 Bea (one row, two lines), 6 blank, 7 Cai.
    expect(rowsOf(records).map((r) => [r.index, r.row])).toEqual([
      [0, 3],
      [1, 5],
      [2, 7],
    ]);
  });

  it('a row with one cell given is a record, and its empty cells are "not given"', async () => {
    const { records } = await readCsv(`${header},Ruiz,\r\n`);
    expect(rowsOf(records)).toEqual([{ index: 0, row: 2, value: { child: { familyName: 'Ruiz' } } }]);
  });
});

describe('CSV encoding', () => {
  it('a CSV saved as Windows-1252 (Excel\'s plain "CSV") is refused before any record, naming the row and column', async () => {
    const csv = 'child.givenName,child.familyName,child.dateOfBirth\r\nAna,Ruiz,2012-04-01\r\nXimena Belén,Castillo Mejía,2011-02-03\r\n';
    const e = await refusal(Buffer.from(csv, 'latin1'));
    expect(e.code).toBe('malformed-input');
    expect(e.message).toBe(
      'The CSV is not UTF-8 text: row 3, column child.givenName (A) holds U+FFFD (\uFFFD), the mark of letters (é, ñ …) lost when the file was saved in another encoding; save the file as UTF-8 (in Excel: "CSV UTF-8"), or send the text as UTF-8, and try again',
    );
    expect(e.message).not.toContain('Ximena');
    // The same text saved as UTF-8 is read, accents and all.
    const { records } = await readCsv(Buffer.from(csv, 'utf8'));
    expect((records[1] as { value: any }).value.child.givenName).toBe('Ximena Belén');
  });
});
