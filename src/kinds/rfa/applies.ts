// When a field of the RFA draft applies, or what a field's answer is when other fields give it:
// predicates on the case read by the field table (field-table.ts) and the view (view.ts). Split
// from fields.ts, which held them beside the table and its labels.
import { parseIsoDateTime } from '../kit/index.js';
import { DAY_MS, MAJORITY } from './deadline.js';
import { statusSaysOrr } from './custody-status.js';
import type { RfaCase } from './schema.js';

/** A case of labor trafficking: its means, purposes, industry and employer apply. */
export const labor = (c: RfaCase) => c.concern.types.includes('labor');
/** A case of sex trafficking: its commercial sex applies. */
export const sex = (c: RfaCase) => c.concern.types.includes('sex');
const ORR_CUSTODY = new Set(['orr-shelter', 'orr-foster-care', 'released-to-sponsor']);
/**
 * In ORR care now or before (a child released to a sponsor was in ORR care), or so the immigration
 * status says ("UAC in ORR custody", "released from ORR care": custody-status.ts): the ORR case
 * number is then asked, where a status naming ORR beside no custody asked for none.
 */
export const orrCare = (c: RfaCase) =>
  (c.location.custody !== null && ORR_CUSTODY.has(c.location.custody)) || c.location.formerlyInOrrCare === true || c.location.orrCaseNumber !== null || statusSaysOrr(c);
export const sponsorApplies = (c: RfaCase) => c.location.custody === 'released-to-sponsor' || c.location.sponsor !== null;

/**
 * Whether other children may be victims: the answer given, or yes when children are listed without
 * it (the list answers it), or null when not yet known.
 */
export const otherMinorsAnswer = (c: RfaCase): boolean | null => c.concern.otherMinorsKnown ?? (c.concern.otherMinors.length > 0 ? true : null);

/**
 * Whether another child is asked for their U.S. status (field-table.ts, a "Can follow later" entry,
 * and the row "Not yet known" on the page): not answered, under 18 by the age given (or no age), and
 * not answered outside the United States, where no request is theirs either way.
 */
export const usStatusAsked = (m: RfaCase['concern']['otherMinors'][number]): boolean =>
  m.usCitizenOrResident === null && m.inUnitedStates !== false && !(m.age !== null && m.age >= MAJORITY);

/**
 * A child in "other" custody (a relative, a family friend) has no care provider to find out: the
 * address where the child lives is asked instead, printed in the confidential section as the
 * care provider's and the sponsor's are (domain file, "Sensitive locations"). A child held by DHS
 * (CBP or ICE) has none either: where the child is held is that address. A child released to a
 * sponsor lives with the sponsor, whose address is asked instead.
 */
/** Custodies in which the child lives with no care provider (a shelter or foster-care provider) to find out. */
const NO_CARE_PROVIDER: ReadonlySet<string> = new Set(['released-to-sponsor', 'dhs-custody', 'other']);
/** A requester who is the child's foster parent is the care provider in any custody given (implied.ts careProviderKnown). */
export const careProviderApplies = (c: RfaCase) => c.location.custody === null || !NO_CARE_PROVIDER.has(c.location.custody) || c.location.careProvider !== null || c.requester.childsFosterParent === true;
export const childAddressApplies = (c: RfaCase) => c.location.custody === 'other' || c.location.custody === 'dhs-custody' || c.location.address !== null;
/** The reason an address of the confidential section is withheld for the child's safety, or null (it is then known, not missing). */
export const withheld = (c: RfaCase): string | null => c.location.addressWithheld;

/** Submitted (Part A, submittedAt) or, when not yet, prepared more than 24 hours after the concern was learned (compute's rfa-past-24-hours; 22 U.S.C. § 7105(b)(1)(H), OTIP's RFA instructions). */
export const past24Hours = (c: RfaCase): boolean => parseIsoDateTime(c.submittedAt ?? c.preparedAt)!.ms - parseIsoDateTime(c.discoveredAt)!.ms > DAY_MS;

/** A narrative written in another language than English (concern.narrativeLanguage), or one given a translation. */
export const narrativeNotInEnglish = (c: RfaCase): boolean =>
  (c.concern.narrativeLanguage !== null && !/^\s*english\s*$/i.test(c.concern.narrativeLanguage)) || c.concern.narrativeTranslation !== null;
