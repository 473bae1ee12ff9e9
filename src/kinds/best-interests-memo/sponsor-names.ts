// Whether a recommendation's text names a proposed sponsor, as an advocate writes a name in prose:
// whole ("Marta Velásquez Oxlaj"), by a family name with a courtesy title ("Ms. Velásquez", "Sra.
// Oxlaj"), by a family name alone written as a name ("the Velásquez home", "Velásquez has…"), or
// by the given name alone where no one else the memo names shares it ("to Marta"); each with its
// accents or without them ("Marta" for "Márta", "Velasquez" for "Velásquez"), as advocates type
// names on an English keyboard. Pure; sponsors.ts
// reads it for `recommendation-names-sponsor-not-recommended` (docs/domain/
// best-interests-memo-alternatives.md, "A release to which sponsor", worked examples there).
import type { BestInterestsMemoCase } from './schema.js';

/**
 * Courtesy titles before a family name, in English and Spanish (the languages of most of these
 * memos' families), compared case aside: "Ms. Velásquez", "Sra. Oxlaj". In rule 2 only words
 * after the name's first follow one; a title before the given name ("Doña Marta") is the given
 * name alone, rule 4, taken only when no one else the memo names shares it.
 */
const TITLE = '(?:mr|mrs|ms|miss|mx|dr|sr|sra|srta|senor|senora|senorita|don|dona)\\.?';

/** Letters and digits: what a name may not run into ("Oxlaj" is not in "Oxlajes"). */
const WORD = '[\\p{L}\\p{N}\\p{M}]';

const words = (name: string) => name.trim().split(/\s+/u).filter((w) => w !== '');
const fold = (s: string) => s.toLocaleLowerCase('en');
/**
 * A text or name without its accents, each letter kept in its place ("Márta" → "Marta", "Núñez" →
 * "Nunez"): a name typed on an English keyboard loses them, and the memo still names the sponsor.
 * Letters and marks only: the text's other characters, and so the sentence and word boundaries the
 * rules read, are as typed.
 */
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each run of consecutive words of a name after its first ("Velásquez", "Oxlaj", "Velásquez Oxlaj"). */
function laterRuns(name: string): string[][] {
  const w = words(name);
  const out: string[][] = [];
  for (let i = 1; i < w.length; i++) for (let j = i + 1; j <= w.length; j++) out.push(w.slice(i, j));
  return out;
}

/** Whether `run` is a run of consecutive words of `name`, case aside. */
function inName(run: string[], name: string): boolean {
  const w = words(name).map(fold);
  const r = run.map(fold);
  for (let i = 0; i + r.length <= w.length; i++) if (r.every((x, k) => w[i + k] === x)) return true;
  return false;
}

/** A regular expression for a run of name words, spaces between them as typed. */
const runRe = (run: string[]) => run.map(escapeRe).join('\\s+');

/**
 * Whether the text before a match ends a sentence, a line or is empty (quotes and an opening
 * parenthesis aside): a capital there says nothing.
 */
