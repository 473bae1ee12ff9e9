// The § 1593 calculator against the worked examples of docs/domain/restitution-worksheet-examples.md (to the cent)
// and the rules it states, one by one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDay, toDay, weekdayOf, workweekStartOf } from '../../../src/kinds/restitution-worksheet/dates.js';
import { isIsoDate, money as formatCents } from '../../../src/kinds/kit/index.js';
import { Dec, formatHours, formatHoursNumber, formatRate, formatRateCents, formatTenThousandths } from '../../../src/kinds/restitution-worksheet/money.js';
import { weekWage } from '../../../src/kinds/restitution-worksheet/overtime.js';
import { rateOn, ratePolicy } from '../../../src/kinds/restitution-worksheet/rates.js';
import { restitutionSchemas } from '../../../src/kinds/restitution-worksheet/schema.js';
import { EVERY_DAY, EXAMPLE_1, EXAMPLE_2, EXAMPLE_3, EXAMPLE_4, WEEKDAYS_ONLY, baseCase, run } from './cases.js';

describe('worked examples (domain file, exact)', () => {
  it('1. workweek boundary: $377.00 + $261.00 = $638.00, not the pooled $768.50', () => {
    const { computed } = run(EXAMPLE_1);
    expect(computed.weeks.map((w) => [w.weekStart, w.hours, w.overtimeHours, w.owedCents])).toEqual([
      ['2012-03-04', 48, 8, 37700],
      ['2012-03-11', 36, 0, 26100],
    ]);
    expect(computed.flsa.totalCents).toBe(63800);
    expect(computed.flsa.totalCents).not.toBe(76850);
    expect(computed.flsa.liquidatedDamagesCents).toBe(0);
  });

  it('2. rate change: weighted-average regular rate $6.75 in the straddling week; F = $1,746.75', () => {
    const { computed } = run(EXAMPLE_2);
    expect(computed.weeks.map((w) => [w.weekStart, w.owedCents])).toEqual([
      ['2009-07-12', 55675],
      ['2009-07-19', 57375],
      ['2009-07-26', 61625],
    ]);
    expect(computed.weeks[1]!.ratesCents).toEqual([655, 725]);
    expect(computed.weeks[1]!.regularRateCents).toBe('675');
    expect(computed.flsa.totalCents).toBe(174675);
  });

  it('3. liquidated damages: 52 weeks of $398.75; F = $20,735.00 without, $41,470.00 with', () => {
    const { computed } = run(EXAMPLE_3);
    expect(computed.weeks).toHaveLength(52);
    expect(new Set(computed.weeks.map((w) => w.owedCents))).toEqual(new Set([39875]));
    expect(computed.flsa.totalWithoutLiquidatedDamagesCents).toBe(2073500);
    expect(computed.flsa.totalWithLiquidatedDamagesCents).toBe(4147000);
    expect(computed.flsa.liquidatedDamagesCents).toBe(2073500);
    expect(computed.flsa.totalCents).toBe(4147000); // on by default (Edwards)
    expect(computed.laborValue).toMatchObject({ method: 'flsa', cents: 4147000 });
  });

  it('4. gross income: 15 days × 6 acts × $80.00 × share 0.5 = $3,600.00', () => {
    const { computed } = run(EXAMPLE_4);
    expect(computed.grossIncome.lines[0]).toMatchObject({ grossCents: 720000, cents: 360000, method: 'acts' });
    expect(computed.grossIncome.totalCents).toBe(360000);
    // Commercial sex acts: added to the labor value (here none), never compared with F.
    expect(computed.grossIncome).toMatchObject({ laborCents: 0, commercialSexCents: 360000 });
    expect(computed.laborValue).toEqual({ method: 'flsa', cents: 0, flsaCents: 0, grossIncomeCents: 0 });
    expect(computed.totalCents).toBe(360000);
  });
});

