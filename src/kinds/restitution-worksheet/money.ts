// Exact money arithmetic for the worksheet. Money is integer cents in and out; in between, values
// are decimal.js numbers (base-10, exact for every input we accept), never binary floating point:
// a rate like $10.875 an hour makes half-cents that binary doubles cannot hold exactly.
import { Decimal as DecimalJs } from 'decimal.js';
import { groupDecimal, money } from '../kit/index.js';

/**
 * A Decimal with 60 significant digits and half-up rounding. 60 digits is far beyond any amount
 * here; the only inexact step is the 29 C.F.R. § 778.115 division (straight time ÷ hours), whose
 * quotient is carried to 60 digits before the single per-week rounding to the cent.
 */
export const Dec = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/** Round a non-negative amount in cents half-up to a whole cent (the rounding policy). */
export function roundCents(cents: Dec): number {
  const r = cents.toDecimalPlaces(0, DecimalJs.ROUND_HALF_UP);
  const n = r.toNumber();
  if (!Number.isSafeInteger(n)) throw new RangeError('amount out of range');
  return n;
}

/** Sum integer cents exactly (cents are safe integers; the sum is checked). */
export function sumCents(xs: readonly number[]): number {
  let t = 0n;
  for (const x of xs) t += BigInt(x);
  const n = Number(t);
  if (!Number.isSafeInteger(n)) throw new RangeError('amount out of range');
  return n;
}

/** Integer cents → "$1,234.56": the kit's `money` (the template helper's too). */
export const formatCents = (cents: number): string => money(cents);

/**
 * A rate or other amount in (possibly fractional) cents → dollars text with at least two and at
 * most `maxPlaces` decimals: 725 → "$7.25", 1087.5 → "$10.875". Display only, never arithmetic.
 */
export function formatRate(cents: Dec, maxPlaces = 4): string {
  const dollars = cents.dividedBy(100).toDecimalPlaces(maxPlaces, DecimalJs.ROUND_HALF_UP);
  let s = dollars.toFixed(maxPlaces);
  while (s.includes('.') && s.split('.')[1]!.length > 2 && s.endsWith('0')) s = s.slice(0, -1);
  return `$${groupDecimal(s)}`;
}

/**
 * A rate in whole cents an hour → formatRate's text ("$7.25", "$1,000.00") from the integer's
 * digits, without a decimal object: whole cents are exactly two decimals of dollars, which
 * formatRate trims to. Anything else goes through formatRate.
 */
export function formatRateCents(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) return formatRate(new Dec(cents));
  return `$${groupDecimal(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`)}`;
}

/** Hours (a decimal) → text without trailing zeros, thousands separated: 48 → "48", 7.5 → "7.5". */
export function formatHours(h: Dec): string {
  return groupDecimal(h.toFixed());
}

/** A non-negative whole count of ten-thousandths of an hour → formatHours' text, from its digits. */
export function formatTenThousandths(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('amount out of range');
  const r = n % 10_000;
  const frac = r === 0 ? '' : `.${String(r).padStart(4, '0').replace(/0+$/, '')}`;
  return groupDecimal(`${(n - r) / 10_000}${frac}`);
}

/**
 * Hours as a number → formatHours' text without a decimal object. Between 10⁻⁶ and 10²¹ (and 0)
 * JavaScript writes a number in plain digits, its shortest round-trip decimal, which is the
 * decimal decimal.js reads from it; outside that range (never hours) formatHours does it.
 */
export function formatHoursNumber(n: number): string {
  return n === 0 || (n >= 1e-6 && n < 1e21) ? groupDecimal(String(n)) : formatHours(new Dec(n));
}
