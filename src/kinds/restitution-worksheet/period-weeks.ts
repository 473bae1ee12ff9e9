// Each labor period's own workweeks, its pay credited to each and its lump sums, worked out once
// per case for the two warnings that read them: `pay-above-minimum-wage` (pay-above-minimum-wage.ts), which
// skips the weeks of a lump sum, and `lump-sum-payment` (lump-sums.ts). Each warning worked all
// three out again for every period (issue 18: ~28 % of compute() of the `full` fixture, decimal.js
// a week in lumpSums); they are pure functions of the period, F's rates of its days and the
// workweek's first day, so the warnings are the same, read from one copy.
import type { RestitutionComputed } from './compute.js';
import { paidByWeek } from './credits.js';
import { lumpSums, ownWeeks, type LumpWeek, type OwnWeek } from './lump-sums.js';
import type { RestitutionCase } from './schema.js';

/** What the warnings read of one labor period. Read only: both warnings share it. */
export interface PeriodWeeks {
  /** The period's own hours and straight time by workweek (ownWeeks), by the week's first day number. */
  own: ReadonlyMap<number, OwnWeek>;
  /** The period's pay credited to each workweek (cents; paidByWeek of the period alone). */
  paid: ReadonlyMap<number, number>;
  /** The workweeks of pay worth several weeks' pay (lumpSums), in date order. */
  lumps: readonly LumpWeek[];
}

/** PeriodWeeks of each labor period, in the case's order. */
export function periodWeeks(c: RestitutionCase, computed: RestitutionComputed): PeriodWeeks[] {
  const ws = c.settings.workweekStart;
  return c.laborPeriods.map((p, i) => {
    const own = ownWeeks(p, i, computed.periodRates[i] ?? [], ws);
    const paid = paidByWeek([p], ws);
    return { own, paid, lumps: lumpSums(p, own, ws, paid) };
  });
}
