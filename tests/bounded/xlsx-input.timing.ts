// Timed checks of Excel batches from a hostile client (review A), kept out of `npm test` (the
// developers' guide: no timed assertions in the test suite): `npm run test:event-loop`, on a quiet
// machine. What each reading gives is tested in xlsx-input.test.ts; this says it comes soon.
// Before the fixes: a cell at A100000 took 18 s and 2.3 GB, one at A1048576 ran out of memory,
// the range bombs never returned, and a sheet declaring 18 KB inflated 300 MB before refusal.
import { describe, expect, it } from 'vitest';
import { loadWorkbook, xlsxRecords } from '../../src/batch/xlsx.js';
import { lying, rangeBombs, schema, withCases, workbook, workbookWithSheet } from './xlsx-workbooks.js';

async function seconds(read: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await read().catch(() => undefined);
  return (performance.now() - t0) / 1000;
}

describe('Excel batches are read in time bounded by what the sheet holds', () => {
  it('one blank-looking cell at A1048576: under 5 s', async () => {
    const bytes = await workbook((ws) => {
      withCases(2, 7)(ws);
      ws.getCell('A1048576').value = ' ';
    });
    expect(await seconds(() => xlsxRecords(bytes, 1000, schema))).toBeLessThan(5);
  });

  it('every declared-range bomb: under 5 s each', async () => {
    for (const [what, bytes] of Object.entries(await rangeBombs())) {
      expect(await seconds(() => xlsxRecords(bytes, 1000, schema)), what).toBeLessThan(5);
    }
  }, 120_000);

  it('a sheet that declares 18 KB and inflates to 300 MB is refused in under 2 s', async () => {
    const bomb = await workbookWithSheet(lying(300));
    expect(await seconds(() => xlsxRecords(bomb, 1000, schema, loadWorkbook))).toBeLessThan(2);
  });
});
