// Date and time fields. Rules:
// - a date is `yyyy-mm-dd` naming a day that exists (no 30 February; 29 February only in leap years);
// - a date-time is ISO 8601 with an offset (`2026-03-07T22:00-05:00`; seconds optional), since an
//   instant without one is ambiguous;
// - every year lies in YEAR_MIN..YEAR_MAX (1900–2100, src/domain/calendar.ts; issue 16 point 8):
//   year 0026 is a typing mistake, not 1926, and `9999-12-31T23:59-12:00` is refused rather than
//   becoming a date in year 10000. For a date-time both the written date and the instant in UTC
//   must be within the range.
import { z } from 'zod';
import { parseIsoDate, YEAR_MAX, YEAR_MIN, yearInRange } from '../../domain/calendar.js';
import { isTimeZone, parseIsoDateTime, utcDate } from '../../domain/instant.js';
import { valueFormat } from './value-format.js';

const RANGE = `between ${String(YEAR_MIN)} and ${String(YEAR_MAX)}`;

/** True for a real `yyyy-mm-dd` date within the years a case may contain. */
export function isIsoDate(s: unknown): s is string {
  const c = typeof s === 'string' ? parseIsoDate(s) : null;
  return c !== null && yearInRange(c.y);
}

/** A year alone ("2010") or a year and month ("2010-05", "2010/5"), as a spreadsheet or a caseworker who knows no more writes a date. */
const PARTIAL_DATE = /^\s*\d{4}(?:\s*[-/.]\s*\d{1,2})?\s*$/;

/**
 * A calendar date written `yyyy-mm-dd` that exists, in 1900–2100. A year alone or a year and
 * month is told as such, where "must be a real calendar date" left a caseworker who knows only the
 * year to invent a day; `partial` says what to give instead (the RFA's date of birth: an age).
 */
export function isoDate(partial?: string) {
  const partialMessage = `must be a whole date written yyyy-mm-dd, not a year alone or a year and month${partial === undefined ? '' : `: ${partial}`}`;
  return z
    .string({ error: 'must be a date written yyyy-mm-dd' })
    .superRefine((s, ctx) => {
      const c = parseIsoDate(s);
      if (!c) ctx.addIssue({ code: 'custom', message: PARTIAL_DATE.test(s) ? partialMessage : 'must be a real calendar date written yyyy-mm-dd', params: { code: 'invalid-date' } });
      else if (!yearInRange(c.y)) ctx.addIssue({ code: 'custom', message: `must be a date ${RANGE}`, params: { code: 'invalid-date' } });
    })
    .meta({ format: 'date', title: 'Date', description: `A calendar date, yyyy-mm-dd, ${RANGE}.` });
}

/** A calendar date written `yyyy-mm-dd` that exists, in 1900–2100 (isoDate). */
export const IsoDate = isoDate();

/** True for an ISO date-time with offset whose date and UTC instant are within the range. */
export function isIsoDateTime(s: unknown): s is string {
  const t = typeof s === 'string' ? parseIsoDateTime(s) : null;
  return t !== null && yearInRange(t.local.y) && yearInRange(utcDate(t.ms).y);
}

/** ISO date-time with offset ("2026-03-07T22:00-05:00", seconds optional), in 1900–2100. */
export const IsoDateTime = z
  .string({ error: 'must be a date and time with a UTC offset, like 2026-03-07T22:00:00-05:00' })
  .superRefine((s, ctx) => {
    const t = parseIsoDateTime(s);
    if (!t) {
      ctx.addIssue({ code: 'custom', message: 'must be a date and time with a UTC offset, like 2026-03-07T22:00:00-05:00', params: { code: 'invalid-date-time' } });
    } else if (!yearInRange(t.local.y) || !yearInRange(utcDate(t.ms).y)) {
      ctx.addIssue({ code: 'custom', message: `must be a date and time ${RANGE}`, params: { code: 'invalid-date-time' } });
    }
  })
  .meta({ format: 'date-time', title: 'Date and time', description: `An instant: ISO 8601 date and time with a UTC offset (Z or ±hh:mm), e.g. 2026-03-07T22:00-05:00; ${RANGE}.` });

/** An IANA time-zone name (America/Los_Angeles). */
export const TimeZone = z
  .string()
  .refine(isTimeZone, { message: 'must be an IANA time-zone name, like America/Los_Angeles', params: { code: 'invalid-time-zone' } })
  .meta({ title: 'Time zone', description: 'An IANA time-zone name, e.g. America/Los_Angeles.', ...valueFormat('time-zone') });
