// A sponsor or care provider recorded beside a custody in which the child is not with them
// (docs/domain/rfa-draft.md, "A sponsor or care provider who is not the placement now"): a sponsor
// while the child is in ORR care, held by DHS, in state care or elsewhere (a sponsor proposed and
// not yet approved, or one the child was released to and has left); a care provider (a shelter, a
// foster family) after the child was released to a sponsor or while DHS holds the child. The page
// printed either as the child's placement now, and its address in the confidential section as
// where the child lives, where OTIP, and the services it funds, would go. Kept and marked, never
// refused: OTIP needs a former or proposed sponsor too (one suspected in the trafficking most of
// all), and a former care provider holds the child's records.
import type { RfaIssue } from './codes.js';
import { CUSTODY_LABELS } from './labels.js';
import type { RfaCase } from './schema.js';

/** Custodies in which a child lives with no shelter or foster-care provider: released to a sponsor, or held by DHS (CBP or ICE). */
const NOT_WITH_A_CARE_PROVIDER: ReadonlySet<string> = new Set(['released-to-sponsor', 'dhs-custody']);

/** Whether a sponsor is named while the custody given says the child is not with a sponsor now. */
export const sponsorNotCurrent = (c: RfaCase): boolean => (c.location.sponsor ?? null) !== null && (c.location.custody ?? null) !== null && c.location.custody !== 'released-to-sponsor';

/** Whether the custody given says the child lives with no shelter or foster-care provider now. */
const withNoCareProvider = (c: RfaCase): boolean => (c.location.custody ?? null) !== null && NOT_WITH_A_CARE_PROVIDER.has(c.location.custody!);

/** Whether a care provider is named while the custody given says the child lives with none now. */
export const namedCareProviderNotCurrent = (c: RfaCase): boolean => (c.location.careProvider ?? null) !== null && withNoCareProvider(c);

/**
 * Whether the requester says they are the child's foster parent, with whom the child lives
 * (requester.childsFosterParent), while the custody given says the child lives with no foster
 * family: held by DHS, or released to a sponsor (a sponsor's home is no foster care: ORR releases
 * a child to a sponsor, 45 CFR 410.1201, and its foster care is a placement in ORR's custody).
 * Until template 2.21.0 the page printed the requester as the care provider, "the child lives with
 * them", beside "DHS custody (CBP or ICE)" or "Released to a sponsor", without a word.
 */
export const fosterParentNotCurrent = (c: RfaCase): boolean => c.requester.childsFosterParent === true && withNoCareProvider(c);

/**
 * Whether section 4's care provider rows are of someone the custody says the child lives with no
 * more: a care provider named, or the requester as foster parent (implied.ts careProviderKnown).
 */
export const careProviderNotCurrent = (c: RfaCase): boolean => namedCareProviderNotCurrent(c) || fosterParentNotCurrent(c);

/** What the page adds to the label of a sponsor or care provider who is not the placement now. */
export const NOT_CURRENT = 'not the child’s placement now: see the custody details';

/** The `placement-not-current` warnings of a case. */
export function placementRules(c: RfaCase, warnings: RfaIssue[]): void {
  const custody = c.location.custody === null ? '' : `“${CUSTODY_LABELS[c.location.custody]}”`;
  if (sponsorNotCurrent(c)) {
    warnings.push({
      path: 'location.sponsor',
      code: 'placement-not-current',
      message: `a sponsor is named while the custody or placement is ${custody}, not released to a sponsor: the page marks the sponsor as not the child’s placement now. Say in the custody details who the sponsor is to the child now (a sponsor proposed and not yet approved, or one the child was released to and has left, with when and why), or, if the child lives with the sponsor, answer the custody “Released to a sponsor”`,
    });
  }
  if (namedCareProviderNotCurrent(c)) {
    warnings.push({
      path: 'location.careProvider',
      code: 'placement-not-current',
      message: `a care provider is named while the custody or placement is ${custody}, where the child lives with no shelter or foster-care provider: the page marks the care provider as not the child’s placement now. Say in the custody details when the child left them, or, if the child lives there now, correct the custody`,
    });
  }
  // Warned, not refused, as a care provider named is (rfa-draft.md, "A sponsor or care provider who
  // is not the placement now"): a former foster parent (of ORR foster care before the release)
  // knows the child and may rightly be the requester; only the "lives with them" is wrong.
  if (fosterParentNotCurrent(c)) {
    warnings.push({
      path: 'requester.childsFosterParent',
      code: 'placement-not-current',
      message: `“Requester is the child’s foster parent” (section 1) is answered yes, which says the child lives with the requester, while the custody or placement is ${custody}, in which the child lives with no foster family: the page marks the requester as not the child’s placement now. If you were the child’s foster parent before, say in the custody details when the child left you and set it to false; if the child lives with you as the sponsor the child was released to, name yourself as the sponsor and set it to false; if the child lives with you in foster care now, correct the custody`,
    });
  }
}
