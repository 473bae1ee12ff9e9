// Two jobs on the same days, each its own labor period (overlaps.ts; docs/domain/
// restitution-worksheet-flsa.md, "Workweek"; worked example 12 of restitution-worksheet-examples.md).
// The hours worked for an employer in a workweek are totaled even for unrelated jobs
// (29 C.F.R. § 778.103); a workweek with hours outside an exempt period keeps its overtime
// (29 C.F.R. § 780.11). Such periods used to be refused (`overlapping-periods`, an error) and the
// preparer told to merge them, which lost each job's agreed rate and exemption.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { generate } from '../../../src/pipeline.js';
import { periodOverlaps, overlapText } from '../../../src/kinds/restitution-worksheet/overlaps.js';
import { sharedWorkweeks } from '../../../src/kinds/restitution-worksheet/workweeks.js';
import { toDay } from '../../../src/kinds/restitution-worksheet/dates.js';
import { pdfBodyText, pdfText } from '../../support/extract.js';
import { baseCase, issuesOf, parse, run, WEEKDAYS_ONLY } from './cases.js';

// The restaurant Monday to Friday 8 hours, and cleaning the defendant's house the same evenings
// 3 hours, in the workweek of Sunday March 3, 2024.
const restaurant = { label: 'Restaurant', startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(8) };
const cleaning = { label: 'Cleaning the house', startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(3) };
const noLd = { liquidatedDamages: false };

