// Stage 2 for the restitution worksheet: the § 1593 arithmetic (docs/domain/restitution-worksheet.md).
// 18 U.S.C. § 1593(b)(1), (b)(3): total = losses (L, § 2259(c)(2)) + the greater of G (gross
// income or value to the defendant) and F (the FLSA minimum wage and overtime value). The FLSA
// values labor, not commercial sex acts, so G and F are compared for the labor alone and the gross
// income from commercial sex acts is added (issue 15 point 1); the pooled reading is the
// alternative. Every open choice is returned with the total under its other reading, computed by
// rerunning this same calculation on the case with that one choice reversed (`reversals`).
import type { ComputeResult } from '../kind.js';
import type { RestitutionCode } from './codes.js';
import { computeFlsa, flsaReusing, flsaTotals, flsaTotalsReusing, workweekGrid, type FlsaResult, type FlsaTotals, type RatesUsed, type RateSegment, type WeekRow, type WorkweekGrid } from './flsa.js';
import { computeGrossIncome, grossLine, type GrossIncome } from './gross-income.js';
import { computeLosses, lossCents, type Losses } from './losses.js';
import { sumCents } from './money.js';
import { ratePolicy, rateOn, type RatePolicy } from './rates.js';
import type { LaborPeriod, RestitutionCase, Settings } from './schema.js';
import { caseWarnings } from './warnings.js';
import { dayOverflows } from './overlaps.js';
import { severalRateWeeks } from './rate-lines.js';

/** The greater of F and G for the labor, and what is added to it. */
export interface LaborValue {
  method: 'flsa' | 'gross-income';
  /** max(F, G compared): the labor value. */
  cents: number;
  flsaCents: number;
  /** The G compared with F: labor only (added reading) or every line (pooled reading). */
  grossIncomeCents: number;
}

/** The total under the other reading of one open choice. */
export interface Alternative {
  /** F under that reading (the FLSA value compared with G). */
  flsaCents: number;
  laborValueCents: number;
  commercialSexAddedCents: number;
  totalCents: number;
}

/** The overtime exemptions a labor period can carry and the worksheet computes (29 U.S.C. § 213(b)(21), (b)(12)). */
export type OvertimeExemption = Exclude<LaborPeriod['exemption'], 'none' | 'agriculture-213a6'>;

/**
 * A labor period that carries an overtime exemption, and the workweeks in which it removed the
 * overtime: those over 40 hours whose every hour was worked in an exempt period (29 C.F.R.
 * § 780.11), with a day of this period worked. None: the exemption changed nothing.
 */
export interface ExemptionEffect {
  period: number;
  exemption: OvertimeExemption;
  /** First day (ISO date) of each workweek whose overtime the exemption removed. */
  overtimeRemovedWeeks: string[];
  /**
   * First day of each workweek over 40 hours, with a day of this period worked, that kept its
   * overtime because it also had hours outside an exempt period (29 C.F.R. § 780.11).
   */
  mixedWeeks: string[];
  /**
   * Of `overtimeRemovedWeeks`, those exempt only with the hours of the other exemption: the week's
   * hours were worked partly in periods of each (live-in domestic service and § 213(b)(12)
   * agriculture). Neither covers the week alone; the two are combined (29 C.F.R. § 780.12).
   */
  combinedWeeks: string[];
}

