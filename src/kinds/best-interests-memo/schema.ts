// Case data of a best-interests memo (docs/domain/best-interests-memo.md).
//
// The fields scripts rely on (domain file, "Contract fields") are the only required ones:
// preparedOn, child.{givenName, familyName, dateOfBirth}, decision, decisionType,
// decisionMaker.type, recipient, advocate.name, contacts [{date, person, role}], expressedWishes,
// the ten factors, alternatives [{option, recommended, reason}] and recommendations [{text}].
// Everything else is optional and shown when given. Every field carries a JSON-Schema title and
// description (the API's schema and the web form's labels). Legal rules that need computed values
// (ages, dates against the memo date, the home-study requirement) live in compute.ts.
import { z } from 'zod';
import { ANumber, CAPS, choice, CountryCode, familyNameOrWhyNone, IsoDate, NO_FAMILY_NAME, NO_FAMILY_NAME_CHOICE_LABELS, labelled, lazySchemas, list, optional, optList, OptProse, personNameText, OptText, Prose, RecordId, superseded, Text, withDefault, type EnumLabels } from '../kit/index.js';
import { buildFactors } from './factors.js';
import * as L from './labels.js';

export { IsoDate, ANumber };
export { FACTOR_KEYS, FACTOR_TITLES, type Factor, type FactorKey, type FactorOut } from './factors.js';

// The values the schemas choose from: plain constants, read by compute.ts and view.ts without
// building any schema.

/** The kinds of decision a memo is written for (domain file, "The decision, its maker and its date"). */
export const DECISION_TYPES = [
  'placement-or-transfer',
  'release-to-sponsor',
  'legal-relief',
  'voluntary-departure-or-repatriation',
  'planning-for-18',
  'other',
] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

/** Who makes the decision. */
export const DECISION_MAKERS = ['orr', 'immigration-judge', 'uscis', 'asylum-office', 'other'] as const;
export type DecisionMakerType = (typeof DECISION_MAKERS)[number];

/**
 * Which of the child's wishes the recommendation is (`divergence.childsChoice`): the wishes are
 * free text, so only the advocate can say whether the outcome recommended is the child's first
 * choice or another the child named (docs/domain/best-interests-memo.md, "Sections" 8).
 */
export const CHILDS_CHOICES = ['first', 'other'] as const;

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

/**
 * How the proposed sponsor is related to the child. ORR requires a home study before releasing a
 * child 12 or younger to a sponsor who is not a relative (home-study.ts; ORR Policy Guide, section
 * 2.4.2).
 */
export const SPONSOR_RELATIONSHIPS = ['parent-or-legal-guardian', 'relative', 'non-relative'] as const;

export const RELATED_DOCUMENT_TYPES = [
  'rfa',
  'otip-interim-assistance-letter',
  'otip-eligibility-letter',
  'other',
] as const;

/**
 * Immigration relief the child has applied for and that is not yet decided (domain file,
 * "Immigration relief pending"): asylum (8 U.S.C. § 1158), Special Immigrant Juvenile status
 * (8 U.S.C. § 1101(a)(27)(J)), T and U nonimmigrant status (8 U.S.C. § 1101(a)(15)(T), (U)).
 */
export const RELIEF_TYPES = ['asylum', 'special-immigrant-juvenile', 't-visa', 'u-visa', 'other'] as const;
export type ReliefType = (typeof RELIEF_TYPES)[number];

/** The options a memo weighs (docs/domain/best-interests-memo-alternatives.md). */
export const ALTERNATIVE_OPTIONS = [
  'release-to-sponsor',
  'unaccompanied-refugee-minors',
  'long-term-foster-care',
  'transitional-foster-care',
  'shelter',
  // A secure facility (a residential treatment center included) or a heightened supervision
  // facility, formerly "staff secure" (45 CFR 410.1001, "restrictive placement"; 410.1105): a
  // placement like the others, so recommending it beside another needs a rank (alternatives.ts).
  'restrictive-placement',
  'voluntary-departure-or-repatriation',
  'other',
] as const;
export type AlternativeOption = (typeof ALTERNATIVE_OPTIONS)[number];