describe('calendar', () => {
  it('converts ISO dates to day numbers and back, and knows weekdays', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(weekdayOf(toDay('2012-03-07'))).toBe('wednesday');
    expect(weekdayOf(toDay('2000-02-29'))).toBe('tuesday');
    for (const d of ['1997-09-01', '2000-02-29', '2024-12-31', '2100-03-01']) expect(fromDay(toDay(d))).toBe(d);
  });
  it('rejects impossible or loosely written dates', () => {
    expect(isIsoDate('2012-02-30')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2012-3-7')).toBe(false);
    expect(isIsoDate('2012-03-07T00:00:00Z')).toBe(false);
  });
  it('finds the first day of the workweek for any start day (29 CFR 778.105)', () => {
    const wed = toDay('2012-03-07');
    expect(fromDay(workweekStartOf(wed, 'sunday'))).toBe('2012-03-04');
    expect(fromDay(workweekStartOf(wed, 'wednesday'))).toBe('2012-03-07');
    expect(fromDay(workweekStartOf(wed, 'thursday'))).toBe('2012-03-01');
  });
  it('example 1 with workweeks starting Wednesday is one 84-hour week: 40 × $7.25 + 44 × $10.875', () => {
    const { computed } = run({ ...EXAMPLE_1, settings: { liquidatedDamages: false, workweekStart: 'wednesday' } });
    expect(computed.weeks).toHaveLength(1);
    expect(computed.weeks[0]!.owedCents).toBe(29000 + 47850);
  });
});

describe('rates', () => {
  const settings = restitutionSchemas().Settings.parse({});
  it('federal history, 29 U.S.C. 206(a)(1)', () => {
    const p = ratePolicy(settings, false);
    expect(rateOn(toDay('1997-09-01'), undefined, p).rateCents).toBe(515);
    expect(rateOn(toDay('2007-07-23'), undefined, p).rateCents).toBe(515);
    expect(rateOn(toDay('2007-07-24'), undefined, p).rateCents).toBe(585);
    expect(rateOn(toDay('2008-07-24'), undefined, p).rateCents).toBe(655);
    expect(rateOn(toDay('2009-07-23'), undefined, p).rateCents).toBe(655);
    expect(rateOn(toDay('2009-07-24'), undefined, p).rateCents).toBe(725);
    expect(rateOn(toDay('2026-01-01'), undefined, p).rateCents).toBe(725);
  });
  it('state rates only with the setting, always max(federal, state)', () => {
    const on = ratePolicy(settings, true);
    const off = ratePolicy(settings, false);
    // FL 2009-01-01: $7.21 (data/minimum-wage-us.csv) above federal $6.55 until 2009-07-24.
    expect(rateOn(toDay('2009-06-01'), 'FL', on)).toMatchObject({ rateCents: 721, source: 'state' });
    expect(rateOn(toDay('2009-06-01'), 'FL', off)).toMatchObject({ rateCents: 655, source: 'federal' });
    // GA's own rate is $5.15, below federal: federal applies.
    expect(rateOn(toDay('2015-06-01'), 'GA', on)).toMatchObject({ rateCents: 725, source: 'federal' });
    // No state law (AL): federal.
    expect(rateOn(toDay('2015-06-01'), 'AL', on).rateCents).toBe(725);
  });
  it('custom rates apply from their effective date, as max(federal, state, custom)', () => {
    const p = ratePolicy(restitutionSchemas().Settings.parse({ customRates: [{ effectiveDate: '2015-07-01', hourlyRate: '10.50' }] }), false);
    expect(rateOn(toDay('2015-06-30'), undefined, p).rateCents).toBe(725);
    expect(rateOn(toDay('2015-07-01'), undefined, p)).toMatchObject({ rateCents: 1050, source: 'custom' });
    const low = ratePolicy(restitutionSchemas().Settings.parse({ customRates: [{ effectiveDate: '2015-07-01', hourlyRate: '6.00' }] }), false);
    expect(rateOn(toDay('2015-07-01'), undefined, low).rateCents).toBe(725);
  });
  it('custom rates make work before 1997-09-01 computable', () => {
    const { computed } = run(
      baseCase({
        settings: { liquidatedDamages: false, customRates: [{ effectiveDate: '1996-01-01', hourlyRate: '4.25' }] },
        laborPeriods: [{ startDate: '1997-08-31', endDate: '1997-09-01', weeklySchedule: EVERY_DAY(10) }],
      }),
    );
    // Sunday 1997-08-31 at $4.25 (custom), Monday 1997-09-01 at $5.15 (federal).
    expect(computed.weeks[0]!.owedCents).toBe(4250 + 5150);
  });
});

