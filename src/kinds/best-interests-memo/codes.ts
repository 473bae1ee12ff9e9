// The issue codes of the best-interests memo (beyond the kit's common codes), documented in
// docs/domain/best-interests-memo.md.
import { defineCodes, type KindIssue } from '../kit/codes.js';

export const CODES = defineCodes({
  'family-name-or-why-none': { level: 'error', rule: 'neither the child’s family name nor why none is given (not yet known, or the child has one name only), or both are' },
  'no-contact-with-child': { level: 'error', rule: 'the memo needs at least one contact with the child' },
  'date-after-document-date': { level: 'error', rule: 'the date of birth, a contact, the admission, the appointment, a record reviewed, a related document, a quotation of the child or a pending application’s filing is after the memo date' },
  'date-before-birth': { level: 'error', rule: 'the admission to custody or a contact is before the child’s birth' },
  'child-not-a-minor': { level: 'error', rule: '18 or older on the memo date (6 U.S.C. § 279(g)(2))' },
  'divergence-unexplained': { level: 'error', rule: 'the recommendation departs from the child’s wishes without an explanation' },
  'divergence-contradicts-choice': { level: 'error', rule: 'the recommendation is said to depart from the child’s wishes and to be the child’s first choice (`divergence.childsChoice`)' },
  'factor-not-addressed': { level: 'error', rule: 'one of the ten factors is left out' },
  'not-applicable-needs-reason': { level: 'error', rule: 'a factor marked not applicable needs a reason' },
  'factor-form': { level: 'error', rule: 'a factor is both analysed and not applicable, or gives its reason twice' },
  'hearing-date-required': { level: 'error', rule: 'an immigration judge decides and nextHearingOn is not given' },
  'hearing-before-memo-date': { level: 'error', rule: 'nextHearingOn is before the memo date: it is not the next hearing' },
  'decision-before-memo-date': { level: 'error', rule: 'decisionExpectedOn is before the memo date: the decision the memo is for is still to come' },
  'addressee-not-decision-maker': { level: 'warning', rule: 'the memo is addressed (recipient) to an office that does not decide (decisionMaker), or only to a role that never decides (a case manager, the shelter’s staff, a clinician, the child’s attorney), or the decision-maker’s name names another office than its type' },
  'turns-18-soon': { level: 'warning', rule: 'the child turns 18 within 90 days of the memo date' },
  'decision-after-18': { level: 'warning', rule: 'the next hearing or the expected decision is on or after the child’s 18th birthday, when ORR custody ends (6 U.S.C. § 279(g)(2))' },
  'placement-preference': { level: 'error', rule: 'two or more placements are recommended without a distinct order of preference (1, 2, …) on each, or a preference is given to an option not recommended' },
  'divergence-not-stated': { level: 'warning', rule: 'the memo does not say whether its recommendations depart from the child’s expressed wishes (`divergence`)' },
  'no-alternative-recommended': { level: 'warning', rule: 'no alternative weighed is marked recommended' },
  'other-not-described': { level: 'error', rule: 'a decision-maker, related document, alternative or pending relief of type other does not say what it is' },
  'decision-not-weighed': { level: 'warning', rule: 'the decision is a release to a sponsor or voluntary departure or repatriation, and no alternative is that option' },
  'family-factor-not-applicable': { level: 'warning', rule: 'the family factor is marked not applicable while the wishes of a parent or legal guardian are recorded under it' },
  'disability-factor-not-applicable': { level: 'warning', rule: 'the individualized-needs factor is marked not applicable while the child’s disability is given' },
  'quote-language-not-given': { level: 'warning', rule: 'a quotation of the child gives neither its language nor its original, and the child’s primary language is not English' },
  'interview-language-not-given': { level: 'warning', rule: 'a conversation with the child through an interpreter, or with a child whose primary language is not English, does not say which language the child spoke' },
  'language-not-the-childs': { level: 'warning', rule: 'a conversation with the child or a quotation of the child is in a language the Background does not list among the child’s languages' },
  'urm-not-considered': { level: 'warning', rule: 'the child has an OTIP Eligibility Letter and no alternative is the Unaccompanied Refugee Minors program' },
  'home-study-is-required': { level: 'warning', rule: 'a recommendation lists a home study among the advocate’s conditions, where the law or ORR already requires it' },
  'alternative-sponsor': { level: 'error', rule: 'an alternative names a sponsor that is none of the proposed sponsors, or names one on an option that is not a release to a sponsor' },
  'alternatives-alike': { level: 'warning', rule: 'two alternatives print the same option (two releases to a sponsor with neither sponsor nor description), so the table does not say which is which' },
  'proposed-sponsor-not-given': { level: 'warning', rule: 'a release to a sponsor is at stake for a child 12 or younger, the proposed sponsor is not given, and no other ground requires a home study: ORR’s for a non-relative sponsor cannot be told' },
  'recommendation-names-sponsor-not-recommended': { level: 'warning', rule: 'a recommendation names a proposed sponsor whose release the alternatives weigh and mark not recommended' },
  'release-to-implicated-parent': { level: 'warning', rule: 'a recommended release to a sponsor, or a recommendation’s or a recommended alternative’s words, is a release or return to a parent the memo records as implicated in the trafficking (parentsWishes[].parentImplicated), by name or by relation' },
  'stated-age-differs': { level: 'warning', rule: 'the memo’s prose says the child is an age other than the age on the memo date computed from the date of birth' },
  'no-records-reviewed': { level: 'warning', rule: 'the memo lists no record the advocate reviewed: a recommendation resting on conversations alone is weak before the decision-maker' },
});
export type MemoCode = keyof typeof CODES;
export type MemoIssue = KindIssue<MemoCode>;
