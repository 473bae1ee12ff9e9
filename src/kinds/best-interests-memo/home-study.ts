// The home study before a release to a sponsor (docs/domain/best-interests-memo-home-study.md): on
// which grounds the case shows one is required, the warnings when the case cannot tell or says it
// as a condition, and the paragraphs the memo prints. Pure; compute.ts and view.ts call it.
import { entriesInSentence } from '../kit/index.js';
import { hasRanking, ordinal } from './alternatives.js';
import type { MemoIssue } from './codes.js';
import type { BestInterestsMemoCase } from './schema.js';
import { names, proposedSponsors, SPONSOR_WORDS, sponsorOf, type Sponsor } from './sponsors.js';

/**
 * Why a home study is required before the release, each with its authority:
 * - `trafficking`: the child is a victim of a severe form of trafficking in persons (8 U.S.C.
 *   § 1232(c)(3)(B); 45 CFR 410.1204(a)): a requirement of law.
 * - `disability`: "a special needs child with a disability (as defined in section 12102 of title
 *   42)" (the same paragraph of § 1232(c)(3)(B)): a requirement of law.
 * - `non-relative-sponsor`: the child is 12 or younger and the proposed sponsor is not related to
 *   the child (ORR Unaccompanied Children Program Policy Guide, section 2.4.2): ORR's own
 *   requirement, which the statute leaves to ORR ("shall determine whether a home study is first
 *   necessary", § 1232(c)(3)(B)).
 */
export type HomeStudyGround = 'trafficking' | 'disability' | 'non-relative-sponsor';

/** The grounds the statute makes mandatory (the rest are ORR's policy). */
const BY_LAW: ReadonlySet<HomeStudyGround> = new Set(['trafficking', 'disability']);

/** ORR's home study for a non-relative sponsor applies to a child of this age or younger (years). */
export const NON_RELATIVE_SPONSOR_MAX_AGE = 12;

/** The case shows that the child is a victim of trafficking: an OTIP letter, or concerns recorded. */
export function traffickingShown(c: BestInterestsMemoCase): boolean {
  return (
    c.background.traffickingConcerns !== null ||
    c.background.relatedDocuments.some((d) => d.type === 'otip-eligibility-letter' || d.type === 'otip-interim-assistance-letter')
  );
}

/**
 * A release to a sponsor is at stake: the decision is one (`decisionType`), or the advocate
 * recommends one among the alternatives, whatever the decision is called. The home study of
 * 8 U.S.C. § 1232(c)(3)(B) follows the release, not the label of the decision: a placement
 * decision whose recommended outcome is a release needs it just the same.
 */
export function releaseToSponsorAtStake(c: BestInterestsMemoCase): boolean {
  return c.decisionType === 'release-to-sponsor' || c.alternatives.some((a) => a.recommended && a.option === 'release-to-sponsor');
}

/**
 * The grounds on which the case shows a home study is required before the release, in the order
 * the memo states them (the law's first); empty when no release is at stake. `ageAtMemo` is the
 * child's age in whole years on the memo date: the release comes later, so a child of 12 then may
 * be 13 at release, which the memo's sentence ("on the date of this memo") leaves visible.
 */
/** The proposed sponsors who are not related to the child (ORR's home study for a child 12 or younger). */
function nonRelativeSponsors(c: BestInterestsMemoCase): Sponsor[] {
  return proposedSponsors(c).filter((s) => s.relationship === 'non-relative');
}

export function homeStudyGrounds(c: BestInterestsMemoCase, ageAtMemo: number): HomeStudyGround[] {
  if (!releaseToSponsorAtStake(c)) return [];
  const grounds: HomeStudyGround[] = [];
  if (traffickingShown(c)) grounds.push('trafficking');
  if (c.child.disability !== null) grounds.push('disability');
  if (nonRelativeSponsors(c).length > 0 && ageAtMemo <= NON_RELATIVE_SPONSOR_MAX_AGE) grounds.push('non-relative-sponsor');
  return grounds;
}

