// Every sentence the day-rate lines and notes print names the day rate (a sum a day) only as the
// rate, and the day-rate pay (that rate × the days worked, what 29 C.F.R. § 778.112 divides by the
// hours) wherever a figure or a comparison means the pay. A marked week's line said the hours up
// to 40 count "at the day rate as far as the week's pay … reached it", which a reader could take
// as $110.00 of straight time for 40 hours; the class: its head ("regular rate on the day rate"),
// the unmarked week's "does not guarantee the day rate", a two-job week's "$660.00 at the day
// rate", the lump-sum warning's "above the day rate for those days", and the rule on overtime's
// "whose agreed hourly rate or day rate is above it" (a sum a day compared with the minimum wage,
// a sum an hour). docs/domain/restitution-worksheet-flsa.md, "Day rate".
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { baseCase, parse, run } from './cases.js';

const WEEKDAYS_9 = { monday: 9, tuesday: 9, wednesday: 9, thursday: 9, friday: 9 };
const log = (entries: [string, number][]) => entries.map(([date, hours]) => ({ date, hours }));
// June 5–10, 2023: 63 hours on six days ($110.00 × 6 = $660.00); June 12–16: five days of 8 hours.
const UNEVEN: [string, number][] = [['2023-06-05', 8], ['2023-06-06', 13], ['2023-06-07', 10], ['2023-06-08', 12], ['2023-06-09', 9], ['2023-06-10', 11]];
const FORTY: [string, number][] = [['2023-06-12', 8], ['2023-06-13', 8], ['2023-06-14', 8], ['2023-06-15', 8], ['2023-06-16', 8]];
const period = (extra: Record<string, unknown>) => ({ startDate: '2023-06-04', endDate: '2023-06-17', state: 'TX', ...extra });

const CASES = {
  // A marked week and an unmarked one (worked example 22).
  roofer: baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [period({ startDate: '2023-06-05', endDate: '2023-06-16', dayRate: '110', days: log([...UNEVEN, ...FORTY]), wagesPaid: { payments: [{ date: '2023-06-10', amount: '660' }, { date: '2023-06-16', amount: '550' }] } })],
  }),
  // A day-rate job beside a job paid by the hour at an agreed rate, the same week.
  twoJobs: baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [
      period({ endDate: '2023-06-10', dayRate: '150', weeklySchedule: WEEKDAYS_9, wagesPaid: { payments: [{ date: '2023-06-09', amount: '300' }] } }),
      period({ endDate: '2023-06-10', agreedRate: '12', weeklySchedule: { saturday: 10, sunday: 10 }, wagesPaid: { payments: [{ date: '2023-06-10', amount: '400' }] } }),
    ],
  }),
  // $40.00 a day for 8 hours ($5.00 an hour), $600.00 once: the lump-sum warning.
  below: baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [period({ dayRate: '40', weeklySchedule: { monday: 8, tuesday: 8, wednesday: 8, thursday: 8, friday: 8 }, wagesPaid: { payments: [{ date: '2023-06-09', amount: '600' }] } })],
  }),
};

function printed(raw: Record<string, unknown>): string {
  const r = run(raw);
  return JSON.stringify([view(parse(raw), r.computed, r.warnings), r.warnings.map((w) => w.message)]);
}

describe('day-rate wording: the rate where the rate is meant, the pay where the pay is', () => {
  it('no sentence names the day rate where it means the day-rate pay', () => {
    for (const [name, raw] of Object.entries(CASES)) {
      const t = printed(raw);
      for (const wrong of [/at the day rate as far/, /regular rate on the day rate/, /guarantee the day rate\b(?!-)/, /above the day rate for/, /\$[\d,.]+ at the day rate/, /or day rate is above/]) {
        expect({ name, found: t.match(wrong)?.[0] ?? null }).toEqual({ name, found: null });
      }
    }
  });

  it('each names the day-rate pay, with the figures that rebuild it', () => {
    const roofer = run(CASES.roofer).computed.rateLines;
    expect(roofer[0]).toContain('regular rate from the day-rate pay (marked “*”) $10.47619: $110.00 a day × six days = $660.00 for 63 hours, ÷ 63 hours (29 C.F.R. § 778.112)');
    expect(roofer[0]).toContain('or at the day-rate pay as far as the week’s pay, $660.00, reached it ($660.00 × 40 ÷ 63 = $419.047619)');
    expect(roofer[1]).toContain('no hours over 40, so the minimum wage alone is owed (the FLSA does not guarantee the day-rate pay)');
    // $150.00 × 5 = $750.00, the roofing job's straight time in a week of two jobs.
    expect(run(CASES.twoJobs).computed.rateLines[0]).toContain('period 1, 45 hours: straight time $326.25 at the minimum wage and $750.00 as its day-rate pay, paid $300.00');
    expect(printed(CASES.twoJobs)).toContain('whose agreed hourly rate is above it, or whose day-rate pay for the week is above the minimum wage for its hours, where it is the pay agreed');
    expect(printed(CASES.below)).toContain('2.06 times the minimum-wage pay (above the day-rate pay for those days: 29 C.F.R. § 778.107)');
    expect(printed(CASES.roofer)).toContain('(the FLSA does not guarantee the day-rate pay); those weeks are not marked');
  });
});
