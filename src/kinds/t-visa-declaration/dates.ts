// Act dates of the T-visa declaration: a date at the precision the applicant remembers it
// (`yyyy-mm-dd`, `yyyy-mm`, a season or part of a year `yyyy-spring`, or `yyyy`), its span of
// days and how it reads. Kind-specific computations over the one calendar (src/domain/calendar.ts,
// through the kit). Seasons: docs/domain/t-visa-declaration-form.md, "Dates at a season".
import { calendarDate, daysInMonth, longDate, monthYear, type CalendarDate } from '../kit/index.js';
import { SEASONS, seasonOf } from './seasons.js';

export { SEASONS, SEASON_NAMES, seasonOf, type Season } from './seasons.js';

export type Precision = 'exact' | 'month' | 'season' | 'year';

/** Precision of an act date written yyyy-mm-dd, yyyy-mm, yyyy-season or yyyy (schema ActDate). */
export function precisionOf(s: string): Precision {
  if (seasonOf(s)) return 'season';
  return s.length === 4 ? 'year' : s.length === 7 ? 'month' : 'exact';
}

/** First and last calendar day an imprecise date can mean ("2019-05" → May 1 to May 31; "2022-winter" → December 1, 2022 to February 28, 2023). */
export function dateSpan(s: string): { earliest: CalendarDate; latest: CalendarDate; precision: Precision } {
  const precision = precisionOf(s);
  const y = Number(s.slice(0, 4));
  if (precision === 'year') return { earliest: { y, m: 1, d: 1 }, latest: { y, m: 12, d: 31 }, precision };
  if (precision === 'season') {
    const { first, last } = SEASONS[seasonOf(s)!.season];
    const ly = last > 12 ? y + 1 : y;
    const lm = last > 12 ? last - 12 : last;
    return { earliest: { y, m: first, d: 1 }, latest: { y: ly, m: lm, d: daysInMonth(ly, lm) }, precision };
  }
  const m = Number(s.slice(5, 7));
  if (precision === 'month') return { earliest: { y, m, d: 1 }, latest: { y, m, d: daysInMonth(y, m) }, precision };
  const d = calendarDate(s);
  return { earliest: d, latest: d, precision };
}

/**
 * An act date at its own precision, as it reads inside a sentence: "March 7, 2019", "March 2019",
 * "2019", "the spring of 2022", "early 2022" ("In the spring of 2022, I left …", "the events of
 * the spring of 2022 and June 2022").
 */
export function actDateText(s: string): string {
  const season = seasonOf(s);
  if (season) return SEASONS[season.season].text(season.y);
  const p = precisionOf(s);
  if (p === 'year') return s;
  if (p === 'month') return monthYear(Number(s.slice(0, 4)), Number(s.slice(5, 7)));
  return longDate(s);
}

/**
 * "on March 3, 2024" for a day, "in March 2024", "in the spring of 2024", "in 2024" at a coarser
 * precision: a date in a sentence never said more exactly than the case gives it.
 */
export function onOrIn(date: string): string {
  return `${precisionOf(date) === 'exact' ? 'on' : 'in'} ${actDateText(date)}`;
}

/** An act date as a dated paragraph's bold lead opens with it: "March 2019", "Spring 2022", "Winter 2022–2023", "Mid-2022". */
export function actDateLead(s: string): string {
  const season = seasonOf(s);
  return season ? SEASONS[season.season].lead(season.y) : actDateText(s);
}
