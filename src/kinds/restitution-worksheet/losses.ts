// L, the victim's losses under 18 U.S.C. § 2259(c)(2), made part of § 1593 restitution by
// § 1593(b)(3). Past and reasonably projected future costs both count. Losses are added to the
// labor value; they never enter the greater-of comparison.
import { basisCents } from './rules.js';
import { sumCents } from './money.js';
import { LOSS_CATEGORIES, type Loss } from './schema.js';

export const CATEGORY_TITLES: Record<(typeof LOSS_CATEGORIES)[number], { title: string; citation: string }> = {
  medical: { title: 'Medical services (physical, psychiatric or psychological care)', citation: '18 U.S.C. § 2259(c)(2)(A)' },
  therapy: { title: 'Physical and occupational therapy or rehabilitation', citation: '18 U.S.C. § 2259(c)(2)(B)' },
  'transportation-housing-childcare': { title: 'Necessary transportation, temporary housing and child care', citation: '18 U.S.C. § 2259(c)(2)(C)' },
  'lost-income': { title: 'Lost income', citation: '18 U.S.C. § 2259(c)(2)(D)' },
  // The statute's words: "reasonable attorneys' fees, as well as other costs incurred". It read
  // "and other litigation costs", narrower than the text a judge compares it with.
  'attorney-fees': { title: "Reasonable attorneys' fees, as well as other costs incurred", citation: '18 U.S.C. § 2259(c)(2)(E)' },
  other: { title: 'Other relevant losses', citation: '18 U.S.C. § 2259(c)(2)(F)' },
};

/** Category → its title (the worksheet's words). */
export const LOSS_CATEGORY_TITLES = Object.fromEntries(Object.entries(CATEGORY_TITLES).map(([k, v]) => [k, v.title])) as Record<
  (typeof LOSS_CATEGORIES)[number],
  string
>;

export interface LossCategoryTotal {
  category: (typeof LOSS_CATEGORIES)[number];
  title: string;
  citation: string;
  pastCents: number;
  projectedCents: number;
  totalCents: number;
}

/** A loss's amount: as given, or from its basis (units × rate × years, rounded half-up once). */
export function lossCents(l: Loss): number {
  if (l.amount !== null) return l.amount;
  if (l.basis) {
    // Units and years have no upper bound of their own: a product beyond exact integer cents is
    // the case's error (compute.ts: amount-too-large), never an inexact amount.
    const cents = basisCents(l.basis.units, l.basis.rate, l.basis.years);
    if (!Number.isSafeInteger(cents)) throw new RangeError('amount out of range');
    return cents;
  }
  return 0; // the schema requires one of them (rules.ts)
}

export interface Losses {
  byCategory: LossCategoryTotal[];
  /** Each loss's amount, in case order (from its basis when no amount was given). */
  itemCents: number[];
  totalCents: number;
}

/** Losses by § 2259(c)(2) category (categories with no loss omitted), in statutory order. */
export function computeLosses(losses: readonly Loss[]): Losses {
  const itemCents = losses.map(lossCents);
  const byCategory = LOSS_CATEGORIES.flatMap((category) => {
    const items = losses.map((l, i) => ({ l, cents: itemCents[i]! })).filter((x) => x.l.category === category);
    if (items.length === 0) return [];
    const past = sumCents(items.filter((x) => !x.l.projected).map((x) => x.cents));
    const projected = sumCents(items.filter((x) => x.l.projected).map((x) => x.cents));
    return [{ category, ...CATEGORY_TITLES[category], pastCents: past, projectedCents: projected, totalCents: sumCents([past, projected]) }];
  });
  return { byCategory, itemCents, totalCents: sumCents(itemCents) };
}

/**
 * Said on every worksheet with losses: a loss is claimed in full whatever insurance or a victim
 * compensation program paid of it (18 U.S.C. § 3664(f)(1)(B): compensation from insurance "or any
 * other source" is not considered in determining the amount), and the court orders that part paid
 * to the payer after the victim (§ 3664(j)(1)). The case data records no payer; the court, not the
 * worksheet, decides who receives that part (docs/domain/restitution-worksheet-filing.md).
 */
/**
 * Said on every worksheet that claims anything (labor, G or losses): a civil suit (18 U.S.C. § 1595,
 * a state wage claim) recovers for the same labor and losses, and opposing counsel asks whether it
 * was subtracted. It is not: § 3664(j)(2) reduces what is paid under the order by compensatory
 * damages "later recovered" for the same loss, not the amount ordered; a recovery received before
 * the order is for the court to weigh, with its amount, source and the loss it paid for, which the
 * case data does not record (a figure typed here would lower the total on the preparer's reading).
 */
export const CIVIL_RECOVERY_ASSUMPTION =
  'Nothing the victim has recovered in a civil suit is deducted here. Compensatory damages the victim recovers for the same loss in a federal civil proceeding, or in a state one to the extent the state’s law provides, reduce what is paid under the restitution order, not the amount ordered (18 U.S.C. § 3664(j)(2)); whether a recovery received before the order is credited against it is for the court, and counsel should give the court its amount, its source and the loss it paid for, so that no loss is paid twice.';

export const COMPENSATION_ASSUMPTION =
  'Each loss is stated at its full amount, whether or not insurance or a victim compensation program has paid any of it: the court may not consider such compensation in determining the amount of restitution (18 U.S.C. § 3664(f)(1)(B)). Where a third party has paid part of a loss, the court orders that part of the restitution paid to the third party, after the victim has been paid in full (18 U.S.C. § 3664(j)(1)); counsel should tell the court who paid what.';
