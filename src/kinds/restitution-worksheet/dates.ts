// Calendar arithmetic on ISO dates (yyyy-mm-dd) as integer day numbers, without the clock and
// without Date objects: a day number is the count of days since 1970-01-01 (proleptic Gregorian),
// so adding days and finding weekdays is plain integer arithmetic (H. Hinnant's civil algorithms).
// Parsing is the shared calendar's (src/domain/calendar.ts).
import { parseIsoDate } from '../../domain/calendar.js';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * True for a real calendar date written strictly as yyyy-mm-dd (no 2012-02-30, no 2012-3-7), in
 * 1900–2999: the span the minimum-wage table and the day-number workweek arithmetic are used for.
 */
export function isIsoDate(s: unknown): s is string {
  const c = typeof s === 'string' ? parseIsoDate(s) : null;
  return c !== null && c.y >= 1900 && c.y <= 2999;
}

/** ISO date → day number (days since 1970-01-01). The caller has checked `isIsoDate`. */
export function toDay(iso: string): number {
  const y0 = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day number → ISO date. */
export function fromDay(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Weekday index of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function weekdayOf(day: number): Weekday {
  return WEEKDAYS[weekdayIndex(day)]!;
}

/**
 * First day of the workweek containing `day`, for workweeks starting on `start`.
 * 29 CFR 778.105: a workweek is a fixed and regularly recurring period of 168 hours (seven
 * consecutive 24-hour periods); the employer's (here: the case's) chosen start day fixes it.
 */
export function workweekStartOf(day: number, start: Weekday): number {
  const s = WEEKDAYS.indexOf(start);
  return day - ((weekdayIndex(day) - s + 7) % 7);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2012-03-07" → "March 7, 2012" (the worksheet's date style). */
export function longDate(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
}
