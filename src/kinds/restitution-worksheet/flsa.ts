// F, the FLSA value of the victim's labor (18 U.S.C. § 1593(b)(3); docs/domain/restitution-worksheet-flsa.md): per workweek
// minimum wage and overtime owed, less wages paid in that week, plus liquidated damages equal to
// the unpaid amount (29 U.S.C. § 216(b); United States v. Edwards, 995 F.3d 342 (4th Cir. 2021)) unless the case
// turns them off. Interest is not computed.
import { fromDay } from './dates.js';
import { Dec, sumCents } from './money.js';
import { paidByWeek, unpaidCents } from './credits.js';
import { tenThousandths, weekWage, type HourAtRate, type JobFigures } from './overtime.js';
import { rateOn, type DayRate, type RatePolicy } from './rates.js';
import type { RestitutionCase } from './schema.js';
import { groupWorkweeks, type WorkweekDays } from './workweeks.js';

/** One row of the per-workweek table (JSON: `check` prints it). */
export interface WeekRow {
  weekStart: string;
  weekEnd: string;
  hours: number;
  overtimeHours: number;
  /** True when every hour was in an exempt period, so hours over 40 earn no premium. */
  overtimeExempt: boolean;
  hoursOver40: number;
  /** Distinct minimum wage rates in force on the week's days, in cents per hour, in date order. */
  ratesCents: number[];
  /**
   * Hours worked at each rate of `ratesCents` (same order; 0 for a rate in force only on days
   * without hours): what a reader needs to check a week of several rates by hand (straight time
   * = Σ hours × rate), which a daily log's hours, not printed day by day, do not otherwise give.
   */
  hoursAtRates: number[];
  /**
   * Weighted-average regular rate in cents per hour, as an exact decimal string (null: no hours);
   * in a week valued on an agreed rate (`agreedRate`), the average of the agreed rate and, on days
   * it was below it, the minimum wage.
   */
  regularRateCents: string | null;
  /**
   * In a week valued on an agreed rate (`agreedRate`), each rate its regular rate averages, whole
   * cents an hour, with the hours at it, in order of first appearance: an hour counts at its
   * period's agreed rate, or at the day's minimum wage where that is higher (overtime.ts,
   * agreedWeek; 29 C.F.R. § 778.115). Null in every other week, whose regular rate averages the
   * minimum wages of `ratesCents` and `hoursAtRates`. Two jobs at $12.00 and $10.00 showed only
   * their average, $11.428571, which a reader could not check without the hours at each.
   */
  regularRateHours: { rateCents: number; hours: number }[] | null;
  /**
   * True when the week has overtime and hours of a period whose agreed rate (`agreedRate`) is
   * above the minimum wage: its overtime is 1.5 × that regular rate, and its owed amount counts
   * the first 40 hours at the minimum wage or at the agreed rate as far as paid (overtime.ts, agreedWeek).
   */
  agreedRate: boolean;
  /**
   * In a week marked `agreedRate` whose "owed" mixes jobs (two labor periods or more with hours or
   * wages paid in it, and some wages paid), each such job's figures, in order of its first day in the week: its hours,
   * its straight time at the minimum wage and at its hours' rates (the agreed rate, or the minimum
   * wage where higher), in cents as exact decimal text, and its wages paid credited to the week.
   * Each job's pay goes to its own agreed straight time (overtime.ts, agreedWeek; worked example
   * 16), so "owed" cannot be rebuilt from the week's totals: with these it can. Null otherwise.
   */
  jobs: { period: number; hours: number; minimumWageStraightCents: string; agreedStraightCents: string; paidCents: number }[] | null;
  /**
   * Each period paid by the day (`laborPeriods[].dayRate`) with hours in the week, in order of its
   * first day: its day rate, days with hours, hours, day-rate pay (day rate × days) and straight
   * time at the minimum wage (cents as exact decimal text). Its regular rate is that pay ÷ its
   * hours, or the minimum wage where that is higher (29 C.F.R. §§ 778.112, 778.107), the figures
   * the line under the workweek table rebuilds "Owed" from (day-rate-lines.ts). Null when none.
   * Given in every week with such hours, marked `agreedRate` or not (from template 2.17.0): a week
   * the day rate leaves at the minimum wage (40 hours or less, or day-rate pay below the minimum
   * wage for its hours) gets a line saying so, where it had none beside a period line saying the
   * day rate applies.
   */
  dayRates: { period: number; dayRateCents: number; days: number; hours: number; payCents: number; minimumWageStraightCents: string }[] | null;
  owedCents: number;
  paidCents: number;
  unpaidCents: number;
}

