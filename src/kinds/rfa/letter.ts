// The eligibility letter's recipient must not be someone suspected in the trafficking
// (docs/domain/rfa-draft.md, "Who receives the letter"): OTIP sends the interim assistance and
// eligibility letters to the person the request names, and a letter in a suspect's hands tells
// them the child has spoken and, by its address, where the child's case is. The same reason as
// the "do not contact" line beside a suspected parent, guardian or sponsor (others.ts).
import { looseName } from '../kit/index.js';
import type { RfaIssue } from './codes.js';
import type { RfaCase } from './schema.js';

interface Suspect {
  /** How a message names them: by their place in the draft, never their name (a message never quotes case data). */
  who: string;
  name: string | null;
  phone: string | null;
  /** Where they can be written to: the sponsor's address, or the child's own when the child lives with them. */
  address: string | null;
  /** What a recipient's role would call them: "sponsor", "mother", the listed trafficker's relationship. */
  roles: RegExp[];
}

/**
 * A word of a role as a whole word, not after "foster", "step" or "god" (a foster mother is not the
 * suspected mother), nor inside another word (a grandmother, a stepfather are not the father).
 * The word first, then the look back over it and what precedes it: the same matches as the look
 * back written before the word (`(?<!\b(?:foster|step|god)[\s-]*)\bw\b`, a word of letters has one
 * length), but tried only where the word is, where that form ran its look back at every position
 * of every role it was tried on (issue 18: half the time of the RFA's role rules).
 */
export const roleWord = (w: string): RegExp => new RegExp(`\\b${w}\\b(?<!\\b(?:foster|step|god)[\\s-]*${w})`, 'iu');

/** A role naming the sponsor (a recipient's role matched against a suspected sponsor). */
const SPONSOR_ROLE = roleWord('sponsor');

/** The words a role uses for each relationship a parent or guardian can have (labels.ts's codes). */
export const PARENT_ROLES: Record<string, RegExp[]> = {
  mother: ['mother', 'mom', 'mum', 'madre', 'mama'].map(roleWord),
  father: ['father', 'dad', 'padre', 'papa'].map(roleWord),
  'legal-guardian': ['guardian', 'tutor', 'tutora'].map(roleWord),
};

