// The child's name in Latin letters (docs/domain/rfa-draft.md, "A name written in another script"):
// a child named only in another script (陈美玲, ሚርያም ሃይሌ, Ольга) is named on the page as the child
// writes the name, as the form's help asks, but OTIP's letters are in English, and the records OTIP
// and the agencies it consults match the child against (ORR's case file, DHS's A-file, the passport's
// machine-readable lines: ICAO Doc 9303 Part 3, section 6, names in the letters A to Z) spell it in
// Latin letters. Until template 2.25.0 nothing asked for that spelling, and OTIP's intake had a name
// it could neither type nor match. Warning `name-in-latin-letters`, at "Other names used", where
// "other spellings" go; the T-visa's `name-on-form-not-given` is the same rule for Form I-914.
import { hasLatinLetter } from '../kit/index.js';
import type { RfaIssue } from './codes.js';
import { pageName } from './page-words.js';
import type { RfaCase } from './schema.js';

/** A part of the name with letters and none of them Latin ("陈", "ሃይሌ"; not "Mariam", not ""). */
const otherScriptOnly = (s: string | null): boolean => s !== null && /\p{L}/u.test(s) && !hasLatinLetter(s);

/**
 * The child's given or family name written in another script only, and no entry of "Other names
 * used" with a Latin letter: one warning, at the other names. An entry with Latin letters is taken
 * for the spelling (Harbor cannot tell a transliteration from an alias; the message asks for the
 * documents' spelling and where it is from, so the entry says which it is). Quotes no case data.
 */
export function latinNameRule(c: RfaCase, warnings: RfaIssue[]): void {
  const { givenName, familyName, otherNames } = c.child;
  if (!otherScriptOnly(givenName) && !otherScriptOnly(familyName)) return;
  if (otherNames.some(hasLatinLetter)) return;
  warnings.push({
    path: 'child.otherNames',
    code: 'name-in-latin-letters',
    message: `the child’s name is written in another script than Latin letters (“Given name(s)”, “Family name(s)”, section 2), and no spelling in Latin letters is given: add it to ${pageName('child.otherNames')} as the child’s passport or other documents spell it, with where it is from (“CHEN Meiling (passport)”), or as the child or the interpreter spells it, marked so. OTIP’s letters are in English, and the records the child is matched against (ORR’s, DHS’s, a passport’s machine-readable lines) spell the name in Latin letters: a name OTIP cannot type or match holds up the letter`,
  });
}