/**
 * `proposed-sponsor-not-given`: a release is at stake for a child of 12 or younger and the case does
 * not say who the sponsor is, so the memo cannot say whether ORR's home study for a non-relative
 * sponsor applies. Null otherwise, and null when another ground (`grounds`) already requires the
 * home study: the memo states it either way, and the warning would change nothing on the page.
 */
export function proposedSponsorIssue(c: BestInterestsMemoCase, ageAtMemo: number, grounds: HomeStudyGround[]): MemoIssue | null {
  if (proposedSponsors(c).length > 0 || grounds.length > 0 || ageAtMemo > NON_RELATIVE_SPONSOR_MAX_AGE || !releaseToSponsorAtStake(c)) return null;
  return {
    path: 'proposedSponsors',
    code: 'proposed-sponsor-not-given',
    message:
      `a release to a sponsor is at stake and the child is ${NON_RELATIVE_SPONSOR_MAX_AGE} or younger${c.child.dateOfBirthEstimated ? ' (from an estimated date of birth)' : ''}: ` +
      'give the proposed sponsor and how the sponsor is related to the child, since ORR requires a home study before releasing such a child to a sponsor who is not a relative (ORR Policy Guide, section 2.4.2)',
  };
}

/** The citation of each ground, as the memo and the messages give it. */
const AUTHORITY: Record<HomeStudyGround, string> = {
  trafficking: '8 U.S.C. § 1232(c)(3)(B); 45 CFR 410.1204(a)',
  disability: '8 U.S.C. § 1232(c)(3)(B); 42 U.S.C. § 12102; 45 CFR 410.1204(a)',
  'non-relative-sponsor': 'ORR Unaccompanied Children Program Policy Guide, section 2.4.2',
};

/** A condition that reads as the advocate's own home-study condition. */
const HOME_STUDY = /\bhome[\s-]+stud(y|ies)\b/i;

/**
 * `home-study-is-required`: a recommendation lists a home study among the advocate's conditions
 * while the memo states it as a requirement (law or ORR's), which reads as if it could be waived.
 */
export function homeStudyConditionIssues(c: BestInterestsMemoCase, grounds: HomeStudyGround[]): MemoIssue[] {
  if (grounds.length === 0) return [];
  const cites = [...new Set(grounds.map((g) => AUTHORITY[g]))].join('; ');
  const issues: MemoIssue[] = [];
  c.recommendations.forEach((r, i) =>
    r.conditions.forEach((cond, j) => {
      if (HOME_STUDY.test(cond)) {
        issues.push({
          path: `recommendations.${i}.conditions.${j}`,
          code: 'home-study-is-required',
          message: `a home study is required before this release (${cites}); the memo states it as a requirement, so remove it from the advocate’s conditions`,
        });
      }
    }),
  );
  return issues;
}

/** What the memo prints: a heading that says whose requirement it is, and one paragraph per ground. */
export interface HomeStudyNotice {
  heading: string;
  paragraphs: string[];
}

/**
 * Where the release to this sponsor stands among the alternatives that name the sponsor
 * (`alternatives[].sponsor`): "the advocate’s second choice", "the release the advocate
 * recommends", "a release the advocate weighed and does not recommend"; null when no alternative
 * names the sponsor. With several sponsors the decision-maker then reads which release the home
 * study stands before, not only that one of them needs it.
 */
function releaseStanding(c: BestInterestsMemoCase, s: Sponsor): string | null {
  const weighed = c.alternatives.filter((a) => a.option === 'release-to-sponsor' && names(a, s));
  const recommended = weighed.find((a) => a.recommended);
  if (recommended !== undefined) {
    return recommended.preference !== null && hasRanking(c.alternatives) ? `the advocate’s ${ordinal(recommended.preference)} choice` : 'the release the advocate recommends';
  }
  return weighed.length > 0 ? 'a release the advocate weighed and does not recommend' : null;
}

