// The case data of a draft OTIP Request for Assistance for a child (domain: docs/domain/rfa.md).
//
// A caseworker has 24 hours and often knows little in the first hour, so only what OTIP truly
// needs is required: the two times, the requester's identity and contact, the child's name, date
// of birth (or estimate), citizenship, immigration status and presence in the U.S., and the
// concern's type and narrative. Everything else is optional and printed as "Not yet known".
// Legal rules that compare fields (minor at preparation, foreign national, in the U.S., the
// 24-hour deadline) live in compute.ts, not here.
import { z } from 'zod';
import {
  ANumber,
  CAPS,
  CountryCode,
  Email,
  FamilyName,
  GivenName,
  IsoDate,
  IsoDateTime,
  isIsoDate,
  list,
  optional,
  optList,
  OptText,
  Phone,
  Text,
  TimeZone,
  withDefault,
} from '../kit/index.js';

const text = Text;
const optText = OptText;
const isoDate = IsoDate;
const country = CountryCode;
export const Contact = z.object({
  name: text,
  organization: optText,
  phone: optional(Phone),
  email: optional(Email),
});
export type Contact = z.infer<typeof Contact>;

export const Requester = z.object({
  name: text,
  title: optText,
  organization: text,
  email: Email,
  phone: Phone,
  relationshipToChild: optText,
  /** How the requester learned of the concern (an interview, a hotline call...). */
  howLearned: optText,
  /**
   * IANA zone in which the requester works, used to print the deadline. Optional: when absent the
   * deadline is printed in Eastern time (OTIP's zone) and the draft says the zone was assumed.
   */
  timeZone: optional(TimeZone).describe('IANA time zone of the requester, e.g. America/Los_Angeles; default America/New_York (Eastern)'),
});
export type Requester = z.infer<typeof Requester>;

export const SEXES = ['female', 'male', 'other'] as const;

export const Child = z.object({
  givenName: GivenName,
  familyName: FamilyName,
  otherNames: optList(text, CAPS.short),
  dateOfBirth: isoDate.describe('yyyy-mm-dd; an estimate when dateOfBirthEstimated is true'),
  /** True when the date of birth is an estimate (no document): age rules then warn, never refuse. */
  dateOfBirthEstimated: optional(z.boolean()),
  sex: optional(z.enum(SEXES)),
  countryOfBirth: optional(country),
  /** Countries of citizenship (ISO 3166 alpha-2); empty when stateless or not yet known. */
  citizenship: list(country, CAPS.short, 'must be a list of country codes').describe('ISO 3166 alpha-2 codes, e.g. ["GT"]; empty when stateless or not yet known'),
  /** "us-citizen" and "lpr" make the child ineligible for an OTIP letter; any other text is kept. */
  immigrationStatus: text.describe('"us-citizen", "lpr" or a description of the status'),
  inUnitedStates: z.boolean({ error: 'must be true or false' }),
  aNumber: optional(ANumber),
  languages: optList(text, CAPS.short),
  interpreterNeeded: optional(z.boolean()),
});
export type Child = z.infer<typeof Child>;

export const CUSTODY = ['orr-shelter', 'orr-foster-care', 'released-to-sponsor', 'state-child-welfare', 'other'] as const;

export const Location = z.object({
  city: optText,
  /** U.S. state or territory (two-letter postal code or name). */
  state: optText,
  custody: optional(z.enum(CUSTODY)),
  custodyDetails: optText,
  /** Sensitive: printed only in the confidential care-provider section of the draft. */
  careProvider: optional(z.object({ name: optText, address: optText })),
  caseManager: optional(Contact),
  attorney: optional(Contact),
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
    date: optional(isoDate),
    /** Last day of a period (a job that lasted months); on or after `date`. */
    endDate: optional(isoDate),
    dateApproximate: optional(z.boolean()),
    place: optText,
    description: text,
  })
  .superRefine((e, ctx) => {
    // Defensive: zod 4 runs this even when a field failed.
    if (isIsoDate(e.date) && isIsoDate(e.endDate) && e.endDate < e.date) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must be on or after the start date', params: { code: 'end-before-start' } });
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
    types: list(z.enum(TYPES), CAPS.short, 'must be a list of "labor" and/or "sex"').min(1, 'must name at least one type: labor or sex'),
    acts: optList(z.enum(ACTS), CAPS.short),
    means: optList(z.enum(MEANS), CAPS.short),
    /** What was exchanged or offered for a sex act, when known. */
    commercialSex: optText,
    events: optList(ConcernEvent, CAPS.items),
    traffickers: optList(Trafficker, CAPS.items),
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
  inCurrentDanger: optional(z.boolean()),
  traffickerHasAccess: optional(z.boolean()),
  threatsToFamily: optional(z.boolean()),
  runawayRisk: optional(z.boolean()),
  details: optText,
});
export type Safety = z.infer<typeof Safety>;

export const CONTINUED_PRESENCE = ['not-requested', 'requested', 'granted', 'denied'] as const;

/** Never required: law-enforcement reporting is not a condition of a child's letter. */
export const LawEnforcement = z.object({
  reported: optional(z.boolean()),
  agency: optText,
  contactName: optText,
  contactPhone: optional(Phone),
  contactEmail: optional(Email),
  caseNumber: optText,
  continuedPresence: optional(z.enum(CONTINUED_PRESENCE)),
});
export type LawEnforcement = z.infer<typeof LawEnforcement>;

export const StrengthsAndNeeds = z.object({
  strengths: optText,
  needs: optText,
  servicesRequested: optList(text, CAPS.items),
});
export type StrengthsAndNeeds = z.infer<typeof StrengthsAndNeeds>;

export const RfaCase = z.object({
  /** When the draft is prepared (stands for "when OTIP receives it" in the age rule). */
  preparedAt: IsoDateTime.describe('When the draft is prepared: ISO date-time with offset, e.g. 2026-03-07T23:10:00-05:00'),
  /** When the requester learned of the concern; the 24 hours run from here. */
  discoveredAt: IsoDateTime.describe('When the requester learned of the concern (the 24 hours run from here): ISO date-time with offset'),
  requester: Requester,
  child: Child,
  location: withDefault(Location, {}),
  concern: Concern,
  safety: withDefault(Safety, {}),
  lawEnforcement: withDefault(LawEnforcement, {}),
  strengthsAndNeeds: withDefault(StrengthsAndNeeds, {}),
});
export type RfaCase = z.infer<typeof RfaCase>;
