// The order of the dated acts of a personal statement (warning `acts-not-chronological`), of the
// escapes after them (warning `escape-before-acts`) and of the escapes among themselves (warnings
// `escapes-not-chronological`, `escape-without-recapture`; docs/domain/t-visa-declaration-form.md,
// "Form of a declaration"): compared at each date's precision.
import { compareDates, readSuperseded, type CalendarDate } from '../kit/index.js';
import type { TVisaIssue } from './codes.js';
import { dateSpan } from './dates.js';
import type { TVisaCase } from './schema.js';

/**
 * The first day the statement's first act may be, each act at its date's precision ("2022" from
 * January 1): what a law-enforcement date is held to (continued-presence.ts, supplement-b.ts). Null
 * without an act.
 */
export function firstActStart(c: Pick<TVisaCase, 'trafficking'>): CalendarDate | null {
  const acts = c.trafficking?.acts ?? [];
  if (acts.length === 0) return null;
  return acts.map((a) => dateSpan(a.date).earliest).reduce((a, b) => (compareDates(b, a) < 0 ? b : a));
}

/**
 * The indexes of a dated list's entries out of date order, at each date's precision: entry i is
 * out of order when its last possible day is before the first possible day of some entry listed
 * before it. Overlapping spans ("2022" and "2022-05") have no certain order and are never counted.
 */
export function outOfOrder(dates: readonly string[]): number[] {
  let latestStart: ReturnType<typeof dateSpan>['earliest'] | null = null;
  const out: number[] = [];
  for (const [i, date] of dates.entries()) {
    const span = dateSpan(date);
    if (latestStart !== null && compareDates(span.latest, latestStart) < 0) out.push(i);
    if (latestStart === null || compareDates(span.earliest, latestStart) > 0) latestStart = span.earliest;
  }
  return out;
}

/**
 * The other dated lists of a declaration, each printed as dated paragraphs in the order given
 * (docs/domain/t-visa-declaration-form.md, "Form of a declaration"): the law-enforcement contacts,
 * and a parent's or supporting declarant's contacts with the applicant (by when each began),
 * observations and disclosures. A report made late and
 * listed first ("June 2025, FBI") above the first call to the police ("February 2023, Houston
 * Police Department") reads, to an adjudicator, as the applicant reporting after the later report,
 * or as dates that cannot both be right. Warning `paragraphs-not-chronological`, once per list, on
 * its first entry out of order, with the count; never sorted (the declarant's order, as the acts').
 */
export function datedListsOutOfOrder(c: Pick<TVisaCase, 'lawEnforcement' | 'supporting'>): TVisaIssue[] {
  const lists: Array<[string, string, readonly string[]]> = [
    ['lawEnforcement.contacts', 'law-enforcement contact', (c.lawEnforcement?.contacts ?? []).map((x) => x.date)],
    // A parent's or supporting declarant's contacts with the applicant, each a paragraph led by its
    // dates ("Since March 2023."), by when each began: "From June 2024" above "From 2019 to 2021"
    // reads as the declarant's later knowledge told first.
    ['supporting.contacts', 'contact', (c.supporting?.contacts ?? []).map((x) => x.from)],
    ['supporting.observations', 'observation', (c.supporting?.observations ?? []).map((x) => x.date)],
    ['supporting.disclosures', 'disclosure', (c.supporting?.disclosures ?? []).map((x) => x.date)],
  ];
  return lists.flatMap(([path, what, dates]): TVisaIssue[] => {
    const out = outOfOrder(dates);
    if (out.length === 0) return [];
    const more = out.length === 1 ? 'it is the only one out of order' : `${out.length} of them are out of date order`;
    return [
      {
        path: `${path}.${out[0]}.${path === 'supporting.contacts' ? 'from' : 'date'}`,
        code: 'paragraphs-not-chronological',
        message: `is dated before a ${what} listed earlier (${more}); each prints as a dated paragraph in the order given, so the later one is read first: put them in the order they happened, keeping the declarant’s words`,
      },
    ];
  });
}

/**
 * Acts out of date order, at their precision: act i is out of order when its last possible day is
 * before the first possible day of some act listed before it ("2022-02" after "2022-03-01"). Dates
 * whose spans overlap ("2022" and "2022-05") have no certain order and are never flagged. Harbor
 * does not sort the acts: they are the applicant's account, in the applicant's order, and a
 * paragraph may lean on the one before it ("After that…"); the drafter reorders them. One warning,
 * on the first act out of order, with the count.
 */
export function actsOutOfOrder(dates: readonly string[]): TVisaIssue[] {
  const out = outOfOrder(dates);
  if (out.length === 0) return [];
  const more = out.length === 1 ? 'it is the only one out of order' : `${out.length} of the acts are out of date order`;
  return [
    {
      path: `trafficking.acts.${out[0]}.date`,
      code: 'acts-not-chronological',
      message: `is dated before an act listed earlier (${more}); the statement tells what happened in order and prints the acts as listed: put them in date order, keeping the applicant’s words`,
    },
  ];
}

