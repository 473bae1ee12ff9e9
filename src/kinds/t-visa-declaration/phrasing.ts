// How Harbor writes the sentences it generates about people and dates, so a reviewing attorney
// finds no double parentheses, no year said twice in one range, no "they" for a person whose
// pronouns the case gives, and no fragments (issue 14 point 13; docs/domain/t-visa-declaration.md).
import { calendarDate, countryName, MONTHS, organizationInProse } from '../kit/index.js';
import type { PRONOUNS } from './choices.js';
import { actDateText, onOrIn, precisionOf } from './dates.js';

export type Pronoun = (typeof PRONOUNS)[number];

/** Subject, object and possessive forms of a pronoun, and whether the verb takes the plural ("they were"). */
const FORMS: Record<Pronoun, { subject: string; object: string; possessive: string }> = {
  she: { subject: 'she', object: 'her', possessive: 'her' },
  he: { subject: 'he', object: 'him', possessive: 'his' },
  they: { subject: 'they', object: 'them', possessive: 'their' },
};

/** A person as generated sentences refer to them: by pronoun when the case gives one, else by name. */
export interface Referent {
  name: string;
  subject: string;
  object: string;
  possessive: string;
  /** True when the person is referred to by a pronoun (not their name). */
  pronoun: boolean;
}

export function referent(name: string, pronouns: Pronoun | null): Referent {
  if (!pronouns) return { name, subject: name, object: name, possessive: `${name}’s`, pronoun: false };
  return { name, ...FORMS[pronouns], pronoun: true };
}

/** First letter upper-cased (for a pronoun starting a sentence). */
export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * "a" or "an" before a free-text title, by its sound: "an Assistant Professor", "a Unit Director",
 * "an LPC" (an acronym is said letter by letter: "el"), "an honorary …". A heuristic for English
 * job titles, which is what it is given ("I am a [title]"); a wrong guess reads oddly, no worse.
 */
