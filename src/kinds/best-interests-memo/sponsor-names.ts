// Whether a recommendation's text names a proposed sponsor, as an advocate writes a name in prose:
// whole ("Marta Velásquez Oxlaj"), by a family name with a courtesy title ("Ms. Velásquez", "Sra.
// Oxlaj"), by a family name alone written as a name ("the Velásquez home", "Velásquez has…"), or
// by the given name alone where no one else the memo names shares it ("to Marta"). Pure; sponsors.ts
// reads it for `recommendation-names-sponsor-not-recommended` (docs/domain/
// best-interests-memo-alternatives.md, "A release to which sponsor", worked examples there).
import type { BestInterestsMemoCase } from './schema.js';

/**
 * Courtesy titles before a family name, in English and Spanish (the languages of most of these
 * memos' families), compared case aside: "Ms. Velásquez", "Sra. Oxlaj". In rule 2 only words
 * after the name's first follow one; a title before the given name ("Doña Marta") is the given
 * name alone, rule 4, taken only when no one else the memo names shares it.
 */
const TITLE = '(?:mr|mrs|ms|miss|mx|dr|sr|sra|srta|señor|señora|señorita|don|doña)\\.?';

/** Letters and digits: what a name may not run into ("Oxlaj" is not in "Oxlajes"). */
const WORD = '[\\p{L}\\p{N}\\p{M}]';

const words = (name: string) => name.trim().split(/\s+/u).filter((w) => w !== '');
const fold = (s: string) => s.toLocaleLowerCase('en');
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
 * Whether a run of name words at a sentence's start reads as a name though its capital says
 * nothing there: two words or more ("Velásquez Oxlaj will…"), a letter English words do not
 * have (an accent, ñ: "Velásquez has…", "Núñez…"), or a possessive after it ("Oxlaj’s home").
 * A plain word alone ("Young people…", "Hope remains…", "Cruz will…") is not taken: a common
 * English word there looks the same, and Harbor has no dictionary to tell them apart.
 */
function nameAtSentenceStart(run: string[], after: string): boolean {
  return run.length >= 2 || /[^\p{ASCII}]/u.test(run.join('')) || /^[’']s(?![\p{L}\p{N}])/u.test(after);
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
 * Marta" is the person), or right after it ("Marta Ruiz", someone else; "Hope House").
 */
function inLongerName(before: string, after: string): boolean {
  const prev = /(\p{Lu}[\p{L}\p{M}’'.-]*)[ \t]+$/u.exec(before)?.[1];
  if (prev !== undefined && !new RegExp(`^${TITLE}$`, 'iu').test(prev)) return true;
  return /^[ \t]+\p{Lu}/u.test(after);
}

/**
 * The other people a memo names, whose names a sponsor's family name may share: the child, the
 * advocate, the supervising attorney, the people consulted, the parents and the other proposed
 * sponsors. A person written as the sponsor's whole name (the sponsor consulted as a contact) is
 * the sponsor, not another.
 */
export function otherPeople(c: BestInterestsMemoCase, sponsorName: string): { adults: string[]; child: string } {
  const same = (n: string) => words(n).map(fold).join(' ') === words(sponsorName).map(fold).join(' ');
  const adults = [
    c.advocate.name,
    c.supervisingAttorney?.name ?? null,
    ...c.contacts.filter((k) => k.role !== 'child').map((k) => k.person),
    ...c.parentsWishes.map((p) => p.person),
    ...[c.proposedSponsor, ...c.proposedSponsors].flatMap((s) => (s ? [s.name] : [])),
  ].filter((n): n is string => n !== null && !same(n));
  return { adults, child: `${c.child.givenName} ${c.child.familyName}` };
}

/**
 * Whether `text` names the sponsor `name` (spaces aside, no accent folding, as `sponsor` is
 * matched: two people may differ by an accent):
 * 1. the whole name, case aside, not inside a longer word;
 * 2. a courtesy title and a run of the name's words after the first, case aside ("Ms. Velásquez",
 *    "sra. Velásquez Oxlaj"), unless another adult of the memo has that run in their name (two
 *    sponsors named Oxlaj: "Ms. Oxlaj" is either); the child may share it (a child is not "Ms.");
 * 3. a run of the name's words after the first alone, written with its capital as a name is
 *    ("the Velásquez home"), and in no other person's name, the child's included (an uncle's
 *    family name is often the child's); at the start of a sentence, where a capital says nothing
 *    (a sponsor named Young, "Young people…"), only as `nameAtSentenceStart` reads a name there
 *    ("Velásquez has…"). A common word written in lower case ("rosa", "paz") is never a name;
 * 4. the name's first word, the given name, alone, on the same terms as 3, and not part of a
 *    longer proper name ("Santa Rosa", "Marta Ruiz": `inLongerName`) nor a month or a day (a
 *    sponsor named June, "in June").
 */
export function namesSponsor(text: string, name: string, others: { adults: string[]; child: string }): boolean {
  const whole = words(name);
  if (whole.length === 0) return false;
  const bounded = (core: string, flags: string) => new RegExp(`(?<!${WORD})${core}(?!${WORD})`, flags);
  if (bounded(runRe(whole), 'iu').test(text)) return true;
  for (const run of laterRuns(name)) {
    if (others.adults.some((n) => inName(run, n))) continue;
    if (bounded(`${TITLE}\\s+${runRe(run)}`, 'iu').test(text)) return true;
    if (inName(run, others.child)) continue;
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
  if (whole.length < 2 || CALENDAR.has(fold(given)) || others.adults.some((n) => inName([given], n)) || inName([given], others.child)) return false;
  for (const m of text.matchAll(bounded(escapeRe(given), 'giu'))) {
    const at = m.index;
    const before = text.slice(0, at);
    const after = text.slice(at + m[0].length);
    const first = m[0].charAt(0);
    if (first === first.toLocaleLowerCase('en') || inLongerName(before, after)) continue;
    if (sentenceStart(before) && !nameAtSentenceStart([given], after)) continue;
    return true;
  }
  return false;
}
