// The declarant's language, the translation they sign and the read-back before signing
// (docs/domain/t-visa-declaration-form.md, "Form of a declaration": 8 CFR 103.2(b)(3) for the translation).
// Languages are compared by the kit's one rule (kit/language.ts: sameLanguage, isEnglish).
import { isEnglish, nameWithFormName } from '../kit/index.js';
import type { TVisaCase } from './schema.js';

/** True when the declaration was given in English. */
export function givenInEnglish(c: Pick<TVisaCase, 'statement'>): boolean {
  return isEnglish(c.statement.language);
}

/**
 * Whether the declarant reads the English text they sign: as the case says, or, when it is
 * silent, only for a declaration given in English.
 */
export function readsEnglish(c: Pick<TVisaCase, 'statement'>): boolean {
  return c.statement.readsEnglish ?? givenInEnglish(c);
}

/**
 * The sentences of the last numbered paragraph about language: for a declaration given in another
 * language, that the declarant signs its English translation (by the named translator), and either
 * that they read it themselves or that the named interpreter read it back in their language before
 * they signed. Empty for a declaration given in English by a declarant who reads English.
 */
export function languageSentences(c: Pick<TVisaCase, 'statement' | 'translator' | 'interpreter'>): string[] {
  const out: string[] = [];
  const language = c.statement.language.trim();
  // Named as the certificates name them: in the order of the name's script, after the name in
  // Latin letters when given (kit nameWithFormName).
  const translator = c.translator ? nameWithFormName(c.translator.givenName, c.translator.familyName, c.translator.nameOnForm) : null;
  const reads = readsEnglish(c);
  if (!givenInEnglish(c)) {
    out.push(`I gave this declaration in ${language}.`);
    const made = translator ? `, made by ${translator}` : '';
    out.push(reads ? `I am signing its English translation${made}, which I read myself before I signed it.` : `I am signing its English translation${made}.`);
  }
  if (!reads && c.interpreter) {
    const what = givenInEnglish(c) ? 'this declaration' : 'the whole English translation';
    out.push(`Before I signed it, ${nameWithFormName(c.interpreter.givenName, c.interpreter.familyName, c.interpreter.nameOnForm)} read ${what} back to me in ${c.interpreter.language}, and I understood it.`);
  }
  return out;
}
