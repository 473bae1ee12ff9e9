// Fresh review, template 2.17.0, as a clinic attorney and as opposing counsel (docs/domain/
// restitution-worksheet-examples.md, worked example 25): cases no fixture has, every figure rebuilt
// by hand from the page. What was wrong: the rule on credits and the form's help spoke of what the
// victim "had to hand back" alone, so a bunk's rent deducted from each week's pay, or food given
// instead of part of the cash, read as wages paid (29 C.F.R. §§ 531.27(a), 531.35); opposing
// counsel read a credit for the gross pay into the silence.
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { generate } from '../../../src/pipeline.js';
import { pdfText } from '../../support/extract.js';
import { baseCase, descriptions, run } from './cases.js';

const K = 'restitution-worksheet';
const SIX_TENS = { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 };

/** Texas, March 3–16, 2024: two whole Sunday workweeks of 60 hours at $7.25. */
const kitchen = (period: Record<string, unknown>) =>
  baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [{ label: 'Kitchen', startDate: '2024-03-03', endDate: '2024-03-16', state: 'TX', weeklySchedule: SIX_TENS, ...period }],
  });

describe('rent for a bunk deducted from each week’s pay, and food instead of part of the cash', () => {
  it('rebuilds by hand: the cash kept is credited, not the gross pay', () => {
    // Each week: 40 × $7.25 + 20 × $10.875 = $507.50 owed. $300.00 a week less $100.00 for a bunk:
    // $200.00 kept, $307.50 unpaid a week, F = $615.00; the gross $300.00 would give $415.00.
    const bunk = run(kitchen({ lodgingOrMeals: 'lodging', wagesPaid: { perWeek: '200' } }));
    expect(bunk.computed.weeks.map((w) => [w.owedCents, w.paidCents, w.unpaidCents])).toEqual([[50750, 20000, 30750], [50750, 20000, 30750]]);
    expect(bunk.computed.flsa.totalCents).toBe(61500);
    // $150.00 in cash a week and the victim's meals: the meals are no wage paid; F = 2 × $357.50.
    expect(run(kitchen({ lodgingOrMeals: 'meals', wagesPaid: { perWeek: '150' } })).computed.flsa.totalCents).toBe(71500);
  });

  it('the rule on credits says a deduction and pay in kind are not wages paid (PDF)', async () => {
    const g = await generate({ kind: K, input: kitchen({ lodgingOrMeals: 'lodging', wagesPaid: { perWeek: '200' } }), format: 'pdf' });
    const t = pdfText(g.bytes).replace(/\s+/g, ' ').replace(/ ?Page \d+ of \d+ CONFIDENTIAL — .*? Restitution worksheet · prepared [A-Z][a-z]+ \d+, \d{4}/g, '');
    expect(t).toContain('The wages credited are the cash the victim received free and clear (29 C.F.R. §§ 531.27(a), 531.35): an amount deducted from the pay, or that the victim had to hand back, directly or indirectly, to a defendant or for a defendant’s benefit (for a bed or meals, as a “debt”, a fee or a fine), is not a wage paid and is not credited, nor are food, lodging or goods given instead of pay.');
    expect(t).toContain('Lodging provided by the defendant is not credited against the wages owed');
  });

  it('the form’s help for wages paid, a payment and a weekly payment says to leave deductions and pay in kind out', () => {
    const all = descriptions(caseJsonSchema(getKind(K)));
    const one = (test: (d: { path: string; text: string }) => boolean) => all.find(test)?.text ?? '';
    expect(one((d) => d.path.endsWith('.laborPeriods.items.properties.wagesPaid'))).toContain('leave out what was deducted from the pay or what the victim had to hand back to a defendant or for a defendant’s benefit (rent for a bed, a “debt”, fees, fines: 29 C.F.R. § 531.35)');
    expect(one((d) => d.path.endsWith('.laborPeriods.items.properties.wagesPaid'))).toContain('any value of lodging, meals or goods given instead of pay (never credited: 29 C.F.R. § 531.27(a))');
    expect(one((d) => d.text.startsWith('The amount paid to the victim on that date'))).toContain('in cash or by check, less any part deducted from it or that the victim had to hand back (29 C.F.R. § 531.35); not the value of food or goods given instead of pay');
    expect(one((d) => d.text.startsWith('The amount paid for each week of the period'))).toContain('in cash or by check, less any part deducted from it or handed back (29 C.F.R. § 531.35)');
  });
});

describe('two weeks from a Saturday across a state raise on a Tuesday, and G equal to F to the cent', () => {
  // Arizona, Saturday December 29, 2018 to Friday January 11, 2019, Monday to Saturday 10 hours,
  // state rates: $10.50, then $11.00 from Tuesday January 1, 2019 (Ariz. Rev. Stat. § 23-363).
  const data = baseCase({
    settings: { liquidatedDamages: false, minimumWage: 'higher-of-federal-and-state' },
    laborPeriods: [
      {
        label: 'Motel cleaning',
        startDate: '2018-12-29',
        endDate: '2019-01-11',
        state: 'AZ',
        weeklySchedule: SIX_TENS,
        wagesPaid: { payments: [{ date: '2019-01-04', amount: '200' }, { date: '2019-01-11', amount: '200' }] },
      },
    ],
    grossIncome: [{ label: 'Rooms cleaned, billed to guests', incomeFrom: 'labor', amount: '1074.17', evidence: 'Exhibit 3' }],
  });

  it('rebuilds by hand, and a tie counts F', () => {
    const r = run(data);
    // Week of December 23: Saturday alone, 10 × $10.50 = $105.00. Week of December 30: Monday at
    // $10.50 (10 h), Tuesday to Saturday at $11.00 (50 h): $655.00 ÷ 60 = $10.916667, 20 h × half of
    // it = $109.17, owed $764.17. Week of January 6: 50 h at $11.00 + 10 × $5.50 = $605.00.
    // Owed $1,474.17, paid $400.00, F = $1,074.17 = G.
    expect(r.computed.weeks.map((w) => [w.weekStart, w.hours, w.overtimeHours, w.ratesCents, w.hoursAtRates, w.owedCents, w.unpaidCents])).toEqual([
      ['2018-12-23', 10, 0, [1050], [10], 10500, 10500],
      ['2018-12-30', 60, 20, [1050, 1100], [10, 50], 76417, 56417],
      ['2019-01-06', 50, 10, [1100], [50], 60500, 40500],
    ]);
    expect(r.computed.rateLines).toEqual(['December 30, 2018: $10.50 for 10 hours and $11.00 for 50 hours; weighted-average regular rate $10.916667']);
    expect([r.computed.laborValue.method, r.computed.laborValue.cents, r.computed.flsa.totalCents]).toEqual(['flsa', 107417, 107417]);
    // At the federal rate: 10 × $7.25 + (60 × $7.25 + 20 × $3.625) + (50 × $7.25 + 10 × $3.625) =
    // $72.50 + $507.50 + $398.75 = $978.75, less $400.00: $578.75, below G, so G is counted.
    expect(r.computed.alternatives.federalOnly).toMatchObject({ flsaCents: 57875, laborValueCents: 107417, totalCents: 107417 });
  });
});