export function withArticle(title: string): string {
  const word = title.trim().split(/[\s,(]/)[0] ?? '';
  const acronym = word.length >= 2 && /^[A-Z]+$/.test(word);
  const w = word.toLowerCase();
  // "U.S." is said "you ess": "a U.S. Immigration and Customs Enforcement (ICE) Officer".
  const an = /^u\.s\.?$/.test(w)
    ? false
    : acronym
    ? /^[aefhilmnorsx]/.test(w)
    : /^(?:hon|hour|heir)/.test(w) || (/^[aeio]/.test(w) && !/^(?:eu|one)/.test(w)) || (/^u/.test(w) && !/^u[^aeiou][aeiou]/.test(w));
  return `${an ? 'an' : 'a'} ${title}`;
}

/**
 * "From March 1 to June 30, 2023", "From December 20, 2024 to January 2, 2025", "On May 4, 2023"
 * (one day) or "Since February 13, 2023" (open): the year is said once when both ends share it.
 * Each end at the precision the case gives it (yyyy-mm-dd, yyyy-mm, a season or yyyy, as an act's date),
 * never more: "Since December 2024", "From March to June 2023", "In 2019", "From 2019 to March 4, 2021",
 * "Since the spring of 2022", "From the fall of 2021 to March 2022".
 */
export function dateRange(from: string, to: string | null): string {
  if (to === null) return `Since ${actDateText(from)}`;
  const pa = precisionOf(from);
  const pb = precisionOf(to);
  if (from === to) return cap(onOrIn(from));
  if (pa !== pb || pa === 'year' || pa === 'season' || from.slice(0, 4) !== to.slice(0, 4)) return `From ${actDateText(from)} to ${actDateText(to)}`;
  if (pa === 'month') return `From ${MONTHS[Number(from.slice(5, 7)) - 1]} to ${actDateText(to)}`;
  const a = calendarDate(from);
  const b = calendarDate(to);
  return `From ${MONTHS[a.m - 1]} ${a.d} to ${MONTHS[b.m - 1]} ${b.d}, ${b.y}`;
}

/**
 * A name with a note in parentheses. A name that already ends in a parenthesis ("Rolando (last
 * name unknown)") takes the note inside the same parentheses: "Rolando (last name unknown; my
 * mother’s boyfriend)", never "Rolando (last name unknown) (mother’s boyfriend)".
 */
export function nameWithNote(name: string, note: string | null): string {
  if (!note) return name;
  const m = /^(.*\S)\s*\(([^()]*)\)$/.exec(name.trim());
  if (m) return `${m[1]} (${m[2]}; ${note})`;
  return `${name} (${note})`;
}

/**
 * The people a perpetrator is to the applicant, named by a bare noun (a relative, a partner, a
 * person of the applicant's life): "husband" is "my husband" in the applicant's voice. Words of a
 * role without a tie ("recruiter", "trafficker") are not among them: "(recruiter)" is a label, "my
 * recruiter" would claim a relation.
 */
const MY_PEOPLE =
  'husband|wife|spouse|partner|boyfriend|girlfriend|fianc[ée]e?|father|mother|stepfather|stepmother|parents?|uncle|aunt|cousin|brother|sister|' +
  'stepbrother|stepsister|(?:brother|sister|father|mother|son|daughter)-in-law|grandfather|grandmother|grandparents?|godfather|godmother|nephew|niece|son|daughter|' +
  'boss|employer|landlord|neighbou?r|teacher|coach|friend|guardian';
/** A bare relation, with the words that qualify one ("former husband", "ex-husband", "maternal uncle", "older cousin"). */
const BARE_RELATION = new RegExp(`^(?:(?:former|maternal|paternal|older|younger|elder|late|legal)\\s+|ex-)*(?:${MY_PEOPLE})$`, 'iu');

/**
 * A perpetrator's relationship as the applicant says it: "mother’s boyfriend" → "my mother’s
 * boyfriend" (a relative named by a possessive), "husband" → "my husband", "former employer" → "my
 * former employer" (a bare relation: "Darren Pike (husband)" read as a form's label in a sworn
 * first-person statement), other wording kept ("recruiter, last name unknown", "acquaintance of my
 * father").
 */
export function inMyWords(relationship: string): string {
  const r = relationship.trim();
  if (/^(my|the|a|an|his|her|their|our)\b/i.test(r)) return r;
  // A bare relation typed with a capital, as a form's field invites ("Husband"), reads in a sentence in lower case.
  if (BARE_RELATION.test(r)) return `my ${r.charAt(0).toLowerCase()}${r.slice(1)}`;
  return /^[\p{L}-]+[’']s\b/u.test(r) ? `my ${r}` : r;
}

/** Countries whose English name takes "the" in a sentence though its form does not show it. */
const THE_BY_CODE = new Set(['BQ', 'BS', 'GM', 'IM', 'KM', 'MV', 'NL', 'PH']);
/** Names that take "the" by their form: a republic, kingdom, union of states, emirates, territories or islands. */
const THE_BY_FORM = /\b(?:Republic|Kingdom|States|Emirates|Territory|Territories|Islands)\b/;

/**
 * A country as a sentence names it: "in Guatemala", but "in the Philippines", "in the Dominican
 * Republic", "in the United Kingdom", "in the Bahamas", "in the Gambia" (it printed "I was born
 * … in Philippines", "I was in Dominican Republic"). The caption's "Country of birth" and a place
 * of signing ("Houston, Texas, United States") are labels and lists, and keep the bare name.
 */
export function countryInProse(code: string): string {
  const name = countryName(code);
  if (name === null) return code;
  return THE_BY_CODE.has(code) || THE_BY_FORM.test(name) ? `the ${name}` : name;
}

/** Exhibit citation at the end of a paragraph: "(See Exhibit A.)", "(See Exhibits B and C.)". */
export function exhibitCitation(ids: readonly string[]): string | null {
  if (ids.length === 0) return null;
  const list = ids.length === 1 ? ids[0]! : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
  return `(See Exhibit${ids.length === 1 ? '' : 's'} ${list}.)`;
}

/**
 * The declaration's paragraph naming who was responsible (templates/t-visa-declaration.hbs, "What
 * Happened to Me"): `lead` is the sentence, and `people` the names with their notes when they are
 * listed under it (docs/domain/t-visa-declaration-form.md, "Who was responsible, listed"). Two or more
 * people of whom a note holds a comma ("recruiter, last name unknown") would be set off by
 * semicolons in one sentence ("Doña Rita (recruiter, last name unknown); and Beto (…)"), right but
 * heavy: they are listed instead, one a line under "…are:", as a declarant lists names. Otherwise
 * one sentence: "…are Doña Rita (recruiter) and Beto (trafficker)."
 */
export function perpetratorsParagraph(people: readonly string[], joined: (items: readonly string[]) => string): { lead: string; people: string[] } | null {
  if (people.length === 0) return null;
  const lead = people.length === 1 ? 'The person responsible for what happened to me is' : 'The people responsible for what happened to me are';
  if (people.length > 1 && people.some((p) => p.includes(','))) return { lead: `${lead}:`, people: [...people] };
  return { lead: `${lead} ${joined(people)}.`, people: [] };
}

/**
 * An agency as the subject of a sentence, its article as prose gives it (kit organizationInProse),
 * and a name holding a comma closed by one before the verb, as an apposition is: "the Federal
 * Bureau of Investigation, Houston Field Office, asked …", where "… Houston Field Office asked"
 * read the office as the subject of a sentence begun by the Bureau. `inProse` writes the agency:
 * the view passes the document's own (kit organizationsInProse), so an acronym is spelled out once
 * for the whole statement.
 */
export function agencyAsSubject(name: string, inProse: (name: string) => string = organizationInProse): string {
  const printed = inProse(name);
  return /,/.test(printed) && !/[,.]$/.test(printed) ? `${printed},` : printed;
}

/**
 * A law-enforcement contact's bold lead, as a sentence in the applicant's voice, its date at the
 * precision known: "On May 10, 2023, I was in contact with the Diplomatic Security Service, U.S.
 * Department of State.", "In the spring of 2022, I was in contact with Homeland Security
 * Investigations.", "In March 2024, I was in contact with Detective Ana Ruiz, Houston Police
 * Department." It read "May 10, 2023, Diplomatic Security Service, U.S. Department of State.", a
 * label where the statement is sworn sentences. "In contact with" claims no more than the case
 * says (the agency contacted, 8 CFR 214.208): not who reached out, nor how (a meeting, a call, a
 * report), which the narrative after it tells. An agency typed with a closing period keeps one.
 * `inProse` writes the agency: the view passes one that spells out a bare acronym ("HSI") at its
 * first mention among the contacts (kit organizationsInProse).
 */
export function lawEnforcementContactLead(x: { date: string; agency: string }, inProse: (name: string) => string = organizationInProse): string {
  const agency = inProse(x.agency);
  return `${cap(onOrIn(x.date))}, I was in contact with ${agency}${/[.!?]$/.test(agency) ? '' : '.'}`;
}