/** Every sponsor not related to the child is one whose release the advocate weighed and does not recommend. */
function orrOnlyIfNotRecommended(c: BestInterestsMemoCase): boolean {
  const sponsors = nonRelativeSponsors(c);
  return sponsors.length > 0 && sponsors.every((s) => releaseNotRecommended(c, s));
}

/**
 * A release the advocate weighed and does not recommend: some alternative names the sponsor and
 * none of those is recommended.
 */
function releaseNotRecommended(c: BestInterestsMemoCase, s: Sponsor): boolean {
  const weighed = c.alternatives.filter((a) => a.option === 'release-to-sponsor' && names(a, s));
  return weighed.length > 0 && !weighed.some((a) => a.recommended);
}

/**
 * ORR's home study for a sponsor not related to the child when the advocate recommends the release
 * to none of them (each weighed and not recommended): the requirement still stands before such a
 * release, which the decision-maker may order (8 U.S.C. § 1232(c)(3)(B) ties the home study to
 * "placing the child with an individual", not to the advocate's recommendation), but said as what
 * it is, the condition of a release the advocate advises against, and with the release the advocate
 * does recommend said not to need one on this ground, so the heading "Home study required" is not
 * read as attached to the recommendation (docs/domain/best-interests-memo-home-study.md).
 */
function notRecommendedParagraph(c: BestInterestsMemoCase, sponsors: Sponsor[], age: string, byLaw: boolean): string {
  const one = sponsors.length === 1;
  // In the order of preference (a first choice before the one in the alternative), each once.
  const recommended = [
    ...new Set(
      c.alternatives
        .filter((a) => a.recommended && a.option === 'release-to-sponsor')
        .sort((a, b) => (a.preference ?? Infinity) - (b.preference ?? Infinity))
        .map((a) => sponsorOf(c, a))
        .filter((s): s is Sponsor => s !== null && s.relationship !== 'non-relative'),
    ),
  ];
  // Two recommended releases are one or the other (a first choice and one in the alternative), never
  // a release to both: "The releases …, to A or B, do not need", where "The release …, to A and B"
  // read as one release to two sponsors.
  const whom = recommended.map((s) => `${s.name} (${SPONSOR_WORDS[s.relationship]})`);
  // Beside a ground of law (its paragraph above this one), "does not need a home study on this
  // ground" read, to a judge, as if the recommended release needed none at all.
  const stands = byLaw ? '; the home study required by law, above, still applies to it' : '';
  const them = byLaw ? '; the home study required by law, above, still applies to them' : '';
  const instead =
    recommended.length === 0
      ? ''
      : recommended.length === 1
        ? ` The release the advocate recommends, to ${whom[0]}, does not need a home study on this ground${stands}.`
        : ` The releases the advocate recommends, to ${entriesInSentence(whom, 'or')}, do not need a home study on this ground${them}.`;
  return (
    `ORR requires a home study before it releases a child ${NON_RELATIVE_SPONSOR_MAX_AGE} years old or younger to a sponsor who is not related to the child (${AUTHORITY['non-relative-sponsor']}). ` +
    `The child’s age on the date of this memo is ${age}. The advocate does not recommend a release to ${entriesInSentence(sponsors.map((s) => s.name))}, ${one ? 'who is' : 'who are'} not related to the child; ` +
    `should the child be released to ${one ? 'that sponsor' : 'any of them'} nonetheless, a home study must be completed first.${instead} ` +
    'This is ORR’s requirement, not a condition set by the advocate.'
  );
}

/** "Marta Velásquez Oxlaj (the advocate’s second choice)", or the name alone. */
function sponsorWithStanding(c: BestInterestsMemoCase, s: Sponsor): string {
  const standing = releaseStanding(c, s);
  return standing === null ? s.name : `${s.name} (${standing})`;
}

