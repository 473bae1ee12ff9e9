// The one calendar of Harbor: calendar dates shared by every document kind, as y-m-d triples on
// the proleptic Gregorian calendar, with no clock and no time zone, so a birthday can never move
// with the host's zone.
//
// Rule implemented — ages: a person's age changes on the anniversary of the birth date, and
// someone born on 29 February reaches an age on 1 March of a common year (Md. Code, Gen. Prov.
// § 1-401(b); the same reading keeps a child a minor one day longer, which is the protective
// reading for OTIP eligibility, the T-visa minor exemption and ORR custody). date-fns `addYears`
// would give 28 February, so it is deliberately not used for ages.
//
// Rule implemented — arithmetic: days are counted through day numbers (days since 1970-01-01,
// H. Hinnant's civil-from-days algorithms), never through `Date.UTC`, whose two-digit-year rule
// turns years 0–99 into 1900–1999 (issue 16 point 8). Which years a case may *contain* is a
// validation rule (YEAR_MIN..YEAR_MAX, enforced by the kit's date fields), not a calendar one:
// the arithmetic here is exact for every year.

/** A calendar date. `m` is 1–12. */
export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

/**
 * Years a case may contain (issue 16 point 8): no person in these filings was born before 1900,
 * and no hearing, deadline or projection reaches past 2100. Outside it a year is a typing mistake
 * (0026 for 2026) or an attack (9999-12-31T23:59-12:00 is in year 10000 in UTC).
 */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/** True when `y` is within the years a case may contain (YEAR_MIN..YEAR_MAX). */
export function yearInRange(y: number): boolean {
  return Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days of each month of a common year, January first. */
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]!;
}

export function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The number written by the ASCII digits `s[from, from + n)`, or -1 when one is not a digit. */
export function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Parse a strict `yyyy-mm-dd` calendar date (rejects 2026-02-30); any year 0001–9999. Read from
 * the characters (what /^(\d{4})-(\d{2})-(\d{2})$/ accepts, tests/core/calendar.test.ts): every
 * date of a case, its computation and its view passes here, several thousand times in a year's
 * worksheet.
 */
export function parseIsoDate(s: string): CalendarDate | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d) return null;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (y < 0 || m < 0 || d < 0) return null;
  return validYmd(y, m, d) ? { y, m, d } : null;
}

/**
 * A date the schema has already validated (`yyyy-mm-dd`). Throws RangeError otherwise: reaching
 * that is a bug, since the kit's date fields refuse anything else at the edge.
 */
export function calendarDate(iso: string): CalendarDate {
  const c = parseIsoDate(iso);
  if (!c) throw new RangeError('not an ISO calendar date');
  return c;
}

export function formatIsoDate(c: CalendarDate): string {
  return `${String(c.y).padStart(4, '0')}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}`;
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Days since 1970-01-01 (negative before it), exact for every year (no two-digit-year rule). */
export function dayNumber(c: CalendarDate): number {
  const y = c.m <= 2 ? c.y - 1 : c.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (c.m + (c.m > 2 ? -3 : 9)) + 2) / 5) + c.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (inverse of `dayNumber`). */
export function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Weekday of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Days from a to b (b − a), on the proleptic Gregorian calendar. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function addDays(c: CalendarDate, n: number): CalendarDate {
  return fromDayNumber(dayNumber(c) + n);
}

/**
 * The date on which someone born on `birth` reaches `years` years of age.
 *
 * Someone born on 29 February reaches an age on 1 March of a year that is not a leap year. This is
 * the rule of issue #4 and of U.S. statutes that address it (e.g. Maryland: "An individual born on
 * February 29 attains a specified age on March 1 of any year that is not a leap year", Md. Code,
 * Gen. Prov. § 1-401(b)); it is also the reading that keeps a child a minor one day longer. Note
 * that date-fns `addYears` gives 28 February instead, so it is deliberately not used here.
 */
export function anniversary(birth: CalendarDate, years: number): CalendarDate {
  const y = birth.y + years;
  if (birth.m === 2 && birth.d === 29 && !isLeapYear(y)) return { y, m: 3, d: 1 };
  return { y, m: birth.m, d: birth.d };
}

/** Whole years of age on `on` (the birthday itself counts as the new age). */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  let years = on.y - birth.y;
  if (compareDates(on, anniversary(birth, years)) < 0) years -= 1;
  return years;
}
