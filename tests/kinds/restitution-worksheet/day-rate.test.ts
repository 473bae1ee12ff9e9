// Opposing counsel's review, template 2.15.0 (docs/domain/restitution-worksheet-examples.md,
// worked example 21): a roofer paid $150.00 a day, 12 hours a day six days a week, with the
// agreed rate $12.50 the day rate gives (29 C.F.R. § 778.112). The period's line said the hours up
// to 40 "are valued at the minimum wage", which rebuilds a week as 40 × $7.25 + 32 × $18.75 =
// $890.00, while the table owed $1,100.00 (40 × $12.50 + 32 × $18.75: the week's $900.00 pays the
// agreed straight time first, 29 C.F.R. § 778.315). The line now says so, and the page rebuilds.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { baseCase, parse, run } from './cases.js';

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
