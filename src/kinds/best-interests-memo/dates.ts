// ISO `yyyy-mm-dd` string adapters over the shared calendar (src/domain/calendar.ts), for the
// best-interests memo. Ages and day counts are computed on calendar dates, never on instants, and
// follow the one age rule of the calendar module (29 February births reach an age on 1 March of a
// common year), so the memo and the RFA never disagree about whether a child is 18.
import * as cal from '../../domain/calendar.js';

export type Ymd = cal.CalendarDate;

/** Parse a strict ISO calendar date; null when malformed or not a real day (2026-02-30). */
export const parseYmd = cal.parseIsoDate;

function must(s: string): Ymd {
  const p = cal.parseIsoDate(s);
  if (!p) throw new RangeError('not an ISO calendar date'); // the schema guarantees this never happens
  return p;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return cal.daysBetween(must(a), must(b));
}

/** The date on which someone born on `iso` reaches `years` years of age. */
export function anniversary(iso: string, years: number): string {
  return cal.formatIsoDate(cal.anniversary(must(iso), years));
}

/**
 * Age in whole years on `on` (the age changes on the anniversary itself). Returns -1 when `on` is
 * before the birth date; callers report that case as an error before using the age.
 */
export function ageOn(dateOfBirth: string, on: string): number {
  if (on < dateOfBirth) return -1; // ISO yyyy-mm-dd strings compare in date order
  return cal.ageOn(must(dateOfBirth), must(on));
}
