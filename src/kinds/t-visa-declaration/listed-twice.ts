// One person listed twice among those responsible (docs/domain/t-visa-declaration-form.md, "One
// person listed twice"): two `trafficking.perpetrators` with one name, compared as the RFA compares its
// suspected traffickers (kit listed-twice.ts: case, accents, a note in parentheses and word order
// aside). The personal statement prints every entry in its sentence ("The people responsible for
// what happened to me are Hernán Ruiz, my employer, and hernan ruiz (“El Flaco”)"), so an officer
// reads two people where the applicant meant one, or two where the applicant meant two and the
// statement does not tell them apart: either way a sworn statement that contradicts itself or the
// law-enforcement record. Warned, never merged: each entry may carry its own relationship, and
// two people may share a name.
import { repeatedNames } from '../kit/index.js';
import type { TVisaIssue } from './codes.js';
import type { TVisaCase } from './schema.js';

/** The `same-person-listed-twice` warnings of a personal statement: at the later entry's name, naming the first. */
export function perpetratorsListedTwice(c: TVisaCase): TVisaIssue[] {
  // Only the applicant's statement prints the list; a parent's or supporting declaration keeps it
  // as data for the check of a parent declarant (unprinted.ts), where a repeat changes nothing.
  if (c.declarant.role !== 'applicant') return [];
  const people = c.trafficking?.perpetrators ?? [];
  return repeatedNames(people.map((p) => p.name)).map((r) => ({
    path: `trafficking.perpetrators.${r.index}.name`,
    code: 'same-person-listed-twice',
    message: `“${people[r.index]!.name}” has the name of trafficking.perpetrators.${r.first}, “${r.firstName}”, case, accents and word order aside: the statement would name two people responsible. If they are one person, list them once, with what each entry says in one relationship; if two people share the name, tell them apart in the name (“Jr.”, a second family name)`,
  }));
}