export interface RestitutionComputed {
  settings: {
    workweekStart: string;
    minimumWage: Settings['minimumWage'];
    liquidatedDamages: boolean;
    commercialSexIncome: Settings['commercialSexIncome'];
  };
  weeks: WeekRow[];
  /**
   * The lines the worksheet prints under its workweek table for the workweeks of more than one
   * rate or job (severalRateWeeks, rate-lines.ts): each rate with its hours, the regular rate
   * and, in a week of two jobs on an agreed rate, each job's figures and the sum to "Owed". In the
   * check's answer so that the web form's summary says what the PDF says, from one source: the
   * page built its own shorter line from `weeks` and did not show the by-job figures.
   */
  rateLines: string[];
  flsa: FlsaTotals;
  /** Only with the state setting on: the same figures without state rates (custom rates kept). */
  flsaFederalOnly?: FlsaTotals;
  /**
   * With `flsaFederalOnly`: the lines (as `rateLines`) of the weeks of more than one rate in that
   * reading among those it computes again, the weeks where a state rate was applied (a federal
   * raise inside one: "July 19, 2009: $6.55 for 40 hours and $7.25 for 20 hours; …"), so that the
   * alternative can be checked from the page as F can (worksheet 2.24.0).
   */
  federalOnlyRateLines?: string[];
  /** Per labor period, the rates applied and their sources. */
  periodRates: RateSegment[][];
  /** Whether a state / a custom rate was the rate applied on at least one day worked. */
  ratesUsed: RatesUsed;
  grossIncome: GrossIncome;
  laborValue: LaborValue;
  /** Gross income from commercial sex acts added to the labor value (0 when pooled). */
  commercialSexAddedCents: number;
  losses: Losses;
  totalCents: number;
  /** Each labor period with an overtime exemption, and the workweeks whose overtime it removed. */
  exemptions: ExemptionEffect[];
  alternatives: {
    /** Commercial sex income pooled with labor income (when there is any and it is added). */
    pooled?: Alternative;
    /** Commercial sex income added (when the case pools it). */
    separate?: Alternative;
    /** Without state rates, custom rates kept (with the state setting on). */
    federalOnly?: Alternative;
    /** Every G line in full (when a share is below 1): joint and several, 18 U.S.C. § 3664(h). */
    jointAndSeveral?: Alternative;
    /**
     * The choices that lower what the child recovers, each only when reversing it raises the
     * total: the state setting off (state minimum wages where higher, 29 U.S.C. § 218(a); only
     * when every period gives its state, as that setting requires), liquidated damages off
     * (29 U.S.C. § 216(b)), and each overtime exemption (every period with it read as none).
     */
    withStateRates?: Alternative;
    withLiquidatedDamages?: Alternative;
    withoutLiveInDomesticExemption?: Alternative;
    withoutAgricultureExemption?: Alternative;
    /**
     * The pay of each workweek of two jobs valued on an agreed rate pooled as one employer's, all
     * the straight time agreed for the week paid first from any job's pay (29 C.F.R. § 778.315),
     * instead of each job's pay credited to its own straight time (29 C.F.R. §§ 778.115, 778.419;
     * overtime.ts, agreedWeek). Only when the case has such a week with pay (`WeekRow.jobs`) and F
     * differs under it: higher where a job without a rate paid well (worked example 16), lower
     * where one job's pay would cover another's unpaid minimum wage.
     */
    weekPayPooled?: Alternative;
  };
}

/**
 * The calculator, with one guard: amounts so large that a total would leave the range of exact
 * integer cents (money.ts throws RangeError) make the case invalid instead of crashing, naming
 * the lines that are too large on their own (tooLarge), or the whole case when only their sum is.
 */
export function compute(c: RestitutionCase): ComputeResult<RestitutionComputed, RestitutionCode> {
  try {
    return calculate(c);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const lines = tooLarge(c);
    return {
      computed: undefined as unknown as RestitutionComputed, // never used: the pipeline stops on errors
      warnings: [],
      errors:
        lines.length > 0
          ? lines.map((path) => ({ path, code: 'amount-too-large' as const, message: 'is too large to compute exactly; check that every amount is in dollars, and the days and acts per day' }))
          : [{ path: '', code: 'amount-too-large', message: 'the amounts together are too large to compute exactly; check that every amount is in dollars' }],
    };
  }
}

/** Paths of the gross income lines and losses whose own amount leaves the range of exact cents. */
function tooLarge(c: RestitutionCase): string[] {
  const paths: string[] = [];
  const check = (path: string, amount: () => unknown): void => {
    try {
      amount();
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      paths.push(path);
    }
  };
  c.grossIncome.forEach((g, i) => check(`grossIncome.${i}`, () => grossLine(g, true)));
  c.losses.forEach((l, i) => check(`losses.${i}`, () => lossCents(l)));
  return paths;
}

