// What the FLSA guarantees for one workweek: minimum wage for every hour (29 U.S.C. § 206) plus
// the overtime premium for hours over 40 (29 U.S.C. § 207(a)(1)), rounded half-up to the cent once
// for the week (the worksheet's rounding policy).
//
// Exactness (issue 18: a decimal object per day and operation was most of the worksheet's compute
// time). A day's hours have at most four decimals (the schema's DayHours rule) and a rate is whole
// cents, so the week's sums are integers: hours in ten-thousandths of an hour (`tenThousandths`)
// and straight time in ten-thousandths of a cent (Σ hours × 10⁴ × rate), checked to stay below
// 2⁵³. Those are the exact values decimal sums would hold. Then:
// - no overtime: owed = straight time rounded half-up, an integer division with its remainder;
// - one rate all week (nearly every week): the regular rate is that rate exactly (straight ÷ hours
//   = rate × hours ÷ hours), and straight + ½ × rate × overtime hours is the integer
//   (2 × straight + rate × overtime) in twenty-thousandths of a cent, rounded half-up the same way;
// - several rates in one week (a rate change mid-week): the weighted average is the one inexact
//   step; it and the rest of the week stay in decimal.js at 60 digits, as before.
// Every result equals the per-day decimal.js computation's (tests: the property test against it).
import { Dec, roundCents } from './money.js';

export interface HourAtRate {
  /** Hours worked that day, at most four decimals (DayHours). */
  hours: number;
  /** Minimum wage in force that day, in whole cents per hour. */
  rateCents: number;
  /** The day's period carries an overtime exemption (29 U.S.C. § 213(b)(12) or (b)(21)). */
  overtimeExempt: boolean;
  /**
   * The hourly rate agreed for the day's period (`laborPeriods[].agreedRate`), whole cents; 0 when
   * the case gives none. Only a rate above the day's minimum wage changes anything (agreedWeek).
   */
  agreedRateCents?: number;
  /**
   * The flat sum agreed for each day worked in the day's period (`laborPeriods[].dayRate`), whole
   * cents; 0 when the case gives none. The period's day-rate pay in a workweek is this × its days
   * with hours there, and its regular rate that pay ÷ its hours (29 C.F.R. § 778.112; agreedWeek).
   */
  dayRateCents?: number;
  /**
   * The labor period (job) the day's hours belong to, when the week's pay is given per job
   * (`weekWage`'s `paidOfJob`): each job's pay is credited to its own agreed straight time
   * (agreedWeek). Unused otherwise.
   */
  job?: number;
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
  /** Weighted-average regular rate (29 C.F.R. § 778.115), exact to 60 digits; null with no hours. */
  regularRateCents: Dec | null;
  /**
   * The regular rate to 20 significant digits as plain decimal text (the worksheet's `WeekRow`),
   * null with no hours. A one-rate week's is the rate's own digits: a whole number of cents below
   * 2⁵³ has fewer than 20 digits, so rounding to 20 leaves it as it is, without two decimal
   * operations a week.
   */
  regularRateText: string | null;
  /** Straight time + 0.5 × regular rate × overtime hours, rounded half-up to the cent once for the week. */
  owedCents: number;
  /** The week's overtime was valued on an agreed rate above the minimum wage (agreedWeek). */
  agreedRate: boolean;
  /**
   * In a week valued on an agreed rate with the pay given per job (`paidOfJob`), each job's
   * figures that its share of "owed" is computed from (agreedWeek), in order of the job's first
   * day in the week; null in every other week.
   */
  jobs: JobFigures[] | null;
  /** Each day-rate period with hours in the week (29 C.F.R. § 778.112), in order of its first day; null when none. */
  dayRates: DayRateFigures[] | null;
}

/** One job's figures in a workweek valued on an agreed rate with the pay given per job (agreedWeek). */
export interface JobFigures {
  /** The labor period (`HourAtRate.job`). */
  job: number;
  /** The job's hours that week, in ten-thousandths of an hour. */
  hours: number;
  /** Its straight time at the minimum wage, Σ hours × 10⁴ × the day's minimum wage: ten-thousandths of a cent. */
  minimumWageStraight: number;
  /** Its straight time at its hours' rates (the agreed rate, or the minimum wage where higher): ten-thousandths of a cent. */
  agreedStraight: number;
  /** Its wages paid credited to the week, in cents. */
  paidCents: number;
}

