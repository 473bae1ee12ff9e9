// Fresh review, template 2.16.0 (docs/domain/restitution-worksheet-examples.md, worked example
// 23): a period of three days only, in a workweek that starts on a Wednesday, across Florida's
// raise of September 30, 2024 ($12.00 → $13.00), with state rates; a G line above F by one cent;
// losses in two currencies. Every figure rebuilt by hand from the page. What was wrong: the table's
// lead-in said "One workweek, each beginning on a Wednesday".
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { parse, run, workedExample23 } from './cases.js';

const threeDays = workedExample23([
  { category: 'medical', description: 'Clinic bill', amount: '293.25', projected: false, original: { amount: 5000, currency: 'MXN', rate: 0.05865, rateDate: '2025-09-01' } },
  { category: 'transportation-housing-childcare', description: 'Bus home', amount: '257.60', projected: false, original: { amount: 2000, currency: 'GTQ', rate: 0.1288, rateSource: 'Banco de Guatemala reference rate' } },
]);

describe('three days across a raise, in a Wednesday workweek', () => {
  it('rebuilds by hand: 28 h at $12.00 and 14 h at $13.00, 2 h over 40', () => {
    const r = run(threeDays);
    // Straight time 28 × $12.00 + 14 × $13.00 = $518.00; regular rate $518.00 ÷ 42 = $12.333333;
    // overtime premium 2 × $6.166667 = $12.333333; owed $530.33, paid $100.00, unpaid $430.33.
    expect(r.computed.weeks.map((w) => [w.weekStart, w.hours, w.overtimeHours, w.ratesCents, w.hoursAtRates, w.owedCents, w.unpaidCents])).toEqual([['2024-09-25', 42, 2, [1200, 1300], [28, 14], 53033, 43033]]);
    // At the federal rate: 42 × $7.25 + 2 × $3.625 = $311.75, less $100.00: $211.75.
    expect(r.computed.flsaFederalOnly!.unpaidCents).toBe(21175);
    // G, $430.34, exceeds F, $430.33, by a cent: G is counted. L = $293.25 + $257.60 = $550.85.
    expect([r.computed.laborValue.method, r.computed.laborValue.cents, r.computed.losses.totalCents, r.computed.totalCents]).toEqual(['gross-income', 43034, 55085, 98119]);
  });

  it('says "One workweek, beginning", not "each beginning"', () => {
    const r = run(threeDays);
    const v = view(parse(threeDays), r.computed, r.warnings) as { weeksLead: string; weekStartDay: string };
    expect(`${v.weeksLead} on a ${v.weekStartDay}`).toBe('One workweek, beginning on a Wednesday');
    const two = JSON.parse(JSON.stringify(threeDays).replace('"endDate":"2024-09-30"', '"endDate":"2024-10-02"'));
    const r2 = run(two);
    expect((view(parse(two), r2.computed, r2.warnings) as { weeksLead: string }).weeksLead).toBe('Two workweeks, each beginning');
  });
});
