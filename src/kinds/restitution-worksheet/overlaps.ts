// Labor periods that share days: two jobs worked on the same days (a restaurant by day, the
// defendants' house at night), each a period of its own with its hours, payments, agreed rate and
// exemption (docs/domain/restitution-worksheet-flsa.md, "Workweek"). The FLSA totals the hours
// worked for an employer in a workweek "even though two or more unrelated job assignments may
// have been performed" (29 C.F.R. § 778.103), and a workweek is overtime-exempt only when every
// hour in it is (29 C.F.R. § 780.11), so the worksheet adds the periods' hours day by day and
// week by week (workweeks.ts) and values each hour at its own period's rate and exemption. Two
// periods of the same days used to be refused (`overlapping-periods`), the preparer told to merge
// the jobs into one period, which lost each job's agreed rate, exemption and payments.
// What guards against the same hours given twice: a day's hours in all periods are at most 24
// (`dayOverflows`, an error), the preparer is warned of each period that shares days (a warning,
// `overlapping-periods`), and the worksheet names the shared days and how they were read.
import { andList, longDate } from '../kit/index.js';
import { toDay, fromDay, weekdayOf } from './dates.js';
import type { RestitutionIssue } from './codes.js';
import { periodsText } from './exemption-periods.js';
import { tenThousandths } from './overtime.js';
import type { LaborPeriod } from './schema.js';
import type { WorkweekDays } from './workweeks.js';

/** A period sharing days with an earlier-starting one (`with`), and the days they share. */
export interface PeriodOverlap {
  period: number;
  with: number;
  /** First and last shared day, ISO dates. */
  from: string;
  to: string;
}

type Dated = Pick<LaborPeriod, 'startDate' | 'endDate'>;

/**
 * Each period that shares days with another, once, naming the period reaching furthest among
 * those starting before it (sorted by start, one sweep: n log n, never every pair, issue 16,
 * defect 1), in period order. The union of the days reported is exactly the set of days of two
 * periods or more: a day shared by a period with any earlier-starting one is within the reach.
 */
export function periodOverlaps(periods: readonly Dated[]): PeriodOverlap[] {
  const dated = periods
    .map((p, i) => ({ i, start: p.startDate, end: p.endDate }))
    .filter((x) => x.start <= x.end)
    .sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.i - y.i));
  const out: PeriodOverlap[] = [];
  let reach = dated[0];
  for (const y of dated.slice(1)) {
    if (y.start <= reach!.end) out.push({ period: y.i, with: reach!.i, from: y.start, to: y.end < reach!.end ? y.end : reach!.end });
    if (y.end > reach!.end) reach = y;
  }
  return out.sort((a, b) => a.period - b.period);
}

/** The warning on each period that shares days with another (for the preparer, not the court). */
export function overlapWarnings(periods: readonly Dated[]): RestitutionIssue[] {
  return periodOverlaps(periods).map((o) => ({
    path: `laborPeriods.${o.period}.startDate`,
    code: 'overlapping-periods',
    message: `shares ${o.from === o.to ? 'a day' : 'days'} with labor period laborPeriods.${o.with} (${o.from === o.to ? longDate(o.from) : `${longDate(o.from)} to ${longDate(o.to)}`}): the two are read as two jobs worked on the same days, and their hours are added, day by day and in each workweek (29 C.F.R. § 778.103). Check that no hour is given in both periods; if they are one job, make them one period`,
  }));
}

/**
 * What the worksheet says of periods that share days, or null: one sentence naming the periods
 * and the days worked in two or more of them, and how the figures read those days.
 */
export function overlapText(periods: readonly Dated[]): string | null {
  const found = periodOverlaps(periods);
  if (found.length === 0) return null;
  const numbers = [...new Set(found.flatMap((o) => [o.period, o.with]))].sort((a, b) => a - b).map((i) => i + 1);
  // The shared days as merged runs of dates, in date order.
  const runs: { from: string; to: string }[] = [];
  for (const o of [...found].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    const last = runs[runs.length - 1];
    if (last && toDay(o.from) <= toDay(last.to) + 1) {
      if (o.to > last.to) last.to = o.to;
    } else runs.push({ from: o.from, to: o.to });
  }
  const days = andList(runs.map((r) => (r.from === r.to ? longDate(r.from) : `from ${longDate(r.from)} to ${longDate(r.to)}`)));
  return `Labor ${periodsText(numbers)} share days (${days}): they are read as separate jobs worked on the same days, each with its own hours, payments and, where given, agreed rate and exemption. A day’s hours are those of every job worked that day, and the hours of a workweek are totaled for overtime, even for unrelated jobs (29 C.F.R. § 778.103). The hours given for each period are the hours of its own job, so no hour is counted twice, and no day has more than 24 hours in all.`;
}

/**
 * Days whose hours in all periods exceed 24, one error per period that is the last (by index)
 * with hours on such a day, naming up to three of the others (its first such day and how many
 * more). The schema keeps each
 * period's day within 0 to 24; periods sharing days could add to more, which is the same hours
 * given twice or a slip. The error is at the field that gave the hours: the daily log's entry, or
 * the weekly schedule's weekday.
 */
export function dayOverflows(periods: readonly LaborPeriod[], weeks: readonly WorkweekDays[]): RestitutionIssue[] {
  const over = new Map<number, { day: number; hours: number; others: number[]; count: number }>();
  for (const w of weeks) {
    let k = 0;
    while (k < w.days.length) {
      const day = w.days[k]!.day;
      let total = 0;
      const worked: number[] = [];
      for (; k < w.days.length && w.days[k]!.day === day; k++) {
        const d = w.days[k]!;
        total += tenThousandths(d.hours);
        if (d.hours > 0) worked.push(d.period);
      }
      if (total <= 240_000 || worked.length < 2) continue;
      const last = worked[worked.length - 1]!;
      const seen = over.get(last);
      if (seen) seen.count++;
      else over.set(last, { day, hours: total / 10_000, others: worked.slice(0, -1), count: 1 });
    }
  }
  return [...over.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([j, o]) => {
      const p = periods[j]!;
      const date = fromDay(o.day);
      const logged = (p.days ?? []).findIndex((d) => d.date === date);
      // At most three named, so that a thousand periods on one day give one short message.
      const ids = [...new Set(o.others)];
      const others = andList([...ids.slice(0, 3).map((i) => `laborPeriods.${i}`), ...(ids.length > 3 ? [`${ids.length - 3} other periods`] : [])]);
      return {
        path: logged >= 0 ? `laborPeriods.${j}.days.${logged}.hours` : `laborPeriods.${j}.weeklySchedule.${weekdayOf(o.day)}`,
        code: 'hours-out-of-range',
        message: `with the hours of ${others} on the same day, ${longDate(date)} has ${o.hours} hours in all${o.count > 1 ? ` (and ${o.count - 1} more ${o.count === 2 ? 'day' : 'days'} of this period are over 24 too)` : ''}: periods that share days are separate jobs whose hours are added, so a day’s hours in all periods are at most 24. Check that the same hours are not given in both periods`,
      };
    });
}