/** § 1593(b)(3) under one reading: labor value, what is added, total. On a tie F is named. */
export function reading(flsaCents: number, g: GrossIncome, lossesCents: number, pooled: boolean): LaborValue & { addedCents: number; totalCents: number } {
  const compared = pooled ? g.totalCents : g.laborCents;
  const added = pooled ? 0 : g.commercialSexCents;
  const cents = Math.max(flsaCents, compared);
  return {
    method: flsaCents >= compared ? 'flsa' : 'gross-income',
    cents,
    flsaCents,
    grossIncomeCents: compared,
    addedCents: added,
    totalCents: sumCents([lossesCents, cents, added]),
  };
}

const alt = (flsaCents: number, r: ReturnType<typeof reading>): Alternative => ({
  flsaCents,
  laborValueCents: r.cents,
  commercialSexAddedCents: r.addedCents,
  totalCents: r.totalCents,
});

/** F's totals, G and L of a case: what the total is read from. */
interface Parts {
  flsa: FlsaTotals;
  gross: GrossIncome;
  losses: Losses;
}

/** F of a case under its own settings; `grid` (the days in workweeks, the wages paid) is shared. */
function flsaOf(c: RestitutionCase, grid: WorkweekGrid): FlsaResult {
  return computeFlsa(c, ratePolicy(c.settings, c.settings.minimumWage === 'higher-of-federal-and-state'), grid);
}

/** § 1593(b)(3) under the case's own reading of commercial sex income. */
function totalOf(c: RestitutionCase, p: Parts): ReturnType<typeof reading> {
  return reading(p.flsa.totalCents, p.gross, p.losses.totalCents, c.settings.commercialSexIncome === 'pooled');
}

const withSettings = (c: RestitutionCase, s: Partial<Settings>): RestitutionCase => ({ ...c, settings: { ...c.settings, ...s } });

/** The case with every period that carries exemption `e` read as carrying none. */
const withoutExemption = (c: RestitutionCase, e: OvertimeExemption): RestitutionCase => ({
  ...c,
  laborPeriods: c.laborPeriods.map((p) => (p.exemption === e ? { ...p, exemption: 'none' as const } : p)),
});

/** Per week of `grid`, whether one of its days (with hours or without) passes `test`. */
function weeksWithDay(grid: WorkweekGrid, test: (d: WorkweekGrid['weeks'][number]['days'][number]) => boolean): boolean[] {
  return grid.weeks.map((w) => w.days.some(test));
}

/** Per week of `grid`, whether it has a day of a period carrying exemption `e`. */
const weeksWithExemption = (c: RestitutionCase, grid: WorkweekGrid, e: OvertimeExemption): boolean[] =>
  weeksWithDay(grid, (d) => c.laborPeriods[d.period]!.exemption === e);

/**
 * Per week of `grid`, whether a state rate is the rate of one of its days under `policy` (the state
 * table on): only such a week's row can differ from F's without the table, as for
 * FlsaResult.stateRateWeeks, which is the same test made while F is computed with the table on.
 */
const weeksWithStateRate = (c: RestitutionCase, grid: WorkweekGrid, policy: RatePolicy): boolean[] =>
  weeksWithDay(grid, (d) => rateOn(d.day, c.laborPeriods[d.period]!.state, policy).source === 'state');

const EXEMPTION_ALTERNATIVE: Record<OvertimeExemption, 'withoutLiveInDomesticExemption' | 'withoutAgricultureExemption'> = {
  'live-in-domestic': 'withoutLiveInDomesticExemption',
  'agriculture-213b12': 'withoutAgricultureExemption',
};

/**
 * The total with one choice reversed: the same calculation (flsaOf, computeGrossIncome,
 * computeLosses, reading) rerun on the case as that choice's other reading makes it. Parts the
 * choice cannot change are passed in (`keep`) rather than computed again.
 */
function reversedTotal(c: RestitutionCase, grid: WorkweekGrid, keep: Partial<Parts>): Alternative {
  const p: Parts = {
    flsa: keep.flsa ?? flsaOf(c, grid).totals,
    gross: keep.gross ?? computeGrossIncome(c.grossIncome),
    losses: keep.losses ?? computeLosses(c.losses),
  };
  return alt(p.flsa.totalCents, totalOf(c, p));
}

