// The authorities the worksheet cites, in one citation form (§, C.F.R., reporters), so that every
// sentence that names a case names it the same way (docs/domain/restitution-worksheet.md).

import { US_STATES } from '../kit/us-state.js';

/** United States v. Edwards: the FLSA value includes liquidated damages (29 U.S.C. § 216(b)). */
export const EDWARDS = 'United States v. Edwards, 995 F.3d 342 (4th Cir. 2021)';
/**
 * The district court whose order Edwards vacated in part (D.S.C., Chief Judge Harwell); its ruling
 * unreported, known from the Fourth Circuit's account (995 F.3d 342) and the government's briefs.
 */
export const EDWARDS_DISTRICT = 'No. 4:17-cr-00907-RBH (D.S.C.)';
/** United States v. Sabhnani: restitution vacated and remanded over the live-in domestic exemption. */
export const SABHNANI = 'United States v. Sabhnani, 599 F.3d 215 (2d Cir. 2010)';
/** Arnold v. Ben Kanowsky, Inc.: the employer bears the burden of proving an FLSA exemption. */
export const ARNOLD = 'Arnold v. Ben Kanowsky, Inc., 361 U.S. 388 (1960)';

/**
 * The authority for "whether an exemption applies turns on the facts", per exemption. Sabhnani is
 * a live-in domestic case: it was cited for the § 213(b)(12) farm exemption too, so opposing
 * counsel read a domestic worker's case offered on farm work. For agriculture, the rule that the
 * employer who claims an exemption must prove it (Arnold) and the statute's definition of
 * agriculture (29 U.S.C. § 203(f)), on which the facts turn.
 */
export function exemptionFactsAuthority(exemption: string): string {
  return exemption === 'live-in-domestic'
    ? `${SABHNANI}, vacating a restitution award over the live-in domestic exemption`
    : `the employer who claims an exemption must prove it, ${ARNOLD}; agriculture as defined in 29 U.S.C. § 203(f)`;
}

/** Donovan v. New Floridian Hotel: the denial of credits for meals and lodging under 29 U.S.C. § 203(m) affirmed. */
export const NEW_FLORIDIAN = 'Donovan v. New Floridian Hotel, Inc., 676 F.2d 468 (11th Cir. 1982)';

/** United States v. Clayton: 15 days × 6 acts × $80, the defendant's half, accepted under § 1593(b)(3). */
export const CLAYTON = 'United States v. Clayton, No. 2:18-cr-00524-RBS (E.D. Pa. Dec. 27, 2022)';
/** Dolan v. United States: a court that misses the 90 days may still order restitution. */
export const DOLAN = 'Dolan v. United States, 560 U.S. 605 (2010)';

/** Names of the jurisdictions of the wage table (USPS codes), for "Florida minimum wage …": the kit's one table. */
export const JURISDICTION_NAMES: Readonly<Record<string, string>> = US_STATES;
