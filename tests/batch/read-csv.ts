// Reading a CSV batch as `harbor batch` and the HTTP route read it, for the input tests
// (tests/batch/input.test.ts, input-encodings.test.ts).
import { csvRecords } from '../../src/batch/csv-input.js';
import { fromBytes, fromText, type BatchRecord, type TextSource } from '../../src/batch/input.js';
import type { HarborError } from '../../src/errors.js';
import { getKind } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { rejection } from '../support/errors.js';

/** The records of a CSV batch of `kind`, read as `harbor batch` and the HTTP route read them. */
export async function readCsv(csv: string | Buffer, kind = 'rfa'): Promise<{ total: number; records: BatchRecord[] }> {
  const open: TextSource = typeof csv === 'string' ? fromText(csv) : fromBytes(csv);
  const src = await csvRecords(open, 100, caseJsonSchema(getKind(kind)));
  const records: BatchRecord[] = [];
  for await (const r of src.records) records.push(r);
  return { total: src.total, records };
}

/** The error that refuses a whole CSV (rejects the test if the CSV is read). */
export const refusal = (csv: string | Buffer, kind = 'rfa'): Promise<HarborError> => rejection(readCsv(csv, kind));
