// Warning `pay-without-hours` (credits.ts): a dated payment credited to a workweek in which its
// period has no hours paid for work of another week, and the worksheet credits it where it pays
// for nothing of its own (docs/domain/restitution-worksheet-pay.md, "Wages actually paid").
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
    // Every payday is a Sunday, the workweek's first day: each payment is a week late, not only the
    // last, and a warning of its own says so (payday-after-week.test.ts).
    expect(warnings.map((x) => x.code)).toContain('payday-after-week');
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

  it('several such payments: each named with its workweek', () => {
    const monthly = kitchen({ wagesPaid: { payments: [{ date: '2021-08-01', amount: '900.00' }, { date: '2021-06-07', amount: '100.00' }] }, days: [{ date: '2021-06-07', hours: 0 }, { date: '2021-06-08', hours: 0 }, { date: '2021-06-09', hours: 0 }, { date: '2021-06-10', hours: 0 }, { date: '2021-06-11', hours: 0 }, { date: '2021-06-12', hours: 0 }] });
    const w = run(baseCase({ laborPeriods: [monthly] })).warnings.filter((x) => x.code === 'pay-without-hours');
    expect(w).toEqual([expect.objectContaining({ path: 'laborPeriods.0.wagesPaid.payments.0.date' })]);
    // Each payment's workweek named with its pay, in date order (only the first was named).
    expect(w[0]!.message).toMatch(/^2 payments of this period fall in 2 workweeks in which it has no hours worked, the workweeks of June 6, 2021 \(\$100\.00\) and of August 1, 2021 \(\$900\.00\)\. In each of those workweeks no hours were worked: nothing is owed there, so it lowers nothing/);
  });
});