export interface FlsaTotals {
  owedCents: number;
  paidCents: number;
  unpaidCents: number;
  liquidatedDamagesCents: number;
  /** unpaid + liquidated damages when they are on (the F used in the comparison). */
  totalCents: number;
  totalWithoutLiquidatedDamagesCents: number;
  totalWithLiquidatedDamagesCents: number;
}

/** A run of days in a labor period with the same rate and source (for the worksheet). */
export interface RateSegment {
  startDate: string;
  endDate: string;
  rateCents: number;
  source: DayRate['source'];
  citation: string;
}

/**
 * Whether a state or a custom rate was the rate applied on at least one day worked (hours above
 * zero). The worksheet says state or custom rates were used only when they were: a rate in force
 * on days with no hours, or never above the others, changed nothing.
 */
export interface RatesUsed {
  state: boolean;
  custom: boolean;
}

export interface FlsaResult {
  weeks: WeekRow[];
  totals: FlsaTotals;
  /** Per labor period, the rates applied and where they come from. */
  periodRates: RateSegment[][];
  ratesUsed: RatesUsed;
  /**
   * Per week of `weeks`, whether a state minimum wage was the rate of one of its days, with hours
   * or without (a rate of a day without hours is still in the row's `ratesCents`). Only these rows
   * can differ without the state table: on every other day the state rate was not above the
   * federal or custom rate that was applied, which is then the rate without it (rates.ts, rateOn).
   */
  stateRateWeeks: boolean[];
}

/** The case's days in workweeks and the wages paid in each: the same for every rate policy. */
export interface WorkweekGrid {
  weeks: WorkweekDays[];
  /** Cents paid, by the week's first day number. */
  paid: Map<number, number>;
  /**
   * Per labor period, cents it paid by the week's first day number: each job's pay goes to its own
   * agreed straight time (overtime.ts, agreedWeek). Null unless the case has two periods or more
   * and an agreed rate (with one period, or none agreed, the week's pay is the job's).
   */
  paidByPeriod: Map<number, number>[] | null;
}

export function workweekGrid(c: RestitutionCase): WorkweekGrid {
  const weekStart = c.settings.workweekStart;
  const perJob = c.laborPeriods.length > 1 && c.laborPeriods.some((p) => (p.agreedRate !== undefined && p.agreedRate !== null) || (p.dayRate !== undefined && p.dayRate !== null));
  return {
    weeks: groupWorkweeks(c.laborPeriods, weekStart),
    paid: paidByWeek(c.laborPeriods, weekStart),
    paidByPeriod: perJob ? c.laborPeriods.map((p) => paidByWeek([p], weekStart)) : null,
  };
}

/** A rate segment while it grows, by day number (its dates are written once, at the end). */
interface OpenSegment {
  start: number;
  end: number;
  rate: DayRate;
}

/**
 * What weekRow reads of each labor period on each day, by period index, copied out of the case
 * once per F (`periodFacts`). weekRow is given the case under several readings (compute.ts: the
 * case itself, then `{ ...c, settings }` and copies whose periods are `{ ...p, exemption }`), each
 * object of its own hidden class: read from the case on every day, they were the "wrong map"
 * deoptimizations of weekRow (twice a render thread, at `c.laborPeriods`) that made V8's optimizing
 * compiler compile it again (issue 18; bench/ANALYSIS.md, "Round r56's render work"). These arrays
 * are made here, by one function, whatever the case's objects.
 */
interface PeriodFacts {
  /** USPS code of the state of the work, as the case gives it (`rateOn`). */
  state: (string | null | undefined)[];
  /** Agreed hourly rate in cents, 0 when none. */
  agreedCents: number[];
  /** Day rate in cents, 0 when none. */
  dayRateCents: number[];
  /** True when the period is in an overtime exemption (hours over 40 earn no premium). */
  exempt: boolean[];
  /**
   * Each period's rate segments so far; null until its first day. A period's list is made with its
   * first segment in it (`[seg]`), never as an empty `[]` grown by push: an empty array literal
   * starts with V8's small-integer elements kind, and the push of the first segment, seen once a
   * period, was the "not a Smi" deoptimization of weekRow.
   */
  segments: (OpenSegment[] | null)[];
}

function periodFacts(c: RestitutionCase): PeriodFacts {
  const facts: PeriodFacts = { state: [], agreedCents: [], dayRateCents: [], exempt: [], segments: [] };
  for (const p of c.laborPeriods) {
    facts.state.push(p.state);
    facts.agreedCents.push(p.agreedRate ?? 0);
    facts.dayRateCents.push(p.dayRate ?? 0);
    facts.exempt.push(p.exemption !== 'none');
    facts.segments.push(null);
  }
  return facts;
}

