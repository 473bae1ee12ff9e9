// The words for each code of the RFA's choices, in one table: the web form shows them
// (`x-enum-labels`, kit/choice.ts) and the draft prints them (view.ts; inside a list, with a
// lower-case first letter), so OTIP reads on the page what the caseworker chose in the form. The
// codes stay the contract; a caseworker reads these. A label is therefore a value, never a hint
// about the form (which acts go with which type is the field's description and the schema's rule). Citations are 22 U.S.C. § 7102 (the
// definitions of trafficking), as in schema.ts.
import type { EnumLabels } from '../kit/choice.js';
import type { CITIZENSHIP_STATUSES, NO_FAMILY_NAME, PRIOR_LETTERS, SEXES } from './child.js';
import type { ACTS, CONTINUED_PRESENCE, CUSTODY, MEANS, PURPOSES, RELATIONSHIPS, TYPES, WHERE } from './schema.js';

type Labels<T extends readonly string[]> = EnumLabels<T[number]>;

/** A yes/no answer as the page prints it; null when not given (the page prints NOT_YET_KNOWN). */
/**
 * When a concern that came in a voicemail, an email or a letter was learned: when the requester
 * heard or read it, not when it was left or sent (rfa-deadline.md, "Late": 22 U.S.C. § 7105(b)(1)(H)'s
 * "after … discovers", OTIP's "of discovering", Harbor's reading). One sentence for the field's help and the late warning,
 * so the two cannot disagree; `subject` names the field as the sentence's place needs it.
 */
export const LEARNED_WHEN_HEARD = (subject: string): string => `If the concern came in a voicemail, an email or a letter, ${subject} is when the requester heard or read it, not when it was left or sent`;

export const yesNo = (b: boolean | null | undefined): string | null => (b === undefined || b === null ? null : b ? 'Yes' : 'No');

/** Why no family name is given (child.noFamilyName): the choice's words; the page prints FAMILY_NAME_TEXTS (view.ts). */
export const NO_FAMILY_NAME_LABELS: Labels<typeof NO_FAMILY_NAME> = { 'not-yet-known': 'Not yet known (only a first name is known)', none: 'None: the child has one name only' };

/** How the citizenship is known (child.citizenshipStatus); the page says it with the countries (view.ts citizenshipText). */
export const CITIZENSHIP_STATUS_LABELS: Labels<typeof CITIZENSHIP_STATUSES> = {
  confirmed: 'Confirmed (documents or the country’s authorities)',
  claimed: 'Claimed, not yet confirmed',
  disputed: 'Disputed: claimed and contested, none confirmed',
};

export const SEX_LABELS: Labels<typeof SEXES> = { female: 'Female', male: 'Male', other: 'Other' };

export const RELATIONSHIP_LABELS: Labels<typeof RELATIONSHIPS> = { mother: 'Mother', father: 'Father', 'legal-guardian': 'Legal guardian' };

export const CUSTODY_LABELS: Labels<typeof CUSTODY> = {
  'orr-shelter': 'ORR shelter',
  'orr-foster-care': 'ORR foster care',
  'released-to-sponsor': 'Released to a sponsor',
  'state-child-welfare': 'State child welfare custody',
  'dhs-custody': 'DHS custody (CBP or ICE)',
  other: 'Other',
};

export const TYPE_LABELS: Labels<typeof TYPES> = { labor: 'Labor trafficking', sex: 'Sex trafficking' };

export const ACT_LABELS: Labels<typeof ACTS> = {
  recruit: 'Recruited',
  harbor: 'Harbored',
  transport: 'Transported',
  provide: 'Provided',
  obtain: 'Obtained',
  patronize: 'Patronized',
  solicit: 'Solicited',
};

/** Abuse of legal process is a form of coercion (§ 7102(3)(C)). */
export const MEANS_LABELS: Labels<typeof MEANS> = {
  force: 'Force',
  fraud: 'Fraud',
  coercion: 'Coercion',
  'abuse-of-legal-process': 'Abuse or threatened abuse of the legal process',
};

export const PURPOSE_LABELS: Labels<typeof PURPOSES> = {
  'involuntary-servitude': 'Involuntary servitude',
  peonage: 'Peonage',
  'debt-bondage': 'Debt bondage',
  slavery: 'Slavery',
};

export const WHERE_LABELS: Labels<typeof WHERE> = { abroad: 'Abroad', 'in-transit': 'In transit to the United States', 'united-states': 'In the United States' };

export const CONTINUED_PRESENCE_LABELS: Labels<typeof CONTINUED_PRESENCE> = {
  'not-requested': 'Not requested',
  requested: 'Requested, no decision yet',
  granted: 'Granted',
  denied: 'Denied',
};

export const PRIOR_LETTER_LABELS: Labels<typeof PRIOR_LETTERS> = {
  none: 'None',
  'interim-assistance': 'Interim Assistance Letter',
  eligibility: 'Eligibility Letter',
  certification: 'Certification Letter (an adult’s)',
};
