// The case data of a draft OTIP Request for Assistance for a child (domain: docs/domain/rfa.md).
//
// A caseworker has 24 hours and often knows little in the first hour, so only what OTIP truly
// needs is required: the two times, the requester's identity and contact, the child's name, date
// of birth (or estimate), citizenship, immigration status and presence in the U.S., and the
// concern's type and narrative. Everything else is optional and printed as "Not yet known".
// Legal rules that compare fields (minor at preparation, foreign national, in the U.S., the
// 24-hour deadline) live in compute.ts, not here.
import { z } from 'zod';
import { IsoDate } from '../../domain/fields.js';
import { isTimeZone, parseIsoDate, parseIsoDateTime } from './dates.js';

/** zod's default "expected string, received undefined" is not for a paralegal. */
const required = (what: string) => (iss: { input: unknown }) => (iss.input === undefined ? 'is required' : `must be ${what}`);
const text = z.string({ error: required('text') }).trim().min(1, 'must not be empty');
const optText = text.optional();

/** ISO date-time with offset ("2026-03-07T22:00-05:00", seconds optional). */
const dateTime = z.string({ error: required('a date and time') }).refine((s) => parseIsoDateTime(s) !== null, {
  message: 'must be a date and time with a UTC offset, like 2026-03-07T22:00:00-05:00',
  params: { code: 'invalid-date-time' },
});

/** Calendar date `yyyy-mm-dd` that exists (no 30 February). */
const isoDate = IsoDate;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// Alpha-2 codes ICU knows that are not countries a person can be a citizen of.
const NOT_A_COUNTRY = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO']);

/** Name of an ISO 3166-1 alpha-2 country code ("GT" → "Guatemala"), or null if unknown. */
export function countryName(code: string): string | null {
  if (!/^[A-Z]{2}$/.test(code) || NOT_A_COUNTRY.has(code)) return null;
  return regionNames.of(code) ?? null;
}

const country = z.string().refine((s) => countryName(s) !== null, {
  message: 'must be an ISO 3166 two-letter country code in capitals, like GT or HN',
  params: { code: 'invalid-country-code' },
});

// A-number (USCIS alien registration number): 7–9 digits, written with or without a leading
// "A", dashes or spaces ("A 012-345-678", "12345678"); printed as "A" + 9 digits.
const A_NUMBER = /^[Aa]?[\s-]*(\d[\d\s-]*)$/;

/** Normalise an A-number to `A` + 9 digits, or null when it is not 7–9 digits. */
export function normaliseANumber(s: string): string | null {
  const r = A_NUMBER.exec(s.trim());
  if (!r) return null;
  const digits = r[1]!.replace(/[\s-]/g, '');
  if (digits.length < 7 || digits.length > 9) return null;
  return 'A' + digits.padStart(9, '0');
}

const aNumber = z.string().refine((s) => normaliseANumber(s) !== null, {
  message: 'must be an A-number of 7 to 9 digits, optionally with a leading A, dashes or spaces',
  params: { code: 'invalid-a-number' },
});

// Phone: digits and the usual punctuation, 7–15 digits (E.164 allows at most 15), optional extension.
const phone = z
  .string({ error: required('a phone number') })
  .trim()
  .refine((s) => {
    const m = /^([+\d\s().-]+?)(?:\s*(?:x|ext\.?)\s*\d{1,6})?$/i.exec(s);
    if (!m) return false;
    const n = m[1]!.replace(/\D/g, '').length;
    return n >= 7 && n <= 15;
  }, { message: 'must be a phone number of 7 to 15 digits (an extension may follow "x")', params: { code: 'invalid-phone' } });

const email = z.string({ error: required('an email address') }).trim().pipe(z.email({ message: 'must be an email address' }));

const timeZone = z.string().refine(isTimeZone, {
  message: 'must be an IANA time-zone name, like America/Los_Angeles',
  params: { code: 'invalid-time-zone' },
});

export const Contact = z.object({
  name: text,
  organization: optText,
  phone: phone.optional(),
  email: email.optional(),
});
export type Contact = z.infer<typeof Contact>;

export const Requester = z.object({
  name: text,
  title: optText,
  organization: text,
  email,
  phone,
  relationshipToChild: optText,
  /** How the requester learned of the concern (an interview, a hotline call...). */
  howLearned: optText,
  /**
   * IANA zone in which the requester works, used to print the deadline. Optional: when absent the
   * deadline is printed in Eastern time (OTIP's zone) and the draft says the zone was assumed.
   */
  timeZone: timeZone.optional().describe('IANA time zone of the requester, e.g. America/Los_Angeles; default America/New_York (Eastern)'),
});
export type Requester = z.infer<typeof Requester>;

export const SEXES = ['female', 'male', 'other'] as const;

export const Child = z.object({
  givenName: text,
  familyName: text,
  otherNames: z.array(text).optional(),
  dateOfBirth: isoDate.describe('yyyy-mm-dd; an estimate when dateOfBirthEstimated is true'),
  /** True when the date of birth is an estimate (no document): age rules then warn, never refuse. */
  dateOfBirthEstimated: z.boolean().optional(),
  sex: z.enum(SEXES).optional(),
  countryOfBirth: country.optional(),
  /** Countries of citizenship (ISO 3166 alpha-2); empty when stateless or not yet known. */
  citizenship: z.array(country, { error: required('a list of country codes') }).describe('ISO 3166 alpha-2 codes, e.g. ["GT"]; empty when stateless or not yet known'),
  /** "us-citizen" and "lpr" make the child ineligible for an OTIP letter; any other text is kept. */
  immigrationStatus: text.describe('"us-citizen", "lpr" or a description of the status'),
  inUnitedStates: z.boolean({ error: required('true or false') }),
  aNumber: aNumber.optional().describe('A-number: 7–9 digits, optional leading A, dashes or spaces'),
  languages: z.array(text).optional(),
  interpreterNeeded: z.boolean().optional(),
});
export type Child = z.infer<typeof Child>;

