// The languages the memo says the child spoke (docs/domain/best-interests-memo.md, "The child's
// languages"): in each conversation with the child (Sources Consulted) and in each quotation (the
// child's words). 45 CFR 410.1001 counts the child's "primary language" among the best-interest
// factors, and an immigration judge or ORR reads the memo's languages to know whether the child was
// heard in a language the child speaks. Each rule here is a warning, never an error: the advocate
// may know what the case does not say (a child who answered in English), and decides.
import { isEnglish, sameLanguage } from '../kit/index.js';
import type { MemoIssue } from './codes.js';
import type { BestInterestsMemoCase } from './schema.js';

/**
 * A language's name without the note a case may put after it: "Russian (Русский)", "Russian <ru>"
 * and "Russian" name one language here, so the rule below does not take a gloss for another one
 * (the apostrophe typed is sameLanguage's: kit/language.ts).
 */
function languageName(language: string): string {
  return language.replace(/\s*[(<[].*$/su, '');
}

type Languages = Pick<BestInterestsMemoCase, 'child' | 'contacts' | 'childsWords'>;

/**
 * The warnings about the languages the child is said to have spoken, in the order of the case:
 * - `interview-language-not-given`: a conversation with the child through an interpreter, or with
 *   a child whose primary language is not English, names no language: the table then prints "With
 *   an interpreter (…)" or nothing, and the memo never says which language the child was heard in;
 * - `quote-language-not-given`: a quotation with neither language nor original, for a child whose
 *   primary language is not English, reads as the child's own English words;
 * - `language-not-the-childs`: a conversation with the child, or a quotation, is in a language the
 *   Background does not list among the child's (`child.primaryLanguage`, `child.otherLanguages`),
 *   as when the language of a Spanish interpreter is recorded for a child who speaks only Mam.
 *   Only when the primary language is given: without it the Background lists no languages to
 *   contradict. A relay language (`childsWords[].through`) is the interpreter's, not the child's,
 *   and is not checked.
 */
export function childLanguageIssues(c: Languages): MemoIssue[] {
  const out: MemoIssue[] = [];
  const primary = c.child.primaryLanguage;
  const notEnglish = primary !== null && !isEnglish(primary);
  const listed = primary === null ? null : [primary, ...c.child.otherLanguages];
  const notListed = (language: string) => listed !== null && !listed.some((l) => sameLanguage(languageName(l), languageName(language)));
  // The message names no language of the case: a warning carries the rule, not case data.
  const notListedMessage = (what: string) =>
    `${what} a language the Background does not list among the child’s (child.primaryLanguage, child.otherLanguages): if the child speaks it, add it to child.otherLanguages; if it was the interpreter’s language, give here the language the child spoke (an interpreter’s language is not the child’s)`;

  c.contacts.forEach((contact, i) => {
    if (contact.role !== 'child') return;
    if (contact.language === null) {
      if (contact.interpreter !== null || notEnglish) {
        out.push({
          path: `contacts.${i}.language`,
          code: 'interview-language-not-given',
          message:
            contact.interpreter !== null
              ? 'give the language the child spoke in this conversation: an interpreter took part, and without the language the memo does not say in which language the child was heard'
              : 'give the language the child spoke in this conversation: the child’s primary language is not English, and without it the memo does not say in which language the child was heard (give English if it was English)',
        });
      }
    } else if (notListed(contact.language)) {
      out.push({ path: `contacts.${i}.language`, code: 'language-not-the-childs', message: notListedMessage('this conversation with the child is in') });
    }
  });

  // A quotation printed in English with no language and no original reads as the child's own
  // English words; for a child whose primary language is not English that is most likely an
  // interpreter's English, which the memo must not pass off as the child's.
  c.childsWords.forEach((q, i) => {
    if (q.language === null) {
      if (q.original === null && notEnglish) {
        out.push({
          path: `childsWords.${i}.language`,
          code: 'quote-language-not-given',
          message:
            'give the language the child spoke these words in: the child’s primary language is not English, and without it the English printed reads as the child’s own words, not a translation (give English if the child said them in English)',
        });
      }
    } else if (notListed(q.language)) {
      out.push({ path: `childsWords.${i}.language`, code: 'language-not-the-childs', message: notListedMessage('the child said these words in') });
    }
  });
  return out;
}
