// Departures from the United States after an act of trafficking: whether each keeps the
// applicant's physical presence on account of the trafficking (8 CFR 214.207), and the dates a
// departure can have (docs/domain/t-visa-declaration-departures.md). Impossible dates are
// errors (a return before its departure; a departure before birth, before the first entry, after
// the signing date, or while the applicant is still away on another); dates that are possible
// but doubtful are warnings. The explanation each departure needs is required by the schema
// (account.ts, `departure-needs-explanation`).
import { calendarDate, compareDates, type CalendarDate } from '../kit/index.js';
import { attestationVariant } from './attestation.js';
import type { TVisaIssue } from './codes.js';
import { tellsOfLawEnforcement } from './continued-presence.js';
import { dateSpan } from './dates.js';
import type { TVisaCase } from './schema.js';

export interface DepartureCheck {
  index: number;
  /** The category of 8 CFR 214.207(b) the case names, or null. */
  presenceCategory: string | null;
  /** Whether the departure, as drafted, keeps physical presence on account of the trafficking (`keepsPresence`). */
  keepsPresence: boolean;
}

/** Where physical presence is counted (8 CFR 214.202(b); INA § 101(a)(38)): a departure goes elsewhere. */
const PRESENCE_AREA: ReadonlySet<string> = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP']);

/**
 * Whether a departure, as drafted, keeps the applicant's physical presence on account of the
 * trafficking. 8 CFR 214.207(a): the applicant must be physically present in the United States
 * (or at a port of entry) on account of the trafficking. 214.207(b): an applicant who left the
 * United States at any time after an act of trafficking is deemed not present on account of it
 * unless (1) the reentry was the result of continued victimization, (2) the applicant is a victim
 * of a new incident of trafficking, or (3) the applicant was allowed reentry to take part in
 * investigative or judicial processes. Each condition is one of a reentry, and (a) asks for
 * presence now: a departure with no return date shows neither, so it keeps nothing, whatever
 * category it names. A departure that came back keeps presence when it names a category (as
 * drafted: counsel argues it) or when it was certainly before every act of trafficking
 * (`beforeTrafficking`: (b) does not reach it).
 */
export function keepsPresence(d: { returnedOn: string | null; presenceCategory: string | null }, beforeTrafficking = false): boolean {
  return d.returnedOn !== null && (d.presenceCategory !== null || beforeTrafficking);
}

/**
 * A departure's absence from the United States, each end as the span of days its date can mean
 * (a date at day, month or year precision, dates.ts): from the departure to the return (null: not back).
 */
interface Absence {
  index: number;
  left: DaySpan;
  back: DaySpan | null;
}

type DaySpan = { earliest: CalendarDate; latest: CalendarDate };

/**
 * Departures dated while the applicant is still away on another (`departures-overlap`): in the
 * order they left (earliest possible day first, ties in list order), each must leave on or after
 * the latest return so far. A return and a departure on the same day is a day at home, not an
 * overlap; a departure with no return date has no end, so any departure certainly after it is
 * one. Dates known only to the month or year overlap only when they certainly do: a departure in
 * March after a return "March 2023" may be a day at home. Each departure is reported once, on its
 * `departedOn`, naming the departure it overlaps.
 */
export function overlappingDepartures(absences: readonly Absence[]): TVisaIssue[] {
  const byDate = [...absences].sort((a, b) => compareDates(a.left.earliest, b.left.earliest) || a.index - b.index);
  const out: TVisaIssue[] = [];
  let away: Absence | null = null; // the absence certainly ending last so far
  for (const cur of byDate) {
    const overlaps =
      away !== null &&
      (away.back === null ? compareDates(cur.left.earliest, away.left.latest) >= 0 : compareDates(away.back.earliest, cur.left.latest) > 0);
    if (away !== null && overlaps) {
      out.push({
        path: `travel.departures.${cur.index}.departedOn`,
        code: 'departures-overlap',
        message:
          away.back === null
            ? `is on or after the departure travel.departures.${away.index}, which has no return date: the applicant cannot leave the United States again without having come back; give that departure's returnedOn`
            : `is before the return of travel.departures.${away.index}: the applicant cannot leave the United States while still away on another departure; correct the dates of one of them`,
      });
    }
    if (away === null || (away.back !== null && (cur.back === null || compareDates(cur.back.earliest, away.back.earliest) > 0))) away = cur;
  }
  return out;
}

