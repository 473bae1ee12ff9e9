// The appendix of daily logs: each dated entry of each labor period given by a daily log
// (`laborPeriods[].days`), with its weekday, its hours and the workweek it is counted in
// (29 C.F.R. § 778.104). The workweek table gives only each week's total, so a reader of the
// filing could check no day of a log, nor see which days made a week's overtime: opposing counsel
// attacks a figure it cannot trace. Printed only when a period has a daily log (a weekly schedule
// is printed whole on the period's line); entries are listed as given, those of 0 hours too (they
// replace the schedule on their date), in date order.
import { longDate } from '../kit/index.js';
import { fromDay, toDay, weekdayOf, workweekStartOf } from './dates.js';
import { formatHoursNumber, formatTenThousandths } from './money.js';
import { tenThousandths } from './overtime.js';
import type { LaborPeriod, RestitutionCase } from './schema.js';

export interface DailyLogRow {
  /** "Monday, March 4, 2024" (not `date`: a template helper's name). */
  day: string;
  hours: string;
  /** The first day of the workweek the entry is counted in, as the workweek table gives it. */
  week: string;
}

export interface DailyLogSection {
  heading: string;
  rows: DailyLogRow[];
}

/** One section per period with a daily log, in the periods' order; null when no period has one. */
export function dailyLogAppendix(c: RestitutionCase): DailyLogSection[] | null {
  const sections: DailyLogSection[] = [];
  c.laborPeriods.forEach((p, i) => {
    const days = p.days ?? [];
    if (days.length === 0) return;
    const rows = days
      .map((d) => ({ day: toDay(d.date), hours: d.hours }))
      .sort((a, b) => a.day - b.day)
      .map(({ day, hours }) => {
        const iso = fromDay(day);
        const weekday = weekdayOf(day);
        return {
          day: `${weekday[0]!.toUpperCase()}${weekday.slice(1)}, ${longDate(iso)}`,
          hours: formatHoursNumber(hours),
          week: longDate(fromDay(workweekStartOf(day, c.settings.workweekStart))),
        };
      });
    sections.push({ heading: `Period ${i + 1}${p.label ? `: ${p.label}` : ''}`, rows });
  });
  return sections.length > 0 ? sections : null;
}

/**
 * A period's daily log in words (the period table's "Daily log" line). Beside a schedule, its
 * entries replace the schedule on their dates; alone, they are the hours of the period, and the
 * line says so with their total, which a reader checks against the workweek table ("replace the
 * schedule" beside "None (daily log only)" read as a log replacing nothing). Either way it says
 * the entries are listed in the appendix (dailyLogAppendix).
 */
export function dailyLogText(p: LaborPeriod): string | null {
  const n = p.days?.length ?? 0;
  if (n === 0) return null;
  const entries = `${n} dated ${n === 1 ? 'entry' : 'entries'}`;
  const listed = `, listed day by day in the appendix`;
  if (p.weeklySchedule !== null && p.weeklySchedule !== undefined) return `${entries} ${n === 1 ? 'replaces' : 'replace'} the schedule on ${n === 1 ? 'its date' : 'those dates'}${listed}`;
  const total = p.days!.reduce((t, d) => t + tenThousandths(d.hours), 0);
  return `${entries}, ${formatTenThousandths(total)} hours in all: the hours of each day worked in the period (no weekly schedule)${listed}`;
}