export const CUSTODY = ['orr-shelter', 'orr-foster-care', 'released-to-sponsor', 'state-child-welfare', 'other'] as const;

export const Location = z.object({
  city: optText,
  /** U.S. state or territory (two-letter postal code or name). */
  state: optText,
  custody: z.enum(CUSTODY).optional(),
  custodyDetails: optText,
  /** Sensitive: printed only in the confidential care-provider section of the draft. */
  careProvider: z.object({ name: optText, address: optText }).optional(),
  caseManager: Contact.optional(),
  attorney: Contact.optional(),
});
export type Location = z.infer<typeof Location>;

// 22 U.S.C. § 7102 ("severe forms of trafficking in persons"): the acts; "patronize" and
// "solicit" appear only in the definition of sex trafficking (same section).
export const TYPES = ['labor', 'sex'] as const;
export const ACTS = ['recruit', 'harbor', 'transport', 'provide', 'obtain', 'patronize', 'solicit'] as const;
export const SEX_ONLY_ACTS: ReadonlySet<string> = new Set(['patronize', 'solicit']);
export const MEANS = ['force', 'fraud', 'coercion', 'debt-bondage', 'abuse-of-legal-process'] as const;

export const ConcernEvent = z
  .object({
    date: isoDate.optional(),
    /** Last day of a period (a job that lasted months); on or after `date`. */
    endDate: isoDate.optional(),
    dateApproximate: z.boolean().optional(),
    place: optText,
    description: text,
  })
  .superRefine((e, ctx) => {
    // Defensive: zod 4 runs this even when a field failed.
    if (typeof e.date === 'string' && typeof e.endDate === 'string' && parseIsoDate(e.date) && parseIsoDate(e.endDate) && e.endDate < e.date) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must be on or after the start date', params: { code: 'invalid-date-range' } });
    }
  });
export type ConcernEvent = z.infer<typeof ConcernEvent>;

export const Trafficker = z.object({
  name: optText,
  relationship: optText,
  description: optText,
});
export type Trafficker = z.infer<typeof Trafficker>;

export const Concern = z
  .object({
    types: z.array(z.enum(TYPES), { error: required('a list of "labor" and/or "sex"') }).min(1, 'must name at least one type: labor or sex'),
    acts: z.array(z.enum(ACTS)).default([]),
    means: z.array(z.enum(MEANS)).default([]),
    /** What was exchanged or offered for a sex act, when known. */
    commercialSex: optText,
    events: z.array(ConcernEvent).default([]),
    traffickers: z.array(Trafficker).default([]),
    /** In the requester's plain, non-leading words; never truncated. */
    narrative: text,
  })
  .superRefine((c, ctx) => {
    if (!Array.isArray(c.types) || !Array.isArray(c.acts)) return;
    c.acts.forEach((a, i) => {
      if (SEX_ONLY_ACTS.has(a) && !c.types.includes('sex')) {
        ctx.addIssue({
          code: 'custom',
          path: ['acts', i],
          message: 'patronize and solicit are acts of sex trafficking only: add "sex" to the types or remove this act',
          params: { code: 'act-requires-sex-type' },
        });
      }
    });
  });
export type Concern = z.infer<typeof Concern>;

export const Safety = z.object({
  inCurrentDanger: z.boolean().optional(),
  traffickerHasAccess: z.boolean().optional(),
  threatsToFamily: z.boolean().optional(),
  runawayRisk: z.boolean().optional(),
  details: optText,
});
export type Safety = z.infer<typeof Safety>;

export const CONTINUED_PRESENCE = ['not-requested', 'requested', 'granted', 'denied'] as const;

/** Never required: law-enforcement reporting is not a condition of a child's letter. */
export const LawEnforcement = z.object({
  reported: z.boolean().optional(),
  agency: optText,
  contactName: optText,
  contactPhone: phone.optional(),
  contactEmail: email.optional(),
  caseNumber: optText,
  continuedPresence: z.enum(CONTINUED_PRESENCE).optional(),
});
export type LawEnforcement = z.infer<typeof LawEnforcement>;

export const StrengthsAndNeeds = z.object({
  strengths: optText,
  needs: optText,
  servicesRequested: z.array(text).optional(),
});
export type StrengthsAndNeeds = z.infer<typeof StrengthsAndNeeds>;

export const RfaCase = z.object({
  /** When the draft is prepared (stands for "when OTIP receives it" in the age rule). */
  preparedAt: dateTime.describe('When the draft is prepared: ISO date-time with offset, e.g. 2026-03-07T23:10:00-05:00'),
  /** When the requester learned of the concern; the 24 hours run from here. */
  discoveredAt: dateTime.describe('When the requester learned of the concern (the 24 hours run from here): ISO date-time with offset'),
  requester: Requester,
  child: Child,
  location: Location.default({}),
  concern: Concern,
  safety: Safety.default({}),
  lawEnforcement: LawEnforcement.default({}),
  strengthsAndNeeds: StrengthsAndNeeds.default({}),
});
export type RfaCase = z.infer<typeof RfaCase>;
