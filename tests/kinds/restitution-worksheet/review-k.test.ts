// The eleventh practitioner review of the restitution worksheet, read as opposing counsel redoing
// the page's arithmetic by hand from what it prints (round r49). Cases no fixture has: overtime
// across Florida's raise of September 30, 2021 with a weekly payment from a Monday; a partial first
// week at an agreed rate below the minimum wage; two defendants' jobs in one workweek. Their
// figures reconciled to the cent (docs/domain/restitution-worksheet-examples.md, example 19); one
// thing printed could not be rebuilt from the page's own rules, and is held to its fix here.
import { describe, expect, it } from 'vitest';
import { roundingPolicy } from '../../../src/kinds/restitution-worksheet/view-rules.js';
import { generate } from '../../../src/pipeline.js';
import { pdfText } from '../../support/extract.js';
import { baseCase, parse, run } from './cases.js';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const MON_SAT = { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 };

// A nursery in Florida, Monday to Saturday 10 hours from Monday September 20 to Saturday October 9,
// 2021, $150.00 a week, state rates: $8.65 an hour until September 29, $10.00 from September 30
// (Fla. Const. art. X, § 24). By hand:
//   week of September 19: 60 h at $8.65 = $519.00 + 20 × $4.325 = $605.50; paid $150.00 × 6 ÷ 7
//     = $128.571428… → $128.57; unpaid $476.93;
//   week of September 26: 30 h at $8.65 + 30 h at $10.00 = $559.50, regular rate $559.50 ÷ 60 =
//     $9.325, + 20 × $4.6625 = $93.25: $652.75; paid $150.00; unpaid $502.75;
//   week of October 3: 60 h at $10.00 = $600.00 + 20 × $5.00 = $700.00; paid $150.00; unpaid $550.00.
//   F (no liquidated damages) = $476.93 + $502.75 + $550.00 = $1,529.68.
const nursery = baseCase({
  settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false },
  laborPeriods: [{ label: 'Nursery', startDate: '2021-09-20', endDate: '2021-10-09', state: 'FL', weeklySchedule: MON_SAT, wagesPaid: { perWeek: '150' } }],
});

describe('opposing counsel rebuilds the page', () => {
  it('overtime across a state raise, and a weekly payment from a Monday: every row by hand', () => {
    const { computed } = run(nursery);
    expect(computed.weeks.map((w) => [w.owedCents, w.paidCents, w.unpaidCents])).toEqual([
      [60550, 12857, 47693],
      [65275, 15000, 50275],
      [70000, 15000, 55000],
    ]);
    expect(computed.flsa.unpaidCents).toBe(152968);
  });

  // The Paid column prints $128.57 for $150.00 × 6 ÷ 7 = $128.571428…, a rounding; the rounding
  // line, which names "each rounding the case's figures go through", said only that each
  // workweek's wages owed are rounded and "all arithmetic is exact", so the figure could not be
  // reconciled with the page's own rules (the full example's $21.43, $50.00 × 3 ÷ 7, too).
  it('the rounding line names the share of a weekly payment in a partial week, and only where there is one', async () => {
    const named = 'a weekly payment’s share of a partial first or last workweek (the weekly amount × days ÷ 7) is rounded half-up to the cent once';
    expect(roundingPolicy(parse(nursery))).toContain(named);
    const text = flat(pdfText((await generate({ kind: 'restitution-worksheet', input: nursery, format: 'pdf' })).bytes));
    expect(text).toContain(`Each workweek’s wages owed are rounded half-up to the cent once; ${named}; every total is the exact sum of the rounded rows.`);
    // Whole workweeks only (Sunday September 19 to Saturday October 9): the weekly amount is credited whole.
    const whole = baseCase({ laborPeriods: [{ startDate: '2021-09-19', endDate: '2021-10-09', weeklySchedule: MON_SAT, wagesPaid: { perWeek: '150' } }] });
    expect(roundingPolicy(parse(whole))).not.toContain('weekly payment’s share');
    // A partial week without a weekly payment: nothing shared, nothing rounded there.
    const dated = baseCase({ laborPeriods: [{ startDate: '2021-09-20', endDate: '2021-10-09', weeklySchedule: MON_SAT, wagesPaid: { payments: [{ date: '2021-09-25', amount: '150' }] } }] });
    expect(roundingPolicy(parse(dated))).not.toContain('weekly payment’s share');
  });
});
