// What the tip-credit floor on the worksheet assumes about state law (view-assumptions.ts prints
// it after the FLSA's floor). The FLSA's floor, a cash wage of $2.13 and a credit of at most $5.12
// (29 U.S.C. § 203(m)(2)(A); 29 C.F.R. § 531.59), is measured against the federal minimum wage.
// F with state minimum wages adopts a state's rate where higher (29 U.S.C. § 218(a)); a state's
// rate comes with the state's own rule on tips, which in eight jurisdictions allows no tip credit
// at all and elsewhere sets its own credit and cash wage, usually a higher cash wage than $2.13.
// The worksheet takes no tip credit under any rate; it names the case's states so that a court
// comparing the defense's tip-credit figure knows which floor governs which figure.
import { andList, capitalize } from '../kit/index.js';
import { JURISDICTION_NAMES } from './authorities.js';
import type { RestitutionComputed } from './compute.js';
import type { RestitutionCase } from './schema.js';

/**
 * The jurisdictions whose law requires the full state minimum wage before tips (no tip credit):
 * U.S. Department of Labor, Wage and Hour Division, "Minimum Wages for Tipped Employees, by State"
 * (the group "State requires employers to pay tipped employees full state minimum wage before
 * tips", the same eight in its tables of 2005, 2008, 2012 and 2018).
 */
export const NO_TIP_CREDIT: ReadonlySet<string> = new Set(['AK', 'CA', 'GU', 'MN', 'MT', 'NV', 'OR', 'WA']);

const DOL_TIPPED = 'U.S. Department of Labor, Wage and Hour Division, Minimum Wages for Tipped Employees, by State';

/** The case's labor-period states, in case order, each once. */
function periodStates(c: RestitutionCase): string[] {
  return [...new Set(c.laborPeriods.map((p) => p.state).filter((s): s is string => typeof s === 'string' && s.length > 0))];
}

const name = (code: string) => JURISDICTION_NAMES[code] ?? code;

/**
 * The sentences after the FLSA's floor: which floor governs the figure as computed, and what the
 * law of each state of the case does to a tip credit against its own minimum wage.
 */
export function stateTipCreditText(c: RestitutionCase, computed: RestitutionComputed): string {
  const states = periodStates(c);
  const none = states.filter((s) => NO_TIP_CREDIT.has(s)).map(name);
  const own = states.filter((s) => !NO_TIP_CREDIT.has(s)).map(name);
  const usesState = c.settings.minimumWage === 'higher-of-federal-and-state' && computed.ratesUsed.state;
  const head = usesState
    ? 'That floor is the FLSA’s, measured against the federal minimum wage; F here uses state minimum wages where higher, and against a state minimum wage the state’s law decides whether a tip credit may be taken and how much.'
    : 'That floor is the FLSA’s, measured against the federal minimum wage, which is the rate F here uses; against a state minimum wage (the figure with state rates, 29 U.S.C. § 218(a)) the state’s law decides whether a tip credit may be taken and how much.';
  const parts: string[] = [];
  if (none.length > 0) {
    parts.push(
      `${andList(none)} ${none.length === 1 ? 'allows' : 'allow'} no tip credit at all: the full state minimum wage is owed before tips, so under ${none.length === 1 ? 'its' : 'their'} minimum wage even a tip credit the defense proved would lower nothing`,
    );
  }
  if (own.length > 0) {
    parts.push(
      `${andList(own)} ${own.length === 1 ? 'sets its' : 'set their'} own maximum tip credit and minimum cash wage against the state rate, which may differ from the federal $5.12 and $2.13`,
    );
  }
  if (parts.length === 0) return `${head} The case gives no state for its labor periods.`;
  return `${head} ${capitalize(parts.join('; '))} (${DOL_TIPPED}).`;
}
