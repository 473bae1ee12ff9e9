// The worksheet's table of open legal choices: the total under each choice the case leaves to the
// court, each computed by compute.ts (view.ts assembles the worksheet from this module and its siblings).
import type { Alternative, RestitutionComputed } from './compute.js';
import { money } from '../kit/index.js';
import { exemptionName } from './exemption-text.js';
import { EDWARDS } from './authorities.js';
import { stateRatesChangeF } from './rates.js';
import { payKinds } from './job-lines.js';

/** The total under each open legal choice, one row per choice the case leaves to the court. */
export function alternativeRows(computed: RestitutionComputed, customRates: boolean): Array<{ label: string; total: string }> | null {
  const a = computed.alternatives;
  const rows: Array<{ label: string; total: string }> = [{ label: 'As requested above', total: money(computed.totalCents) }];
  // Each row says so where its total counts the other of G and F than the total as requested
  // (countedClause), so that L + the figure the row names adds up to the row's total.
  const row = (label: string, x: Alternative): void => {
    rows.push({ label: `${label}${x.totalCents === computed.totalCents ? sameTotalClause(computed, x) : countedClause(computed, x)}`, total: money(x.totalCents) });
  };
  // No labor periods (no workweeks): no F, so pooling and adding give the same total and neither
  // row is a choice (rulesApplied says so).
  const noF = computed.weeks.length === 0;
  if (a.pooled && !noF) row('Commercial sex income pooled with labor income and compared with F, instead of added', a.pooled);
  if (a.separate && !noF) row('Commercial sex income added to the greater of G (labor) and F, instead of pooled (18 U.S.C. § 1593(b)(3))', a.separate);
  if (a.federalOnly && stateRatesChangeF(computed)) row(customRates ? 'F without state minimum wages (the additional minimum wages kept)' : 'F at the federal minimum wage alone, without state rates', a.federalOnly);
  // Not "Joint and several: …": with several defendants the total as requested is asked of them
  // jointly and severally (filing.ts liabilityNote), so the words belong to the total, not to
  // this row, which counts each line's whole gross instead of the share a defendant kept.
  if (a.jointAndSeveral) row('Every gross-income line in full, not only the defendant’s share: the gross income of all who shared in it, for which the court may make each defendant liable (18 U.S.C. § 3664(h))', a.jointAndSeveral);
  // The choices that lower what the child recovers, present only when reversing them raises the total.
  if (a.withStateRates) row(`F with the minimum wage of each period’s state where higher (29 U.S.C. § 218(a)), instead of ${customRates ? 'the federal minimum wage and the additional minimum wages alone' : 'the federal minimum wage alone'}`, a.withStateRates);
  if (a.withLiquidatedDamages) row(`F with liquidated damages equal to the unpaid wages (29 U.S.C. § 216(b); ${EDWARDS})`, a.withLiquidatedDamages);
  if (a.withoutLiveInDomesticExemption) row(`Without ${exemptionName('live-in-domestic')}: overtime owed in the workweeks it removed`, a.withoutLiveInDomesticExemption);
  if (a.withoutAgricultureExemption) row(`Without ${exemptionName('agriculture-213b12')}: overtime owed in the workweeks it removed`, a.withoutAgricultureExemption);
  // Harbor credits each job's pay to its own straight time; pooled as one employer's pay, F may be
  // higher or lower, and the court decides (docs/domain/restitution-worksheet-flsa.md, "Agreed rate").
  const kinds = payKinds(computed.weeks.filter((w) => w.jobs !== null));
  const on = kinds.hourly && kinds.daily ? 'on an agreed rate or a day rate' : kinds.daily ? 'on a day rate' : 'on an agreed rate';
  if (a.weekPayPooled) row(`F with the pay of each workweek of two jobs or more ${on} pooled as one employer’s, all the straight time agreed for the week paid first from either job’s pay (29 C.F.R. § 778.315), instead of each job’s pay credited to its own straight time (29 C.F.R. §§ 778.115, 778.419)`, a.weekPayPooled);
  return rows.length > 1 ? rows : null;
}

/**
 * Said of an open legal choice whose total counts, for the labor, the other of G and F than the
 * total as requested: " (F is then $241,092.00, below G, so G, $250,000.00, is counted)". A row
 * named "F at the federal minimum wage alone" whose total was L + G did not add up for a judge
 * checking it against the F printed above (L + that F is not the row's total). Empty when the
 * row counts the same one, or with no labor periods (no F).
 */
export function countedClause(computed: RestitutionComputed, a: Alternative): string {
  if (computed.weeks.length === 0) return '';
  const countsG = a.laborValueCents > a.flsaCents; // a tie counts F, as reading() names it
  if (countsG && computed.laborValue.method === 'flsa') return ` (F is then ${money(a.flsaCents)}, below G, so G, ${money(a.laborValueCents)}, is counted)`;
  if (!countsG && computed.laborValue.method === 'gross-income') return ` (F is then ${money(a.flsaCents)}, not less than G, so F is counted)`;
  return '';
}

/**
 * Said of an open legal choice whose total is the total as requested, and why, in words read once
 * beside the row: " (the same total as requested: F is then $211.75, still below G, $430.34,
 * which is counted either way)". Such a row is printed, not dropped: the F it names differs from
 * F above (the figure is printed under F's rows), and the row tells the court that the choice
 * does not move the total. A row of the same figure as "As requested above" with no word why read
 * as a slip (worked example 23: F at the federal minimum wage alone, G counted both ways).
 */
export function sameTotalClause(computed: RestitutionComputed, a: Alternative): string {
  const same = ' (the same total as requested';
  if (computed.weeks.length === 0) return `${same})`;
  const countsG = a.laborValueCents > a.flsaCents; // a tie counts F, as reading() names it
  const askedG = computed.laborValue.method === 'gross-income';
  const f = computed.flsa.totalCents;
  if (countsG && askedG) {
    return a.flsaCents !== f
      ? `${same}: F is then ${money(a.flsaCents)}, still below G, ${money(a.laborValueCents)}, which is counted either way)`
      : `${same}: F, ${money(f)}, is below G either way, and G is counted)`;
  }
  if (!countsG && !askedG && a.flsaCents === f) return `${same}: G is not above F, ${money(f)}, either way, and F is counted)`;
  // The other of G and F counted, at the same figure; or a reading whose parts differ and add up
  // to the same total: what is counted, then that the total is the same.
  const counted = countedClause(computed, a);
  return counted === '' ? `${same})` : `${counted.slice(0, -1)}: the same total as requested)`;
}
