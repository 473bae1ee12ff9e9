// The values the case's choices are made from (schema.ts): plain constants, read by compute.ts and
// the view without building any schema.
/**
 * Exemptions from the FLSA (29 U.S.C. § 213), per period. `agriculture-213a6` is listed so that
 * it can be refused with its reason (rules.ts, `exemption-not-computed`); the old value
 * `agriculture` (version 1) is refused with a message naming the two that replaced it.
 */
export const EXEMPTIONS = ['none', 'live-in-domestic', 'agriculture-213b12', 'agriculture-213a6'] as const;

/** Where a G line's income came from (18 U.S.C. § 1593(b)(3); docs/domain/restitution-worksheet.md). */
export const INCOME_FROM = ['labor', 'commercial-sex-acts'] as const;

// 18 U.S.C. § 2259(c)(2)(A)–(F).
export const LOSS_CATEGORIES = ['medical', 'therapy', 'transportation-housing-childcare', 'lost-income', 'attorney-fees', 'other'] as const;

/** Lodging or meals a defendant provided in a period: never credited, the period's line says why (lodging.ts). */
export const LODGING_OR_MEALS = ['lodging', 'meals', 'lodging-and-meals'] as const;

export const PAYEE_ROLES = ['legal-guardian', 'family-member', 'estate-representative', 'court-appointed'] as const;
