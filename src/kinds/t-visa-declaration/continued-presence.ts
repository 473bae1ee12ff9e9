// Continued Presence in a personal statement (docs/domain/t-visa-declaration.md, "Continued
// Presence"): the temporary permission to stay that the Department of Homeland Security grants a
// victim of trafficking who is a potential witness, on the request of a federal law-enforcement
// agency (22 U.S.C. § 7105(c)(3); 28 CFR 1100.35). Its dates are the agency's and DHS's records,
// which the adjudicator holds the statement to, so a grant that cannot be true is refused: one
// before the request, one for a request the case says was not granted, a grant with no date, an
// end before the grant. A date after the signing date or before the birth is the common rule of
// the other dated paragraphs (dated-paragraphs.ts).
import { calendarDate, compareDates } from '../kit/index.js';
import type { TVisaIssue } from './codes.js';
import { firstActStart } from './chronology.js';
import { actDateText, dateSpan, onOrIn } from './dates.js';
import { agencyAsSubject, cap } from './phrasing.js';
import type { TVisaCase } from './schema.js';

const P = 'lawEnforcement.continuedPresence';

/** Errors on the request's own dates and status; each date at its precision ("2024-03" against "2024-03-20" may be true). */
export function continuedPresenceIssues(c: TVisaCase): TVisaIssue[] {
  const cp = c.lawEnforcement?.continuedPresence;
  if (!cp) return [];
  const out: TVisaIssue[] = [];
  if (cp.status === 'granted' && !cp.grantedOn) {
    out.push({
      path: `${P}.grantedOn`,
      code: 'continued-presence-status',
      message: 'is not given, but Continued Presence is granted (status): give the date of the grant, as its notice or Form I-94 gives it',
    });
  }
  if (cp.status !== 'granted') {
    for (const field of ['grantedOn', 'validUntil'] as const) {
      if (!cp[field]) continue;
      out.push({
        path: `${P}.${field}`,
        code: 'continued-presence-status',
        message: `is given, but the status says the request was ${cp.status === 'denied' ? 'denied' : 'not yet decided'}: a grant date would be sworn for a grant the statement denies; correct the status or remove the date`,
      });
    }
  }
  if (cp.requestedOn && cp.grantedOn && compareDates(dateSpan(cp.grantedOn).latest, dateSpan(cp.requestedOn).earliest) < 0) {
    out.push({
      path: `${P}.grantedOn`,
      code: 'granted-before-request',
      message: 'is before the date the agency requested Continued Presence (requestedOn): it is granted only on a request; correct one of the two dates',
    });
  }
  if (cp.grantedOn && cp.validUntil && compareDates(dateSpan(cp.validUntil).latest, dateSpan(cp.grantedOn).earliest) < 0) {
    out.push({ path: `${P}.validUntil`, code: 'end-before-start', message: 'is before the date Continued Presence was granted (grantedOn)' });
  }
  return out;
}

/**
 * The dates of the request and the grant, for the common checks of a dated paragraph (before the
 * birth, after the signing date). Not `validUntil`: a grant runs past the day the statement is
 * signed.
 */
export function continuedPresenceDates(c: TVisaCase): Array<[string, string]> {
  const cp = c.lawEnforcement?.continuedPresence;
  if (!cp) return [];
  const out: Array<[string, string]> = [];
  if (cp.requestedOn) out.push([`${P}.requestedOn`, cp.requestedOn]);
  if (cp.grantedOn) out.push([`${P}.grantedOn`, cp.grantedOn]);
  return out;
}

/** Whether the statement tells of a law-enforcement contact: a listed contact, the agency that asked for Continued Presence, or the one that signed Supplement B. */
export function tellsOfLawEnforcement(c: TVisaCase): boolean {
  // And the agency's own declaration (Supplement B), the primary evidence of cooperation (8 CFR 214.208(b)).
  return (c.lawEnforcement?.contacts.length ?? 0) > 0 || Boolean(c.lawEnforcement?.continuedPresence) || Boolean(c.lawEnforcement?.supplementB);
}

/** True when the grant's last day is certainly before the signing date: the statement would call a lapsed grant current. */
export function grantLapsed(c: TVisaCase): boolean {
  const cp = c.lawEnforcement?.continuedPresence;
  return Boolean(cp?.status === 'granted' && cp.validUntil && compareDates(dateSpan(cp.validUntil).latest, calendarDate(c.signing.date)) < 0);
}

/**
 * The Department of Homeland Security and its components, by name or abbreviation (abbreviations
 * in capitals only, so a surname "Ice" is none): Homeland Security Investigations and the Center
 * for Countering Human Trafficking (within ICE, which handles Continued Presence), ICE, CBP and the
 * Border Patrol, the Secret Service, the Coast Guard, USCIS, the Federal Protective Service, TSA.
 */