/**
 * The kind's schemas, built by `bestInterestsSchemas()` on the kind's first use, not when the
 * registry is imported (src/kinds/kit/lazy.ts; issue 18): a thread that checks another kind never
 * builds them.
 */
function build() {
  /** A choice of codes with their labels; a wrong value is told the labels and the codes (kit/choice.ts). */
  const pick = <const T extends readonly [string, ...string[]]>(values: T, labels: EnumLabels<T[number]>) => choice(values, labels);
  const OptDate = optional(IsoDate);

  const Child = z
    .strictObject({
      // The child's own name refuses a word typed for "not known" ("FNU", "Unknown", "N/A": kit
      // nameFiller), which the memo printed as the child's name; a child with one name only, or
      // whose family name is not yet known, says so (noFamilyName: kit one-name.ts).
      givenName: labelled(
        personNameText('the child’s given', 'a child with one name only writes it here and answers “No family name: why”'),
        'Given name',
        'The child’s given name(s), as the child writes them (any script); a child with one name only writes it here (never “FNU” or “Unknown”, which would print as the name).',
      ),
      /** Required unless noFamilyName says why there is none (family-name-or-why-none, below). */
      familyName: labelled(
        optional(personNameText('the child’s family', 'leave it empty and answer “No family name: why” (not yet known, or one name only)')),
        'Family name',
        'The child’s family name(s), as the child writes them (any script). When the child gave a first name only, or has one name only, leave it empty and answer “No family name: why” (never “Unknown”, which would print as the surname).',
      ),
      noFamilyName: labelled(
        optional(pick(NO_FAMILY_NAME, NO_FAMILY_NAME_CHOICE_LABELS)),
        'No family name: why',
        'Only when no family name is given: not yet known (the child gave a first name only) or none (one name only, written in “Given name”). Printed beside the name.',
      ),
      otherNames: labelled(optList(personNameText('another', 'leave a name not known out of the list'), CAPS.short), 'Other names', 'Other names or spellings the child is known by, including in another script.'),
      dateOfBirth: labelled(IsoDate, 'Date of birth', 'The child’s date of birth (yyyy-mm-dd); ages and the 18th birthday are computed from it.'),
      dateOfBirthEstimated: labelled(withDefault(z.boolean(), false), 'Date of birth is estimated', 'Check when there are no documents and the date of birth is an estimate; it is shown as such.'),
      aNumber: labelled(optional(ANumber), 'A-number', 'Alien registration number: A followed by 8 or 9 digits.'),
      orrCaseNumber: labelled(OptText, 'ORR case number', 'The child’s case number in ORR’s records, shown in the caption.'),
      countryOfBirth: labelled(optional(CountryCode), 'Country of birth', 'ISO 3166-1 alpha-2 code of the country where the child was born, e.g. GT; printed as its name.'),
      primaryLanguage: labelled(OptText, 'Primary language', 'The language the child speaks best.'),
      otherLanguages: labelled(optList(Text, CAPS.short), 'Other languages', 'Other languages the child speaks.'),
      disability: labelled(
        OptText,
        'Disability',
        'The child’s disability, in a few words, when the child has one as defined in 42 U.S.C. § 12102 (a physical or mental impairment that substantially limits a major life activity); a release to a sponsor then requires a home study by law.',
      ),
      currentPlacement: labelled(OptText, 'Current placement', 'Where the child is now, by type and city only (for example an ORR shelter in Houston, Texas).'),
      admittedToCustodyOn: labelled(OptDate, 'In ORR custody since', 'Date the child entered ORR custody; gives the number of days in custody.'),
    })
    .superRefine((ch, ctx) => familyNameOrWhyNone(ch, ctx, { whose: 'the child’s', answer: 'No family name: why', when: 'when the child gave a first name only or has one name only' }))
    .meta({ title: 'The child', description: 'The unaccompanied child the memo is about.' });

  const Advocate = z
    .strictObject({
      name: labelled(personNameText('the advocate’s', 'give your own full name, as you sign'), 'Name', 'The child advocate’s full name.'),
      title: labelled(OptText, 'Title', 'The advocate’s job title.'),
      organization: labelled(OptText, 'Organization', 'The advocate’s organization.'),
      appointedOn: labelled(OptDate, 'Appointed on', 'Date of appointment as child advocate (8 U.S.C. § 1232(c)(6); 45 CFR 410.1308).'),
      appointedBy: labelled(OptText, 'Appointed by', 'Who appointed the advocate (normally the Office of Refugee Resettlement).'),
    })
    .meta({ title: 'Child advocate', description: 'The independent child advocate who writes the memo.' });

  const Person = z.strictObject({
    name: labelled(personNameText('the person’s', 'give the person’s full name, or leave the person out until it is known'), 'Name', 'Full name.'),
    title: labelled(OptText, 'Title', 'Job title.'),
    organization: labelled(OptText, 'Organization', 'Organization.'),
  });

  const DecisionMaker = z
    .strictObject({
      type: labelled(
        pick(DECISION_MAKERS, L.DECISION_MAKER_LABELS),
        'Who decides',
        'orr: the Office of Refugee Resettlement; immigration-judge: an immigration judge (the next hearing date is then required); uscis; asylum-office; other.',
      ),
      name: labelled(OptText, 'Name of the decision-maker', 'The person or office that decides, when known (for example “Immigration Judge, Houston Immigration Court”).'),
    })
    .meta({ title: 'Decision-maker', description: 'Who makes the decision the memo is about.' });

  const ProposedSponsor = z
    .strictObject({
      name: labelled(personNameText('the proposed sponsor’s', 'give the name on the sponsor’s application for the child’s release'), 'Name', 'The proposed sponsor’s full name.'),
      relationship: labelled(
        pick(SPONSOR_RELATIONSHIPS, L.SPONSOR_RELATIONSHIP_LABELS),
        'Relationship to the child',
        'parent-or-legal-guardian, relative or non-relative. ORR requires a home study before releasing a child 12 or younger to a sponsor who is not a relative; the memo then says so.',
      ),
      relationshipDetail: labelled(OptText, 'Relationship in detail', 'For example “maternal aunt” or “family friend from the child’s town”.'),
    })
    .meta({ title: 'Proposed sponsor', description: 'The sponsor proposed for the child’s release.' });

  const Contact = z
    .strictObject({
      date: labelled(IsoDate, 'Date', 'Date of the contact; on or before the memo date.'),
      person: labelled(Text, 'Person', 'Who the advocate met or spoke with.'),
      role: labelled(
        pick(CONTACT_ROLES, L.CONTACT_ROLE_LABELS),
        'Role',
        'The person’s role; “child” marks a contact with the child (a memo needs at least one).',
      ),
      roleDetail: labelled(OptText, 'Role in detail', 'More about the role, for example “maternal aunt, proposed sponsor”.'),
      language: labelled(OptText, 'Language', 'Language of the conversation: the language the person spoke (with an interpreter, the one interpreted from, e.g. Mam, not the interpreter’s Spanish).'),
      mode: labelled(
        optional(pick(CONTACT_MODES, L.CONTACT_MODE_LABELS)),
        'Mode',
        'in-person, video or phone.',
      ),
      interpreter: labelled(OptText, 'Interpreter', 'Who interpreted, when someone did: a name or a service (the language is in “Language”; do not repeat it).'),
    })
    .meta({ title: 'Contact', description: 'One conversation or meeting the advocate had.' });

  const RecordReviewed = z
    .strictObject({
      description: labelled(Prose, 'Record', 'What was reviewed, for example “ORR case file, including the intake assessment”.'),
      date: labelled(OptDate, 'Date', 'Date of the record or of the review, when known.'),
    })
    .meta({ title: 'Record reviewed', description: 'A record the advocate reviewed.' });

  /** A cross-reference to a related filing (an RFA to OTIP, an OTIP letter). */
  const RelatedDocument = z
    .strictObject({
      type: labelled(
        pick(RELATED_DOCUMENT_TYPES, L.RELATED_DOCUMENT_TYPE_LABELS),
        'Type',
        'rfa: a Request for Assistance to OTIP; otip-interim-assistance-letter; otip-eligibility-letter (makes the child eligible for the Unaccompanied Refugee Minors program); other.',
      ),
      date: labelled(OptDate, 'Date', 'Date of the document.'),
      reference: labelled(OptText, 'Reference', 'Reference number or a short description.'),
    })
    .meta({ title: 'Related document', description: 'A related filing or letter, cross-referenced in the background.' });

  const PendingRelief = z
    .strictObject({
      type: labelled(
        pick(RELIEF_TYPES, L.RELIEF_TYPE_LABELS),
        'Relief',
        'asylum, special-immigrant-juvenile (SIJ), t-visa, u-visa or other (then say which in “Where it stands”).',
      ),
      filedOn: labelled(OptDate, 'Filed on', 'Date the application or petition was filed; on or before the memo date.'),
      detail: labelled(
        OptText,
        'Where it stands',
        'For example “filed with USCIS; interview not yet scheduled” or “state-court order with SIJ findings obtained”; required for other.',
      ),
    })
    .meta({ title: 'Immigration relief pending', description: 'An application or petition for immigration relief the child has filed and that is not yet decided.' });

  const Background = z
    .strictObject({
      identity: labelled(OptProse, 'Identity', 'Who the child is: age, community, languages.'),
      family: labelled(OptProse, 'Family', 'The child’s family and where they are.'),
      journey: labelled(OptProse, 'Journey', 'How the child came to the United States.'),
      custody: labelled(OptProse, 'Time in custody', 'The child’s time in ORR custody.'),
      traffickingConcerns: labelled(OptProse, 'Trafficking concerns', 'Indicators of trafficking; when a release to a sponsor is decided or recommended, the memo then states that a home study is required by law.'),
      relatedDocuments: labelled(optList(RelatedDocument, CAPS.items), 'Related documents', 'RFA and OTIP letters about the child.'),
    })
    .meta({ title: 'Background', description: 'The child’s background, in short paragraphs.' });

  /** The child's words, with the original when the child spoke another language. */
  const Quote = z
    .strictObject({
      text: labelled(Prose, 'In English', 'The child’s words (in English).'),
      original: labelled(OptProse, 'Original', 'The words as the child said them, when in another language.'),
      language: labelled(OptText, 'Language', 'The language the child spoke; without the original, the memo says the English is translated from it.'),
      through: labelled(
        OptText,
        'Through (relay interpreting)',
        'When a relay interpreter translated, the language in between, for example Spanish for Mam to Spanish to English; the memo says so.',
      ),
    })
    .meta({ title: 'The child’s words', description: 'A quotation of the child.' });

  const { Factor, Factors } = buildFactors();

  const ParentWishes = z
    .strictObject({
      person: labelled(Text, 'Name', 'The parent or legal guardian.'),
      relationship: labelled(Text, 'Relationship', 'mother, father, legal guardian…'),
      wishes: labelled(OptProse, 'Wishes', 'What the parent or guardian wants for the child; required unless the parent has died.'),
      parentImplicated: labelled(
        withDefault(z.boolean(), false),
        'Implicated in the trafficking',
        'Check when this parent is implicated in the trafficking: the wishes are recorded but not relied on.',
      ),
      // A parent who has died has no wishes to record, and the memo must not read as if the
      // advocate failed to ask ("not recorded"): the entry says "Deceased." under the name.
      deceased: labelled(withDefault(z.boolean(), false), 'Deceased', 'Check when this parent has died: the memo says so; wishes expressed before death may still be given.'),
    })
    .refine((p) => p.deceased || p.wishes !== null, {
      error: 'must say what the parent or guardian wants for the child, or mark the parent deceased',
      path: ['wishes'],
      params: { code: 'invalid-type' },
    })
    .meta({ title: 'Wishes of a parent or legal guardian', description: 'One parent’s or guardian’s wishes (45 CFR 410.1001).' });

  const Divergence = z
    .strictObject({
      diverges: labelled(z.boolean(), 'Recommendation departs from the child’s wishes', 'Check when the recommendation differs from what the child wants.'),
      explanation: labelled(OptProse, 'Explanation', 'Why the recommendation departs from, or agrees with, the child’s wishes; required when it departs.'),
      // Part 7 said "consistent with the child's expressed wishes" for every recommendation that
      // does not depart from them, the child's second choice too; it now says so only of the first.
      childsChoice: labelled(
        optional(pick(CHILDS_CHOICES, L.CHILDS_CHOICE_LABELS)),
        'Which of the child’s wishes it is',
        'first: the outcome recommended is what the child wants most; other: one the child named, not the first choice. Absent: Part 7 says only that the recommendation does not depart from the wishes.',
      ),
    })
    .refine((d) => !d.diverges || d.explanation !== null, {
      error: 'must explain why the recommendation departs from the child’s expressed wishes',
      path: ['explanation'],
      params: { code: 'divergence-unexplained' },
    })
    .refine((d) => !(d.diverges && d.childsChoice === 'first'), {
      error: 'says the recommendation is the child’s first choice, and divergence.diverges that it departs from the child’s wishes: one of the two is wrong',
      path: ['childsChoice'],
      params: { code: 'divergence-contradicts-choice' },
    })
    .meta({ title: 'Best interests and expressed wishes', description: 'Where the advocate’s view and the child’s wishes diverge, and why.' });

  const WHOLE = 'must be a whole number: 1, 2, …';
  const Alternative = z
    .strictObject({
      option: labelled(
        pick(ALTERNATIVE_OPTIONS, L.ALTERNATIVE_OPTION_LABELS),
        'Option',
        'The placement or option weighed; unaccompanied-refugee-minors is the URM program, open to a child with an OTIP Eligibility Letter; restrictive-placement is a secure facility, a residential treatment center or a heightened supervision (staff-secure) facility.',
      ),
      description: labelled(OptProse, 'Description', 'The option in this case, for example “release to her maternal aunt in Houston”.'),
      // Rules in sponsors.ts: one of the proposed sponsors, by name, on a release only.
      sponsor: labelled(
        OptText,
        'Sponsor',
        'For a release to a sponsor: the name of the proposed sponsor it is to, as given in Proposed sponsors. The table and the home-study paragraph then say which release is to whom.',
      ),
      recommended: labelled(z.boolean({ error: 'must be true or false' }), 'Recommended', 'Check for the option the advocate recommends.'),
      // Rules in alternatives.ts: two placements cannot both happen.
      preference: labelled(
        optional(z.number({ error: WHOLE }).int({ error: WHOLE }).min(1, { error: WHOLE })),
        'Order of preference',
        'Recommended options only: 1 for the first choice, 2 for the one in the alternative… Required when two placements are recommended.',
      ),
      reason: labelled(Prose, 'Why', 'Why the option was or was not recommended.'),
    })
    .meta({ title: 'Alternative considered', description: 'A placement or option the advocate weighed.' });

  const Recommendation = z
    .strictObject({
      text: labelled(Prose, 'Recommendation', 'One recommendation, tied to the decision.'),
      conditions: labelled(optList(Text, CAPS.items), 'Conditions', 'The advocate’s conditions on the recommendation (a home study the law requires is stated by the memo itself).'),
    })
    .meta({ title: 'Recommendation', description: 'A numbered recommendation.' });

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

  return { Child, Advocate, Person, DecisionMaker, ProposedSponsor, PendingRelief, Contact, RecordReviewed, RelatedDocument, Background, Quote, Factor, Factors, ParentWishes, Divergence, Alternative, Recommendation, BestInterestsMemoCase };
}

export const bestInterestsSchemas = lazySchemas('best-interests-memo', build);

type Schemas = ReturnType<typeof build>;
export type Child = z.infer<Schemas['Child']>;
export type Advocate = z.infer<Schemas['Advocate']>;
export type Person = z.infer<Schemas['Person']>;
export type DecisionMaker = z.infer<Schemas['DecisionMaker']>;
export type Contact = z.infer<Schemas['Contact']>;
export type PendingRelief = z.infer<Schemas['PendingRelief']>;
export type ParentWishes = z.infer<Schemas['ParentWishes']>;
export type Alternative = z.infer<Schemas['Alternative']>;
export type BestInterestsMemoCase = z.infer<Schemas['BestInterestsMemoCase']>;
