// The calendar months a monthly figure covers (a G line's monthlyEarnings over its dates), and the
// factor the worksheet multiplies it by: each month partly covered as its days ÷ its days, the
// whole months between as a count. Its own module, on the one calendar only, so the web app's
// summary (web/src/form/words.ts) writes a line's months as the worksheet does without the kind's
// money arithmetic.
import { calendarDate, dayNumber } from '../../domain/calendar.js';

/** One calendar month of a monthly G line: its year and month (1–12), the days covered and the month's days. */
export interface MonthShare {
  year: number;
  month: number;
  days: number;
  of: number;
}

/**
 * The calendar months from `start` to `end` (ISO dates, inclusive), each with the days it covers
 * and its own days: March 15 to June 30, 2024 is 17 of 31, 30 of 30, 31 of 31 and 30 of 30. A
 * month's share of a monthly figure is its days covered ÷ its days, so a figure for a whole month
 * counts once whatever the month's length, and a part of a month in proportion to its calendar
 * days (as a weekly payment is shared by days ÷ 7 in a partial workweek, credits.ts).
 */
export function monthShares(start: string, end: string): MonthShare[] {
  const out: MonthShare[] = [];
  const s = calendarDate(start);
  const e = calendarDate(end);
  const first = dayNumber(s);
  const last = dayNumber(e);
  for (let y = s.y, mo = s.m; y < e.y || (y === e.y && mo <= e.m); mo === 12 ? ((y += 1), (mo = 1)) : (mo += 1)) {
    const monthStart = dayNumber({ y, m: mo, d: 1 });
    const next = mo === 12 ? dayNumber({ y: y + 1, m: 1, d: 1 }) : dayNumber({ y, m: mo + 1, d: 1 });
    const from = Math.max(first, monthStart);
    const to = Math.min(last, next - 1);
    out.push({ year: y, month: mo, days: to - from + 1, of: next - monthStart });
  }
  return out;
}

/** One term of a monthly factor: a month partly covered (its share) or a run of whole months (how many). */
export type MonthTerm = { share: MonthShare } | { whole: number };

/** The terms of the months covered: March 15 to June 30, 2024 is 17 ÷ 31 of March, then 3 whole months. */
export function monthTerms(shares: readonly MonthShare[]): MonthTerm[] {
  const terms: MonthTerm[] = [];
  let whole = 0;
  for (const m of shares) {
    if (m.days === m.of) {
      whole += 1;
      continue;
    }
    if (whole > 0) terms.push({ whole });
    whole = 0;
    terms.push({ share: m });
  }
  if (whole > 0) terms.push({ whole });
  return terms;
}

/** The factor as the worksheet prints it: "(17 ÷ 31 + 3) months", "1 month", "1 ÷ 29 months". */
export function monthsFactor(terms: readonly MonthTerm[]): string {
  const text = terms.map((t) => ('whole' in t ? String(t.whole) : `${t.share.days} ÷ ${t.share.of}`));
  const factor = text.length === 1 ? text[0]! : `(${text.join(' + ')})`;
  return `${factor} ${text.length === 1 && text[0] === '1' ? 'month' : 'months'}`;
}
