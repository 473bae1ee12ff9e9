// Two fields of a case that name the same role with different people (docs/domain/rfa-draft.md,
// "One role, two people"): the letter recipient's role "the child's case manager" while section 4
// names another case manager; a requester whose relationship to the child says "attorney" while
// section 4 names another attorney; a suspected trafficker described as "sponsor" or "mother" while
// sections 3–4 name another. OTIP reads the role and sends the letter, or calls, the person the
// role names; one of the two is wrong (an old case manager, a typing slip), or the page should
// say who is who. A warning: a child can have two attorneys, and the requester knows.
import { nameKey } from '../kit/index.js';
import type { RfaIssue } from './codes.js';
import { looseText, PARENT_ROLES, roleWord } from './letter.js';
import { RELATIONSHIP_LABELS } from './labels.js';
import type { RfaCase } from './schema.js';

/** A role one person holds in the case, the words that name it, and who the case says holds it. */
interface Role {
  /** The role in a message ("case manager"), and where the case names its holder ("section 4"). */
  what: string;
  where: string;
  words: RegExp[];
  holders: (c: RfaCase) => string[];
}

const ROLES: readonly Role[] = [
  {
    what: 'case manager',
    where: 'section 4’s case manager',
    words: [/\bcase[\s-]*manager\b/iu, /\bgestora? de casos?\b/iu],
    // The requester, when the requester is the child's case manager and no other is named (implied.ts).
    holders: (c) => (c.location.caseManager !== null ? [c.location.caseManager.name] : c.requester.childsCaseManager === true ? [c.requester.name] : []),
  },
  {
    what: 'attorney',
    where: 'section 4’s attorney',
    words: [/\b(?:attorney|lawyer|counsel|abogad[ao])\b/iu],
    holders: (c) => (c.location.attorney !== null ? [c.location.attorney.name] : c.requester.childsAttorney === true ? [c.requester.name] : []),
  },
  { what: 'sponsor', where: 'section 4’s sponsor', words: [roleWord('sponsor')], holders: (c) => (c.location.sponsor === null ? [] : [c.location.sponsor.name]) },
  ...(['mother', 'father', 'legal-guardian'] as const).map(
    (r): Role => ({
      what: RELATIONSHIP_LABELS[r].toLocaleLowerCase('en'),
      where: `section 3’s ${RELATIONSHIP_LABELS[r].toLocaleLowerCase('en')}`,
      words: PARENT_ROLES[r] ?? [],
      holders: (c) => c.parentsOrGuardians.filter((p) => p.relationship === r && p.name !== null).map((p) => p.name!),
    }),
  ),
];

/** A role that says it is no longer held ("former case manager", "the previous attorney") names no one now. */
const PAST = /\b(?:former|previous|prior|old|ex|earlier|anterior|antigu[ao])\b/iu;

/** Before a role word, what makes it another person's relation ("acquaintance of the child's mother", "friend of the sponsor"). */
const OF_SOMEONE = /\bof\s+(?:the\s+)?(?:childs\s+|her\s+|his\s+|their\s+)?$/u;

/**
 * Whether a role (loose text) says the person is the role, not someone's relation to it: "the
 * child's case manager", "Mother", not "acquaintance of the child's mother" nor "mother's
 * boyfriend" (looseText writes "mothers", no whole word "mother").
 */
function isRole(role: string, re: RegExp): boolean {
  // Most roles name none of a role's words: one test of the word, no global copy of it (issue 18:
  // a global RegExp built per role, word and person was a quarter of an `rfa` full case's rules).
  if (!re.test(role)) return false;
  for (const m of role.matchAll(everyMatch(re))) if (!OF_SOMEONE.test(role.slice(0, m.index))) return true;
  return false;
}

/**
 * The global form of a role word (flags `giu`), made once per word: the words are this module's
 * and letter.ts's constants (ROLES), never a case's, so the table holds nothing of any case.
 * matchAll works on its own copy, so one shared global RegExp keeps no position between calls.
 */
const globalWords = new WeakMap<RegExp, RegExp>();
function everyMatch(re: RegExp): RegExp {
  let g = globalWords.get(re);
  if (g === undefined) globalWords.set(re, (g = new RegExp(re.source, 'giu')));
  return g;
}

/** Titles and honorifics that are no part of who a person is ("Ms. Ana Ruiz", "Atty. Ruiz", "Lic. Ruiz"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'atty', 'esq', 'lic', 'licda', 'licdo', 'sr', 'sra', 'srta', 'don', 'dona']);

/** A name's words, loosely (kit nameKey: case, accents, a note in parentheses, "Family, Given" aside), titles left out. */
const words = (name: string): string[] => nameKey(name).split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w !== '' && !TITLES.has(w));

/**
 * Whether two names can be one person: the words of one are all among the other's ("Ana Ruiz",
 * "Ana María Ruiz", "Ruiz, Ana", "Ms. Ruiz"), so a name written shorter is not a second person.
 */
function samePerson(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return true;
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

/** Who in the case is given a role in words beside a name: the letter recipient, the requester, each suspected trafficker. */
function named(c: RfaCase): Array<{ path: string; who: string; name: string; role: string }> {
  const out: Array<{ path: string; who: string; name: string; role: string }> = [];
  const r = c.letterRecipient;
  if (r !== null && r.role !== null) out.push({ path: 'letterRecipient.role', who: 'the eligibility letter recipient’s role', name: r.name, role: r.role });
  if (c.requester.relationshipToChild !== null) out.push({ path: 'requester.relationshipToChild', who: 'the requester’s relationship to the child', name: c.requester.name, role: c.requester.relationshipToChild });
  c.concern.traffickers.forEach((t, i) => {
    if (t.name !== null && t.relationship !== null) out.push({ path: `concern.traffickers.${i}.relationship`, who: `suspected trafficker ${i + 1}’s relationship to the child (section 5)`, name: t.name, role: t.relationship });
  });
  return out;
}

/** The `one-role-two-people` warnings of a case. */
export function sameRoleRules(c: RfaCase, warnings: RfaIssue[]): void {
  for (const n of named(c)) {
    const role = looseText(n.role);
    if (PAST.test(role)) continue;
    for (const r of ROLES) {
      if (!r.words.some((re) => isRole(role, re))) continue;
      const holders = r.holders(c);
      if (holders.length === 0 || holders.some((h) => samePerson(h, n.name))) continue;
      warnings.push({
        path: n.path,
        code: 'one-role-two-people',
        message: `${n.who} names the child’s ${r.what}, while ${r.where} is someone else: OTIP would take them for one person. Give the same name in both, or say in the role who this person is beside the ${r.what} named there (a former ${r.what}, a second one)`,
      });
      break;
    }
  }
}