describe('overtime (29 U.S.C. 207(a)(1); 29 CFR 778.115)', () => {
  const d = (hours: number, rate: number, exempt = false) => ({ hours, rateCents: rate, overtimeExempt: exempt });
  it('48 hours at $7.25: 40 × 7.25 + 8 × 10.875 = $377.00', () => {
    expect(weekWage([d(48, 725)]).owedCents).toBe(37700);
  });
  it('rounds half-up once per week: 41 hours at $7.25 = $290.00 + $10.875 → $300.88', () => {
    expect(weekWage([d(41, 725)]).owedCents).toBe(30088);
  });
  it('exempt weeks get no premium but keep the minimum wage', () => {
    const w = weekWage([d(60, 725, true)]);
    expect(w.owedCents).toBe(43500);
    expect(w.overtimeHours).toBe(0);
    expect(w.hoursOver40).toBe(20);
  });
  it('a week mixing exempt and non-exempt work owes overtime (29 CFR 780.11)', () => {
    const w = weekWage([d(30, 725, true), d(20, 725, false)]);
    expect(w.overtimeExempt).toBe(false);
    expect(w.owedCents).toBe(36250 + 3625);
  });
  it('a week with no hours owes nothing', () => {
    expect(weekWage([d(0, 725)]).owedCents).toBe(0);
  });
  it('sums in integers give what decimal sums day by day give, to the last digit', () => {
    // The reference: every day's hours and rate as decimals, summed and multiplied in decimal.js.
    const reference = (days: Array<{ hours: number; rateCents: number; overtimeExempt: boolean }>) => {
      let hours = new Dec(0);
      let straight = new Dec(0);
      for (const x of days) {
        hours = hours.plus(x.hours);
        straight = straight.plus(new Dec(x.hours).times(x.rateCents));
      }
      const worked = days.filter((x) => x.hours > 0);
      const exempt = worked.length > 0 && worked.every((x) => x.overtimeExempt);
      const overtime = exempt ? new Dec(0) : Dec.max(0, hours.minus(40));
      const regular = hours.gt(0) ? straight.dividedBy(hours) : null;
      const premium = regular ? regular.times(overtime).dividedBy(2) : new Dec(0);
      return { hours, regular, owed: straight.plus(premium).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber() };
    };
    // Hours with 0 to 4 decimals (DayHours), the federal rates and odd custom ones.
    const hours = fc.tuple(fc.integer({ min: 0, max: 240_000 }), fc.integer({ min: 0, max: 4 })).map(([n, places]) => {
      const unit = 10 ** (4 - places);
      return (Math.floor(n / unit) * unit) / 10_000;
    });
    const rateCents = fc.oneof(fc.constantFrom(515, 585, 655, 725), fc.integer({ min: 1, max: 100_000 }));
    const day = fc.record({ hours, rateCents, overtimeExempt: fc.boolean() });
    // Weeks of one rate (most weeks: owed in integers) and of several (a rate change mid-week).
    const oneRateWeek = fc
      .tuple(rateCents, fc.array(fc.record({ hours, overtimeExempt: fc.boolean() }), { minLength: 1, maxLength: 9 }))
      .map(([r, ds]) => ds.map((x) => ({ ...x, rateCents: r })));
    fc.assert(
      fc.property(fc.oneof(oneRateWeek, fc.array(day, { minLength: 1, maxLength: 9 })), (days) => {
        const w = weekWage(days);
        const r = reference(days);
        expect(w.hours).toBe(r.hours.toNumber());
        expect(w.overtimeHours).toBe(Dec.max(0, r.hours.minus(40)).toNumber() * (w.overtimeExempt ? 0 : 1));
        expect(w.regularRateCents?.toFixed() ?? null).toBe(r.regular?.toFixed() ?? null);
        // The worksheet's text of it: 20 significant digits, whether the week has one rate or several.
        expect(w.regularRateText).toBe(r.regular?.toSignificantDigits(20).toFixed() ?? null);
        expect(w.owedCents).toBe(r.owed);
      }),
      { numRuns: 5000 },
    );
  });
  it('rounds like decimal.js at every remainder: one rate, 39 to 42 hours by ten-thousandths', () => {
    // With a rate of 1 or 7 cents, the ten-thousandths of a cent owed up to 40 hours step by the
    // rate and the twenty-thousandths over 40 by 3 × rate, both prime to 10,000 and 20,000: the
    // consecutive hour counts reach every remainder of both roundings, the ties included.
    for (const rate of [1, 7]) {
      for (let n = 390_000; n < 420_000; n++) {
        const second = (n - 240_000) / 10_000; // 24 h and the rest: n ten-thousandths in all
        const owed = new Dec(24).plus(second).times(rate);
        const premium = Dec.max(0, new Dec(n).dividedBy(10_000).minus(40)).times(rate).dividedBy(2);
        const expected = owed.plus(premium).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
        const got = weekWage([d(24, rate), d(second, rate)]).owedCents;
        if (got !== expected) expect({ rate, n, got }).toEqual({ rate, n, got: expected });
      }
    }
  });
  it('refuses hours with more than four decimals rather than round them', () => {
    expect(() => weekWage([d(7.33333, 725)])).toThrow(/four decimal places/);
  });
});

