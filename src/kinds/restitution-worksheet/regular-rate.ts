// Which regular rate a workweek's overtime is valued on, in the worksheet's words: the minimum
// wage, or a period's agreed hourly rate above it (laborPeriods[].agreedRate; overtime.ts,
// agreedWeek; docs/domain/restitution-worksheet-flsa.md, "Agreed rate").
import type { RestitutionComputed } from './compute.js';
import type { RestitutionIssue } from './codes.js';
import type { RateSegment, WeekRow } from './flsa.js';
import type { PeriodWeeks } from './period-weeks.js';
import { andList, counted, longDate, money } from '../kit/index.js';
import { Dec, formatHours, formatHoursNumber, formatRate, formatRateCents } from './money.js';
import type { LaborPeriod, RestitutionCase } from './schema.js';
import { fromDay, toDay, workweekStartOf } from './dates.js';
import { periodDays } from './workweeks.js';
import { workweeksNamed } from './week-names.js';

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
  return `${rate} a day worked, whatever its hours. In a workweek with overtime the regular rate is the day-rate pay for the week (${rate} × the days worked) ÷ the hours worked, and the hours over 40 are owed one-half of that rate beyond the day-rate pay (29 C.F.R. § 778.112); the hours up to 40 are valued at the minimum wage, or at that regular rate as far as the period’s wages paid that workweek reached it (29 U.S.C. § 207(h); 29 C.F.R. § 778.315). The workweek table marks such a week “*”. Where that regular rate is not above the minimum wage, the minimum wage is the regular rate (29 C.F.R. § 778.107), and in a workweek of 40 hours or less the minimum wage alone is owed (the FLSA does not guarantee the day rate); those weeks are not marked. The lines under the table give each week’s day-rate figures.${none}`;
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

/**
 * The line under the workweek table for each week with more than one minimum wage (a rate change
 * inside the week, such as a state's on January 1): each rate with the hours worked at it, and the
 * regular rate (29 C.F.R. § 778.115). "December 29, 2019: $8.46 for 30 hours and $8.56 for 40
 * hours; weighted-average regular rate $8.517143". It gave the rates alone, so a reader checking
 * the week's owed amount by hand had to work out which hours fell on which side of the change,
 * which a daily log (its entries not printed one by one) does not let a reader do.
 * A week valued on an agreed rate (marked "*") whose regular rate averages more than one rate (two
 * jobs at different agreed rates, or an agreed rate beside hours at the minimum wage) or that has
 * more than one minimum wage gets a line too: the rates its regular rate averages, with the hours
 * at each, and the minimum wages with theirs (the hours up to 40 are valued on those). It was
 * listed only on a change of the minimum wage, so a week of two jobs showed $11.428571 and no way
 * to check it.
 */
export function severalRateWeeks(weeks: readonly WeekRow[]): string[] {
  // Consecutive workweeks with the same line (two jobs kept up for months) are one entry: "The 26
  // workweeks from January 7, 2024 to July 6, 2024, each: …", not 26 entries that differ by date.
  const runs: { first: string; last: string; count: number; text: string }[] = [];
  let previousEnd: string | null = null;
  for (const w of weeks) {
    const text = severalRateText(w);
    const run = runs[runs.length - 1];
    if (text === null) {
      previousEnd = null;
      continue;
    }
    if (run && previousEnd !== null && run.text === text && toDay(w.weekStart) === toDay(previousEnd) + 1) {
      run.last = w.weekEnd;
      run.count++;
    } else runs.push({ first: w.weekStart, last: w.weekEnd, count: 1, text });
    previousEnd = w.weekEnd;
  }
  return runs.map((r) => (r.count === 1 ? `${longDate(r.first)}: ${r.text}` : `The ${counted(r.count, 'workweek')} from ${longDate(r.first)} to ${longDate(r.last)}, each: ${r.text}`));
}

