// What the tip-credit floor on the worksheet assumes about state law (view-assumptions.ts prints
// it after the FLSA's floor). The FLSA's floor, a cash wage of $2.13 and a credit of at most the
// federal minimum wage less it ($5.12 at $7.25, $4.42 at $6.55: 29 U.S.C. § 203(m)(2)(A); 29 C.F.R.
// § 531.59), is measured against the federal minimum wage.
// F with state minimum wages adopts a state's rate where higher (29 U.S.C. § 218(a)); a state's
// rate comes with the state's own rule on tips, which in eight jurisdictions allows no tip credit
// at all and elsewhere sets its own credit and cash wage, usually a higher cash wage than $2.13,
// as of the Wage and Hour Division's tables read (NO_TIP_CREDIT_TABLES, dated).
// The worksheet takes no tip credit under any rate; it names the case's states so that a court
// comparing the defense's tip-credit figure knows which floor governs which figure.
import { andList, capitalize, longDate, money } from '../kit/index.js';
import { fromDay, toDay } from './dates.js';
import { FEDERAL_RATES } from './wage-table.js';
import { JURISDICTION_NAMES } from './authorities.js';
import type { RestitutionComputed } from './compute.js';
import type { RestitutionCase } from './schema.js';

/**
 * The jurisdictions whose law requires the full state minimum wage before tips (no tip credit), as
 * dated data: each entry holds from the first to the last table of the U.S. Department of Labor,
 * Wage and Hour Division, "Minimum Wages for Tipped Employees, by State" read for it (the group
 * "State requires employers to pay tipped employees full state minimum wage before tips"; "State
 * law does not allow tip credit" in its tables to 2012). Read: the tables of January 1, 2005,
 * July 24 and October 1, 2008, July 24, 2009, January 1, 2011, January 1, 2012, September 1, 2014,
 * January 1, 2019, July 1, 2024 and January 1, 2025, each listing these eight. Work outside every entry's dates is named on the page as not covered by the tables read,
 * never judged by the nearest one: a state may change its rule (the District of Columbia's
 * Initiative 82 of 2022 raises its tipped cash wage towards the full minimum wage). A new table
 * read that lists the same eight moves `to`; one that lists others starts a new entry.
 */
export const NO_TIP_CREDIT_TABLES: readonly { from: string; to: string; states: ReadonlySet<string> }[] = [
  { from: '2005-01-01', to: '2025-01-01', states: new Set(['AK', 'CA', 'GU', 'MN', 'MT', 'NV', 'OR', 'WA']) },
];

const DOL_TIPPED = 'U.S. Department of Labor, Wage and Hour Division, Minimum Wages for Tipped Employees, by State';

/** The entry whose tables cover `date` (ISO), or undefined when none read does. */
function tableOn(date: string) {
  return NO_TIP_CREDIT_TABLES.find((t) => t.from <= date && date <= t.to);
}

/** The dates the tables read cover, for the page: "January 1, 2005 through January 1, 2025". */
function tablesSpan(): string {
  const first = NO_TIP_CREDIT_TABLES[0]!.from;
  const last = NO_TIP_CREDIT_TABLES[NO_TIP_CREDIT_TABLES.length - 1]!.to;
  return `${longDate(first)} through ${longDate(last)}`;
}

const name = (code: string) => JURISDICTION_NAMES[code] ?? code;

interface StateDays {
  code: string;
  /** Whether the tables read put the state among those allowing no tip credit on some day of its work. */
  none: boolean;
  /** Whether they put it among those setting their own credit on some day of its work. */
  own: boolean;
  /** The first and last day of its work outside every table read, if any. */
  before: string | null;
  after: string | null;
}

/**
 * Each state of the case's labor periods, in case order, judged on the days of its periods: a
 * period's first and last days, and each boundary of the tables inside it (a rule is the same
 * between two of them).
 */