/** A role's or relationship's loose form: lower case, accents and possessives aside ("Child’s Tía" → "childs tia"). */
export const looseText = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('en').replace(/[’']s\b/g, 's');

/** Words that say nothing of who someone is ("the child's", "of the"): left out of a relationship matched against a role. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'child', 'childs', 'her', 'his', 'their', 'to', 'and', 'is', 'was', 'described', 'as', 'not', 'related']);

/**
 * A listed trafficker's relationship ("Uncle", "the child's employer") as a role would say it: all
 * of its words, filler aside, in the role; none when it has no other word.
 */
function relationshipRole(rel: string | null): RegExp[] {
  if (rel === null) return [];
  const words = looseText(rel).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !FILLER.has(w));
  if (words.length === 0 || words.length > 3) return [];
  // Anchored at the start, each word looked for anywhere after it: unanchored, every start position
  // ran every lookahead to the end, so a role of 20,000 characters took 8 s and one near the 1 MB
  // body limit hung the request for an hour (quadratic; found by tests/http/fuzz.test.ts in CI).
  return [new RegExp('^' + words.map((w) => `(?=[\\s\\S]*\\b${w}\\b)`).join(''), 'iu')];
}

/** The people the case marks as suspected in the trafficking, with what they can be matched by. */
function suspects(c: RfaCase): Suspect[] {
  const out: Suspect[] = [];
  const loc = c.location;
  const sp = loc.sponsor;
  // A child in "other" custody lives at location.address: a suspect the child lives with is reached there.
  const home = loc.address;
  if (sp !== null && sp.suspectedInTrafficking === true) out.push({ who: 'the sponsor (section 4)', name: sp.name, phone: sp.phone, address: sp.address, roles: [SPONSOR_ROLE, ...relationshipRole(sp.relationshipToChild)] });
  c.parentsOrGuardians.forEach((p, i) => {
    if (p.suspectedInTrafficking === true) out.push({ who: `parent or guardian ${i + 1} (section 3)`, name: p.name, phone: p.phone, address: p.livesWithChild === true ? home : null, roles: PARENT_ROLES[p.relationship] ?? [] });
  });
  c.concern.traffickers.forEach((t, i) => out.push({ who: `suspected trafficker ${i + 1} (section 5)`, name: t.name, phone: null, address: t.livesWithChild === true ? home : null, roles: relationshipRole(t.relationship) }));
  return out;
}


/** A phone number's digits, its extension aside: "+1 (555) 010-4409" and "555-010-4409" are one number. */
const digits = (p: string): string => p.replace(/x.*$/i, '').replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

/** The words of a U.S. address as the Postal Service abbreviates them (USPS Publication 28, appendix C1), so "Court" and "Ct." are one. */
const ADDRESS_WORDS: Record<string, string> = {
  street: 'st', avenue: 'ave', road: 'rd', drive: 'dr', court: 'ct', lane: 'ln', boulevard: 'blvd', place: 'pl', circle: 'cir', highway: 'hwy',
  terrace: 'ter', parkway: 'pkwy', apartment: 'apt', suite: 'ste', unit: 'unit', north: 'n', south: 's', east: 'e', west: 'w', number: '', no: '',
};
/** An address's loose form: case, accents, punctuation and the USPS abbreviations aside; "#" as "apt". */
const looseAddress = (s: string): string =>
  looseText(s.replace(/#\s*/g, ' apt '))
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => ADDRESS_WORDS[w] ?? w)
    .filter((w) => w !== '')
    .join(' ');
const UNIT = new Set(['apt', 'ste', 'unit']);
/**
 * An address's street (its first line up to a unit: "48 pinecrest ct") and unit ("2"), or null
 * without a house number, which alone does not tell one place.
 */
function street(s: string): { street: string; unit: string | null } | null {
  const first = looseAddress(s.split(/[,\n]/)[0] ?? '').split(' ');
  const all = looseAddress(s).split(' ');
  const cut = first.findIndex((w) => UNIT.has(w));
  const st = (cut < 0 ? first : first.slice(0, cut)).join(' ');
  const u = all.findIndex((w) => UNIT.has(w));
  return /\d/.test(st) ? { street: st, unit: u >= 0 ? (all[u + 1] ?? null) : null } : null;
}
/**
 * Two addresses are one when their loose forms are, or their streets are and their units do not
 * differ ("48 Pinecrest Court, Apt. 2, Houston" and "48 PINECREST CT #2"; not apartment 3).
 */
function sameAddress(a: string, b: string): boolean {
  if (looseAddress(a) === looseAddress(b)) return true;
  const x = street(a);
  const y = street(b);
  return x !== null && y !== null && x.street === y.street && (x.unit === null || y.unit === null || x.unit === y.unit);
}

/** An email address's name part as a name ("mamadou.bah77@…", "bah_mamadou@…" are Mamadou Bah's). */
const emailName = (e: string): string => looseName(e.replace(/@.*$/, '').replace(/[._\-+\d]+/g, ' '));

type Match = 'name' | 'phone' | 'address' | 'email' | 'role';
const MATCH_TEXT: Record<Match, string> = {
  name: 'has the name of',
  phone: 'has the phone number of',
  address: 'has the mailing address of',
  email: 'has an email address made of the name of',
  role: 'is given a role that names',
};

/** The recipient's loose name and role, worked out once for every suspect they are compared with. */
interface RecipientKeys {
  name: string;
  role: string | null;
}

/** How the recipient matches a suspect, in the order the warning prefers, or null. */
function matchOf(r: NonNullable<RfaCase['letterRecipient']>, k: RecipientKeys, s: Suspect): Match | null {
  const sName = s.name === null ? '' : looseName(s.name);
  if (sName !== '' && k.name === sName) return 'name';
  if (s.phone !== null && r.phone !== null && digits(s.phone).length >= 7 && digits(s.phone) === digits(r.phone)) return 'phone';
  if (s.address !== null && r.address !== null && sameAddress(s.address, r.address)) return 'address';
  if (sName.includes(' ') && r.email !== null && emailName(r.email) === sName) return 'email';
  if (k.role !== null && s.roles.some((re) => re.test(k.role!))) return 'role';
  return null;
}

/**
 * Whom the warning suggests the letter go to instead: the child's case manager and attorney, each
 * unless the caseworker said the child has none (location.hasCaseManager, hasAttorney false: a
 * child in a crew leader's trailer was told to name a case manager it does not have), then the
 * requester, who is always there (and who may be the child's case manager or attorney).
 */
function someoneElse(c: RfaCase): string {
  // Not the case manager or attorney the requester is (requester.childsCaseManager, childsAttorney): "or the requester" says them.
  const theirs = [
    c.location.hasCaseManager === false || (c.requester.childsCaseManager === true && c.location.caseManager === null) ? null : 'case manager',
    c.location.hasAttorney === false || (c.requester.childsAttorney === true && c.location.attorney === null) ? null : 'attorney',
  ].filter((x) => x !== null);
  return theirs.length === 0 ? 'the requester' : `the child’s ${theirs.join(', ')} or the requester`;
}

/**
 * The warning `letter-to-suspect`, or null: the letter recipient has the name (compared loosely,
 * `looseName`), phone number, mailing address (the sponsor's, or the child's home when the child
 * lives with the suspect) or an email address made of the name of someone the case marks as
 * suspected, or a role that names them ("Sponsor", "Mother", a listed trafficker's "uncle").
 * A warning, not an error: two people may share a name, and the requester knows.
 */
export function letterToSuspect(c: RfaCase): RfaIssue | null {
  const r = c.letterRecipient;
  if (r === null) return null;
  const keys: RecipientKeys = { name: looseName(r.name), role: r.role === null ? null : looseText(r.role) };
  for (const s of suspects(c)) {
    const m = matchOf(r, keys, s);
    if (m === null) continue;
    return {
      path: `letterRecipient.${m}`,
      code: 'letter-to-suspect',
      message: `the eligibility letter recipient ${MATCH_TEXT[m]} ${s.who}, who is suspected in the trafficking: OTIP would send the child’s letter to them${m === 'address' ? ' or where they live' : ''}, telling them the child has spoken. Name someone who is not, such as ${someoneElse(c)}`,
    };
  }
  return null;
}