describe('credits (29 CFR 776.4, 778.104)', () => {
  it('payments are credited to their own workweek with no carry-over; perWeek to every week of the period, pro rata in a partial one', () => {
    const { computed } = run(
      baseCase({
        settings: { liquidatedDamages: true },
        laborPeriods: [
          {
            startDate: '2012-03-07',
            endDate: '2012-03-13',
            weeklySchedule: EVERY_DAY(12),
            wagesPaid: { perWeek: '10.00', payments: [{ date: '2012-03-10', amount: '500.00' }] },
          },
        ],
      }),
    );
    // Week 1 (Wed–Sat, 4 days of the period) owes $377.00 and was paid $500.00 + $10.00 × 4/7 =
    // $505.71: unpaid 0, and the surplus is not carried. Week 2 (Sun–Tue, 3 days) owes $261.00 and
    // was credited $10.00 × 3/7 = $4.29 (4.2857… half-up): unpaid $256.71.
    expect(computed.weeks.map((w) => [w.paidCents, w.unpaidCents])).toEqual([
      [50571, 0],
      [429, 25671],
    ]);
    expect(computed.flsa).toMatchObject({ owedCents: 63800, paidCents: 51000, unpaidCents: 25671, liquidatedDamagesCents: 25671, totalCents: 51342 });
  });

  it('a weekly payment is credited pro rata by the days of a partial first or last workweek inside the period, in full to a whole one', () => {
    // Worked example 9, by hand (federal $7.25, 8 h every day, $200.00 a week, no liquidated damages), period
    // Fri 2012-03-09 .. Tue 2012-03-20, Sunday workweeks:
    //   week of Sun 03-04: Fri, Sat = 2 days, 16 h × $7.25 = $116.00 owed;
    //                      credit $200.00 × 2/7 = $57.142857… → $57.14; unpaid $58.86
    //   week of Sun 03-11: 7 days, 56 h: 40 × $7.25 + 16 × $10.875 = $290.00 + $174.00 = $464.00;
    //                      credit $200.00; unpaid $264.00
    //   week of Sun 03-18: Sun, Mon, Tue = 3 days, 24 h × $7.25 = $174.00 owed;
    //                      credit $200.00 × 3/7 = $85.714285… → $85.71; unpaid $88.29
    //   owed $754.00; paid $57.14 + $200.00 + $85.71 = $342.85; unpaid $58.86 + $264.00 + $88.29 = $411.15.
    // Crediting $200.00 to each of the three weeks (the old rule) left only $264.00 unpaid: two
    // weeks' pay credited for five days of work.
    const period = { startDate: '2012-03-09', endDate: '2012-03-20', weeklySchedule: EVERY_DAY(8), wagesPaid: { perWeek: '200.00' } };
    const { computed } = run(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [period] }));
    expect(computed.weeks.map((w) => [w.weekStart, w.owedCents, w.paidCents, w.unpaidCents])).toEqual([
      ['2012-03-04', 11600, 5714, 5886],
      ['2012-03-11', 46400, 20000, 26400],
      ['2012-03-18', 17400, 8571, 8829],
    ]);
    expect(computed.flsa).toMatchObject({ owedCents: 75400, paidCents: 34285, unpaidCents: 41115, totalCents: 41115 });

    // The workweek is the employer's (29 C.F.R. § 778.105): with Wednesday workweeks the same
    // period is Fri–Tue (5 days: $200.00 × 5/7 = $142.857… → $142.86) and Wed–Tue (7: $200.00).
    const wed = run(baseCase({ settings: { liquidatedDamages: false, workweekStart: 'wednesday' }, laborPeriods: [period] })).computed;
    expect(wed.weeks.map((w) => [w.weekStart, w.paidCents])).toEqual([
      ['2012-03-07', 14286],
      ['2012-03-14', 20000],
    ]);
  });

  it('two periods sharing a workweek, each paid by the week, are credited one week of pay between them, not two', () => {
    // Sun 2012-03-11 .. Wed 03-14 at $70.00 a week (4 days: $40.00) and Thu 03-15 .. Sat 03-17 at
    // $70.00 a week (3 days: $30.00): $70.00 for the week. 10 h a day, 70 h: 40 × $7.25 + 30 ×
    // $10.875 = $616.25 owed; unpaid $546.25.
    const { computed } = run(
      baseCase({
        settings: { liquidatedDamages: false },
        laborPeriods: [
          { startDate: '2012-03-11', endDate: '2012-03-14', weeklySchedule: EVERY_DAY(10), wagesPaid: { perWeek: '70.00' } },
          { startDate: '2012-03-15', endDate: '2012-03-17', weeklySchedule: EVERY_DAY(10), wagesPaid: { perWeek: '70.00' } },
        ],
      }),
    );
    expect(computed.weeks.map((w) => [w.owedCents, w.paidCents, w.unpaidCents])).toEqual([[61625, 7000, 54625]]);
  });

  it('moving a payment from an overpaid week to a short week can lower the unpaid total: the payment becomes creditable there', () => {
    const c = (payDate: string) =>
      baseCase({
        settings: { liquidatedDamages: false },
        laborPeriods: [
          { startDate: '2012-03-07', endDate: '2012-03-13', weeklySchedule: EVERY_DAY(12), wagesPaid: { payments: [{ date: payDate, amount: '$500' }] } },
        ],
      });
    // Paid in week 1 ($377.00 owed): $123.00 of it is wasted, week 2 is wholly unpaid ($261.00).
    expect(run(c('2012-03-07')).computed.flsa.unpaidCents).toBe(26100);
    // Paid in week 2 ($261.00 owed): week 1 is wholly unpaid ($377.00), week 2 is covered.
    expect(run(c('2012-03-12')).computed.flsa.unpaidCents).toBe(37700);
  });
});

