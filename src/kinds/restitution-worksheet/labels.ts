// The words the web form shows for each code of the worksheet's choices (`x-enum-labels`,
// kit/choice.ts): the codes stay the contract; counsel and advocates read these. The citations
// are those of the field descriptions in schema.ts, kept short.
import type { EnumLabels } from '../kit/choice.js';
import type { WEEKDAYS } from './dates.js';
import type { EXEMPTIONS, INCOME_FROM, LODGING_OR_MEALS, LOSS_CATEGORIES, PAYEE_ROLES } from './schema.js';

type Labels<T extends readonly string[]> = EnumLabels<T[number]>;

/** FLSA exemptions, 29 U.S.C. § 213. */
export const EXEMPTION_LABELS: Labels<typeof EXEMPTIONS> = {
  none: 'None (minimum wage and overtime due)',
  'live-in-domestic': 'Live-in domestic worker: no overtime (§ 213(b)(21))',
  'agriculture-213b12': 'Agriculture: no overtime, minimum wage due (§ 213(b)(12))',
  'agriculture-213a6': 'Agriculture: no minimum wage either (§ 213(a)(6), not computed)',
};

/** 18 U.S.C. § 1593(b)(3). */
export const INCOME_FROM_LABELS: Labels<typeof INCOME_FROM> = {
  labor: 'Labor (compared with the FLSA value)',
  'commercial-sex-acts': 'Commercial sex acts (added to the FLSA value)',
};

/** Lodging or meals a defendant provided (29 U.S.C. § 203(m)(1)): never credited. */
export const LODGING_OR_MEALS_LABELS: Labels<typeof LODGING_OR_MEALS> = {
  lodging: 'Lodging',
  meals: 'Meals',
  'lodging-and-meals': 'Lodging and meals',
};

/** 18 U.S.C. § 2259(c)(2)(A)–(F). */
export const LOSS_CATEGORY_LABELS: Labels<typeof LOSS_CATEGORIES> = {
  medical: 'Medical services',
  therapy: 'Therapy and rehabilitation',
  'transportation-housing-childcare': 'Transportation, temporary housing and child care',
  'lost-income': 'Lost income',
  'attorney-fees': 'Attorney’s fees and costs',
  other: 'Other losses',
};

/** 18 U.S.C. § 1593(c); § 2259(c)(4). */
export const PAYEE_ROLE_LABELS: Labels<typeof PAYEE_ROLES> = {
  'legal-guardian': 'Legal guardian',
  'family-member': 'Family member',
  'estate-representative': 'Representative of the estate',
  'court-appointed': 'Appointed by the court',
};

export const WEEKDAY_LABELS: Labels<typeof WEEKDAYS> = {
  sunday: 'Sunday',
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
};

/** 29 U.S.C. § 218(a). */
export const MINIMUM_WAGE_LABELS: EnumLabels<'federal' | 'higher-of-federal-and-state'> = {
  federal: 'Federal minimum wage',
  'higher-of-federal-and-state': 'Higher of the federal and state minimum wage',
};

export const COMMERCIAL_SEX_INCOME_LABELS: EnumLabels<'added' | 'pooled'> = {
  added: 'Added to the greater of labor income and the FLSA value',
  pooled: 'Pooled with labor income',
};
