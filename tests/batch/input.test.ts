// Reading a batch (docs/batch.md §Input), before any record is rendered: what refuses the whole
// file (a CSV's header) with an error that says where, and which rows of a CSV or a workbook are
// records and what spreadsheet row each one is. How bytes are decoded: input-encodings.test.ts.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/batch/csv-input.js';
import { fromBytes, fromChunks, fromText, type BatchRecord } from '../../src/batch/input.js';
import { readRecords } from '../../src/batch/run.js';
import { recordPlace } from '../../src/batch/manifest.js';
import { xlsxRecords } from '../../src/batch/xlsx.js';
import { flatten } from '../../src/batch/dotpaths.js';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { getKind, KINDS } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { readCsv, refusal } from './read-csv.js';
import { rejection } from '../support/errors.js';

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
    // A row of another width that is not blank is that record's error, at its row.
    const narrow = await readCsv(`${header}Ana,Ruiz,2012-04-01\r\n \r\nCai,Lun\r\n`);
    expect(narrow.total).toBe(2);
    expect(narrow.records.map((r) => [r.index, r.row, 'errors' in r])).toEqual([
      [0, 2, false],
      [1, 4, true],
    ]);
  });

  it('a row with more or fewer cells than the header is that record alone, invalid at its row number; the rows around it are read (before: the whole file refused, naming a line)', async () => {
    const rows = Array.from({ length: 9 }, (_, i) => `Ana${i},Ruiz,2012-04-01`);
    // Row 6 (the fifth record) has a comma typed outside quotes; row 9 lost its last cell; row 8
    // holds a cell with a line break, which counts as one row.
    rows[4] = 'Ana, the elder,Ruiz,2012-04-01';
    rows[6] = '"Ana\nSix",Ruiz,2012-04-01';
    rows[7] = 'Ana7,Ruiz';
    const { total, records } = await readCsv(header + rows.join('\r\n') + '\r\n');
    expect(total).toBe(9);
    const got = records;
    expect(got.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const bad = got.filter((r) => 'errors' in r) as { row: number; errors: { path: string; code: string; message: string }[] }[];
    expect(bad.map((r) => [r.row, r.errors.map((e) => [e.path, e.code])])).toEqual([
      [6, [['', 'malformed-input']]],
      [9, [['', 'malformed-input']]],
    ]);
    expect(bad[0]!.errors[0]!.message).toBe(
      'the row has 4 cells where the header has 3 (a comma typed in a cell that is not in quotes, or a cell right of the table), so its cells cannot be matched to their columns; every row needs the same number of cells as the header',
    );
    expect(bad[1]!.errors[0]!.message).toMatch(/^the row has 2 cells where the header has 3 \(cells left out at its end\)/);
    // Never a cell's text: it is case data.
    expect(JSON.stringify(bad)).not.toContain('elder');
  });

  it('a stray quote (inside a cell that does not begin with one) is that row alone, invalid at its row naming the column; the rows around it are read and keep their numbers (before: the whole file refused)', async () => {
    // Row 4 has a stray quote (line 5 of the file: row 3's cell has a line break); row 6 has two in
    // one cell and row 7 one in each of two cells, then a quoted cell with a line break; row 8 is
    // the same text as row 6; a blank line before row 10.
    const rows = ['Ana,Ruiz,2012-04-01', '"Cai\nLun",Lun,2010-05-06', 'Bo,Ba"d,2011-01-01', 'Di,Do,2011-01-01', 'Al "Lee" Ko,Do,2011-01-01', 'Al "x,"Two\nlines",Do"2,2011-01-01', 'Al "Lee" Ko,Do,2011-01-01', 'Ed,Fa,2011-01-01', '', 'Gi,Ho,2011-01-01'];
    // Through the stream in pieces of every size, so the stepped rows' errors fall on both sides of them.
    for (const csv of [header + rows.join('\r\n') + '\r\n']) {
      const { total, records } = await readCsv(csv);
      expect(total).toBe(9);
      expect(records.map((r) => [r.index, r.row, 'errors' in r])).toEqual([
        [0, 2, false],
        [1, 3, false],
        [2, 4, true],
        [3, 5, false],
        [4, 6, true],
        [5, 7, true],
        [6, 8, true],
        [7, 9, false],
        [8, 11, false],
      ]);
      const bad = records.filter((r) => 'errors' in r) as { errors: { path: string; code: string; message: string }[] }[];
      expect(bad[0]!.errors).toEqual([
        {
          path: '',
          code: 'malformed-input',
          message:
            'the row could not be read: its cell in column B (child.familyName) has a quote (") inside it but does not begin with one, so where its cells end is not known; a cell that holds a quote (") or a comma goes in quotes, each quote in it doubled ("a ""quoted"" word")',
        },
      ]);
      expect(bad[1]!.errors[0]!.message).toMatch(/^the row could not be read: its cell in column A \(child.givenName\)/);
      // Never a cell's text: it is case data.
      expect(JSON.stringify(records.filter((r) => 'errors' in r))).not.toMatch(/Lee|Ba"d/);
      // The good rows are whole: row 5 and row 11 as written.
      expect((records[3] as { value: { child: { givenName: string } } }).value.child.givenName).toBe('Di');
      expect((records[8] as { value: { child: { givenName: string } } }).value.child.givenName).toBe('Gi');
    }
  });

  it('the same rows read a byte at a time give the same records (the errors of a stepped row split across pieces)', async () => {
    const csv = header + ['Ana,Ruiz,2012-04-01', 'Al "Lee" "Ko",Do,2011-01-01', 'Al "Lee" "Ko",Do,2011-01-01', 'Di,Do,2011-01-01'].join('\r\n') + '\r\n';
    const whole = await readCsv(csv);
    const bytes = Buffer.from(csv);
    const src = await csvRecords(fromChunks([...bytes].map((b) => Buffer.from([b]))), 100, caseJsonSchema(getKind('rfa')));
    const bit: BatchRecord[] = [];
    for await (const r of src.records) bit.push(r);
    expect(src.total).toBe(4);
    expect(bit.map((r) => [r.index, r.row, 'errors' in r])).toEqual([
      [0, 2, false],
      [1, 3, true],
      [2, 4, true],
      [3, 5, false],
    ]);
    expect(JSON.stringify(bit)).toBe(JSON.stringify(whole.records));
  });

  it('a quote the parser cannot step over is its row alone when it opens a cell (tests/batch/csv-quotes.test.ts), and refuses the file naming its row in the header or where no stray opening quote is found', async () => {
    // Before 2026-12-05 (round 21) the first three refused the whole file.
    const invalidRows = async (csv: string): Promise<(number | undefined)[]> => (await readCsv(csv)).records.filter((r) => 'errors' in r).map((r) => r.row);
    expect(await invalidRows(`${header}Ana,Ruiz,2012-04-01\r\n"Cai,Lun,2010-05-06\r\nDi,Do,2011-01-01\r\n`)).toEqual([3]);
    expect(await invalidRows(`${header}Ana,"Ruiz"x,2012-04-01\r\n`)).toEqual([2]);
    expect(await invalidRows(`${header}A "b",Ruiz,2012-04-01\r\nAna,"Ruiz"x,2012-04-01\r\n`)).toEqual([2, 3]);
    // A quoted cell with a line break and text after its closing quote, whose row is of another width: no row can be told apart.
    expect((await refusal(`${header}A "b",Ruiz,2012-04-01\r\nAna,"Ru\r\niz"x,2012-04-01\r\n`)).message).toMatch(/^The CSV could not be parsed: a quoted cell in row 3 \(line \d+ of the file\) goes on after its closing quote/);
    expect((await refusal(`child.givenName,child."familyName",child.dateOfBirth\r\nAna,Ruiz,2012-04-01\r\n`)).message).toBe(
      'The CSV could not be parsed: a cell in row 1 (line 1 of the file) has a quote (") inside it but does not begin with one; a cell that holds a quote (") or a comma goes in quotes, each quote in it doubled ("a ""quoted"" word")',
    );
  });

  it('a row longer than a case may be is that record alone, at its row, as an NDJSON line is; the rows after it are read and keep their numbers (before: the whole file refused, "1048576 characters")', async () => {
    const read = async (csv: string | Buffer, pieces = false) => {
      const bytes = Buffer.from(csv);
      const open = pieces ? fromChunks([...bytes].map((b) => Buffer.from([b]))) : fromBytes(bytes);
      const src = await csvRecords(open, { maxRecords: 100, maxRecordChars: 200 }, caseJsonSchema(getKind('rfa')));
      const got: BatchRecord[] = [];
      for await (const r of src.records) got.push(r);
      return { total: src.total, records: got };
    };
    const long = 'x'.repeat(300);
    const rows = [
      'Ana,Ruiz,2012-04-01',
      `${long},Ruiz,2012-04-01`, // row 3: unquoted
      'Bo,Ba"d,2011-01-01', // row 4: a stray quote, stepped over by the parser
      `"${long}\r\nwith ""quotes"", and a comma",Lun,2010-05-06`, // row 5: quoted, a line break in it
      '', // row 6: blank
      'Cai,Lun,2010-05-06', // row 7
      `Di,"${long}",2011-01-01`, // row 8, then CR CR LF
    ];
    const csv = `${header}${rows.slice(0, 6).join('\r\n')}\r\n${rows[6]}\r\r\nEd,Fa,2011-01-01\r\n${long}`; // row 9, row 10 long and last, no line break
    const whole = await read(csv);
    expect(whole.total).toBe(8);
    expect(whole.records.map((r) => [r.index, r.row, 'errors' in r ? r.errors.map((e) => e.code).join() : 'read'])).toEqual([
      [0, 2, 'read'],
      [1, 3, 'payload-too-large'],
      [2, 4, 'malformed-input'],
      [3, 5, 'payload-too-large'],
      [4, 7, 'read'],
      [5, 8, 'payload-too-large'],
      [6, 9, 'read'],
      [7, 10, 'payload-too-large'],
    ]);
    expect((whole.records[1] as { errors: unknown[] }).errors).toEqual([
      { path: '', code: 'payload-too-large', message: 'is longer than the limit of 200 characters for one case (HARBOR_BODY_LIMIT)' },
    ]);
    expect((whole.records[4] as { value: { child: { givenName: string } } }).value.child.givenName).toBe('Cai');
    expect((whole.records[6] as { value: { child: { givenName: string } } }).value.child.givenName).toBe('Ed');
    // Streamed a byte at a time: the same records.
    expect(JSON.stringify((await read(csv, true)).records)).toBe(JSON.stringify(whole.records));
    // The limit's number is formatted, at HARBOR_BODY_LIMIT's default too.
    const big = await readCsv(`${header}${'y'.repeat(1024 * 1024 + 1)},Ruiz,2012-04-01\r\nAna,Ruiz,2012-04-01\r\n`);
    expect(big.records.map((r) => ('errors' in r ? r.errors[0]!.message : 'read'))).toEqual(['is longer than the limit of 1,048,576 characters for one case (HARBOR_BODY_LIMIT)', 'read']);
  });

  it('a row with a quote inside a cell that is also longer than a case may be is that record alone, too long, at its own row; the rows after it are read (before: the file refused, "a quote opens a cell that is never closed", a row late)', async () => {
    const read = async (csv: string, pieces: boolean) => {
      const bytes = Buffer.from(csv);
      const open = pieces ? fromChunks([...bytes].map((b) => Buffer.from([b]))) : fromBytes(bytes);
      const src = await csvRecords(open, { maxRecords: 100, maxRecordChars: 200 }, caseJsonSchema(getKind('rfa')));
      const got: [number | undefined, string][] = [];
      for await (const r of src.records) got.push([r.row, 'errors' in r ? r.errors.map((e) => e.code).join() : (r as { value: { child: { givenName: string } } }).value.child.givenName]);
      return { total: src.total, got };
    };
    const long = 'x'.repeat(300);
    const cases: [string, string, [number, string][]][] = [
      // The quote within the limit, the row going on past it: in the cell, in a later cell, two quotes, the file's last row.
      ['in its cell', `${header}Ana,Ruiz,2012-04-01\r\nBo,Ba"d${long},2011-01-01\r\nCai,Lun,2010-05-06\r\n`, [[2, 'Ana'], [3, 'payload-too-large'], [4, 'Cai']]],
      ['a later cell long', `${header}Ana,Ruiz,2012-04-01\r\nBo,Ba"d,${long}\r\nCai,Lun,2010-05-06\r\n`, [[2, 'Ana'], [3, 'payload-too-large'], [4, 'Cai']]],
      ['two quotes', `${header}Ana,Ruiz,2012-04-01\r\nB"o,B"a${long},2011-01-01\r\nCai,Lun,2010-05-06\r\n`, [[2, 'Ana'], [3, 'payload-too-large'], [4, 'Cai']]],
      ['the last row', `${header}Ana,Ruiz,2012-04-01\r\nBo,Ba"d${long},2011-01-01`, [[2, 'Ana'], [3, 'payload-too-large']]],
      // After a row stepped over for its stray quote (and a blank line), and twice, with CR CR LF between: each at its row.
      ['after a stray quote', `${header}Ana,Ruiz,2012-04-01\r\nBo,Ba"d,2011\r\n\r\nBo,Ba"e${long},2011\r\n\r\nCai,Lun,2010-05-06\r\nDi,"a\nb",2011-01-01\r\n`, [[2, 'Ana'], [3, 'malformed-input'], [5, 'payload-too-large'], [7, 'Cai'], [8, 'Di']]],
      ['twice', `${header}Ana,Ruiz,2012-04-01\r\nBo,Ba"d${long},2011\r\r\nBo,Ba"e${long},2011\nCai,Lun,2010-05-06\r\nEd,x"${long}\r\n"Bea,Ruiz,2012-04-01\r\nDi,Fa,2011-01-01\r\n`, [[2, 'Ana'], [3, 'payload-too-large'], [4, 'payload-too-large'], [5, 'Cai'], [6, 'payload-too-large'], [7, 'malformed-input'], [8, 'Di']]],
    ];
    for (const [what, csv, expected] of cases) {
      for (const pieces of [false, true]) {
        const { total, got } = await read(csv, pieces);
        expect({ what, pieces, got }).toEqual({ what, pieces, got: expected });
        expect(total).toBe(expected.length);
      }
    }
  });

  it('a row too long that cannot be stepped over refuses the file, saying why, the limit formatted: the header, or a quote never closed past where one is looked for', async () => {
    const refused = async (csv: string) => {
      const e = await rejection(csvRecords(fromText(csv), { maxRecords: 100, maxRecordChars: 2000 }, caseJsonSchema(getKind('rfa'))));
      return e.message;
    };
    expect(await refused(`${'child.givenName,'.repeat(200)}child.familyName\r\nAna,Ruiz\r\n`)).toBe(
      "The CSV's header row is longer than the limit of 2,000 characters for one case (HARBOR_BODY_LIMIT); it names each column by its dot path",
    );
    // Within 4 × the limit of its start, a quote that never closes is a stray one, read as text: its row alone.
    const near = await csvRecords(fromText(`${header}Ana,Ruiz,2012-04-01\r\nBo,"${'z'.repeat(3000)},2011-01-01\r\nCai,Lun,2010-05-06\r\n`), { maxRecords: 100, maxRecordChars: 2000 }, caseJsonSchema(getKind('rfa')));
    const nearRecords: BatchRecord[] = [];
    for await (const r of near.records) nearRecords.push(r);
    expect(nearRecords.map((r) => [r.row, 'errors' in r ? r.errors[0]!.code : 'read'])).toEqual([[2, 'read'], [3, 'payload-too-large'], [4, 'read']]);
    expect(await refused(`${header}Ana,Ruiz,2012-04-01\r\nBo,"${'z'.repeat(9000)},2011-01-01\r\nCai,Lun,2010-05-06\r\n`)).toMatch(
      /^The CSV has a row longer than the limit of 2,000 characters for one case \(HARBOR_BODY_LIMIT\) \(row 3\) whose quote \("\) opens a cell that is never closed/,
    );
  });

  it('CR CR LF (a CRLF file sent again in text mode) ends one row: each record is whole and keeps its row, streamed a byte at a time too', async () => {
    const csv = `${header.replace('\r\n', '\r\r\n')}Ana,Ruiz,2012-04-01\r\r\n\r\r\nCai,Lun,2010-05-06\r\r\n`;
    const expected = [
      // Row 2 Ana, 3 an empty line, 4 Cai; the first cell without the LF that began it.
      { index: 0, row: 2, value: { child: { givenName: 'Ana', familyName: 'Ruiz', dateOfBirth: '2012-04-01' } } },
      { index: 1, row: 4, value: { child: { givenName: 'Cai', familyName: 'Lun', dateOfBirth: '2010-05-06' } } },
    ];
    const { total, records } = await readCsv(csv);
    expect(total).toBe(2);
    expect(rowsOf(records)).toEqual(expected);
    // A CR CR LF split between two chunks of the stream is still one row end.
    const src = await csvRecords(fromChunks([...Buffer.from(csv)].map((b) => Buffer.from([b]))), 100, caseJsonSchema(getKind('rfa')));
    const streamed: BatchRecord[] = [];
    for await (const r of src.records) streamed.push(r);
    expect(rowsOf(streamed)).toEqual(expected);
    // Old Mac line ends (CR alone) are still rows of their own: CR CR is a row end and an empty line.
    expect(rowsOf((await readCsv(`${header.replace('\r\n', '\r')}Ana,Ruiz,2012-04-01\r\rCai,Lun,2010-05-06\r`)).records).map((r) => r.row)).toEqual([2, 4]);
  });

  it('an NDJSON line ends at CR CR LF as at CR LF: each record keeps its line number, streamed a byte at a time too', async () => {
    const line = JSON.stringify(exampleCase('rfa'));
    const bytes = Buffer.from(`${line}\r\r\n\r\r\n${line}\r\r\n${line}\r\n${line}\r\r\n`);
    for (const open of [fromBytes(bytes), fromChunks([...bytes].map((b) => Buffer.from([b])))]) {
      const src = await readRecords('ndjson', open, getKind('rfa'), 100);
      const labels: string[] = [];
      for await (const r of src.records) labels.push('json' in r ? recordPlace(r) : 'not json');
      expect(src.total).toBe(4);
      // Line 1, 2 empty, 3, 4 (after a CR LF), 5: where "line 3" was the second record.
      expect(labels).toEqual(['line 1', 'line 3', 'line 4', 'line 5']);
    }
  });

  it('a number cell with more digits than a number keeps makes its record invalid at the column (inexact-number), never read as a nearby number', async () => {
    const csv = 'victim.identifier,laborPeriods.0.weeklySchedule.monday,laborPeriods.0.weeklySchedule.tuesday\r\nA.B.,11.999999999999999999,1e400\r\nC.D.,12,9.5\r\n';
    const { records } = await readCsv(csv, 'restitution-worksheet');
    expect(records[0]).toEqual({
      index: 0,
      row: 2,
      errors: [
        { path: 'laborPeriods.0.weeklySchedule.monday', code: 'inexact-number', message: expect.stringMatching(/more significant digits/) },
        { path: 'laborPeriods.0.weeklySchedule.tuesday', code: 'inexact-number', message: expect.stringMatching(/too large/) },
      ],
    });
    expect(records[1]).toMatchObject({ index: 1, row: 3, value: { laborPeriods: [{ weeklySchedule: { monday: 12, tuesday: 9.5 } }] } });
  });

  it('a row with one cell given is a record, and its empty cells are "not given"', async () => {
    const { records } = await readCsv(`${header},Ruiz,\r\n`);
    expect(rowsOf(records)).toEqual([{ index: 0, row: 2, value: { child: { familyName: 'Ruiz' } } }]);
  });
});

describe('Excel rows', () => {
  it('a number cell with more digits than a number keeps makes its record invalid at the column (inexact-number), as a CSV’s does', async () => {
    const example = flatten(exampleCase('rfa'));
    const header = Object.keys(example);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cases');
    ws.getRow(1).values = header;
    // Row 2: the age typed as text with 20 digits (a number cell holds a double, exact by itself).
    ws.getRow(2).values = header.map((h) => (h === 'concern.otherMinors.0.age' ? '13.0000000000000000001' : example[h]));
    ws.getRow(3).values = header.map((h) => example[h]);
    const src = await xlsxRecords(new Uint8Array(await wb.xlsx.writeBuffer()), 100, caseJsonSchema(getKind('rfa')));
    const records: BatchRecord[] = [];
    for await (const r of src.records) records.push(r);
    expect(records[0]).toEqual({
      index: 0,
      row: 2,
      errors: [{ path: 'concern.otherMinors.0.age', code: 'inexact-number', message: expect.stringMatching(/more significant digits/) }],
    });
    expect(records[1]).toMatchObject({ index: 1, row: 3, value: { concern: { otherMinors: [{ age: 13 }] } } });
  });
});