describe('greater of G and F, losses and total (18 U.S.C. § 1593(b)(3))', () => {
  it('total = L + max(G, F); losses never enter the comparison', () => {
    const { computed } = run({
      ...EXAMPLE_1,
      grossIncome: [{ label: 'Billed', incomeFrom: 'labor', amount: '700', evidence: 'Invoices' }],
      losses: [
        { category: 'medical', description: 'Care', amount: '1,000.00', projected: false },
        { category: 'medical', description: 'Future care', amount: '500.50', projected: true },
        { category: 'other', description: 'Documents', amount: '0.01', projected: false },
      ],
    });
    expect(computed.laborValue).toEqual({ method: 'gross-income', cents: 70000, flsaCents: 63800, grossIncomeCents: 70000 });
    expect(computed.losses.totalCents).toBe(150051);
    expect(computed.losses.byCategory.map((b) => [b.category, b.pastCents, b.projectedCents, b.totalCents])).toEqual([
      ['medical', 100000, 50050, 150050],
      ['other', 1, 0, 1],
    ]);
    expect(computed.totalCents).toBe(150051 + 70000);
  });
  it('G lines: days × daily earnings, amounts, and half-up rounding per line', () => {
    const { computed } = run(
      baseCase({
        grossIncome: [
          { label: 'Daily', incomeFrom: 'labor', days: 40, dailyEarnings: '22.50', evidence: 'x' },
          { label: 'Third', incomeFrom: 'labor', amount: '1.00', defendantShare: 0.125, evidence: 'x' }, // 12.5 cents → 13
          { label: 'Acts', incomeFrom: 'commercial-sex-acts', days: 3, actsPerDay: 2.5, pricePerAct: '1.01', defendantShare: 0.5, evidence: 'x' },
        ],
      }),
    );
    expect(computed.grossIncome.lines.map((l) => [l.grossCents, l.cents])).toEqual([
      [90000, 90000],
      [100, 13],
      [758, 379], // 3 × 2.5 × 101 = 757.5 → 758 gross shown; 757.5 × 0.5 = 378.75 → 379
    ]);
    expect(computed.grossIncome.totalCents).toBe(90000 + 13 + 379);
  });
});