function statesJudged(c: RestitutionCase): StateDays[] {
  const out = new Map<string, StateDays>();
  const first = NO_TIP_CREDIT_TABLES[0]!.from;
  const last = NO_TIP_CREDIT_TABLES[NO_TIP_CREDIT_TABLES.length - 1]!.to;
  for (const p of c.laborPeriods) {
    if (typeof p.state !== 'string' || p.state.length === 0) continue;
    let s = out.get(p.state);
    if (!s) out.set(p.state, (s = { code: p.state, none: false, own: false, before: null, after: null }));
    const days = [p.startDate, p.endDate, ...NO_TIP_CREDIT_TABLES.flatMap((t) => [t.from, t.to])].filter((d) => p.startDate <= d && d <= p.endDate);
    for (const d of days) {
      const t = tableOn(d);
      if (t) {
        if (t.states.has(p.state)) s.none = true;
        else s.own = true;
      }
    }
    if (p.startDate < first && (s.before === null || p.startDate < s.before)) s.before = p.startDate;
    if (p.endDate > last && (s.after === null || p.endDate > s.after)) s.after = p.endDate;
  }
  return [...out.values()];
}

/**
 * The sentences after the FLSA's floor: which floor governs the figure as computed, and what the
 * law of each state of the case does to a tip credit against its own minimum wage, as of the
 * tables read (NO_TIP_CREDIT_TABLES), naming work those tables do not cover.
 */
export function stateTipCreditText(c: RestitutionCase, computed: RestitutionComputed): string {
  const states = statesJudged(c);
  const unplaced = c.laborPeriods.flatMap((p, i) => (typeof p.state === 'string' && p.state.length > 0 ? [] : [i + 1]));
  // An additional minimum wage (settings.customRates) higher on a day worked is then F's rate, not
  // the federal one: "which is the rate F here uses" was said of the federal rate beside an
  // ordinance's $7.50 that F used on every day (worked example 33).
  const custom = computed.ratesUsed.custom;
  const federalIsF = custom ? '' : ', which is the rate F here uses';
  const customSentence = custom
    ? ' F here uses the additional minimum wage listed above on the days where it is higher; against it, the law that sets it decides whether a tip credit may be taken and how much.'
    : '';
  if (states.length === 0) {
    // No place of work given (the federal setting does not need it): no state's rate or rule applies.
    return `That floor is the FLSA’s, measured against the federal minimum wage${federalIsF}; the place of the work is not given, so no state’s minimum wage, nor its rule on tip credits, is applied.${customSentence}`;
  }
  const none = states.filter((s) => s.none).map((s) => name(s.code));
  const own = states.filter((s) => s.own).map((s) => name(s.code));
  const usesState = c.settings.minimumWage === 'higher-of-federal-and-state' && computed.ratesUsed.state;
  const head = usesState
    ? 'That floor is the FLSA’s, measured against the federal minimum wage; F here uses state minimum wages where higher, and against a state minimum wage the state’s law decides whether a tip credit may be taken and how much.'
    : `That floor is the FLSA’s, measured against the federal minimum wage${federalIsF}; against a state minimum wage (the figure with state rates, 29 U.S.C. § 218(a)) the state’s law decides whether a tip credit may be taken and how much.`;
  const parts: string[] = [];
  if (none.length > 0) {
    parts.push(
      `${andList(none)} ${none.length === 1 ? 'allows' : 'allow'} no tip credit at all: the full state minimum wage is owed before tips, so under ${none.length === 1 ? 'its' : 'their'} minimum wage even a tip credit the defense proved would lower nothing`,
    );
  }
  if (own.length > 0) {
    parts.push(
      `${andList(own)} ${own.length === 1 ? 'sets its' : 'set their'} own maximum tip credit and minimum cash wage against the state rate, which may differ from ${federalCreditsText(c)}`,
    );
  }
  const sentences = [head + customSentence];
  if (parts.length > 0) sentences.push(`${capitalize(parts.join('; '))} (${DOL_TIPPED}, tables of ${tablesSpan()}).`);
  const outside = states.flatMap((s) => [
    ...(s.before ? [`${name(s.code)} before ${longDate(NO_TIP_CREDIT_TABLES[0]!.from)}`] : []),
    ...(s.after ? [`${name(s.code)} after ${longDate(NO_TIP_CREDIT_TABLES[NO_TIP_CREDIT_TABLES.length - 1]!.to)}`] : []),
  ]);
  if (outside.length > 0) {
    sentences.push(`Those tables do not reach the work in ${andList(outside)}: the state’s rule on tip credits for that time is not stated here.`);
  }
  if (unplaced.length > 0) {
    sentences.push(`The place of the work of ${unplaced.length === 1 ? 'period' : 'periods'} ${andList(unplaced.map(String))} is not given: no state’s rule is applied to it.`);
  }
  return sentences.join(' ');
}