describe('two periods on the same days', () => {
  it('are valid, and the workweek owes overtime on both jobs’ hours, as one merged period would', () => {
    const two = baseCase({ settings: noLd, laborPeriods: [restaurant, { ...cleaning, exemption: 'live-in-domestic' }] });
    expect(issuesOf(two)).toEqual([]);
    const { computed, warnings, errors } = run(two);
    expect(errors).toEqual([]);
    // 11 hours × 5 = 55: 55 × $7.25 = $398.75 + 15 × $3.625 = $54.375 → $453.13 (half-up). The
    // cleaning job's exemption removes nothing: the week has hours outside it (§ 780.11).
    expect(computed.weeks).toEqual([expect.objectContaining({ weekStart: '2024-03-03', hours: 55, overtimeHours: 15, owedCents: 45313 })]);
    const merged = run(baseCase({ settings: noLd, laborPeriods: [{ ...restaurant, weeklySchedule: WEEKDAYS_ONLY(11) }] }));
    expect(computed.flsa).toEqual(merged.computed.flsa);
    expect(warnings.map((w) => `${w.code}@${w.path}`)).toEqual(['exemption-no-effect@laborPeriods.1.exemption', 'overlapping-periods@laborPeriods.1.startDate']);
    expect(warnings[1]!.message).toContain('shares days with labor period laborPeriods.0 (March 3, 2024 to March 9, 2024)');
  });

  it('each job keeps its agreed rate and its payments, which one merged period could not', () => {
    // Worked example 13. Restaurant hired at $12.00, paid $480.00 for the week; cleaning paid $20.00. Regular rate
    // (40 × $12.00 + 15 × $7.25) ÷ 55 = $588.75 ÷ 55 = $10.704545…; overtime 1.5 × that × 15 =
    // $240.8523; the first 40 hours at the agreed rate as far as paid: min($500.00, 40 × $10.704545
    // = $428.1818) = $428.1818; owed $669.0341 → $669.03, paid $500.00, unpaid $169.03.
    // Merged into one period at $12.00 the cleaning hours would be valued at $12.00 ($250.00
    // unpaid); merged without the rate, $453.13 owed against $500.00 paid ($0.00).
    const two = baseCase({
      settings: noLd,
      laborPeriods: [
        { ...restaurant, agreedRate: 12, wagesPaid: { perWeek: 480 } },
        { ...cleaning, wagesPaid: { perWeek: 20 } },
      ],
    });
    const { computed } = run(two);
    expect(computed.weeks[0]).toMatchObject({ hours: 55, agreedRate: true, regularRateCents: '1070.4545454545454545', owedCents: 66903, paidCents: 50000, unpaidCents: 16903 });
  });

  it('a day of more than 24 hours in all is refused at the field that gave the hours, once per period', () => {
    const logged = { ...cleaning, weeklySchedule: WEEKDAYS_ONLY(3), days: [{ date: '2024-03-05', hours: 17 }] };
    const r = run(baseCase({ laborPeriods: [restaurant, logged] }));
    expect(r.errors).toEqual([expect.objectContaining({ path: 'laborPeriods.1.days.0.hours', code: 'hours-out-of-range' })]);
    expect(r.errors[0]!.message).toContain('with the hours of laborPeriods.0 on the same day, March 5, 2024 has 25 hours in all');
    const every = run(baseCase({ laborPeriods: [restaurant, { ...cleaning, weeklySchedule: WEEKDAYS_ONLY(16.5) }] }));
    expect(every.errors).toEqual([expect.objectContaining({ path: 'laborPeriods.1.weeklySchedule.monday', code: 'hours-out-of-range' })]);
    expect(every.errors[0]!.message).toContain('March 4, 2024 has 24.5 hours in all (and 4 more days of this period are over 24 too)');
    // Thirty one-hour periods on one day: one error, at the last period with hours that day,
    // naming three of the others and counting the rest (600 periods gave a list of 599).
    const day = { startDate: '2024-03-06', endDate: '2024-03-06', weeklySchedule: { wednesday: 1 } };
    const many = run(baseCase({ laborPeriods: Array.from({ length: 30 }, () => day) }));
    expect(many.errors).toEqual([expect.objectContaining({ path: 'laborPeriods.29.weeklySchedule.wednesday', code: 'hours-out-of-range' })]);
    expect(many.errors[0]!.message).toContain('with the hours of laborPeriods.0, laborPeriods.1, laborPeriods.2 and 26 other periods on the same day, March 6, 2024 has 30 hours in all');
    // Exactly 24 is a full day, not an error.
    expect(run(baseCase({ laborPeriods: [restaurant, { ...cleaning, weeklySchedule: WEEKDAYS_ONLY(16) }] })).errors).toEqual([]);
  });

  it('the separate-employers note names a shared workweek in the middle of both periods', () => {
    // A: January–March 2024, 8 hours Monday to Friday; B: February 2024, hours only on Feb. 12–16
    // (2 a day, a daily log). The one week with hours of both, that of Sunday Feb. 11, is the first
    // or last of neither: it was missed when shared weeks were looked for at periods' ends only.
    const log = ['2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15', '2024-02-16'].map((date) => ({ date, hours: 2 }));
    const raw = baseCase({
      settings: noLd,
      laborPeriods: [
        { startDate: '2024-01-01', endDate: '2024-03-31', weeklySchedule: WEEKDAYS_ONLY(8) },
        { startDate: '2024-01-29', endDate: '2024-02-29', days: log },
      ],
    });
    const c = parse(raw);
    expect(sharedWorkweeks(c.laborPeriods, 'sunday')).toEqual([toDay('2024-02-11')]);
    const week = run(raw).computed.weeks.find((w) => w.weekStart === '2024-02-11');
    expect(week).toMatchObject({ hours: 50, overtimeHours: 10, owedCents: 29000 + 10875 });
  });
});

