// The case's figures (schema.ts): money in dollars as written, exact decimals, and a figure in
// another currency (its `original`: conversion.ts), shared by the labor periods, the G lines and the
// losses. Functions, not schemas: each builds its schema when the kind's schemas are built
// (restitutionSchemas, kit/lazy.ts).
import { z } from 'zod';
import { Dollars, IsoDate, labelled as m, optional, text } from '../kit/index.js';
import { CURRENCIES, readDecimal } from './conversion.js';

/**
 * How the help and messages of a figure in another currency name it, where it is used: a payment
 * is paid, a G line's figure charged or earned, a loss paid or billed.
 */
const ORIGINAL_WORDS = {
  payment: { amount: 'The amount in the currency it was paid in', currency: 'The currency the payment was made in', dollars: 'the payment’s amount' },
  gross: { amount: 'The line’s figure (the price per act, the daily earnings, the monthly earnings or the amount) in the currency it was charged or earned in', currency: 'The currency the figure was charged or earned in', dollars: 'the line’s figure' },
  loss: { amount: 'The loss in the currency it was paid or billed in', currency: 'The currency the loss was paid or billed in', dollars: 'the loss’s amount' },
} as const;

/** Money in dollars as written ("2843", "2,843.00", "$2,843"); read exactly into cents. */
export const money = (title: string, description: string) => Dollars.meta({ title, description: `${description} Dollars as written: 2843, 2,843.00 or $2,843.00.` });

/**
 * A positive number with at most `places` decimals → its plain decimal text (exact from here on).
 * A number, not text: the web form reads a field of text or number as dollars ("Type the amount
 * in dollars"), which these are not.
 */
export const decimal = (places: number, what: string) =>
  z.number({ error: `must be ${what}` }).transform((v, ctx) => {
    const r = readDecimal(v, places);
    if (r.ok) return r.text;
    ctx.addIssue({ code: 'custom', message: r.message, params: { code: 'invalid-value' } });
    return z.NEVER;
  });

// A figure in another currency (conversion.ts): what was paid, charged or billed, in what, at
// what rate, so that the dollar figure can be rebuilt from the page. One shape for a payment, a
// G line's figure and a loss, its help and messages worded for each (ORIGINAL_WORDS): "the
// currency paid in" fitted a payment, not a bill for a loss or a price charged per act.
export const originalOf = (use: keyof typeof ORIGINAL_WORDS) => {
  const w = ORIGINAL_WORDS[use];
  return z.strictObject({
    amount: m(decimal(3, 'an amount, a number (e.g. 2000 or 2000.50)'), 'Amount in that currency', `${w.amount}: a number, e.g. 2000 for Q2,000.00.`),
    currency: m(
      z
        .string({ error: 'must be a three-letter ISO 4217 currency code, e.g. MXN or GTQ' })
        .trim()
        .toUpperCase()
        .refine((s) => s !== 'USD', { error: `is US dollars: give ${w.dollars} alone, without an original currency`, params: { code: 'invalid-value' } })
        .refine((s) => s === 'USD' || CURRENCIES.has(s), { error: 'must be a three-letter ISO 4217 currency code, e.g. MXN (Mexican peso) or GTQ (Guatemalan quetzal)', params: { code: 'invalid-value' } }),
      'Currency',
      `${w.currency}, by its three-letter code: MXN (Mexican peso), GTQ (Guatemalan quetzal), HNL (Honduran lempira).`,
    ),
    rate: m(
      decimal(10, 'a rate, a number of US dollars for one unit (e.g. 0.1288)'),
      'Exchange rate (US dollars for one unit)',
      'US dollars for one unit of that currency (e.g. 0.1288 for a quetzal), not units for one dollar. The dollar figure must equal the amount in that currency × this rate, to the cent.',
    ),
    rateDate: m(optional(IsoDate), 'Rate of (date)', 'The date of the exchange rate used, on or before the worksheet’s date (give it, or its source, or both).'),
    rateSource: m(optional(text('a source')), 'Rate source', 'Where the rate comes from ("Banco de Guatemala reference rate", "Treasury reporting rate").'),
  });
};