/**
 * Which workweeks each exempt period's exemption removed overtime from: a week over 40 hours
 * whose every hour was worked in an exempt period (29 C.F.R. § 780.11; overtime.ts), counted for
 * each exempt period with hours that week; the weeks over 40 hours that kept their overtime as
 * they mixed exempt and non-exempt hours; and the exempt weeks whose hours came from periods of
 * both exemptions, exempt only with the two combined (29 C.F.R. § 780.12). `rows` are F's rows, one per week of `grid`.
 */
export function exemptionEffects(c: RestitutionCase, grid: WorkweekGrid, rows: readonly WeekRow[]): ExemptionEffect[] {
  const removed = c.laborPeriods.map((): string[] => []);
  const mixed = c.laborPeriods.map((): string[] => []);
  const combined = c.laborPeriods.map((): string[] => []);
  grid.weeks.forEach((w, i) => {
    const row = rows[i]!;
    if (row.hoursOver40 === 0) return;
    const into = row.overtimeExempt ? removed : mixed;
    // 29 C.F.R. § 780.12: exempt work under one exemption combined with work under another.
    const kinds = new Set<string>();
    for (const d of w.days) if (d.hours > 0) kinds.add(c.laborPeriods[d.period]!.exemption);
    for (const d of w.days) {
      const list = into[d.period]!;
      if (d.hours > 0 && !list.includes(row.weekStart)) {
        list.push(row.weekStart);
        if (row.overtimeExempt && kinds.size > 1) combined[d.period]!.push(row.weekStart);
      }
    }
  });
  const out: ExemptionEffect[] = [];
  c.laborPeriods.forEach((p, i) => {
    if (p.exemption === 'none' || p.exemption === 'agriculture-213a6') return; // 213a6: refused by the schema
    out.push({ period: i, exemption: p.exemption, overtimeRemovedWeeks: removed[i]!, mixedWeeks: mixed[i]!, combinedWeeks: combined[i]! });
  });
  return out;
}

