// Warnings about several workweeks name every one of them (week-names.ts): by its first day,
// consecutive workweeks as one run with its count, so that a year of weeks stays one line and the
// preparer finds each week without recomputing. `lump-sum-payment`, `pay-above-minimum-wage` and
// `exemption-used` gave a count and the first week only; `pay-without-hours` named each week one
// by one (docs/domain/restitution-worksheet.md, "Codes").
import { describe, expect, it } from 'vitest';
import { toDay } from '../../../src/kinds/restitution-worksheet/dates.js';
import { workweeksNamed } from '../../../src/kinds/restitution-worksheet/week-names.js';
import { baseCase, run } from './cases.js';

const MON_SAT = { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 };
const day = (iso: string) => toDay(iso);
/** Every `weekday` (0 = Sunday) from `from` to `to`, ISO dates, less those `skip` drops. */
function weekdays(weekday: number, from: string, to: string, skip: (d: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (let d = Date.parse(from); d <= Date.parse(to); d += 86_400_000) {
    const iso = new Date(d).toISOString().slice(0, 10);
    if (new Date(d).getUTCDay() === weekday && !skip(iso)) out.push(iso);
  }
  return out;
}
const warning = (raw: unknown, code: string) => run(raw).warnings.filter((w) => w.code === code);

describe('workweeksNamed', () => {
  it('one week, a year of weeks, gaps, a run across the new year, a week given twice', () => {
    expect(workweeksNamed([day('2024-05-05')])).toBe('the workweek of May 5, 2024');
    const year = weekdays(0, '2024-01-07', '2024-12-29').map(day);
    expect(year).toHaveLength(52);
    expect(workweeksNamed(year)).toBe('the workweeks of January 7 to December 29, 2024 (52 weeks)');
    const gaps = year.filter((w) => w < day('2024-04-01') || w >= day('2024-05-05') || w === day('2024-04-14'));
    expect(workweeksNamed(gaps)).toBe('the workweeks of January 7 to March 31, 2024 (13 weeks), of April 14, 2024 and of May 5 to December 29, 2024 (35 weeks)');
    expect(workweeksNamed([day('2024-01-07'), day('2023-12-24'), day('2023-12-31'), day('2023-12-31')])).toBe('the workweeks of December 24, 2023 to January 7, 2024 (3 weeks)');
  });

  it('a run keeps together only weeks of the same detail', () => {
    const named = workweeksNamed([
      { week: day('2023-01-08'), detail: '$100.00, the whole week' },
      { week: day('2023-01-15'), detail: '$100.00, the whole week' },
      { week: day('2023-01-22'), detail: '$14.29, 1 day of 7' },
    ]);
    expect(named).toBe('the workweeks of January 8 to January 15, 2023 (2 weeks, each $100.00, the whole week) and of January 22, 2023 ($14.29, 1 day of 7)');
  });
});

describe('warnings about several workweeks name each of them', () => {
  // Monday to Saturday 10 hours through 2024 (Sunday workweeks), $500.00 every Saturday but in
  // April: 48 workweeks with overtime paid above the minimum wage ($500.00 > 40 × $7.25 … for 60
  // hours, about $8.33 an hour), in two runs around April's four unpaid weeks.
  it('pay-above-minimum-wage: a year of weeks with a gap, as two runs', () => {
    const pay = weekdays(6, '2024-01-06', '2024-12-28', (d) => d >= '2024-04-01' && d < '2024-05-01').map((date) => ({ date, amount: '500.00' }));
    const w = warning(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [{ label: 'Farm', startDate: '2024-01-01', endDate: '2024-12-28', weeklySchedule: MON_SAT, wagesPaid: { payments: pay } }] }), 'pay-above-minimum-wage');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain(
      'in 48 workweeks with overtime the victim was paid more than the minimum wage an hour for this period’s work (the workweeks of December 31, 2023 to March 24, 2024 (13 weeks) and of April 28 to December 22, 2024 (35 weeks); the first, the week of December 31, 2023: $500.00 for 60 hours, about $8.33 an hour)',
    );
  });

  // A month's pay, $1,200.00, on the first Monday of each month of 2024: twelve lump sums, each
  // named with its pay (the warning named the first and the count).
  it('lump-sum-payment: twelve monthly payments, every week named with its pay', () => {
    const firstMondays = ['2024-01-01', '2024-02-05', '2024-03-04', '2024-04-01', '2024-05-06', '2024-06-03', '2024-07-01', '2024-08-05', '2024-09-02', '2024-10-07', '2024-11-04', '2024-12-02'];
    const payments = firstMondays.map((date) => ({ date, amount: '1200.00' }));
    const w = warning(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [{ label: 'Farm', startDate: '2024-01-01', endDate: '2024-12-28', weeklySchedule: MON_SAT, wagesPaid: { payments } }] }), 'lump-sum-payment');
    expect(w).toHaveLength(1);
    const sundays = firstMondays.map((d) => day(d) - 1);
    expect(w[0]!.message).toContain(`in 12 workweeks this period’s pay is twice or more the minimum-wage pay of its hours that week, ${workweeksNamed(sundays.map((week) => ({ week, detail: '$1,200.00' })))}; the first, the workweek of December 31, 2023`);
    expect(w[0]!.message).toContain('of December 1, 2024 ($1,200.00)');
  });

  it('exemption-used: the weeks whose overtime the exemption removed, across the new year', () => {
    const w = warning(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [{ label: 'House', startDate: '2023-12-04', endDate: '2024-12-28', weeklySchedule: MON_SAT, exemption: 'live-in-domestic' }] }), 'exemption-used');
    expect(w[0]!.message).toContain('removes the overtime of 56 workweeks of this period, the workweeks of December 3, 2023 to December 22, 2024 (56 weeks);');
  });

  // A daily log of 2024 worked on Mondays in the first and last quarter only, paid $100.00 a week: the
  // weekly payment goes to 27 workweeks without hours (March 31 to September 29: the first Monday of October is the 7th), one run (it named each of the 27).
  it('pay-without-hours at perWeek: six months of weeks without hours, one run with its share', () => {
    const days = [...weekdays(1, '2024-01-01', '2024-03-31'), ...weekdays(1, '2024-10-01', '2024-12-28')].map((date) => ({ date, hours: 9 }));
    const w = warning(baseCase({ laborPeriods: [{ label: 'Kitchen', startDate: '2024-01-01', endDate: '2024-12-28', days, wagesPaid: { perWeek: '100.00' } }] }), 'pay-without-hours');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('credited to 27 workweeks with days of this period but none of its hours, the workweeks of March 31 to September 29, 2024 (27 weeks, each $100.00, the whole week)');
    expect(w[0]!.message.length).toBeLessThan(1200);
  });

  // Paid on Sunday, the first day of the workweek, for the week just ended, all year but in
  // August: each payday's workweek named, in runs around the gap.
  it('payday-after-week: a year of Sunday paydays with a gap, in runs', () => {
    const payments = weekdays(0, '2024-01-14', '2024-12-22', (d) => d.startsWith('2024-08')).map((date) => ({ date, amount: '300.00' }));
    const w = warning(baseCase({ laborPeriods: [{ label: 'Kitchen', startDate: '2024-01-08', endDate: '2024-12-28', weeklySchedule: MON_SAT, wagesPaid: { payments } }] }), 'payday-after-week');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('just after a workweek of its hours, the workweeks of January 14 to July 28, 2024 (29 weeks, each $300.00) and of September 1 to December 22, 2024 (17 weeks, each $300.00); the first');
  });
});
