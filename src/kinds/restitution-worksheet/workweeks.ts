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

/** Hours on each day of a period: the daily log replaces the schedule on the dates it lists. */
export function periodDays(p: LaborPeriod, periodIndex: number): WorkDay[] {
  // Keyed by day number: one ISO date parsed per log entry, none formatted per day.
  const log = new Map<number, number>();
  for (const d of p.days ?? []) log.set(toDay(d.date), d.hours);
  const schedule = p.weeklySchedule;
  const out: WorkDay[] = [];
  for (let day = toDay(p.startDate), end = toDay(p.endDate); day <= end; day++) {
    const logged = log.get(day);
    const scheduled = schedule?.[weekdayOf(day)];
    out.push({ day, period: periodIndex, hours: logged ?? scheduled ?? 0 });
  }
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
