// The ten best-interests factors of the memo (docs/domain/best-interests-memo.md, "Factors"): their
// keys in the memo's fixed order, headings and help, and the schema of a factor, which is the
// analysis or "not applicable" with the reason, never left out. Split from schema.ts, which builds
// the rest of the case and calls buildFactors() when the kind's schemas are first built
// (src/kinds/kit/lazy.ts).
import { z } from 'zod';
import { MULTILINE, notWith, Prose } from '../kit/index.js';

/** A factor as the memo uses it: exactly one of the two is set. */
export interface FactorOut {
  analysis: string | null;
  notApplicable: string | null;
}
export type Factor = FactorOut;

/**
 * The factors, in the memo's fixed order: every factor of ORR's definition of "best interest" (45
 * CFR 410.1001) and the two the 2016 interagency Framework adds (safety, liberty). The domain file's
 * table maps each key to its source.
 */
export const FACTOR_KEYS = [
  'safety',
  'expressedInterests',
  'health',
  'familyIntegrity',
  'communityAdjustment',
  'stableEnvironment',
  'individualNeeds',
  'liberty',
  'development',
  'identity',
] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

/** The heading of each factor in the memo (and its label in the form). */
export const FACTOR_TITLES: Record<FactorKey, string> = {
  safety: 'Safety and Well-being',
  expressedInterests: 'Expressed Interests, in Light of Age and Maturity',
  health: 'Mental and Physical Health',
  familyIntegrity: 'Family Relationships and the Wishes of Parents or Legal Guardians',
  communityAdjustment: 'Adjustment to the Community',
  stableEnvironment: 'Time in a Stable Environment',
  individualNeeds: 'Individualized Needs, Including Disability',
  liberty: 'Liberty',
  development: 'Development',
  identity: 'Identity, Cultural Background and Primary Language',
};

/** What each factor asks, with its source (domain file, "Factors"). */
const FACTOR_HELP: Record<FactorKey, string> = {
  safety: 'Risks to the child’s safety and well-being in each option (2016 Framework).',
  expressedInterests: 'What the child wants, weighed in light of the child’s age and maturity (45 CFR 410.1001).',
  health: 'The child’s mental and physical health and the care the child needs (45 CFR 410.1001).',
  familyIntegrity: 'The intimacy of the child’s relationships with parents, siblings and others who matter to the child; the wishes of parents or legal guardians are listed separately (45 CFR 410.1001).',
  communityAdjustment: 'How the child has adjusted, or would adjust, to the community: school, friends, faith, activities (45 CFR 410.1001).',
  stableEnvironment: 'How long the child has lived, or has not lived, in a stable environment (45 CFR 410.1001).',
  individualNeeds: 'The child’s individualized needs, including any needs related to a disability (45 CFR 410.1001).',
  liberty: 'The least restrictive setting that meets the child’s needs (2016 Framework).',
  development: 'The child’s development: education and growth toward adulthood (45 CFR 410.1001).',
  identity: 'The child’s identity, cultural background and primary language (45 CFR 410.1001).',
};

