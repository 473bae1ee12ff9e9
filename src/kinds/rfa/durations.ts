// Every span of time the RFA prints or warns (docs/domain/rfa-deadline.md, "How a span of time
// reads"): the time since the concern was learned (the deadline box, rfa-past-24-hours, a Part A's
// submission), the time to a midnight, the days to an 18th birthday. One helper, so each reads
// naturally at its scale and none loses the figure its rule needs:
//
//   under 48 hours      exact hours and minutes, read against the 24 ("24 hours 15 minutes")
//   48 hours to 1 month days first, still exact ("3 days 5 minutes", "30 days 2 hours")
//   over a month        "more than 3 months", the whole days beside it ("96 days")
//   over a year         "more than 17 years", the whole days beside it ("6,274 days")
//
// It printed "6274 days 23 hours" for a concern learned 17 years before the draft: a figure the
// reader had to divide. "more than" is always true: a span is said to be more than N months or
// years only when it is longer than any N calendar months or years can be (MAX_MONTH_DAYS; 365
// days a year and at most one 29 February in each 4), so it never overstates the delay.
import { thousands } from '../kit/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** From this many whole hours on, a span is printed in days first ("3 days 2 hours"). */
const DAYS_FROM_HOURS = 48;

/**
 * The most days that N consecutive calendar months can have, N = 1…11 (July and August are 62;
 * March to December 306): a span longer than MAX_MONTH_DAYS[N - 1] days is more than N months.
 */
const MAX_MONTH_DAYS = [31, 62, 92, 123, 153, 184, 215, 245, 276, 306, 337] as const;

/** The most days N consecutive calendar years can have: 365 each, and at most one 29 February in each 4 (rounded up). */
const maxYearDays = (n: number): number => n * 365 + Math.ceil(n / 4);

/** A span as printed: the words, and the exact whole days beside them when the words round (months, years). */
export interface Duration {
  /** "24 hours 15 minutes", "more than 3 months". */
  text: string;
  /** "96 days", the whole days, when `text` is in months or years; null when `text` is exact. */
  days: string | null;
}

/** The whole days of a span, "1 day", "6,274 days". */
function wholeDays(days: number): string {
  return days === 1 ? '1 day' : `${thousands(String(days))} days`;
}

/** A span of `ms` ≥ 0 milliseconds, at its scale (the table at the top). */
export function duration(ms: number): Duration {
  const span = Math.max(0, ms);
  const days = Math.floor(span / DAY);
  let years = 0;
  while (span > maxYearDays(years + 1) * DAY) years++;
  if (years > 0) return { text: `more than ${years === 1 ? '1 year' : `${years} years`}`, days: wholeDays(days) };
  let months = 0;
  while (months < MAX_MONTH_DAYS.length && span > MAX_MONTH_DAYS[months]! * DAY) months++;
  if (months > 0) return { text: `more than ${months === 1 ? '1 month' : `${months} months`}`, days: wholeDays(days) };
  return { text: exact(span), days: null };
}

/**
 * Under a month: whole days (from 48 hours on), hours and minutes, and "more than" when seconds are
 * left over. Never rounded to the hour: a draft prepared 24 hours 15 minutes after the concern was
 * learned is late, and "24 hours after" beside LATE read as on time; under 48 hours the hours stay,
 * to be read against the 24.
 */
function exact(ms: number): string {
  const totalMinutes = Math.floor(ms / MINUTE);
  const totalHours = Math.floor(totalMinutes / 60);
  const days = totalHours >= DAYS_FROM_HOURS ? Math.floor(totalHours / 24) : 0;
  const hours = totalHours - days * 24;
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(wholeDays(days));
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (minutes > 0 || parts.length === 0) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  const text = parts.join(' ');
  return ms % MINUTE === 0 ? text : `more than ${text}`;
}

/** A span in running text: "24 hours 15 minutes", "more than 17 years (6,274 days)". */
export function durationText(ms: number): string {
  const d = duration(ms);
  return d.days === null ? d.text : `${d.text} (${d.days})`;
}

/**
 * A span inside parentheses, where a second aside would nest: "24 hours 15 minutes after", "more
 * than 17 years after, 6,274 days in all" (`after` says after what).
 */
export function durationAside(ms: number, after: string): string {
  const d = duration(ms);
  return d.days === null ? `${d.text} ${after}` : `${d.text} ${after}, ${d.days} in all`;
}

/** A number of whole calendar days to come, as "in …" says it: "in 1 day", "in 9 days", "in more than 2 months (70 days)". */
export function inDays(days: number): string {
  if (days <= MAX_MONTH_DAYS[0]) return `in ${wholeDays(days)}`;
  return `in ${durationText(days * DAY)}`;
}
