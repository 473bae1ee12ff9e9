// The values the schemas choose from: plain constants, read without building any schema (the
// schema modules enumerate them; phrasing.ts takes its pronoun type from PRONOUNS). The schemas
// that choose from them are built by schema.ts and the modules it assembles, on the kind's first use.

/** Pronouns of a person, for the sentences Harbor writes about them (never guessed). */
export const PRONOUNS = ['she', 'he', 'they'] as const;

/** applicant: the personal statement; parent: a parent's own declaration for a child under 14; supporting: a third party. */
export const DECLARANT_ROLES = ['applicant', 'parent', 'supporting'] as const;
/** A parent or a legal guardian (8 CFR 103.2(a)(2)). */
export const PARENT_CAPACITIES = ['parent', 'legal-guardian'] as const;

export const TRAFFICKING_TYPES = ['sex', 'labor'] as const;
/** Means of 22 U.S.C. § 7102(11) / 8 CFR 214.206(a)(1): force, fraud or coercion. */
export const MEANS = ['force', 'fraud', 'coercion'] as const;

/** Grounds of physical presence on account of trafficking, 8 CFR 214.207(a)(1)–(5). */
export const PRESENCE_GROUNDS = [
  'currently-subjected', // (1) is being subjected to a severe form of trafficking
  'liberated-by-law-enforcement', // (2) was liberated by a law-enforcement agency
  'escaped', // (3) escaped before a law-enforcement agency was involved
  'continuing-presence', // (4) past trafficking; continuing presence directly related to it
  'entry-for-investigation', // (5) allowed entry to take part in investigative or judicial processes
] as const;

/** The categories of 8 CFR 214.207(b) under which a departure keeps physical presence. */
export const DEPARTURE_CATEGORIES = ['continued-victimization', 'new-trafficking-incident', 'reentry-for-investigation'] as const;

/** Factor numbers of 8 CFR 214.209(b)(1)–(8) (the regulation's list; economic harm is not one). */
export const HARDSHIP_FACTOR_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** Elements a declaration may speak to (domain file: presence, trauma, hardship...). */
export const SUPPORTED_ELEMENTS = ['victimization', 'presence', 'trauma', 'law-enforcement', 'hardship'] as const;
