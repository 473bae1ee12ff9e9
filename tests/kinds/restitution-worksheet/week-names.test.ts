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
    expect(workweeksNamed(gaps)).toBe('the workweeks of January 7 to March 31 (13 weeks), April 14 and May 5 to December 29, 2024 (35 weeks)');
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

  it('a single last week after a counted run of the same detail says the count is in all', () => {
    // Paid $120.00 each Sunday, August 11 to September 1 and September 15, 2024 (fixture
    // ws-orchard-paid-sundays): it read "September 15, 2024 (5 weeks, each $120.00)".
    const weeks = ['2024-08-11', '2024-08-18', '2024-08-25', '2024-09-01', '2024-09-15'].map((d) => ({ week: day(d), detail: '$120.00' }));
    expect(workweeksNamed(weeks)).toBe('the workweeks of August 11 to September 1 (4 weeks) and September 15, 2024 (5 weeks in all, each $120.00)');
    // Single weeks alone keep "(3 weeks, each …)".
    expect(workweeksNamed(['2023-12-17', '2023-12-31', '2024-01-14'].map((d) => ({ week: day(d), detail: '$50.00' })))).toBe('the workweeks of December 17, December 31, 2023 and January 14, 2024 (3 weeks, each $50.00)');
  });
});

describe('a detail shared by weeks that are not consecutive is said once', () => {
  // A year of 52 workweeks of 2024, pay alternating between $300.00 and $1,200.00: 52 runs of one
  // week, which named every date with its year and its pay ("of January 7, 2024 ($300.00), of
  // January 14, 2024 ($1,200.00), …"). Each pay is now said once, after its 26 dates, each year once.
  const year = weekdays(0, '2024-01-07', '2024-12-29').map(day);
  it('52 weeks of two alternating amounts: two lists of 26 dates, each amount and the year once each', () => {
    expect(year).toHaveLength(52);
    const named = workweeksNamed(year.map((week, i) => ({ week, detail: i % 2 === 0 ? '$300.00' : '$1,200.00' })));
    expect(named).toBe(
      'the workweeks of January 7, January 21, February 4, February 18, March 3, March 17, March 31, April 14, April 28, May 12, May 26, June 9, June 23, July 7, July 21, August 4, August 18, September 1, September 15, September 29, October 13, October 27, November 10, November 24, December 8 and December 22, 2024 (26 weeks, each $300.00); ' +
        'and of January 14, January 28, February 11, February 25, March 10, March 24, April 7, April 21, May 5, May 19, June 2, June 16, June 30, July 14, July 28, August 11, August 25, September 8, September 22, October 6, October 20, November 3, November 17, December 1, December 15 and December 29, 2024 (26 weeks, each $1,200.00)',
    );
  });

  it('runs of several weeks keep their counts, the detail closing the last one’s brackets; the year said where it changes', () => {
    // Three weeks at $300.00, one at $1,200.00, through the year: 13 runs of three, 13 single weeks.
    const named = workweeksNamed(year.map((week, i) => ({ week, detail: i % 4 === 3 ? '$1,200.00' : '$300.00' })));
    expect(named.startsWith('the workweeks of January 7 to January 21 (3 weeks), February 4 to February 18 (3 weeks), ')).toBe(true);
    expect(named).toContain(' and December 8 to December 22, 2024 (3 weeks; 39 in all, each $300.00); and of January 28, February 25, ');
    expect(named.endsWith(' December 1 and December 29, 2024 (13 weeks, each $1,200.00)')).toBe(true);
    expect(named.split('$300.00')).toHaveLength(2);
    // Across the new year: each year at the last date of it.
    expect(workweeksNamed([day('2023-12-17'), day('2023-12-31'), day('2024-01-14')].map((week) => ({ week, detail: '$50.00' })))).toBe(
      'the workweeks of December 17, December 31, 2023 and January 14, 2024 (3 weeks, each $50.00)',
    );
  });

  it('weeks without a detail that are not consecutive: each year once', () => {
    expect(workweeksNamed(year.filter((_, i) => i % 13 === 0))).toBe('the workweeks of January 7, April 7, July 7 and October 6, 2024');
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
      'in 48 workweeks with overtime the victim was paid more than the minimum wage an hour for this period’s work (the workweeks of December 31, 2023 to March 24 (13 weeks) and April 28 to December 22, 2024 (35 weeks); the first, the week of December 31, 2023: $500.00 for 60 hours, about $8.33 an hour)',
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
    // The pay said once for the twelve, each year once: it was "($1,200.00)" after every date.
    expect(w[0]!.message).toContain(
      'the workweeks of December 31, 2023, February 4, March 3, March 31, May 5, June 2, June 30, August 4, September 1, October 6, November 3 and December 1, 2024 (12 weeks, each $1,200.00); the first',
    );
    // Twice in all: once for the twelve weeks, once for the first week's figures.
    expect(w[0]!.message.split('$1,200.00')).toHaveLength(3);

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
    expect(w[0]!.message).toContain('just after a workweek of its hours, the workweeks of January 14 to July 28 (29 weeks) and September 1 to December 22, 2024 (17 weeks; 46 in all, each $300.00); the first');
  });
});
