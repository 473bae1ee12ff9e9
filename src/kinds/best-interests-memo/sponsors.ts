// The proposed sponsors of a memo and the alternatives that name one (docs/domain/
// best-interests-memo-alternatives.md, "A release to which sponsor"). Pure; alternatives.ts,
// home-study.ts and view.ts read them.
import { andList, readSuperseded } from '../kit/index.js';
import type { MemoIssue } from './codes.js';
import { namesSponsor, otherPeople } from './sponsor-names.js';
import type { Alternative, BestInterestsMemoCase } from './schema.js';

export type Sponsor = NonNullable<BestInterestsMemoCase['proposedSponsor']>;

/** Every proposed sponsor: `proposedSponsor` (one, as contract 2.5 took it) first, then `proposedSponsors`. */
export function proposedSponsors(c: Pick<BestInterestsMemoCase, 'proposedSponsor' | 'proposedSponsors'>): Sponsor[] {
  return readSuperseded(c.proposedSponsor, c.proposedSponsors, { single: 'proposedSponsor', list: 'proposedSponsors' }).map((s) => s.value);
}

/** How a sponsor is related to the child, in the memo's words. */
export const SPONSOR_WORDS: Record<Sponsor['relationship'], string> = {
  'parent-or-legal-guardian': 'the child’s parent or legal guardian',
  relative: 'a relative of the child',
  'non-relative': 'not related to the child',
};

/**
 * The words of a relationship's detail that already say its category, so the category's words
 * after it would say it twice ("father; the child’s parent or legal guardian"). A kinship word
 * counts as the head of the detail, never as a possessive: "mother’s cousin" is a relative, not a
 * parent. `non-relative` is said only by words that say so ("unrelated", "not related"): a
 * "family friend" may be kin too, and the category is what ORR's home study turns on
 * (home-study.ts).
 */
const KIN = (words: string) => new RegExp(`\\b(?:${words})(?:s)?\\b(?![’']s)`, 'iu');
const SAYS_CATEGORY: Record<Sponsor['relationship'], RegExp> = {
  'parent-or-legal-guardian': KIN('mother|father|parent|guardian|mom|dad'),
  relative: KIN(
    'relative|aunt|uncle|cousin|grandmother|grandfather|grandparent|grandma|grandpa|sister|brother|sibling|half-sister|half-brother|stepsister|stepbrother|niece|nephew|great-aunt|great-uncle|great-grandmother|great-grandfather',
  ),
  'non-relative': /\b(?:unrelated|not related|no relation)\b/iu,
};

/**
 * The proposed sponsor in the Background table: "Marta López Vail (family friend; not related to
 * the child)"; the category's words are left out when the detail already says it: "Juan Oxlaj
 * (father)", "Rosa Oxlaj (paternal aunt)".
 */
export function proposedSponsorText(s: Sponsor): string {
  const detail = s.relationshipDetail;
  const category = detail !== null && SAYS_CATEGORY[s.relationship].test(detail) ? null : SPONSOR_WORDS[s.relationship];
  return `${s.name} (${[detail, category].filter((x): x is string => !!x).join('; ')})`;
}

/**
 * A name as compared with another: spaces collapsed, case folded. The case is NFC already (text
 * hygiene), so "Rosa  Oxlaj pérez" names "Rosa Oxlaj Pérez"; nothing looser (no accent folding:
 * two people may differ by an accent).
 */
const key = (name: string) => name.trim().replace(/\s+/gu, ' ').toLowerCase();

/** The proposed sponsor an alternative's `sponsor` names, or null (none given, or none so named). */
export function sponsorOf(c: Pick<BestInterestsMemoCase, 'proposedSponsor' | 'proposedSponsors'>, a: Pick<Alternative, 'sponsor'>): Sponsor | null {
  if (a.sponsor === null) return null;
  const k = key(a.sponsor);
  return proposedSponsors(c).find((s) => key(s.name) === k) ?? null;
}

/** Whether an alternative's `sponsor` names this proposed sponsor. */
export function names(a: Pick<Alternative, 'sponsor'>, s: Sponsor): boolean {
  return a.sponsor !== null && key(a.sponsor) === key(s.name);
}

/**
 * `alternative-sponsor` (error, at `alternatives.N.sponsor`): the sponsor of an alternative is one
 * of the proposed sponsors, by name, and only a release to a sponsor has one. A name that matches
 * none would print a sponsor the Background does not list, whose relationship (and so ORR's home
 * study for a non-relative, home-study.ts) the memo cannot tell.
 */
export function alternativeSponsorIssues(c: BestInterestsMemoCase): MemoIssue[] {
  const given = proposedSponsors(c).length;
  return c.alternatives.flatMap((a, i): MemoIssue[] => {
    if (a.sponsor === null) return [];
    const path = `alternatives.${i}.sponsor`;
    if (a.option !== 'release-to-sponsor') {
      return [{ path, code: 'alternative-sponsor', message: 'is only for a release to a sponsor (option release-to-sponsor): leave it out, or say who in the description' }];
    }
    if (sponsorOf(c, a) !== null) return [];
    const where = given === 0 ? 'no proposed sponsor is given: add the sponsor to proposedSponsors, with the relationship to the child' : 'it matches none of proposedSponsors: give the name as written there, or add this sponsor there with the relationship to the child';
    return [{ path, code: 'alternative-sponsor', message: `must name one of the proposed sponsors; ${where}` }];
  });
}

/**
 * `recommendation-names-sponsor-not-recommended` (warning, at `recommendations.N.text`): a numbered
 * recommendation names a proposed sponsor whose release the advocate weighed and marked not
 * recommended (every alternative naming that sponsor has `recommended: false`). The table of
 * alternatives then says "No" to the release the recommendation asks for ("…; in the alternative,
 * to Marta"), and ORR's home-study paragraph calls it a release the advocate does not recommend:
 * the memo contradicts itself before the decision-maker. Matched on the sponsor's whole name
 * (spaces, case and accents aside), on a family name with a title or alone as a name is written,
 * or on the given name alone (sponsor-names.ts `namesSponsor`); a recommendation that names the sponsor
 * for another reason (visits, a release advised against) is still warned, and the message says so.
 * The message names the fields, never the sponsor (docs/architecture.md §Errors: no case data).
 */
export function recommendationSponsorIssues(c: BestInterestsMemoCase): MemoIssue[] {
  const notRecommended = proposedSponsors(c).flatMap((s) => {
    const weighed = c.alternatives.flatMap((a, i) => (a.option === 'release-to-sponsor' && names(a, s) ? [{ a, i }] : []));
    return weighed.length > 0 && !weighed.some(({ a }) => a.recommended) ? [{ s, at: weighed.map(({ i }) => `alternatives.${i}`) }] : [];
  });
  if (notRecommended.length === 0) return [];
  return c.recommendations.flatMap((r, i) =>
    notRecommended
      .filter(({ s }) => namesSponsor(r.text, s.name, otherPeople(c, s.name)))
      .map(({ at }): MemoIssue => ({
        path: `recommendations.${i}.text`,
        code: 'recommendation-names-sponsor-not-recommended',
        message:
          `names the sponsor of ${andList(at)}, a release the alternatives mark not recommended, so the table says “No” to it: ` +
          `if the advocate recommends that release, mark ${at[0]} recommended (with its preference when another placement is recommended too); ` +
          'if not, take the release to that sponsor out of this recommendation (a recommendation that names the sponsor for another reason, such as visits or a release advised against, may stay as it is)',
      })),
  );
}
