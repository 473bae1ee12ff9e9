// Calendar-date arithmetic on ISO `yyyy-mm-dd` strings, for the best-interests memo.
//
// Ages and day counts are computed on calendar dates, never on instants, so no time zone can move
// a birthday (the memo date and the birth date are both plain dates). Day numbers come from
// Date.UTC, which is a pure function of its arguments (no clock is read).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1..12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** Parse a strict ISO calendar date; null when malformed or not a real day (2026-02-30). */
export function parseYmd(s: string): Ymd | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

function must(s: string): Ymd {
  const p = parseYmd(s);
  if (!p) throw new RangeError('not an ISO calendar date'); // the schema guarantees this never happens
  return p;
}

function dayNumber(p: Ymd): number {
  return Date.UTC(p.y, p.m - 1, p.d) / MS_PER_DAY;
}

export function formatYmd(p: Ymd): string {
  return `${String(p.y).padStart(4, '0')}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(must(b)) - dayNumber(must(a));
}

/**
 * The anniversary of `iso` after `years` years. A 29 February birth date falls on 28 February in
 * a common year (the child is treated as reaching the age on the earlier day, which is the safer
 * reading for a deadline such as ORR custody ending at 18).
 */
export function anniversary(iso: string, years: number): string {
  const p = must(iso);
  const y = p.y + years;
  return formatYmd({ y, m: p.m, d: Math.min(p.d, daysInMonth(y, p.m)) });
}

/**
 * Age in whole years on `on` (the age changes on the anniversary itself). Returns -1 when `on` is
 * before the birth date; callers report that case as an error before using the age.
 */
export function ageOn(dateOfBirth: string, on: string): number {
  if (on < dateOfBirth) return -1; // ISO yyyy-mm-dd strings compare in date order
  const b = must(dateOfBirth);
  const o = must(on);
  let age = o.y - b.y;
  if (anniversary(dateOfBirth, age) > on) age -= 1;
  return age;
}
