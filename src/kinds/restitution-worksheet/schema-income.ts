// G and L of the case (schema.ts): the gross-income lines (18 U.S.C. § 1593(b)(3)), the losses
// with their bases (18 U.S.C. § 2259(c)(2)) and the losses not yet known. Their cross-field rules
// are in rules.ts's caseRules. Built by incomeAndLossSchemas() when the kind's schemas are built.
import { z } from 'zod';
import { choice, IsoDate, labelled as m, MULTILINE, optional, shownWith, text, withDefault } from '../kit/index.js';
import { removedCents } from './legacy.js';
import { INCOME_FROM_LABELS, LOSS_CATEGORY_LABELS } from './labels.js';
import { INCOME_FROM, LOSS_CATEGORIES } from './schema-values.js';
import { money, originalOf } from './schema-figures.js';

export function incomeAndLossSchemas() {
  const GrossIncomeLine = z.strictObject({
    label: m(text('a short label'), 'Label', 'What the income is ("Cleaning contracts billed for L.M.’s labor").'),
    incomeFrom: m(
      choice(INCOME_FROM, INCOME_FROM_LABELS, { note: 'the two are counted differently under 18 U.S.C. § 1593(b)(3)' }),
      'Income from',
      'labor (compared with the FLSA value) or commercial-sex-acts (added to it: the FLSA does not value commercial sex acts).',
    ),
    days: m(
      optional(z.number({ error: 'must be a number of days' }).int({ error: 'must be a whole number of days' }).min(0, { error: 'must not be negative' })),
      'Days',
      'Number of days (with acts per day and price per act, or with daily earnings).',
    ),
    actsPerDay: m(optional(z.number({ error: 'must be a number' }).min(0, { error: 'must not be negative' })), 'Acts per day', 'Acts sold each day.'),
    pricePerAct: optional(money('Price per act', 'The price of one act.')),
    pricePerActCents: removedCents('pricePerActCents', 'pricePerAct'),
    dailyEarnings: optional(money('Daily earnings', 'What the defendant earned from the victim each day.')),
    dailyEarningsCents: removedCents('dailyEarningsCents', 'dailyEarnings'),
    // A monthly figure over dates that need not start or end on a month's first or last day
    // (month-shares.ts, monthShares): each calendar month counts its days covered ÷ its days.
    monthlyEarnings: optional(money('Monthly earnings', 'What the defendant earned from the victim each calendar month (e.g. a contract billed $3,000.00 a month), with the first and last day it covers; a month partly covered counts its days covered ÷ its days.')),
    // Shown in the web form only with monthly earnings (`x-with`: kit/value-format.ts): a line of
    // days, acts or an amount is refused with dates (rules.ts, incomplete-line), and the two boxes
    // were drawn under every line.
    startDate: m(optional(IsoDate), 'From', 'With monthly earnings: the first day they cover (e.g. 2024-03-15).').meta(shownWith('monthlyEarnings')),
    endDate: m(optional(IsoDate), 'To', 'With monthly earnings: the last day they cover (inclusive).').meta(shownWith('monthlyEarnings')),
    amount: optional(money('Amount', 'A total, e.g. what the defendant billed others for the victim’s labor.')),
    // A figure proved only for several victims together (a total over a period and their number):
    // the line counts an equal part of it (gross-income.ts; restitution-worksheet.md, "A figure for
    // several victims"). The government proves the amount by a preponderance (18 U.S.C. § 3664(e)).
    victims: m(
      optional(z.number({ error: 'must be a whole number of victims' }).int({ error: 'must be a whole number of victims' }).min(2, { error: 'must be 2 or more (leave it out for a figure of this victim alone)' })),
      'Victims the figure covers',
      'When the evidence gives the figure for several victims together (e.g. $90,000.00 the defendant took from 6 victims over a period) and no finer division: how many. The line counts an equal part, the figure ÷ this number; leave it out for a figure of this victim alone.',
    ),
    amountCents: removedCents('amountCents', 'amount'),
    // United States v. Clayton (E.D. Pa. 2022): the defendant's share of the gross, 0..1. A share
    // below 1 is warning `share-apportioned` (18 U.S.C. § 3664(h)).
    defendantShare: m(
      withDefault(
        z
          .number({ error: 'must be a fraction between 0 and 1 (e.g. 0.5 for half)' })
          .refine((x) => Number.isFinite(x) && x >= 0 && x <= 1, {
            error: 'must be a fraction between 0 and 1 (e.g. 0.5 for half)',
            params: { code: 'share-out-of-range' },
          }),
        1,
      ),
      'Defendant’s share',
      'The fraction of the gross the defendant kept (default 1). Below 1 lowers mandatory restitution: with co-defendants it is ordinarily joint and several (18 U.S.C. § 3664(h)).',
    ),
    // The line's money figure in another currency (conversion.ts grossFigure, the monthly earnings
    // too): the same shape and checks as a payment's.
    original: m(
      optional(originalOf('gross')),
      'In another currency',
      'When the price per act, the daily earnings, the monthly earnings or the amount was in pesos, quetzales or another currency: that figure in it, its code and the exchange rate used; the dollar figure above is then that amount × the rate, to the cent.',
    ),
    evidence: m(optional(text('text')), 'Evidence', 'Exhibits or testimony that prove the line ("Invoices (Exhibit 31)").'),
  });

  const LossCategory = choice(LOSS_CATEGORIES, LOSS_CATEGORY_LABELS);

  /** The basis of a projected loss: units a year × rate × years (issue 15 point 7). */
  const LossBasis = z.strictObject({
    units: m(z.number({ error: 'must be a number' }).min(0, { error: 'must not be negative' }), 'Units a year', 'How many units a year (26 sessions).'),
    unit: m(text('a unit, e.g. session'), 'Unit', 'What one unit is ("session", "month of rent").'),
    rate: money('Rate', 'The cost of one unit.'),
    years: m(z.number({ error: 'must be a number of years' }).min(0, { error: 'must not be negative' }), 'Years', 'For how many years.'),
  });

  const Loss = z.strictObject({
    category: m(LossCategory, 'Category', 'The 18 U.S.C. § 2259(c)(2) category of the loss.'),
    description: m(text('a description').meta(MULTILINE), 'Description', 'What the loss is.'), // a sentence or two: a multi-line box in the form
    amount: optional(money('Amount', 'The full amount of the loss (or give its basis), including any part insurance or a victim compensation program has paid: the court may not reduce restitution for it, and orders that part paid to the payer after the victim (18 U.S.C. § 3664(f)(1)(B), (j)(1)).')),
    amountCents: removedCents('amountCents', 'amount'),
    basis: m(optional(LossBasis), 'Basis', 'For a projected loss: units a year × rate × years; gives the amount, or must agree with it.'),
    projected: m(z.boolean({ error: 'must be true (a projected future cost) or false (a past cost)' }), 'Projected', 'true for a reasonably projected future cost, false for a past cost.'),
    // Optional dates of the loss: used to tell whether lost income overlaps a labor period
    // (double counting with the labor value).
    startDate: m(optional(IsoDate), 'From', 'First day the loss covers (for lost income).'),
    endDate: m(optional(IsoDate), 'To', 'Last day the loss covers (for lost income).'),
    // The loss in another currency (conversion.ts): the same shape and checks as a payment's.
    original: m(
      optional(originalOf('loss')),
      'In another currency',
      'When the loss was paid or billed in pesos, quetzales or another currency: its amount in it, its code and the exchange rate used; the amount above (or its basis) is then that amount × the rate, in dollars, to the cent.',
    ),
    evidence: m(optional(text('text')), 'Evidence', 'Exhibits or testimony that prove the loss ("Hospital bill (Exhibit 40)").'),
  });

  const PendingLoss = z.strictObject({
    category: m(LossCategory, 'Category', 'The 18 U.S.C. § 2259(c)(2) category of the loss.'),
    description: m(text('a description').meta(MULTILINE), 'Description', 'What the loss is and why its amount is not yet known.'),
  });

  return { GrossIncomeLine, LossCategory, LossBasis, Loss, PendingLoss };
}
