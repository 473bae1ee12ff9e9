// An age the applicant states in an act's description against the age the act's date gives
// (warning `act-age-contradicts-date`; docs/domain/t-visa-declaration.md, "Eligibility and the
// elements the personal statement covers", point 4). The age at each act is what the minor
// exemption rests on (8 CFR 214.202(c)(1)), and the statement prints it in the minor-exemption
// paragraph ("I was under 18 years old at the time of the events of …"): an act dated after the
// 18th birthday whose text says "I was seventeen" reads to the adjudicator as an inconsistency in
// a sworn statement (credibility: 8 CFR 214.206(a)(3)(ii), "any credible evidence"), and one of
// the two is wrong. Harbor cannot tell which, so it warns and names both.
import { ageFacts } from './ages.js';
import type { TVisaIssue } from './codes.js';

/** The number words of an age a child or young adult states, one to twenty-nine. */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const NUMBER_WORDS = new Map<string, number>([
  ...UNITS.map((w, i): [string, number] => [w, i + 1]),
  ...TEENS.map((w, i): [string, number] => [w, i + 10]),
  ['twenty', 20],
  ...UNITS.map((w, i): [string, number] => [`twenty-${w}`, 21 + i]),
]);

/**
 * "I was 17", "I was seventeen years old", "when I was only 16", "at the age of 15", "I had just
 * turned 18", "I turned eighteen": the statement's own words for the applicant's age. A number
 * must be followed by "years", punctuation, the end or a joining word, so that "I was one of five
 * girls" and "I was 17 hours without food" are not ages.
 */
const STATED = new RegExp(
  String.raw`\b(?:(I was|I am|at the age of|at age)(?: only| just| barely)?|(I (?:had )?(?:just )?turned))\s+(\d{1,2}|${[...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})(?=\s+years?\b|\s*[.,;:!?)—–-]|\s*$|\s+(?:and|when|but|then|so|at|in|on|while|because|or)\b)`,
  'giu',
);

/** Each age the text states: the number, and whether it is "turned N" (at least N) or "was N" (exactly N). */
export function statedAges(text: string): { age: number; turned: boolean }[] {
  const out: { age: number; turned: boolean }[] = [];
  for (const m of text.matchAll(STATED)) {
    const raw = m[3]!.toLocaleLowerCase('en');
    const age = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS.get(raw);
    // "I am 17" in a past act is the age today, not at the act.
    if (age === undefined || /^I am$/i.test(m[1] ?? '')) continue;
    out.push({ age, turned: m[2] !== undefined });
  }
  return out;
}

/** A dated paragraph in the applicant's words: where its text and its date are, and their values. */
export interface DatedText {
  textPath: string;
  datePath: string;
  text: string | null | undefined;
  date: string | null | undefined;
}

/**
 * `act-age-contradicts-date` for each dated paragraph (an act, an escape) whose text states an age
 * its date cannot give ("I was seventeen" on a date after the 18th birthday; "I had just turned 18"
 * on a date before it). A date known by month or year gives a range, and any age in it agrees. A
 * date outside the applicant's life is left to its own error (ages.ts, dated-paragraphs.ts).
 */
export function statedAgeIssues(dob: string, signedOn: string, items: readonly DatedText[]): TVisaIssue[] {
  const issues: TVisaIssue[] = [];
  for (const { textPath, datePath, text, date } of items) {
    if (!text || !date) continue;
    const { facts, errors } = ageFacts(dob, signedOn, [date]);
    const a = facts.ageAtEachAct[0];
    if (!a || errors.length > 0) continue;
    const wrong = statedAges(text).find(({ age, turned }) => (turned ? a.ageMax < age : age < a.ageMin || age > a.ageMax));
    if (!wrong) continue;
    const given = a.ageMin === a.ageMax ? `${a.ageMin}` : `${a.ageMin} or ${a.ageMax}`;
    issues.push({
      path: textPath,
      code: 'act-age-contradicts-date',
      message: `says the applicant ${wrong.turned ? 'had turned' : 'was'} ${wrong.age}, but on its date (${datePath}) the applicant was ${given}, from applicant.dateOfBirth; the ages the statement prints follow the date: correct the date, the date of birth or the text`,
    });
  }
  return issues;
}