/**
 * The escapes (but the last, which ends the trafficking and prints under How I Got Away) that no
 * place among the acts as listed can tell in order: an act dated certainly after the escape (its
 * recapture) is listed before one dated certainly before it, so wherever the escape prints, one of
 * them reads on the wrong side (escapePlaces puts it where the fewest do, which may be How I Got
 * Away, after the recapture it led to). Their paths, for `acts-not-chronological`'s message: only
 * putting the acts in date order tells such an escape where it happened.
 */
export function escapesSplitByOrder(escapes: readonly EscapeEpisode[], actDates: readonly string[]): string[] {
  const spans = actDates.map(dateSpan);
  return escapes.slice(0, -1).flatMap((e) => {
    if (e.date === null) return [];
    const escape = dateSpan(e.date);
    const firstAfter = spans.findIndex((a) => compareDates(escape.latest, a.earliest) < 0);
    if (firstAfter < 0) return [];
    return spans.slice(firstAfter + 1).some((a) => compareDates(a.latest, escape.earliest) < 0) ? [e.path] : [];
  });
}

/** One escape or separation from the traffickers, with the path of its fields in the case. */
export interface EscapeEpisode {
  path: string;
  date: string | null;
  narrative: string;
  exhibits: string[];
}

/**
 * Every escape, in the order given: `escape` (one, as contract 2.7 took it) first, then `escapes`.
 * An applicant may get away, be taken back and get away again; each escape is its own dated
 * paragraph, and the acts after the first tell the recapture.
 */
export function escapeEpisodes(c: Pick<TVisaCase, 'escape' | 'escapes'>): EscapeEpisode[] {
  return readSuperseded(c.escape, c.escapes, { single: 'escape', list: 'escapes' }).map(({ path, value }) => ({ path, ...value }));
}

/**
 * Escapes dated against the acts, per episode, at each date's precision. The last escape listed
 * is the final one: dated certainly before an act ("2024-12" before "2025-01-11"), the statement
 * says the applicant got away, then tells of trafficking after it, true only if the applicant was
 * taken back, which an earlier escape then tells; more often a date is wrong, and an adjudicator
 * reads it as an inconsistency. An earlier escape is followed by acts (the recapture), so only one
 * dated certainly before every act is flagged: nothing yet to get away from. One warning per
 * escape, on its date, naming the first act concerned and the count. Overlapping spans ("2024"
 * and "2024-06") are not flagged.
 */
export function escapeBeforeActs(escapes: readonly Pick<EscapeEpisode, 'path' | 'date'>[], actDates: readonly string[]): TVisaIssue[] {
  return escapes.flatMap((e, k): TVisaIssue[] => {
    if (e.date === null) return [];
    const escaped = dateSpan(e.date).latest;
    const after = actDates.flatMap((d, i) => (compareDates(escaped, dateSpan(d).earliest) < 0 ? [i] : []));
    const final = k === escapes.length - 1;
    if (after.length === 0 || (!final && after.length < actDates.length)) return [];
    const which = after.length === 1 ? `trafficking.acts.${after[0]}` : `trafficking.acts.${after[0]} and ${after.length - 1} more`;
    const message = final
      ? `is before an act of trafficking the statement tells (${which}): check these dates, or, if the applicant got away and was taken back, give each escape in escapes, in the order they happened, this one last`
      : `is before every act of trafficking the statement tells (${which}): check these dates; an escape listed before another is followed by the acts of the recapture, not preceded by none`;
    return [{ path: `${e.path}.date`, code: 'escape-before-acts', message }];
  });
}

/**
 * The escapes against each other, at each date's precision (docs/domain/t-visa-declaration-form.md,
 * "Escapes"). They print in the order given, each a dated paragraph, so:
 * - `escapes-not-chronological`: an escape dated certainly before one listed earlier reads as the
 *   later escape told first (one warning, on the first such escape, with the count);
 * - `escape-without-recapture`: two escapes in a row with no act that can lie between them. The
 *   applicant who got away was taken back before getting away again, and the recapture is an act
 *   of its own (the traffickers' harboring or transport again); without one the statement says the
 *   applicant escaped twice from a trafficking that had already ended, which an adjudicator reads as
 *   an inconsistency, or the same escape is given twice. An act "can lie between" unless its span
 *   ends before the first escape's begins or begins after the second's ends, so overlapping spans
 *   ("2022" and "2022-05") never warn. Undated escapes, and a pair already out of order, are not
 *   compared.
 */