/**
 * A day-rate period's figures in a workweek with its hours (29 C.F.R. § 778.112): what the line
 * under the workweek table rebuilds its regular rate and "Owed" from.
 */
export interface DayRateFigures {
  /** The labor period (`HourAtRate.job`). */
  job: number;
  /** The flat sum for a day worked, cents. */
  dayRateCents: number;
  /** Its days with hours in the week. */
  days: number;
  /** Its hours that week, in ten-thousandths of an hour. */
  hours: number;
  /** Its straight time at the minimum wage: ten-thousandths of a cent. */
  minimumWageStraight: number;
}

export const OVERTIME_THRESHOLD = 40; // 29 U.S.C. § 207(a)(1): hours "in excess of forty"
const THRESHOLD_TEN_THOUSANDTHS = OVERTIME_THRESHOLD * 10_000;

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

/** n ÷ d rounded half-up, for a non-negative safe integer n: exact (remainder first, then an exact division). */
function divideHalfUp(n: number, d: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('amount out of range');
  const r = n % d;
  const q = (n - r) / d;
  return 2 * r >= d ? q + 1 : q;
}

/**
 * One workweek's wages. The regular rate is the weighted average of the week's rates
 * (29 C.F.R. § 778.115): straight time at each day's rate, plus 0.5 × (straight time ÷ total hours)
 * × overtime hours (29 C.F.R. § 778.107: the straight time already pays the "1" of "1.5").
 * Overtime is removed only when every hour of the week was worked in an exempt period: an exempt
 * employee who does non-exempt work in the same workweek loses the exemption for that week
 * (29 C.F.R. § 780.11) — an assumption the worksheet flags for counsel.
 */
export function weekWage(days: readonly HourAtRate[], paidCents = 0, paidOfJob?: (job: number) => number): WeekWage {
  let hours = 0; // ten-thousandths of an hour
  let straight = 0; // ten-thousandths of a cent
  let anyNonExempt = false;
  let anyWork = false;
  let rate: number | undefined; // the one rate of the hours worked, while there is one
  let oneRate = true;
  for (const d of days) {
    const h = tenThousandths(d.hours);
    if (!Number.isSafeInteger(d.rateCents)) throw new Error('a rate must be whole cents');
    hours += h;
    straight += h * d.rateCents;
    if (h > 0) {
      anyWork = true;
      if (!d.overtimeExempt) anyNonExempt = true;
      if (rate === undefined) rate = d.rateCents;
      else if (rate !== d.rateCents) oneRate = false;
    }
  }
  if (!Number.isSafeInteger(straight) || !Number.isSafeInteger(hours)) throw new RangeError('amount out of range');
  const overtimeExempt = anyWork && !anyNonExempt;
  const over40 = Math.max(0, hours - THRESHOLD_TEN_THOUSANDTHS);
  const overtime = overtimeExempt ? 0 : over40;
  // Overtime in a week worked at an agreed rate above the minimum wage, or at a day rate whose
  // pay for the week's days is above the minimum wage for their hours: valued on that rate. A
  // week without overtime owes the minimum wage alone whatever was agreed (the FLSA does not
  // guarantee the agreed straight time), so it keeps the computation below; so does a day-rate
  // week whose regular rate is not above the minimum wage (the regular rate is then the minimum
  // wage: 29 C.F.R. § 778.107; worked example 22).
  const periods = periodStraights(days);
  const dayRates = dayRateFigures(periods);
  if (overtime > 0 && [...periods.values()].some((j) => j.agreed > j.mw)) {
    return { ...agreedWeek(periods, hours, overtime, paidCents, paidOfJob), overtimeHours: overtime / 10_000, hoursOver40: over40 / 10_000, overtimeExempt, dayRates };
  }
  let regular: Dec | null = null;
  let regularText: string | null = null;
  let owedCents: number;
  if (hours === 0) owedCents = 0;
  else if (oneRate) {
    regular = new Dec(rate!);
    regularText = String(rate!);
    owedCents = overtime === 0 ? divideHalfUp(straight, 10_000) : divideHalfUp(2 * straight + rate! * overtime, 20_000);
  } else {
    // The quotient of the same exact values as Σ-in-decimals ÷ Σ-in-decimals: the same 60 digits.
    regular = new Dec(straight).dividedBy(hours);
    regularText = regular.toSignificantDigits(20).toFixed();
    const straightDec = new Dec(`${straight}e-4`);
    owedCents = roundCents(overtime === 0 ? straightDec : straightDec.plus(regular.times(new Dec(`${overtime}e-4`)).dividedBy(2)));
  }
  return {
    hours: hours / 10_000,
    overtimeHours: overtime / 10_000,
    hoursOver40: over40 / 10_000,
    overtimeExempt,
    regularRateCents: regular,
    regularRateText: regularText,
    owedCents,
    agreedRate: false,
    jobs: null,
    dayRates,
  };
}