describe('what the worksheet says of shared days', () => {
  it('names the periods and the days of two periods or more, merged into runs', () => {
    const periods = [
      { startDate: '2024-01-01', endDate: '2024-01-31' },
      { startDate: '2024-01-20', endDate: '2024-02-10' },
      { startDate: '2024-02-05', endDate: '2024-02-05' },
      { startDate: '2024-03-01', endDate: '2024-03-31' },
    ];
    expect(periodOverlaps(periods)).toEqual([
      { period: 1, with: 0, from: '2024-01-20', to: '2024-01-31' },
      { period: 2, with: 1, from: '2024-02-05', to: '2024-02-05' },
    ]);
    expect(overlapText(periods)).toMatch(/^Labor periods 1, 2 and 3 share days \(from January 20, 2024 to January 31, 2024 and February 5, 2024\): they are read as separate jobs/);
    expect(overlapText(periods.slice(2))).toBeNull();
  });

  it('the worksheet says how the shared days were read, with the rule', async () => {
    const r = await generate({ kind: 'restitution-worksheet', input: baseCase({ laborPeriods: [restaurant, cleaning] }), format: 'pdf' });
    const t = pdfText(r.bytes).replace(/\s+/g, ' ');
    expect(t).toContain('Labor periods 1 and 2 share days (from March 3, 2024 to March 9, 2024): they are read as separate jobs worked on the same days');
    expect(t).toContain('the hours of a workweek are totaled for overtime, even for unrelated jobs (29 C.F.R. § 778.103)');
  });

  it('an agreed rate’s line does not say overtime is owed on it alone where another job shares its workweeks', async () => {
    const data = baseCase({ settings: noLd, laborPeriods: [{ ...restaurant, agreedRate: 12, wagesPaid: { perWeek: 480 } }, cleaning] });
    const t = pdfText((await generate({ kind: 'restitution-worksheet', input: data, format: 'pdf' })).bytes).replace(/\s+/g, ' ');
    expect(t).toContain('In a workweek of this period’s hours alone overtime is owed at $18.00 an hour; in a workweek with hours of another period, at one and one-half times the weighted average of every hour’s rate (29 C.F.R. § 778.115)');
    expect(t).not.toContain('which is owed at $18.00 an hour where this rate is above the minimum wage');
    expect(t).toContain('$10.704545*');
  });
});

// Worked example 16 (docs/domain/restitution-worksheet-examples.md): each job's pay goes to its own
// agreed straight time (overtime.ts, agreedWeek; 29 C.F.R. §§ 778.115, 778.419). The week's pay
// pooled, a restaurant without an agreed rate that paid well paid the cleaning job's agreed
// straight time above the minimum wage, which that job never paid, and F claimed it.
describe('in a workweek of two jobs, one job’s pay never counts toward another’s agreed straight time', () => {
  // The restaurant Monday to Friday 12 hours, paid on Monday: 60 hours; cleaning the same week at an agreed $15.00,
  // 14 hours on Sunday and 4 every other day (38 hours), paid nothing; 98 hours in all.
  const week = (restaurantPay: string, cleaningPay?: string) =>
    baseCase({
      settings: noLd,
      laborPeriods: [
        { label: 'Restaurant', startDate: '2023-01-01', endDate: '2023-01-07', weeklySchedule: { monday: 12, tuesday: 12, wednesday: 12, thursday: 12, friday: 12 }, wagesPaid: { payments: [{ date: '2023-01-02', amount: restaurantPay }] } },
        {
          label: 'Cleaning',
          startDate: '2023-01-01',
          endDate: '2023-01-07',
          agreedRate: '15.00',
          weeklySchedule: { sunday: 14, monday: 4, tuesday: 4, wednesday: 4, thursday: 4, friday: 4, saturday: 4 },
          ...(cleaningPay ? { wagesPaid: { payments: [{ date: '2023-01-02', amount: cleaningPay }] } } : {}),
        },
      ],
    });

  it('the restaurant’s $1,050.00 leaves owed at $1,182.19 (Y $290.00 + O $892.19), not $1,302.40 through the cleaning job’s $15.00', () => {
    // Regular rate (60 × $7.25 + 38 × $15.00) ÷ 98 = $1,005.00 ÷ 98 = $10.255102…; O = 1.5 ×
    // $10.255102… × 58 = $892.193877…. Up to 40 hours, per job: restaurant Y = X = $435.00 × 40/98 =
    // $177.5510, paid $1,050.00; cleaning Y = $275.50 × 40/98 = $112.4490, X = $570.00 × 40/98 =
    // $232.6531, paid $0.00, so max(Y, min(0, X)) = Y. Owed $177.5510 + $112.4490 + $892.1939 =
    // $1,182.193877… → $1,182.19; unpaid $132.19.
    const { computed } = run(week('1050.00'));
    expect(computed.weeks[0]).toMatchObject({ hours: 98, overtimeHours: 58, agreedRate: true, owedCents: 118219, paidCents: 105000, unpaidCents: 13219 });
  });

  it('whatever the restaurant paid beyond its own straight time, owed is the same; the cleaning job’s own pay is credited to its agreed straight time', () => {
    for (const pay of ['177.56', '500.00', '1050.00', '5000.00']) expect(run(week(pay)).computed.weeks[0]!.owedCents).toBe(118219);
    // Cleaning paid $232.66 (its agreed straight time for its share of 40 hours, $232.6531, and a
    // cent more): $177.5510 + $232.6531 + $892.1939 = $1,302.40 owed, as pooling gave for $0.00.
    expect(run(week('1050.00', '232.66')).computed.weeks[0]).toMatchObject({ owedCents: 130240, paidCents: 128266, unpaidCents: 1974 });
    // Cleaning paid $150.00: $177.5510 + $150.00 + $892.1939 = $1,219.74.
    expect(run(week('1050.00', '150.00')).computed.weeks[0]!.owedCents).toBe(121974);
  });
});

