// The minimum wage in force on a day (domain file, "Rate"):
// - federal: 29 U.S.C. § 206(a)(1), always;
// - state: only with the `higher-of-federal-and-state` setting (FLSA § 18(a), 29 U.S.C. § 218(a),
//   preserves higher state minimum wages; whether § 1593 uses them is unsettled);
// - the case's own custom rates (e.g. a city ordinance), from their effective dates.
// The rate is always the maximum of those in force, since some state rates are below federal.
import { longDate } from '../kit/index.js';
import { toDay } from './dates.js';
import { FEDERAL_RATES, WAGE_TABLE, stepOn, type RateStep, type WageTable } from './wage-table.js';
import type { Settings } from './schema.js';

export type RateSource = 'federal' | 'state' | 'custom';

export interface DayRate {
  rateCents: number;
  source: RateSource;
  citation: string;
}

export interface RatePolicy {
  /** Use the state table (the `higher-of-federal-and-state` setting). */
  useState: boolean;
  custom: readonly RateStep[];
  table: WageTable;
}

export function customSteps(settings: Settings): RateStep[] {
  return settings.customRates
    .map((r) => ({
      effectiveDate: r.effectiveDate,
      day: toDay(r.effectiveDate),
      rateCents: r.hourlyRate ?? 0, // required by the schema (rules.ts)
      lawCitation: r.label ?? 'custom rate supplied in the case',
      citation: `custom rate supplied in the case${r.label ? ` (${r.label})` : ''}, effective ${longDate(r.effectiveDate)}`,
    }))
    .sort((a, b) => a.day - b.day);
}

export function ratePolicy(settings: Settings, useState: boolean, table: WageTable = WAGE_TABLE): RatePolicy {
  return { useState, custom: customSteps(settings), table };
}

/**
 * The rate on `day` for work in `state`: max(federal, state, custom). On a tie the federal rate
 * is named as the source (it is the FLSA floor), then the state rate. Throws when no rate is in
 * force, which the schema rule `no-rate-table` prevents.
 */
export function rateOn(day: number, state: string | null | undefined, policy: RatePolicy): DayRate {
  // The three candidates in that order; a later one wins only when strictly higher.
  let best = stepOn(FEDERAL_RATES, day);
  let source: RateSource = 'federal';
  const st = policy.useState && state ? stepOn(policy.table.states.get(state) ?? [], day) : null;
  if (st && (!best || st.rateCents > best.rateCents)) {
    best = st;
    source = 'state';
  }
  const custom = stepOn(policy.custom, day);
  if (custom && (!best || custom.rateCents > best.rateCents)) {
    best = custom;
    source = 'custom';
  }
  if (!best) throw new RangeError('no minimum wage rate in force on this day');
  return { rateCents: best.rateCents, source, citation: best.citation };
}
