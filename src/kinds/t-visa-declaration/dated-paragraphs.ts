// The dates of the declaration's other dated paragraphs (docs/domain/t-visa-declaration-form.md, "Form
// of a declaration": dates): the escape, law-enforcement contacts, and a parent's or supporting
// declarant's contacts, observations and disclosures. Each is a sworn fact about the applicant's
// life, so, as the acts and departures are (ages.ts, departures.ts), it is on or after the
// applicant's birth and on or before the signing date, at its own precision; a contact ends on or
// after the day it began (each end at its precision). Errors for every role, on the field; messages quote no date.
import { calendarDate, compareDates } from '../kit/index.js';
import { escapeEpisodes } from './chronology.js';
import { continuedPresenceDates } from './continued-presence.js';
import { supplementBDates } from './supplement-b.js';
import type { TVisaIssue } from './codes.js';
import { dateSpan } from './dates.js';
import type { TVisaCase } from './schema.js';

/** [path, date at an act date's precision or yyyy-mm-dd] of every dated paragraph but the acts and departures. */
function datedFields(c: TVisaCase): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const e of escapeEpisodes(c)) if (e.date) out.push([`${e.path}.date`, e.date]);
  (c.lawEnforcement?.contacts ?? []).forEach((x, i) => out.push([`lawEnforcement.contacts.${i}.date`, x.date]));
  // The request for Continued Presence and its grant (not the grant's end, which runs past the signing).
  out.push(...continuedPresenceDates(c));
  // The day the agency signed its declaration (Supplement B), which the statement tells.
  out.push(...supplementBDates(c));
  const s = c.supporting;
  if (s) {
    s.contacts.forEach((x, i) => {
      out.push([`supporting.contacts.${i}.from`, x.from]);
      if (x.to) out.push([`supporting.contacts.${i}.to`, x.to]);
    });
    s.observations.forEach((x, i) => out.push([`supporting.observations.${i}.date`, x.date]));
    s.disclosures.forEach((x, i) => out.push([`supporting.disclosures.${i}.date`, x.date]));
  }
  return out;
}

export function datedParagraphIssues(c: TVisaCase): TVisaIssue[] {
  const birth = calendarDate(c.applicant.dateOfBirth);
  const signed = calendarDate(c.signing.date);
  const out: TVisaIssue[] = [];
  // A date of birth after the signing date is its own error (compute.ts): no date is then held to it.
  const birthKnown = compareDates(birth, signed) <= 0;
  for (const [path, date] of datedFields(c)) {
    const span = dateSpan(date);
    if (birthKnown && compareDates(span.latest, birth) < 0) out.push({ path, code: 'date-before-birth', message: 'is before the applicant’s date of birth' });
    if (compareDates(span.earliest, signed) > 0) {
      out.push({ path, code: 'date-after-document-date', message: 'is after the date the declaration is signed: a declaration states what happened up to the day it is signed' });
    }
  }
  // Each end at its precision: an end certainly before the beginning ("2024-11" after "2024-12-24");
  // "2024-12" to "2024-12-10" may be true.
  (c.supporting?.contacts ?? []).forEach((x, i) => {
    if (x.to && compareDates(dateSpan(x.to).latest, dateSpan(x.from).earliest) < 0) {
      out.push({ path: `supporting.contacts.${i}.to`, code: 'end-before-start', message: 'is before the first day of this contact (from)' });
    }
  });
  return out;
}

/**
 * A parent's or supporting declarant's observations and disclosures dated outside their own
 * contacts with the applicant (warning `dated-outside-contacts`; docs/domain/t-visa-declaration-others.md,
 * "Supporting declarations"). The contacts are the declarant's basis of knowledge (214.206(a)(3)(ii)(F)):
 * what they saw, and what the applicant told them, happened while they knew the applicant. One
 * dated certainly before the first contact began (before any time the declaration says the
 * declarant was with the applicant: a parent knew the child long before), or certainly after every contact ended (each has an end), is an
 * inconsistency an adjudicator weighing credibility reads (214.206(a)(3)(ii)). Each date at its
 * precision: "2023" against a contact from February 13, 2023 may be true, and is not warned.
 * Harbor cannot tell which date is wrong, or whether a contact is missing, so it warns.
 */
export function datedOutsideContacts(c: TVisaCase): TVisaIssue[] {
  const s = c.supporting;
  if (c.declarant.role === 'applicant' || !s || s.contacts.length === 0) return [];
  const began = s.contacts.map((x) => dateSpan(x.from).earliest).reduce((a, b) => (compareDates(b, a) < 0 ? b : a));
  // Every contact ended (none open): the last day any of them can have lasted.
  const ends = s.contacts.map((x) => (x.to ? dateSpan(x.to).latest : null));
  const ended = ends.includes(null) ? null : (ends as NonNullable<(typeof ends)[number]>[]).reduce((a, b) => (compareDates(b, a) > 0 ? b : a));
  const out: TVisaIssue[] = [];
  const judge = (path: string, date: string, what: string) => {
    const span = dateSpan(date);
    if (compareDates(span.latest, began) < 0) {
      out.push({ path, code: 'dated-outside-contacts', message: `is before the first of the declarant’s contacts with the applicant (supporting.contacts) began: the declaration says ${what} before any time it says the declarant was with the applicant; correct the date, or give the contact it happened in` });
    } else if (ended !== null && compareDates(span.earliest, ended) > 0) {
      out.push({ path, code: 'dated-outside-contacts', message: `is after every one of the declarant’s contacts with the applicant (supporting.contacts) ended: the declaration says ${what} after every time it says the declarant was with the applicant; correct the date, or give the contact it happened in` });
    }
  };
  s.observations.forEach((x, i) => judge(`supporting.observations.${i}.date`, x.date, 'the declarant saw this'));
  s.disclosures.forEach((x, i) => judge(`supporting.disclosures.${i}.date`, x.date, 'the applicant told the declarant this'));
  return out;
}
