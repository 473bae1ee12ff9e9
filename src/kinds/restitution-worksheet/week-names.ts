// How a warning names the workweeks it is about: every one of them, each by its first day (the
// date the workweek table's rows begin with, 29 C.F.R. § 778.105), consecutive workweeks with the
// same detail as one run with its count: "the workweeks of January 1 to March 25, 2024 (13
// weeks) and of May 6, 2024". Warnings that named a count and the first week alone
// (`lump-sum-payment`, `pay-above-minimum-wage`, `exemption-used`) left the preparer to recompute
// the others; warnings that named every week one by one (`pay-without-hours`) ran to a page for a
// year of weeks. One wording for every warning about several workweeks (README, "Warnings").
import { longDate } from '../kit/index.js';
import { fromDay } from './dates.js';

/** A workweek by its first day number, with what the warning says of it there (or nothing). */
export interface NamedWeek {
  week: number;
  /** Said of the week in brackets: "$100.00, the whole week"; equal details of consecutive weeks join a run. */
  detail?: string | null;
}

/** Consecutive workweeks (seven days apart) with the same detail. */
interface Run {
  first: number;
  last: number;
  count: number;
  detail: string | null;
}

/** The weeks in date order, a week given twice once, consecutive ones of equal detail as runs. */
export function weekRuns(weeks: readonly NamedWeek[]): Run[] {
  const sorted = [...weeks].sort((a, b) => a.week - b.week);
  const runs: Run[] = [];
  for (const w of sorted) {
    const detail = w.detail ?? null;
    const run = runs[runs.length - 1];
    if (run && run.last === w.week && run.detail === detail) continue;
    if (run && w.week === run.last + 7 && run.detail === detail) {
      run.last = w.week;
      run.count++;
    } else runs.push({ first: w.week, last: w.week, count: 1, detail });
  }
  return runs;
}

/** "January 1 to March 25, 2024" (the year once when both dates share it), or one date. */
function span(first: number, last: number): string {
  const a = longDate(fromDay(first));
  const b = longDate(fromDay(last));
  if (first === last) return a;
  const year = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
  return year(a) === year(b) ? `${a.slice(0, a.lastIndexOf(','))} to ${b}` : `${a} to ${b}`;
}

function runText(r: Run): string {
  if (r.count === 1) return `${span(r.first, r.last)}${r.detail === null ? '' : ` (${r.detail})`}`;
  return `${span(r.first, r.last)} (${r.count} weeks${r.detail === null ? '' : `, each ${r.detail}`})`;
}

/**
 * Every workweek named, by its first day: "the workweek of May 6, 2024", "the workweeks of
 * January 1 to March 25, 2024 (13 weeks) and of May 6, 2024", with each run's detail where given
 * ("of December 24, 2023 to January 7, 2024 (3 weeks, each $100.00, the whole week)").
 */
export function workweeksNamed(weeks: readonly (NamedWeek | number)[]): string {
  const runs = weekRuns(weeks.map((w) => (typeof w === 'number' ? { week: w } : w)));
  const texts = runs.map(runText);
  if (runs.length === 1 && runs[0]!.count === 1) return `the workweek of ${texts[0]}`;
  const list = texts.length === 1 ? texts[0]! : `${texts.slice(0, -1).join(', of ')} and of ${texts[texts.length - 1]}`;
  return `the workweeks of ${list}`;
}

/** How many distinct workweeks: "one workweek", "14 workweeks". */
export function workweekCount(weeks: readonly (NamedWeek | number)[]): string {
  const n = new Set(weeks.map((w) => (typeof w === 'number' ? w : w.week))).size;
  return n === 1 ? 'one workweek' : `${n} workweeks`;
}
