// How a case's languages are compared, as the case names them (free text: "Mam", "mam ",
// "ENGLISH"): one rule for every kind that asks whether two languages are one, or whether one is
// English (the T-visa declaration's translator, interpreter and read-back; the best-interests
// memo's quotations of the child and its languages row). Each kind had written its own copy.

/**
 * Whether two languages as the case names them are the same: case, surrounding spaces, accents and the
 * apostrophe typed aside ("K'iche'", "K’iche’" and "Kʼicheʼ" are one language: a keyboard's
 * apostrophe, a typographic one, and the glottal-stop letter ʼ some Mayan spellings use).
 */
export function sameLanguage(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function comparable(language: string): string {
  // Accents aside too (round r54): "Español" and "Espanol" are one language, printed twice on
  // "Languages" ("Español, Espanol"); a language's name is no person's spelling to keep.
  return language
    .trim()
    .toLocaleLowerCase('en-US')
    .replace(/[‘’ʼ`´]/gu, "'")
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

/**
 * Whether a language as the case names it is English ("english ", "ENGLISH"): the language every
 * document is written in, so words given in English were not translated.
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