// A week of two jobs valued on an agreed rate with something paid: each job's pay goes to its own
// agreed straight time, so the week's totals (hours, rate, paid) do not give "Owed" (worked
// example 16, the cleaning job paid $150.00: $1,219.74). The line under the workweek table gives,
// per job, its hours, its straight time at the minimum wage and at the agreed rate, and its pay,
// from which opposing counsel redoes the sum: here the sum is redone from the printed line alone.
describe('a week whose owed mixes jobs can be rebuilt from the line under the table', () => {
  const restaurant16 = { label: 'Restaurant', startDate: '2023-01-01', endDate: '2023-01-07', weeklySchedule: { monday: 12, tuesday: 12, wednesday: 12, thursday: 12, friday: 12 } };
  const cleaning16 = { label: 'Cleaning', startDate: '2023-01-01', endDate: '2023-01-07', agreedRate: '15.00', weeklySchedule: { sunday: 14, monday: 4, tuesday: 4, wednesday: 4, thursday: 4, friday: 4, saturday: 4 } };
  const paid = (amount: string, date = '2023-01-02') => ({ wagesPaid: { payments: [{ date, amount }] } });
  const cases: Record<string, Record<string, unknown>> = {
    'example 16, cleaning paid $150.00': baseCase({ settings: noLd, laborPeriods: [{ ...restaurant16, ...paid('1050.00') }, { ...cleaning16, ...paid('150.00') }] }),
    'example 16, the restaurant alone paid': baseCase({ settings: noLd, laborPeriods: [{ ...restaurant16, ...paid('1050.00') }, cleaning16] }),
    'two agreed rates, each paid part': baseCase({ settings: noLd, laborPeriods: [{ ...restaurant, agreedRate: 12, wagesPaid: { perWeek: 300 } }, { ...cleaning, agreedRate: '10.00', wagesPaid: { perWeek: 130 } }] }),
    'two minimum wages (Washington and Texas), one agreed rate': baseCase({
      settings: { ...noLd, minimumWage: 'higher-of-federal-and-state' },
      laborPeriods: [{ ...restaurant, state: 'WA', wagesPaid: { perWeek: 500 } }, { ...cleaning, state: 'TX', agreedRate: '15.00', wagesPaid: { perWeek: '20.25' } }],
    }),
    'a job paid in a week without its hours': baseCase({
      settings: noLd,
      laborPeriods: [{ ...restaurant, weeklySchedule: WEEKDAYS_ONLY(10), agreedRate: 12 }, { label: 'Errands', startDate: '2024-03-03', endDate: '2024-03-09', days: [{ date: '2024-03-04', hours: 0 }], wagesPaid: { payments: [{ date: '2024-03-04', amount: '450.00' }] } }],
    }),
  };

  /** Owed in cents, rebuilt from the line's printed figures alone: Σj max(Yj, min(paidj, Xj)) + O, rounded half-up once. */
  function rebuild(line: string): number {
    const d = (s: string) => new Decimal(s.replace(/[$,]/g, ''));
    // Amounts and hours: digits with thousands commas and decimals ("$1,050.00", "12.5"), never a
    // sentence's full stop after them.
    const n = String.raw`[\d,]+(?:\.\d+)?`;
    const jobs = [...line.matchAll(new RegExp(String.raw`period \d+, (${n}) hours?: straight time \$(${n}) at the minimum wage(?: \(no agreed rate above it\)| and \$(${n}) at the agreed rate), paid \$(${n})`, 'g'))];
    // A job paid in the week without its hours there counts nothing toward owed (Yj = Xj = 0).
    const unworked = [...line.matchAll(new RegExp(String.raw`period \d+, no hours worked, paid \$(${n})`, 'g'))];
    expect(jobs.length + unworked.length).toBeGreaterThanOrEqual(2);
    const overtime = new RegExp(String.raw`1\.5 × \$(${n}) × (${n}) ÷ (${n}) =`).exec(line)!;
    const hours = jobs.reduce((t, j) => t.plus(d(j[1]!)), new Decimal(0));
    expect(hours.toString()).toBe(d(overtime[3]!).toString());
    const upTo40 = hours.minus(d(overtime[2]!));
    let owed = d(overtime[1]!).times(1.5).times(d(overtime[2]!)).dividedBy(hours);
    for (const [, , mw, agreed, pay] of jobs) {
      const y = d(mw!).times(upTo40).dividedBy(hours);
      const x = d(agreed ?? mw!).times(upTo40).dividedBy(hours);
      owed = owed.plus(Decimal.max(y, Decimal.min(d(pay!), x)));
    }
    return owed.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  }

  for (const [name, raw] of Object.entries(cases)) {
    it(`${name}: the printed figures give the week’s owed`, () => {
      const { computed, warnings } = run(raw);
      const week = computed.weeks[0]!;
      expect(week.agreedRate).toBe(true);
      const lines = (view(parse(raw), computed, warnings) as { straddling: string[] | null }).straddling ?? [];
      expect(lines).toHaveLength(1);
      expect(rebuild(lines[0]!)).toBe(week.owedCents);
    });
  }

  it('example 16 with the cleaning job paid $150.00: the worksheet prints each job’s figures and the sum to $1,219.74', async () => {
    const raw = cases['example 16, cleaning paid $150.00']!;
    expect(run(raw).computed.weeks[0]!.owedCents).toBe(121974);
    // Without the page furniture: the line may run across a page break (it did from template 2.15.0,
    // whose longer agreed-rate line moved the break into it).
    const t = pdfBodyText((await generate({ kind: 'restitution-worksheet', input: raw, format: 'pdf' })).bytes).replace(/\s+/g, ' ');
    expect(t).toContain('Workweeks with more than one rate or job');
    expect(t).toContain('period 1, 60 hours: straight time $435.00 at the minimum wage (no agreed rate above it), paid $1,050.00; period 2, 38 hours: straight time $275.50 at the minimum wage and $570.00 at the agreed rate, paid $150.00');
    expect(t).toContain('($177.55102 for period 1; $150.00 for period 2); plus the overtime, 1.5 × $1,005.00 × 58 ÷ 98 = $892.193878; in all $1,219.744898, rounded to $1,219.74');
  });

  it('with nothing paid the line is the week’s rates alone: its owed is the hours up to 40 at the minimum wage plus the overtime', () => {
    const raw = baseCase({ settings: noLd, laborPeriods: [restaurant16, cleaning16] });
    const { computed, warnings } = run(raw);
    expect(computed.weeks[0]!.jobs).toBeNull();
    const line = (view(parse(raw), computed, warnings) as { straddling: string[] }).straddling[0]!;
    expect(line).not.toContain('By job');
    // 40 × $7.25 + 1.5 × $1,005.00 × 58 ÷ 98 = $290.00 + $892.193877… → $1,182.19.
    expect(computed.weeks[0]!.owedCents).toBe(118219);
  });
});

