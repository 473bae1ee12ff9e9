// Issue 16, defect 2: error lists had no bound (347k empty otherNames: a 29 MB 422; a batch of
// such records: 5.1 GB). At most MAX_ISSUES issues per document, then one `more-issues` issue
// giving the count of the rest; the same rule for errors and warnings, everywhere they go.
import { describe, expect, it } from 'vitest';
import { capIssues, HarborError, MAX_ISSUES, type Issue } from '../../src/errors.js';
import { checkCase } from '../../src/pipeline.js';
import { listening, post, rfaCase } from '../http/helpers.js';

const many = (n: number): Issue[] => Array.from({ length: n }, (_, i) => ({ path: `x.${i}`, code: 'c', message: 'm' }));

describe('issue cap', () => {
  it('keeps the first 100 and counts the rest in one more-issues issue', () => {
    expect(MAX_ISSUES).toBe(100);
    expect(capIssues(many(100))).toHaveLength(100);
    const capped = capIssues(many(3456));
    expect(capped).toHaveLength(101);
    expect(capped.slice(0, 100)).toEqual(many(100));
    expect(capped[100]).toEqual({ path: '', code: 'more-issues', message: expect.stringMatching(/^3,356 more issues are not listed/) });
    // Every HarborError carries a capped list, whoever made it.
    expect(new HarborError('invalid-case', 'x', many(5000)).issues).toHaveLength(101);
  });

// 20,000 fields holding a control character: one issue each from text hygiene, whatever the
// schema's own limits on list lengths.
const flood = (): Record<string, string> => Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`f${i}`, '\u0001']));

  it('a check with 20,000 bad fields answers 101 errors, not 20,000', () => {
    const c = rfaCase();
    c.child.extra = flood();
    const r = checkCase('rfa', c);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(101);
    expect(r.errors[100]!.code).toBe('more-issues');
  });

  it('a batch of such records: every invalid record lists 101 errors and the manifest is written', async () => {
    const s = await listening({ batchBodyLimit: 64 * 1024 * 1024 });
    try {
      const bad = rfaCase();
      bad.child.extra = flood();
      const r = await post(`${s.url}/v1/batches/rfa`, [rfaCase(), ...Array.from({ length: 15 }, () => bad)]);
      expect(r.res.status).toBe(200);
      const { unzipSync, strFromU8 } = await import('fflate');
      const files = unzipSync(new Uint8Array(r.bytes));
      const manifest = JSON.parse(strFromU8(files['manifest.json']!));
      expect(manifest).toMatchObject({ total: 16, rendered: 1, failed: 15 });
      for (const rec of manifest.records.slice(1)) {
        expect(rec.status).toBe('invalid');
        expect(rec.errors).toHaveLength(101);
      }
      expect(files['manifest.json']!.length).toBeLessThan(1_000_000);
    } finally {
      await s.close();
    }
  }, 120_000);
});