/** Each departure's check, with the errors and warnings of the departures and the first entry (stage 2). */
export function departureChecks(c: TVisaCase): { departures: DepartureCheck[]; errors: TVisaIssue[]; warnings: TVisaIssue[] } {
  const errors: TVisaIssue[] = [];
  const warnings: TVisaIssue[] = [];
  const role = c.declarant.role;
  const signedInUs = attestationVariant(c.signing.country) === 'inside-us';
  const birth = calendarDate(c.applicant.dateOfBirth);
  const signed = calendarDate(c.signing.date);

  // The first entry (any precision): in the applicant's lifetime, before signing.
  const entry = c.travel.firstEntry === null ? null : dateSpan(c.travel.firstEntry);
  if (entry && compareDates(entry.latest, birth) < 0) {
    errors.push({ path: 'travel.firstEntry', code: 'date-before-birth', message: 'is before the applicant’s date of birth' });
  }
  if (entry && compareDates(entry.earliest, signed) > 0) {
    errors.push({ path: 'travel.firstEntry', code: 'date-after-document-date', message: 'is after the date the declaration is signed' });
  }
  // The first day any act of trafficking can have been (acts at their precision, dates.ts).
  const acts = c.trafficking?.acts ?? [];
  const traffickingFrom = acts.length === 0 ? null : acts.map((a) => dateSpan(a.date).earliest).reduce((a, b) => (compareDates(b, a) < 0 ? b : a));

  const absences: Absence[] = [];
  const departures = c.travel.departures.map((d, i): DepartureCheck => {
    const at = `travel.departures.${i}`;
    // Each end at its precision (day, month or year): an impossible date is one certainly so.
    const left = dateSpan(d.departedOn);
    const back = d.returnedOn === null ? null : dateSpan(d.returnedOn);
    // Impossible dates (errors, whoever declares): a departure is in the applicant's life, after
    // their first entry, and before the declaration that states it; a return follows its departure.
    if (compareDates(left.latest, birth) < 0) errors.push({ path: `${at}.departedOn`, code: 'date-before-birth', message: 'is before the applicant’s date of birth' });
    if (entry && compareDates(left.latest, entry.earliest) < 0) {
      errors.push({
        path: `${at}.departedOn`,
        code: 'departure-before-entry',
        message: 'is before the applicant first entered the United States (travel.firstEntry): a departure from the United States follows an entry; correct this date or the first entry',
      });
    }
    if (compareDates(left.earliest, signed) > 0) errors.push({ path: `${at}.departedOn`, code: 'date-after-document-date', message: 'is after the date the declaration is signed' });
    // A departure is a trip out of where physical presence is counted: the United States (with
    // Puerto Rico, Guam, the U.S. Virgin Islands and the Northern Mariana Islands, INA § 101(a)(38))
    // and American Samoa (8 CFR 214.202(b)). "I was in the United States" printed as a trip abroad.
    if (PRESENCE_AREA.has(d.country.toUpperCase())) {
      errors.push({
        path: `${at}.country`,
        code: 'departure-within-united-states',
        message: 'is the United States or a place where physical presence is counted (Puerto Rico, Guam, the U.S. Virgin Islands, American Samoa, the Northern Mariana Islands): a departure is a trip outside them; give the country the applicant went to, or remove the departure',
      });
    }
    if (back && compareDates(back.latest, left.earliest) < 0) {
      errors.push({ path: `${at}.returnedOn`, code: 'end-before-start', message: 'is before the departure date' });
    } else {
      absences.push({ index: i, left, back });
    }
    if (back && compareDates(back.earliest, signed) > 0) errors.push({ path: `${at}.returnedOn`, code: 'date-after-document-date', message: 'is after the date the declaration is signed' });

    // No return date: the case does not show the applicant back in the United States, where they
    // must be physically present (8 CFR 214.202(b), 214.207(a)). Signed in the United States, the
    // case contradicts itself (most often the return date is simply missing); signed abroad, it
    // says the applicant is still outside the United States, and presence is not met as drafted.
    // A warning either way, as presence is counsel's judgment elsewhere (docs/domain/
    // t-visa-declaration-departures.md). The printed sentence says only that the applicant left (view.ts), unless the
    // statement is signed in the country they went to.
    if (role === 'applicant' && d.returnedOn === null) {
      warnings.push({
        path: `${at}.returnedOn`,
        code: 'departure-without-return',
        message: signedInUs
          ? 'has no return date, yet the declaration is signed in the United States: give the date the applicant came back; if the applicant is still outside the United States, physical presence in the United States (8 CFR 214.207) is not met and counsel must review before filing'
          : 'has no return date, and the declaration is signed outside the United States: as drafted the applicant is still abroad, so physical presence in the United States (8 CFR 214.207(a)) is not met; give the return date if the applicant came back, else counsel must review before filing',
      });
    }
    // 214.207(b) reaches only departures after an act of trafficking: one certainly before every
    // act (at each act date's precision) is not one of them. Possible (the applicant travelled
    // before the trafficking), but not what the list holds: most often a date is wrong.
    const beforeTrafficking = traffickingFrom !== null && compareDates(left.latest, traffickingFrom) < 0;
    if (role === 'applicant' && beforeTrafficking) {
      warnings.push({
        path: `${at}.departedOn`,
        code: 'departure-before-trafficking',
        message:
          'is before every act of trafficking in the statement: the departures listed are those after an act (8 CFR 214.207(b)), and one before the trafficking does not affect physical presence under it; check this date and the acts’ dates, or remove the departure',
      });
    } else if (role === 'applicant' && d.presenceCategory === null) {
      warnings.push({
        path: `${at}.presenceCategory`,
        code: 'physical-presence-at-risk',
        message:
          'physical presence is at risk: a departure after the trafficking breaks it unless it fits a category of 8 CFR 214.207(b) (continued victimization, a new incident of trafficking, reentry for an investigation or prosecution); name the category or have counsel review',
      });
    }
    return { index: i, presenceCategory: d.presenceCategory, keepsPresence: keepsPresence(d, beforeTrafficking) };
  });
  errors.push(...overlappingDepartures(absences));

  // A personal statement signed outside the United States (28 U.S.C. § 1746(1)) says the
  // applicant is abroad on the signing date, yet no departure without a return explains it
  // (those warn on their own, above): physical presence in the United States or at a port of
  // entry (8 CFR 214.207(a)) is in doubt, and a departure may be missing from the list.
  if (role === 'applicant' && !signedInUs && c.travel.departures.every((d) => d.returnedOn !== null)) {
    warnings.push({
      path: 'signing.country',
      code: 'signed-outside-united-states',
      message:
        'the personal statement is signed outside the United States, so the applicant was abroad on the signing date: physical presence in the United States (8 CFR 214.207(a)) is in doubt; list the departure that took the applicant there, or correct the place of signing',
    });
  }

  return { departures, errors, warnings };
}

