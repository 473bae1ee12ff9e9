// What the FLSA guarantees for one workweek: minimum wage for every hour (29 U.S.C. § 206) plus
// the overtime premium for hours over 40 (29 U.S.C. § 207(a)(1)), rounded half-up to the cent once
// for the week (the worksheet's rounding policy).
import { Dec, roundCents } from './money.js';

export interface HourAtRate {
  hours: Dec;
  /** Minimum wage in force that day, in cents per hour. */
  rateCents: Dec;
  /** The day's period carries an overtime exemption (29 U.S.C. § 213(b)(12) or (b)(21)). */
  overtimeExempt: boolean;
}

export interface WeekWage {
  hours: Dec;
  /** Hours over 40 paid at the overtime premium (0 in an exempt week). */
  overtimeHours: Dec;
  /** Hours over 40 whatever the exemption (shown on the worksheet for exempt weeks). */
  hoursOver40: Dec;
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

export const OVERTIME_THRESHOLD = new Dec(40); // 29 U.S.C. § 207(a)(1): hours "in excess of forty"

/**
 * One workweek's wages. The regular rate is the weighted average of the week's rates
 * (29 C.F.R. § 778.115): straight time at each day's rate, plus 0.5 × (straight time ÷ total hours)
 * × overtime hours (29 C.F.R. § 778.107: the straight time already pays the "1" of "1.5").
 * Overtime is removed only when every hour of the week was worked in an exempt period: an exempt
 * employee who does non-exempt work in the same workweek loses the exemption for that week
 * (29 C.F.R. § 780.11) — an assumption the worksheet flags for counsel.
 */
export function weekWage(days: readonly HourAtRate[]): WeekWage {
  let hours = new Dec(0);
  let straight = new Dec(0);
  let anyNonExempt = false;
  let anyWork = false;
  for (const d of days) {
    hours = hours.plus(d.hours);
    straight = straight.plus(d.hours.times(d.rateCents));
    if (d.hours.gt(0)) {
      anyWork = true;
      if (!d.overtimeExempt) anyNonExempt = true;
    }
  }
  const overtimeExempt = anyWork && !anyNonExempt;
  const hoursOver40 = Dec.max(0, hours.minus(OVERTIME_THRESHOLD));
  const overtimeHours = overtimeExempt ? new Dec(0) : hoursOver40;
  const regular = hours.gt(0) ? straight.dividedBy(hours) : null;
  const premium = regular ? regular.times(overtimeHours).dividedBy(2) : new Dec(0);
  return {
    hours,
    overtimeHours,
    hoursOver40,
    overtimeExempt,
    straightTimeCents: straight,
    regularRateCents: regular,
    premiumCents: premium,
    owedCents: roundCents(straight.plus(premium)),
  };
}