/** What `severalRateWeeks` says of one workweek, without its date; null when it says nothing. */
function severalRateText(w: WeekRow): string | null {
  if (w.regularRateCents === null) return null;
  if (w.agreedRate && w.dayRates !== null) return dayRateWeekText(w);
  if (w.dayRates !== null) return dayRateUnmarkedText(w);
  const averaged = w.agreedRate ? (w.regularRateHours ?? []) : [];
  if (w.ratesCents.length < 2 && averaged.length < 2 && w.jobs === null) return null;
  const rates = andList(
    w.ratesCents.map((r, k) => {
      const h = w.hoursAtRates[k] ?? 0;
      return `${formatRateCents(r)} for ${h === 0 ? 'no hours worked' : hoursText(h)}`;
    }),
  );
  const rr = formatRate(new Dec(w.regularRateCents), 6);
  const tail = w.overtimeHours > 0 ? '' : ' (no overtime that week)';
  if (w.agreedRate) {
    const parts = andList(averaged.map((a) => `${formatRateCents(a.rateCents)} for ${hoursText(a.hours)}`));
    const of = averaged.length > 1 ? `the weighted average of ${parts} (each hour at its period’s agreed rate, or at the minimum wage where that is higher)` : `${parts}, the agreed rate`;
    return `regular rate on the agreed rate (marked “*”) ${rr}, ${of}; minimum wage ${rates}${w.jobs === null ? upTo40(w) : ''}${tail}${byJob(w)}`;
  }
  return `${rates}; weighted-average regular rate ${rr}${tail}`;
}

/**
 * In a week valued on an agreed rate with two minimum wages worked, the rate of its hours up to 40:
 * they are valued at the minimum wage (overtime.ts, agreedWeek: Y = straight time at the minimum
 * wage × (hours − overtime) ÷ hours), which in such a week is the weighted average of its minimum
 * wages (29 C.F.R. § 778.115), not the rate of the first 40 hours worked. Said so that "Owed" can be
 * checked: with $8.75 for 24 hours and $9.25 for 36, the 40 hours are $362.00 at the average
 * $9.05, where the first 40 hours in date order give $358.00. Empty in every other week.
 */
function upTo40(w: WeekRow): string {
  const worked = w.ratesCents.map((r, k) => [r, w.hoursAtRates[k] ?? 0] as const).filter(([, h]) => h > 0);
  if (worked.length < 2 || w.overtimeHours === 0) return '';
  const hours = worked.reduce((t, [, h]) => t.plus(h), new Dec(0));
  const average = worked.reduce((t, [r, h]) => t.plus(new Dec(r).times(h)), new Dec(0)).dividedBy(hours);
  return `; the hours up to 40 are valued at these minimum wages’ weighted average, ${formatRate(average, 6)}`;
}

/**
 * In a week valued on an agreed rate whose "owed" mixes jobs (`WeekRow.jobs`), the sum by job, so
 * that "Owed" can be rebuilt from the page: each job's hours, straight time at the minimum wage and
 * at its hours' rates, and pay; then each job's share of the hours up to 40 as counted (its straight
 * time × (hours − overtime) ÷ hours at the minimum wage, or at its hours' rates as far as its own
 * pay reached: max(Yj, min(paidj, Xj))), the overtime (1.5 × the straight time at the hours' rates ×
 * overtime ÷ hours, which is 1.5 × the regular rate × overtime) and their sum (overtime.ts,
 * agreedWeek; 29 C.F.R. §§ 778.115, 778.315, 778.419). Each job's pay goes to its own straight
 * time, so the week's total pay beside its total hours did not give "Owed": worked example 16 with
 * the cleaning job paid $150.00 owes $1,219.74, which the line did not let a reader rebuild.
 * Amounts to six decimals, as the regular rate; the sum is exact before the week's one rounding.
 * Empty in every other week.
 */
