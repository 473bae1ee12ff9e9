// Case data of a T-visa declaration (Form I-914): the applicant's personal statement or a
// third-party supporting declaration, chosen by `declarant.role` (domain file docs/domain/t-visa-declaration.md).
//
// One object schema for both roles (so the JSON Schema of the kind stays a plain object); the
// sections each role needs are required by a defensive refinement below (code `missing-section`).
// Legal rules that need computed values (ages, the minor exemption) live in compute.ts.
import { z } from 'zod';
import {
  ANumber,
  CAPS,
  CountryCode,
  FamilyName,
  GivenName,
  IsoDate,
  isIsoDate,
  list,
  Narrative,
  optional,
  optList,
  Text,
  withDefault,
  yearInRange,
} from '../kit/index.js';

export { IsoDate, CountryCode };

/**
 * The date of a trafficking act at the precision the applicant remembers it: `yyyy-mm-dd`
 * (exact), `yyyy-mm` (month) or `yyyy` (year), in the kit's years (1900–2100). compute.ts turns
 * it into an age range.
 */
export const ActDate = z.string().refine(
  (s) => {
    if (/^\d{4}$/.test(s)) return yearInRange(Number(s));
    if (/^\d{4}-\d{2}$/.test(s)) {
      const m = Number(s.slice(5, 7));
      return m >= 1 && m <= 12 && yearInRange(Number(s.slice(0, 4)));
    }
    return isIsoDate(s);
  },
  { message: 'must be a real date between 1900 and 2100 written yyyy-mm-dd, yyyy-mm (month known) or yyyy (year known)', params: { code: 'invalid-date' } },
).meta({ title: 'Date of an act', description: 'Date of the act at the precision known: yyyy-mm-dd (exact), yyyy-mm (month) or yyyy (year).' });

// ---- Parties -----------------------------------------------------------------------------------

export const Applicant = z.object({
  givenName: GivenName,
  familyName: FamilyName,
  /** Other names used (aliases, names given by the traffickers), printed in the caption. */
  otherNames: optList(Text, CAPS.short),
  dateOfBirth: IsoDate,
  countryOfBirth: CountryCode,
  /** Alien Registration Number (the kit's rule: stored as A + 9 digits). */
  aNumber: optional(ANumber),
});
export type Applicant = z.infer<typeof Applicant>;

export const DECLARANT_ROLES = ['applicant', 'supporting'] as const;

export const Declarant = z.object({
  role: z
    .enum(DECLARANT_ROLES, { message: 'must be "applicant" or "supporting"' })
    .describe('applicant: the personal statement (8 CFR 214.204(c)(1)); supporting: a third-party declaration.'),
  // The fields below describe a supporting declarant (therapist, case manager, witness...).
  givenName: optional(Text),
  familyName: optional(Text),
  /** Professional title, e.g. "Licensed Clinical Social Worker". */
  title: optional(Text),
  organization: optional(Text),
  /** Qualifications (education, licences, experience), multi-paragraph. */
  qualifications: optional(Narrative),
  /** How the declarant knows the applicant ("I am her therapist since..."). */
  relationship: optional(Narrative),
});
export type Declarant = z.infer<typeof Declarant>;

/** Translator of a statement not written in English: 8 CFR 103.2(b)(3). */
export const Translator = z.object({
  givenName: Text,
  familyName: Text,
  /** Language translated from (the statement's language). */
  fromLanguage: Text,
  address: optional(Text),
  signedOn: IsoDate,
});
export type Translator = z.infer<typeof Translator>;

/** Interpreter who read the declaration back to the declarant in their language. */
export const Interpreter = z.object({
  givenName: Text,
  familyName: Text,
  language: Text,
  /** Date the declaration was read back (usually the signing date). */
  readBackOn: IsoDate,
  address: optional(Text),
});
export type Interpreter = z.infer<typeof Interpreter>;

// ---- The personal statement's sections (order of the domain file) ------------------------------

export const TRAFFICKING_TYPES = ['sex', 'labor'] as const;
/** Means of 22 U.S.C. 7102(11) / 8 CFR 214.201 (force, fraud or coercion). */
export const MEANS = ['force', 'fraud', 'coercion'] as const;

