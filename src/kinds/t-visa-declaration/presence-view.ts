// Where the applicant is, as the personal statement's headings and travel paragraphs say it
// (docs/domain/t-visa-declaration-departures.md, "Where the applicant is"): the place of presence,
// and the departures from it in the order they happened. Physical presence is counted "in the United
// States, American Samoa, the Commonwealth of the Northern Mariana Islands, or at a port-of-entry
// thereto" (8 CFR 214.202(b)); of these, American Samoa alone is not part of the United States in
// the geographical sense (INA § 101(a)(38), 8 U.S.C. § 1101(a)(38)), which is why the rule names it.
import { compareDates } from '../kit/index.js';
import { dateSpan, onOrIn } from './dates.js';
import { cap, countryInProse, dateRange } from './phrasing.js';

/** What the statement calls the place the applicant is present in, and its headings for it. */
export interface PlaceOfPresence {
  /** In a sentence: "the United States", or "American Samoa". */
  here: string;
  /** The heading of the journey and entry paragraph. */
  entryHeading: string;
  /** The heading of the presence part (8 CFR 214.207(a)). */
  presenceHeading: string;
  /** The heading of the departures (8 CFR 214.207(b)). */
  travelHeading: string;
}

/**
 * The place of presence of a statement signed in `signedIn` (ISO 3166-1 alpha-2): American Samoa for
 * one signed there, whose headings read "How I Came to American Samoa", "Why I Am in American Samoa"
 * and "Travel Outside the United States and American Samoa" (a trip between the two is no departure:
 * departures.ts refuses it); the United States otherwise, the Northern Mariana Islands, Puerto Rico,
 * Guam and the U.S. Virgin Islands included (INA § 101(a)(38)). A statement signed abroad keeps the
 * United States: it is where presence is claimed (departures.ts warns).
 */
export function placeOfPresence(signedIn: string): PlaceOfPresence {
  if (signedIn.toUpperCase() === 'AS') {
    return {
      here: 'American Samoa',
      entryHeading: 'How I Came to American Samoa',
      presenceHeading: 'Why I Am in American Samoa',
      travelHeading: 'Travel Outside the United States and American Samoa',
    };
  }
  return {
    here: 'the United States',
    entryHeading: 'How I Came to the United States',
    presenceHeading: 'Why I Am in the United States',
    travelHeading: 'Travel Outside the United States',
  };
}

/**
 * The departures as the page prints them: in the order they left (ties in list order), whatever
 * order the case lists them in (docs/domain/t-visa-declaration-departures.md, "Order on the page"). Unlike the acts,
 * they are sorted, not warned about: no two overlap (`departures-overlap`), and each paragraph is
 * about its own trip. A date known to the month or year sorts by its first day ("2023-03" before
 * "2023-03-15"), the order an adjudicator reads "In March 2023" and "On March 15, 2023" in. Issues
 * and `computed.departures` keep the case's index.
 */
export function departuresInDateOrder<T extends { departedOn: string }>(departures: readonly T[]): T[] {
  // Array.prototype.sort is stable: ties keep the list's order.
  return [...departures].sort((a, b) => compareDates(dateSpan(a.departedOn).earliest, dateSpan(b.departedOn).earliest));
}

/**
 * The lead of a departure paragraph. With a return date: "From August 3 to 5, 2022, I was in
 * Mexico." Without one, "Since September 3, 2022, I have been in Mexico." only when the applicant
 * signs in that country; otherwise (signing in the United States or elsewhere) the sentence says
 * only what the case supports, "On September 3, 2022, I left the United States for Mexico." (left
 * American Samoa, for a statement signed there: `placeOfPresence`), and
 * never that the applicant is still there (check warns `departure-without-return` wherever the
 * statement is signed).
 */
export function departureLead(d: { departedOn: string; returnedOn: string | null; country: string }, signedIn: string): string {
  const where = countryInProse(d.country);
  if (d.returnedOn !== null) return `${dateRange(d.departedOn, d.returnedOn)}, I was in ${where}.`;
  if (d.country.toUpperCase() === signedIn.toUpperCase()) return `${dateRange(d.departedOn, null)}, I have been in ${where}.`;
  // A departure known to the month or year says so: "In March 2023, I left …", never "On March 1".
  const when = cap(onOrIn(d.departedOn));
  return `${when}, I left ${placeOfPresence(signedIn).here} for ${where}.`;
}