function byJob(w: WeekRow): string {
  if (w.jobs === null || w.jobs.length === 0) return '';
  const hours = w.jobs.reduce((t, j) => t.plus(j.hours), new Dec(0));
  const upTo = hours.minus(w.overtimeHours);
  const agreedAll = w.jobs.reduce((t, j) => t.plus(j.agreedStraightCents), new Dec(0));
  const amount = (cents: Dec) => formatRate(cents, 6);
  const figures = w.jobs.map((j) => {
    // A job paid in the week without its hours there (pay-without-hours): its pay lowers nothing.
    if (j.hours === 0) return `period ${j.period + 1}, no hours worked, paid ${money(j.paidCents)}`;
    const mw = new Dec(j.minimumWageStraightCents);
    const agreed = new Dec(j.agreedStraightCents);
    const byDay = w.dayRates?.some((d) => d.period === j.period) ?? false;
    const straight = mw.equals(agreed) ? `straight time ${amount(mw)} at the minimum wage (no ${byDay ? 'day-rate pay' : 'agreed rate'} above it)` : `straight time ${amount(mw)} at the minimum wage and ${amount(agreed)} at the ${byDay ? 'day rate' : 'agreed rate'}`;
    return `period ${j.period + 1}, ${hoursText(j.hours)}: ${straight}, paid ${money(j.paidCents)}`;
  });
  // Each job's share of the hours up to 40 as counted: max(Yj, min(paidj, Xj)).
  const counted = w.jobs.map((j) => {
    const y = new Dec(j.minimumWageStraightCents).times(upTo).dividedBy(hours);
    const x = new Dec(j.agreedStraightCents).times(upTo).dividedBy(hours);
    return Dec.max(y, Dec.min(new Dec(j.paidCents), x));
  });
  const shares = counted.map((c, k) => `${amount(c)} for period ${w.jobs![k]!.period + 1}`);
  const overtime = agreedAll.times(w.overtimeHours).times(3).dividedBy(2).dividedBy(hours);
  const h = formatHours(hours);
  // "the agreed rate" or "the day-rate pay", as the jobs of the week were paid (a week of a day-rate
  // job beside one paid by the hour read "at the agreed rate" of a job with none).
  const kinds = payKinds([w]);
  const at = kinds.hourly && kinds.daily ? 'at its agreed rate or day-rate pay' : kinds.daily ? 'at its day-rate pay' : 'at the agreed rate';
  return `. By job (each job’s pay is credited to its own straight time: 29 C.F.R. §§ 778.115, 778.419): ${figures.join('; ')}. Owed: for the hours up to 40, each job’s straight time × ${formatHours(upTo)} ÷ ${h}, at the minimum wage or ${at} as far as that job’s pay reached (${shares.join('; ')}); plus the overtime, 1.5 × ${amount(agreedAll)} × ${formatHours(new Dec(w.overtimeHours))} ÷ ${h} = ${amount(overtime)}; in all ${amount(counted.reduce((t, c) => t.plus(c), overtime))}, rounded to ${money(w.owedCents)}`;
}

/**
 * A workweek valued on a day rate (marked "*"; WeekRow.dayRates): its regular rate and "Owed"
 * rebuilt from the page (29 C.F.R. § 778.112: the week's day-rate pay ÷ its hours is the regular
 * rate, and the hours over 40 are owed one-half of it beyond that pay). Each day-rate period's
 * pay is its day rate × its days with hours, or the minimum wage for its hours where that is
 * higher (§ 778.107); hours of a period paid by the hour count at their rates (§ 778.115). Then
 * owed = the hours up to 40 at the minimum wage or at that straight time as far as the week's
 * pay reached it, plus 1.5 × the regular rate × the overtime hours (overtime.ts, agreedWeek), one
 * rounding. "December 3, 2023: regular rate on the day rate (marked “*”) $10.476190: $110.00 a day
 * × 6 days = $660.00 for 63 hours, ÷ 63 hours; owed: …, in all $780.476190, rounded to $780.48".
 * In a week of two jobs with pay (WeekRow.jobs) the owed is given by job (byJob) instead.
 */
