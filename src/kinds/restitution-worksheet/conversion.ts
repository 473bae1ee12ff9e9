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
// line of the worksheet. The same shape, checks and printing serve the defendant's gross income
// (a G line's price per act, daily earnings or amount) and the victim's losses (a loss's amount):
// a clinic meets pesos there as often as in the wages paid (template 2.15.0).
import { Dec } from './money.js';
import { groupDecimal, longDate, money } from '../kit/index.js';
import type { RestitutionCase } from './schema.js';
import type { RestitutionIssue } from './codes.js';
import { toDay } from './dates.js';

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

/**
 * A dollar figure and, when it was given in another currency, its original in brackets, as every
 * converted figure of the worksheet prints: "$257.60 (GTQ 2,000 × $0.1288 per GTQ; rate of
 * January 5, 2024, …)". One wording for a payment, a G line's figure and a loss.
 */
export function withOriginal(cents: number, o: Original | null | undefined, after = ''): string {
  return `${money(cents)}${after}${originalAside(o)}`;
}

/** The original in brackets, " (GTQ 2,000 × …)", or nothing for a figure given in dollars. */
export function originalAside(o: Original | null | undefined): string {
  return o ? ` (${originalText(o)})` : '';
}

/** Which of a G line's money figures its `original` converts: the one its form uses. */
export function grossFigure(g: { pricePerAct: number | null; dailyEarnings: number | null; monthlyEarnings?: number | null; amount: number | null }): 'pricePerAct' | 'dailyEarnings' | 'monthlyEarnings' | 'amount' {
  return g.pricePerAct !== null ? 'pricePerAct' : g.dailyEarnings !== null ? 'dailyEarnings' : (g.monthlyEarnings ?? null) !== null ? 'monthlyEarnings' : 'amount';
}

/**
 * Every figure of the case given in another currency, with the days it concerns (a payment's
 * date; a weekly payment's period; a loss's dates where given; a G line by the month's dates;
 * none for another G line, which has no dates), for the rule, the rounding line and the rate's date (rate-far-from-date).
 */
export interface ConvertedFigure {
  what: 'payment' | 'gross' | 'loss';
  original: Original;
  /** Dot path of the `original` object. */
  path: string;
  /** Words for the figure in a warning: "the payment of January 6, 2024". */
  name: string;
  /** First and last day the figure concerns (equal for a payment), or null (no dates). */
  from: string | null;
  to: string | null;
}

export function convertedFigures(c: RestitutionCase): ConvertedFigure[] {
  const out: ConvertedFigure[] = [];
  c.laborPeriods.forEach((p, i) => {
    const w = p.wagesPaid;
    if (!w) return;
    if (w.perWeekOriginal) {
      out.push({ what: 'payment', original: w.perWeekOriginal, path: `laborPeriods.${i}.wagesPaid.perWeekOriginal`, name: `the weekly payment of period ${i + 1}`, from: p.startDate, to: p.endDate });
    }
    w.payments.forEach((pay, j) => {
      if (pay.original) out.push({ what: 'payment', original: pay.original, path: `laborPeriods.${i}.wagesPaid.payments.${j}.original`, name: `the payment of ${longDate(pay.date)}`, from: pay.date, to: pay.date });
    });
  });
  c.grossIncome.forEach((g, i) => {
    // A line by the month covers its dates (startDate to endDate), which a rate must be near like a
    // weekly payment's period; the other forms of a G line have no dates.
    const monthly = (g.monthlyEarnings ?? null) !== null;
    const from = monthly ? (g.startDate ?? null) : null;
    const to = monthly ? (g.endDate ?? null) : null;
    if (g.original) out.push({ what: 'gross', original: g.original, path: `grossIncome.${i}.original`, name: `gross-income line ${i + 1}`, from, to });
  });
  c.losses.forEach((l, i) => {
    if (l.original) out.push({ what: 'loss', original: l.original, path: `losses.${i}.original`, name: `loss ${i + 1}`, from: l.startDate ?? l.endDate ?? null, to: l.endDate ?? l.startDate ?? null });
  });
  return out;
}

/**
 * Days a rate's date may lie from the days its figure concerns before the preparer is asked to
 * confirm it (docs/domain/restitution-worksheet-pay.md, "The rate's date"): the rates a preparer
 * proves a payment with are the day's, the last business day's before it (at most four days back
 * over a holiday weekend) or a month's average (dated within its month, so at most 30 days from
 * any day of it). A rate further away is a slip (a year typed wrong) or a choice the court may
 * question (a quarterly rate, a rate of the filing's day), and the peso has moved by more than a
 * tenth within two months; the warning names both dates and asks, never refuses.
 */
export const RATE_WINDOW_DAYS = 31;

/**
 * The rate a warning asks for, in the words of the figure: a payment was paid on its day, a weekly
 * payment over its period, a G line by the month was charged or earned over its months, a loss paid
 * or billed on its day or over its dates. It said "the rate of the day (or the month) the amount was
 * paid" of all of them, so a G line by the month read as if paid on one day.
 */
function rateWanted(x: ConvertedFigure): string {
  const oneDay = x.from === x.to;
  if (x.what === 'payment') return oneDay ? 'the rate of the day of the payment, or the average rate of its month' : 'a rate of a day of the period, or the average rate of one of its months';
  if (x.what === 'gross') return 'a rate of a day of the months the line covers, when the amount was charged or earned, or the average rate of one of those months';
  return oneDay ? 'the rate of the day the loss was paid or billed, or the average rate of its month' : 'a rate of a day the loss covers, when it was paid or billed, or the average rate of one of its months';
}

/** Warnings `rate-far-from-date`: a rate dated more than RATE_WINDOW_DAYS from every day its figure concerns. */
export function rateDateWarnings(c: RestitutionCase): RestitutionIssue[] {
  return convertedFigures(c).flatMap((x) => {
    const rateDate = x.original.rateDate;
    // A rate given by source only, or a figure with no dates (a G line by the act, by the day or an
    // amount, an undated loss): nothing to compare. A G line by the month has its dates (above).
    if (!rateDate || !x.from || !x.to) return [];
    const r = toDay(rateDate);
    const gap = r < toDay(x.from) ? toDay(x.from) - r : r > toDay(x.to) ? r - toDay(x.to) : 0;
    if (gap <= RATE_WINDOW_DAYS) return [];
    const side = r < toDay(x.from) ? 'before' : 'after';
    const days = x.from === x.to ? longDate(x.from) : side === 'before' ? `its first day, ${longDate(x.from)}` : `its last day, ${longDate(x.to)}`;
    return [
      {
        path: `${x.path}.rateDate`,
        code: 'rate-far-from-date' as const,
        message: `the exchange rate of ${x.name} is dated ${longDate(rateDate)}, ${gap} days ${side} ${days}, more than ${RATE_WINDOW_DAYS} days away: confirm the date, or give ${rateWanted(x)}`,
      },
    ];
  });
}
