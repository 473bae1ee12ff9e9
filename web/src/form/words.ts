// The summary panel's computed codes in words (summary.tsx): kept apart from the panel's JSX so
// that the unit tests, compiled without JSX, can read them.

/**
 * A computed code in words, as the form shows a choice's code in words (`x-enum-labels`): the
 * panel is read by the person who filled the form, who never saw the code. A code the page does
 * not know yet (a kind that added one) shows as itself rather than not at all.
 */
export function inWords(code: unknown, words: Record<string, string>): string {
  if (typeof code !== 'string') return '—';
  return Object.hasOwn(words, code) ? words[code]! : code;
}

/** The T-visa's attestation variant, by where the declaration is signed: 28 U.S.C. § 1746(1), (2). */
export const ATTESTATION_WORDS: Record<string, string> = {
  'inside-us': 'Signed inside the United States (28 U.S.C. § 1746(2))',
  'outside-us': 'Signed outside the United States (28 U.S.C. § 1746(1))',
};

const LONG_DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

/**
 * A computed calendar date ("2028-08-14") as the documents print one ("August 14, 2028"): a date
 * of the case, read at UTC midnight so that no browser's time zone moves it a day. Anything else
 * shows as itself.
 */
export function longDate(iso: unknown): string {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso === undefined || iso === null ? '—' : String(iso);
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : LONG_DATE.format(d);
}