export const Act = z.object({
  date: ActDate,
  /** The applicant's own words; blank line = new paragraph. */
  description: Narrative,
});
export type Act = z.infer<typeof Act>;

export const Trafficking = z.object({
  types: list(z.enum(TRAFFICKING_TYPES, { message: 'must be "sex" or "labor"' }), CAPS.short)
    .min(1, 'name at least one type of trafficking (sex or labor)')
    .refine((t) => new Set(t).size === t.length, { message: 'lists a type twice', params: { code: 'duplicate-type' } }),
  /** How it began (recruitment, the promises made), before the dated acts. */
  narrative: optional(Narrative),
  /** Dated acts, in the applicant's chronological order. */
  acts: list(Act, CAPS.items).min(1, 'give at least one dated act of trafficking'),
  /** Force, fraud or coercion used, each in the applicant's words. */
  means: optList(z.object({ type: z.enum(MEANS, { message: 'must be force, fraud or coercion' }), narrative: Narrative }), CAPS.items),
  /** Who was responsible (8 CFR 214.204(c)(1)); used to check a parent signer. */
  perpetrators: optList(z.object({ name: Text, relationship: optional(Text) }), CAPS.items),
  /** Entry into the United States when related to the trafficking (8 CFR 214.206). */
  entry: optional(Narrative),
});
export type Trafficking = z.infer<typeof Trafficking>;

export const Escape = z.object({
  /** When the applicant escaped or was separated (any precision, like an act). */
  date: optional(ActDate),
  narrative: Narrative,
});

/** Grounds of physical presence on account of trafficking, 8 CFR 214.207(a)(1)–(5). */
export const PRESENCE_GROUNDS = [
  'currently-subjected', // (1) is being subjected to trafficking
  'liberated-by-law-enforcement', // (2) liberated by a law-enforcement agency
  'escaped', // (3) escaped before law enforcement was involved
  'continuing-presence', // (4) past trafficking; continuing presence directly related to it
  'entry-for-investigation', // (5) allowed entry to take part in investigative or judicial processes
] as const;

export const Presence = z.object({
  ground: z.enum(PRESENCE_GROUNDS, { message: `must be one of: ${PRESENCE_GROUNDS.join(', ')}` }),
  narrative: Narrative,
});

/** A departure from the U.S. since the trafficking, 8 CFR 214.207(b): needs an explanation. */
export const Departure = z.object({
  departedOn: IsoDate,
  returnedOn: optional(IsoDate),
  country: CountryCode,
  explanation: z
    .string()
    .nullish()
    .refine((s) => typeof s === 'string' && s.trim().length > 0, {
      message: 'a departure since the trafficking needs an explanation (8 CFR 214.207(b))',
      params: { code: 'departure-needs-explanation' },
    })
    .transform((s) => s ?? ''),
});

export const LawEnforcement = z.object({
  contacts: optList(
    z.object({
      agency: Text,
      date: IsoDate,
      /** What was reported and what the applicant did when asked for help. */
      narrative: Narrative,
    }),
    CAPS.items,
  ),
  /** Trauma exception, 8 CFR 214.208(e)(1): why the applicant could not cooperate. */
  traumaException: optional(z.object({ narrative: Narrative })),
});

export const HardshipFactor = z.object({
  /** Factor number of 8 CFR 214.209(b)(1)–(9). */
  factor: z
    .number()
    .int()
    .min(1, 'must be a factor number 1 to 9')
    .max(9, 'must be a factor number 1 to 9')
    .describe('Factor of 8 CFR 214.209(b): 1 age/maturity, 2 care abroad, 3 consequences of the trafficking, 4 access to U.S. courts, 5 penalizing laws, 6 re-victimization, 7 harm from traffickers, 8 civil unrest, 9 economic harm.'),
  narrative: Narrative,
});
export const Hardship = z.object({
  factors: withDefault(
    list(HardshipFactor, CAPS.short).superRefine((fs, ctx) => {
      const seen = new Set<unknown>();
      fs.forEach((f, i) => {
        if (seen.has(f?.factor)) {
          ctx.addIssue({ code: 'custom', path: [i, 'factor'], message: 'this factor is already argued above; merge the two', params: { code: 'duplicate-hardship-factor' } });
        }
        seen.add(f?.factor);
      });
    }),
    [],
  ),
});

