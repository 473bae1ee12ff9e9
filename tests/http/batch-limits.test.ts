// Batch limits (docs/http.md §Batches): more records than HARBOR_MAX_BATCH is a 413 in every input type, and
// so is a body over the batch body limit; both before any work starts or any byte of ZIP is sent.
import { describe, expect, it } from 'vitest';
import { harness, rfaCase } from './helpers.js';

describe('batch limits', () => {
  const { agent } = harness({ maxBatch: 3, batchBodyLimit: 64 * 1024 });
  const four = Array.from({ length: 4 }, rfaCase);

  it('413 payload-too-large past HARBOR_MAX_BATCH, for JSON, NDJSON and CSV', async () => {
    const csv = `child.givenName\r\n${['A', 'B', 'C', 'D'].join('\r\n')}\r\n`;
    for (const [type, body] of [
      ['application/json', JSON.stringify(four)],
      ['application/x-ndjson', four.map((c) => JSON.stringify(c)).join('\n')],
      ['text/csv', csv],
    ] as const) {
      const res = await agent.post('/v1/batches/rfa').set('Content-Type', type).send(body);
      expect(res.status, type).toBe(413);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'payload-too-large' });
      // The service's limit is the variable that sets it (the CLI's is its own: tests/cli/batch.test.ts).
      // A CSV is read no further than its first record past the limit, so its count is "more than".
      expect(res.body.detail, type).toBe(`The batch has ${type === 'text/csv' ? 'more than 3' : '4'} records; the limit is 3 (HARBOR_MAX_BATCH)`);
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
