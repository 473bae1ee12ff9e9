// Stage 2 for the best-interests memo: ages and day counts on the memo date, and the rules of
// docs/domain/best-interests-memo.md ("Computed values"). Pure: no clock, no I/O.
import type { ComputeResult } from '../kind.js';
import { ageOn, anniversary, calendarDate, countedAlike, daysBetween, formatIsoDate } from '../kit/index.js';
import { addresseeIssues } from './addressee.js';
import { alikeIssues, departureWhileReliefPendingIssues, preferenceIssues, returnAgainstSijIssues } from './alternatives.js';
import { childLanguageIssues } from './child-language.js';
import { dateAgreementIssues } from './dates-agree.js';
import { homeStudyConditionIssues, homeStudyGrounds, proposedSponsorIssue, type HomeStudyGround } from './home-study.js';
import { implicatedParentIssues } from './implicated-parent.js';
import { otherProceedingIssues } from './other-proceedings.js';
import { statedAgeIssues } from './stated-age.js';
import { alternativeSponsorIssues, recommendationSponsorIssues } from './sponsors.js';
import type { MemoCode, MemoIssue } from './codes.js';
import type { BestInterestsMemoCase } from './schema.js';

/** Warn when the 18th birthday is this many days after the memo date, or fewer. */
export const TURNS_18_WARNING_DAYS = 90;

export interface BestInterestsComputed {
  /** Whole years on `preparedOn`. */
  ageAtMemo: number;
  /** ISO date of the 18th birthday (29 February births: 1 March in a common year; src/domain/calendar.ts). */
  eighteenthBirthday: string;
  /** Days from `preparedOn` to the 18th birthday (ORR custody ends at 18). */
  daysUntil18: number;
  /**
   * The date of birth is an estimate (`child.dateOfBirthEstimated`), so `ageAtMemo`,
   * `eighteenthBirthday` and `daysUntil18` are estimates too: every output that prints them says so.
   */
  dateOfBirthEstimated: boolean;
  /** Days from admission to ORR custody to `preparedOn`; null without an admission date. */
  daysInCustody: number | null;
  /** Number of contacts with the child himself or herself (role "child"). */
  contactsWithChild: number;
  /** Number of contacts with anyone else (parents, sponsor, professionals). */
  contactsWithOthers: number;
  /**
   * A home study is required before release: a release to a sponsor is at stake (the decision is
   * one, or the advocate recommends one) and the case shows a ground for it (`homeStudyGrounds`).
   *
   * Derivable (`homeStudyGrounds.length > 0`) and kept on purpose: it is published, a contract
   * field of `check`'s result (docs/domain/best-interests-memo.md, "Contract fields") that scripts,
   * a batch's consumers and older clients read as the one yes-or-no answer, and it came before the
   * grounds did; dropping it would break them for no gain. It is set from the grounds in one place
   * (compute(), below) and nowhere else, so the two cannot disagree.
   */
  homeStudyRequired: boolean;
  /**
   * Why (home-study.ts): `trafficking` and `disability` (8 U.S.C. § 1232(c)(3)(B); 45 CFR
   * 410.1204(a)) and `non-relative-sponsor` (a child 12 or younger and a sponsor not related to the child; ORR
   * Policy Guide, section 2.4.2). Empty when none is required.
   */
  homeStudyGrounds: HomeStudyGround[];
}

/** The dates of the decision a memo may give, each checked against the 18th birthday. */
const DECISION_DATES = ['nextHearingOn', 'decisionExpectedOn'] as const;
export type DecisionDateField = (typeof DECISION_DATES)[number];

/** What each decision date is, in a message ("the next hearing is …"). */
export const DECISION_DATE_NAMES: Record<DecisionDateField, string> = {
  nextHearingOn: 'the next hearing',
  decisionExpectedOn: 'the date by which the decision is expected',
};

/** The `decision-after-18` message: day counts only, never the case's dates (docs/architecture.md §Errors). */
function decisionAfter18Message(field: DecisionDateField, daysAfter: number, estimated: boolean): string {
  // A count of days in words under ten, as every count in the memo's messages (docs/fields.md, "Formatting").
  const when = daysAfter === 0 ? 'on the child’s 18th birthday' : `${countedAlike([daysAfter]).counted(daysAfter, 'day')} after the child’s 18th birthday`;
  return (
    `${DECISION_DATE_NAMES[field]} is ${when}${estimated ? ' (from an estimated date of birth)' : ''}: ORR’s custody ends at 18 (6 U.S.C. § 279(g)(2)), ` +
    'so the recommendation may be moot by then; say in the memo what happens at 18, or ask for an earlier decision'
  );
}