/**
 * The memo's statement of the home study, null when none is required: each ground as the
 * requirement it is, with its citation, never as a condition of the advocate's.
 */
export function homeStudyNotice(
  c: BestInterestsMemoCase,
  grounds: HomeStudyGround[],
  ageAtMemo: number,
  estimated: boolean,
): HomeStudyNotice | null {
  if (grounds.length === 0) return null;
  const paragraphs = grounds.map((g) => {
    if (g === 'trafficking') {
      const docs = c.background.relatedDocuments;
      const basis = docs.some((d) => d.type === 'otip-eligibility-letter')
        ? 'OTIP has issued an Eligibility Letter for the child'
        : docs.some((d) => d.type === 'otip-interim-assistance-letter')
          ? 'OTIP has issued an Interim Assistance Letter for the child'
          : 'The record shows indicators that the child is a victim of trafficking';
      return (
        'Federal law requires a home study before a child who is a victim of a severe form of trafficking in persons is released to a sponsor ' +
        `(${AUTHORITY.trafficking}). ${basis}, so a home study must be completed before release. ` +
        'This is a requirement of law, not a condition set by the advocate.'
      );
    }
    if (g === 'disability') {
      return (
        'Federal law requires a home study before a child with a disability, as defined in 42 U.S.C. § 12102, is released to a sponsor ' +
        '(8 U.S.C. § 1232(c)(3)(B); 45 CFR 410.1204(a)). The child has a disability (see the Background), so a home study must be completed before release. ' +
        'This is a requirement of law, not a condition set by the advocate.'
      );
    }
    // Each sponsor it applies to, by name: with several proposed, the requirement is for a release
    // to one not related to the child, not to the aunt proposed beside them.
    // Each with where its release stands among the alternatives, when they name it.
    const sponsors = nonRelativeSponsors(c);
    if (orrOnlyIfNotRecommended(c)) return notRecommendedParagraph(c, sponsors, `${ageAtMemo}${estimated ? ' (estimated)' : ''}`, grounds.some((x) => BY_LAW.has(x)));
    const named = sponsors.map((s) => sponsorWithStanding(c, s));
    const who =
      named.length === 1
        ? `the proposed sponsor, ${named[0]}, is not related to the child, so a home study must be completed before a release to that sponsor`
        : `the proposed sponsors ${entriesInSentence(named)} are not related to the child, so a home study must be completed before a release to any of them`;
    return (
      `ORR requires a home study before it releases a child ${NON_RELATIVE_SPONSOR_MAX_AGE} years old or younger to a sponsor who is not related to the child (${AUTHORITY[g]}). ` +
      `The child’s age on the date of this memo is ${ageAtMemo}${estimated ? ' (estimated)' : ''}, and ${who}. This is ORR’s requirement, not a condition set by the advocate.`
    );
  });
  const law = grounds.some((g) => BY_LAW.has(g));
  const orr = grounds.includes('non-relative-sponsor');
  // ORR's ground only before releases the advocate does not recommend: required before that release
  // (8 U.S.C. § 1232(c)(3)(B) ties the home study to "placing the child with an individual", and the
  // decision-maker may order it), so "required", as computed.homeStudyRequired says, but before which
  // release is in the heading, so a judge does not read it as the recommended release's requirement.
  // Beside a ground of law, the heading still names ORR's conditional ground, whose paragraph sits
  // under it: "required by law" alone read as if ORR's paragraph were the law's too.
  const conditional = orr && orrOnlyIfNotRecommended(c);
  const orrWords = conditional ? 'by ORR policy before a release the advocate does not recommend' : 'by ORR policy';
  const heading = law && orr ? `Home study required by law${conditional ? ',' : ''} and ${orrWords}` : law ? 'Home study required by law' : `Home study required ${orrWords}`;
  return { heading, paragraphs };
}
