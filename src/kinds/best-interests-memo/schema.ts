// Case data of a best-interests memo (docs/domain/best-interests-memo.md).
//
// The fields scripts rely on (domain file, "Contract fields") are the only required ones:
// preparedOn, child.{givenName, familyName, dateOfBirth}, decision, decisionType,
// decisionMaker.type, recipient, advocate.name, contacts [{date, person, role}], expressedWishes,
// the ten factors, alternatives [{option, recommended, reason}] and recommendations [{text}].
// Everything else is optional and shown when given. Every field carries a JSON-Schema title and
// description (the API's schema and the web form's labels). Legal rules that need computed values
// (ages, dates against the memo date, the home-study requirement) live in compute.ts.
//
// One module per concept: the codes (choices.ts), the people (schema-people.ts), the sources and
// background (schema-sources.ts), the child's and parents' wishes (schema-wishes.ts), the options
// weighed and the recommendations (schema-recommendations.ts), the factors (factors.ts); this file
// assembles the case from them, in the order the schemas were always built, and names the types.
import { z } from 'zod';
import { ANumber, CAPS, IsoDate, labelled, lazySchemas, list, optional, optList, OptProse, Prose, RecordId, superseded, Text, withDefault } from '../kit/index.js';
import { DECISION_TYPES, pick } from './choices.js';
import { buildFactors } from './factors.js';
import * as L from './labels.js';
import { buildPeople } from './schema-people.js';
import { buildRecommendations } from './schema-recommendations.js';
import { buildSiblings } from './schema-siblings.js';
import { buildSources } from './schema-sources.js';
import { buildQuote, buildWishes } from './schema-wishes.js';

export { IsoDate, ANumber };
export { FACTOR_KEYS, FACTOR_TITLES, type Factor, type FactorKey, type FactorOut } from './factors.js';
// The codes' lists and types, for the modules that read them from here; `pick` stays choices.ts's
// (the schema modules import it from there).
export {
  ALTERNATIVE_OPTIONS,
  CHILDS_CHOICES,
  CONTACT_MODES,
  CONTACT_ROLES,
  DECISION_MAKERS,
  DECISION_TYPES,
  PROCEEDING_TYPES,
  RELATED_DOCUMENT_TYPES,
  RELIEF_TYPES,
  SPONSOR_RELATIONSHIPS,
  type AlternativeOption,
  type DecisionMakerType,
  type DecisionType,
  type ProceedingType,
  type ReliefType,
} from './choices.js';

/**
 * The kind's schemas, built by `bestInterestsSchemas()` on the kind's first use, not when the
 * registry is imported (src/kinds/kit/lazy.ts; issue 18): a thread that checks another kind never
 * builds them.
 */