function dayRateWeekText(w: WeekRow): string {
  const amount = (cents: Dec) => formatRate(cents, 6);
  let straight = new Dec(0);
  const parts = w.dayRates!.map((d) => {
    const mw = new Dec(d.minimumWageStraightCents);
    const pay = `${formatRateCents(d.dayRateCents)} a day × ${counted(d.days, 'day')} = ${money(d.payCents)} for ${hoursText(d.hours)}`;
    if (mw.greaterThan(d.payCents)) {
      straight = straight.plus(mw);
      return `${pay}, less than the minimum wage for those hours, ${amount(mw)}, which counts instead (29 C.F.R. § 778.107)`;
    }
    straight = straight.plus(d.payCents);
    return pay;
  });
  for (const a of w.regularRateHours ?? []) {
    straight = straight.plus(new Dec(a.rateCents).times(a.hours));
    parts.push(`${formatRateCents(a.rateCents)} an hour for ${hoursText(a.hours)} paid by the hour`);
  }
  const hours = new Dec(w.hours);
  const h = formatHours(hours);
  const rr = formatRate(new Dec(w.regularRateCents!), 6);
  const head = `regular rate on the day rate (marked “*”) ${rr}: ${parts.length > 1 ? `(${andList(parts)}) ÷ ${h} hours` : `${parts[0]}, ÷ ${h} hours`} (29 C.F.R. § 778.112)`;
  const rates = andList(w.ratesCents.map((r, k) => `${formatRateCents(r)} for ${(w.hoursAtRates[k] ?? 0) === 0 ? 'no hours worked' : hoursText(w.hoursAtRates[k]!)}`));
  if (w.jobs !== null) return `${head}; minimum wage ${rates}${byJob(w)}`;
  // One job's pay (overtime.ts, agreedWeek): max(Y, min(paid, X)) + O.
  const upTo = hours.minus(w.overtimeHours);
  const mwStraight = w.ratesCents.reduce((t, r, k) => t.plus(new Dec(r).times(w.hoursAtRates[k] ?? 0)), new Dec(0));
  const y = mwStraight.times(upTo).dividedBy(hours);
  const x = straight.times(upTo).dividedBy(hours);
  const counted40 = Dec.max(y, Dec.min(new Dec(w.paidCents), x));
  const overtime = straight.times(w.overtimeHours).times(3).dividedBy(2).dividedBy(hours);
  return `${head}; minimum wage ${rates}. Owed: the hours up to 40, straight time × ${formatHours(upTo)} ÷ ${h}, at the minimum wage (${amount(mwStraight)} × ${formatHours(upTo)} ÷ ${h} = ${amount(y)}) or at the day rate as far as the week’s pay, ${money(w.paidCents)}, reached it (${amount(straight)} × ${formatHours(upTo)} ÷ ${h} = ${amount(x)}): ${amount(counted40)}; plus the overtime, 1.5 × ${amount(straight)} × ${formatHours(new Dec(w.overtimeHours))} ÷ ${h} = ${amount(overtime)}; in all ${amount(counted40.plus(overtime))}, rounded to ${money(w.owedCents)}`;
}

/**
 * A workweek with hours paid by the day that the day rate leaves at the minimum wage (not marked
 * "*"): no overtime (40 hours or less, or every hour in an exempt period), or day-rate pay not
 * above the minimum wage for its hours (29 C.F.R. § 778.107). "June 11, 2023: paid by the day, not
 * marked “*”: $110.00 a day × five days = $550.00 for 40 hours; no hours over 40, so the minimum
 * wage alone is owed (the FLSA does not guarantee the day rate); minimum wage $7.25 for 40 hours".
 * Such a week had no line while its period's line said the day rate applies, and a reader could
 * not tell why its row showed the minimum wage.
 */
function dayRateUnmarkedText(w: WeekRow): string {
  const parts = andList(w.dayRates!.map((d) => `${formatRateCents(d.dayRateCents)} a day × ${counted(d.days, 'day')} = ${money(d.payCents)} for ${hoursText(d.hours)}`));
  const below = w.dayRates!.filter((d) => new Dec(d.minimumWageStraightCents).greaterThanOrEqualTo(d.payCents));
  const why =
    w.overtimeHours === 0
      ? `${w.overtimeExempt && w.hoursOver40 > 0 ? 'the workweek is exempt from overtime' : 'no hours over 40'}, so the minimum wage alone is owed (the FLSA does not guarantee the day rate)`
      : `day-rate pay not above the minimum wage for those hours (${andList(below.map((d) => formatRate(new Dec(d.minimumWageStraightCents), 6)))}), so the minimum wage is the regular rate (29 C.F.R. § 778.107)`;
  const rates = andList(w.ratesCents.map((r, k) => `${formatRateCents(r)} for ${(w.hoursAtRates[k] ?? 0) === 0 ? 'no hours worked' : hoursText(w.hoursAtRates[k]!)}`));
  const rr = w.ratesCents.length > 1 && w.regularRateCents !== null ? `; weighted-average regular rate ${formatRate(new Dec(w.regularRateCents), 6)}` : '';
  return `paid by the day, not marked “*”: ${parts}; ${why}; minimum wage ${rates}${rr}`;
}

