// Worked examples 17 and 18 (docs/domain/restitution-worksheet-examples.md): a state's minimum wage
// raised on January 1, inside a workweek that spans the new year, with a weekly payment credited
// pro rata in a partial first week, with and without an agreed rate above both rates, and two jobs
// in such a week. Opposing counsel's review of round r48: each "Owed" redone by hand from what the
// worksheet prints (the rates by date, the hours at each, the line under the table) gives the
// worksheet's figure to the cent.
import { describe, expect, it } from 'vitest';
import { baseCase, run } from './cases.js';

const MON_SAT = { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 };
const STATE = { liquidatedDamages: false, minimumWage: 'higher-of-federal-and-state' };
// California, Monday December 23, 2024 to Saturday January 11, 2025: $16.00, then $16.50 from January 1.
const warehouse = (extra: Record<string, unknown>) => baseCase({ settings: STATE, laborPeriods: [{ label: 'Warehouse', state: 'CA', startDate: '2024-12-23', endDate: '2025-01-11', weeklySchedule: MON_SAT, ...extra }] });
const owed = (raw: unknown) => run(raw).computed.weeks.map((w) => [w.weekStart, w.owedCents, w.paidCents, w.unpaidCents]);

describe('worked example 17: California’s January 1 raise inside the workweek of December 29, 2024', () => {
  it('at the minimum wage: $1,120.00, $1,143.33 and $1,155.00 owed; $300.00 a week credited $257.14 in the first, 6 days of 7', () => {
    // Week of Dec 22: 60 × $16.00 + 20 × $8.00. Week of Dec 29: Mon–Tue 20 h at $16.00 and Wed–Sat
    // 40 h at $16.50, $980.00, regular rate $16.333333…, + 0.5 × $16.333333… × 20 = $1,143.333….
    // Week of Jan 5: 60 × $16.50 + 20 × $8.25.
    expect(owed(warehouse({ wagesPaid: { perWeek: '300.00' } }))).toEqual([
      ['2024-12-22', 112000, 25714, 86286],
      ['2024-12-29', 114333, 30000, 84333],
      ['2025-01-05', 115500, 30000, 85500],
    ]);
    const { computed } = run(warehouse({ wagesPaid: { perWeek: '300.00' } }));
    expect(computed.flsa.totalCents).toBe(256119);
    expect(computed.flsaFederalOnly!.totalCents).toBe(66536);
    expect(computed.rateLines).toEqual(['December 29, 2024: $16.00 for 20 hours and $16.50 for 40 hours; weighted-average regular rate $16.333333']);
  });

  it('at an agreed $18.00, paid $500.00 a week: the hours up to 40 at the minimum wages’ average, $16.333333, and overtime at $27.00', () => {
    // Week of Dec 29: Y = $980.00 × 40 ÷ 60 = $653.333…, X = 40 × $18.00 = $720.00, paid $500.00,
    // so max(Y, min($500.00, X)) = Y; O = 1.5 × $18.00 × 20 = $540.00; owed $1,193.33.
    expect(owed(warehouse({ agreedRate: '18.00', wagesPaid: { perWeek: '500.00' } }))).toEqual([
      ['2024-12-22', 118000, 42857, 75143],
      ['2024-12-29', 119333, 50000, 69333],
      ['2025-01-05', 120000, 50000, 70000],
    ]);
    const { computed } = run(warehouse({ agreedRate: '18.00', wagesPaid: { perWeek: '500.00' } }));
    expect(computed.flsa.totalCents).toBe(214476);
    // Federal alone: the first 40 hours at the agreed rate as far as paid ($428.57, $500.00, $500.00) + $540.00, less the pay: $540.00 a week.
    expect(computed.flsaFederalOnly!.totalCents).toBe(162000);
    expect(computed.rateLines[0]).toContain('the hours up to 40 are valued at these minimum wages’ weighted average, $16.333333');
  });
});

describe('worked example 18: two jobs in the workweek of December 29, 2024, New York’s raise on January 1', () => {
  it('owed $1,211.97, rebuilt from the line under the table', () => {
    const raw = baseCase({
      settings: STATE,
      laborPeriods: [
        { label: 'Restaurant', state: 'NY', startDate: '2024-12-29', endDate: '2025-01-04', weeklySchedule: { monday: 9, tuesday: 9, wednesday: 9, thursday: 9, friday: 9 }, wagesPaid: { payments: [{ date: '2025-01-03', amount: '500.00' }] } },
        { label: 'Cleaning', state: 'NY', agreedRate: '20.00', startDate: '2024-12-29', endDate: '2025-01-04', weeklySchedule: { sunday: 8, saturday: 8, tuesday: 3 }, wagesPaid: { payments: [{ date: '2025-01-04', amount: '100.00' }] } },
      ],
    });
    const { computed } = run(raw);
    // Restaurant 18 h at $15.00 and 27 h at $15.50 = $688.50; cleaning 11 h at $15.00 and 8 h at
    // $15.50 = $289.00 at the minimum wage, 19 × $20.00 = $380.00 agreed. RR = $1,068.50 ÷ 64.
    // Up to 40, × 40 ÷ 64: $430.3125 and max($180.625, min($100.00, $237.50)) = $180.625;
    // O = 1.5 × $1,068.50 × 24 ÷ 64 = $601.03125; in all $1,211.96875.
    expect(computed.weeks.map((w) => [w.owedCents, w.paidCents, w.unpaidCents])).toEqual([[121197, 60000, 61197]]);
    expect(computed.rateLines[0]).toContain('($430.3125 for period 1; $180.625 for period 2); plus the overtime, 1.5 × $1,068.50 × 24 ÷ 64 = $601.03125; in all $1,211.96875, rounded to $1,211.97');
  });
});
