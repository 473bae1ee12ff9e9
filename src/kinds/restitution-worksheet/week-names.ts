// How a warning names the workweeks it is about: every one of them, each by its first day (the
// date the workweek table's rows begin with, 29 C.F.R. § 778.105), consecutive workweeks with the
// same detail as one run with its count, runs of one detail named together with the detail and
// each year said once: "the workweeks of January 1 to March 25 (13 weeks) and May 6, 2024",
// "… and December 1, 2024 (12 weeks, each $1,200.00)". Warnings that named a count and the first week alone
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

/** "January 1 to March 25, 2024" (the year once when both dates share it), or one date; without its last year when `year` is false. */
function span(first: number, last: number, year = true): string {
  const a = longDate(fromDay(first));
  const b = longDate(fromDay(last));
  const yearOf = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
  const noYear = (s: string) => s.slice(0, s.lastIndexOf(','));
  const end = year ? b : noYear(b);
  if (first === last) return end;
  return yearOf(a) === yearOf(b) ? `${noYear(a)} to ${end}` : `${a} to ${end}`;
}

function runText(r: Run): string {
  if (r.count === 1) return `${span(r.first, r.last)}${r.detail === null ? '' : ` (${r.detail})`}`;
  return `${span(r.first, r.last)} (${r.count} weeks${r.detail === null ? '' : `, each ${r.detail}`})`;
}

const yearOfDay = (d: number) => fromDay(d).slice(0, 4);

/**
 * Runs of one detail that are not consecutive (twelve monthly lump sums of $1,200.00), said once:
 * their dates in order, each year said at the last date of it ("December 31, 2023, February 4,
 * March 3 … and December 1, 2024"), a run of several weeks with its count, then the detail with
 * the count of all: "(12 weeks, each $1,200.00)". Each date repeated "($1,200.00)" before, and
 * its year. Runs without a detail are named so too ("January 7 to March 31 (13 weeks), April 14
 * and May 5 to December 29, 2024 (35 weeks)"), each year said once.
 */
function groupText(runs: readonly Run[]): string {
  const detail = runs[0]!.detail;
  const total = runs.reduce((t, r) => t + r.count, 0);
  // The detail closes the last run's brackets, never a second pair: "(3 weeks; 39 in all, each $300.00)".
  // A single last week after runs with their own counts says "in all", or "September 15, 2024
  // (5 weeks, each $120.00)" after "August 11 to September 1 (4 weeks)" reads as five weeks of its own.
  const counted = runs.some((r) => r.count > 1);
  const closing =
    detail === null
      ? null
      : (count: number) => (count > 1 ? ` (${count} weeks; ${total} in all, each ${detail})` : ` (${total} weeks${counted ? ' in all' : ''}, each ${detail})`);
  const parts = runs.map((r, i) => {
    const next = runs[i + 1];
    const year = !next || yearOfDay(next.first) !== yearOfDay(r.last);
    const count = next || !closing ? (r.count > 1 ? ` (${r.count} weeks)` : '') : closing(r.count);
    return `${span(r.first, r.last, year)}${count}`;
  });
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Every workweek named, by its first day: "the workweek of May 6, 2024", "the workweeks of
 * January 1 to March 25, 2024 (13 weeks)", with each run's detail where given ("of December 24,
 * 2023 to January 7, 2024 (3 weeks, each $100.00, the whole week) and of January 14, 2024 ($14.29,
 * 1 day of 7)"). Where a
 * detail is shared by runs that are not consecutive, those runs are named together with the detail
 * said once (`groupText`), the groups in the order of their first week and set apart by
 * semicolons: "the workweeks of January 7, February 4 and March 3, 2024 (3 weeks, each $1,200.00);
 * and of April 7, 2024 ($900.00)".
 */
export function workweeksNamed(weeks: readonly (NamedWeek | number)[]): string {
  const runs = weekRuns(weeks.map((w) => (typeof w === 'number' ? { week: w } : w)));
  if (runs.length === 1 && runs[0]!.count === 1) return `the workweek of ${runText(runs[0]!)}`;
  const groups = new Map<string | null, Run[]>();
  for (const r of runs) groups.set(r.detail, [...(groups.get(r.detail) ?? []), r]);
  // No detail is a detail too: runs named without one are named together, each year said once.
  const shared = [...groups.values()].some((g) => g.length > 1);
  if (!shared) {
    const texts = runs.map(runText);
    const list = texts.length === 1 ? texts[0]! : `${texts.slice(0, -1).join(', of ')} and of ${texts[texts.length - 1]}`;
    return `the workweeks of ${list}`;
  }
  const texts = [...groups.values()].map((g) => (g.length === 1 ? runText(g[0]!) : groupText(g)));
  return `the workweeks of ${texts.length === 1 ? texts[0]! : `${texts.slice(0, -1).join('; of ')}; and of ${texts[texts.length - 1]}`}`;
}

/** How many distinct workweeks: "one workweek", "14 workweeks". */
export function workweekCount(weeks: readonly (NamedWeek | number)[]): string {
  const n = new Set(weeks.map((w) => (typeof w === 'number' ? w : w.week))).size;
  return n === 1 ? 'one workweek' : `${n} workweeks`;
}
