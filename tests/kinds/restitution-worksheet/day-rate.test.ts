// Opposing counsel's review, template 2.15.0 (docs/domain/restitution-worksheet-examples.md,
// worked example 21): a roofer paid $150.00 a day, 12 hours a day six days a week, with the
// agreed rate $12.50 the day rate gives (29 C.F.R. § 778.112). The period's line said the hours up
// to 40 "are valued at the minimum wage", which rebuilds a week as 40 × $7.25 + 32 × $18.75 =
// $890.00, while the table owed $1,100.00 (40 × $12.50 + 32 × $18.75: the week's $900.00 pays the
// agreed straight time first, 29 C.F.R. § 778.315). The line now says so, and the page rebuilds.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { baseCase, issuesOf, parse, run } from './cases.js';

const roofer = baseCase({
  settings: { liquidatedDamages: false },
  laborPeriods: [
    {
      label: 'Roofing crew, paid by the day',
      startDate: '2023-06-04',
      endDate: '2023-06-17',
      state: 'TX',
      weeklySchedule: { monday: 12, tuesday: 12, wednesday: 12, thursday: 12, friday: 12, saturday: 12 },
      // $150.00 a day for 12 hours: $900.00 for 72 hours, a regular rate of $12.50 (29 C.F.R. § 778.112).
      agreedRate: '12.50',
      wagesPaid: { payments: [{ date: '2023-06-10', amount: '900' }, { date: '2023-06-17', amount: '900' }] },
    },
  ],
});

describe('a day rate given as its agreed hourly rate', () => {
  it('the period line says how the hours up to 40 are valued, as the table values them', () => {
    const r = run(roofer);
    const v = view(parse(roofer), r.computed, r.warnings) as { periods: { agreedRate: string }[] };
    expect(v.periods[0]!.agreedRate).toBe(
      '$12.50 an hour: the regular rate for overtime, which is owed at $18.75 an hour (29 U.S.C. § 207(a)(1), (e); 29 C.F.R. § 778.109); the hours up to 40 are valued at the minimum wage, or at this rate as far as the period’s wages paid that workweek reached it (29 U.S.C. § 207(h); 29 C.F.R. § 778.315)',
    );
    // Rebuilt from the line: $900.00 paid reaches 40 × $12.50 = $500.00, so 40 × $12.50 + 32 ×
    // $18.75 = $1,100.00 owed, $200.00 unpaid (the half-time premium the day rate never paid).
    expect(r.computed.weeks.map((w) => [w.owedCents, w.unpaidCents])).toEqual([
      [110000, 20000],
      [110000, 20000],
    ]);
    expect(r.computed.flsa.totalCents).toBe(40000);
  });
});

// Template 2.16.0 (worked example 24): a day rate is a field of its own (laborPeriods[].dayRate).
// Given as an agreed hourly rate it was right only when every day had the same hours: a roofer's
// $110.00 a day for days of 8 to 13 hours has a regular rate of its own each week, the week's
// day-rate pay ÷ its hours (29 C.F.R. § 778.112), and half of it is owed for each hour over 40.
const log = (entries: [string, number][]) => entries.map(([date, hours]) => ({ date, hours }));
const dayRoofer = (dayRate: string, days: [string, number][], payments: [string, string][]) =>
  baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [
      {
        label: 'Roofing crew, paid by the day',
        startDate: days[0]![0],
        endDate: days[days.length - 1]![0],
        state: 'TX',
        dayRate,
        days: log(days),
        wagesPaid: { payments: payments.map(([date, amount]) => ({ date, amount })) },
      },
    ],
  });
// June 5–10, 2023: 8 + 13 + 10 + 12 + 9 + 11 = 63 hours on six days; June 12–16: five days of 8 hours.
const UNEVEN: [string, number][] = [['2023-06-05', 8], ['2023-06-06', 13], ['2023-06-07', 10], ['2023-06-08', 12], ['2023-06-09', 9], ['2023-06-10', 11]];
const FORTY: [string, number][] = [['2023-06-12', 8], ['2023-06-13', 8], ['2023-06-14', 8], ['2023-06-15', 8], ['2023-06-16', 8]];

