// The order of the dated acts of a personal statement (warning `acts-not-chronological`) and of
// the escape after them (warning `escape-before-acts`; docs/domain/t-visa-declaration-form.md, "Form
// of a declaration"): compared at each date's precision.
import { compareDates } from '../kit/index.js';
import type { TVisaIssue } from './codes.js';
import { dateSpan } from './dates.js';

/**
 * Acts out of date order, at their precision: act i is out of order when its last possible day is
 * before the first possible day of some act listed before it ("2022-02" after "2022-03-01"). Dates
 * whose spans overlap ("2022" and "2022-05") have no certain order and are never flagged. Harbor
 * does not sort the acts: they are the applicant's account, in the applicant's order, and a
 * paragraph may lean on the one before it ("After that…"); the drafter reorders them. One warning,
 * on the first act out of order, with the count.
 */
export function actsOutOfOrder(dates: readonly string[]): TVisaIssue[] {
  let latestStart: ReturnType<typeof dateSpan>['earliest'] | null = null;
  const out: number[] = [];
  for (const [i, date] of dates.entries()) {
    const span = dateSpan(date);
    if (latestStart !== null && compareDates(span.latest, latestStart) < 0) out.push(i);
    if (latestStart === null || compareDates(span.earliest, latestStart) > 0) latestStart = span.earliest;
  }
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
 * An escape dated certainly before an act (its last possible day before the act's first: "2024-12"
 * before "2025-01-11"): the statement says the applicant got away, then tells of trafficking after
 * it. True only if the applicant was trafficked again, which the acts must then say; more often a
 * date is wrong, and an adjudicator reads it as an inconsistency. One warning, on the escape's
 * date, naming the first such act and the count. Overlapping spans ("2024" and "2024-06") are not
 * flagged.
 */
export function escapeBeforeActs(escapeDate: string | null, actDates: readonly string[]): TVisaIssue[] {
  if (escapeDate === null) return [];
  const escaped = dateSpan(escapeDate).latest;
  const after = actDates.flatMap((d, i) => (compareDates(escaped, dateSpan(d).earliest) < 0 ? [i] : []));
  if (after.length === 0) return [];
  const which = after.length === 1 ? `trafficking.acts.${after[0]}` : `trafficking.acts.${after[0]} and ${after.length - 1} more`;
  return [
    {
      path: 'escape.date',
      code: 'escape-before-acts',
      message: `is before an act of trafficking the statement tells (${which}): check these dates, or, if the applicant was trafficked again after getting away, say so in those acts`,
    },
  ];
}