/** The FLSA's minimum cash wage of a tipped employee, in cents: $2.13 since April 1, 1991 (29 U.S.C. § 203(m)(2)(A)(i)). */
const TIPPED_CASH_CENTS = 213;

/** "$5.755" from tenths of a cent: three decimals where the half cent needs them. */
const tenthsText = (t: number) => `$${(t / 1000).toFixed(t % 10 === 0 ? 2 : 3)}`;

/**
 * The floor a proved tip credit would leave, at each federal minimum wage in force on a day of the
 * case's labor periods: the credit is at most that rate less $2.13 (29 C.F.R. § 531.59), and an
 * overtime hour owes 1.5 × the rate less the same credit (§ 531.60). The page gave "$5.12 an hour
 * since July 24, 2009" and "1.5 × $7.25 − $5.12 = $5.755" for work in July 2009, when the rate was
 * $6.55 until the 23rd and the credit $4.42. Returns the credit clause and the overtime clause.
 */
export function tipFloorFigures(c: RestitutionCase): { credit: string; overtime: string } {
  const { steps, used } = federalStepsUsed(c);
  const last = steps[steps.length - 1]!;
  if (used.length === 0 || (used.length === 1 && used[0] === last)) {
    return { credit: `${money(last.rateCents - TIPPED_CASH_CENTS)} an hour since ${longDate(last.effectiveDate)}`, overtime: `1.5 × ${money(last.rateCents)} − ${money(last.rateCents - TIPPED_CASH_CENTS)} = ${tenthsText(last.rateCents * 5 + TIPPED_CASH_CENTS * 10)} at ${money(last.rateCents)}` };
  }
  const span = (r: (typeof steps)[number]) => (r.until === null ? `from ${longDate(r.effectiveDate)}` : `of ${longDate(r.effectiveDate)} to ${longDate(r.until)}`);
  return {
    credit: andList(used.map((r) => `${money(r.rateCents - TIPPED_CASH_CENTS)} an hour at the ${money(r.rateCents)} minimum wage ${span(r)}`)),
    overtime: used.map((r) => `1.5 × ${money(r.rateCents)} − ${money(r.rateCents - TIPPED_CASH_CENTS)} = ${tenthsText(r.rateCents * 5 + TIPPED_CASH_CENTS * 10)} at ${money(r.rateCents)}`).join('; '),
  };
}


/**
 * Each federal minimum wage step (29 U.S.C. § 206(a)(1)) with its last day, and those in force on
 * some day of the case's labor periods, in date order.
 */
function federalStepsUsed(c: RestitutionCase) {
  const steps = FEDERAL_RATES.map((r, k) => ({ ...r, until: k + 1 < FEDERAL_RATES.length ? fromDay(toDay(FEDERAL_RATES[k + 1]!.effectiveDate) - 1) : null }));
  const used = steps.filter((r) => c.laborPeriods.some((p) => p.endDate >= r.effectiveDate && (r.until === null || p.startDate <= r.until)));
  return { steps, used };
}

/**
 * The federal maximum tip credit in force on the case's days, for the sentence on a state's own
 * credit: the federal minimum wage less the $2.13 cash wage (29 U.S.C. § 203(m)(2)(A)(i)), so
 * $4.42 at $6.55 and $5.12 at $7.25. It read "the federal $5.12" of every case, though work before
 * July 24, 2009 was under a lower federal minimum wage and so a lower federal credit (the Wage and
 * Hour Division's tables of July 24, 2008 and July 24, 2009; docs/domain/restitution-worksheet-pay.md).
 */
function federalCreditsText(c: RestitutionCase): string {
  const { steps, used } = federalStepsUsed(c);
  const shown = used.length > 0 ? used : [steps[steps.length - 1]!];
  const credit = (r: (typeof steps)[number]) => money(r.rateCents - TIPPED_CASH_CENTS);
  if (shown.length === 1) return `the federal ${credit(shown[0]!)} and $2.13`;
  return `the federal credit (${andList(shown.map((r) => `${credit(r)} at ${money(r.rateCents)}`))}) and the federal $2.13`;
}
