// Issue 16, defect 2 (last part): an error after the 200 of a batch had started was cut silently:
// a truncated ZIP, no manifest, logged as a 499 (the client's doing) and a raw stack on stderr.
// Now it is Harbor's failure, logged as one: an `error` line (name and frames only), the request
// logged as 500, and the connection cut, so the client sees a broken transfer, never an
// archive that looks whole.
import { describe, expect, it } from 'vitest';
import type { Generated } from '../../src/pipeline.js';
import { generate } from '../../src/pipeline.js';
import type { Renderer } from '../../src/workers/renderer.js';
import { listening, rfaCase } from '../http/helpers.js';
import { until } from '../support/until.js';

describe('an error after the response started', () => {
  it('is logged as a 500 with an error line, and the client sees the transfer fail', async () => {
    let n = 0;
    // The third document comes back broken (no bytes): writing it to the ZIP throws.
    const renderer: Renderer = {
      threads: 1,
      close: async () => {},
      render: async (job) => {
        const g = await generate(job);
        return ++n === 3 ? ({ ...g, bytes: undefined } as unknown as Generated) : g;
      },
    };
    const s = await listening({ renderer });
    try {
      const res = await fetch(`${s.url}/v1/batches/rfa`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(Array.from({ length: 5 }, rfaCase)) });
      expect(res.status).toBe(200);
      await expect(res.arrayBuffer()).rejects.toThrow();
      // The request line is written when the connection closes: waited for as long as the test
      // may (it was 2 s, then 30 s, bounds of their own that a loaded machine can outlast).
      await until(() => s.lines.some((l) => JSON.parse(l).msg === 'request'), 'the request line');
      const logged = s.lines.map((l) => JSON.parse(l));
      const req = logged.find((j) => j.msg === 'request');
      expect(req).toMatchObject({ level: 'error', status: 500, path: '/v1/batches/rfa' });
      const err = logged.find((j) => j.msg === 'error');
      expect(err).toMatchObject({ level: 'error', code: 'internal', error: 'TypeError' });
      expect(JSON.stringify(logged)).not.toMatch(/Quillonia|Vexmarrow/);
    } finally {
      await s.close();
    }
  });
});