describe('formatting', () => {
  it('cents and rates', () => {
    expect(formatCents(123456789)).toBe('$1,234,567.89');
    expect(formatCents(5)).toBe('$0.05');
    expect(formatRate(new Dec(1087.5))).toBe('$10.875');
    expect(formatRate(new Dec(725))).toBe('$7.25');
  });
  it('whole-cent rates print as formatRate prints them', () => {
    for (let cents = 0; cents <= 250_000; cents += cents < 2000 ? 1 : 97) expect(formatRateCents(cents)).toBe(formatRate(new Dec(cents)));
    expect(formatRateCents(100_000)).toBe('$1,000.00');
    expect(formatRateCents(1087.5)).toBe('$10.875');
  });
  it('hours print as formatHours prints their decimal', () => {
    for (const h of [0, 0.0001, 7.5, 7.3333, 40, 48.25, 1234.5, 1e-7, 1e21, 2 ** 53 + 2]) expect(formatHoursNumber(h)).toBe(formatHours(new Dec(h)));
    for (let n = 0; n < 3_000_000; n += 997) expect(formatTenThousandths(n)).toBe(formatHours(new Dec(n).dividedBy(10_000)));
    expect(formatTenThousandths(12_345_600)).toBe('1,234.56');
  });
});

it('the weekday-only schedule of example 3 has no hours at weekends', () => {
  const { computed } = run(baseCase({ laborPeriods: [{ startDate: '2015-01-03', endDate: '2015-01-04', weeklySchedule: WEEKDAYS_ONLY(10) }] }));
  expect(computed.weeks.map((w) => w.hours)).toEqual([0, 0]);
});