/**
 * The optional dates of the case that are in the past of the memo, with their paths: the
 * advocate's appointment, each record reviewed, each related document, each quotation of the
 * child and each pending application's filing (the date of birth, the
 * admission and the contacts have rules of their own in compute()).
 */
function pastDates(c: BestInterestsMemoCase): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (c.advocate.appointedOn !== null) out.push(['advocate.appointedOn', c.advocate.appointedOn]);
  c.recordsReviewed.forEach((r, i) => {
    if (r.date !== null) out.push([`recordsReviewed.${i}.date`, r.date]);
  });
  c.background.relatedDocuments.forEach((d, i) => {
    if (d.date !== null) out.push([`background.relatedDocuments.${i}.date`, d.date]);
  });
  // The child's words were said before the memo that quotes them.
  c.childsWords.forEach((q, i) => {
    if (q.saidOn !== null) out.push([`childsWords.${i}.saidOn`, q.saidOn]);
  });
  // A pending application was filed before the memo that reports it.
  c.pendingRelief.forEach((r, i) => {
    if (r.filedOn !== null) out.push([`pendingRelief.${i}.filedOn`, r.filedOn]);
  });
  // A sibling is born before the memo that gives the sibling's age (and may be older than the child).
  c.siblings.forEach((s, i) => {
    if (s.dateOfBirth !== null) out.push([`siblings.${i}.dateOfBirth`, s.dateOfBirth]);
  });
  return out;
}

/**
 * Every choice "other" the memo prints as the thing itself, with the field that says what it is:
 * the decision-maker (`name`), an alternative (`description`) and a related document
 * (`reference`). Without it the memo printed "Decision by: Not stated", an option "Other" in the
 * table of alternatives, or a bare "Related document", which tell the decision-maker nothing. (A
 * contact of role "other" is named by its person, so its role may stay "Other".)
 */
function undescribedOthers(c: BestInterestsMemoCase): MemoIssue[] {
  const issues: MemoIssue[] = [];
  const need = (path: string, what: string) =>
    issues.push({ path, code: 'other-not-described', message: `must say ${what}: the choice is "other", and "Other" alone tells the reader nothing` });
  if (c.decisionMaker.type === 'other' && c.decisionMaker.name === null) need('decisionMaker.name', 'who decides');
  c.background.relatedDocuments.forEach((d, i) => {
    if (d.type === 'other' && d.reference === null) need(`background.relatedDocuments.${i}.reference`, 'what the document is');
  });
  c.alternatives.forEach((a, i) => {
    if (a.option === 'other' && a.description === null) need(`alternatives.${i}.description`, 'what the option is');
  });
  c.pendingRelief.forEach((r, i) => {
    if (r.type === 'other' && r.detail === null) need(`pendingRelief.${i}.detail`, 'what relief is pending');
  });
  return issues;
}

/** The option a decision of each kind is about, when the decision is itself one of the options. */
const DECISION_OPTIONS: Record<BestInterestsMemoCase['decisionType'], BestInterestsMemoCase['alternatives'][number]['option'] | null> = {
  'release-to-sponsor': 'release-to-sponsor',
  'voluntary-departure-or-repatriation': 'voluntary-departure-or-repatriation',
  'placement-or-transfer': null, // any of several placements
  'legal-relief': null,
  'planning-for-18': null,
  other: null,
};

