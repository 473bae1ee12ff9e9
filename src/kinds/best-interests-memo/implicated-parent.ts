// Warning `release-to-implicated-parent` (docs/domain/best-interests-memo.md, "Factors"): a
// release the memo recommends to a parent it records as implicated in the trafficking
// (`parentsWishes[].parentImplicated`). ORR releases a child only to a sponsor able to care for
// the child's physical and mental well-being, and must not release a child to a sponsor who would
// endanger the child (8 U.S.C. § 1232(c)(3)(A)); a memo that says "Not relied on: … is implicated
// in the trafficking of the child" and then recommends the return of the child to that parent
// contradicts itself before the decision-maker. Pure; compute.ts reads it.
import type { MemoIssue } from './codes.js';
import { namesSponsor, otherPeople, titledFamilyName } from './sponsor-names.js';
import { proposedSponsors, type Sponsor } from './sponsors.js';
import type { BestInterestsMemoCase } from './schema.js';

/** A name as compared with another: spaces collapsed, case folded (sponsors.ts compares so). */
const key = (name: string) => name.trim().replace(/\s+/gu, ' ').toLowerCase();

/**
 * The kinship words a parent or guardian is called by, as one word a relationship's text holds
 * ("father", "biological mother", "legal guardian"). A word whose own head is another ("stepfather",
 * "godmother", "foster father"'s "foster") is another person: stepfather is a word of its own here.
 */
