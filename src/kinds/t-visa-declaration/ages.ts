// Age at each trafficking act, with the act's date precision, and the minor exemption.
//
// 8 CFR 214.202(c)(1): an applicant "under 18 years of age at the time at least one act of
// trafficking occurred" need not show law-enforcement compliance. An act dated only by month or
// year gives an age *range*; the exemption rests on an act only when the whole range is under 18.
import { ageOn, calendarDate, compareDates } from '../kit/index.js';
import type { TVisaIssue } from './codes.js';
import { dateSpan, type Precision } from './dates.js';

export interface ActAge {
  /** The act's date as given (yyyy-mm-dd, yyyy-mm, yyyy-spring or yyyy). */
  date: string;
  precision: Precision;
  /** Youngest and oldest the applicant can have been on the act's date (whole years). */
  ageMin: number;
  ageMax: number;
  /** true: under 18 for the whole range; false: 18+ for the whole range; null: the range straddles 18. */
  under18: boolean | null;
}

export interface AgeFacts {
  ageAtEachAct: ActAge[];
  /** Lowest possible age at any act, or null when there are no acts. */
  minAgeAtAct: number | null;
  /** Under 18 at (the whole range of) at least one act: 8 CFR 214.202(c)(1). */
  minorExemption: boolean;
  /** Indexes of acts whose age range straddles the 18th birthday. */
  straddling: number[];
}

export const ADULT_AGE = 18;

/**
 * Ages at each act. Acts that cannot have happened in the applicant's lifetime before signing are
 * errors (`date-before-birth`, `date-after-document-date`); `path` prefixes the act index in issues.
 */
export function ageFacts(dob: string, signedOn: string, actDates: string[], path = 'trafficking.acts'): { facts: AgeFacts; errors: TVisaIssue[] } {
  const birth = calendarDate(dob);
  const signed = calendarDate(signedOn);
  const errors: TVisaIssue[] = [];
  const ageAtEachAct: ActAge[] = actDates.map((date, i) => {
    const span = dateSpan(date);
    if (compareDates(span.latest, birth) < 0) {
      errors.push({ path: `${path}.${i}.date`, code: 'date-before-birth', message: 'is before the applicant’s date of birth' });
    }
    if (compareDates(span.earliest, signed) > 0) {
      errors.push({ path: `${path}.${i}.date`, code: 'date-after-document-date', message: 'is after the date the declaration is signed' });
    }
    // A range that begins before birth (an act in the birth year) starts at age 0.
    const earliest = compareDates(span.earliest, birth) < 0 ? birth : span.earliest;
    const ageMin = Math.max(0, ageOn(birth, earliest));
    const ageMax = Math.max(0, ageOn(birth, span.latest));
    const under18 = ageMax < ADULT_AGE ? true : ageMin >= ADULT_AGE ? false : null;
    return { date, precision: span.precision, ageMin, ageMax, under18 };
  });
  const minAgeAtAct = ageAtEachAct.length > 0 ? Math.min(...ageAtEachAct.map((a) => a.ageMin)) : null;
  const minorExemption = ageAtEachAct.some((a) => a.under18 === true);
  const straddling = ageAtEachAct.flatMap((a, i) => (a.under18 === null ? [i] : []));
  return { facts: { ageAtEachAct, minAgeAtAct, minorExemption, straddling }, errors };
}

/** A range for people: "15", or "17 or 18" / "16 to 18". */
export function ageText(a: Pick<ActAge, 'ageMin' | 'ageMax'>): string {
  if (a.ageMin === a.ageMax) return String(a.ageMin);
  if (a.ageMax === a.ageMin + 1) return `${a.ageMin} or ${a.ageMax}`;
  return `${a.ageMin} to ${a.ageMax}`;
}