// ---- Supporting declaration ------------------------------------------------------------------

/** Elements a supporting opinion may be tied to (domain file: presence, trauma, hardship...). */
export const SUPPORTED_ELEMENTS = ['victimization', 'presence', 'trauma', 'law-enforcement', 'hardship'] as const;

export const Supporting = z.object({
  /** Basis of knowledge: dated contacts with the applicant. */
  contacts: list(z.object({ from: IsoDate, to: optional(IsoDate), kind: Text }), CAPS.items).min(1, 'give at least one dated contact with the applicant'),
  /** Facts the declarant observed, each dated. */
  observations: optList(z.object({ date: IsoDate, text: Narrative }), CAPS.items),
  findings: optional(Narrative),
  opinion: z.object({
    elements: list(z.enum(SUPPORTED_ELEMENTS, { message: `must be one of: ${SUPPORTED_ELEMENTS.join(', ')}` }), CAPS.short).min(1, 'name the element the opinion supports'),
    narrative: Narrative,
  }),
});

// ---- Signing -----------------------------------------------------------------------------------

export const Signing = z.object({
  date: IsoDate,
  city: Text,
  /** State or province, optional. */
  region: optional(Text),
  /** ISO alpha-2: chooses the 28 U.S.C. § 1746 attestation. */
  country: CountryCode,
  /** A parent or legal guardian signing for an applicant under 14 (8 CFR 103.2(a)(2)). */
  parentSigner: optional(
    z.object({
      givenName: Text,
      familyName: Text,
      relationship: z.enum(['parent', 'legal-guardian'], { message: 'must be "parent" or "legal-guardian"' }),
      /** Asked explicitly: is this person a suspected trafficker of the applicant? */
      isSuspectedTrafficker: z.boolean({ message: 'answer true or false: is this person a suspected trafficker?' }),
    }),
  ),
});

// ---- The case --------------------------------------------------------------------------------

const SECTIONS_BY_ROLE = {
  applicant: ['trafficking', 'lawEnforcement'],
  supporting: ['supporting'],
} as const;

export const TVisaCase = z
  .object({
    declarant: Declarant,
    applicant: Applicant,
    statement: z.object({
      /** Language the declarant gave the statement in (an English name: "Spanish"). */
      language: Text,
    }),
    translator: optional(Translator),
    interpreter: optional(Interpreter),
    /** Who the applicant is (family, schooling, home), before the trafficking. */
    background: optional(Narrative),
    trafficking: optional(Trafficking),
    escape: optional(Escape),
    presence: optional(Presence),
    travel: withDefault(z.object({ departures: optList(Departure, CAPS.items) }), {}),
    lawEnforcement: optional(LawEnforcement),
    hardship: withDefault(Hardship, {}),
    /** Closing words of the applicant (life now, hopes), before the attestation. */
    closing: optional(Narrative),
    supporting: optional(Supporting),
    signing: Signing,
  })
  .superRefine((c, ctx) => {
    // zod 4 runs this even when fields failed: read defensively.
    const role = c?.declarant?.role;
    if (role !== 'applicant' && role !== 'supporting') return;
    for (const key of SECTIONS_BY_ROLE[role]) {
      if (c[key] === null || c[key] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: role === 'applicant' ? 'the personal statement needs this section' : 'a supporting declaration needs this section',
          params: { code: 'missing-section' },
        });
      }
    }
    if (role === 'supporting') {
      // A lay witness (a parent, a neighbour) has no professional title: only name and relationship.
      for (const key of ['givenName', 'familyName', 'relationship'] as const) {
        if (!c.declarant[key]) {
          ctx.addIssue({ code: 'custom', path: ['declarant', key], message: 'a supporting declarant needs this field', params: { code: 'missing-section' } });
        }
      }
      if (c.signing?.parentSigner) {
        ctx.addIssue({ code: 'custom', path: ['signing', 'parentSigner'], message: 'a supporting declarant signs for themself; remove the parent signer', params: { code: 'parent-signature-not-allowed' } });
      }
    }
  });
export type TVisaCase = z.infer<typeof TVisaCase>;