const WITHIN_DHS: RegExp[] = [
  /\bHomeland Security\b/i,
  /\b(?:DHS|HSI|ICE|CBP|USSS|USCG|USCIS|CCHT|FPS|TSA)\b/,
  /\bImmigration and Customs Enforcement\b/i,
  /\bCustoms and Border Protection\b/i,
  /\bBorder Patrol\b/i,
  /\bSecret Service\b/i,
  /\bCoast Guard\b/i,
  /\bCitizenship and Immigration Services\b/i,
  /\bCenter for Countering Human Trafficking\b/i,
  /\bFederal Protective Service\b/i,
  /\bTransportation Security Administration\b/i,
];

/** Whether an agency's name names DHS or one of its components (the body that grants Continued Presence). */
export function withinDhs(agency: string): boolean {
  return WITHIN_DHS.some((re) => re.test(agency));
}

/**
 * The paragraph the Law Enforcement section prints, in the applicant's voice and stating facts
 * only (who asked, when, what became of it), never the conclusion the grant supports: "On March 3,
 * 2024, the Federal Bureau of Investigation asked the Department of Homeland Security to grant me
 * Continued Presence. It was granted on April 20, 2024, and is valid until April 19, 2026." ("was
 * valid" for a grant that ended before the signing date). DHS decides
 * (28 CFR 1100.35), so the sentence names it, not the agency, as the one that grants; an agency
 * that is part of DHS "requested Continued Presence for me" ("Homeland Security Investigations
 * asked the Department of Homeland Security" read as two bodies).
 */
export function continuedPresenceText(c: TVisaCase, inProse?: (name: string) => string): string | null {
  const cp = c.lawEnforcement?.continuedPresence;
  if (!cp) return null;
  // As a sentence's subject: a name holding a comma is closed by one before the verb (phrasing.ts).
  const agency = agencyAsSubject(cp.agency, inProse);
  const who = cp.requestedOn ? `${cap(onOrIn(cp.requestedOn))}, ${agency}` : cap(agency);
  // An agency of DHS's own (Homeland Security Investigations, ICE) asking "the Department of
  // Homeland Security" names the body it is part of as another: it requests, and DHS decides
  // (28 CFR 1100.35), without the sentence naming DHS apart from its own agency.
  const asked = withinDhs(cp.agency) ? `${who} requested Continued Presence for me.` : `${who} asked the Department of Homeland Security to grant me Continued Presence.`;
  const outcome =
    cp.status === 'granted'
      ? `It was granted${cp.grantedOn ? ` ${onOrIn(cp.grantedOn)}` : ''}${cp.validUntil ? `, and ${grantLapsed(c) ? 'was' : 'is'} valid until ${actDateText(cp.validUntil)}` : ''}.`
      : cp.status === 'denied'
        ? 'The request was denied.'
        : 'The request has not yet been decided.';
  return `${asked} ${outcome}`;
}

/**
 * Warnings on dates that contradict the rest of the statement, each at its precision
 * (docs/domain/t-visa-declaration.md, "Continued Presence"): a grant whose last day is before the
 * signing date while the status, which is the request's standing on that date, says granted (the
 * statement prints "was valid until" for a grant it calls current: a renewal, or the status, is
 * missing; `continued-presence-lapsed`); and a request, or a law-enforcement contact, dated
 * certainly before every act of trafficking the statement tells (`contact-before-trafficking`):
 * an agency asks for Continued Presence for a victim, and a report of the trafficking comes after
 * it began, so one of the dates is wrong, or the contact was about something else and the
 * statement should say so. Harbor cannot tell which: warnings.
 */
export function lawEnforcementDateWarnings(c: TVisaCase): TVisaIssue[] {
  if (c.declarant.role !== 'applicant') return [];
  const out: TVisaIssue[] = [];
  if (grantLapsed(c)) {
    out.push({
      path: `${P}.validUntil`,
      code: 'continued-presence-lapsed',
      message: 'is before the signing date, yet the status says Continued Presence is granted on that date: give the renewal’s dates if it was extended, or say it has ended; the statement prints that it “was valid until” this date',
    });
  }
  const firstAct = firstActStart(c);
  if (firstAct === null) return out;
  const before = (date: string) => compareDates(dateSpan(date).latest, firstAct) < 0;
  (c.lawEnforcement?.contacts ?? []).forEach((x, i) => {
    if (!before(x.date)) return;
    out.push({
      path: `lawEnforcement.contacts.${i}.date`,
      code: 'contact-before-trafficking',
      message: 'is before every act of trafficking the statement tells (trafficking.acts): a report of the trafficking cannot come before it began; correct the date, or say in the narrative what this contact was about',
    });
  });
  const cp = c.lawEnforcement?.continuedPresence;
  if (cp?.requestedOn && before(cp.requestedOn)) {
    out.push({
      path: `${P}.requestedOn`,
      code: 'contact-before-trafficking',
      message: 'is before every act of trafficking the statement tells (trafficking.acts): Continued Presence is requested for a victim of the trafficking; correct one of the dates',
    });
  }
  return out;
}