function calculate(c: RestitutionCase): ComputeResult<RestitutionComputed, RestitutionCode> {
  const useState = c.settings.minimumWage === 'higher-of-federal-and-state';
  const pooled = c.settings.commercialSexIncome === 'pooled';
  const grid = workweekGrid(c);
  // Periods that share days add their hours (overlaps.ts): a day of more than 24 in all is refused.
  const crowded = c.laborPeriods.length > 1 ? dayOverflows(c.laborPeriods, grid.weeks) : [];
  if (crowded.length > 0) return { computed: undefined as unknown as RestitutionComputed, warnings: [], errors: crowded };
  const f = flsaOf(c, grid);
  const g = computeGrossIncome(c.grossIncome);
  const l = computeLosses(c.losses);
  const base: Parts = { flsa: f.totals, gross: g, losses: l };
  const r = totalOf(c, base);

  const alternatives: RestitutionComputed['alternatives'] = {};
  if (c.grossIncome.some((x) => x.incomeFrom === 'commercial-sex-acts')) {
    alternatives[pooled ? 'separate' : 'pooled'] = reversedTotal(withSettings(c, { commercialSexIncome: pooled ? 'added' : 'pooled' }), grid, base);
  }
  // "Federal only" drops the state table; the case's custom rates still apply (they are the
  // case's own rates and apply in every mode). Only the weeks where a state rate was applied on a
  // day can change (FlsaResult.stateRateWeeks); F's other rows are reused (issue 18).
  let federalOnly: FlsaTotals | null = null;
  let federalOnlyRateLines: string[] = [];
  if (useState) {
    const fed = withSettings(c, { minimumWage: 'federal' });
    const reading = flsaReusing(fed, ratePolicy(fed.settings, false), grid, f.weeks, f.stateRateWeeks);
    federalOnly = reading.totals;
    // Its weeks of more than one rate that F's lines do not already give (a week with no state
    // rate keeps F's row, listed under F's table if it has two rates): worksheet 2.24.0.
    federalOnlyRateLines = severalRateWeeks(reading.recomputed);
    alternatives.federalOnly = reversedTotal(fed, grid, { ...base, flsa: federalOnly });
  }
  if (c.grossIncome.some((x) => x.defendantShare < 1)) {
    const full = { ...c, grossIncome: c.grossIncome.map((x) => ({ ...x, defendantShare: 1 })) };
    alternatives.jointAndSeveral = reversedTotal(full, grid, { flsa: f.totals, losses: l });
  }
  // The choices that lower the total: each reversed, kept only when that raises the total.
  const higher = (key: keyof RestitutionComputed['alternatives'], a: Alternative): void => {
    if (a.totalCents > r.totalCents) alternatives[key] = a;
  };
  // 29 U.S.C. § 218(a); only when the reversed case is one the state setting accepts (state-required).
  // Only the weeks with a day whose state rate would be applied can change; F's other rows are reused.
  if (!useState && c.laborPeriods.length > 0 && c.laborPeriods.every((p) => p.state)) {
    const withState = withSettings(c, { minimumWage: 'higher-of-federal-and-state' });
    const policy = ratePolicy(withState.settings, true);
    const fs = flsaTotalsReusing(withState, policy, grid, f.weeks, weeksWithStateRate(c, grid, policy));
    higher('withStateRates', reversedTotal(withState, grid, { flsa: fs, gross: g, losses: l }));
  }
  // 29 U.S.C. § 216(b); United States v. Edwards, 995 F.3d 342 (4th Cir. 2021). The setting
  // changes no week's row (liquidated damages are added to the unpaid total, flsaTotals), so F's
  // rows are summed again with it on rather than computed again (issue 18: ~1.3 % of a render).
  if (!c.settings.liquidatedDamages && c.laborPeriods.length > 0) {
    higher('withLiquidatedDamages', reversedTotal(withSettings(c, { liquidatedDamages: true }), grid, { flsa: flsaTotals(f.weeks, true), gross: g, losses: l }));
  }
  // 29 U.S.C. § 213(b)(21), (b)(12): whether an exemption applies turns on the facts
  // (United States v. Sabhnani, 599 F.3d 215 (2d Cir. 2010)). Reading a period's exemption as
  // none changes only the rows of the weeks with a day of such a period; F's other rows are reused.
  const exemptions = exemptionEffects(c, grid, f.weeks);
  for (const e of Object.keys(EXEMPTION_ALTERNATIVE) as OvertimeExemption[]) {
    if (exemptions.some((x) => x.exemption === e && x.overtimeRemovedWeeks.length > 0)) {
      const without = withoutExemption(c, e);
      const fw = flsaTotalsReusing(without, ratePolicy(c.settings, useState), grid, f.weeks, weeksWithExemption(c, grid, e));
      higher(EXEMPTION_ALTERNATIVE[e], reversedTotal(without, grid, { flsa: fw, gross: g, losses: l }));
    }
  }

  // 29 C.F.R. § 778.315 read of a week of two jobs: its pay pooled as one employer's. Only the
  // weeks whose owed mixes jobs' pay (WeekRow.jobs) can change: in every other week one job has
  // hours and pay, or nothing was paid, and both readings give the same row (flsa.ts, jobRows).
  if (f.weeks.some((w) => w.jobs !== null)) {
    const pooledGrid: WorkweekGrid = { ...grid, paidByPeriod: null };
    const fp = flsaTotalsReusing(c, ratePolicy(c.settings, useState), pooledGrid, f.weeks, f.weeks.map((w) => w.jobs !== null));
    if (fp.totalCents !== f.totals.totalCents) alternatives.weekPayPooled = reversedTotal(c, pooledGrid, { flsa: fp, gross: g, losses: l });
  }

  const computed: RestitutionComputed = {
    settings: {
      workweekStart: c.settings.workweekStart,
      minimumWage: c.settings.minimumWage,
      liquidatedDamages: c.settings.liquidatedDamages,
      commercialSexIncome: c.settings.commercialSexIncome,
    },
    weeks: f.weeks,
    rateLines: severalRateWeeks(f.weeks),
    flsa: f.totals,
    ...(federalOnly ? { flsaFederalOnly: federalOnly, federalOnlyRateLines } : {}),
    periodRates: f.periodRates,
    ratesUsed: f.ratesUsed,
    grossIncome: g,
    laborValue: { method: r.method, cents: r.cents, flsaCents: r.flsaCents, grossIncomeCents: r.grossIncomeCents },
    commercialSexAddedCents: r.addedCents,
    losses: l,
    totalCents: r.totalCents,
    exemptions,
    alternatives,
  };
  return { computed, warnings: caseWarnings(c, computed, federalOnly), errors: [] };
}
