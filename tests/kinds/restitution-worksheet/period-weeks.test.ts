// Each labor period's own workweeks, pay and lump sums are worked out once a case for the two
// warnings that read them, `pay-above-minimum-wage` and `lump-sum-payment` (period-weeks.ts; issue
// 18: each warning worked them out again, ~28 % of compute() of the `full` fixture). The warnings
// are those of each warning given a copy of its own, and neither changes what the other reads.
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as lumpSumsModule from '../../../src/kinds/restitution-worksheet/lump-sums.js';
import { lumpSumWarnings } from '../../../src/kinds/restitution-worksheet/lump-sums.js';
import { periodWeeks } from '../../../src/kinds/restitution-worksheet/period-weeks.js';
import { payAboveMinimumWageWarnings } from '../../../src/kinds/restitution-worksheet/pay-above-minimum-wage.js';
import { fromDay, toDay } from '../../../src/kinds/restitution-worksheet/dates.js';
import { baseCase, parse, run } from './cases.js';

vi.mock('../../../src/kinds/restitution-worksheet/lump-sums.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/kinds/restitution-worksheet/lump-sums.js')>();
  return { ...m, ownWeeks: vi.fn(m.ownWeeks), lumpSums: vi.fn(m.lumpSums) };
});

const MON_SAT = { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 };

/**
 * Three periods of 60-hour weeks in 2023 (overtime every week): a month's pay, $1,200.00, in the
 * first week (a lump sum); $600.00 a week, above the minimum wage's $435.00 of straight time and
 * under twice the week's $507.50 (pay above the minimum wage); and a week at an agreed rate.
 */
const threePeriods = () =>
  baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [
      { label: 'Restaurant', startDate: '2023-01-02', endDate: '2023-01-28', weeklySchedule: MON_SAT, wagesPaid: { payments: [{ date: '2023-01-02', amount: '1200.00' }] } },
      { label: 'Laundry', startDate: '2023-02-06', endDate: '2023-02-25', weeklySchedule: MON_SAT, wagesPaid: { perWeek: '600.00' } },
      { label: 'Market stall', startDate: '2023-03-06', endDate: '2023-03-11', weeklySchedule: MON_SAT, agreedRate: '9.00' },
    ],
  });

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const dollars = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** Random periods from 2009 on (some overlapping: two jobs in a week), paid weekly, by dated payments or not at all, some at an agreed rate. */
const periodShape = fc.record({
  gap: fc.integer({ min: -10, max: 9 }),
  length: fc.integer({ min: 1, max: 60 }),
  schedule: fc.array(fc.integer({ min: 0, max: 56 }).map((q) => q / 4), { minLength: 7, maxLength: 7 }),
  perWeekCents: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: null }),
  payments: fc.array(fc.record({ offset: fc.nat(), cents: fc.integer({ min: 1, max: 300_000 }) }), { maxLength: 4 }),
  agreedCents: fc.option(fc.integer({ min: 500, max: 3000 }), { nil: null }),
  exemption: fc.constantFrom('none', 'none', 'live-in-domestic', 'agriculture-213b12'),
});
const caseShape = fc.record({
  firstDay: fc.integer({ min: toDay('2009-08-01'), max: toDay('2024-06-01') }),
  workweekStart: fc.constantFrom(...DAYS),
  periods: fc.array(periodShape, { minLength: 1, maxLength: 3 }),
});

function toCase(s: typeof caseShape extends fc.Arbitrary<infer T> ? T : never) {
  let day = s.firstDay;
  const laborPeriods = s.periods.map((p) => {
    const start = Math.max(s.firstDay, day + p.gap);
    const end = start + p.length - 1;
    day = end + 1;
    return {
      startDate: fromDay(start),
      endDate: fromDay(end),
      weeklySchedule: Object.fromEntries(DAYS.map((d, i) => [d, p.schedule[i]!])),
      exemption: p.exemption,
      ...(p.agreedCents !== null ? { agreedRate: dollars(p.agreedCents) } : {}),
      wagesPaid: {
        ...(p.perWeekCents !== null ? { perWeek: dollars(p.perWeekCents) } : {}),
        payments: p.payments.map((x) => ({ date: fromDay(start + (x.offset % p.length)), amount: dollars(x.cents) })),
      },
    };
  });
  return baseCase({ settings: { workweekStart: s.workweekStart, liquidatedDamages: false }, laborPeriods });
}

const SHARED = new Set(['pay-above-minimum-wage', 'lump-sum-payment']);

describe('each period’s own weeks and lump sums, worked out once', () => {
  beforeEach(() => {
    vi.mocked(lumpSumsModule.ownWeeks).mockClear();
    vi.mocked(lumpSumsModule.lumpSums).mockClear();
  });

  it('works out each period’s own weeks and lump sums once for both warnings', () => {
    const { warnings, errors } = run(threePeriods());
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => SHARED.has(w.code)).map((w) => [w.code, w.path])).toEqual([
      ['pay-above-minimum-wage', 'laborPeriods.1.agreedRate'],
      ['lump-sum-payment', 'laborPeriods.0.wagesPaid.payments.0.date'],
    ]);
    // Once a period, the one at an agreed rate too (lump-sum-payment reads it); each warning
    // worked them out again before, for every period it looked at.
    expect(vi.mocked(lumpSumsModule.ownWeeks).mock.calls.map((c) => c[1])).toEqual([0, 1, 2]);
    expect(vi.mocked(lumpSumsModule.lumpSums)).toHaveBeenCalledTimes(3);
  });

  it('gives, over random cases, the warnings of each warning given its own copy, and neither changes what they read', () => {
    let seen = 0;
    fc.assert(
      fc.property(caseShape, (s) => {
        const { computed, warnings, errors } = run(toCase(s));
        fc.pre(errors.length === 0);
        const c = parse(toCase(s));
        const shared = periodWeeks(c, computed);
        const before = structuredClone(shared);
        const both = [...payAboveMinimumWageWarnings(c, computed, shared), ...lumpSumWarnings(c, computed, shared)];
        expect(shared).toEqual(before);
        const apart = [...payAboveMinimumWageWarnings(c, computed, periodWeeks(c, computed)), ...lumpSumWarnings(c, computed, periodWeeks(c, computed))];
        expect(both).toEqual(apart);
        expect(warnings.filter((w) => SHARED.has(w.code))).toEqual(apart);
        if (apart.length > 0) seen++;
      }),
      { numRuns: 60, seed: 18 },
    );
    // The cases reached the warnings (not a property of empty lists).
    expect(seen).toBeGreaterThan(10);
  });
});
