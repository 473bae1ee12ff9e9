// Warning `pay-without-hours` (credits.ts): a dated payment credited to a workweek in which its
// period has no hours paid for work of another week, and the worksheet credits it where it pays
// for nothing of its own (docs/domain/restitution-worksheet-flsa.md, "Wages actually paid").
import { describe, expect, it } from 'vitest';
import { baseCase, run } from './cases.js';

const MON_SAT = { monday: 11, tuesday: 11, wednesday: 11, thursday: 11, friday: 11, saturday: 11 };
// Paid $300.00 each Sunday for the week before; the workweek begins on Sunday, so each payday is
// the first day of the next workweek, and the last, August 1, 2021, a week with no work at all.
const sundays = ['2021-06-13', '2021-06-20', '2021-06-27', '2021-07-04', '2021-07-11', '2021-07-18', '2021-07-25', '2021-08-01'];
const kitchen = (extra: Record<string, unknown> = {}) => ({
  label: 'Restaurant kitchen',
  startDate: '2021-06-07',
  endDate: '2021-08-01',
  weeklySchedule: MON_SAT,
  wagesPaid: { payments: sundays.map((date) => ({ date, amount: '300.00' })) },
  ...extra,
});

describe('pay-without-hours', () => {
  it('a payday after the last day worked: the $300.00 lowers nothing, and the preparer is told why and what to do', () => {
    const { computed, warnings } = run(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [kitchen()] }));
    // 66 hours a week: 40 × $7.25 + 26 × $10.875 = $572.75; eight weeks of work.
    expect(computed.weeks.at(-1)).toMatchObject({ weekStart: '2021-08-01', hours: 0, owedCents: 0, paidCents: 30000, unpaidCents: 0 });
    expect(computed.flsa).toMatchObject({ owedCents: 458200, paidCents: 240000, unpaidCents: 248200 });
    const w = warnings.filter((x) => x.code === 'pay-without-hours');
    expect(w).toEqual([expect.objectContaining({ path: 'laborPeriods.0.wagesPaid.payments.7.date' })]);
    expect(w[0]!.message).toContain('this payment, $300.00 on August 1, 2021, falls in the workweek of August 1, 2021, in which no hours were worked: nothing is owed that week, so it lowers nothing');
    expect(w[0]!.message).toContain('give it a date in the workweek it paid for');
  });

  it('payments in workweeks with the period’s hours are not warned', () => {
    const saturdays = ['2021-06-12', '2021-06-19', '2021-06-26', '2021-07-03', '2021-07-10', '2021-07-17', '2021-07-24', '2021-07-31'];
    const paidSaturdays = kitchen({ wagesPaid: { payments: saturdays.map((date) => ({ date, amount: '300.00' })) } });
    const { computed, warnings } = run(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [paidSaturdays] }));
    expect(warnings.map((x) => x.code)).not.toContain('pay-without-hours');
    // Each payment in the week it paid for: 8 × ($572.75 − $300.00) = $2,182.00, where the Sunday
    // paydays gave $2,482.00 (the domain file's worked example).
    expect(computed.flsa.unpaidCents).toBe(218200);
  });

  it('two jobs: the first job’s final pay, in a week of the second job’s hours only, is set against the other job', () => {
    const { warnings } = run(
      baseCase({
        laborPeriods: [
          kitchen({ endDate: '2021-08-03', weeklySchedule: MON_SAT, days: [{ date: '2021-08-02', hours: 0 }, { date: '2021-08-03', hours: 0 }], wagesPaid: { payments: [{ date: '2021-08-03', amount: '300.00' }] } }),
          { label: 'Car wash', startDate: '2021-08-02', endDate: '2021-08-06', weeklySchedule: { monday: 8, tuesday: 8, wednesday: 8, thursday: 8, friday: 8 } },
        ],
      }),
    );
    const w = warnings.filter((x) => x.code === 'pay-without-hours');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('in which this period has no hours worked: it is set against the hours of the other labor periods in that workweek');
  });

  it('several such payments: counted, the first named', () => {
    const monthly = kitchen({ wagesPaid: { payments: [{ date: '2021-08-01', amount: '900.00' }, { date: '2021-06-07', amount: '100.00' }] }, days: [{ date: '2021-06-07', hours: 0 }, { date: '2021-06-08', hours: 0 }, { date: '2021-06-09', hours: 0 }, { date: '2021-06-10', hours: 0 }, { date: '2021-06-11', hours: 0 }, { date: '2021-06-12', hours: 0 }] });
    const w = run(baseCase({ laborPeriods: [monthly] })).warnings.filter((x) => x.code === 'pay-without-hours');
    expect(w).toEqual([expect.objectContaining({ path: 'laborPeriods.0.wagesPaid.payments.0.date' })]);
    expect(w[0]!.message).toMatch(/^2 payments of this period fall in workweeks in which it has no hours worked; the first, \$900\.00 on August 1, 2021/);
  });
});