export function escapesOutOfOrder(escapes: readonly Pick<EscapeEpisode, 'path' | 'date'>[], actDates: readonly string[]): TVisaIssue[] {
  const issues: TVisaIssue[] = [];
  const dated = escapes.flatMap((e) => (e.date === null ? [] : [{ path: e.path, span: dateSpan(e.date) }]));
  let latestStart: (typeof dated)[number]['span']['earliest'] | null = null;
  const out: string[] = [];
  for (const e of dated) {
    if (latestStart !== null && compareDates(e.span.latest, latestStart) < 0) out.push(e.path);
    if (latestStart === null || compareDates(e.span.earliest, latestStart) > 0) latestStart = e.span.earliest;
  }
  if (out.length > 0) {
    const more = out.length === 1 ? 'it is the only one out of order' : `${out.length} of the escapes are out of date order`;
    issues.push({
      path: `${out[0]}.date`,
      code: 'escapes-not-chronological',
      message: `is dated before an escape listed earlier (${more}); the escapes print in the order given, each after the acts of the recapture before it: put them in the order they happened`,
    });
  }
  const acts = actDates.map(dateSpan);
  escapes.forEach((second, k) => {
    const first = escapes[k - 1];
    if (first === undefined || first.date === null || second.date === null) return;
    const a = dateSpan(first.date);
    const b = dateSpan(second.date);
    if (compareDates(b.latest, a.earliest) < 0) return;
    const between = acts.some((x) => compareDates(x.latest, a.earliest) >= 0 && compareDates(x.earliest, b.latest) <= 0);
    if (between) return;
    issues.push({
      path: `${second.path}.date`,
      code: 'escape-without-recapture',
      message: `follows the escape of ${first.path} with no act of trafficking dated between them: tell how the applicant was taken back as an act dated between the two escapes (trafficking.acts), or, if it is the same escape, give it once`,
    });
  });
  return issues;
}

/**
 * Where each escape prints (docs/domain/t-visa-declaration-form.md, "Escapes"): the index of the
 * act it prints just before, or null for How I Got Away. The statement is told in the order things
 * happened, and an earlier escape is followed by the acts of the recapture ("About three weeks
 * after I ran away, Beto … took me back"): printed after every act, the recapture was read before
 * the escape it follows. So every escape but the last goes among the acts, by one rule, at each
 * date's precision (contract 2.12.0):
 * 1. where the fewest acts are told on the wrong side of it (an act dated certainly after the
 *    escape printed before it, or one certainly before it printed after);
 * 2. of those places, one just before an act dated certainly after it (the recapture it leads to);
 * 3. of those, the latest: an act of "2022" that may share the escape's "2022-05" stays before it.
 * With the acts in date order this is just before the first act certainly after the escape. With
 * acts listed out of order (warned `acts-not-chronological`; Harbor does not sort them) it keeps
 * the escape between the acts it came between: "before the first act certainly after it" put an
 * escape of August 2021 before an act listed first but dated June 2022, above the acts of May and
 * November 2021 it came between. A place after every act is How I Got Away. Each escape is placed
 * by its own date, not after the place of the escape listed before it (two listed out of order,
 * warned `escapes-not-chronological`, print where each happened; two before the same act are
 * ordered by date in storyOrder, escapes-view.ts). The last escape, the one that ends the
 * trafficking, stays under How I Got Away; so does an undated escape, one whose place is after
 * every act (warned `escape-without-recapture` when another escape follows), and every escape
 * listed after either.
 */
export function escapePlaces(escapeDates: readonly (string | null)[], actDates: readonly string[]): (number | null)[] {
  const at = escapeDates.map((): number | null => null);
  const spans = actDates.map((d) => dateSpan(d));
  for (let k = 0; k < escapeDates.length - 1; k++) {
    const date = escapeDates[k];
    if (date === null || date === undefined) break;
    const escape = dateSpan(date);
    const after = spans.map((a) => compareDates(escape.latest, a.earliest) < 0);
    const before = spans.map((a) => compareDates(a.latest, escape.earliest) < 0);
    // Place p: just before act p (p = the number of acts: after every act). Its cost (the acts on
    // the wrong side, kept as a running count: linear in the acts), then whether act p is certainly
    // after the escape; ties to the later place.
    let wrong = before.filter(Boolean).length;
    let best = { p: 0, wrong: Infinity, leads: false };
    for (let p = 0; p <= spans.length; p++) {
      if (p > 0) wrong += (after[p - 1] ? 1 : 0) - (before[p - 1] ? 1 : 0);
      const leads = after[p] === true;
      if (wrong < best.wrong || (wrong === best.wrong && (leads || !best.leads))) best = { p, wrong, leads };
    }
    if (best.p === spans.length) break;
    at[k] = best.p;
  }
  return at;
}