/**
 * How the weeks marked "*" among `weeks` were paid: `hourly` when some hour's agreed rate is above
 * the minimum wage (a regular-rate hour at a rate that is none of the week's minimum wages),
 * `daily` when some hours were paid by the day (WeekRow.dayRates). The sentences written for an
 * agreed hourly rate name the day rate where that is what a week was paid at.
 */
export function payKinds(weeks: readonly WeekRow[]): { hourly: boolean; daily: boolean } {
  const marked = weeks.filter((w) => w.agreedRate);
  return {
    hourly: marked.some((w) => (w.dayRates === null && (w.regularRateHours ?? []).length > 0) || (w.regularRateHours ?? []).some((a) => !w.ratesCents.includes(a.rateCents))),
    daily: marked.some((w) => w.dayRates !== null),
  };
}

function hoursText(h: number): string {
  return `${formatHoursNumber(h)} ${h === 1 ? 'hour' : 'hours'}`;
}

/**
 * Which rate the overtime is valued on (the rule on overtime): the minimum wage, or a period's
 * agreed hourly rate above it (overtime.ts, agreedWeek). Said on every worksheet with labor,
 * since a reader checking an overtime figure must know which rate it is 1.5 times.
 */
export function overtimeRateSentence(c: RestitutionCase): string {
  const agreed = c.laborPeriods.some((p) => p.agreedRate !== null && p.agreedRate !== undefined);
  const byDay = c.laborPeriods.some((p) => p.dayRate !== null && p.dayRate !== undefined);
  if (!agreed && !byDay) {
    return ' The regular rate used is the minimum wage: the case gives no agreed hourly rate.';
  }
  // A day rate's pay is the straight time of all its hours (29 C.F.R. § 778.112).
  const dayRate = ' a day rate counts as its pay for the workweek’s days worked, or the minimum wage for their hours where that is higher (29 C.F.R. §§ 778.112, 778.107)';
  if (!agreed) return ' The regular rate used is the minimum wage, except in a workweek with overtime and hours of a period paid by the day whose pay for the week is above the minimum wage for its hours, where it is that pay ÷ the hours (29 C.F.R. § 778.112), averaged with any other hours at their rates (29 C.F.R. § 778.115), as the workweek table shows.';
  return ` The regular rate used is the minimum wage, except in a workweek with hours of a period whose agreed hourly rate${byDay ? ' or day rate' : ''} is above it, where it is the pay agreed for the hours (29 U.S.C. § 207(e); 29 C.F.R. § 778.109): each hour at its agreed rate, or at the minimum wage where that is higher,${byDay ? `${dayRate},` : ''} averaged over the workweek’s hours (29 C.F.R. § 778.115), as the workweek table shows.`;
}

/**
 * The assumption on overtime valued at the minimum wage, or null: when some workweek has overtime
 * not valued on an agreed rate. A victim hired or paid above the minimum wage is owed overtime at
 * 1.5 times that rate; valued at the minimum wage, the overtime is lower and F with it.
 */
export function minimumWageOvertimeAssumption(c: RestitutionCase, computed: RestitutionComputed): string | null {
  if (!computed.weeks.some((w) => w.overtimeHours > 0 && !w.agreedRate)) return null;
  const byDay = c.laborPeriods.some((p) => p.dayRate !== null && p.dayRate !== undefined);
  const some = byDay || c.laborPeriods.some((p) => p.agreedRate !== null && p.agreedRate !== undefined);
  return `Overtime is valued on the minimum wage as the regular rate${some ? ' in the workweeks whose rate is not marked “*”' : ''}, since the case gives no agreed hourly rate above it for ${some ? 'their hours' : 'any period'}${byDay ? ' (or, for hours paid by the day, their day-rate pay for the week was not above the minimum wage for them: 29 C.F.R. § 778.107)' : ''}. If the victim was hired at, or paid, more than the minimum wage an hour, the regular rate is that rate (29 U.S.C. § 207(e); 29 C.F.R. § 778.109) and the overtime is owed at one and one-half times it, which raises F; the worksheet can be recomputed with the agreed rate.`;
}

