// Calendar arithmetic on ISO date strings, with no Date objects and no time zones: a date is
// (year, month, day) and ages are whole years, so results cannot shift with the host's zone.

import * as cal from '../../domain/calendar.js';

export type Precision = 'exact' | 'month' | 'year';

/** A calendar date (the shared calendar's type). */
export type YMD = cal.CalendarDate;

/** Parse an ISO date the schema has already validated (yyyy-mm-dd). */
export function parseYmd(iso: string): YMD {
  const v = cal.parseIsoDate(iso);
  if (!v) throw new RangeError('not an ISO calendar date'); // the schema guarantees this never happens
  return v;
}

export const formatYmd = cal.formatIsoDate;
export const daysInMonth = cal.daysInMonth;

/** -1, 0 or 1 as a is before, on or after b. */
export function compareYmd(a: YMD, b: YMD): number {
  return Math.sign(cal.compareDates(a, b));
}

/**
 * Whole years of age on `on` for a person born on `dob`, by the shared age rule (src/domain/
 * calendar.ts: a 29 February birth turns a year older on 1 March in common years).
 */
export const ageOn = cal.ageOn;

/** Precision of an act date written yyyy-mm-dd, yyyy-mm or yyyy (schema ActDate). */
export function precisionOf(s: string): Precision {
  return s.length === 4 ? 'year' : s.length === 7 ? 'month' : 'exact';
}

/** First and last calendar day an imprecise date can mean ("2019-05" → May 1 to May 31). */
export function dateSpan(s: string): { earliest: YMD; latest: YMD; precision: Precision } {
  const precision = precisionOf(s);
  const y = Number(s.slice(0, 4));
  if (precision === 'year') return { earliest: { y, m: 1, d: 1 }, latest: { y, m: 12, d: 31 }, precision };
  const m = Number(s.slice(5, 7));
  if (precision === 'month') return { earliest: { y, m, d: 1 }, latest: { y, m, d: daysInMonth(y, m) }, precision };
  const d = parseYmd(s);
  return { earliest: d, latest: d, precision };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 7, 2026" (the house date style, as the `date` template helper prints it). */
export function longDate(iso: string): string {
  const v = parseYmd(iso);
  return `${MONTHS[v.m - 1]} ${v.d}, ${v.y}`;
}

/** An act date at its own precision: "March 7, 2019", "March 2019" or "2019". */
export function actDateText(s: string): string {
  const p = precisionOf(s);
  if (p === 'year') return s;
  if (p === 'month') return `${MONTHS[Number(s.slice(5, 7)) - 1]} ${s.slice(0, 4)}`;
  return longDate(s);
}
