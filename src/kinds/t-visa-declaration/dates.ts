// Act dates of the T-visa declaration: a date at the precision the applicant remembers it
// (`yyyy-mm-dd`, `yyyy-mm` or `yyyy`), its span of days and how it reads. Kind-specific
// computations over the one calendar (src/domain/calendar.ts, through the kit).
import { calendarDate, daysInMonth, longDate, monthYear, type CalendarDate } from '../kit/index.js';

export type Precision = 'exact' | 'month' | 'year';

/** Precision of an act date written yyyy-mm-dd, yyyy-mm or yyyy (schema ActDate). */
export function precisionOf(s: string): Precision {
  return s.length === 4 ? 'year' : s.length === 7 ? 'month' : 'exact';
}

/** First and last calendar day an imprecise date can mean ("2019-05" → May 1 to May 31). */
export function dateSpan(s: string): { earliest: CalendarDate; latest: CalendarDate; precision: Precision } {
  const precision = precisionOf(s);
  const y = Number(s.slice(0, 4));
  if (precision === 'year') return { earliest: { y, m: 1, d: 1 }, latest: { y, m: 12, d: 31 }, precision };
  const m = Number(s.slice(5, 7));
  if (precision === 'month') return { earliest: { y, m, d: 1 }, latest: { y, m, d: daysInMonth(y, m) }, precision };
  const d = calendarDate(s);
  return { earliest: d, latest: d, precision };
}

/** An act date at its own precision: "March 7, 2019", "March 2019" or "2019". */
export function actDateText(s: string): string {
  const p = precisionOf(s);
  if (p === 'year') return s;
  if (p === 'month') return monthYear(Number(s.slice(0, 4)), Number(s.slice(5, 7)));
  return longDate(s);
}