export function compute(c: BestInterestsMemoCase): ComputeResult<BestInterestsComputed, MemoCode> {
  const warnings: MemoIssue[] = [];
  const errors: MemoIssue[] = [];
  // ISO yyyy-mm-dd strings compare in date order; arithmetic is on the one calendar.
  const memo = c.preparedOn;
  const dob = c.child.dateOfBirth;
  const memoDate = calendarDate(memo);
  const birth = calendarDate(dob);

  const ageAtMemo = ageOn(birth, memoDate);
  const eighteenth = anniversary(birth, 18);
  const eighteenthBirthday = formatIsoDate(eighteenth);
  const daysUntil18 = daysBetween(memoDate, eighteenth);

  if (dob > memo) {
    errors.push({ path: 'child.dateOfBirth', code: 'date-after-document-date', message: 'must be on or before the memo date (preparedOn)' });
  } else if (ageAtMemo >= 18) {
    // An unaccompanied child "has not attained 18 years of age" (6 U.S.C. § 279(g)(2)(B)); ORR
    // custody ends at 18 (domain file), so there is no child whose best interests to recommend on.
    errors.push({
      path: 'child.dateOfBirth',
      code: 'child-not-a-minor',
      // Computed from the date of birth: an estimate when it is one, and the message says so (domain
      // file: every output computed from an estimated date of birth says it is an estimate).
      message: `the child is 18 or older on the memo date${c.child.dateOfBirthEstimated ? ' (from an estimated date of birth)' : ''}; a best-interests memo is only for a child under 18`,
    });
  } else if (daysUntil18 <= TURNS_18_WARNING_DAYS) {
    // Domain file: ORR custody ends at 18 and the URM program must be entered before 18, so the
    // decision-maker must see how little time is left.
    const days18 = countedAlike([TURNS_18_WARNING_DAYS, daysUntil18]);
    warnings.push({
      path: 'child.dateOfBirth',
      code: 'turns-18-soon',
      // Both counts of days alike: all figures while the bound is 90 ("within 90 days … (in 5 days)").
      message: `the child turns 18 within ${days18.counted(TURNS_18_WARNING_DAYS, 'day')} of the memo date (in ${days18.counted(daysUntil18, 'day')}${c.child.dateOfBirthEstimated ? ', from an estimated date of birth' : ''}); plan for the 18th birthday`,
    });
  }

  // ORR's custody of an unaccompanied child ends at 18 (6 U.S.C. § 279(g)(2): an unaccompanied
  // alien child "has not attained 18 years of age"). A hearing or decision on or after the 18th
  // birthday may find no child in ORR's custody to decide about, so the recommendation may be moot:
  // the advocate must see it and say what happens at 18 (domain file, "The decision, its maker and
  // its date"). Only for a minor with a valid date: an adult is refused above, and a hearing before
  // the memo date below.
  if (dob <= memo && ageAtMemo < 18) {
    // The prose's "Lucía is 15" against the age the Background prints (stated-age.ts).
    warnings.push(...statedAgeIssues(c, ageAtMemo, c.child.dateOfBirthEstimated));
    for (const field of DECISION_DATES) {
      const on = c[field];
      if (on === null || on < memo || on < eighteenthBirthday) continue;
      const after = daysBetween(eighteenth, calendarDate(on));
      warnings.push({ path: field, code: 'decision-after-18', message: decisionAfter18Message(field, after, c.child.dateOfBirthEstimated) });
    }
  }

  // Domain file: a memo needs at least one contact with the child.
  const contactsWithChild = c.contacts.filter((k) => k.role === 'child').length;
  if (contactsWithChild === 0) {
    errors.push({
      path: 'contacts',
      code: 'no-contact-with-child',
      message: 'must include at least one contact with the child (role "child"); a best-interests memo needs the advocate to have met or spoken with the child',
    });
  }
  // Domain file: sources are what the advocate consulted before writing, about a child already
  // born; a later contact, or one before the child's birth, is an error.
  c.contacts.forEach((k, i) => {
    if (k.date > memo) {
      errors.push({ path: `contacts.${i}.date`, code: 'date-after-document-date', message: 'must be on or before the memo date (preparedOn)' });
    } else if (k.date < dob && dob <= memo) {
      // (a date of birth after the memo date is the error already: not measured against again)
      errors.push({ path: `contacts.${i}.date`, code: 'date-before-birth', message: 'must be on or after the child’s date of birth: a contact is about this child' });
    }
  });
  // Domain file: the next hearing and the expected decision are the only dates a memo may give
  // after its own date. The appointment, the records reviewed and the related letters are past
  // when the memo is written: a later date is a typing error the memo would print as fact.
  // And each, but a record reviewed, is about this child: not before the birth (a record may be
  // older than the child, a parent's file). A date of birth after the memo date is its own error.
  for (const [path, on] of pastDates(c)) {
    if (on > memo) errors.push({ path, code: 'date-after-document-date', message: 'must be on or before the memo date (preparedOn)' });
    else if (on < dob && dob <= memo && !path.startsWith('recordsReviewed.') && !path.startsWith('siblings.')) {
      errors.push({ path, code: 'date-before-birth', message: 'must be on or after the child’s date of birth: it is about this child' });
    }
  }

  let daysInCustody: number | null = null;
  const admitted = c.child.admittedToCustodyOn;
  if (admitted !== null) {
    if (admitted > memo) {
      errors.push({ path: 'child.admittedToCustodyOn', code: 'date-after-document-date', message: 'must be on or before the memo date (preparedOn)' });
    } else if (admitted < dob) {
      errors.push({ path: 'child.admittedToCustodyOn', code: 'date-before-birth', message: 'must be on or after the child’s date of birth' });
    } else {
      daysInCustody = daysBetween(calendarDate(admitted), memoDate);
    }
  }

  // Domain file, "The decision, its maker and its date": an immigration judge decides at a hearing,
  // and the decision-maker must see when; a "next" hearing cannot be before the memo.
  if (c.decisionMaker.type === 'immigration-judge' && c.nextHearingOn === null) {
    errors.push({
      path: 'nextHearingOn',
      code: 'hearing-date-required',
      message: 'is required when an immigration judge decides: give the date of the next hearing',
    });
  } else if (c.nextHearingOn !== null && c.nextHearingOn < memo) {
    errors.push({ path: 'nextHearingOn', code: 'hearing-before-memo-date', message: 'must be on or after the memo date (preparedOn): it is the next hearing' });
  }
  // The same for the date the decision is expected: the memo is written for a decision still to
  // come, and the caption prints "decision expected by" that date.
  if (c.decisionExpectedOn !== null && c.decisionExpectedOn < memo) {
    errors.push({
      path: 'decisionExpectedOn',
      code: 'decision-before-memo-date',
      message: 'must be on or after the memo date (preparedOn): it is when the decision the memo is for is expected; leave it out if that date has passed and no new one is known',
    });
  }

  // The other proceedings' own dates, and one that repeats the memo's decision (other-proceedings.ts).
  const proceedings = otherProceedingIssues(c);
  errors.push(...proceedings.errors);
  warnings.push(...proceedings.warnings);
  // A return recommended against the finding a pending SIJ petition stands on (alternatives.ts).
  warnings.push(...returnAgainstSijIssues(c));
  // A return recommended while asylum, a T visa or other relief is pending, which it would end (alternatives.ts).
  warnings.push(...departureWhileReliefPendingIssues(c));
  // Dates that contradict each other: a decision expected before the hearing it comes from, a
  // letter before the request it answers (dates-agree.ts).
  warnings.push(...dateAgreementIssues(c));
  // The memo goes to who decides: a "To:" line or a decision-maker's name naming another office
  // (an ORR Federal Field Specialist above an immigration judge's decision) is warned (addressee.ts).
  warnings.push(...addresseeIssues(c));
  // Two placements cannot both happen: when more than one is recommended, which is the first choice
  // (alternatives.ts; domain file, "Alternatives considered").
  errors.push(...preferenceIssues(c.alternatives));
  errors.push(...undescribedOthers(c));
  // Which release is to whom: a named sponsor is a proposed one; rows that read alike are told
  // apart (sponsors.ts, alternatives.ts; domain file, "A release to which sponsor").
  errors.push(...alternativeSponsorIssues(c));
  warnings.push(...alikeIssues(c));
  // A recommendation that asks for a release the table marks "No" contradicts the table (sponsors.ts).
  warnings.push(...recommendationSponsorIssues(c));
  // A recommended release to a parent recorded as implicated in the trafficking (sponsors.ts).
  warnings.push(...implicatedParentIssues(c));
  // A decision that is itself one of the options (a release to a sponsor, voluntary departure or
  // repatriation) is weighed among the alternatives: a memo on that decision whose table leaves the
  // option out does not say whether the advocate recommends it (domain file, "Alternatives considered").
  const decided = DECISION_OPTIONS[c.decisionType];
  if (decided !== null && !c.alternatives.some((a) => a.option === decided)) {
    warnings.push({
      path: 'alternatives',
      code: 'decision-not-weighed',
      message: `the decision is of kind ${c.decisionType}, but no alternative is that option (${decided}): list it among the alternatives and say whether it is recommended`,
    });
  }
  // The weighing ends in an option (Framework (2016): identify the options, weigh them, recommend
  // one; domain file, "Alternatives considered"): a table of options all marked "No" above numbered
  // recommendations reads as a memo that recommends nothing it weighed.
  if (!c.alternatives.some((a) => a.recommended)) {
    warnings.push({
      path: 'alternatives',
      code: 'no-alternative-recommended',
      message:
        'no alternative is recommended: mark the option the recommendations choose as recommended, or list it among the alternatives with why it is the one recommended',
    });
  }

  // The memo says where the advocate's view and the child's wishes diverge, and why (domain file,
  // "Sections", item 8): only the advocate can say whether they do. Without `divergence` Part 7
  // printed "The advocate has not identified any divergence", a finding the advocate never made,
  // above a shelter recommended to a child who asked to live with a family.
  if (c.divergence === null) {
    warnings.push({
      path: 'divergence',
      code: 'divergence-not-stated',
      message:
        'is not given: the memo does not say whether the recommendations depart from the child’s expressed wishes (Part 7); set divergence.diverges to true with the reasons, or to false',
    });
  }

  // 45 CFR 410.1001 counts the wishes of the parents or legal guardians among the best-interest
  // factors, and the memo prints them under the family factor: a factor marked "not applicable"
  // above the wishes it then lists contradicts itself on the page.
  // The same of the siblings who live elsewhere, which the memo prints under that factor too
  // (45 CFR 410.1001: "the intimacy of relationships with family (parents, siblings …)").
  const recorded = [
    c.parentsWishes.some((p) => p.wishes !== null) ? 'the wishes of a parent or legal guardian' : null,
    c.siblings.length > 0 ? 'siblings who do not live with the child' : null,
  ].filter((x): x is string => x !== null);
  if (c.factors.familyIntegrity.notApplicable !== null && recorded.length > 0) {
    warnings.push({
      path: 'factors.familyIntegrity',
      code: 'family-factor-not-applicable',
      message: `is marked not applicable, but ${recorded.join(' and ')} are recorded, and the memo prints them under this factor (45 CFR 410.1001 lists relationships with parents and siblings, and the parents’ wishes, among the factors): analyse the factor instead`,
    });
  }

  // 45 CFR 410.1001 counts "individualized needs, including any needs related to a disability"
  // among the factors: the factor marked "not applicable" under a Background that gives the child's
  // disability (and a home study required for it) contradicts itself on the page.
  if (c.child.disability !== null && c.factors.individualNeeds.notApplicable !== null) {
    warnings.push({
      path: 'factors.individualNeeds',
      code: 'disability-factor-not-applicable',
      message:
        'is marked not applicable, but the child’s disability is given (child.disability), and this factor covers any needs related to a disability (45 CFR 410.1001): analyse the factor instead',
    });
  }

  // A memo that reviewed no record rests on conversations alone, and the decision-maker (an
  // immigration judge, ORR) weighs a recommendation by what it was drawn from. The empty list is
  // the advocate's statement on the page (template 2.9.0), so only a warning: it says what to add.
  if (c.recordsReviewed.length === 0) {
    warnings.push({
      path: 'recordsReviewed',
      code: 'no-records-reviewed',
      message:
        'no record reviewed is listed, and the memo will say “The advocate reviewed no records for this memo.”: add each record read for it, with its date (the ORR case file, a home study, school, medical or mental-health records, the immigration court file); leave the list empty only if the advocate reviewed none',
    });
  }

  // The languages the memo says the child spoke, in conversation and in quotations (child-language.ts).
  warnings.push(...childLanguageIssues(c));

  // 22 U.S.C. § 7105(b)(1)(A): a child with an Eligibility Letter is eligible for benefits as a
  // refugee is, the Unaccompanied Refugee Minors program included; the memo must show it was weighed.
  const eligibilityLetter = c.background.relatedDocuments.some((d) => d.type === 'otip-eligibility-letter');
  if (eligibilityLetter && !c.alternatives.some((a) => a.option === 'unaccompanied-refugee-minors')) {
    warnings.push({
      path: 'alternatives',
      code: 'urm-not-considered',
      message:
        'the child has an OTIP Eligibility Letter, which makes the child eligible for the Unaccompanied Refugee Minors program; list that program among the alternatives and say why it is or is not recommended',
    });
  }

  // 8 U.S.C. § 1232(c)(3)(B); 45 CFR 410.1204(a): "A home study shall be conducted for a child who
  // is a victim of a severe form of trafficking in persons" before release to a sponsor; ORR Policy
  // Guide, section 2.4.2: ORR requires one for a child 12 or younger released to a non-relative
  // sponsor. The memo states each as a requirement whenever a release is at stake (decided or
  // recommended); an advocate's condition saying the same reads as if it could be waived
  // (home-study.ts). Only for a valid date of birth: an age from a later one means nothing.
  const age = dob <= memo ? ageAtMemo : Number.POSITIVE_INFINITY;
  const grounds = homeStudyGrounds(c, age);
  const sponsorIssue = proposedSponsorIssue(c, age, grounds);
  if (sponsorIssue !== null) warnings.push(sponsorIssue);
  warnings.push(...homeStudyConditionIssues(c, grounds));

  return {
    computed: {
      ageAtMemo,
      eighteenthBirthday,
      daysUntil18,
      dateOfBirthEstimated: c.child.dateOfBirthEstimated,
      daysInCustody,
      contactsWithChild,
      contactsWithOthers: c.contacts.length - contactsWithChild,
      homeStudyRequired: grounds.length > 0, // derived, published (see the interface)
      homeStudyGrounds: grounds,
    },
    warnings,
    errors,
  };
}
