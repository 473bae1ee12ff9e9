// An age the memo's own prose gives the child today against the age the memo computes (warning
// `stated-age-differs`; docs/domain/best-interests-memo.md, "Computed values"). The Background's
// table prints the age on the memo date from the date of birth; a text that says "Lucía is 15"
// beside "Age on the date of this memo: 17" contradicts itself before the decision-maker, who
// weighs the child's expressed interests "in light of age and maturity" (45 CFR 410.1001) and for
// whom a child near 18 changes the decision (6 U.S.C. § 279(g)(2)). A memo carried over from an
// earlier one, or a date of birth corrected since, leaves such a sentence behind. Harbor cannot tell
// which is wrong, so it warns. Pure; compute.ts reads it.
import type { MemoIssue } from './codes.js';
import { FACTOR_KEYS, type BestInterestsMemoCase } from './schema.js';

const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const AGE = `(\\d{1,2}|${WORDS.join('|')})`;
const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The ages a text gives the child in the present tense, as a memo writes them: "Lucía is 15",
 * "she is now seventeen years old", "the child is a 16-year-old", "Lucía, who is 15, …". The
 * subject is the child (the given name, "she", "he", "the child"), so "her brother is 15" is not
 * hers; a number must be followed by "years", punctuation, the end or a joining word, so "she is
 * 15 minutes from school" is no age; the past ("was 15 when she left") and the future ("turns 18")
 * are other days' ages.
 */
export function presentAges(text: string, givenName: string): number[] {
  const subject = `(?:${escapeRe(givenName)}|she|he|the child)`;
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${subject}(?:,\\s*who)?(?:\\s+is|[’']s)\\s+(?:now\\s+|only\\s+|just\\s+|currently\\s+)?` +
      `(?:an?\\s+${AGE}[-\\s]years?[-\\s]old(?![\\p{L}\\p{N}])|${AGE}(?:\\s+years?(?:\\s+old)?)?(?=\\s*(?:[.,;:!?)]|$|and\\b|but\\b|with\\b)))`,
    'giu',
  );
  const out: number[] = [];
  for (const m of text.matchAll(re)) {
    const raw = (m[1] ?? m[2] ?? '').toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : WORDS.indexOf(raw) + 1;
    if (n > 0) out.push(n);
  }
  return out;
}

/** The memo's prose about the child today, with its paths. */
function texts(c: BestInterestsMemoCase): Array<[string, string | null]> {
  const b = c.background;
  return [
    ['summary', c.summary],
    ['background.identity', b.identity],
    ['background.family', b.family],
    ['background.journey', b.journey],
    ['background.custody', b.custody],
    ['background.traffickingConcerns', b.traffickingConcerns],
    ['expressedWishes', c.expressedWishes],
    ...FACTOR_KEYS.map((k): [string, string | null] => [`factors.${k}`, c.factors[k].analysis]),
    ['divergence.explanation', c.divergence?.explanation ?? null],
  ];
}

/**
 * `stated-age-differs` (warning, at the text): the prose says the child is an age other than the
 * age on the memo date (`ageAtMemo`, from `child.dateOfBirth`). Once per text, naming both ages
 * (figures the case computes or states, no one's words).
 */
export function statedAgeIssues(c: BestInterestsMemoCase, ageAtMemo: number, estimated: boolean): MemoIssue[] {
  return texts(c).flatMap(([path, text]): MemoIssue[] => {
    if (!text) return [];
    const wrong = presentAges(text, c.child.givenName).find((n) => n !== ageAtMemo);
    if (wrong === undefined) return [];
    return [
      {
        path,
        code: 'stated-age-differs',
        message:
          `says the child is ${wrong}, but the child is ${ageAtMemo} on the date of this memo${estimated ? ' (from an estimated date of birth)' : ''}, as the Background's table prints from child.dateOfBirth: ` +
          'correct the age in the text, or the date of birth',
      },
    ];
  });
}