// A weekly payment (perWeek) is credited pro rata by the period's calendar days: a period that
// ends on the Sunday after its last Monday-to-Saturday week (a Sunday workweek) has that Sunday's
// seventh credited to a workweek with none of its hours.
describe('pay-without-hours for a weekly payment', () => {
  const weekly = (extra: Record<string, unknown> = {}) => ({
    label: 'Nail salon',
    startDate: '2023-01-02',
    endDate: '2023-01-15',
    weeklySchedule: { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 },
    wagesPaid: { perWeek: '100.00' },
    ...extra,
  });

  it('a last partial week with no hours: its share, $100.00 × 1 ÷ 7 = $14.29, lowers nothing, and the preparer is told', () => {
    const { computed, warnings } = run(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [weekly()] }));
    // 60 hours a week: 40 × $7.25 + 20 × $10.875 = $507.50; credited $85.71 (6 days of 7), $100.00, $14.29.
    expect(computed.weeks.map((w) => [w.weekStart, w.hours, w.owedCents, w.paidCents, w.unpaidCents])).toEqual([
      ['2023-01-01', 60, 50750, 8571, 42179],
      ['2023-01-08', 60, 50750, 10000, 40750],
      ['2023-01-15', 0, 0, 1429, 0],
    ]);
    const w = warnings.filter((x) => x.code === 'pay-without-hours');
    expect(w).toEqual([expect.objectContaining({ path: 'laborPeriods.0.wagesPaid.perWeek' })]);
    expect(w[0]!.message).toContain('the weekly payment of $100.00 is credited $14.29 (1 day of 7) to the workweek of January 15, 2023, a workweek with days of this period in which no hours were worked: nothing is owed that week, so it lowers nothing');
    expect(w[0]!.message).toContain('give that day as the period’s start or end date');
  });

  it('set against another job’s hours that week, it says so; first and last weeks with hours are not warned', () => {
    const carWash = { label: 'Car wash', startDate: '2023-01-15', endDate: '2023-01-20', weeklySchedule: { sunday: 8, monday: 8 } };
    const w = run(baseCase({ laborPeriods: [weekly(), carWash] })).warnings.filter((x) => x.code === 'pay-without-hours');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('in which this period has no hours worked: it is set against the hours of the other labor periods in that workweek');
    const saturday = run(baseCase({ laborPeriods: [weekly({ endDate: '2023-01-14' })] })).warnings.map((x) => x.code);
    expect(saturday).not.toContain('pay-without-hours');
  });

  it('a daily log with weeks of no work: each named with its share', () => {
    const log = weekly({ weeklySchedule: undefined, endDate: '2023-01-28', days: [{ date: '2023-01-03', hours: 9 }, { date: '2023-01-24', hours: 9 }] });
    const w = run(baseCase({ laborPeriods: [log] })).warnings.filter((x) => x.code === 'pay-without-hours');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toMatch(
      /^the weekly payment of \$100\.00 is credited to 2 workweeks with days of this period but none of its hours, the workweeks of January 8 to January 15, 2023 \(2 weeks, each \$100\.00, the whole week\)\. In each no hours were worked: nothing is owed there, so it lowers nothing/,
    );
  });

  // A daily log of December 2023 to January 2024 paid $100.00 a week, with no entries in the weeks
  // of December 24 and 31 (a holiday, or days missing from the log): the weekly payment is credited
  // to each of those weeks, where it lowers nothing. The warning named the first week only and
  // advised moving the period's start or end, which a week inside the period is not about.
  it('a daily log with no entries for the weeks of December 24 and 31, 2023: both named, and the log’s missing days asked about', () => {
    const days: { date: string; hours: number }[] = [];
    for (let d = Date.UTC(2023, 11, 3); d <= Date.UTC(2024, 0, 20); d += 86_400_000) {
      const date = new Date(d).toISOString().slice(0, 10);
      const weekday = new Date(d).getUTCDay();
      if ((date < '2023-12-24' || date > '2024-01-06') && weekday >= 1 && weekday <= 5) days.push({ date, hours: 8 });
    }
    const period = { label: 'Kitchen', startDate: '2023-12-03', endDate: '2024-01-20', days, wagesPaid: { perWeek: '100.00' } };
    const { computed, warnings } = run(baseCase({ laborPeriods: [period] }));
    expect(computed.weeks.filter((x) => x.hours === 0).map((x) => [x.weekStart, x.paidCents, x.unpaidCents])).toEqual([
      ['2023-12-24', 10000, 0],
      ['2023-12-31', 10000, 0],
    ]);
    const w = warnings.filter((x) => x.code === 'pay-without-hours');
    expect(w).toEqual([expect.objectContaining({ path: 'laborPeriods.0.wagesPaid.perWeek' })]);
    expect(w[0]!.message).toContain('credited to 2 workweeks with days of this period but none of its hours, the workweeks of December 24 to December 31, 2023 (2 weeks, each $100.00, the whole week)');
    expect(w[0]!.message).toContain('one the victim did not work, or one whose days are missing from the daily log: if the victim worked then, add those days’ hours (they are not counted now)');
    // Not about the period's start or end: both weeks are inside it.
    expect(w[0]!.message).not.toContain('start or end date');
  });

  it('a week inside the period and one at its end: each named, and each advice given where it applies', () => {
    const log = weekly({ weeklySchedule: undefined, endDate: '2023-01-29', days: [{ date: '2023-01-03', hours: 9 }, { date: '2023-01-17', hours: 9 }] });
    const w = run(baseCase({ laborPeriods: [log] })).warnings.find((x) => x.code === 'pay-without-hours')!;
    // January 8 (whole), January 22 (whole) and January 29 (1 day of 7, $14.29): 8 lies between weeks with hours.
    expect(w.message).toContain('the workweeks of January 8 and January 22, 2023 (2 weeks, each $100.00, the whole week); and of January 29, 2023 ($14.29, 1 day of 7)');
    expect(w.message).toContain('give that day as the period’s start or end date');
    expect(w.message).toContain('(the workweek of January 8, 2023) is one the victim did not work');
  });
});
