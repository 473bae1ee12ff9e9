// Money fields. Money inside Harbor is always integer cents (exact sums, no binary floats).
// - `Cents`: a JSON number of whole cents, never negative, at most MAX_CENTS ($100 billion) so
//   every sum stays a safe integer;
// - `Dollars`: an amount as people write it ("2843", "2,843.00", "$2,843", or a JSON number of
//   dollars) read exactly into cents (src/domain/money.ts: more than two decimals is refused,
//   negatives are refused).
import { z } from 'zod';
import { dollarsToCents, MAX_CENTS } from '../../domain/money.js';

export const Cents = z
  .number({ error: 'must be an amount in whole cents (e.g. 12345 for $123.45)' })
  .int({ error: 'must be a whole number of cents (e.g. 12345 for $123.45)' })
  .refine((n) => n >= 0, { error: 'must not be negative', params: { code: 'negative-money' } })
  .refine((n) => n <= MAX_CENTS, { error: 'is larger than Harbor accepts ($100 billion)', params: { code: 'too-large' } })
  .meta({ title: 'Amount in cents', description: 'An amount in whole cents (12345 = $123.45), not negative.', minimum: 0 });

/** Dollars as written by a person (text or a JSON number) → exact integer cents. */
export const Dollars = z
  .union([z.string(), z.number()], { error: 'must be an amount in dollars, like 2843, 2,843.00 or $2,843.50' })
  .transform((v, ctx) => {
    // A JSON number is read through its shortest decimal text (2843.5 → "2843.5"), which is exact
    // for every amount with at most two decimals.
    const r = dollarsToCents(typeof v === 'number' ? (Number.isFinite(v) ? String(v) : 'x') : v);
    if (r.ok) return r.cents;
    ctx.addIssue({ code: 'custom', message: r.message, params: { code: r.code } });
    return z.NEVER;
  })
  .meta({ title: 'Amount in dollars', description: 'U.S. dollars as written: 2843, 2,843.00, $2,843.50; at most two decimals.' });
