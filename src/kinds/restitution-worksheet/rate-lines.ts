// The lines under the workweek table ("Workweeks with more than one rate or job, or with hours
// paid by the day"): for each week whose "Owed" the table's row alone does not rebuild, its rates
// with the hours at each and its regular rate (29 C.F.R. § 778.115), consecutive weeks alike as one
// entry (computed.rateLines). A week paid by the day is said by day-rate-lines.ts, a week of two
// jobs' pay by job by job-lines.ts. Split from regular-rate.ts in template 2.17.0, unchanged.
import type { WeekRow } from './flsa.js';
import { andList, counted, longDate } from '../kit/index.js';
import { Dec, formatRate, formatRateCents } from './money.js';
import { toDay } from './dates.js';
import { dayRateUnmarkedText, dayRateWeekText } from './day-rate-lines.js';
import { byJob, hoursText } from './job-lines.js';

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
