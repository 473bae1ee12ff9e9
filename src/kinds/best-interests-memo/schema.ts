// Case data of a best-interests memo (docs/domain/best-interests-memo.md).
//
// The fields scripts rely on (domain file, "Contract fields") are the only required ones:
// preparedOn, child.{givenName, familyName, dateOfBirth}, decision, recipient, advocate.name,
// contacts [{date, person, role}], expressedWishes, the seven factors and recommendations [{text}].
// Everything else is optional and shown when given. Legal rules that need computed values (ages,
// contact dates against the memo date) live in compute.ts.
import { z } from 'zod';
import { ANumber, CAPS, FamilyName, GivenName, IsoDate, list, optional, optList, OptText, Text, withDefault } from '../kit/index.js';

export { IsoDate, ANumber };
const OptDate = optional(IsoDate);

export const Child = z.object({
  givenName: GivenName,
  familyName: FamilyName,
  /** Other names or spellings the child is known by (including in another script). */
  otherNames: optList(Text, CAPS.short),
  dateOfBirth: IsoDate,
  /** The date of birth is an estimate (no documents); shown as such. */
  dateOfBirthEstimated: withDefault(z.boolean(), false),
  aNumber: optional(ANumber),
  countryOfBirth: OptText,
  primaryLanguage: OptText,
  otherLanguages: optList(Text, CAPS.short),
  /** Where the child is now (e.g. an ORR shelter or foster home, by type and city only). */
  currentPlacement: OptText,
  /** Date the child entered ORR custody; gives `computed.daysInCustody`. */
  admittedToCustodyOn: OptDate,
});
export type Child = z.infer<typeof Child>;

export const Advocate = z.object({
  name: Text,
  title: OptText,
  organization: OptText,
  /** Date of appointment as child advocate (8 U.S.C. § 1232(c)(6); 45 CFR 410.1308). */
  appointedOn: OptDate,
  /** Who appointed the advocate (normally the ORR Director). */
  appointedBy: OptText,
});
export type Advocate = z.infer<typeof Advocate>;

export const Person = z.object({ name: Text, title: OptText, organization: OptText });
export type Person = z.infer<typeof Person>;

export const CONTACT_ROLES = [
  'child',
  'parent',
  'legal-guardian',
  'sibling',
  'relative',
  'sponsor',
  'attorney',
  'case-manager',
  'clinician',
  'caregiver',
  'teacher',
  'law-enforcement',
  'other',
] as const;
export const CONTACT_MODES = ['in-person', 'video', 'phone'] as const;

export const Contact = z.object({
  date: IsoDate,
  person: Text,
  /** `child` marks a contact with the child (a memo needs at least one: compute.ts). */
  role: z.enum(CONTACT_ROLES, { error: `must be one of: ${CONTACT_ROLES.join(', ')}` }),
  /** Free-text detail of the role ("maternal aunt, proposed sponsor"). */
  roleDetail: OptText,
  language: OptText,
  mode: optional(z.enum(CONTACT_MODES, { error: `must be one of: ${CONTACT_MODES.join(', ')}` })),
  /** Interpreter used, if any (name or service). */
  interpreter: OptText,
});
export type Contact = z.infer<typeof Contact>;

export const RecordReviewed = z.object({ description: Text, date: OptDate });

export const RELATED_DOCUMENT_TYPES = [
  'rfa',
  'otip-interim-assistance-letter',
  'otip-eligibility-letter',
  'other',
] as const;

/** A cross-reference to a related filing (an RFA to OTIP, an OTIP letter). */
export const RelatedDocument = z.object({
  type: z.enum(RELATED_DOCUMENT_TYPES, { error: `must be one of: ${RELATED_DOCUMENT_TYPES.join(', ')}` }),
  date: OptDate,
  /** Reference number or a short description ("OTIP request no. …"). */
  reference: OptText,
});

export const Background = z.object({
  identity: OptText,
  family: OptText,
  journey: OptText,
  custody: OptText,
  traffickingConcerns: OptText,
  relatedDocuments: optList(RelatedDocument, CAPS.items),
});

/** The child's words, with the original when the child spoke another language. */
export const Quote = z.object({ text: Text, original: OptText, language: OptText });

/** A factor as the memo uses it: exactly one of the two is set. */
export interface FactorOut {
  analysis: string | null;
  notApplicable: string | null;
}

const FACTOR_FORM =
  'must be the analysis of this factor (text), {"analysis": "…"}, or {"notApplicable": true, "reason": "…"}';

/**
 * One best-interests factor. The domain file requires every factor to be addressed: "not
 * applicable" is allowed but must be said, with a reason. Accepted forms (scripts write them in
 * different ways; all mean the same):
 *   "analysis text" | {"analysis": "…"} | {"notApplicable": "reason"} | {"notApplicable": true, "reason": "…"}
 */
