// Why a field is not yet known, as the page and its "still to find out" lists say it (after
// NOT_YET_KNOWN): an age given instead of a date of birth, a first name only, a case manager or
// attorney answered but not named; and the question asked of each other child listed. Split from
// fields.ts, which held them beside the table.
import { NAME_TO_FOLLOW } from './implied.js';
import type { Missing, Need } from './field-types.js';
import type { RfaCase } from './schema.js';

/** The label of another child's U.S. status (concern.otherMinors[].usCitizenOrResident): the schema's title, the page's row and its "Can follow later" item. */
export const OTHER_MINOR_US_STATUS = 'U.S. citizen, national or lawful permanent resident';
/** The question asked of each other child listed, as a row and as an item still to find out. */
export const OTHER_MINOR_WITH_TRAFFICKER = 'Still with the suspected trafficker or where the exploitation happens';
export const OTHER_MINOR_WITH_TRAFFICKER_ITEM = 'whether still with the suspected trafficker';

/**
 * Why the date of birth is not yet known, after NOT_YET_KNOWN and in the "Can follow later" list:
 * an age is given instead, or an age range (age-rules.ts rangeTop: a top above the age), which
 * "only an age is given" misnamed.
 */
export const onlyAnAge = (c: RfaCase): string => (c.child.age !== null && c.child.ageUpTo !== null && c.child.ageUpTo > c.child.age ? 'only an age range is given' : 'only an age is given');

/** Why the family name is not yet known, after NOT_YET_KNOWN and in the "Can follow later" list (child.noFamilyName not-yet-known). */
export const ONLY_A_FIRST_NAME = 'only a first name is known';

/** Why the given name is not yet known when the child is known by other names only (an alias, a nickname): said after NOT_YET_KNOWN. */
export const ONLY_ANOTHER_NAME = 'the child is known only by the name under “Other names used”';

/** Why neither the given name nor any other name is known yet. */
export const NO_NAME_YET = 'no name of the child is known yet';

/**
 * Why the family name is not yet known (docs/domain/rfa-draft.md, "A child whose name is not yet
 * known"): ONLY_A_FIRST_NAME when a given name is known; when it is not either, the child is known
 * by another name only (an alias) or by none. Until template 2.20.0 a child known only by an alias
 * printed "Not yet known (only a first name is known)" under a given name "Not yet known".
 */
export const familyNameWhy = (c: RfaCase): string => (c.child.givenName !== null ? ONLY_A_FIRST_NAME : c.child.otherNames.length > 0 ? ONLY_ANOTHER_NAME : NO_NAME_YET);

/** What the given name's row says: the name, or NOT_YET_KNOWN's reason when the child is known only by another name (null: none to say). */
export const givenNameWhy = (c: RfaCase): string | null => (c.child.givenName === null && c.child.otherNames.length > 0 ? ONLY_ANOTHER_NAME : null);

/** The name of a case manager or attorney the child has, answered but not named: one entry of "Can follow later" (the row prints NAME_TO_FOLLOW for it). */
export function nameToFollow(c: RfaCase, known: (c: RfaCase) => string | null, path: string, label: string): Array<Missing & { need: Need }> {
  return known(c) === NAME_TO_FOLLOW ? [{ path, label, need: 'later' }] : [];
}
