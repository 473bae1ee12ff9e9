// A labor period's "Agreed hourly rate" and "Day rate" rows in the worksheet's table of periods:
// the rate, what it does to the regular rate for overtime, and how the hours up to 40 are valued
// (laborPeriods[].agreedRate, .dayRate; overtime.ts, agreedWeek; docs/domain/restitution-worksheet-
// flsa.md, "Agreed rate" and "Day rate"). Split from regular-rate.ts in template 2.17.0, unchanged.
import type { RestitutionComputed } from './compute.js';
import type { RateSegment } from './flsa.js';
import { andList, longDate } from '../kit/index.js';
import { Dec, formatRate, formatRateCents } from './money.js';
import type { LaborPeriod, RestitutionCase } from './schema.js';
import { fromDay, toDay, workweekStartOf } from './dates.js';
import { periodDays } from './workweeks.js';

/**
 * A period's agreed hourly rate and what it does, or null when the case gives none: "$12.00 an
 * hour: the regular rate for overtime, which is owed at $18.00 an hour (29 U.S.C. § 207(a)(1), (e))".
 * At or below the minimum wage it changes nothing, and the line says so rather than let a reader
 * think the overtime is valued on it. Overtime is owed at 1.5 × this rate only in a workweek whose
 * hours are all at it; the week's regular rate is the weighted average of every hour's rate
 * (29 C.F.R. § 778.115), not this rate, when another period reaches one of its workweeks (two jobs
 * on the same days, or one period ending in the week another starts: the line said overtime "is
 * owed at $18.00" beside a week whose table row shows $10.704545) or when the minimum wage is at
 * or above this rate on some of the period's days worked (a state's or territory's raise during
 * the period: Guam, hired at $9.00, the week of August 29, 2021 at $9.15, overtime at $13.725,
 * where the line said $13.50 "where this rate is above the minimum wage"). Those days are named.
 */
/**
 * How the period line says the hours up to 40 are valued, as the workweek table values them: at
 * the minimum wage, or at the agreed rate as far as the week's pay for them reached it (29 U.S.C.
 * § 207(h); 29 C.F.R. § 778.315: pay for straight time never pays the overtime). The line said
 * "at the minimum wage" alone, so a week of 72 hours at an agreed $12.50 paid $900.00 read as 40 ×
 * $7.25 + 32 × $18.75 = $890.00 where the table owed 40 × $12.50 + 32 × $18.75 = $1,100.00.
 */
const UP_TO_40 = 'the hours up to 40 are valued at the minimum wage, or at this rate as far as the period’s wages paid that workweek reached it (29 U.S.C. § 207(h); 29 C.F.R. § 778.315)';

export function agreedRateText(c: RestitutionCase, computed: RestitutionComputed, i: number): string | null {
  const p = c.laborPeriods[i]!;
  if (p.agreedRate === undefined || p.agreedRate === null) return null;
  const rate = `${formatRateCents(p.agreedRate)} an hour`;
  const segments = computed.periodRates[i] ?? [];
  const worked = workedSegments(p, i, segments);
  const judged = worked.length > 0 ? worked : segments;
  if (judged.length > 0 && judged.every((s) => s.rateCents >= p.agreedRate!)) {
    return `${rate}: not above the minimum wage applied, so the minimum wage is the regular rate`;
  }
  const overtimeRate = formatRate(new Dec(p.agreedRate).times(3).dividedBy(2), 4);
  const shared = sharesAWorkweek(c, i);
  const higher = worked.filter((s) => s.rateCents >= p.agreedRate!);
  if (higher.length > 0) {
    const days = andList(higher.map((s) => `${formatRateCents(s.rateCents)} ${s.startDate === s.endDate ? `on ${longDate(s.startDate)}` : `from ${longDate(s.startDate)} to ${longDate(s.endDate)}`}`));
    return `${rate}: the rate of this period’s hours in the regular rate for overtime where it is above the minimum wage (29 U.S.C. § 207(a)(1), (e); 29 C.F.R. § 778.109); on the days worked when the minimum wage is at or above it (${days}) the hours count at the minimum wage. In a workweek whose hours are all at this rate${shared ? ' and of this period alone' : ''} overtime is owed at ${overtimeRate} an hour; in a workweek with hours at the minimum wage${shared ? ' or of another period' : ''}, at one and one-half times the weighted average of every hour’s rate (29 C.F.R. § 778.115), the rate the workweek table gives. ${UP_TO_40.charAt(0).toUpperCase()}${UP_TO_40.slice(1)}`;
  }
  if (shared) {
    return `${rate}: the rate of this period’s hours in the regular rate for overtime (29 U.S.C. § 207(a)(1), (e); 29 C.F.R. § 778.109). In a workweek of this period’s hours alone overtime is owed at ${overtimeRate} an hour; in a workweek with hours of another period, at one and one-half times the weighted average of every hour’s rate (29 C.F.R. § 778.115), the rate the workweek table gives. ${UP_TO_40.charAt(0).toUpperCase()}${UP_TO_40.slice(1)}`;
  }
  return `${rate}: the regular rate for overtime, which is owed at ${overtimeRate} an hour (29 U.S.C. § 207(a)(1), (e); 29 C.F.R. § 778.109); ${UP_TO_40}`;
}

