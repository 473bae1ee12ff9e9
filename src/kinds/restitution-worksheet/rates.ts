// The minimum wage in force on a day (docs/domain/restitution-worksheet-flsa.md, "Rate"):
// - federal: 29 U.S.C. § 206(a)(1), always;
// - state: only with the `higher-of-federal-and-state` setting (FLSA § 18(a), 29 U.S.C. § 218(a),
//   preserves higher state minimum wages; whether § 1593 uses them is unsettled);
// - the case's own custom rates (e.g. a city ordinance), from their effective dates.
// The rate is always the maximum of those in force, since some state rates are below federal.
// No rate depends on the victim's age (docs/domain/restitution-worksheet-age.md): the
// youth opportunity wage (29 U.S.C. § 206(g)) is an employer's option that would lower the total,
// the subminimum wages of 29 U.S.C. § 214 need a certificate, and the child labor rules
// (29 U.S.C. § 212) limit the work, never its pay.
import { longDate } from '../kit/index.js';
import { toDay } from './dates.js';
import { formatRateCents } from './money.js';
import { FEDERAL_RATES, WAGE_TABLE, stepOn, type RateStep, type WageTable } from './wage-table.js';
import type { RestitutionCase, Settings } from './schema.js';
import type { RestitutionComputed } from './compute.js';
import { federalCitationIn } from './territories.js';

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
      lawCitation: r.label ?? 'additional minimum wage, source not given',
      citation: `additional minimum wage${r.label ? ` (${r.label})` : ''}, effective ${longDate(r.effectiveDate)}`,
    }))
    .sort((a, b) => a.day - b.day);
}

/**
 * The case's custom rates in words, in date order: "$10.10 an hour from October 1, 2014 (Fictional
 * City Ordinance No. 2014-7)". A custom rate has no place attached: it applies to every period.
 */
export function customRatesText(settings: Settings): string {
  return [...settings.customRates]
    .sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1))
    .map((r) => `${formatRateCents(r.hourlyRate ?? 0)} an hour from ${longDate(r.effectiveDate)}${r.label ? ` (${r.label})` : ''}`)
    .join('; ');
}

/**
 * The states of the labor periods a custom rate reaches (a period that ends on or after the first
 * effective date), in period order. A custom rate has no place attached, so when these are more
 * than one, a city's or a state's rate is applied to work done elsewhere (warning
 * `custom-rates-several-states`).
 */
export function customRateStates(c: RestitutionCase): string[] {
  const first = c.settings.customRates.reduce<string | null>((m, r) => (m === null || r.effectiveDate < m ? r.effectiveDate : m), null);
  if (first === null) return [];
  const states: string[] = [];
  for (const p of c.laborPeriods) if (p.endDate >= first && p.state && !states.includes(p.state)) states.push(p.state);
  return states;
}

/**
 * The state setting is on but no state rate was higher on any day worked: said in place of "state
 * minimum wages were used", which would be false. Worded as a filing states its method (worksheet
 * 2.21.0): both sentences opened "The setting to use state minimum wages where higher is on", the
 * software's word for a choice counsel made.
 */
export function noStateRateHigher(settings: Settings): string {
  const other = settings.customRates.length > 0 ? 'the rate otherwise in force (the federal minimum wage or an additional minimum wage)' : 'the federal minimum wage';
  return `F was computed with the minimum wage of the state where the work was done wherever it is higher, but no state minimum wage was higher than ${other} on any day worked, so no state rate was used and F is the same without state rates.`;
}

/**
 * A state rate was the rate applied on days worked, yet F is the same without state rates: an
 * agreed rate above both set each workweek's figure, or the wages paid covered either. Said in
 * place of the figure without state rates and of its row among the open choices, which printed
 * F's own amount again beside "at the federal minimum wage alone" as if the court had a choice
 * to make that changes nothing.
 */
export function stateRateNoEffect(settings: Settings, fCents: string): string {
  return `F was computed with the minimum wage of the state where the work was done wherever it is higher, and a state minimum wage was higher on days worked, but F is the same, ${fCents}, ${withoutStateRates(settings)}: in no workweek does the unpaid amount depend on which minimum wage applies (an agreed rate above both, or the wages paid, decided it), so the court need not decide whether § 1593 adopts state minimum wages.`;
}

/**
 * What the figure computed without the state table is, in words that say exactly that: the
 * federal minimum wage alone only when the case has no custom rates, since those are kept
 * (README, "Custom rates").
 */
export function withoutStateRates(settings: Settings): string {
  return settings.customRates.length > 0 ? 'without state minimum wages (the additional minimum wages kept)' : 'at the federal minimum wage alone';
}

/**
 * A state rate was applied on a day worked and F differs without state rates: only then is the
 * state setting a choice the court makes (the figure without them, its row among the open
 * choices, the warning's two figures).
 */
export function stateRatesChangeF(computed: RestitutionComputed): boolean {
  const fed = computed.flsaFederalOnly;
  return computed.ratesUsed.state && fed !== undefined && fed.unpaidCents !== computed.flsa.unpaidCents;
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
  return { rateCents: best.rateCents, source, citation: source === 'federal' ? federalCitationIn(best.citation, state) : best.citation };
}