const FactorObject = z
  .object({
    analysis: Text.optional(),
    notApplicable: z.union([z.boolean(), Text]).optional(),
    reason: Text.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const na = f.notApplicable === true || typeof f.notApplicable === 'string';
    const reason = typeof f.notApplicable === 'string' ? f.notApplicable : f.reason;
    if (na && f.analysis !== undefined) {
      ctx.addIssue({ code: 'custom', continue: true, path: [], message: 'must be either an analysis or not applicable, not both', params: { code: 'factor-form' } });
    } else if (na && reason === undefined) {
      ctx.addIssue({ code: 'custom', continue: true, path: ['reason'], message: 'must say why this factor is not applicable', params: { code: 'not-applicable-needs-reason' } });
    } else if (typeof f.notApplicable === 'string' && f.reason !== undefined) {
      ctx.addIssue({ code: 'custom', continue: true, path: [], message: 'must give the reason once (in "notApplicable" or in "reason")', params: { code: 'factor-form' } });
    } else if (!na && f.analysis === undefined) {
      ctx.addIssue({ code: 'custom', continue: true, path: [], message: FACTOR_FORM, params: { code: 'factor-not-addressed' } });
    }
  });

/** Every accepted form → {analysis, notApplicable} (runs only on valid input). */
function normalizeFactor(f: string | z.output<typeof FactorObject>): FactorOut {
  if (typeof f === 'string') return { analysis: f, notApplicable: null };
  const na = f.notApplicable === true || typeof f.notApplicable === 'string';
  return na
    ? { analysis: null, notApplicable: typeof f.notApplicable === 'string' ? f.notApplicable : f.reason! }
    : { analysis: f.analysis!, notApplicable: null };
}

// No transform inside the branches: zod reports the issues of the one branch whose type matched
// (text or object) only when that branch did not abort, and a transform (a pipe) always aborts.
export const Factor = z
  .union(
    [
      // Text first: for input that is neither text nor an object its message is the one reported.
      z.string({ error: FACTOR_FORM }).trim().min(1, { error: 'must not be empty' }),
      FactorObject,
    ],
    { error: FACTOR_FORM },
  )
  .transform(normalizeFactor);
export type Factor = FactorOut;

/** The seven factors of the 2016 interagency Framework, in the memo's fixed order. */
export const FACTOR_KEYS = [
  'safety',
  'expressedInterests',
  'health',
  'familyIntegrity',
  'liberty',
  'development',
  'identity',
] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

/**
 * All seven factors must be addressed (domain file: "not applicable" must be said, not left out).
 * Each key is optional in the object only so that a missing one gets its own code and message.
 */
export const Factors = z
  .object(Object.fromEntries(FACTOR_KEYS.map((k) => [k, Factor.optional()])) as Record<FactorKey, z.ZodOptional<typeof Factor>>)
  .superRefine((f, ctx) => {
    for (const k of FACTOR_KEYS) {
      if (f[k] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [k],
          message: 'must be addressed: give the analysis of this factor, or {"notApplicable": "the reason"}',
          params: { code: 'factor-not-addressed' },
        });
      }
    }
  })
  .transform((f) => f as Record<FactorKey, FactorOut>) // runs only when every factor is present
  // The published JSON Schema (GET …/schema) must still say that all seven are required.
  .meta({ required: [...FACTOR_KEYS] });

export const ParentWishes = z.object({
  person: Text,
  /** "mother", "father", "legal guardian"… */
  relationship: Text,
  wishes: Text,
  /** The parent is implicated in the trafficking: the wishes are shown but never relied on. */
  parentImplicated: withDefault(z.boolean(), false),
});
export type ParentWishes = z.infer<typeof ParentWishes>;

export const Divergence = z
  .object({ diverges: z.boolean(), explanation: OptText })
  .refine((d) => !d.diverges || d.explanation !== null, {
    error: 'must explain why the recommendation departs from the child’s expressed wishes',
    path: ['explanation'],
    params: { code: 'divergence-unexplained' },
  });

export const Recommendation = z.object({ text: Text, conditions: optList(Text, CAPS.items) });

export const BestInterestsMemoCase = z.object({
  /** Date of the memo; ages and day counts are computed on it. */
  preparedOn: IsoDate,
  child: Child,
  /** The decision the memo is about ("Release to the proposed sponsor, the child’s aunt"). */
  decision: Text,
  /** The decision-maker addressed (name, title, agency); a newline starts a new line. */
  recipient: Text,
  advocate: Advocate,
  supervisingAttorney: optional(Person),
  /** The child's attorney (expressed interests), copied on the memo. */
  childAttorney: optional(Person),
  summary: OptText,
  contacts: list(Contact, CAPS.items),
  recordsReviewed: optList(RecordReviewed, CAPS.items),
  background: withDefault(Background, {}),
  expressedWishes: Text,
  childsWords: optList(Quote, CAPS.items),
  factors: Factors,
  parentsWishes: optList(ParentWishes, CAPS.items),
  divergence: optional(Divergence),
  recommendations: list(Recommendation, CAPS.items).min(1, { error: 'must contain at least one recommendation' }),
  attachments: optList(Text, CAPS.items),
});
export type BestInterestsMemoCase = z.infer<typeof BestInterestsMemoCase>;
