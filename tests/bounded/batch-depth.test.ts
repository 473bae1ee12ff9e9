// Issue 16, defect 11: a batch record nested 200,000 deep was blamed on Harbor (`failed`,
// `internal`: it could not be sent to a render thread) while the single route says 400. The same
// depth rule now applies to each record: `invalid`, code too-deep; the other records render.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { listening, rfaCase } from '../http/helpers.js';
import { sharedPool } from '../support/pool.js';

// The worker's pool of render threads (tests/support/pool.ts).
const pool = sharedPool();

describe('a deeply nested batch record', () => {
  it('is invalid (too-deep), in JSON and NDJSON, on the render pool', async () => {
    const s = await listening({ renderer: pool, batchBodyLimit: 8 * 1024 * 1024 });
    try {
      const deep = '['.repeat(200_000) + ']'.repeat(200_000);
      const good = JSON.stringify(rfaCase());
      for (const [type, body] of [
        ['application/json', `[${good},${deep},${good}]`],
        ['application/x-ndjson', `${good}\n${deep}\n${good}\n`],
      ] as const) {
        const res = await fetch(`${s.url}/v1/batches/rfa`, { method: 'POST', headers: { 'Content-Type': type }, body });
        expect(res.status, type).toBe(200);
        const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
        const manifest = JSON.parse(strFromU8(files['manifest.json']!));
        expect(manifest, type).toMatchObject({ total: 3, rendered: 2, failed: 1 });
        expect(manifest.records[1], type).toMatchObject({ index: 1, status: 'invalid', errors: [{ path: '', code: 'too-deep' }] });
      }
      expect(s.lines.some((l) => JSON.parse(l).msg === 'error')).toBe(false);
    } finally {
      await s.close();
    }
  }, 120_000);
});
