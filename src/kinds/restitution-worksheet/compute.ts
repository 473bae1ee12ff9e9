// Stage 2 for the restitution worksheet: the § 1593 arithmetic.
// 18 U.S.C. § 1593(b)(1), (b)(3): total = losses (L, § 2259(c)(2)) + the greater of G (gross
// income or value to the defendant) and F (the FLSA minimum wage and overtime value).
import type { ComputeResult } from '../kind.js';
import type { RestitutionCode } from './codes.js';
import { computeFlsa, type FlsaTotals, type RateSegment, type WeekRow } from './flsa.js';
import { computeGrossIncome, type GrossLineResult } from './gross-income.js';
import { computeLosses, type LossCategoryTotal } from './losses.js';
import { sumCents } from './money.js';
import { ratePolicy } from './rates.js';
import type { RestitutionCase } from './schema.js';
import { caseWarnings } from './warnings.js';

export interface RestitutionComputed {
  settings: {
    workweekStart: string;
    minimumWage: 'federal' | 'higher-of-federal-and-state';
    liquidatedDamages: boolean;
  };
  weeks: WeekRow[];
  flsa: FlsaTotals;
  /** Only with the state setting on: the same figures without state rates. */
  flsaFederalOnly?: FlsaTotals;
  /** Per labor period, the rates applied and their sources. */
  periodRates: RateSegment[][];
  grossIncome: { lines: GrossLineResult[]; totalCents: number };
  laborValue: { method: 'flsa' | 'gross-income'; cents: number; flsaCents: number; grossIncomeCents: number };
  losses: { byCategory: LossCategoryTotal[]; totalCents: number };
  totalCents: number;
}

/**
 * The calculator, with one guard: amounts so large that a total would leave the range of exact
 * integer cents (money.ts throws RangeError) make the case invalid instead of crashing.
 */
export function computeRestitution(c: RestitutionCase): ComputeResult<RestitutionComputed, RestitutionCode> {
  try {
    return calculate(c);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return {
      computed: undefined as unknown as RestitutionComputed, // never used: the pipeline stops on errors
      warnings: [],
      errors: [{ path: '', code: 'amount-too-large', message: 'the amounts are too large to compute exactly; check that every amount is given in cents' }],
    };
  }
}

function calculate(c: RestitutionCase): ComputeResult<RestitutionComputed, RestitutionCode> {
  const useState = c.settings.minimumWage === 'higher-of-federal-and-state';
  const f = computeFlsa(c, ratePolicy(c.settings, useState));
  // "Federal only" drops the state table; the case's custom rates still apply (they are the
  // case's own rates and apply in every mode).
  const federalOnly = useState ? computeFlsa(c, ratePolicy(c.settings, false)).totals : null;
  const g = computeGrossIncome(c.grossIncome);
  const l = computeLosses(c.losses);
  // § 1593(b)(3): "the greater of" G and F. On a tie F is named (same amount either way).
  const method = f.totals.totalCents >= g.totalCents ? 'flsa' : 'gross-income';
  const laborCents = Math.max(f.totals.totalCents, g.totalCents);
  const computed: RestitutionComputed = {
    settings: {
      workweekStart: c.settings.workweekStart,
      minimumWage: c.settings.minimumWage,
      liquidatedDamages: c.settings.liquidatedDamages,
    },
    weeks: f.weeks,
    flsa: f.totals,
    ...(federalOnly ? { flsaFederalOnly: federalOnly } : {}),
    periodRates: f.periodRates,
    grossIncome: g,
    laborValue: { method, cents: laborCents, flsaCents: f.totals.totalCents, grossIncomeCents: g.totalCents },
    losses: l,
    totalCents: sumCents([l.totalCents, laborCents]),
  };
  return { computed, warnings: caseWarnings(c, f.totals, federalOnly), errors: [] };
}