/**
 * One workweek's row of F, extending each period's rate segments (`facts.segments`) as its days go by.
 * Sets the last element of `stateWeeks` (the caller pushes false for the week) when a state rate
 * is the rate of one of its days (FlsaResult.stateRateWeeks).
 * A module-level function rather than a closure made per case: V8 holds a closure's optimized code
 * only weakly, so one made per render was compiled again after every full collection, over and
 * over in a long batch (issue 18; `node --trace-opt`).
 */
function weekRow(facts: PeriodFacts, policy: RatePolicy, grid: WorkweekGrid, used: RatesUsed, w: WorkweekDays, stateWeeks: boolean[]): WeekRow {
  const rates: number[] = [];
  // Hours at each rate in ten-thousandths of an hour (integers: hours have at most four decimals).
  const atRate: number[] = [];
  const inputs: HourAtRate[] = [];
  // The rates of the regular rate on an agreed rate and the hours at each (ten-thousandths).
  const rrRates: number[] = [];
  const rrHours: number[] = [];
  for (const d of w.days) {
    const r = rateOn(d.day, facts.state[d.period], policy);
    const segs = facts.segments[d.period] ?? null;
    const last = segs === null ? undefined : segs[segs.length - 1];
    if (last && last.rate.rateCents === r.rateCents && last.rate.citation === r.citation) last.end = d.day;
    else if (segs === null) facts.segments[d.period] = [{ start: d.day, end: d.day, rate: r }];
    else segs.push({ start: d.day, end: d.day, rate: r });
    let k = rates.indexOf(r.rateCents);
    if (k < 0) k = rates.push(r.rateCents) - 1;
    atRate[k] = (atRate[k] ?? 0) + tenThousandths(d.hours);
    if (d.hours > 0 && r.source !== 'federal') used[r.source] = true;
    if (r.source === 'state') stateWeeks[stateWeeks.length - 1] = true;
    const agreedCents = facts.agreedCents[d.period]!;
    const dayRateCents = facts.dayRateCents[d.period]!;
    inputs.push({ hours: d.hours, rateCents: r.rateCents, overtimeExempt: facts.exempt[d.period]!, agreedRateCents: agreedCents, dayRateCents, job: d.period });
    // A day-rate period's hours are not at an hourly rate: its rate is the week's (WeekRow.dayRates).
    if (d.hours > 0 && dayRateCents === 0) {
      const rr = Math.max(r.rateCents, agreedCents);
      let j = rrRates.indexOf(rr);
      if (j < 0) j = rrRates.push(rr) - 1;
      rrHours[j] = (rrHours[j] ?? 0) + tenThousandths(d.hours);
    }
  }
  const paidCents = grid.paid.get(w.start) ?? 0;
  const byPeriod = grid.paidByPeriod;
  const wage = weekWage(inputs, paidCents, byPeriod ? (job) => byPeriod[job]!.get(w.start) ?? 0 : undefined);
  return {
    weekStart: fromDay(w.start),
    weekEnd: fromDay(w.start + 6),
    hours: wage.hours,
    overtimeHours: wage.overtimeHours,
    overtimeExempt: wage.overtimeExempt,
    hoursOver40: wage.hoursOver40,
    ratesCents: rates,
    hoursAtRates: atRate.map((t) => t / 10_000),
    regularRateCents: wage.regularRateText,
    regularRateHours: wage.agreedRate && rrRates.length > 0 ? rrRates.map((rateCents, j) => ({ rateCents, hours: rrHours[j]! / 10_000 })) : null,
    agreedRate: wage.agreedRate,
    jobs: jobRows(wage.jobs),
    dayRates: wage.dayRates ? wage.dayRates.map((d) => ({ period: d.job, dayRateCents: d.dayRateCents, days: d.days, hours: d.hours / 10_000, payCents: d.dayRateCents * d.days, minimumWageStraightCents: new Dec(`${d.minimumWageStraight}e-4`).toFixed() })) : null,
    owedCents: wage.owedCents,
    paidCents,
    unpaidCents: unpaidCents(wage.owedCents, paidCents),
  };
}

/**
 * WeekRow.jobs from a week's per-job figures: the jobs with hours or pay that week, when there are
 * two or more and something was paid. One job's share is the week's own figures; with nothing paid
 * each job counts its straight time at the minimum wage (max(Yj, min(0, Xj)) = Yj), whose sum is the
 * week's, so "owed" is the hours up to 40 at the minimum wage plus the overtime, as the table's
 * note says. Straight time in ten-thousandths of a cent → cents as exact decimal text (at most
 * four decimals: hours have at most four).
 */
