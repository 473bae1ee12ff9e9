// Reading a CSV batch (docs/batch.md §Input), before any record is rendered: what refuses the
// whole file (its header, its encoding) with an error that says where, and which rows are records
// and what spreadsheet row each one is.
import { describe, expect, it } from 'vitest';
import { csvRecords, fromText, type BatchRecord } from '../../src/batch/input.js';
import { HarborError } from '../../src/errors.js';
import { getKind } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';

/** The records of a CSV batch of `kind`, read as `harbor batch` and the HTTP route read them. */
async function readCsv(csv: string, kind = 'rfa'): Promise<{ total: number; records: BatchRecord[] }> {
  const src = await csvRecords(fromText(csv), 100, caseJsonSchema(getKind(kind)));
  const records: BatchRecord[] = [];
  for await (const r of src.records) records.push(r);
  return { total: src.total, records };
}

/** The error that refuses a whole CSV (rejects the test if the CSV is read). */
async function refusal(csv: string, kind = 'rfa'): Promise<HarborError> {
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
