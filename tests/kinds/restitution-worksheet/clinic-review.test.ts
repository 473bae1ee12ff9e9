// Fresh review as a clinic attorney, template 2.20.0 (docs/domain/restitution-worksheet-pay.md,
// "Tips and pay by the piece"): work across the federal change of July 24, 2009 inside a
// workweek, paid by the piece. Worked example 32.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { baseCase, parse, run } from './cases.js';

const SIX_TENS = { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 };
// Tomato packing paid by the bucket, Sunday July 12 to Saturday August 1, 2009 (three workweeks,
// the second across July 24), $600.00 each Saturday for 60 hours: about $10.00 an hour.
const packing = (extra: Record<string, unknown> = {}) =>
  baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [
      {
        label: 'Tomato packing, paid by the bucket',
        state: 'FL',
        startDate: '2009-07-12',
        endDate: '2009-08-01',
        weeklySchedule: SIX_TENS,
        wagesPaid: { payments: ['2009-07-18', '2009-07-25', '2009-08-01'].map((date) => ({ date, amount: 600 })) },
        evidence: 'Bucket tallies (Exhibit 3)',
        ...extra,
      },
    ],
  });

function tipAssumption(raw: Record<string, unknown>): string {
  const r = run(raw);
  const v = view(parse(raw), r.computed, r.warnings) as { assumptions: string[] };
  return v.assumptions.find((a) => a.includes('No tip credit is taken')) ?? '';
}

describe('the tip-credit floor at the federal rate of the days worked', () => {
  it('work across July 24, 2009 gives the credit and the overtime floor at $6.55 and at $7.25', () => {
    // $6.55 − $2.13 = $4.42; 1.5 × $6.55 − $4.42 = $5.405. $7.25 − $2.13 = $5.12; 1.5 × $7.25 − $5.12 = $5.755.
    const t = tipAssumption(packing());
    expect(t).toContain('($4.42 an hour at the $6.55 minimum wage of July 24, 2008 to July 23, 2009 and $5.12 an hour at the $7.25 minimum wage from July 24, 2009)');
    expect(t).toContain('(1.5 × $6.55 − $4.42 = $5.405 at $6.55; 1.5 × $7.25 − $5.12 = $5.755 at $7.25: 29 C.F.R. § 531.60)');
  });

  it('work after July 24, 2009 alone reads as before', () => {
    const t = tipAssumption(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [{ label: 'Diner', startDate: '2024-03-03', endDate: '2024-03-09', state: 'TX', weeklySchedule: SIX_TENS }] }));
    expect(t).toContain('less that cash wage ($5.12 an hour since July 24, 2009)');
    expect(t).toContain('(1.5 × $7.25 − $5.12 = $5.755 at $7.25: 29 C.F.R. § 531.60)');
  });
});

describe('pay by the piece: overtime on its regular rate (29 C.F.R. § 778.111(a))', () => {
  it('worked example 32: the page and the warning say how; given as the agreed rate it owes the half-time, $300.00', () => {
    // Without a rate each week owes less than the $600.00 paid ($458.50, $474.83, $507.50): F $0.00.
    const bare = run(packing());
    expect(bare.computed.flsa.totalCents).toBe(0);
    const warning = bare.warnings.find((w) => w.code === 'pay-above-minimum-wage');
    expect(warning?.message).toContain('if paid by the piece, the regular rate is the week’s piece earnings divided by its hours (29 C.F.R. § 778.111(a)), here about $10.00: given here, it owes half that rate again for each hour over 40 beside the piece pay');
    expect(tipAssumption(packing())).toContain('for pay by the piece, the week’s piece earnings divided by its hours, with half that rate for each hour over 40 besides the piece pay (29 C.F.R. § 778.111(a))');
    // $600.00 ÷ 60 = $10.00; 0.5 × $10.00 × 20 = $100.00 a week, also in the week across July 24
    // (each hour at the higher of $10.00 and the minimum wage): owed 40 × $10.00 + 1.5 × $10.00 × 20
    // = $700.00 against $600.00 paid. F = 3 × $100.00 = $300.00.
    const rated = run(packing({ agreedRate: 10 }));
    expect(rated.computed.weeks.map((w) => w.unpaidCents)).toEqual([10000, 10000, 10000]);
    expect(rated.computed.flsa.totalCents).toBe(30000);
  });
});
