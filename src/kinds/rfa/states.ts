// The U.S. states and territories of a case (docs/domain/rfa-draft.md, "States where it happened"):
// every state where the concern happened (concern.usStates: recruited in one, exploited in
// another) and the one where the child is now (location.state), as the page prints them. OTIP
// needs each place: a concern that spans two states had room for one, the child's.
import { andList, usStateCode, usStateName } from '../kit/index.js';
import { WHERE_LABELS } from './labels.js';
import type { RfaCase } from './schema.js';

/**
 * Whether the row "States where it happened" is on the page: when states are given, or when
 * "Where it happened" says in the United States (the states are then not yet known and can follow).
 */
export const usStatesApply = (c: RfaCase): boolean => c.concern.usStates.length > 0 || c.concern.whereExploited.includes('united-states');

/**
 * The states where it happened by name, each once, in the order given ("Texas and Oklahoma";
 * "TX", "Texas" and "tx" are one state), or null when none are given.
 */
export function usStatesText(c: RfaCase): string | null {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const s of c.concern.usStates) {
    const key = usStateCode(s) ?? s;
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(usStateName(s));
  }
  return names.length > 0 ? andList(names) : null;
}

/**
 * Where the child is now, as the location row prints it ("Fresno, CA"): a state written by its
 * postal code in capitals ("tx" → "TX"), by its name as the table writes it ("texas" → "Texas").
 */
export function cityAndState(city: string | null, state: string | null): string {
  const st = state === null ? null : /^[a-z]{2}$/i.test(state.trim()) ? state.trim().toUpperCase() : usStateName(state);
  return [city, st].filter((x): x is string => !!x).join(', ');
}

/**
 * "Where it happened" when the case leaves it empty and lists states where it happened: "In the
 * United States", with why, and the rest still to find out. A state where it happened says it
 * happened in the United States (as a state beside a "Where it happened" without it is
 * answer-contradicted, concern.ts), and "Not yet known" above "States where it happened: Texas and
 * Louisiana" told OTIP's intake the requester knew nothing of where (round r54). Null otherwise:
 * the places given print as given, and none with no state is "Not yet known".
 */
export function whereImpliedByStates(c: RfaCase): string | null {
  if (c.concern.whereExploited.length > 0 || c.concern.usStates.length === 0) return null;
  return `${WHERE_LABELS['united-states']} (the states where it happened are given); whether also abroad or in transit: not yet known`;
}

/**
 * What "Where it happened" adds when the concern happened only outside the United States (abroad,
 * in transit, or both; no state listed): until template 2.21.0 the row printed "Abroad" alone, and
 * OTIP's intake, or a supervisor, could read a request about a child trafficked in Honduras as
 * out of scope. It is not: the definition of a severe form of trafficking names no place (22 U.S.C.
 * § 7102(11)), and OTIP asks for a request for a foreign-national child in the United States who
 * "may have experienced forced labor or commercial sex at any point in their life" (OTIP's Request
 * for Assistance page, 2018; its child-eligibility video notice, 2021): the child must be in the
 * United States now (child-not-in-us), the trafficking need not have been (rfa-draft.md, "Trafficked
 * only abroad").
 */
export const NOT_IN_US_NEED_NOT_BE = 'not in the United States, and it need not have been: the definition of trafficking names no place (22 U.S.C. § 7102(11)), and OTIP assists a child in the United States now, wherever the trafficking happened';

/**
 * "Where it happened" as printed: the places given (`listed`, their labels in a list), with
 * NOT_IN_US_NEED_NOT_BE when none of them is the United States; with none given,
 * whereImpliedByStates (null: "Not yet known").
 */
export function whereText(c: RfaCase, listed: string | null): string | null {
  if (listed === null) return whereImpliedByStates(c);
  if (c.concern.whereExploited.includes('united-states') || c.concern.usStates.length > 0) return listed;
  return `${listed}: ${NOT_IN_US_NEED_NOT_BE}`;
}
