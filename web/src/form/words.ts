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
