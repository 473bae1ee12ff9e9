// F under another reading of the case (without state rates, or with them when the case is read
// without; a period's overtime exemption read as none) computes only the workweeks that reading can change and reuses F's other rows (flsa.ts
// flsaTotalsReusing; issue 18: a one-year case's 52 rows were computed three times a render). The
// figures are the same as the reversed case computed whole.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as overtime from '../../../src/kinds/restitution-worksheet/overtime.js';
import { baseCase, EVERY_DAY, run, WEEKDAYS_ONLY } from './cases.js';

vi.mock('../../../src/kinds/restitution-worksheet/overtime.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/kinds/restitution-worksheet/overtime.js')>();
  return { ...m, weekWage: vi.fn(m.weekWage) };
});

/** Workweek rows computed (one weekWage call each) since the last clear. */
const rowsComputed = () => vi.mocked(overtime.weekWage).mock.calls.length;

/**
 * Florida with state rates on: $7.21 above the federal $6.55 until July 23, 2009, then the federal
 * $7.25 (and Florida's $7.25 from 2010, a tie the federal rate wins). Kitchen work, then live-in
 * domestic work and § 213(b)(12) farm work in the same weeks, unpaid.
 */
type Raw = { settings: Record<string, unknown>; laborPeriods: Record<string, unknown>[] };
const caseOf = (): Raw =>
  baseCase({
    settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: true },
    laborPeriods: [
      { startDate: '2009-06-03', endDate: '2009-09-30', state: 'FL', weeklySchedule: WEEKDAYS_ONLY(11), exemption: 'none' },
      { startDate: '2009-10-01', endDate: '2010-01-31', state: 'FL', weeklySchedule: EVERY_DAY(9), exemption: 'live-in-domestic' },
      { startDate: '2009-11-01', endDate: '2010-02-28', state: 'FL', weeklySchedule: { saturday: 10 }, exemption: 'agriculture-213b12' },
    ],
  }) as Raw;

describe('F under another reading reuses the rows it cannot change', () => {
  beforeEach(() => {
    vi.mocked(overtime.weekWage).mockClear();
  });

  it('computes each week once for F, then only the weeks with a state rate and those with an exempt period', () => {
    const { computed, errors } = run(caseOf());
    expect(errors).toEqual([]);
    const weeks = computed.weeks;
    const stateWeeks = weeks.filter((w) => w.weekStart <= '2009-07-23').length; // a Florida rate above the federal on a day
    const liveInWeeks = weeks.filter((w) => w.weekEnd >= '2009-10-01' && w.weekStart <= '2010-01-31').length;
    const farmWeeks = weeks.filter((w) => w.weekEnd >= '2009-11-01').length;
    expect([weeks.length, stateWeeks, liveInWeeks, farmWeeks]).toEqual([40, 8, 19, 18]);
    // Both exemptions removed overtime, so both readings are open choices that raise the total.
    expect(Object.keys(computed.alternatives).sort()).toEqual(['federalOnly', 'withoutAgricultureExemption', 'withoutLiveInDomesticExemption']);
    expect(rowsComputed()).toBe(weeks.length + stateWeeks + liveInWeeks + farmWeeks);
  });

  it('gives the figures of the reversed case computed whole', () => {
    const { computed } = run(caseOf());
    const fed = caseOf();
    fed.settings.minimumWage = 'federal';
    const f = run(fed).computed;
    expect(computed.flsaFederalOnly).toEqual(f.flsa);
    expect(computed.alternatives.federalOnly!.totalCents).toBe(f.totalCents);
    expect(computed.flsaFederalOnly!.totalCents).toBeLessThan(computed.flsa.totalCents);
    for (const [period, key] of [
      [1, 'withoutLiveInDomesticExemption'],
      [2, 'withoutAgricultureExemption'],
    ] as const) {
      const without = caseOf();
      without.laborPeriods[period]!.exemption = 'none';
      const w = run(without).computed;
      expect(computed.alternatives[key]).toEqual({ flsaCents: w.flsa.totalCents, laborValueCents: w.laborValue.cents, commercialSexAddedCents: 0, totalCents: w.totalCents });
      expect(w.totalCents).toBeGreaterThan(computed.totalCents);
    }
  });

  it('with the state setting off, computes for the state rates only the weeks where a state rate would be applied', () => {
    // Florida's $7.21 is above the federal $6.55 until July 23, 2009; Texas's rate is the federal one.
    const raw = (minimumWage: string): Raw =>
      baseCase({
        settings: { minimumWage, liquidatedDamages: true },
        laborPeriods: [
          { startDate: '2009-05-03', endDate: '2009-07-31', state: 'FL', weeklySchedule: WEEKDAYS_ONLY(9) },
          { startDate: '2009-08-02', endDate: '2009-09-26', state: 'TX', weeklySchedule: WEEKDAYS_ONLY(9) },
        ],
      }) as Raw;
    const { computed, errors } = run(raw('federal'));
    expect(errors).toEqual([]);
    const weeks = computed.weeks;
    const stateWeeks = weeks.filter((w) => w.weekStart <= '2009-07-23').length;
    expect([weeks.length, stateWeeks]).toEqual([21, 12]);
    expect(rowsComputed()).toBe(weeks.length + stateWeeks);
    const on = run(raw('higher-of-federal-and-state')).computed;
    expect(computed.alternatives.withStateRates).toEqual({ flsaCents: on.flsa.totalCents, laborValueCents: on.laborValue.cents, commercialSexAddedCents: 0, totalCents: on.totalCents });
    expect(on.totalCents).toBeGreaterThan(computed.totalCents);
  });
});