/**
 * A personal statement whose physical presence rests on the applicant's part in an investigation
 * or prosecution, yet tells of no contact with law enforcement (`law-enforcement-not-described`, a
 * warning on each such field): the ground of 214.207(a)(5) (allowed entry to take part in
 * investigative or judicial processes associated with an act or perpetrator of trafficking), or a
 * departure whose reentry was allowed for them (214.207(b), `reentry-for-investigation`). Those
 * processes are law enforcement's, so the adjudicator looks for them in the Law Enforcement
 * section; with no contact there (an applicant exempt as a minor, or under the trauma exception,
 * need not list one) the ground stands on its category alone, which is never printed. Not the
 * ground of (a)(2), liberated by a law-enforcement agency: the liberation is told where it
 * happened (the escape, the presence narrative: "the police took me out of the house"), and a
 * minor exempt from cooperation has no contact to list (docs/domain/t-visa-declaration-departures.md).
 */
export function lawEnforcementUndescribed(c: TVisaCase): TVisaIssue[] {
  // A request for Continued Presence names the agency, as a contact does (continued-presence.ts).
  if (c.declarant.role !== 'applicant' || tellsOfLawEnforcement(c)) return [];
  const out: TVisaIssue[] = [];
  if (c.presence?.ground === 'entry-for-investigation') {
    out.push({
      path: 'presence.ground',
      code: 'law-enforcement-not-described',
      message:
        'is entry to take part in an investigation or prosecution (8 CFR 214.207(a)(5)), yet the statement tells of no law-enforcement contact (lawEnforcement.contacts): describe the agency and the processes the applicant came for, or choose the ground that fits',
    });
  }
  c.travel.departures.forEach((d, i) => {
    if (d.presenceCategory !== 'reentry-for-investigation') return;
    out.push({
      path: `travel.departures.${i}.presenceCategory`,
      code: 'law-enforcement-not-described',
      message:
        'is a reentry allowed to take part in an investigation or prosecution (8 CFR 214.207(b)), yet the statement tells of no law-enforcement contact (lawEnforcement.contacts): describe the agency and the processes the applicant came back for, or choose the category that fits',
    });
  });
  return out;
}

/**
 * A personal statement whose physical presence rests on the applicant being subjected to
 * trafficking now (214.207(a)(1): "is being subjected to a severe form of trafficking in persons"),
 * while every act it tells is dated certainly before the applicant first entered the United States
 * (`travel.firstEntry`, each at its precision): an applicant trafficked in other countries on the
 * way, and the statement places none of it here (`no-act-in-united-states`, a warning on
 * `presence.ground`). The ground says the trafficking goes on where the applicant is; the acts
 * told say it stopped before the border. A warning: an act listed abroad may have gone on after the
 * entry, which its words can say; counsel tells it, or chooses the ground that fits (an escape, or
 * presence directly related to past trafficking, 214.207(a)(3), (4)). Without a first entry, or
 * with an act that may be after it, nothing is said (docs/domain/t-visa-declaration-departures.md).
 */
export function actsAllBeforeEntry(c: TVisaCase): TVisaIssue[] {
  if (c.declarant.role !== 'applicant' || c.presence?.ground !== 'currently-subjected' || c.travel.firstEntry === null) return [];
  const acts = c.trafficking?.acts ?? [];
  const entry = dateSpan(c.travel.firstEntry).earliest;
  if (acts.length === 0 || !acts.every((a) => compareDates(dateSpan(a.date).latest, entry) < 0)) return [];
  return [
    {
      path: 'presence.ground',
      code: 'no-act-in-united-states',
      message:
        'is that the applicant is being subjected to trafficking now (8 CFR 214.207(a)(1)), yet every act the statement tells (trafficking.acts) is dated before the applicant first entered the United States (travel.firstEntry): tell the trafficking the applicant is subjected to here, or choose the ground that fits',
    },
  ];
}
