// Batch limits (docs/http.md §Batches): more records than HARBOR_MAX_BATCH is a 413 in every input type, and
// so is a body over the batch body limit; both before any work starts or any byte of ZIP is sent.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { harness, rfaCase } from './helpers.js';

/** A workbook of one column: its header, then a row for each other value. */
async function workbook(column: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cases');
  for (const v of column) ws.addRow([v]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('batch limits', () => {
  const { agent } = harness({ maxBatch: 3, batchBodyLimit: 64 * 1024 });
  const four = Array.from({ length: 4 }, rfaCase);

  it('413 payload-too-large past HARBOR_MAX_BATCH, for JSON, NDJSON, CSV and Excel, in the same words', async () => {
    const csv = `child.givenName\r\n${['A', 'B', 'C', 'D'].join('\r\n')}\r\n`;
    const seven = Array.from({ length: 7 }, rfaCase);
    for (const [type, body] of [
      ['application/json', JSON.stringify(four)],
      ['application/json', JSON.stringify(seven)],
      ['application/x-ndjson', seven.map((c) => JSON.stringify(c)).join('\n')],
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await workbook(['child.givenName', 'A', 'B', 'C', 'D'])],
      ['application/x-ndjson', four.map((c) => JSON.stringify(c)).join('\n')],
      ['text/csv', csv],
    ] as const) {
      const res = await agent.post('/v1/batches/rfa').set('Content-Type', type).send(body);
      expect(res.status, type).toBe(413);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'payload-too-large' });
      // The service's limit is the variable that sets it (the CLI's is its own: tests/cli/batch.test.ts).
      // Every reader stops at its first record past the limit and says "more than" (until 2026-12-07
      // the JSON array's said "has 4", the limit plus one, whatever its length).
      expect(res.body.detail, type).toBe('The batch has more than 3 records; the limit is 3 (HARBOR_MAX_BATCH)');
    }
    // Three is fine.
    const ok = await agent.post('/v1/batches/rfa').send(four.slice(0, 3));
    expect(ok.status).toBe(200);
  });

  it('413 for a body over the batch body limit', async () => {
    const big = [{ ...rfaCase(), pad: 'x'.repeat(70 * 1024) }];
    const res = await agent.post('/v1/batches/rfa').send(big);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'payload-too-large' });
  });
});

describe('the workbook queue and the batch cap (docs/batch.md §Workbooks)', () => {
  it('under the default cap no workbook ever waits: at most as many batches at once as workbooks are read at once', async () => {
    const [{ DEFAULTS }, { WORKBOOK_CONCURRENCY, WORKBOOK_QUEUE }] = await Promise.all([import('../../src/http/config.js'), import('../../src/batch/xlsx-parser.js')]);
    // One workbook per batch: the queue is there for a raised HARBOR_MAX_BATCHES only.
    expect(DEFAULTS.maxBatches).toBeLessThanOrEqual(WORKBOOK_CONCURRENCY);
    expect([WORKBOOK_CONCURRENCY, WORKBOOK_QUEUE]).toEqual([2, 4]);
  });
});
