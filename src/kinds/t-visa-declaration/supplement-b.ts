// The law-enforcement declaration, Form I-914 Supplement B (docs/domain/t-visa-declaration.md,
// "The law-enforcement declaration"): signed by a federal, state, local, tribal or territorial
// law-enforcement agency, it is evidence that the applicant is a victim and has complied with
// reasonable requests (8 CFR 214.204(f), 214.206(a)(2), 214.208(b)). The adjudicator reads it
// beside the personal statement, so the dates it gives the crime are held to the account's: the
// statement prints that the agency signed it, and a crime dated by the agency where the account
// tells none is warned (`lea-dates-differ`), each date at its precision.
import { compareDates, type CalendarDate } from '../kit/index.js';
import { escapeEpisodes, firstActStart } from './chronology.js';
import type { TVisaIssue } from './codes.js';
import { agencyAsSubject, cap } from './phrasing.js';
import { dateSpan, onOrIn } from './dates.js';
import type { TVisaCase } from './schema.js';

const P = 'lawEnforcement.supplementB';

/** The declaration's signing date, for the common checks of a dated paragraph (not after the statement's signing, not before the birth). */
export function supplementBDates(c: TVisaCase): Array<[string, string]> {
  const b = c.lawEnforcement?.supplementB;
  return b ? [[`${P}.signedOn`, b.signedOn]] : [];
}

/** Errors of the declaration's own dates: the crime's end before its start, each at its precision. */
export function supplementBIssues(c: TVisaCase): TVisaIssue[] {
  const b = c.lawEnforcement?.supplementB;
  if (!b?.crimeFrom || !b.crimeTo) return [];
  if (compareDates(dateSpan(b.crimeTo).latest, dateSpan(b.crimeFrom).earliest) >= 0) return [];
  return [{ path: `${P}.crimeTo`, code: 'end-before-start', message: 'is before the date the declaration gives the crime’s start (crimeFrom)' }];
}

/**
 * The account's span: the first act's earliest day, and the latest day of its last act or last
 * escape (the trafficking goes on after the last act the statement dates, until the applicant got
 * away). Null without a dated act.
 */
function accountSpan(c: TVisaCase): { first: CalendarDate; last: CalendarDate } | null {
  const first = firstActStart(c);
  if (first === null) return null;
  const max = (a: CalendarDate, b: CalendarDate) => (compareDates(b, a) > 0 ? b : a);
  const ends = [...(c.trafficking?.acts ?? []).map((a) => a.date), ...escapeEpisodes(c).flatMap((e) => (e.date ? [e.date] : []))];
  return { first, last: ends.map((d) => dateSpan(d).latest).reduce(max) };
}

/**
 * Warnings where the law-enforcement declaration and the account contradict each other
 * (`lea-dates-differ`): the crime dated from certainly before the first act the statement tells, or
 * until certainly after its last act and last escape. A declaration dating a narrower period (the
 * count the agency charges) agrees with the account and is not warned; nor a date that may be the
 * same month or year. The declaration signed before every act is `contact-before-trafficking`,
 * as any law-enforcement contact (continued-presence.ts). Only for the personal statement, whose
 * account it is; messages quote no date.
 */
export function supplementBWarnings(c: TVisaCase): TVisaIssue[] {
  const b = c.lawEnforcement?.supplementB;
  if (!b || c.declarant.role !== 'applicant') return [];
  const span = accountSpan(c);
  if (span === null) return [];
  const out: TVisaIssue[] = [];
  if (b.crimeFrom && compareDates(dateSpan(b.crimeFrom).latest, span.first) < 0) {
    out.push({
      path: `${P}.crimeFrom`,
      code: 'lea-dates-differ',
      message:
        'is before every act of trafficking the statement tells (trafficking.acts): the adjudicator reads the two side by side; tell the earlier acts in the statement, or have the agency correct its date',
    });
  }
  if (b.crimeTo && compareDates(dateSpan(b.crimeTo).earliest, span.last) > 0) {
    out.push({
      path: `${P}.crimeTo`,
      code: 'lea-dates-differ',
      message:
        'is after the last act of trafficking and the last escape the statement tells (trafficking.acts, escapes): the adjudicator reads the two side by side; tell what happened until then, or have the agency correct its date',
    });
  }
  if (compareDates(dateSpan(b.signedOn).latest, span.first) < 0) {
    out.push({
      path: `${P}.signedOn`,
      code: 'contact-before-trafficking',
      message: 'is before every act of trafficking the statement tells (trafficking.acts): an agency declares the applicant a victim of a trafficking already begun; correct one of the dates',
    });
  }
  return out;
}

/**
 * The paragraph the Law Enforcement section prints after the contacts, as a fact in the applicant's
 * voice: "On June 3, 2024, the Federal Bureau of Investigation signed a declaration for my
 * application (Form I-914, Supplement B)." The crime's dates are the agency's, read against the
 * account by the warnings above, and not sworn again by the applicant: the exhibit carries them.
 */
export function supplementBText(c: TVisaCase, inProse?: (name: string) => string): string | null {
  const b = c.lawEnforcement?.supplementB;
  if (!b) return null;
  return `${cap(onOrIn(b.signedOn))}, ${agencyAsSubject(b.agency, inProse)} signed a declaration for my application (Form I-914, Supplement B).`;
}
