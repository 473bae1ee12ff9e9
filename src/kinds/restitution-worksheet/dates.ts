// Workweeks on the one calendar (src/domain/calendar.ts, through the kit): ISO dates as integer
// day numbers (days since 1970-01-01), so adding days and finding weekdays is plain integer
// arithmetic, and the workweek rule of 29 C.F.R. § 778.105.
import { calendarDate, dayNumber, formatIsoDate, fromDayNumber, weekdayIndex } from '../kit/index.js';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** ISO date (schema-checked) → day number. */
export function toDay(iso: string): number {
  return dayNumber(calendarDate(iso));
}

/** Day number → ISO date. */
export function fromDay(n: number): string {
  return formatIsoDate(fromDayNumber(n));
}

export function weekdayOf(day: number): Weekday {
  return WEEKDAYS[weekdayIndex(day)]!;
}

/**
 * First day of the workweek containing `day`, for workweeks starting on `start`.
 * 29 C.F.R. § 778.105: a workweek is a fixed and regularly recurring period of 168 hours (seven
 * consecutive 24-hour periods); the employer's (here: the case's) chosen start day fixes it.
 */
export function workweekStartOf(day: number, start: Weekday): number {
  const s = WEEKDAYS.indexOf(start);
  return day - ((weekdayIndex(day) - s + 7) % 7);
}