function build() {
  const OptDate = optional(IsoDate);
  const { Child, Advocate, Person, DecisionMaker, ProposedSponsor } = buildPeople(OptDate);
  const { Contact, RecordReviewed, RelatedDocument, PendingRelief, Proceeding, Background } = buildSources(OptDate);
  const { Quote } = buildQuote();
  const { Factor, Factors } = buildFactors();
  const { ParentWishes, Divergence } = buildWishes();
  const { Sibling } = buildSiblings(OptDate);
  const { Alternative, Recommendation } = buildRecommendations();

  const BestInterestsMemoCase = z
    .strictObject({
      preparedOn: labelled(IsoDate, 'Date of the memo', 'Ages and day counts are computed on this date.'),
      child: Child,
      decision: labelled(Text, 'Decision', 'The decision the memo is about, for example “Release to the proposed sponsor, the child’s aunt”.'),
      decisionType: labelled(
        pick(DECISION_TYPES, L.DECISION_TYPE_LABELS),
        'Kind of decision',
        'placement-or-transfer, release-to-sponsor, legal-relief, voluntary-departure-or-repatriation, planning-for-18 or other. A home study may be required by law whenever a release to a sponsor is decided or recommended.',
      ),
      decisionMaker: DecisionMaker,
      nextHearingOn: labelled(OptDate, 'Next hearing', 'Date of the next hearing; required when an immigration judge decides. May be after the memo date.'),
      decisionExpectedOn: labelled(OptDate, 'Decision expected on', 'When the decision is expected, if known: on or after the memo date.'),
      otherProceedings: labelled(
        optList(Proceeding, CAPS.items),
        'Other proceedings',
        'Each other court case the child is in (a state dependency or guardianship case beside the immigration court’s, a criminal case as a witness), with its court and dates; printed under “Decision by:”.',
      ),
      recipient: labelled(Prose, 'To', 'The decision-maker addressed (name, title, agency); a new line starts a new line of the address.'),
      advocate: Advocate,
      supervisingAttorney: labelled(optional(Person), 'Supervising attorney', 'The attorney who reviewed the memo, if any.'),
      // Several sponsors are often proposed (a parent and an aunt; a relative and a family friend):
      // the list. `proposedSponsor`, one, is still read, as the list's first (home-study.ts
      // `proposedSponsors`), so a case written for contract 2.5 renders unchanged.
      proposedSponsors: labelled(
        optList(ProposedSponsor, CAPS.items),
        'Proposed sponsors',
        'Each person proposed to receive the child on a release, and how related; shown in the Background. For a child 12 or younger it tells whether ORR requires a home study before a release to each.',
      ),
      // Marked deprecated in the JSON Schema (still read): the web form shows it only while a
      // draft holds a value of it (web/src/form/schema.ts, `x-superseded`), not as a second
      // sponsor input beside the list.
      proposedSponsor: superseded(ProposedSponsor, { title: 'Proposed sponsor (one)', one: 'One proposed sponsor', contract: '2.5', list: 'proposedSponsors' }),
      childAttorney: labelled(optional(Person), 'Child’s attorney', 'The child’s attorney (expressed interests), copied on the memo.'),
      pendingRelief: labelled(
        optList(PendingRelief, CAPS.items),
        'Immigration relief pending',
        'Each application or petition for immigration relief the child has filed that is not yet decided (asylum, SIJ, a T or U visa); shown in the Background.',
      ),
      summary: labelled(OptProse, 'Summary', 'A few sentences summarising the recommendation; without it the memo lists the recommendations.'),
      contacts: labelled(list(Contact, CAPS.items), 'Contacts', 'Every meeting or conversation the advocate had; at least one with the child.'),
      recordsReviewed: labelled(optList(RecordReviewed, CAPS.items), 'Records reviewed', 'Records the advocate reviewed. Left empty, the memo says “The advocate reviewed no records for this memo.”'),
      background: labelled(withDefault(Background, {}), 'Background', 'The child’s background: identity, family, journey, custody and trafficking concerns.'),
      expressedWishes: labelled(Prose, 'The child’s expressed wishes', 'What the child wants, in the advocate’s words.'),
      childsWords: labelled(optList(Quote, CAPS.items), 'The child’s words', 'Quotations of the child.'),
      factors: Factors,
      parentsWishes: labelled(optList(ParentWishes, CAPS.items), 'Wishes of parents or legal guardians', 'Each parent’s or guardian’s wishes.'),
      siblings: labelled(
        optList(Sibling, CAPS.items),
        'Siblings in other placements',
        'Each brother or sister who does not live with the child: where, and the contact between them (45 CFR 410.1001 counts relationships with siblings among the factors); printed under the family factor.',
      ),
      divergence: labelled(optional(Divergence), 'Best interests and expressed wishes', 'Whether the recommendation departs from the child’s wishes, and why.'),
      alternatives: labelled(
        list(Alternative, CAPS.items).min(1, { error: 'must list at least one option weighed (the recommended one, and the others considered)' }),
        'Alternatives considered',
        'The placements and options weighed and why each was or was not recommended.',
      ),
      recommendations: labelled(
        list(Recommendation, CAPS.items).min(1, { error: 'must contain at least one recommendation' }),
        'Recommendations',
        'The numbered recommendations, each with its conditions.',
      ),
      attachments: labelled(optList(Text, CAPS.items), 'Attachments', 'Documents attached to the memo.'),
      id: RecordId,
    })
    .meta({ title: 'Best-interests memo', description: 'A child advocate’s best-interests recommendation for an unaccompanied child.' });

  return { Child, Advocate, Person, DecisionMaker, ProposedSponsor, PendingRelief, Proceeding, Contact, RecordReviewed, RelatedDocument, Background, Quote, Factor, Factors, ParentWishes, Sibling, Divergence, Alternative, Recommendation, BestInterestsMemoCase };
}

export const bestInterestsSchemas = lazySchemas('best-interests-memo', build);

type Schemas = ReturnType<typeof build>;
export type Child = z.infer<Schemas['Child']>;
export type Advocate = z.infer<Schemas['Advocate']>;
export type Person = z.infer<Schemas['Person']>;
export type DecisionMaker = z.infer<Schemas['DecisionMaker']>;
export type Contact = z.infer<Schemas['Contact']>;
export type PendingRelief = z.infer<Schemas['PendingRelief']>;
export type Proceeding = z.infer<Schemas['Proceeding']>;
export type ParentWishes = z.infer<Schemas['ParentWishes']>;
export type Sibling = z.infer<Schemas['Sibling']>;
export type Alternative = z.infer<Schemas['Alternative']>;
export type BestInterestsMemoCase = z.infer<Schemas['BestInterestsMemoCase']>;
