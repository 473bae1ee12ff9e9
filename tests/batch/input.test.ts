// Reading a CSV batch (docs/batch.md §Input), before any record is rendered: what refuses the
// whole file (its header, its encoding) with an error that says where, and which rows are records
// and what spreadsheet row each one is.
import { describe, expect, it } from 'vitest';
import { csvRecords, fromBytes, fromText, type BatchRecord, type TextSource } from '../../src/batch/input.js';
import { flatten } from '../../src/batch/dotpaths.js';
import { HarborError } from '../../src/errors.js';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { getKind, KINDS } from '../../src/kinds/index.js';
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

describe('CSV header: columns that name no field', () => {
  it('a misspelled column refuses the whole file before any record, naming it, its place and the field meant', async () => {
    const e = await refusal('child.givenName,child.anumber\r\nAna,A012345678\r\n');
    expect(e.code).toBe('malformed-input');
    expect(e.message).toBe('CSV header: column "child.anumber" names no field Harbor knows, so no record was read (each error says which field was meant, when one is close)');
    expect(e.issues).toEqual([
      { path: 'child.anumber', code: 'unrecognized-keys', message: 'column B of the header names no field Harbor knows, so its cells would be lost; did you mean child.aNumber?' },
    ]);
  });

  it('every such column is named, however deep, with what is wrong at its first unknown step', async () => {
    const header = ['chld.sex', 'child.citizenship.first', 'location.city.x', 'child.colour', 'concern.events.0.dat', 'child.citizenship.0', 'location.sponsor.name'];
    const e = await refusal(`${header.join(',')}\r\n${header.map(() => '').join(',')}\r\n`);
    expect(e.message).toMatch(/^CSV header: columns "chld\.sex", "child\.citizenship\.first", "location\.city\.x", "child\.colour", "concern\.events\.0\.dat" name no field/);
    expect(e.issues.map((i) => [i.path, i.message])).toEqual([
      ['chld.sex', 'column A of the header names no field Harbor knows, so its cells would be lost; did you mean child.sex?'],
      ['child.citizenship.first', 'column B of the header names no field Harbor knows (child.citizenship is a list: its columns are numbered from 0, child.citizenship.0, child.citizenship.1 …), so its cells would be lost'],
      ['location.city.x', 'column C of the header names no field Harbor knows (location.city is one value, with no fields of its own), so its cells would be lost'],
      ['child.colour', 'column D of the header names no field Harbor knows (child has no field colour), so its cells would be lost; correct its name (harbor csv-template prints every column) or remove the column'],
      ['concern.events.0.dat', 'column E of the header names no field Harbor knows, so its cells would be lost; did you mean concern.events.0.date?'],
    ]);
  });

  it('every column of every kind’s template is known, and so are `id` and a removed field (refused per record, with its own words)', async () => {
    for (const { id: kind } of KINDS) {
      const columns = ['id', ...Object.keys(flatten(exampleCase(kind)))];
      const { total } = await readCsv(`${columns.join(',')}\r\n${columns.map(() => 'x').join(',')}\r\n`, kind);
      expect(total, kind).toBe(1);
    }
    const { records } = await readCsv('preparedOn,losses.0.amountCents\r\n2026-01-15,2843\r\n', 'restitution-worksheet');
    expect((records[0] as { value: any }).value.losses[0].amountCents).toBe('2843');
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

  it('a line of only spaces or tabs is a blank row, not a broken one: skipped, and later rows keep their numbers', async () => {
    const csv = `${header}Ana,Ruiz,2012-04-01\r\n   \r\n\t \t\r\nCai,Lun,2010-05-06\n \n`;
    const { total, records } = await readCsv(csv);
    expect(total).toBe(2);
    // Row 2 Ana, 3 spaces, 4 tabs, 5 Cai, 6 a space.
    expect(rowsOf(records).map((r) => [r.index, r.row])).toEqual([
      [0, 2],
      [1, 5],
    ]);
    // A row of another width that is not blank is still refused, naming its line.
    expect((await refusal(`${header}Ana,Ruiz,2012-04-01\r\n \r\nCai,Lun\r\n`)).message).toBe(
      'The CSV could not be parsed (near line 4); every row needs the same number of cells as the header',
    );
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
