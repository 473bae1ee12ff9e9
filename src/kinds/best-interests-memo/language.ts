// How the memo compares languages as the case names them (free text: "Mam", "mam ", "ENGLISH"):
// one rule, called wherever the memo asks whether two languages are one, or whether one is
// English (the child's words, the Background's languages row). The T-visa declaration has a rule
// of its own (src/kinds/t-visa-declaration/language.ts); a kind does not import another's files.

/** Whether two languages as the case names them are the same: case and surrounding spaces aside. */
export function sameLanguage(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en-US') === b.trim().toLocaleLowerCase('en-US');
}

/**
 * Whether a language as the case names it is English, the language every quotation of the child is
 * printed in: words given in English were not translated, and English is no relay between two
 * other languages.
 */
export function isEnglish(language: string): boolean {
  return sameLanguage(language, 'English');
}

/**
 * The languages given, each once, in the order given: a language named twice ("Mam" as the primary
 * and again among the others, or "Spanish" and "spanish ") is kept where it first appears.
 */
export function distinctLanguages(languages: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of languages) if (!out.some((o) => sameLanguage(o, l))) out.push(l);
  return out;
}
