// The values the schemas choose from: plain constants, read without building any schema (the
// schema modules enumerate them; phrasing.ts takes its pronoun type from PRONOUNS). The schemas
// that choose from them are built by schema.ts and the modules it assembles, on the kind's first use.
// Each choice has its labels beside it: the words the form shows for each code (kit/choice.ts).
import type { EnumLabels } from '../kit/choice.js';

/** Pronouns of a person, for the sentences Harbor writes about them (never guessed). */
export const PRONOUNS = ['she', 'he', 'they'] as const;
export const PRONOUN_LABELS: EnumLabels<(typeof PRONOUNS)[number]> = { she: 'she / her', he: 'he / him', they: 'they / them' };

/** applicant: the personal statement; parent: a parent's own declaration for a child under 14; supporting: a third party. */
export const DECLARANT_ROLES = ['applicant', 'parent', 'supporting'] as const;
export const DECLARANT_ROLE_LABELS: EnumLabels<(typeof DECLARANT_ROLES)[number]> = {
  applicant: 'The applicant (personal statement, 8 CFR 214.204(c))',
  parent: 'Parent or legal guardian of an applicant under 14 (8 CFR 103.2(a)(2))',
  supporting: 'Supporting witness, professional or lay (8 CFR 214.206)',
};
/** A parent or a legal guardian (8 CFR 103.2(a)(2)). */
export const PARENT_CAPACITIES = ['parent', 'legal-guardian'] as const;
export const PARENT_CAPACITY_LABELS: EnumLabels<(typeof PARENT_CAPACITIES)[number]> = { parent: 'Parent', 'legal-guardian': 'Legal guardian' };

export const TRAFFICKING_TYPES = ['sex', 'labor'] as const;
export const TRAFFICKING_TYPE_LABELS: EnumLabels<(typeof TRAFFICKING_TYPES)[number]> = { sex: 'Sex trafficking', labor: 'Labor trafficking' };
/** Means of 22 U.S.C. § 7102(11) / 8 CFR 214.206(a)(1): force, fraud or coercion. */
export const MEANS = ['force', 'fraud', 'coercion'] as const;
export const MEANS_LABELS: EnumLabels<(typeof MEANS)[number]> = { force: 'Force', fraud: 'Fraud', coercion: 'Coercion' };

/** Grounds of physical presence on account of trafficking, 8 CFR 214.207(a)(1)–(5). */
export const PRESENCE_GROUNDS = [
  'currently-subjected', // (1) is being subjected to a severe form of trafficking
  'liberated-by-law-enforcement', // (2) was liberated by a law-enforcement agency
  'escaped', // (3) escaped before a law-enforcement agency was involved
  'continuing-presence', // (4) past trafficking; continuing presence directly related to it
  'entry-for-investigation', // (5) allowed entry to take part in investigative or judicial processes
] as const;
export const PRESENCE_GROUND_LABELS: EnumLabels<(typeof PRESENCE_GROUNDS)[number]> = {
  'currently-subjected': 'Is being subjected to trafficking now (214.207(a)(1))',
  'liberated-by-law-enforcement': 'Was freed by law enforcement (214.207(a)(2))',
  escaped: 'Escaped before law enforcement was involved (214.207(a)(3))',
  'continuing-presence': 'Past trafficking; presence here directly related to it (214.207(a)(4))',
  'entry-for-investigation': 'Allowed entry to help an investigation or prosecution (214.207(a)(5))',
};

/** The categories of 8 CFR 214.207(b) under which a departure keeps physical presence. */
export const DEPARTURE_CATEGORIES = ['continued-victimization', 'new-trafficking-incident', 'reentry-for-investigation'] as const;
export const DEPARTURE_CATEGORY_LABELS: EnumLabels<(typeof DEPARTURE_CATEGORIES)[number]> = {
  'continued-victimization': 'Return was part of continued victimization',
  'new-trafficking-incident': 'Returned as a victim of a new trafficking incident',
  'reentry-for-investigation': 'Allowed back in to help an investigation or prosecution',
};

/** Factor numbers of 8 CFR 214.209(b)(1)–(8) (the regulation's list; economic harm is not one). */
export const HARDSHIP_FACTOR_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** Elements a declaration may speak to (domain file: presence, trauma, hardship...). */
export const SUPPORTED_ELEMENTS = ['victimization', 'presence', 'trauma', 'law-enforcement', 'hardship'] as const;
export const SUPPORTED_ELEMENT_LABELS: EnumLabels<(typeof SUPPORTED_ELEMENTS)[number]> = {
  victimization: 'Victim of a severe form of trafficking',
  presence: 'Physical presence on account of trafficking',
  trauma: 'Trauma',
  'law-enforcement': 'Cooperation with law enforcement',
  hardship: 'Extreme hardship if removed',
};

/**
 * Where a request for Continued Presence stands on the signing date (22 U.S.C. § 7105(c)(3); 28 CFR
 * 1100.35): a federal law-enforcement agency requests it for a victim who is a potential witness,
 * and the Department of Homeland Security grants or denies it.
 */
export const CONTINUED_PRESENCE_STATUSES = ['requested', 'granted', 'denied'] as const;
export const CONTINUED_PRESENCE_STATUS_LABELS: EnumLabels<(typeof CONTINUED_PRESENCE_STATUSES)[number]> = {
  requested: 'Requested, not yet decided',
  granted: 'Granted',
  denied: 'Denied',
};