// The pooled reading of a week of two jobs (29 C.F.R. § 778.315: the week's pay one employer's,
// all the straight time agreed paid first from either job's pay) was written up in the domain file
// only; the court never saw it. It is an open legal choice of every case with such a week, its F
// the same calculation rerun with the week's pay pooled (flsa.ts grid without paidByPeriod).
describe('the pooled reading of a week of two jobs is an open legal choice', () => {
  const restaurant16 = { label: 'Restaurant', startDate: '2023-01-01', endDate: '2023-01-07', weeklySchedule: { monday: 12, tuesday: 12, wednesday: 12, thursday: 12, friday: 12 } };
  const cleaning16 = { label: 'Cleaning', startDate: '2023-01-01', endDate: '2023-01-07', agreedRate: '15.00', weeklySchedule: { sunday: 14, monday: 4, tuesday: 4, wednesday: 4, thursday: 4, friday: 4, saturday: 4 } };
  const paid = (amount: string) => ({ wagesPaid: { payments: [{ date: '2023-01-02', amount }] } });
  const textOf = async (raw: unknown) => pdfText((await generate({ kind: 'restitution-worksheet', input: raw, format: 'pdf' })).bytes).replace(/\s+/g, ' ');

  it('worked example 16: pooled, the restaurant’s $1,050.00 pays the cleaning job’s agreed straight time, and F is $252.40, not $132.19', async () => {
    const raw = baseCase({ settings: noLd, laborPeriods: [{ ...restaurant16, ...paid('1050.00') }, cleaning16] });
    const { computed } = run(raw);
    expect(computed.flsa.totalCents).toBe(13219);
    // max($290.00, min($1,050.00, $410.204081…)) + $892.193877… = $1,302.40 owed, less $1,050.00 paid.
    expect(computed.alternatives.weekPayPooled).toEqual({ flsaCents: 25240, laborValueCents: 25240, commercialSexAddedCents: 0, totalCents: 25240 });
    const t = await textOf(raw);
    expect(t).toContain('F with the pay of each workweek of two jobs or more on an agreed rate pooled as one employer’s, all the straight time agreed for the week paid first from either job’s pay (29 C.F.R. § 778.315), instead of each job’s pay credited to its own straight time (29 C.F.R. §§ 778.115, 778.419) $252.40');
    expect(t).toContain('In the workweek of January 1, 2023, two jobs or more were worked');
    expect(t).toContain('and F would be $252.40, higher than $132.19; the total would be $252.40 (shown with the open legal choices)');
  });

  it('pooled may give less: the cleaning job’s pay would cover the restaurant’s unpaid minimum wage, and the row and the assumption say so', () => {
    // Cleaning paid $232.66, the restaurant nothing. By job: $177.5510 + $232.6531 + $892.1939 =
    // $1,302.40 owed, unpaid $1,069.74. Pooled: max($290.00, min($232.66, $410.2041)) + $892.1939 =
    // $1,182.19 owed, unpaid $949.53.
    const raw = baseCase({ settings: noLd, laborPeriods: [restaurant16, { ...cleaning16, ...paid('232.66') }] });
    const { computed, warnings } = run(raw);
    expect(computed.flsa.totalCents).toBe(106974);
    expect(computed.alternatives.weekPayPooled!.flsaCents).toBe(94953);
    const v = view(parse(raw), computed, warnings) as { alternatives: { label: string; total: string }[]; assumptions: string[] };
    expect(v.alternatives.find((r) => r.label.includes('§ 778.315'))!.total).toBe('$949.53');
    expect(v.assumptions.find((a) => a.includes('§ 778.315'))).toContain('F would be $949.53, lower than $1,069.74');
  });

  it('not a choice where no week mixes jobs’ pay: nothing paid, one job, or the same F either way', () => {
    const none = [
      baseCase({ settings: noLd, laborPeriods: [restaurant16, cleaning16] }),
      baseCase({ settings: noLd, laborPeriods: [{ ...cleaning16, ...paid('100.00') }] }),
      // The restaurant paid exactly its share of the straight time: both readings owe $1,182.19.
      baseCase({ settings: noLd, laborPeriods: [{ ...restaurant16, ...paid('0.01') }, cleaning16] }),
    ];
    for (const raw of none) {
      const { computed, warnings } = run(raw);
      expect(computed.alternatives.weekPayPooled).toBeUndefined();
      const v = view(parse(raw), computed, warnings) as { alternatives: { label: string }[] | null; assumptions: string[] };
      expect((v.alternatives ?? []).some((r) => r.label.includes('§ 778.315'))).toBe(false);
      expect(v.assumptions.some((a) => a.includes('§ 778.315'))).toBe(false);
    }
  });
});