function jobRows(jobs: readonly JobFigures[] | null): WeekRow['jobs'] {
  const mixed = (jobs ?? []).filter((j) => j.hours > 0 || j.paidCents > 0);
  if (mixed.length < 2 || !mixed.some((j) => j.paidCents > 0)) return null;
  const cents = (n: number) => new Dec(`${n}e-4`).toFixed();
  return mixed.map((j) => ({ period: j.job, hours: j.hours / 10_000, minimumWageStraightCents: cents(j.minimumWageStraight), agreedStraightCents: cents(j.agreedStraight), paidCents: j.paidCents }));
}

/** F under one rate policy; `grid` is shared when F is computed under two (compute.ts). */
export function computeFlsa(c: RestitutionCase, policy: RatePolicy, grid: WorkweekGrid = workweekGrid(c)): FlsaResult {
  const facts = periodFacts(c);
  const used: RatesUsed = { state: false, custom: false };
  const rows: WeekRow[] = [];
  const stateRateWeeks: boolean[] = [];
  for (const w of grid.weeks) {
    stateRateWeeks.push(false);
    rows.push(weekRow(facts, policy, grid, used, w, stateRateWeeks));
  }
  const periodRates = facts.segments.map((segs) =>
    (segs ?? []).map((s) => ({ startDate: fromDay(s.start), endDate: fromDay(s.end), rateCents: s.rate.rateCents, source: s.rate.source, citation: s.rate.citation })),
  );
  return { weeks: rows, totals: flsaTotals(rows, c.settings.liquidatedDamages), periodRates, ratesUsed: used, stateRateWeeks };
}

/**
 * F's totals for a reading of the case that changes only some weeks' rows (compute.ts: without
 * state rates, without an overtime exemption): the rows of the weeks `recompute` marks are
 * computed for `c` under `policy`, exactly as computeFlsa would, and every other row is taken from
 * `base`, F's rows of the same `grid` under the case's own reading, which the caller knows that
 * reading cannot change. The same totals as computeFlsa(c, policy, grid).totals, without computing
 * the rows that come out the same (issue 18: each reading recomputed every week of a one-year case).
 */
export function flsaTotalsReusing(c: RestitutionCase, policy: RatePolicy, grid: WorkweekGrid, base: readonly WeekRow[], recompute: readonly boolean[]): FlsaTotals {
  return flsaReusing(c, policy, grid, base, recompute).totals;
}

/**
 * The same, with the rows computed again (the weeks `recompute` marks, in grid order): the reading
 * without state rates names its weeks of more than one rate under its table (view-flsa.ts).
 */
export function flsaReusing(
  c: RestitutionCase,
  policy: RatePolicy,
  grid: WorkweekGrid,
  base: readonly WeekRow[],
  recompute: readonly boolean[],
): { totals: FlsaTotals; recomputed: WeekRow[] } {
  // Segments, rates used and state weeks of this reading are not returned: only its rows and totals are.
  const facts = periodFacts(c);
  const used: RatesUsed = { state: false, custom: false };
  const stateWeeks: boolean[] = [false];
  const rows: WeekRow[] = [];
  const recomputed: WeekRow[] = [];
  for (let i = 0; i < grid.weeks.length; i++) {
    if (!recompute[i]) {
      rows.push(base[i]!);
      continue;
    }
    const row = weekRow(facts, policy, grid, used, grid.weeks[i]!, stateWeeks);
    rows.push(row);
    recomputed.push(row);
  }
  return { totals: flsaTotals(rows, c.settings.liquidatedDamages), recomputed };
}

/** Totals are sums of the rows (nothing is rounded again). */
export function flsaTotals(rows: readonly WeekRow[], liquidated: boolean): FlsaTotals {
  const owed = sumCents(rows.map((r) => r.owedCents));
  const paid = sumCents(rows.map((r) => r.paidCents));
  const unpaid = sumCents(rows.map((r) => r.unpaidCents));
  // 29 U.S.C. § 216(b): "an additional equal amount as liquidated damages".
  const ld = unpaid;
  const withLd = sumCents([unpaid, ld]);
  return {
    owedCents: owed,
    paidCents: paid,
    unpaidCents: unpaid,
    liquidatedDamagesCents: liquidated ? ld : 0,
    totalCents: liquidated ? withLd : unpaid,
    totalWithoutLiquidatedDamagesCents: unpaid,
    totalWithLiquidatedDamagesCents: withLd,
  };
}
