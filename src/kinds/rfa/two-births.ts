// A disputed date of birth as the page prints it (docs/domain/rfa.md, "Two dates of birth"): two
// documents give two dates, or an age assessment gives another. The request uses the one in
// "Date of birth" (its deadline, its 18th birthday) and says so with its source; the other is
// printed beside it with its source and the age it gives, and each event of the concern says the
// child's age then by both where they differ. OTIP decides which date is the child's, and must
// know the child may be a minor by either (22 U.S.C. § 7105(b)(1)(C)(ii)(I): a minor when OTIP
// receives the request; OTIP-PI-16-01).
import { ageOn, calendarDate, longDate } from '../kit/index.js';
import type { RfaComputed } from './computed.js';
import { MAJORITY } from './deadline.js';
import type { RfaCase } from './schema.js';

/** What the "Date of birth" row adds when another date is given: that the request uses it, and its source. */
export function usedDateNote(c: RfaCase): string {
  if (c.child.otherDateOfBirth === null) return '';
  return ` (the date this request uses; source: ${c.child.dateOfBirthSource ?? 'not given'})`;
}

/** The "Other date of birth" row, or null without one: the date, its source, the age it gives, and why both are shown. */
export function otherDateOfBirthText(c: RfaCase, computed: RfaComputed): string | null {
  const o = computed.otherDateOfBirth;
  if (c.child.otherDateOfBirth === null || o === null) return null;
  const when = computed.submittedAt === null ? 'when the draft is prepared' : 'when Part A was submitted';
  const age = o.daysLeftAsMinor > 0 || computed.submittedAt !== null ? `${o.ageAtSubmission} ${when}; last day under 18: ${longDate(o.lastDayUnder18)}` : `${o.ageAtSubmission} ${when}, 18 or older`;
  // A minor by each date when OTIP receives the request, or by one of them only: what OTIP must know.
  const minorByUsed = computed.ageAtSubmission < MAJORITY;
  const minorByOther = o.ageAtSubmission < MAJORITY;
  const minor = minorByUsed && minorByOther ? 'by both the child is a minor' : minorByUsed || minorByOther ? 'by one of them the child is a minor, which OTIP must know' : 'by neither is the child a minor';
  const is = computed.submittedAt === null ? 'is' : 'was';
  return (
    `${longDate(c.child.otherDateOfBirth)} (source: ${c.child.otherDateOfBirthSource ?? 'not given'}). By this date the child ${is} ${age}. ` +
    `Both dates are shown because the documents disagree: the request uses the date of birth above, OTIP decides which is the child’s, and ${minor}.`
  );
}

/**
 * The child's age at an event of the concern by both dates of birth (its first day, or its last when
 * only that is known): "15 by the date of birth used, 16 by the other" where they differ, "15 by
 * either date of birth" where they do not; null without another date or an event date, or an
 * event before a date of birth (its age is not a number).
 */
export function eventAgeText(c: RfaCase, e: { date: string | null; endDate: string | null }): string | null {
  const dob = c.child.dateOfBirth;
  const other = c.child.otherDateOfBirth;
  const on = e.date ?? e.endDate;
  if (dob === null || other === null || on === null) return null;
  const day = calendarDate(on);
  const used = calendarDate(dob);
  const alt = calendarDate(other);
  if (on < dob || on < other) return null;
  const a = ageOn(used, day);
  const b = ageOn(alt, day);
  const est = c.child.dateOfBirthEstimated === true ? ' (estimated)' : '';
  // An event over days is aged at its first day: "at its start" says so.
  const when = e.date !== null && e.endDate !== null && e.endDate !== e.date ? 'at its start' : 'then';
  return a === b ? `Child’s age ${when}: ${a} by either date of birth${est}` : `Child’s age ${when}: ${a} by the date of birth used${est}, ${b} by the other`;
}
