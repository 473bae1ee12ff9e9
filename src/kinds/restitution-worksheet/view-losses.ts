// The worksheet's losses: the table by § 2259(c)(2) category and the itemised list, each loss with
// its dates, basis and any amount in another currency (view.ts assembles the worksheet from this
// module and its siblings).
import type { RestitutionComputed } from './compute.js';
import { longDate, money } from '../kit/index.js';
import { formatHoursNumber, sumCents } from './money.js';
import type { RestitutionCase } from './schema.js';
import { withOriginal } from './conversion.js';
import { LOSS_CATEGORY_TITLES } from './losses.js';
import { dateSpan } from './view-periods.js';

/** The losses' tables. */
export function lossRows(c: RestitutionCase, computed: RestitutionComputed) {
  return {
  losses: {
    byCategory: computed.losses.byCategory.map((b) => ({
      title: b.title,
      citation: b.citation,
      past: money(b.pastCents),
      projected: money(b.projectedCents),
      total: money(b.totalCents),
    })),
    items: c.losses.map((l, i) => ({
      no: i + 1,
      category: LOSS_CATEGORY_TITLES[l.category],
      description: l.description,
      amount: money(computed.losses.itemCents[i]!),
      kind: l.projected ? 'projected' : 'past',
      period: lossPeriod(l),
      basis: l.basis ? basisText(l.basis, computed.losses.itemCents[i]!) : null,
      converted: l.original ? `In another currency: ${withOriginal(computed.losses.itemCents[i]!, l.original)}` : null,
      evidence: l.evidence,
    })),
    total: money(computed.losses.totalCents),
    projectedNote: projectedLossesNote(computed),
  },
  hasLosses: c.losses.length > 0,
  };
}

/**
 * Said under the losses' table whenever a loss is projected: the figure is the sum of the projected
 * costs at the prices the evidence gives, not discounted to present value and not raised for future
 * prices, and why (docs/domain/restitution-worksheet.md, "Projected losses are not discounted"). A
 * judge or opposing counsel reading "$31,200.00" for three years of therapy could not tell whether
 * it had been discounted, nor at what rate. § 2259(c)(2) counts costs "reasonably projected to be
 * incurred in the future" and names no discount; a present value needs a discount rate and a rate
 * at which the cost of care rises, facts for the evidence that the worksheet cannot supply, and
 * that a federal court chooses deliberately (Jones & Laughlin Steel Corp. v. Pfeifer, 462 U.S. 523
 * (1983)). Null when no loss is projected.
 */
export function projectedLossesNote(computed: RestitutionComputed): string | null {
  const projected = sumCents(computed.losses.byCategory.map((b) => b.projectedCents));
  if (projected === 0) return null;
  return `The projected losses, ${money(projected)} in all, are the sum of each future cost at the price the evidence gives for it today: they are not discounted to present value and not increased for future rises in prices. Section 2259(c)(2) counts the costs “reasonably projected to be incurred in the future” and provides for no discount. A present value would need a discount rate and a rate at which the cost of care is expected to rise, which are facts for evidence (such as an economist’s projection) and which a federal court chooses deliberately when it discounts future losses (Jones & Laughlin Steel Corp. v. Pfeifer, 462 U.S. 523 (1983)); a discount for interest is offset in whole or in part by rising prices. No rate is applied here; a party that asks the court to discount these figures should offer that evidence.`;
}

/**
 * The days a loss covers, as the case gives them ("Dates covered: April 21, 2010 to June 30, 2010"), or
 * null. They are what shows that lost income does not count again the days of a labor period
 * (warning `lost-income-overlap` reads them), so the court and the defense see them beside the
 * amount; they used to be read for that warning only and printed nowhere.
 */
export function lossPeriod(l: RestitutionCase['losses'][number]): string | null {
  const { startDate: start, endDate: end } = l;
  if (start && end) return `Dates covered: ${dateSpan(start, end)}`;
  if (start) return `Dates covered: from ${longDate(start)}`;
  if (end) return `Dates covered: until ${longDate(end)}`;
  return null;
}

/** "26 sessions a year × $180.00 × 2 years = $9,360.00" (point 7). */
export function basisText(b: NonNullable<RestitutionCase['losses'][number]['basis']>, cents: number): string {
  const n = formatHoursNumber;
  const unit = b.units === 1 || b.unit.endsWith('s') ? b.unit : `${b.unit}s`;
  return `${n(b.units)} ${unit} a year × ${money(b.rate)} × ${n(b.years)} ${b.years === 1 ? 'year' : 'years'} = ${money(cents)}`;
}
