// The names a USCIS reader must be able to match across the filing: every person the declaration
// names whose name is written in another script only (林秀英, Ольга Петренко) needs it in Latin
// letters too (`nameOnForm`), as the filing's papers in English write it
// (docs/domain/t-visa-declaration-form.md, "Names"). Warning `name-on-form-not-given`, per person.
import { hasLatinLetter } from '../kit/index.js';
import type { TVisaIssue } from './codes.js';
import { givenInEnglish } from './language.js';
import type { TVisaCase } from './schema.js';

/** Why each person's name is needed in Latin letters: where the filing names them in English. */
const WHERE = {
  applicant:
    'Form I-914 is completed in English: give the name as written on the form (family and given name, in Latin letters), which the declaration then prints first, with this name in parentheses, so the adjudicator can match the declaration to the form',
  parent:
    'the parent signs Form I-914 for an applicant under 14 (8 CFR 103.2(a)(2)), which is completed in English: give the name as written there (family and given name, in Latin letters), which the declaration then prints first, with this name in parentheses, so the adjudicator can match the declarant to the form',
  supporting:
    'the filing’s cover letter and exhibit index name the declarant in English: give the name as written there (family and given name, in Latin letters), which the declaration then prints first, with this name in parentheses, so the adjudicator can match the declaration to the exhibit',
  translator:
    'the certificate of translation is in English (8 CFR 103.2(b)(3)): give the translator’s name in Latin letters, which the certificate then prints first, with this name in parentheses, so the adjudicator can read who certified the translation',
  interpreter:
    'the interpreter’s certificate is in English: give the interpreter’s name in Latin letters, which the certificate then prints first, with this name in parentheses, so the adjudicator can read who read the declaration back',
} as const;

type Named = { givenName: string | null; familyName: string | null; nameOnForm: unknown };

/** Each printed person's name with no Latin letter and no name in Latin letters: one warning on their `nameOnForm`. */
export function latinNameIssues(c: TVisaCase): TVisaIssue[] {
  const people: [string, Named | null, string][] = [
    ['applicant', c.applicant, WHERE.applicant],
    // The declarant's own name only when it is not the applicant's (the personal statement's is).
    ['declarant', c.declarant.role === 'applicant' ? null : c.declarant, c.declarant.role === 'parent' ? WHERE.parent : WHERE.supporting],
    // A translator of a declaration given in English is not printed (unprinted.ts warns about that).
    ['translator', givenInEnglish(c) ? null : c.translator, WHERE.translator],
    ['interpreter', c.interpreter, WHERE.interpreter],
  ];
  return people.flatMap(([path, p, where]): TVisaIssue[] => {
    if (p === null || p.nameOnForm !== null) return [];
    const name = `${p.givenName ?? ''}${p.familyName ?? ''}`;
    // No name at all is missing-section's (role-rules.ts), not this warning's.
    if (name.trim() === '' || hasLatinLetter(name)) return [];
    return [{ path: `${path}.nameOnForm`, code: 'name-on-form-not-given', message: `the ${path}’s name has no Latin letters, and ${where}` }];
  });
}
