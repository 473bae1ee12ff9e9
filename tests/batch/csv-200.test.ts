// Issue 8, "must show" 1: a clinic's CSV of 200 restitution cases, 7 rows bad in 7 different
// ways, through POST /v1/batches on a pool of two render threads: 193 documents, and 7 manifest
// entries whose errors name the spreadsheet row, the column (dot path) and the rule (code).
import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { sharedPool } from '../support/pool.js';
import { PROCESS_TEST_MS } from '../support/until.js';
import { binary } from '../http/helpers.js';
import { KIND, cases, toCsv, unzip } from './support.js';

// The worker's pool of two render threads (tests/support/pool.ts).
const pool = sharedPool();

// Record index → [column, bad cell, expected rule]. Every bad row is a full-fixture row (index a
// multiple of 4), which has every one of these columns. Expected codes read off the kind's rules:
// README of the kind (src/kinds/restitution-worksheet/README.md) and src/validate.ts.
const BAD: [number, string, string, string][] = [
  [12, 'laborPeriods.0.weeklySchedule.monday', 'eleven', 'invalid-type'], // not a number
  [40, 'laborPeriods.0.startDate', '2009-02-30', 'invalid-date'], // no such day
  [72, 'victim.identifier', '', 'invalid-type'], // missing required cell
  [100, 'laborPeriods.0.weeklySchedule.tuesday', '25', 'hours-out-of-range'], // a day has 24 hours
  [132, 'settings.workweekStart', 'funday', 'invalid-value'], // not a weekday
  [160, 'losses.0.amount', '-500', 'negative-money'],
  [196, 'laborPeriods.0.endDate', '2009-06-01', 'end-before-start'], // before 2009-06-24
];

describe('a 200-row CSV with 7 bad rows', () => {
  it('gives 193 documents and 7 manifest entries naming row, column and rule', async () => {
    const rows = cases(200);
    // Each bad value goes into the case before it is written out as CSV, so it reaches Harbor as
    // the text of a cell ('-500' is written "'-500" by the formula guard and read back as -500).
    for (const [index, column, cell] of BAD) setPath(rows[index]!, column, cell === '' ? undefined : cell);
    const csv = toCsv(rows);
    const header = csv.slice(0, csv.indexOf('\r\n')).split(',');
    for (const [, column] of BAD) expect(header, column).toContain(column);
    const app = createApp({ renderer: pool, maxBatch: 1000, batchBodyLimit: 16 * 1024 * 1024 });
    const res = await supertest(app).post(`/v1/batches/${KIND}`).type('text/csv').send(csv).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const { names, files, manifest } = unzip(new Uint8Array(res.body));

    const pdfs = names.filter((n) => n.endsWith('.pdf'));
    expect(pdfs).toHaveLength(193);
    expect(names.at(-1)).toBe('manifest.json');
    for (const n of pdfs) expect(Buffer.from(files[n]!.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(manifest).toMatchObject({ kind: KIND, format: 'pdf', total: 200, rendered: 193, failed: 7 });
    expect(manifest.records).toHaveLength(200);
    expect(manifest.records.map((r: any) => r.index)).toEqual([...Array(200).keys()]);

    const notRendered = manifest.records.filter((r: any) => r.status !== 'rendered');
    expect(notRendered.map((r: any) => r.index)).toEqual(BAD.map(([i]) => i));
    for (const [index, column, , code] of BAD) {
      const r = manifest.records[index];
      expect(r.status, column).toBe('invalid');
      // The spreadsheet row: the header is row 1, record 0 is row 2.
      expect(r.row).toBe(index + 2);
      expect(r.files).toBeUndefined();
      expect(r.errors, column).toContainEqual(expect.objectContaining({ path: column, code }));
    }
    // The empty required cell says so, then what belongs there (the schema's words).
    expect(manifest.records[72].errors).toEqual([{ path: 'victim.identifier', code: 'invalid-type', message: 'is required (the cell is empty); it must be initials or a pseudonym' }]);
    // A cell that is there but wrong keeps the schema's words alone.
    expect(manifest.records[12].errors).toEqual([{ path: 'laborPeriods.0.weeklySchedule.monday', code: 'invalid-type', message: 'must be a number of hours' }]);
    // Files are numbered in input order from 0001 (as in the issue: `0001-<safe-id>.pdf`).
    expect(pdfs[0]).toMatch(/^0001-restitution-worksheet-[0-9a-f]{16}\.pdf$/);
    expect(pdfs.map((n) => Number(n.slice(0, 4)) - 1)).toEqual([...Array(200).keys()].filter((i) => !BAD.some(([b]) => b === i)));
    // 193 documents on two threads (the 200 rows, the point of the test): over the default
    // 120 s at load 25-55, so bounded as a process test is.
  }, PROCESS_TEST_MS);
});

/** Set (or, with undefined, delete) the value at a dot path of a case. */
function setPath(o: Record<string, any>, path: string, v: unknown): void {
  const segs = path.split('.');
  const last = segs.pop()!;
  const parent = segs.reduce((x, k) => x[k], o);
  if (v === undefined) delete parent[last];
  else parent[last] = v;
}
