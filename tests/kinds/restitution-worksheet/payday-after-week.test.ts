// Warning `payday-after-week` (paydays.ts): paydays on the first day of a workweek just after a
// week of the period's hours (a Sunday payday, the workweek beginning on Sunday) most often paid
// for the week just ended, and each is credited a workweek late (29 C.F.R. § 778.104;
// docs/domain/restitution-worksheet-pay.md, "Wages actually paid").
import { describe, expect, it } from 'vitest';
import { baseCase, run } from './cases.js';

const MON_SAT = { monday: 11, tuesday: 11, wednesday: 11, thursday: 11, friday: 11, saturday: 11 };
// Monday June 7 to Saturday July 31, 2021: eight workweeks of 66 hours, $572.75 each.
const SUNDAYS = ['2021-06-13', '2021-06-20', '2021-06-27', '2021-07-04', '2021-07-11', '2021-07-18', '2021-07-25'];
const kitchen = (dates: string[], amounts: string[] = dates.map(() => '300.00'), endDate = '2021-07-31') =>
  baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [{ label: 'Restaurant kitchen', startDate: '2021-06-07', endDate, weeklySchedule: MON_SAT, wagesPaid: { payments: dates.map((date, k) => ({ date, amount: amounts[k]! })) } }],
  });
const payday = (raw: unknown) => run(raw).warnings.filter((x) => x.code === 'payday-after-week');

describe('payday-after-week', () => {
  it('Sunday paydays in a period ending on a Saturday: every payment in a week with hours, yet each a week late, and said', () => {
    const { computed, warnings } = run(kitchen(SUNDAYS));
    // The first week is credited nothing, each later week the pay of the week before.
    expect(computed.weeks.map((w) => w.paidCents)).toEqual([0, 30000, 30000, 30000, 30000, 30000, 30000, 30000]);
    expect(warnings.map((x) => x.code)).not.toContain('pay-without-hours');
    const w = payday(kitchen(SUNDAYS));
    expect(w).toEqual([expect.objectContaining({ path: 'laborPeriods.0.wagesPaid.payments.0.date' })]);
    expect(w[0]!.message).toBe(
      'every payment of this period (7) falls on the first day of a workweek (a Sunday, the workweek beginning on Sunday) just after a workweek of its hours, the workweeks of June 13 to July 25, 2021 (7 weeks, each $300.00); the first, $300.00 on June 13, 2021, is credited to the workweek of June 13, 2021. A payment is credited to the workweek that contains its date (29 C.F.R. § 778.104): if each paid for the week just ended, each is credited one workweek late, against the next week’s hours, and the first week worked is credited nothing. With each dated on the last day worked of the workweek before, F would be the same, $2,482.00: the dates change the workweek table’s rows, not F. Date each in the workweek it paid for (its last day worked), and keep the record of when it was paid in the period’s evidence',
    );
  });

  it('one payday moved to Monday July 5 (a holiday) does not silence it for the other six', () => {
    const dates = SUNDAYS.map((d) => (d === '2021-07-04' ? '2021-07-05' : d));
    const w = payday(kitchen(dates));
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toMatch(/^6 of this period’s 7 payments fall on the first day of a workweek/);
  });

  it('not said of Saturday paydays, of one Sunday among them, of a payment on the first day worked, or of a first week paid', () => {
    const saturdays = ['2021-06-12', '2021-06-19', '2021-06-26', '2021-07-03', '2021-07-10', '2021-07-17', '2021-07-24', '2021-07-31'];
    expect(payday(kitchen(saturdays))).toEqual([]);
    expect(payday(kitchen(saturdays.map((d) => (d === '2021-07-03' ? '2021-07-04' : d))))).toEqual([]);
    // Two Sundays of three, and a Saturday: paid in the first week, which is then not "credited nothing".
    const w = payday(kitchen(['2021-06-12', '2021-06-13', '2021-06-20']));
    expect(w).toHaveLength(1);
    expect(w[0]!.message).not.toContain('first week worked is credited nothing');
    // A period starting on a Sunday with pay that day: no week of its hours before it.
    const fromSunday = baseCase({ laborPeriods: [{ startDate: '2021-06-06', endDate: '2021-06-19', weeklySchedule: MON_SAT, wagesPaid: { payments: [{ date: '2021-06-06', amount: '100.00' }, { date: '2021-06-13', amount: '100.00' }] } }] });
    expect(payday(fromSunday)).toEqual([]);
  });
  // What F would be with each payday dated on the last day worked of the week before (paydays.ts):
  // the preparer learns whether the dates change the figure filed or only the table's rows.
  it('says F with the paydays dated in the week before: the same when every week is short, lower when the last payday falls after the work', () => {
    // Every week short either way: $572.75 + 7 × $272.75 as given, 7 × $272.75 + $572.75 moved.
    expect(run(kitchen(SUNDAYS)).computed.flsa.totalCents).toBe(248200);
    // Ending Sunday August 1 with its payday: as given that $300.00 lowers nothing (no hours that
    // week), F = $572.75 + 7 × $272.75 = $2,482.00; dated Saturday July 31, eight weeks are credited
    // $300.00 each, 8 × $272.75 = $2,182.00 (the worked example of pay-without-hours).
    const toAug1 = kitchen([...SUNDAYS, '2021-08-01'], undefined, '2021-08-01');
    expect(run(toAug1).computed.flsa.totalCents).toBe(248200);
    const w = payday(toAug1);
    expect(w[0]!.message).toContain('With each dated on the last day worked of the workweek before, F would be $2,182.00, not $2,482.00. Date each');
    const moved = kitchen(['2021-06-12', '2021-06-19', '2021-06-26', '2021-07-03', '2021-07-10', '2021-07-17', '2021-07-24', '2021-07-31'], undefined, '2021-08-01');
    expect(run(moved).computed.flsa.totalCents).toBe(218200);
    // With liquidated damages on, F is twice the unpaid wages, and so is the figure: $4,364.00.
    const ld = { ...toAug1, settings: { liquidatedDamages: true } };
    expect(payday(ld)[0]!.message).toContain('F would be $4,364.00, not $4,964.00');
  });

  it('a period starting mid-week: the first payday is credited to its first, partial week', () => {
    // Wednesday June 9 to Saturday June 26, paid $150.00 on Sundays June 13, 20 and 27: the first
    // week (June 9–12, 44 hours: 40 × $7.25 + 4 × $10.875 = $333.50) would be dated Saturday June 12,
    // inside the period; Sunday June 6 would be refused (date-outside-period).
    const mid = baseCase({
      settings: { liquidatedDamages: false },
      laborPeriods: [{ startDate: '2021-06-09', endDate: '2021-06-27', weeklySchedule: MON_SAT, wagesPaid: { payments: ['2021-06-13', '2021-06-20', '2021-06-27'].map((date) => ({ date, amount: '150.00' })) } }],
    });
    // As given: $333.50 + 2 × ($572.75 − $150.00) and the June 27 payday lowers nothing: $1,179.00;
    // moved: ($333.50 − $150.00) + 2 × $422.75 = $1,029.00.
    expect(run(mid).computed.flsa.totalCents).toBe(117900);
    expect(payday(mid)[0]!.message).toContain('F would be $1,029.00, not $1,179.00');
  });
});