/** A labor period's hours and straight time in one workweek (ten-thousandths of an hour and of a cent). */
interface PeriodStraight {
  hours: number;
  /** Straight time at the minimum wage. */
  mw: number;
  /**
   * Straight time at the rate agreed for the hours: each hour at its agreed rate or the minimum
   * wage where higher; for a day-rate period, the day-rate pay (day rate × days with hours) or
   * the minimum-wage straight time where that is higher (29 C.F.R. §§ 778.112, 778.107).
   */
  agreed: number;
  dayRateCents: number;
  days: number;
}

/** Each labor period's straight times in the week (`HourAtRate.job`; 0 when not given), in order of its first day. */
function periodStraights(days: readonly HourAtRate[]): Map<number, PeriodStraight> {
  const out = new Map<number, PeriodStraight>();
  for (const d of days) {
    const h = tenThousandths(d.hours);
    const key = d.job ?? 0;
    let j = out.get(key);
    if (!j) out.set(key, (j = { hours: 0, mw: 0, agreed: 0, dayRateCents: d.dayRateCents ?? 0, days: 0 }));
    j.hours += h;
    j.mw += h * d.rateCents;
    j.agreed += h * Math.max(d.rateCents, d.agreedRateCents ?? 0);
    if (h > 0) j.days++;
  }
  for (const j of out.values()) {
    // 29 C.F.R. § 778.112: the day-rate sums of the week are the straight time of all its hours;
    // a regular rate below the minimum wage is raised to it (29 C.F.R. § 778.107: it "may in no event be less than the statutory minimum").
    if (j.dayRateCents > 0) j.agreed = Math.max(j.mw, j.dayRateCents * j.days * 10_000);
    if (!Number.isSafeInteger(j.agreed) || !Number.isSafeInteger(j.mw)) throw new RangeError('amount out of range');
  }
  return out;
}

function dayRateFigures(periods: ReadonlyMap<number, PeriodStraight>): DayRateFigures[] | null {
  const out = [...periods].filter(([, j]) => j.dayRateCents > 0 && j.hours > 0).map(([job, j]) => ({ job, dayRateCents: j.dayRateCents, days: j.days, hours: j.hours, minimumWageStraight: j.mw }));
  return out.length > 0 ? out : null;
}

