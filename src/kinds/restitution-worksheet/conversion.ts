// A payment received in a foreign currency (pesos, quetzales): the amount in that currency, its
// ISO 4217 code and the rate the preparer used, so that the dollar figure the worksheet credits
// can be rebuilt by the court and the defence (docs/domain/restitution-worksheet-pay.md, "Paid in
// another currency"). Restitution and the FLSA's wages are dollar figures (18 U.S.C. § 1593(b)(3)
// orders the value of the labor "as guaranteed under the minimum wage and overtime guarantees" of
// the FLSA, whose rates are in dollars, 29 U.S.C. § 206(a)(1)), so a payment is credited in
// dollars; no statute or rule fixes the rate or its date for a restitution worksheet, so the rate
// is the preparer's to choose and prove, and the worksheet prints it with its date or source.
// Harbor converts nothing: the dollar amount stays the figure credited, and must equal
// amount × rate rounded half-up to the cent (`conversion-mismatch`), the rounding of every other
// line of the worksheet.
import { Dec } from './money.js';
import { groupDecimal, longDate } from '../kit/index.js';

/**
 * ISO 4217 codes a payment may be in: the current codes (as ICU 78 / CLDR 48 list them, frozen
 * here so that what is accepted never depends on the Node version), less USD (a payment in dollars
 * is the payment's own amount), and the codes withdrawn since 1997, where the wage table starts
 * (a payment of 2005 in bolívares is VEB, of 2001 in marks DEM).
 */
export const CURRENCIES: ReadonlySet<string> = new Set([
  // current
  'AED', 'AFN', 'ALL', 'AMD', 'ANG', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN', 'BAM', 'BBD', 'BDT', 'BGN', 'BHD', 'BIF', 'BMD', 'BND', 'BOB', 'BRL', 'BSD', 'BTN', 'BWP', 'BYN', 'BZD',
  'CAD', 'CDF', 'CHF', 'CLP', 'CNY', 'COP', 'CRC', 'CUC', 'CUP', 'CVE', 'CZK', 'DJF', 'DKK', 'DOP', 'DZD', 'EGP', 'ERN', 'ETB', 'EUR', 'FJD', 'FKP', 'GBP', 'GEL', 'GHS', 'GIP',
  'GMD', 'GNF', 'GTQ', 'GYD', 'HKD', 'HNL', 'HRK', 'HTG', 'HUF', 'IDR', 'ILS', 'INR', 'IQD', 'IRR', 'ISK', 'JMD', 'JOD', 'JPY', 'KES', 'KGS', 'KHR', 'KMF', 'KPW', 'KRW', 'KWD',
  'KYD', 'KZT', 'LAK', 'LBP', 'LKR', 'LRD', 'LSL', 'LYD', 'MAD', 'MDL', 'MGA', 'MKD', 'MMK', 'MNT', 'MOP', 'MRU', 'MUR', 'MVR', 'MWK', 'MXN', 'MYR', 'MZN', 'NAD', 'NGN', 'NIO',
  'NOK', 'NPR', 'NZD', 'OMR', 'PAB', 'PEN', 'PGK', 'PHP', 'PKR', 'PLN', 'PYG', 'QAR', 'RON', 'RSD', 'RUB', 'RWF', 'SAR', 'SBD', 'SCR', 'SDG', 'SEK', 'SGD', 'SHP', 'SLE', 'SLL',
  'SOS', 'SRD', 'SSP', 'STN', 'SVC', 'SYP', 'SZL', 'THB', 'TJS', 'TMT', 'TND', 'TOP', 'TRY', 'TTD', 'TWD', 'TZS', 'UAH', 'UGX', 'UYU', 'UZS', 'VES', 'VND', 'VUV', 'WST', 'XAF',
  'XCD', 'XCG', 'XOF', 'XPF', 'YER', 'ZAR', 'ZMW', 'ZWG', 'ZWL',
  // withdrawn since 1997
  'ATS', 'AZM', 'BEF', 'BYR', 'CSD', 'CYP', 'DEM', 'EEK', 'ESP', 'FIM', 'FRF', 'GHC', 'GRD', 'IEP', 'ITL', 'LTL', 'LUF', 'LVL', 'MRO', 'MTL', 'MZM', 'NLG', 'PTE', 'ROL', 'SDD',
  'SIT', 'SKK', 'SRG', 'STD', 'TMM', 'TRL', 'VEB', 'VEF', 'YUM', 'ZMK', 'ZWD',
]);

/** A payment's amount in the currency it was paid in, as the schema leaves it (the decimal text, no separators). */
export interface Original {
  amount: string;
  currency: string;
  rate: string;
  rateDate: string | null;
  rateSource: string | null;
}

/**
 * A positive number → its plain decimal text ("24000", "0.1288": its shortest decimal, which is
 * exact for every number of at most `places` decimals), or a message.
 */
export function readDecimal(v: number, places: number): { ok: true; text: string } | { ok: false; message: string } {
  if (!Number.isFinite(v) || v <= 0) return { ok: false, message: 'must be more than zero' };
  const text = new Dec(v).toFixed();
  if ((text.split('.')[1] ?? '').length > places) return { ok: false, message: `must have at most ${places} decimal places` };
  if (new Dec(text).greaterThan(1e15)) return { ok: false, message: 'is larger than Harbor accepts' };
  return { ok: true, text };
}

/** Cents of amount × rate (US dollars for one unit), half-up once: the dollar amount the payment must give. */
export function convertedCents(o: Pick<Original, 'amount' | 'rate'>): number {
  return new Dec(o.amount).times(o.rate).times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

/**
 * Whether the rate was given the other way round (units of the currency for one dollar, as a
 * peso rate is usually quoted, 17.05): amount ÷ rate gives the dollar amount, to the cent.
 */
export function rateInverted(o: Pick<Original, 'amount' | 'rate'>, cents: number): boolean {
  return new Dec(o.amount).dividedBy(o.rate).times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber() === cents;
}

/**
 * The payment's original amount and conversion, printed beside its dollar amount so the figure
 * can be rebuilt: "GTQ 2,000 × $0.1288 per GTQ; rate of January 5, 2024, Banco de Guatemala
 * reference rate", or "…; rate: Federal Reserve H.10" without a date. The amount and rate are
 * printed as given (their decimals kept; the schema requires a date or a source).
 */
export function originalText(o: Original): string {
  // Printed inside the payment's brackets: the rate's date and source after a semicolon, not in
  // brackets of their own.
  const why = o.rateDate ? `rate of ${longDate(o.rateDate)}${o.rateSource ? `, ${o.rateSource}` : ''}` : `rate: ${o.rateSource ?? ''}`;
  return `${o.currency} ${groupDecimal(o.amount)} × $${o.rate} per ${o.currency}; ${why}`;
}
