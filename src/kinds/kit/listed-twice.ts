// One person listed twice in a list of people a document names: two entries whose names are one
// name loosely (kit nameKey: case, accents, a note in parentheses, "Family, Given" aside) and in
// any word order. The RFA's suspected traffickers (section 5, `same-person-listed-twice`,
// docs/domain/rfa-draft.md "One person listed twice") and the T-visa statement's perpetrators
// (docs/domain/t-visa-declaration-form.md, "One person listed twice") share it: each kind words its own
// warning, since what a reader would take the two entries for differs. Warned, never merged: each
// entry may carry its own note, and two people may share a name (a father and son, told apart by
// "Jr." or a second family name, which the comparison keeps).
import { nameKey } from './names.js';

/**
 * A written name's loose form (nameKey) with its words in order, so "Bah Mamadou", written family
 * name first without a comma, is "Mamadou Bah"; "" for a name that is only a note in parentheses.
 */
export const looseName = (s: string): string => nameKey(s).split(' ').sort().join(' ');

/** An entry whose name repeats an earlier entry's: both indexes in the list, and the earlier name as written. */
export interface RepeatedName {
  index: number;
  first: number;
  firstName: string;
}

/**
 * Each entry of `names` (null: no name given) whose loose name is an earlier entry's, with the
 * first entry of that name: a third "Hernán Ruiz" names the first, not the second.
 */
export function repeatedNames(names: ReadonlyArray<string | null>): RepeatedName[] {
  const seen = new Map<string, number>();
  const out: RepeatedName[] = [];
  names.forEach((name, index) => {
    if (name === null) return;
    const key = looseName(name);
    if (key === '') return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else out.push({ index, first, firstName: names[first]! });
  });
  return out;
}
