// The codes a best-interests memo's fields choose from (docs/domain/best-interests-memo.md): plain
// constants, read by compute.ts, view.ts and labels.ts without building any schema, and `pick`, the
// choice of codes with their labels that the schema modules build from them. Split from schema.ts
// (one module per concept: these codes; the case's people, schema-people.ts; its sources,
// schema-sources.ts; the child's and parents' wishes, schema-wishes.ts; the options weighed and the
// recommendations, schema-recommendations.ts; the factors, factors.ts; the whole case, schema.ts).
import { choice, type EnumLabels } from '../kit/index.js';

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

/**
 * The kinds of another proceeding the child is in, besides the decision the memo is for (domain
 * file, "Other proceedings"): removal proceedings in immigration court (8 U.S.C. § 1229a), a state
 * court's dependency case, a custody or guardianship case (the state-court order an SIJ petition
 * rests on, 8 U.S.C. § 1101(a)(27)(J)), a delinquency case, a criminal case in which the child is a
 * victim or witness, or another named in its court.
 */
export const PROCEEDING_TYPES = ['immigration-court', 'dependency', 'custody-or-guardianship', 'delinquency', 'criminal', 'other'] as const;
export type ProceedingType = (typeof PROCEEDING_TYPES)[number];

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

/** A choice of codes with their labels; a wrong value is told the labels and the codes (kit/choice.ts). */
export const pick = <const T extends readonly [string, ...string[]]>(values: T, labels: EnumLabels<T[number]>) => choice(values, labels);