/** The schema of one factor and of the ten, built with the kind's other schemas (schema.ts). */
export function buildFactors() {
  // In words first, the JSON forms in the "(in JSON: …)" aside the web form leaves out (its page
  // showed {"analysis": "…"} to a caseworker who had chosen "Not applicable").
  const FACTOR_FORM =
    'must be the analysis of this factor, or marked not applicable with the reason (in JSON: the text, {"analysis": "…"}, or {"notApplicable": true, "reason": "…"})';

  /**
   * One best-interests factor. The domain file requires every factor to be addressed: "not
   * applicable" is allowed but must be said, with a reason. Accepted forms (scripts write them in
   * different ways; all mean the same):
   *   "analysis text" | {"analysis": "…"} | {"notApplicable": "reason"} | {"notApplicable": true, "reason": "…"}
   */
  const FactorObject = z
    .strictObject({
      // Refused beside "Not applicable" answered Yes or with its reason (`x-not-with`, kit
      // value-format.ts: the web form draws each only where the case takes it).
      analysis: Prose.optional().meta({ title: 'Analysis', description: 'The advocate’s analysis of this factor.', ...notWith({ notApplicable: { anyOf: [{ const: true }, { type: 'string' }] } }) }),
      notApplicable: z
        // Each form titled in the words a person choosing it reads (the web form's chooser: it
        // showed "Option 1" and "Text", the type's own name, for these two).
        .union([z.boolean().meta({ title: 'Yes or no, with the reason below' }), Prose.meta({ title: 'The reason, written here' })])
        .optional()
        .meta({ title: 'Not applicable', description: 'true (with a reason) or the reason itself, when this factor does not apply to the child.' }),
      // Refused beside the reason written in "Not applicable" itself ("not both").
      reason: Prose.optional().meta({ title: 'Why not applicable', description: 'Why this factor does not apply to the child.', ...notWith({ notApplicable: { type: 'string' } }) }),
    })
    .superRefine((f, ctx) => {
      const na = f.notApplicable === true || typeof f.notApplicable === 'string';
      const reason = typeof f.notApplicable === 'string' ? f.notApplicable : f.reason;
      if (na && f.analysis !== undefined) {
        ctx.addIssue({ code: 'custom', continue: true, path: [], message: 'must be either an analysis or not applicable, not both', params: { code: 'factor-form' } });
      } else if (na && reason === undefined) {
        ctx.addIssue({ code: 'custom', continue: true, path: ['reason'], message: 'must say why this factor is not applicable', params: { code: 'not-applicable-needs-reason' } });
      } else if (typeof f.notApplicable === 'string' && f.reason !== undefined) {
        ctx.addIssue({ code: 'custom', continue: true, path: [], message: 'must give the reason once, in “Not applicable” or in “Why not applicable”, not both (in JSON: "notApplicable" or "reason")', params: { code: 'factor-form' } });
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
  const Factor = z
    .union(
      [
        // Text first: for input that is neither text nor an object its message is the one reported.
        z.string({ error: FACTOR_FORM }).trim().min(1, { error: 'must not be empty' }).meta({ title: 'Analysis', ...MULTILINE }),
        // Its title is what the form's chooser offers beside "Analysis".
        FactorObject.meta({ title: 'Not applicable (with the reason)' }),
      ],
      { error: FACTOR_FORM },
    )
    .transform(normalizeFactor);

  /**
   * Every factor must be addressed (domain file: "not applicable" must be said, not left out).
   * Each key is optional in the object only so that a missing one gets its own code and message.
   */
  const Factors = z
    .strictObject(
      Object.fromEntries(FACTOR_KEYS.map((k) => [k, Factor.optional().meta({ title: FACTOR_TITLES[k], description: FACTOR_HELP[k] })])) as Record<
        FactorKey,
        z.ZodOptional<typeof Factor>
      >,
    )
    .superRefine((f, ctx) => {
      for (const k of FACTOR_KEYS) {
        if (f[k] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [k],
            // Read in the web form and a batch manifest as well as by scripts: words first.
            message: 'must be addressed: give the analysis of this factor, or mark it not applicable with the reason (in JSON: {"notApplicable": "the reason"})',
            params: { code: 'factor-not-addressed' },
          });
        }
      }
    })
    .transform((f) => f as Record<FactorKey, FactorOut>) // runs only when every factor is present
    // The published JSON Schema (GET …/schema) must still say that every factor is required.
    .meta({
      required: [...FACTOR_KEYS],
      title: 'Best-interests factors',
      // Read by a person filling the web form or a spreadsheet, so in words, not JSON (the JSON
      // forms are in the domain file and the kind's README).
      description: 'The analysis of each factor. Every factor must be addressed: a factor that does not apply to the child is marked not applicable, with the reason.',
    });

  return { Factor, Factors };
}
