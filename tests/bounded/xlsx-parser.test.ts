// Workbooks are read outside the main thread (src/batch/xlsx-parser.ts): before, exceljs parsed a
// whole workbook on the service's event loop, and an honest 213 KB workbook padded with 200 MB of
// whitespace held it (and /healthz) for seconds and added ~480 MB to its RSS. Each workbook is now
// read in a process of its own, under a memory and a time limit, a few at once, and a client that
// hangs up ends it. No assertion here is timed: each is about what has happened, in what order.
import { describe, expect, it } from 'vitest';
import { createWorkbookParser } from '../../src/batch/xlsx-parser.js';
import { XLSX_TYPE } from '../../src/batch/xlsx.js';
import { caseJsonSchema } from '../../src/http/openapi.js';
import { getKind } from '../../src/kinds/index.js';
import { isProblem, listening } from '../http/helpers.js';
import { paddedWorkbook } from './xlsx-zip.js';
import { PROCESS_TEST_MS, until } from '../support/until.js';

const schema = caseJsonSchema(getKind('rfa'));


const postWorkbook = (url: string, body: Uint8Array, signal?: AbortSignal): Promise<Response> =>
  fetch(`${url}/v1/batches/rfa`, { method: 'POST', headers: { 'Content-Type': XLSX_TYPE }, body, signal });

describe('a workbook is read in a process of its own', () => {
  it('while a large workbook is read, /healthz answers; a client that hangs up ends the reading', async () => {
    const parser = createWorkbookParser();
    const s = await listening({ workbooks: parser });
    try {
      // 100 MB of whitespace: seconds of exceljs, which held the event loop all along.
      const bytes = await paddedWorkbook(100);
      const hangUp = new AbortController();
      let answered = false;
      const batch = postWorkbook(s.url, bytes, hangUp.signal).finally(() => (answered = true));
      batch.catch(() => {});
      await until(() => parser.stats().started === 1 || answered);
      // The parse has begun, in a process of its own, and has not ended...
      expect(answered).toBe(false);
      expect(parser.stats()).toMatchObject({ running: 1, started: 1 });
      // ...and the main thread answers a request meanwhile.
      const health = await fetch(`${s.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect(answered).toBe(false);
      expect(parser.stats().running).toBe(1);

      // The client hangs up: the process is killed (it has exited once `running` is 0).
      hangUp.abort();
      await until(() => parser.stats().running === 0);
      expect(parser.stats()).toMatchObject({ started: 1, stopped: 1, outOfMemory: 0, queued: 0 });
      await until(() => s.lines.some((l) => l.includes('"path":"/v1/batches/rfa"')));
      expect(s.lines.find((l) => l.includes('"path":"/v1/batches/rfa"'))).toMatch(/"status":499/);
    } finally {
      await s.close();
    }
  }, PROCESS_TEST_MS);

  it('a workbook past the time limit is refused naming the limit (400 over HTTP), and its process ended', async () => {
    const parser = createWorkbookParser({ limits: { timeoutMs: 1 } });
    const s = await listening({ workbooks: parser });
    try {
      const res = await postWorkbook(s.url, await paddedWorkbook(20));
      const json = (await res.json()) as any;
      expect(isProblem(res, json, 400, 'malformed-input')).toBe(true);
      expect(json.detail).toMatch(/^The workbook took longer than the time limit of 1 ms to read \(one workbook's limit\); split its rows/);
      await until(() => parser.stats().running === 0);
      expect(parser.stats()).toMatchObject({ started: 1, stopped: 1, outOfMemory: 0 });
    } finally {
      await s.close();
    }
  }, PROCESS_TEST_MS);

  it('a workbook past the memory limit is refused naming the limit; only its process ends', async () => {
    const parser = createWorkbookParser({ limits: { oldGenerationMb: 48 } });
    // 100 MB of whitespace is one 100 MB string in exceljs: more than a 48 MB heap holds.
    await expect(parser.parse(await paddedWorkbook(100), 1000, schema)).rejects.toMatchObject({
      code: 'malformed-input',
      message: expect.stringMatching(/^The workbook needs more than the memory limit of 48 MB to read \(one workbook's limit\)/),
    });
    await until(() => parser.stats().running === 0);
    // It had loaded and begun: the limit stopped the reading, not the start.
    expect(parser.stats()).toMatchObject({ started: 1, outOfMemory: 1, stopped: 0 });
    // This process is still here, and the next workbook is read.
    const ok = await createWorkbookParser().parse(await paddedWorkbook(1), 1000, schema);
    expect(ok.total).toBe(1);
  }, PROCESS_TEST_MS);

  it('a few workbooks are read at once, a few wait in order, one more is 503 busy with Retry-After', async () => {
    const parser = createWorkbookParser({ concurrency: 1, maxQueue: 1 });
    // The cap on batches at once (src/http/admission.ts) raised, so that the parser's own queue is what refuses.
    const s = await listening({ workbooks: parser, maxBatches: 4, maxBatchesPerKey: 4 });
    try {
      const bytes = await paddedWorkbook(100);
      const first = new AbortController();
      const second = new AbortController();
      postWorkbook(s.url, bytes, first.signal).catch(() => {});
      await until(() => parser.stats().started === 1);
      postWorkbook(s.url, bytes, second.signal).catch(() => {});
      await until(() => parser.stats().queued === 1);

      const res = await postWorkbook(s.url, bytes);
      const json = (await res.json()) as any;
      expect(isProblem(res, json, 503, 'busy')).toBe(true);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(json.detail).toBe('1 workbook is being read and 1 more wait; retry in a moment');

      // The one waiting leaves the queue when its client hangs up, and never starts.
      second.abort();
      await until(() => parser.stats().queued === 0);
      first.abort();
      await until(() => parser.stats().running === 0);
      expect(parser.stats()).toMatchObject({ started: 1, stopped: 1, queued: 0 });
    } finally {
      await s.close();
    }
  }, PROCESS_TEST_MS);

  it('workbooks waiting for their turn are read in the order they came', async () => {
    const parser = createWorkbookParser({ concurrency: 1, maxQueue: 2 });
    const first = new AbortController();
    const big = parser.parse(await paddedWorkbook(100), 1000, schema, { signal: first.signal });
    big.catch(() => {});
    await until(() => parser.stats().started === 1);
    const order: string[] = [];
    const small = await paddedWorkbook(0);
    const second = parser.parse(small, 1000, schema).then(() => order.push('second'));
    const third = parser.parse(small, 1000, schema).then(() => order.push('third'));
    expect(parser.stats().queued).toBe(2);
    first.abort();
    await Promise.all([second, third]);
    expect(order).toEqual(['second', 'third']);
    await until(() => parser.stats().running === 0); // the last process has exited
    expect(parser.stats()).toMatchObject({ running: 0, queued: 0, started: 3, stopped: 1 });
  }, PROCESS_TEST_MS);
});
