// Calendar dates shared by every document kind: y-m-d triples on the proleptic Gregorian calendar,
// with no clock and no time zone, so a birthday can never move with the host's zone.
//
// One rule for ages everywhere: a person's age changes on the anniversary of the birth date, and
// someone born on 29 February reaches an age on 1 March of a common year (Md. Code, Gen. Prov.
// § 1-401(b); the same reading keeps a child a minor one day longer, which is the protective
// reading for OTIP eligibility, the T-visa minor exemption and ORR custody). date-fns `addYears`
// would give 28 February, so it is deliberately not used for ages.

/** A calendar date. `m` is 1–12. */
export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

export function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parse a strict `yyyy-mm-dd` calendar date (rejects 2026-02-30). */
export function parseIsoDate(s: string): CalendarDate | null {
  const r = ISO_DATE.exec(s);
  if (!r) return null;
  const [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  return validYmd(y, m, d) ? { y, m, d } : null;
}

export function formatIsoDate(c: CalendarDate): string {
  return `${String(c.y).padStart(4, '0')}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}`;
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Days from a to b (b − a), on the proleptic Gregorian calendar. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

export function addDays(c: CalendarDate, n: number): CalendarDate {
  const t = new Date(Date.UTC(c.y, c.m - 1, c.d) + n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
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
