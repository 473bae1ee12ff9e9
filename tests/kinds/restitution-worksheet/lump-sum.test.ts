// Warning `lump-sum-payment` (lump-sums.ts): a month's pay handed over in one week with hours is
// credited to that week only, never beyond the wages owed there (29 C.F.R. §§ 776.4, 778.104), and
// was read by `pay-above-minimum-wage` as an hourly rate (docs/domain/restitution-worksheet-pay.md,
// "Wages actually paid").
import { describe, expect, it } from 'vitest';
import { baseCase, run } from './cases.js';

const MON_SAT = { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 };
// Four workweeks of 60 hours, Sunday January 1 to Saturday January 28, 2023: each owes
// 40 × $7.25 + 20 × $10.875 = $507.50.
const restaurant = (payments: { date: string; amount: string }[], extra: Record<string, unknown> = {}) =>
  baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [{ label: 'Restaurant', startDate: '2023-01-02', endDate: '2023-01-28', weeklySchedule: MON_SAT, wagesPaid: { payments }, ...extra }],
  });
const codes = (raw: unknown) => run(raw).warnings.map((w) => w.code);

describe('lump-sum-payment', () => {
  it('a month’s pay, $1,200.00, on Monday January 2: 2.36 times the week’s $507.50, $692.50 of it lowers nothing; no hourly rate is read from it', () => {
    const { computed, warnings } = run(restaurant([{ date: '2023-01-02', amount: '1200.00' }]));
    expect(computed.weeks[0]).toMatchObject({ weekStart: '2023-01-01', owedCents: 50750, paidCents: 120000, unpaidCents: 0 });
    // As given: three weeks unpaid in full, 3 × $507.50 = $1,522.50; the same $1,200.00 at $300.00
    // a week would leave 4 × $207.50 = $830.00.
    expect(computed.flsa.unpaidCents).toBe(152250);
    const w = warnings.filter((x) => x.code === 'lump-sum-payment');
    expect(w).toEqual([expect.objectContaining({ path: 'laborPeriods.0.wagesPaid.payments.0.date' })]);
    expect(w[0]!.message).toContain('in the workweek of January 1, 2023 this period’s pay, $1,200.00, is 2.36 times the minimum-wage pay of its 60 hours that week ($507.50), while in other workweeks it has hours and no dated payment: pay of several weeks in one');
    expect(w[0]!.message).toContain('so $692.50 of that week’s pay lowers nothing');
    expect(w[0]!.message).toContain('give one payment in each workweek it paid for, dated in that week, with that week’s share');
    expect(w[0]!.message).toContain('the victim was paid about $20.00 an hour: give that rate as this period’s agreedRate');
    expect(warnings.map((x) => x.code)).not.toContain('pay-above-minimum-wage');
    const spread = run(restaurant(['2023-01-02', '2023-01-09', '2023-01-16', '2023-01-23'].map((date) => ({ date, amount: '300.00' }))));
    expect(spread.computed.flsa.unpaidCents).toBe(83000);
    expect(spread.warnings.map((x) => x.code)).not.toContain('lump-sum-payment');
  });

  it('the line is twice the week’s minimum-wage pay: $1,015.00 warns, $1,014.99 does not (and reads as a rate above the minimum wage)', () => {
    expect(codes(restaurant([{ date: '2023-01-04', amount: '1015.00' }]))).toContain('lump-sum-payment');
    const below = codes(restaurant([{ date: '2023-01-04', amount: '1014.99' }]));
    expect(below).not.toContain('lump-sum-payment');
    expect(below).toContain('pay-above-minimum-wage');
  });

  it('several weeks: counted, the first named; payments in one week are summed; with an agreed rate no rate is asked for', () => {
    const raw = restaurant(
      [
        { date: '2023-01-09', amount: '600.00' },
        { date: '2023-01-10', amount: '600.00' },
        { date: '2023-01-23', amount: '1150.00' },
      ],
      { agreedRate: '8.00' },
    );
    const w = run(raw).warnings.filter((x) => x.code === 'lump-sum-payment');
    expect(w).toEqual([expect.objectContaining({ path: 'laborPeriods.0.wagesPaid.payments.0.date' })]);
    // Against the agreed rate: 40 × $8.00 + 20 × $12.00 = $560.00 a week, so the line is $1,120.00.
    expect(w[0]!.message).toMatch(/^in 2 workweeks this period’s pay is twice or more the pay at the agreed rate, \$8\.00, of its hours that week, the workweeks of January 8, 2023 \(\$1,200\.00\) and of January 22, 2023 \(\$1,150\.00\); the first, the workweek of January 8, 2023: \$1,200\.00, 2\.14 times the pay of its 60 hours \(\$560\.00\)/);
    expect(w[0]!.message).not.toContain('agreedRate');
  });

  it('a genuine rate paid every week, $1,100.00 for 60 hours, is a rate, not a lump sum: pay-above-minimum-wage asks for it', () => {
    const weekly = ['2023-01-07', '2023-01-14', '2023-01-21', '2023-01-28'].map((date) => ({ date, amount: '1100.00' }));
    const { computed, warnings } = run(restaurant(weekly));
    expect(computed.flsa.unpaidCents).toBe(0);
    expect(warnings.map((x) => x.code)).not.toContain('lump-sum-payment');
    expect(warnings.find((x) => x.code === 'pay-above-minimum-wage')?.message).toContain('$1,100.00 for 60 hours, about $18.33 an hour');
  });

  it('with the agreed rate given, pay of one week at it is not a lump sum: $1,100.00 against 40 × $15.00 + 20 × $22.50 = $1,050.00', () => {
    const twoWeeks = ['2023-01-07', '2023-01-14'].map((date) => ({ date, amount: '1100.00' }));
    expect(codes(restaurant(twoWeeks, { agreedRate: '15.00' }))).not.toContain('lump-sum-payment');
    // Twice the agreed week's pay is still several weeks' pay.
    expect(codes(restaurant([{ date: '2023-01-07', amount: '2100.00' }], { agreedRate: '15.00' }))).toContain('lump-sum-payment');
  });

  it('$100.00 every week and $2,000.00 once: the week that stands out is warned, the others are not', () => {
    const pay = ['2023-01-07', '2023-01-14', '2023-01-21'].map((date) => ({ date, amount: '100.00' }));
    const w = run(restaurant([...pay, { date: '2023-01-28', amount: '2000.00' }])).warnings.filter((x) => x.code === 'lump-sum-payment');
    expect(w).toEqual([expect.objectContaining({ path: 'laborPeriods.0.wagesPaid.payments.3.date' })]);
    expect(w[0]!.message).toMatch(/^in the workweek of January 22, 2023 this period’s pay, \$2,000\.00, is 3\.94 times/);
  });

  it('a month’s pay given as the weekly payment, $1,200.00, is warned at perWeek: credited every week, it leaves F at $0.00', () => {
    const { computed, warnings } = run(restaurant([], { wagesPaid: { perWeek: '1200.00' } }));
    expect(computed.flsa.unpaidCents).toBe(0);
    const w = warnings.filter((x) => x.code === 'lump-sum-payment');
    expect(w).toEqual([expect.objectContaining({ path: 'laborPeriods.0.wagesPaid.perWeek' })]);
    expect(w[0]!.message).toContain('the weekly payment, $1,200.00, is 2.36 times the minimum-wage pay of this period’s 60 hours in the workweek of January 8, 2023 ($507.50): pay of several weeks credited to each of the workweeks of January 1 to January 22, 2023 (4 weeks)');
    expect(w[0]!.message).toContain('give the pay of one week as perWeek');
    expect(warnings.map((x) => x.code)).not.toContain('pay-above-minimum-wage');
  });

  it('a dated payment on top of the weekly payment is counted with it: $800.00 and 6/7 of $300.00 make $1,057.14 in the first week', () => {
    const { warnings } = run(restaurant([{ date: '2023-01-07', amount: '800.00' }], { wagesPaid: { perWeek: '300.00', payments: [{ date: '2023-01-07', amount: '800.00' }] } }));
    const w = warnings.filter((x) => x.code === 'lump-sum-payment');
    expect(w).toEqual([expect.objectContaining({ path: 'laborPeriods.0.wagesPaid.payments.0.date' })]);
    expect(w[0]!.message).toMatch(/^in the workweek of January 1, 2023 this period’s pay, \$1,057\.14, is 2\.08 times/);
    expect(warnings.map((x) => x.code)).not.toContain('pay-above-minimum-wage');
  });
  // Two jobs in one workweek (29 C.F.R. § 778.103): the pay of both is set against the wages owed
  // for the hours of both, so what lowers nothing is the week's figure, named with its two terms.
  // The warning gave no amount when the other job paid that week too, and an unexplained one
  // (not $1,200.00 − $507.50) when it only worked there.
  const cleaning = (extra: Record<string, unknown>) => ({ label: 'Cleaning', startDate: '2023-01-01', endDate: '2023-01-28', ...extra });
  const twoJobs = (second: Record<string, unknown>, amount = '1200.00') => {
    const raw = restaurant([{ date: '2023-01-02', amount }]);
    return { ...raw, laborPeriods: [...(raw.laborPeriods as unknown[]), second] };
  };
  it('with a second job that worked and paid that week: the week’s pay, $1,220.00, against its wages owed, $551.00, leaves $669.00 that lowers nothing', () => {
    const { computed, warnings } = run(twoJobs(cleaning({ weeklySchedule: { sunday: 4 }, wagesPaid: { payments: [{ date: '2023-01-01', amount: '20.00' }] } })));
    // 60 + 4 = 64 hours: 40 × $7.25 + 24 × $10.875 = $551.00; paid $1,200.00 + $20.00.
    expect(computed.weeks[0]).toMatchObject({ hours: 64, owedCents: 55100, paidCents: 122000, unpaidCents: 0 });
    const w = warnings.find((x) => x.code === 'lump-sum-payment')!;
    expect(w.path).toBe('laborPeriods.0.wagesPaid.payments.0.date');
    expect(w.message).toContain(
      'that workweek has other labor periods’ hours and pay too, and the pay of every period, $1,220.00, is set against the wages owed for every hour worked that week, $551.00 (29 C.F.R. § 778.103), so $669.00 of that week’s pay lowers nothing and the rest pays for the hours of every period that week.',
    );
    expect(w.message).not.toContain('$692.50');
  });

  it('with a second job whose hours owe more than the week’s pay: nothing is left over, and the lump sum lowers that job’s shortfall', () => {
    // Cleaning 14 hours on Sunday and 4 on each other day at an agreed $15.00, unpaid: 98 hours,
    // regular rate (60 × $7.25 + 38 × $15.00) ÷ 98 = $1,005.00 ÷ 98 = $10.255102…; overtime 1.5 ×
    // $10.255102… × 58 = $892.1939; the hours up to 40 at the minimum wage, $290.00: the cleaning
    // job paid nothing toward its agreed straight time, and the restaurant's pay goes to its own
    // (overtime.ts, agreedWeek; worked example 16): $1,182.19 owed against $1,050.00 paid.
    const { computed, warnings } = run(twoJobs(cleaning({ agreedRate: '15.00', weeklySchedule: { sunday: 14, monday: 4, tuesday: 4, wednesday: 4, thursday: 4, friday: 4, saturday: 4 } }), '1050.00'));
    expect(computed.weeks[0]).toMatchObject({ hours: 98, owedCents: 118219, paidCents: 105000, unpaidCents: 13219 });
    const w = warnings.find((x) => x.code === 'lump-sum-payment')!;
    expect(w.message).toContain(
      'that workweek has other labor periods’ hours too, and the pay of every period, $1,050.00, is set against the wages owed for every hour worked that week, $1,182.19 (29 C.F.R. § 778.103), so none of that week’s pay is left over: this period’s pay beyond its own hours lowers the other periods’ shortfall that week, not that of the weeks it paid for.',
    );
    expect(w.message).not.toContain('lowers nothing');
  });
});
