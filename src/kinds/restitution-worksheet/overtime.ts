// What the FLSA guarantees for one workweek: minimum wage for every hour (29 U.S.C. § 206) plus
// the overtime premium for hours over 40 (29 U.S.C. § 207(a)(1)), rounded half-up to the cent once
// for the week (the worksheet's rounding policy).
//
// Exactness: a day's hours have at most four decimals (the schema's DayHours rule) and a rate is
// whole cents, so the week's sums are done in integers: hours in ten-thousandths of an hour
// (`tenThousandths`) and straight time in ten-thousandths of a cent (Σ hours × 10⁴ × rate). Those
// integers are the exact values the decimal sums would hold (checked to stay below 2⁵³); the one
// inexact step, the § 778.115 division, and the rounding stay in decimal.js at 60 digits on the
// same values as before, so every figure is the one the per-day decimal sums gave (issue 18: a
// decimal object per day and operation was most of the worksheet's compute time).
import { Dec, roundCents } from './money.js';

export interface HourAtRate {
  /** Hours worked that day, at most four decimals (DayHours). */
  hours: number;
  /** Minimum wage in force that day, in whole cents per hour. */
  rateCents: number;
  /** The day's period carries an overtime exemption (29 U.S.C. § 213(b)(12) or (b)(21)). */
  overtimeExempt: boolean;
}

export interface WeekWage {
  /**
   * Hours, as the double nearest to the exact decimal (the integer count of ten-thousandths ÷ 10⁴,
   * one correctly rounded division: the same double as converting the decimal's text).
   */
  hours: number;
  /** Hours over 40 paid at the overtime premium (0 in an exempt week). */
  overtimeHours: number;
  /** Hours over 40 whatever the exemption (shown on the worksheet for exempt weeks). */
  hoursOver40: number;
  overtimeExempt: boolean;
  /** Σ hours × that day's rate, exact cents. */
  straightTimeCents: Dec;
  /** Weighted-average regular rate (29 C.F.R. § 778.115), exact to 60 digits; null with no hours. */
  regularRateCents: Dec | null;
  /** 0.5 × regular rate × overtime hours, exact. */
  premiumCents: Dec;
  /** straight time + premium, rounded half-up to the cent once for the week. */
  owedCents: number;
}

export const OVERTIME_THRESHOLD = 40; // 29 U.S.C. § 207(a)(1): hours "in excess of forty"
const THRESHOLD_TEN_THOUSANDTHS = OVERTIME_THRESHOLD * 10_000;
const ZERO = new Dec(0);

/**
 * Hours with at most four decimals → exact ten-thousandths of an hour. `h` is the double nearest
 * to a decimal D with ≤ 4 places (DayHours), so h × 10⁴ is within far less than ½ of the integer
 * D × 10⁴ and rounds to it; the check refuses anything else rather than round it.
 */
export function tenThousandths(h: number): number {
  const q = Math.round(h * 10_000);
  if (q / 10_000 !== h) throw new Error('hours must have at most four decimal places (DayHours)');
  return q;
}

/** A count of ten-thousandths as the exact decimal it stands for. */
const fromTenThousandths = (n: number): Dec => (n === 0 ? ZERO : new Dec(`${n}e-4`));

/**
 * One workweek's wages. The regular rate is the weighted average of the week's rates
 * (29 C.F.R. § 778.115): straight time at each day's rate, plus 0.5 × (straight time ÷ total hours)
 * × overtime hours (29 C.F.R. § 778.107: the straight time already pays the "1" of "1.5").
 * Overtime is removed only when every hour of the week was worked in an exempt period: an exempt
 * employee who does non-exempt work in the same workweek loses the exemption for that week
 * (29 C.F.R. § 780.11) — an assumption the worksheet flags for counsel.
 */
export function weekWage(days: readonly HourAtRate[]): WeekWage {
  let hours = 0; // ten-thousandths of an hour
  let straight = 0; // ten-thousandths of a cent
  let anyNonExempt = false;
  let anyWork = false;
  for (const d of days) {
    const h = tenThousandths(d.hours);
    if (!Number.isSafeInteger(d.rateCents)) throw new Error('a rate must be whole cents');
    hours += h;
    straight += h * d.rateCents;
    if (h > 0) {
      anyWork = true;
      if (!d.overtimeExempt) anyNonExempt = true;
    }
  }
  if (!Number.isSafeInteger(straight) || !Number.isSafeInteger(hours)) throw new RangeError('amount out of range');
  const overtimeExempt = anyWork && !anyNonExempt;
  const over40 = Math.max(0, hours - THRESHOLD_TEN_THOUSANDTHS);
  const overtime = overtimeExempt ? 0 : over40;
  const straightDec = fromTenThousandths(straight);
  // The quotient of the same exact values as Σ-in-decimals ÷ Σ-in-decimals: the same 60 digits.
  const regular = hours > 0 ? new Dec(straight).dividedBy(hours) : null;
  const premium = regular && overtime > 0 ? regular.times(fromTenThousandths(overtime)).dividedBy(2) : ZERO;
  return {
    hours: hours / 10_000,
    overtimeHours: overtime / 10_000,
    hoursOver40: over40 / 10_000,
    overtimeExempt,
    straightTimeCents: straightDec,
    regularRateCents: regular,
    premiumCents: premium,
    owedCents: roundCents(premium.isZero() ? straightDec : straightDec.plus(premium)),
  };
}