function sentenceStart(before: string): boolean {
  const t = before.replace(/[\s"“‘(]+$/u, '');
  return t === '' || /[.!?:;]$/u.test(t) || /\n[\s"“‘(]*$/u.test(before);
}

/**
 * English words that are also given or family names, folded (lower case, no accents): at a
 * sentence's start, where a capital says nothing, one of these alone ("Young people…", "Will you…",
 * "Hope remains…") reads as the word, so it is not taken for the sponsor. Any other single word
 * there is taken ("Cruz will…", "Marta has…"): it was not, and a recommendation that began with the
 * sponsor's name went unwarned. Harbor has no dictionary; this list holds the English words
 * common as names (given names from virtues, months, flowers and stones; family names from trades,
 * colours and places) and the words that open a recommendation's sentence. A name missing here
 * costs a false warning at a sentence's start, which the advocate reads past; the months and days
 * are CALENDAR's, below.
 */
const ENGLISH_WORDS = new Set([
  // Given names that are English words.
  ...['hope', 'faith', 'grace', 'joy', 'charity', 'mercy', 'patience', 'prudence', 'constance', 'honor', 'honour', 'justice', 'unity', 'trinity', 'destiny', 'harmony', 'serenity', 'precious', 'royal', 'major', 'noble', 'earnest', 'sunny', 'dawn', 'eve', 'summer', 'autumn', 'winter', 'rain', 'sky', 'storm', 'star', 'rose', 'lily', 'iris', 'ivy', 'holly', 'daisy', 'violet', 'heather', 'poppy', 'amber', 'ruby', 'pearl', 'crystal', 'jade', 'angel', 'bill', 'mark', 'frank', 'guy', 'jack', 'ray', 'sue', 'pat', 'will', 'bob', 'rob', 'art', 'chase', 'hunter', 'mason', 'miles', 'max', 'dean', 'grant', 'lane', 'reed', 'wade', 'gene', 'don'],
  // Family names that are English words.
  ...['young', 'rich', 'long', 'little', 'small', 'short', 'strong', 'sharp', 'best', 'sweet', 'wise', 'good', 'love', 'fair', 'gay', 'brown', 'white', 'black', 'green', 'gray', 'grey', 'king', 'price', 'day', 'hall', 'bell', 'wall', 'park', 'hill', 'wood', 'woods', 'field', 'fields', 'banks', 'rivers', 'brooks', 'stone', 'ford', 'bush', 'knight', 'page', 'bishop', 'baker', 'cook', 'carter', 'turner', 'miller', 'walker', 'bond', 'cash', 'gold', 'church', 'street', 'north', 'west', 'south', 'east', 'case', 'child', 'early', 'moody', 'hardy', 'power', 'ward', 'house', 'home', 'law', 'judge'],
  // Words that open a recommendation's sentences and are names somewhere.
  ...['may', 'should', 'must', 'no', 'so', 'in', 'as', 'at', 'on', 'her', 'his', 'if', 'the', 'that', 'this', 'release', 'place', 'visits', 'contact', 'weekly'],
]);

/**
 * Whether a run of name words at a sentence's start reads as a name though its capital says
 * nothing there: two words or more ("Velásquez Oxlaj will…"), a possessive after it ("Oxlaj’s
 * home"), or one word that is not an English word common as a name (`ENGLISH_WORDS`: "Cruz
 * will…", "Marta has…", "Velasquez has…" are taken; "Young people…", "Hope remains…" are not).
 */
function nameAtSentenceStart(run: string[], after: string): boolean {
  return run.length >= 2 || /^[’']s(?![\p{L}\p{N}])/u.test(after) || !ENGLISH_WORDS.has(plain(fold(run[0]!)));
}

/**
 * Lower-case words that say who a person is, right before a given name ("her teacher Marta", "the
 * caseworker Marta"): that Marta is the teacher, not the sponsor, unless the sponsor is one
 * (`ownRoles`: the sponsor's relationship in detail, and the family words of a relative or a
 * parent). A given name belongs to many people; a role that is not the sponsor's says it is another.
 */
const ROLE_NOUNS = new Set([
  ...['teacher', 'counselor', 'counsellor', 'caseworker', 'therapist', 'clinician', 'doctor', 'nurse', 'pastor', 'priest', 'coach', 'tutor', 'attorney', 'lawyer', 'advocate', 'interpreter', 'classmate', 'neighbor', 'neighbour', 'friend', 'roommate', 'employer', 'boss', 'manager'],
  ...['mother', 'father', 'parent', 'guardian', 'stepmother', 'stepfather', 'godmother', 'godfather', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle', 'cousin', 'sister', 'brother', 'stepsister', 'stepbrother', 'niece', 'nephew'],
]);

/** The family words a sponsor of a relationship may be called by (ROLE_NOUNS' second line). */
const FAMILY_ROLES: Record<string, string[]> = {
  'parent-or-legal-guardian': ['mother', 'father', 'parent', 'guardian', 'stepmother', 'stepfather'],
  relative: ['godmother', 'godfather', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle', 'cousin', 'sister', 'brother', 'stepsister', 'stepbrother', 'niece', 'nephew'],
};

/** Whether the text before a given name ends with a role word that is not one of the sponsor's ("her teacher "). */
function anotherRole(before: string, ownRoles: readonly string[]): boolean {
  const word = /(?<![\p{L}\p{N}])(\p{Ll}+)[ \t]+$/u.exec(before)?.[1];
  return word !== undefined && ROLE_NOUNS.has(word) && !ownRoles.includes(word);
}

/**
 * Capitalised words that are not names in an English memo, though given names share them: the
 * months and days ("a release in June" for a sponsor named June).
 */
const CALENDAR = new Set([
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
]);

/**
 * Whether a word matched in a text is part of a longer proper name: a capitalised word right
 * before it (spaces only between; "Santa Rosa", "Casa Marta") other than a courtesy title ("Doña
 * Marta" is the person), or right after it ("Marta Ruiz", someone else; "Hope House"). A word
 * that ends a sentence before it ("…to Rosa. Marta has…") is not part of it: the name after a
 * full stop was read as "Rosa. Marta", one longer name, and never taken; only a place's
 * abbreviation ("St. Rose", "Sta. Marta", "Mt. Hope", "Ft. Worth") runs on across its stop.
 */
function inLongerName(before: string, after: string): boolean {
  const prev = /(\p{Lu}[\p{L}\p{M}’'.-]*)[ \t]+$/u.exec(before)?.[1];
  const endsSentence = prev !== undefined && /[.!?]$/u.test(prev) && !/^(?:st|sta|sto|mt|ft)\.$/iu.test(prev);
  if (prev !== undefined && !endsSentence && !new RegExp(`^${TITLE}$`, 'iu').test(prev)) return true;
  return /^[ \t]+\p{Lu}/u.test(after);
}

/**
 * The other people a memo names, whose names a sponsor's family name may share: the child, the
 * advocate, the supervising attorney, the people consulted, the parents and the other proposed
 * sponsors. A person written as the sponsor's whole name, with or without its accents (the sponsor
 * consulted as a contact, typed "Marta Velasquez"), is the sponsor, not another. `ownRoles`: the
 * words the sponsor may be called by before a given name ("her aunt Marta"), from the sponsor's
 * relationship in detail and, for a relative or a parent, the family words (ROLE_NOUNS).
 */
export function otherPeople(c: BestInterestsMemoCase, sponsorName: string): { adults: string[]; child: string; ownRoles: string[] } {
  const key = (n: string) => plain(words(n).map(fold).join(' '));
  const same = (n: string) => key(n) === key(sponsorName);
  const sponsors = [c.proposedSponsor, ...c.proposedSponsors].flatMap((s) => (s ? [s] : []));
  const adults = [
    c.advocate.name,
    c.supervisingAttorney?.name ?? null,
    ...c.contacts.filter((k) => k.role !== 'child').map((k) => k.person),
    ...c.parentsWishes.map((p) => p.person),
    ...sponsors.map((s) => s.name),
  ].filter((n): n is string => n !== null && !same(n));
  const own = sponsors.find((s) => same(s.name));
  const ownRoles = own ? [...(FAMILY_ROLES[own.relationship] ?? []), ...words(plain(fold(own.relationshipDetail ?? ''))).map((w) => w.replace(/[^\p{L}]/gu, ''))] : [];
  return { adults, child: c.child.familyName === null ? c.child.givenName : `${c.child.givenName} ${c.child.familyName}`, ownRoles };
}

/**
 * Whether `text` names the sponsor `name` (spaces aside, accents aside: "Marta" for "Márta", as a
 * name typed on an English keyboard is; the other people's names are compared the same way, so a
 * word two people share with or without an accent is neither's):
 * 1. the whole name, case aside, not inside a longer word;
 * 2. a courtesy title and a run of the name's words after the first, case aside ("Ms. Velásquez",
 *    "sra. Velasquez Oxlaj"), unless another adult of the memo has that run in their name (two
 *    sponsors named Oxlaj: "Ms. Oxlaj" is either); the child may share it (a child is not "Ms.");
 * 3. a run of the name's words after the first alone, written with its capital as a name is
 *    ("the Velásquez home"), and in no other person's name, the child's included (an uncle's
 *    family name is often the child's); at the start of a sentence, where a capital says nothing
 *    (a sponsor named Young, "Young people…"), only as `nameAtSentenceStart` reads a name there
 *    ("Velásquez has…", "Cruz will…"). A common word written in lower case ("rosa", "paz") is never a name;
 * 4. the name's first word, the given name, alone, on the same terms as 3, and not part of a
 *    longer proper name ("Santa Rosa", "Marta Ruiz": `inLongerName`), nor a month or a day (a
 *    sponsor named June, "in June"), nor after a word naming a role the sponsor does not have
 *    ("her teacher Marta": `anotherRole`).
 */
export function namesSponsor(rawText: string, rawName: string, others: { adults: string[]; child: string; ownRoles?: string[] }): boolean {
  const text = plain(rawText);
  const name = plain(rawName);
  const adults = others.adults.map(plain);
  const child = plain(others.child);
  const whole = words(name);
  if (whole.length === 0) return false;
  const bounded = (core: string, flags: string) => new RegExp(`(?<!${WORD})${core}(?!${WORD})`, flags);
  if (bounded(runRe(whole), 'iu').test(text)) return true;
  for (const run of laterRuns(name)) {
    if (adults.some((n) => inName(run, n))) continue;
    if (bounded(`${TITLE}\\s+${runRe(run)}`, 'iu').test(text)) return true;
    if (inName(run, child)) continue;
    const re = bounded(`(${runRe(run)})`, 'giu');
    for (const m of text.matchAll(re)) {
      const at = m.index;
      const first = m[0].charAt(0);
      if (first === first.toLocaleLowerCase('en')) continue;
      if (sentenceStart(text.slice(0, at)) && !nameAtSentenceStart(run, text.slice(at + m[0].length))) continue;
      return true;
    }
  }
  // 4. The given name alone ("in the alternative, to Marta"), as a name is written, when no other
  // person of the memo has that word in their name and it is not a month or a day.
  const given = whole[0]!;
  if (whole.length < 2 || CALENDAR.has(fold(given)) || adults.some((n) => inName([given], n)) || inName([given], child)) return false;
  for (const m of text.matchAll(bounded(escapeRe(given), 'giu'))) {
    const at = m.index;
    const before = text.slice(0, at);
    const after = text.slice(at + m[0].length);
    const first = m[0].charAt(0);
    if (first === first.toLocaleLowerCase('en') || inLongerName(before, after) || anotherRole(before, others.ownRoles ?? [])) continue;
    if (sentenceStart(before) && !nameAtSentenceStart([given], after)) continue;
    return true;
  }
  return false;
}

/**
 * Whether `text` names `name` by a courtesy title and a run of its words after the first ("Mr. Ajú",
 * "Sr. Ajú Batz"), accents and case aside, whoever else the memo names shares that run: rule 2 of
 * `namesSponsor` without its exception. Read only where a reference that may be this person must be
 * warned even when it may be another (implicated-parent.ts: an implicated parent).
 */
export function titledFamilyName(rawText: string, rawName: string): boolean {
  const text = plain(rawText);
  return laterRuns(plain(rawName)).some((run) => new RegExp(`(?<!${WORD})${TITLE}\\s+${runRe(run)}(?!${WORD})`, 'iu').test(text));
}