/**
 * A workweek with overtime in which the victim worked at an agreed hourly rate above the minimum
 * wage (docs/domain/restitution-worksheet-flsa.md, "Agreed rate"; worked examples 10, 11 and 16).
 * All quantities are in ten-thousandths of a cent (hours in ten-thousandths × whole cents):
 * - each hour's rate is the higher of the day's minimum wage and the agreed rate, and the regular
 *   rate RR is their weighted average: the pay for the week's hours at the rate agreed for them
 *   (29 U.S.C. § 207(e); 29 C.F.R. §§ 778.109, 778.115);
 * - overtime O = 1.5 × RR × overtime hours (29 U.S.C. § 207(a)(1)): the FLSA's guarantee for the
 *   hours over 40, on the rate the victim was employed at, not on the minimum wage;
 * - the hours up to 40, per job j (a labor period; one job when the pay is not given per job):
 *   the FLSA guarantees the minimum wage, Yj = (j's straight time at the minimum wage) × (hours −
 *   overtime) ÷ hours; the agreed pay for them is Xj = (j's straight time at its hours' rates) ×
 *   (hours − overtime) ÷ hours (Σ Xj = RR × (hours − overtime)). A job's wages paid go first to
 *   its own agreed straight time: overtime is not paid until the straight time due under the
 *   agreement is (29 C.F.R. § 778.315), so pay for the first 40 hours above the minimum wage never
 *   pays the overtime (29 U.S.C. § 207(h)).
 * So owed = Σj max(Yj, min(paidj, Xj)) + O, rounded half-up to the cent once, and unpaid = owed −
 * paid (never below zero) is exactly: the minimum wage still short for the first 40 hours, plus
 * the overtime not covered by pay beyond the agreed straight time. The agreed straight time above
 * the minimum wage is counted only as far as it was paid (to credit that pay to it): it is a
 * contract claim, never a guarantee of the FLSA, so F never claims it. Per job because each job's
 * straight time is earned at its own rate and paid by its own wages (29 C.F.R. §§ 778.115,
 * 778.419: the week's earnings are the sum of each job's hours at that job's rate): with the week's
 * pay pooled, a job without an agreed rate that paid well paid another job's agreed straight
 * time, which that job never paid, and F claimed it (worked example 16: $1,302.40 owed, not
 * $1,182.19). Without `paidOfJob` the week is one job and `paidCents` its pay.
 */
function agreedWeek(periods: ReadonlyMap<number, PeriodStraight>, hours: number, overtime: number, paidCents: number, paidOfJob?: (job: number) => number): Pick<WeekWage, 'hours' | 'regularRateCents' | 'regularRateText' | 'owedCents' | 'agreedRate' | 'jobs'> {
  // Each job's hours and straight time at the minimum wage and at its hours' rates (ten-thousandths
  // of an hour and of a cent): its period's, or, when the pay is not given per job, the week's.
  const jobs = new Map<number, { hours: number; mw: number; agreed: number }>();
  let straightAgreed = 0;
  for (const [period, p] of periods) {
    straightAgreed += p.agreed;
    const key = paidOfJob ? period : 0;
    const j = jobs.get(key);
    if (j) {
      j.hours += p.hours;
      j.mw += p.mw;
      j.agreed += p.agreed;
    } else jobs.set(key, { hours: p.hours, mw: p.mw, agreed: p.agreed });
  }
  if (!Number.isSafeInteger(straightAgreed)) throw new RangeError('amount out of range');
  const regular = new Dec(straightAgreed).dividedBy(hours);
  // Every term times the week's hours, so that the sum is exact (integers well inside 60 digits)
  // and one division remains: Yj × hours = j's minimum-wage straight time × (hours − overtime),
  // Xj × hours likewise, paidj × hours, and O × hours = 1.5 × straightAgreed × overtime.
  const upTo40 = hours - overtime;
  let sum = new Dec(straightAgreed).times(overtime).times(3).dividedBy(2);
  for (const [key, j] of jobs) {
    const x = new Dec(j.agreed).times(upTo40);
    const y = new Dec(j.mw).times(upTo40);
    const paid = new Dec(paidOfJob ? paidOfJob(key) : paidCents).times(10_000).times(hours);
    sum = sum.plus(decMax(y, paid.lessThan(x) ? paid : x));
  }
  return {
    hours: hours / 10_000,
    regularRateCents: regular,
    regularRateText: regular.toSignificantDigits(20).toFixed(),
    owedCents: roundCents(sum.dividedBy(hours).dividedBy(10_000)),
    agreedRate: true,
    jobs: paidOfJob ? [...jobs].map(([job, j]) => ({ job, hours: j.hours, minimumWageStraight: j.mw, agreedStraight: j.agreed, paidCents: paidOfJob(job) })) : null,
  };
}

function decMax(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}
