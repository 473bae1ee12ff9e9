// Issue 16, defect 1: the overlap rule of restitution labor periods compared every pair and
// reported every pair (4,000 one-day periods on one date: 8 million issues, out of memory).
// Now: sorted once (n log n), each overlapping period reported once, naming one period it overlaps.
// Periods that share days are now two jobs (a warning, overlaps.ts), and the same bound holds.
import { describe, expect, it } from 'vitest';
import { overlapWarnings } from '../../src/kinds/restitution-worksheet/overlaps.js';

type Found = { path: (string | number)[]; message: string; code: unknown };

function overlaps(periods: { startDate: string; endDate: string }[]): Found[] {
  return overlapWarnings(periods).map((w) => ({ path: w.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), message: w.message, code: w.code }));
}

describe('overlapping labor periods', () => {
  it('reports each overlapping period once (three identical periods: two issues, not three)', () => {
    const same = { startDate: '2020-01-06', endDate: '2020-01-10' };
    const found = overlaps([same, same, same]);
    expect(found.map((f) => f.path)).toEqual([
      ['laborPeriods', 1, 'startDate'],
      ['laborPeriods', 2, 'startDate'],
    ]);
    expect(found[0]!.message).toMatch(/laborPeriods\.0/);
  });

  it('finds overlaps whatever the input order, and none between touching-free periods', () => {
    const found = overlaps([
      { startDate: '2020-03-01', endDate: '2020-03-31' }, // 0
      { startDate: '2020-01-01', endDate: '2020-01-31' }, // 1
      { startDate: '2020-02-01', endDate: '2020-02-29' }, // 2: touches neither
      { startDate: '2020-01-31', endDate: '2020-01-31' }, // 3: the last day of 1
      { startDate: '2020-03-15', endDate: '2020-04-15' }, // 4: inside 0's tail
      { startDate: '2020-05-01', endDate: '2020-05-02' }, // 5
    ]);
    expect(found.map((f) => f.path[1]).sort()).toEqual([3, 4]);
    expect(found.find((f) => f.path[1] === 3)!.message).toMatch(/laborPeriods\.1\b/);
    expect(found.find((f) => f.path[1] === 4)!.message).toMatch(/laborPeriods\.0\b/);
  });

  it('4,000 one-day periods on one date: 3,999 issues (one per period), not 8 million', () => {
    const day = { startDate: '2020-01-06', endDate: '2020-01-06' };
    const found = overlaps(Array.from({ length: 4000 }, () => day));
    expect(found).toHaveLength(3999);
    expect(new Set(found.map((f) => f.path[1])).size).toBe(3999);
  });
});
