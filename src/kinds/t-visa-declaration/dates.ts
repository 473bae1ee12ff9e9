// Calendar arithmetic on ISO date strings, with no Date objects and no time zones: a date is
// (year, month, day) and ages are whole years, so results cannot shift with the host's zone.

export type Precision = 'exact' | 'month' | 'year';

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function parseYmd(iso: string): YMD {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

export function formatYmd(v: YMD): string {
  return `${String(v.y).padStart(4, '0')}-${String(v.m).padStart(2, '0')}-${String(v.d).padStart(2, '0')}`;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** -1, 0 or 1 as a is before, on or after b. */
export function compareYmd(a: YMD, b: YMD): number {
  return Math.sign(a.y - b.y || a.m - b.m || a.d - b.d);
}

/**
 * Whole years of age on `on` for a person born on `dob`. A birthday not yet reached in that year
 * subtracts one; someone born on February 29 turns a year older on March 1 in common years
 * (the anniversary "day" has not come on February 28).
 */
export function ageOn(dob: YMD, on: YMD): number {
  const beforeBirthday = on.m < dob.m || (on.m === dob.m && on.d < dob.d);
  return on.y - dob.y - (beforeBirthday ? 1 : 0);
}

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
