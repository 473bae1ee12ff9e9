// Lodging or meals a defendant provided during a labor period (`laborPeriods[].lodgingOrMeals`):
// never credited against the wages owed (credits.ts), and the period's line says why, where the
// defence would claim the credit. An employer may count the "reasonable cost" of board, lodging or
// other facilities as wages (29 U.S.C. § 203(m)(1)), but only facilities the employee accepted
// voluntarily and without coercion (29 C.F.R. § 531.30), at no more than their actual cost
// (§ 531.3(a)), shown by the records the employer must keep (29 C.F.R. § 516.27); the employer
// claiming the credit must prove it (Donovan v. New Floridian Hotel, where the district court's
// denial of such credits was affirmed). A trafficked child housed and fed by the trafficker did
// not accept either voluntarily, and the case has no cost to credit: no credit is computed.
import { NEW_FLORIDIAN } from './authorities.js';
import type { LODGING_OR_MEALS } from './schema.js';

const WHAT: Record<(typeof LODGING_OR_MEALS)[number], [string, string]> = {
  lodging: ['Lodging', 'is'],
  meals: ['Meals', 'are'],
  'lodging-and-meals': ['Lodging and meals', 'are'],
};

/**
 * The period's sentence on lodging or meals provided, or null when the case records none; "a
 * defendant" when the case has several (it does not say which one housed the victim).
 */
export function lodgingText(provided: (typeof LODGING_OR_MEALS)[number] | null | undefined, defendants: number): string | null {
  if (!provided) return null;
  const [what, verb] = WHAT[provided];
  return `${what} provided by ${defendants > 1 ? 'a defendant' : 'the defendant'} ${verb} not credited against the wages owed: an employer may count the reasonable cost of board or lodging as wages (29 U.S.C. § 203(m)(1)) only for what the employee accepted voluntarily and without coercion (29 C.F.R. § 531.30), and at no more than its actual cost (29 C.F.R. § 531.3(a)) shown by the employer’s records (29 C.F.R. § 516.27); the employer who claims the credit must prove it (${NEW_FLORIDIAN}, affirming the denial of credits for meals and lodging).`;
}
