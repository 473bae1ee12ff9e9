// Departures from the United States after an act of trafficking, and whether each keeps the
// applicant's physical presence on account of the trafficking (8 CFR 214.207;
// docs/domain/t-visa-declaration.md, "Departures"). The explanation each needs is required by the
// schema (account.ts, `departure-needs-explanation`).
import { calendarDate, compareDates } from '../kit/index.js';
import { attestationVariant } from './attestation.js';
import type { TVisaIssue } from './codes.js';
import type { TVisaCase } from './schema.js';

export interface DepartureCheck {
  index: number;
  /** The category of 8 CFR 214.207(b) the case names, or null. */
  presenceCategory: string | null;
  /** Whether the departure, as drafted, keeps physical presence on account of the trafficking (`keepsPresence`). */
  keepsPresence: boolean;
}

/**
 * Whether a departure, as drafted, keeps the applicant's physical presence on account of the
 * trafficking. 8 CFR 214.207(a): the applicant must be physically present in the United States
 * (or at a port of entry) on account of the trafficking. 214.207(b): an applicant who left the
 * United States after an act of trafficking is deemed not present on account of it unless (1) the
 * reentry was the result of continued victimization, (2) the applicant is a victim of a new
 * incident of trafficking, or (3) the applicant was allowed reentry to take part in investigative
 * or judicial processes. Each condition is one of a reentry, and (a) asks for presence now: a
 * departure with no return date shows neither, so it keeps nothing, whatever category it names.
 * A departure that came back and names a category keeps presence, as drafted (counsel argues it).
 */
export function keepsPresence(d: { returnedOn: string | null; presenceCategory: string | null }): boolean {
  return d.returnedOn !== null && d.presenceCategory !== null;
}

/** Each departure's check, with the errors and warnings of the departures (stage 2). */
export function departureChecks(c: TVisaCase): { departures: DepartureCheck[]; errors: TVisaIssue[]; warnings: TVisaIssue[] } {
  const errors: TVisaIssue[] = [];
  const warnings: TVisaIssue[] = [];
  const role = c.declarant.role;
  const signedInUs = attestationVariant(c.signing.country) === 'inside-us';
  const departures = c.travel.departures.map((d, i): DepartureCheck => {
    // No return date, yet the applicant signs in the United States: the case contradicts itself
    // on the applicant's physical presence (8 CFR 214.202(b), 214.207), which the applicant must
    // show. A warning, as presence is counsel's judgment elsewhere (domain file, "Departures"):
    // most often the return date is simply missing. The printed sentence then says only that the
    // applicant left (view.ts), never that they are still there.
    if (role === 'applicant' && d.returnedOn === null && signedInUs) {
      warnings.push({
        path: `travel.departures.${i}.returnedOn`,
        code: 'departure-without-return',
        message:
          'has no return date, yet the declaration is signed in the United States: give the date the applicant came back; if the applicant is still outside the United States, physical presence in the United States (8 CFR 214.207) is not met and counsel must review before filing',
      });
    }
    if (d.returnedOn && compareDates(calendarDate(d.returnedOn), calendarDate(d.departedOn)) < 0) {
      errors.push({ path: `travel.departures.${i}.returnedOn`, code: 'end-before-start', message: 'is before the departure date' });
    }
    if (role === 'applicant' && d.presenceCategory === null) {
      warnings.push({
        path: `travel.departures.${i}.presenceCategory`,
        code: 'physical-presence-at-risk',
        message:
          'physical presence is at risk: a departure after the trafficking breaks it unless it fits a category of 8 CFR 214.207(b) (continued victimization, a new incident of trafficking, reentry for an investigation or prosecution); name the category or have counsel review',
      });
    }
    return { index: i, presenceCategory: d.presenceCategory, keepsPresence: keepsPresence(d) };
  });

  return { departures, errors, warnings };
}