const KIN_WORDS = ['mother', 'father', 'stepmother', 'stepfather', 'guardian', 'mom', 'dad'] as const;
/** Words of a relationship that make a parent another than the bare word names ("foster father", "father's partner"). */
const OTHER_THAN = /\b(?:foster|god|step|adoptive|former|host)\b|[’']s\b/iu;

/** The one kinship word of a relationship's text ("father", "legal guardian" → "guardian"), or null. */
export function kinWord(relationship: string): string | null {
  const t = relationship.toLowerCase();
  if (OTHER_THAN.test(t)) {
    // "stepfather" is a word of its own; "foster father", "mother's partner" are no parent's word.
    const own = /\b(stepmother|stepfather)\b/u.exec(t);
    return own ? own[1]! : null;
  }
  return KIN_WORDS.find((w) => new RegExp(`\\b${w}\\b`, 'u').test(t)) ?? null;
}

/**
 * The words of a release or a return of the child to a person: a release, a return, a
 * reunification, a placement or custody with, living with, a sponsor. A recommendation that
 * names the parent for another reason (visits, no contact) is not a release.
 */
const RELEASE = /\b(?:releas(?:e|ed|ing)|return(?:ed|ing)?|reunif(?:y|ied|ying|ication)|repatriat(?:e|ed|ion)|plac(?:e|ed|ement|ing)|custody|live|living|reside|sponsor(?:ed|ship)?)\b/iu;

/**
 * Words that negate or set aside what follows or precedes them in a sentence: "not be released to
 * her father", "release to her aunt rather than her father", "no contact with her father".
 */
const NEGATION = /\b(?:not|never|no|nor|against|without|instead|rather|oppose[sd]?|unsafe|except)\b|n[’']t\b/iu;

/**
 * The sentences (and clauses after a semicolon) of a text: a release is read within one. The
 * period of a courtesy title ("Mr. Ajú", "Sra. Tzoc") ends no sentence: "release Lucía to Mr." and
 * "Ajú." were two, and the name was read in neither.
 */
const sentences = (text: string) => text.split(/(?<=[.!?])(?<!(?<![\p{L}])(?:mr|mrs|ms|mx|dr|sr|sra|srta)\.)\s+|[;\n]+/iu).filter((s) => s.trim() !== '');

/**
 * Whether a text recommends a release or return to the parent: in one of its sentences, after the
 * release's word and with no negation before the parent is named, the parent's name (as
 * `namesSponsor` reads a name in prose) or the parent by relation, "her father", "the child's
 * mother", "his parents" (`relation`, only when the parent is the one the memo records by that
 * word). "Release to her aunt, not her father" and "She should not be returned to her father"
 * are not; "her father's sister", "her foster father", "the father of her child" are other people.
 */
function recommendsRelease(text: string, name: string, relation: string | null, c: BestInterestsMemoCase): boolean {
  const others = otherPeople(c, name);
  const childGiven = c.child.givenName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const whose = `(?:her|his|their|the|the\\s+child[’']s|${childGiven}[’']s)`;
  const byRelation =
    relation === null ? null : new RegExp(`\\b${whose}\\s+(?:(?:biological|birth)\\s+)?(?:${relation}|parents)\\b(?![’']s|\\s+of\\b)`, 'iu');
  return sentences(text).some((s) => {
    const verb = RELEASE.exec(s);
    if (!verb || NEGATION.test(s.slice(0, verb.index))) return false;
    let tail = s.slice(verb.index);
    const neg = NEGATION.exec(tail);
    if (neg) tail = tail.slice(0, neg.index);
    // A courtesy title and the parent's family name ("release Lucía to Mr. Ajú") counts even when
    // another adult of the memo shares that name, where a sponsor's name does not (sponsor-names.ts
    // rule 2): the recommendation does not say which of them it means, and a release to a parent
    // implicated in the trafficking is the one to rule out (docs/domain/best-interests-memo.md, "Factors").
    return (byRelation !== null && byRelation.test(tail)) || namesSponsor(tail, name, others) || titledFamilyName(tail, name);
  });
}

/**
 * `release-to-implicated-parent` (warning). Read in four places:
 * - a recommended release to a sponsor whose `sponsor` is that parent by name (spacing and case
 *   aside), or, with none named, the one proposed sponsor, who is that parent: at
 *   `alternatives.N.sponsor` (or `alternatives.N`);
 * - the same, where the sponsor is that parent by relation: a proposed parent or legal guardian
 *   whose relationship in detail is the implicated parent's word ("father"), when no other parent
 *   the memo records has that word (a child's father recorded as implicated, the sponsor "Mario
 *   Ajú" typed without his second family name);
 * - a recommended alternative's `description` that describes such a release ("release to her
 *   father in Houston"): at `alternatives.N.description`;
 * - a numbered recommendation's `text` that does ("That ORR release Ana to her father"): at
 *   `recommendations.N.text`.
 * A warning, not an error: the names and relations are free text, and the advocate corrects one of
 * the two. The message names the fields, never the person (docs/architecture.md §Errors).
 */
export function implicatedParentIssues(c: BestInterestsMemoCase): MemoIssue[] {
  const kin = (p: BestInterestsMemoCase['parentsWishes'][number]) => kinWord(p.relationship);
  const implicated = c.parentsWishes.flatMap((p, i) => {
    if (!p.parentImplicated) return [];
    const word = kin(p);
    // By relation only when the word is this parent's alone among the parents the memo records.
    const relation = word !== null && c.parentsWishes.filter((q) => kin(q) === word).length === 1 ? word : null;
    return [{ person: p.person, key: key(p.person), relation, at: `parentsWishes.${i}` }];
  });
  if (implicated.length === 0) return [];
  type Parent = (typeof implicated)[number];
  const sponsors = proposedSponsors(c);
  const isParent = (s: Sponsor, p: Parent) =>
    key(s.name) === p.key || (p.relation !== null && s.relationship === 'parent-or-legal-guardian' && s.relationshipDetail !== null && kinWord(s.relationshipDetail) === p.relation);
  const message = (p: Parent, what: string, fix: string) =>
    `${what} to the parent ${p.at} records as implicated in the trafficking, whose wishes the memo says it does not rely on: ` +
    `if the advocate does not recommend that release, ${fix}; if the parent is not implicated, correct ${p.at}.parentImplicated`;
  const out: MemoIssue[] = [];
  c.alternatives.forEach((a, i) => {
    if (!a.recommended) return;
    if (a.option === 'release-to-sponsor') {
      // The sponsor the release names, or the only proposed sponsor when it names none.
      const named = a.sponsor !== null ? (sponsors.find((s) => key(s.name) === key(a.sponsor!)) ?? { name: a.sponsor, relationship: null, relationshipDetail: null }) : sponsors.length === 1 ? sponsors[0]! : null;
      const parent = named === null ? undefined : implicated.find((p) => isParent(named as Sponsor, p));
      if (parent !== undefined) {
        out.push({ path: a.sponsor !== null ? `alternatives.${i}.sponsor` : `alternatives.${i}`, code: 'release-to-implicated-parent', message: message(parent, 'is a recommended release', 'mark it not recommended') });
        return;
      }
    }
    const parent = a.description === null ? undefined : implicated.find((p) => recommendsRelease(a.description!, p.person, p.relation, c));
    if (parent !== undefined) out.push({ path: `alternatives.${i}.description`, code: 'release-to-implicated-parent', message: message(parent, 'describes a recommended release or return', 'mark the alternative not recommended or correct its description') });
  });
  c.recommendations.forEach((r, i) => {
    const parent = implicated.find((p) => recommendsRelease(r.text, p.person, p.relation, c));
    if (parent !== undefined) out.push({ path: `recommendations.${i}.text`, code: 'release-to-implicated-parent', message: message(parent, 'recommends a release or return', 'take it out of this recommendation') });
  });
  return out;
}
