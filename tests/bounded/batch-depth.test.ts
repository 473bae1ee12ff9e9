// Issue 16, defect 11: a batch record nested 200,000 deep was blamed on Harbor (`failed`,
// `internal`: it could not be sent to a render thread) while the single route says 400. The same
// depth rule now applies to each record: `invalid`, code too-deep; the other records render.
// And one rule has one code: a single route's body (before: 400 malformed-input) and the CLI's case
// file say too-deep as a batch record does.
import { describe, expect, it } from 'vitest';
import { harbor } from '../support/cli.js';
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

describe('a case nested too deep is too-deep wherever it comes from', () => {
  const problem = { status: 422, code: 'invalid-case', errors: [{ path: '', code: 'too-deep', message: 'nests objects or lists deeper than 64 levels; no case does' }] };
  it('a single route answers 422 invalid-case with the too-deep issue, check and render alike, on the render pool', async () => {
    const s = await listening({ renderer: pool });
    try {
      for (const body of ['['.repeat(200_000) + ']'.repeat(200_000), '{"child":'.repeat(65) + '1' + '}'.repeat(65)]) {
        for (const path of ['/v1/documents/rfa/check', '/v1/documents/rfa?format=docx']) {
          const res = await fetch(`${s.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
          expect(res.status, path).toBe(422);
          expect(await res.json(), path).toMatchObject(problem);
        }
      }
    } finally {
      await s.close();
    }
  }, 120_000);

  it('the CLI says the same of a case file, even one whose text never closes (the rule is on the text)', async () => {
    for (const input of ['{"a":'.repeat(70) + '1' + '}'.repeat(70), '['.repeat(70)]) {
      const r = await harbor(['check', 'rfa', '-'], { input });
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout)).toEqual({ ok: false, errors: problem.errors });
      const render = await harbor(['render', 'rfa', '-', '--format', 'docx'], { input });
      expect(render.status).toBe(1);
      expect(render.stderr).toContain('nests objects or lists deeper than 64 levels; no case does [too-deep]');
    }
  }, 60_000);
});