/**
 * A period's day rate and what it does, or null when the case gives none (29 C.F.R. § 778.112):
 * the regular rate of each workweek is the week's own (its day-rate pay ÷ its hours), so the line
 * says how it is found and where the workweek table gives it, not one rate. A day rate entered as
 * an hourly rate was right only when every day had the same hours (a roofer's $110.00 for days of
 * 8 to 13 hours has a regular rate of its own each week).
 */
export function dayRateText(c: RestitutionCase, computed: RestitutionComputed, i: number): string | null {
  const p = c.laborPeriods[i]!;
  if (p.dayRate === undefined || p.dayRate === null) return null;
  const rate = formatRateCents(p.dayRate);
  // Whether the day rate values any workweek of this period (marked "*"): a period whose weeks
  // are all of 40 hours or less, or whose day-rate pay never rises above the minimum wage for
  // its hours, is valued at the minimum wage alone, and the line says so rather than point at
  // marked weeks the table does not have.
  const own = computed.weeks.filter((w) => w.dayRates?.some((d) => d.period === i));
  const marked = own.some((w) => w.agreedRate);
  const none = own.length > 0 && !marked ? ` No workweek of this period has both hours over 40 that earn overtime and day-rate pay above the minimum wage for its hours, so the day rate changes no figure here: every hour is valued at the minimum wage, and each week’s line under the table says why.` : '';
  return `${rate} a day worked, whatever its hours. In a workweek with overtime the regular rate is the day-rate pay for the week (${rate} × the days worked) ÷ the hours worked, and the hours over 40 are owed one-half of that rate beyond the day-rate pay (29 C.F.R. § 778.112); the hours up to 40 are valued at the minimum wage, or at that regular rate as far as the period’s wages paid that workweek reached it (29 U.S.C. § 207(h); 29 C.F.R. § 778.315). The workweek table marks such a week “*”. Where that regular rate is not above the minimum wage, the minimum wage is the regular rate (29 C.F.R. § 778.107), and in a workweek of 40 hours or less the minimum wage alone is owed (the FLSA does not guarantee the day-rate pay); those weeks are not marked. The lines under the table give each week’s day-rate figures.${none}`;
}

/**
 * The period's rate segments that hold some of its hours, each cut to its first and last day
 * worked (a rate in force only on days off values nothing).
 */
function workedSegments(p: LaborPeriod, i: number, segments: readonly RateSegment[]): RateSegment[] {
  const worked = periodDays(p, i).filter((d) => d.hours > 0).map((d) => d.day);
  const out: RateSegment[] = [];
  for (const s of segments) {
    const from = toDay(s.startDate);
    const to = toDay(s.endDate);
    const inside = worked.filter((d) => d >= from && d <= to);
    if (inside.length > 0) out.push({ ...s, startDate: fromDay(inside[0]!), endDate: fromDay(inside[inside.length - 1]!) });
  }
  return out;
}

/** Whether another labor period reaches a workweek that period `i` reaches (by dates alone). */
function sharesAWorkweek(c: RestitutionCase, i: number): boolean {
  const ws = c.settings.workweekStart;
  const span = (p: LaborPeriod) => [workweekStartOf(toDay(p.startDate), ws), workweekStartOf(toDay(p.endDate), ws)] as const;
  const [a, b] = span(c.laborPeriods[i]!);
  return c.laborPeriods.some((q, j) => {
    if (j === i) return false;
    const [x, y] = span(q);
    return x <= b && a <= y;
  });
}