/**
 * Warning `pay-above-minimum-wage`, one per period with no agreed rate: a workweek with overtime in
 * which the period's own wages paid were more than the straight time at the minimum wage for the
 * period's own hours that week. The victim was then paid above the minimum wage an hour in that
 * job, so the regular rate is above it (29 U.S.C. § 207(e); 29 C.F.R. § 778.109) and the overtime
 * valued on the minimum wage is too low: the preparer is asked for the agreed rate. (Such weeks
 * may also show wages "paid beyond the wages owed in its workweek", which the worksheet drops.)
 * Each period's pay is set against its own hours, not the week's: with two jobs in a week (two
 * periods on the same days, overlaps.ts) the week's pay over the week's hours warned on a job
 * paid nothing because the other paid well, and never on a job without a rate whose week's
 * overtime was valued on the other job's agreed rate (`WeekRow.agreedRate`), though its own hours
 * still count at the minimum wage in that regular rate. `periods`: each period's own weeks, pay
 * and lump sums (period-weeks.ts).
 */
export function payAboveMinimumWageWarnings(c: RestitutionCase, computed: RestitutionComputed, periods: readonly PeriodWeeks[]): RestitutionIssue[] {
  const out: RestitutionIssue[] = [];
  const overtimeWeeks = new Set(computed.weeks.filter((w) => w.overtimeHours > 0).map((w) => toDay(w.weekStart)));
  if (overtimeWeeks.size === 0) return out;
  c.laborPeriods.forEach((p, i) => {
    // A day rate gives the regular rate itself (29 C.F.R. § 778.112): no rate is missing.
    if (p.agreedRate !== null && p.agreedRate !== undefined) return;
    if (p.dayRate !== null && p.dayRate !== undefined) return;
    const { own, paid, lumps: lumpWeeks } = periods[i]!;
    const lumps = new Set(lumpWeeks.map((l) => l.week));
    const weeks: { start: number; paidCents: number; hours: number }[] = [];
    for (const [start, w] of own) {
      const paidCents = paid.get(start) ?? 0;
      // Straight time in ten-thousandths of a cent against pay in cents: both exact integers.
      // A week with pay and none of the period's hours tells no rate: pay-without-hours (credits.ts).
      // A lump sum for several weeks (lump-sums.ts) tells no rate either: warned as such.
      if (overtimeWeeks.has(start) && w.hours > 0 && paidCents * 10_000 > w.straight && !lumps.has(start)) weeks.push({ start, paidCents, hours: w.hours / 10_000 });
    }
    if (weeks.length === 0) return;
    const w = weeks[0]!;
    const perHour = formatRate(new Dec(w.paidCents).dividedBy(w.hours), 2);
    out.push({
      path: `laborPeriods.${i}.agreedRate`,
      code: 'pay-above-minimum-wage',
      // Every such workweek named (week-names.ts), the first with its figures: naming the first
      // alone left the preparer to recompute which of a year's weeks the count meant.
      message: `in ${weeks.length === 1 ? 'one workweek' : `${weeks.length} workweeks`} with overtime the victim was paid more than the minimum wage an hour for this period’s work (${weeks.length === 1 ? 'the week of' : `${workweeksNamed(weeks.map((x) => x.start))}; the first, the week of`} ${longDate(fromDay(w.start))}: ${money(w.paidCents)} for ${formatHoursNumber(w.hours)} ${w.hours === 1 ? 'hour' : 'hours'}${c.laborPeriods.length > 1 ? ' of this period' : ''}, about ${perHour} an hour), and the overtime is valued on the minimum wage for these hours: if the victim was hired at or paid a rate above it, give that rate here, and overtime is owed at one and one-half times it (29 U.S.C. § 207(e); 29 C.F.R. § 778.109)`,
    });
  });
  return out;
}