describe('a day rate (laborPeriods[].dayRate, 29 C.F.R. § 778.112)', () => {
  const roofer = dayRoofer('110', [...UNEVEN, ...FORTY], [['2023-06-10', '660'], ['2023-06-16', '550']]);

  it('values a week of uneven days on its own regular rate: the day-rate pay ÷ the hours', () => {
    const r = run(roofer);
    const [week1, week2] = r.computed.weeks;
    // $110.00 × 6 = $660.00 for 63 hours: regular rate $10.476190…; 23 hours over 40 owe half of
    // it, 23 × $5.238095 = $120.48, beyond the $660.00 paid: owed $780.48, unpaid $120.48.
    expect(week1!.regularRateCents!.startsWith('1047.619047')).toBe(true);
    expect([week1!.agreedRate, week1!.owedCents, week1!.paidCents, week1!.unpaidCents]).toEqual([true, 78048, 66000, 12048]);
    expect(week1!.dayRates).toEqual([{ period: 0, dayRateCents: 11000, days: 6, hours: 63, payCents: 66000, minimumWageStraightCents: '45675' }]);
    // The week where the day rate changes nothing: 40 hours, no overtime; the minimum wage alone
    // is owed (40 × $7.25 = $290.00), and the $550.00 paid covers it.
    // Its day-rate figures are given all the same (from template 2.17.0), for the line under the
    // table that says why the week is not marked.
    expect([week2!.agreedRate, week2!.owedCents, week2!.unpaidCents, week2!.dayRates]).toEqual([false, 29000, 0, [{ period: 0, dayRateCents: 11000, days: 5, hours: 40, payCents: 55000, minimumWageStraightCents: '29000' }]]);
    expect(r.computed.flsa.totalCents).toBe(12048);
    // The same case read with the average day as an agreed hourly rate gives another figure: what
    // the field replaces ($110.00 for 63 hours ÷ 6 days is no whole-cent hourly rate at all).
    const asHourly = run(JSON.parse(JSON.stringify(roofer).replace('"dayRate":"110"', '"agreedRate":"10.48"')));
    expect(asHourly.computed.weeks[0]!.owedCents).not.toBe(78048);
  });

  it('prints the week’s figures under the table so that "Owed" rebuilds from the page', () => {
    const r = run(roofer);
    expect(r.computed.rateLines).toEqual([
      'June 4, 2023: regular rate from the day-rate pay (marked “*”) $10.47619: $110.00 a day × six days = $660.00 for 63 hours, ÷ 63 hours (29 C.F.R. § 778.112); minimum wage $7.25 for 63 hours. Owed: the hours up to 40, straight time × 40 ÷ 63, at the minimum wage ($456.75 × 40 ÷ 63 = $290.00) or at the day-rate pay as far as the week’s pay, $660.00, reached it ($660.00 × 40 ÷ 63 = $419.047619): $419.047619; plus the overtime, 1.5 × $660.00 × 23 ÷ 63 = $361.428571; in all $780.47619, rounded to $780.48',
      // The week the day rate leaves at the minimum wage says why (template 2.17.0): it had no
      // line while the period's line said the day rate applies.
      'June 11, 2023: paid by the day, not marked “*”: $110.00 a day × five days = $550.00 for 40 hours; no hours over 40, so the minimum wage alone is owed (the FLSA does not guarantee the day-rate pay); minimum wage $7.25 for 40 hours',
    ]);
    const v = view(parse(roofer), r.computed, r.warnings) as { periods: { dayRate: string | null; agreedRate: string | null }[]; hasDayRateWeeks: boolean; weeks: { rates: string }[] };
    expect(v.periods[0]!.agreedRate).toBeNull();
    expect(v.periods[0]!.dayRate).toMatch(/^\$110\.00 a day worked, whatever its hours\. .*÷ the hours worked.*29 C\.F\.R\. § 778\.112.*29 C\.F\.R\. § 778\.107/);
    expect(v.hasDayRateWeeks).toBe(true);
    expect(v.weeks.map((w) => w.rates)).toEqual(['$10.47619*', '$7.25']);
    // A day rate names its own regular rate: no warning asks for an agreed rate.
    expect(r.warnings.map((w) => w.code)).not.toContain('pay-above-minimum-wage');
  });

  it('owes the minimum wage and overtime on it where the day-rate pay is below the minimum wage', () => {
    // $60.00 a day for 12 hours, six days: $360.00 ÷ 72 = $5.00 an hour, below $7.25, so the
    // regular rate is $7.25 (29 C.F.R. § 778.107): 72 × $7.25 + 32 × $3.625 = $638.00 owed, as
    // with no day rate at all; $278.00 unpaid.
    const twelve: [string, number][] = ['04', '05', '06', '07', '08', '09'].map((d) => [`2023-06-${d}`, 12]);
    const low = dayRoofer('60', twelve, [['2023-06-09', '360']]);
    const r = run(low);
    expect([r.computed.weeks[0]!.agreedRate, r.computed.weeks[0]!.owedCents, r.computed.weeks[0]!.unpaidCents]).toEqual([false, 63800, 27800]);
    // Not marked "*", and the line under the table says why, from the figures it prints.
    expect(r.computed.rateLines).toEqual([
      'June 4, 2023: paid by the day, not marked “*”: $60.00 a day × six days = $360.00 for 72 hours; day-rate pay not above the minimum wage for those hours ($522.00), so the minimum wage is the regular rate (29 C.F.R. § 778.107); minimum wage $7.25 for 72 hours',
    ]);
    const without = run(JSON.parse(JSON.stringify(low).replace('"dayRate":"60",', '')));
    expect(without.computed.weeks[0]!.owedCents).toBe(63800);
  });

  it('refuses a day rate beside an agreed hourly rate, naming the field and the rule', () => {
    const both = JSON.parse(JSON.stringify(roofer).replace('"dayRate":"110"', '"dayRate":"110","agreedRate":"12"'));
    expect(issuesOf(both)).toEqual([expect.objectContaining({ path: 'laborPeriods.0.dayRate', code: 'agreed-and-day-rate' })]);
  });
});
