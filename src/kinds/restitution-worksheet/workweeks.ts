// Calendar → days worked → workweeks.
// 29 C.F.R. § 778.104: each workweek stands alone; hours are never averaged across weeks.
// 29 C.F.R. § 778.105: the workweek is a fixed, recurring 168-hour period starting on the chosen day.
// A period that starts mid-week therefore produces a partial first week, and hours of two
// periods that fall in one workweek count together.
import { toDay, weekdayOf, workweekStartOf, type Weekday } from './dates.js';
import type { LaborPeriod } from './schema.js';

/** One calendar day of a labor period. */
export interface WorkDay {
  day: number;
  /** Index of the labor period in the case. */
  period: number;
  /** Hours worked that day (from the daily log if it has the date, else the weekly schedule), at most four decimals. */
  hours: number;
}

/** A period's daily log, hours by day number: one ISO date parsed per log entry, none formatted per day. */
function dailyLog(p: LaborPeriod): Map<number, number> {
  const log = new Map<number, number>();
  for (const d of p.days ?? []) log.set(toDay(d.date), d.hours);
  return log;
}

/** Hours on one day of a period: the daily log replaces the schedule on the dates it lists; neither gives 0. */
function hoursOn(p: LaborPeriod, log: Map<number, number>, day: number): number {
  return log.get(day) ?? p.weeklySchedule?.[weekdayOf(day)] ?? 0;
}

/** Hours on each day of a period (`hoursOn`). */
export function periodDays(p: LaborPeriod, periodIndex: number): WorkDay[] {
  const log = dailyLog(p);
  const out: WorkDay[] = [];
  for (let day = toDay(p.startDate), end = toDay(p.endDate); day <= end; day++) out.push({ day, period: periodIndex, hours: hoursOn(p, log, day) });
  return out;
}

/** A workweek and the days of labor periods that fall in it, in date order. */
export interface WorkweekDays {
  /** Day number of the first day of the workweek. */
  start: number;
  days: WorkDay[];
}

/**
 * Group the days of all periods into workweeks starting on `weekStart`. Only workweeks that
 * contain at least one day of a period appear; they are returned in date order.
 */
export function groupWorkweeks(periods: readonly LaborPeriod[], weekStart: Weekday): WorkweekDays[] {
  const byWeek = new Map<number, WorkDay[]>();
  // Loops and module-level comparators, not closures made per case: V8 holds a closure's optimized
  // code only weakly, so closures made per render were compiled again after every full
  // collection (issue 18; `node --trace-opt` of a batch).
  for (let i = 0; i < periods.length; i++) {
    for (const d of periodDays(periods[i]!, i)) {
      const w = workweekStartOf(d.day, weekStart);
      const list = byWeek.get(w);
      if (list) list.push(d);
      else byWeek.set(w, [d]);
    }
  }
  const weeks = [...byWeek.entries()].sort(byFirst);
  const out: WorkweekDays[] = [];
  for (const [start, days] of weeks) out.push({ start, days: days.sort(byDay) });
  return out;
}

function byFirst(a: [number, WorkDay[]], b: [number, WorkDay[]]): number {
  return a[0] - b[0];
}

function byDay(a: WorkDay, b: WorkDay): number {
  return a.day - b.day;
}

/**
 * First days of the workweeks in which the victim worked (hours above zero) in two or more labor
 * periods: the workweeks each period reaches, from the week of its first day to that of its
 * last, and of those reached by two or more, the ones where two or more have hours. Periods may
 * share days (two jobs, overlaps.ts), so any workweek of two periods may be one, not only the
 * first or last of each.
 * The worksheet totals the hours of such a week (29 C.F.R. § 778.103) and says so when that gives
 * overtime, since periods worked for separate employers would each count their own hours.
 */
export function sharedWorkweeks(periods: readonly LaborPeriod[], weekStart: Weekday): number[] {
  const reaching = new Map<number, number[]>();
  periods.forEach((p, i) => {
    for (let w = workweekStartOf(toDay(p.startDate), weekStart), last = toDay(p.endDate); w <= last; w += 7) {
      const list = reaching.get(w);
      if (!list) reaching.set(w, [i]);
      else list.push(i);
    }
  });
  const logs = new Map<number, Map<number, number>>();
  const logOf = (i: number) => {
    let log = logs.get(i);
    if (!log) logs.set(i, (log = dailyLog(periods[i]!)));
    return log;
  };
  const out: number[] = [];
  for (const [w, list] of reaching) {
    if (list.length < 2) continue;
    let worked = 0;
    for (const i of list) if (workedIn(periods[i]!, logOf(i), w) && ++worked > 1) break;
    if (worked > 1) out.push(w);
  }
  return out.sort((a, b) => a - b);
}

/** Whether a period has hours above zero (`hoursOn`) on a day of the workweek starting on day `w`. */
function workedIn(p: LaborPeriod, log: Map<number, number>, w: number): boolean {
  const from = Math.max(toDay(p.startDate), w);
  const to = Math.min(toDay(p.endDate), w + 6);
  for (let day = from; day <= to; day++) if (hoursOn(p, log, day) > 0) return true;
  return false;
}
