// What bounds the reading of a CSV batch before its records are rendered (src/batch/csv-input.ts):
// rows with no value (`,,`, what a spreadsheet writes for the empty rows under a table) are no
// records, so the record limit did not bound them, and a body of `,\n` was millions of rows of the
// main thread's CPU before its answer; and the count of records stops at the first past the limit.
import { describe, expect, it } from 'vitest';
import { maxBlankRows } from '../../src/batch/csv-input.js';
import { readCsv, refusal } from './read-csv.js';

const HEADER = 'child.givenName,child.familyName\r\n';
const blankRows = (n: number): string => ',\r\n'.repeat(n);

describe('a CSV batch: rows with no value', () => {
  it('ten for each record the batch may hold, at least 10,000: the rows Excel writes under a table are read past', async () => {
    expect(maxBlankRows(100)).toBe(10_000);
    expect(maxBlankRows(5_000)).toBe(50_000);
    // readCsv's batch holds 100 records: 10,000 blank rows between two records are read past.
    const { total, records } = await readCsv(`${HEADER}Ana,Ruiz\r\n${blankRows(10_000)}Luz,Mora\r\n`);
    expect(total).toBe(2);
    expect(records.map((r) => r.row)).toEqual([2, 10_003]);
  });

  it('one more refuses the file, naming the bound, the row it was passed at and what to do', async () => {
    const e = await refusal(`${HEADER}Ana,Ruiz\r\n${blankRows(10_001)}Luz,Mora\r\n`);
    expect(e.code).toBe('malformed-input');
    expect(e.message).toBe(
      'The CSV has more than 10,000 rows with no value (by row 10,003), rows a spreadsheet writes for the empty rows under a table: delete the empty rows under the table and save it again',
    );
  });
});

describe('a CSV batch: more records than the limit', () => {
  it('is refused at the first record past it, the rest of the file unread (a quote never closed after it is not reached)', async () => {
    const records = Array.from({ length: 101 }, (_, i) => `Ana${String(i)},Ruiz\r\n`).join('');
    const e = await refusal(`${HEADER}${records}"never closed,Ruiz\r\n`);
    expect(e.code).toBe('payload-too-large');
    expect(e.message).toBe('The batch has more than 100 records; the limit is 100');
  });
});
