// Issue 16, defect 2: error lists had no bound (347k empty otherNames: a 29 MB 422; a batch of
// such records: 5.1 GB). At most MAX_ISSUES issues per document, then one `more-issues` issue
// giving the count of the rest; the same rule for errors and warnings, everywhere they go.
// Review A: a list capped twice (on a render thread, then again when the error was rebuilt on
// the main thread) said "1 more issues" where 90 were dropped, and Harbor-Warnings-Count counted
// the capped list (101 for 151 warnings), the cap's entry listed as a warning.
import { describe, expect, it } from 'vitest';
import { capIssues, HarborError, issueCount, MAX_ISSUES, type Issue } from '../../src/errors.js';
import { checkCase } from '../../src/pipeline.js';
import { listening, post, rfaCase } from '../http/helpers.js';
import { sharedPool } from '../support/pool.js';

const many = (n: number): Issue[] => Array.from({ length: n }, (_, i) => ({ path: `x.${i}`, code: 'c', message: 'm' }));

describe('issue cap', () => {
  it('keeps the first 100 and counts the rest in one more-issues issue', () => {
    expect(MAX_ISSUES).toBe(100);
    expect(capIssues(many(100))).toHaveLength(100);
    const capped = capIssues(many(3456));
    expect(capped).toHaveLength(101);
    expect(capped.slice(0, 100)).toEqual(many(100));
    expect(capped[100]).toEqual({ path: '', code: 'more-issues', count: 3356, message: expect.stringMatching(/^3,356 more issues are not listed/) });
    // Every HarborError carries a capped list, whoever made it.
    expect(new HarborError('invalid-case', 'x', many(5000)).issues).toHaveLength(101);
  });

  it('capping again changes nothing and keeps the true count (a render thread caps, the main thread rebuilds the error)', () => {
    const once = capIssues(many(190));
    expect(once).toHaveLength(101);
    expect(once[100]).toEqual({ path: '', code: 'more-issues', count: 90, message: expect.stringMatching(/^90 more issues are not listed/) });
    expect(capIssues(once)).toEqual(once);
    // What src/workers/wire.ts does with a render thread's error: before, "1 more issues".
    expect(new HarborError('invalid-case', 'x', once).issues).toEqual(once);
    // Issues joined to a capped list: those pushed past the cap add to its count.
    expect(capIssues([...many(3), ...once]).at(-1)).toMatchObject({ code: 'more-issues', count: 93 });
    expect(issueCount(once)).toBe(190);
    expect(issueCount(many(7))).toBe(7);
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

  it('…/check over HTTP counts every unlisted issue (before: "1 more issues", the error rebuilt and capped again)', async () => {
    const c = rfaCase();
    c.child.extra = flood();
    const direct = checkCase('rfa', c);
    if (direct.ok) throw new Error('expected errors');
    expect(direct.errors[100]!.count).toBeGreaterThanOrEqual(19_900);
    const s = await listening();
    try {
      const r = await post(`${s.url}/v1/documents/rfa/check`, c);
      expect(r.res.status).toBe(422);
      expect(r.json.errors).toHaveLength(101);
      expect(r.json.errors[100]).toEqual(direct.errors[100]);
    } finally {
      await s.close();
    }
  });

  it('151 warnings: Harbor-Warnings-Count is 151, and Harbor-Warnings ends with more-warnings, never listing the cap\'s entry', async () => {
    const warnings = capIssues(Array.from({ length: 151 }, (_, i) => ({ path: `periods.${i}.hours`, code: 'long-hours', message: 'm' })));
    const s = await listening({
      renderer: { threads: 1, close: async () => {}, render: async () => ({ bytes: new Uint8Array([37, 80, 68, 70]), contentType: 'application/pdf', format: 'pdf', fingerprint: '0123456789abcdef', warnings }) },
    });
    try {
      const r = await post(`${s.url}/v1/documents/rfa`, rfaCase());
      expect(r.res.status).toBe(200);
      expect(r.res.headers.get('harbor-warnings-count')).toBe('151');
      const listed = JSON.parse(r.res.headers.get('harbor-warnings')!) as Issue[];
      expect(listed.map((w) => w.code)).not.toContain('more-issues');
      expect(listed.at(-1)).toEqual({ path: '', code: 'more-warnings' });
      expect(listed.slice(0, -1).every((w) => w.code === 'long-hours')).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('a batch on render threads: each invalid record\'s more-issues counts what was found (before: "1 more")', async () => {
    const bad = rfaCase();
    bad.child.extra = flood();
    const direct = checkCase('rfa', bad);
    if (direct.ok) throw new Error('expected errors');
    const s = await listening({ renderer: sharedPool(), batchBodyLimit: 64 * 1024 * 1024 });
    try {
      const r = await post(`${s.url}/v1/batches/rfa`, [bad, bad]);
      expect(r.res.status).toBe(200);
      const { unzipSync, strFromU8 } = await import('fflate');
      const manifest = JSON.parse(strFromU8(unzipSync(new Uint8Array(r.bytes))['manifest.json']!));
      for (const rec of manifest.records) {
        expect(rec.status).toBe('invalid');
        expect(rec.errors[100]).toEqual(direct.errors[100]);
      }
    } finally {
      await s.close();
    }
  });

  it('a batch of such records: every invalid record lists 101 errors and the manifest is written', async () => {
    const s = await listening({ batchBodyLimit: 64 * 1024 * 1024 });
    try {
      const bad = rfaCase();
      bad.child.extra = flood();
      // Three such records, not fifteen: the cap is per record, and fifteen 20,000-field checks
      // outlasted the test's time limit on a loaded machine. Uncapped, three would still make a
      // manifest of several MB.
      const r = await post(`${s.url}/v1/batches/rfa`, [rfaCase(), ...Array.from({ length: 3 }, () => bad)]);
      expect(r.res.status).toBe(200);
      const { unzipSync, strFromU8 } = await import('fflate');
      const files = unzipSync(new Uint8Array(r.bytes));
      const manifest = JSON.parse(strFromU8(files['manifest.json']!));
      expect(manifest).toMatchObject({ total: 4, rendered: 1, failed: 3 });
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
