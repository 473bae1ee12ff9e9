// The Background's table of key facts about the child and its related lines (templates/
// best-interests-memo.hbs, Part 4): name, dates and ages (marked estimated when the date of birth
// is), languages, the proposed sponsors, custody, the relief pending, the related documents.
// Split from view.ts by concept; behaviour unchanged.
import type { BestInterestsComputed } from './compute.js';
import type { BestInterestsMemoCase, PendingRelief } from './schema.js';
import { inDateOrder } from './dated-order.js';
import { proposedSponsors, proposedSponsorText } from './sponsors.js';
import { count, countryName, distinctLanguages, entriesLine, formatANumber, longDate, namesLine } from '../kit/index.js';

// The document's words for a related document and a relief, apart from the form's (labels.ts), as
// the caption's are (caption-view.ts says why).
const RELATED_LABELS: Record<BestInterestsMemoCase['background']['relatedDocuments'][number]['type'], string> = {
  rfa: 'Request for Assistance for a child to HHS OTIP',
  'otip-interim-assistance-letter': 'OTIP Interim Assistance Letter',
  'otip-eligibility-letter': 'OTIP Eligibility Letter',
  other: 'Related document',
};

// The relief by its name in a sentence of the Background; `other` is named by the case's detail.
const RELIEF_LABELS: Record<PendingRelief['type'], string | null> = {
  asylum: 'Asylum',
  'special-immigrant-juvenile': 'Special Immigrant Juvenile status',
  't-visa': 'T nonimmigrant status (T visa)',
  'u-visa': 'U nonimmigrant status (U visa)',
  other: null,
};

/**
 * One pending application in the Background: "Special Immigrant Juvenile status (filed January 5,
 * 2026; with USCIS, not yet decided)"; an `other` is named by its detail (other-not-described
 * requires it).
 */
export function pendingReliefText(r: PendingRelief): string {
  const label = RELIEF_LABELS[r.type];
  const name = label ?? r.detail ?? 'Other relief';
  const parts = [r.filedOn ? `filed ${longDate(r.filedOn)}` : null, label !== null ? r.detail : null].filter((x): x is string => !!x);
  return parts.length > 0 ? `${name} (${parts.join('; ')})` : name;
}

const days = (n: number): string => count(n, 'day');

/**
 * The child's name as the memo prints it: given and family name, or the given name alone when the
 * child has no family name given (noFamilyName: a child of one name, or one who gave a first name
 * only), never a word typed for "none" (kit one-name.ts).
 */
export function childName(ch: BestInterestsMemoCase['child']): string {
  return ch.familyName === null ? ch.givenName : `${ch.givenName} ${ch.familyName}`;
}

/** What the facts' "Name" row adds after a name with no family name: why there is none. */
const NO_FAMILY_NAME_NOTE = { 'not-yet-known': 'family name not yet known', none: 'one name only' } as const;

/** The key facts about the child, as label/value rows (computed values pre-formatted). */
export function childFacts(c: BestInterestsMemoCase, k: BestInterestsComputed): Array<{ label: string; value: string }> {
  const ch = c.child;
  const rows: Array<{ label: string; value: string }> = [];
  // A name of one part says why, so the reader does not take a family name for left out.
  rows.push({ label: 'Name', value: ch.noFamilyName === null ? childName(ch) : `${childName(ch)} (${NO_FAMILY_NAME_NOTE[ch.noFamilyName]})` });
  if (ch.otherNames.length > 0) rows.push({ label: 'Also known as', value: namesLine(ch.otherNames)! });
  rows.push({ label: 'Date of birth', value: longDate(ch.dateOfBirth) + (ch.dateOfBirthEstimated ? ' (estimated)' : '') });
  // Computed from the date of birth: estimates when it is one.
  rows.push({ label: 'Age on the date of this memo', value: `${k.ageAtMemo}${estimatedMark(k)}` });
  rows.push({
    label: '18th birthday',
    value: `${longDate(k.eighteenthBirthday)}${estimatedMark(k)}, ${days(k.daysUntil18)} after the date of this memo`,
  });
  if (ch.aNumber) rows.push({ label: 'A-number', value: formatANumber(ch.aNumber) });
  if (ch.countryOfBirth) rows.push({ label: 'Country of birth', value: countryName(ch.countryOfBirth) ?? ch.countryOfBirth });
  // Each language once: the primary given again among the others ("Mam" and "mam") is not listed
  // twice (kit/language.ts compares them).
  const langs = distinctLanguages([ch.primaryLanguage, ...ch.otherLanguages].filter((x): x is string => !!x));
  if (langs.length > 0) {
    // "(primary: …)" only tells which of several is the primary: one language alone is not
    // followed by its own name again ("Spanish (primary: Spanish)").
    const which = ch.primaryLanguage !== null && langs.length > 1 ? ` (primary: ${ch.primaryLanguage})` : '';
    rows.push({ label: 'Languages', value: `${entriesLine(langs)!}${which}` });
  }
  // A disability is a ground of the home study by law (home-study.ts): the paragraph points here.
  if (ch.disability) rows.push({ label: 'Disability', value: ch.disability });
  if (ch.currentPlacement) rows.push({ label: 'Current placement', value: ch.currentPlacement });
  // Each proposed sponsor on a line of its own (the cell prints with the lines helper).
  const sponsors = proposedSponsors(c);
  if (sponsors.length > 0) rows.push({ label: sponsors.length === 1 ? 'Proposed sponsor' : 'Proposed sponsors', value: sponsors.map(proposedSponsorText).join('\n') });
  if (ch.admittedToCustodyOn && k.daysInCustody !== null) {
    rows.push({
      label: 'In ORR custody since',
      // Admitted that very day: "0 days" reads as a mistake.
      value: `${longDate(ch.admittedToCustodyOn)} (${k.daysInCustody === 0 ? 'admitted on the date of this memo' : `${days(k.daysInCustody)} on the date of this memo`})`,
    });
  }
  // What the decision-maker weighs beside the placement: relief already sought (a judge deciding a
  // continuance, ORR planning for a child whose SIJ petition is pending).
  // By filing date, an undated one where given (dated-order.ts).
  if (c.pendingRelief.length > 0) rows.push({ label: 'Immigration relief pending', value: inDateOrder(c.pendingRelief, (r) => r.filedOn).map(pendingReliefText).join('; ') });
  return rows;
}

/** " (estimated)" after a date or an age computed from an estimated date of birth, else "". */
export function estimatedMark(k: BestInterestsComputed): string {
  return k.dateOfBirthEstimated ? ' (estimated)' : '';
}

/** Each related document on its line of "See also:": "OTIP Eligibility Letter, dated …, reference". */
export function relatedDocumentLines(c: BestInterestsMemoCase): string[] {
  // By date, an undated one where given (dated-order.ts): a letter above the request it answered reads as first.
  return inDateOrder(c.background.relatedDocuments, (d) => d.date).map((d) =>
    [RELATED_LABELS[d.type], d.date ? `dated ${longDate(d.date)}` : null, d.reference].filter((x): x is string => !!x).join(', '),
  );
}
