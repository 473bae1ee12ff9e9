// Amounts the employer kept from each week's pay (`laborPeriods[].deductions`): a bunk, meals, a
// "debt", fees. Never credited as wages paid: a wage is paid only "finally and unconditionally" or
// "free and clear", and the requirement is not met where part of it is kept or handed back,
// directly or indirectly, for the employer's benefit (29 C.F.R. § 531.35); wages are paid in cash
// or its equivalent (§ 531.27(a)). `wagesPaid` holds what the victim received after them, so the
// deductions change no figure; they are printed beside the wages paid so that the court can rebuild
// the pay the employer will say it paid (received + kept) and see why only the received part is
// credited.
//
// Kept "for lodging" (or meals) is the employer's claim to the credit of 29 U.S.C. § 203(m)(1):
// the "reasonable cost" of board or lodging customarily furnished. Decided: printed only as the
// defence's argument, with why it fails on the case's facts, never computed. The reasonable cost
// is at most the employer's actual cost (29 C.F.R. § 531.3(a)), shown by the records it must keep
// (§ 516.27), not the amount it chose to keep; it counts only for facilities accepted voluntarily
// and without coercion (§ 531.30) and never for those furnished primarily for the employer's
// benefit (§ 531.3(d)(1)); the employer claiming it must prove it (Donovan v. New Floridian Hotel).
// The case gives no actual cost, so there is no figure to print: an "F with the deduction
// credited" would be the amount kept, the very figure § 531.3(a) refuses.
import { andList, money } from '../kit/index.js';
import { NEW_FLORIDIAN } from './authorities.js';
import type { LaborPeriod } from './schema.js';

const CLAIMED: Record<string, string> = { lodging: 'lodging', meals: 'meals', 'lodging-and-meals': 'lodging and meals' };

/**
 * The period's "Deducted from pay" line, or null without deductions: each amount a week and what
 * for (as the employer said, in quotation marks), why none is credited, and the weekly pay before
 * them (received + kept = the gross), so that "$200.00 a week received + $100.00 a week kept =
 * $300.00 a week before deductions" can be checked against the employer's own figure.
 */
export function deductionsText(p: LaborPeriod): string | null {
  const ds = p.deductions ?? [];
  if (ds.length === 0) return null;
  const items = ds.map((d) => `${money(d.perWeek)} a week kept for “${d.what}”${d.claimedAs ? `, which the employer calls ${CLAIMED[d.claimedAs]}` : ''}`);
  const kept = ds.reduce((t, d) => t + d.perWeek, 0);
  const keptText = ds.length > 1 ? `${money(kept)} a week kept (${ds.map((d) => money(d.perWeek)).join(' + ')})` : `${money(kept)} a week kept`;
  const w = p.wagesPaid;
  const them = ds.length > 1 ? 'them' : 'it';
  const before =
    w?.perWeek !== undefined && w?.perWeek !== null
      ? ` The wages paid above, ${money(w.perWeek)} a week, are what the victim received after ${them}: ${money(w.perWeek)} received + ${keptText} = ${money(w.perWeek + kept)} a week before deductions, of which only the ${money(w.perWeek)} received is credited.`
      : (w?.payments ?? []).length > 0
      ? ` The payments above are what the victim received after ${them}, and only they are credited.`
      : ` Nothing paid is recorded for the period, so nothing is credited.`;
  const claimed = [...new Set(ds.flatMap((d) => (d.claimedAs ? [CLAIMED[d.claimedAs]!] : [])))];
  // With lodging or meals recorded for the period, its own line (lodging.ts) gives the reasons of
  // §§ 531.30, 531.3(a), 516.27 and New Floridian just below this one: they are pointed to, not
  // repeated, and only what is particular to an amount kept is said here.
  const defence =
    claimed.length > 0 && p.lodgingOrMeals
      ? ` The defence may argue that the reasonable cost of the ${andList(claimed)} counts as wages (29 U.S.C. § 203(m)(1)); no such credit is computed, for the reasons given under “Lodging or meals provided” below, and because the amount kept is not that cost, nor does the credit cover facilities furnished primarily for the employer’s benefit (29 C.F.R. § 531.3(d)(1)).`
      : claimed.length > 0
      ? ` The defence may argue that the reasonable cost of the ${andList(claimed)} counts as wages (29 U.S.C. § 203(m)(1)); no such credit is computed: that cost is at most the employer’s actual cost (29 C.F.R. § 531.3(a)) shown by the records it must keep (29 C.F.R. § 516.27), not the amount it kept; it counts only for what the employee accepted voluntarily and without coercion (29 C.F.R. § 531.30), never for facilities furnished primarily for the employer’s benefit (29 C.F.R. § 531.3(d)(1)), and the employer claiming it must prove it (${NEW_FLORIDIAN}).`
      : '';
  return `${items.join('; ')}. Not credited as wages paid: an amount kept from the pay, directly or indirectly, for the employer’s benefit is not a wage paid free and clear (29 C.F.R. §§ 531.35, 531.27(a)).${before}${defence}`;
}
