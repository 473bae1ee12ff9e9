// The total with liquidated damages (an open choice when the case turns them off) reuses F's rows:
// the setting changes no workweek's row, only the totals (flsa.ts flsaTotals; 29 U.S.C. § 216(b)),
// so the calculator computes no FLSA rows for it (issue 18: a one-year case's rows were computed
// a second time for every render). The figure is the total of the case with the setting on.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as flsaModule from '../../../src/kinds/restitution-worksheet/flsa.js';
import { baseCase, EVERY_DAY, run } from './cases.js';

vi.mock('../../../src/kinds/restitution-worksheet/flsa.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/kinds/restitution-worksheet/flsa.js')>();
  return { ...m, computeFlsa: vi.fn(m.computeFlsa) };
});

const calls = () => vi.mocked(flsaModule.computeFlsa).mock.calls.length;

/** Twelve weeks of ten-hour days in Florida (state rates on), unpaid: wages and overtime owed. */
const caseWith = (liquidatedDamages: boolean) =>
  baseCase({
    settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages },
    laborPeriods: [{ startDate: '2024-03-03', endDate: '2024-05-25', state: 'FL', weeklySchedule: EVERY_DAY(10) }],
  });

describe('the liquidated-damages alternative', () => {
  beforeEach(() => {
    vi.mocked(flsaModule.computeFlsa).mockClear();
  });

  it('computes no FLSA rows of its own, and is the total of the case with them on', () => {
    const on = run(caseWith(true));
    const withOn = calls();
    vi.mocked(flsaModule.computeFlsa).mockClear();
    const off = run(caseWith(false));
    expect(off.errors).toEqual([]);
    // The same FLSA computations as the case with the setting on (F alone: F without state rates
    // reuses F's rows, rows-reused.test.ts): the alternative adds none.
    expect(calls()).toBe(withOn);
    expect(withOn).toBe(1);
    const alt = off.computed.alternatives.withLiquidatedDamages!;
    expect(alt.totalCents).toBe(on.computed.totalCents);
    expect(alt.flsaCents).toBe(on.computed.flsa.totalCents);
    expect(alt.flsaCents).toBe(2 * off.computed.flsa.unpaidCents);
  });
});
