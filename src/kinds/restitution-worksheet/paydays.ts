// Warning `payday-after-week`: paydays on the first day of a workweek just after a week of the
// period's hours, which most often paid for the week just ended and are credited a week late
// (29 C.F.R. § 778.104; docs/domain/restitution-worksheet-pay.md, "Wages actually paid"). A module
// of its own, beside credits.ts, because it reruns F (flsa.ts), which imports credits.ts.
import type { RestitutionIssue } from './codes.js';
import type { RestitutionComputed } from './compute.js';
import { toDay, fromDay, workweekStartOf } from './dates.js';
import { workweeksNamed } from './week-names.js';
import { computeFlsa, workweekGrid } from './flsa.js';
import { longDate, money } from '../kit/index.js';
import { ratePolicy } from './rates.js';
import type { LaborPeriod, RestitutionCase } from './schema.js';
import { periodDays } from './workweeks.js';

/** A dated payment of a period with its index and day number. */
interface Payday {
  pay: NonNullable<NonNullable<LaborPeriod['wagesPaid']>['payments']>[number];
  j: number;
  day: number;
}

/**
 * F as the worksheet prints it (the case's own settings: rates, liquidated damages), with each of
 * `after` moved to the last day of the period's hours in the workweek before it: the date the
 * warning asks for ("its last day worked"). That day is in the period (it has the period's hours),
 * so the moved case is one the schema takes; the week's first day (the payday less seven days) may
 * fall before the period's start, which the schema refuses (date-outside-period). Same arithmetic
 * as F itself (computeFlsa on the changed case), never a figure derived on the side.
 */
function fWithPaydaysMoved(c: RestitutionCase, i: number, after: readonly Payday[], lastWorked: ReadonlyMap<number, number>): number {
  const ws = c.settings.workweekStart;
  const moved = new Map(after.map((x) => [x.j, fromDay(lastWorked.get(workweekStartOf(x.day - 7, ws))!)]));
  const p = c.laborPeriods[i]!;
  const payments = (p.wagesPaid?.payments ?? []).map((pay, j) => (moved.has(j) ? { ...pay, date: moved.get(j)! } : pay));
  const changed: RestitutionCase = { ...c, laborPeriods: c.laborPeriods.map((q, k) => (k === i ? { ...q, wagesPaid: { ...q.wagesPaid!, payments } } : q)) };
  const policy = ratePolicy(c.settings, c.settings.minimumWage === 'higher-of-federal-and-state');
  return computeFlsa(changed, policy, workweekGrid(changed)).totals.totalCents;
}

/**
 * Warning `payday-after-week`, one per period: paydays on the first day of a workweek that follows
 * a workweek of the period's hours (a Sunday payday, the workweek beginning on Sunday), at least
 * two of them and at least half of its dated payments. Such a payday most often pays for the week
 * just ended; credited to the workweek that contains its date (29 C.F.R. § 778.104), each is set
 * against the next week's hours, the first week worked is credited nothing, and opposing counsel
 * reads a week "unpaid" that was paid. Said whether or not a payment also falls after the last
 * week worked: it was said only inside `pay-without-hours`, so a period ending on a Saturday,
 * its Sunday paydays all in weeks with hours, got no word, and one payday moved to a Monday (a
 * holiday) silenced it for the rest, since every payment had to fall on the first day. Not moved
 * by Harbor: a payday may pay the week ahead, and only the preparer knows.
 * It says what F would be with each such payday dated on the last day worked of the week before
 * (fWithPaydaysMoved), beside F as given: the preparer learns whether the dates change the figure
 * filed or only the workweek table's rows (every week short either way: the same F, which counsel
 * can answer with), where the warning left both to be found by editing the case.
 */
export function paydayAfterWeekWarnings(c: RestitutionCase, computed: RestitutionComputed): RestitutionIssue[] {
  const ws = c.settings.workweekStart;
  const out: RestitutionIssue[] = [];
  c.laborPeriods.forEach((p, i) => {
    const payments: Payday[] = (p.wagesPaid?.payments ?? []).map((pay, j) => ({ pay, j, day: toDay(pay.date) })).filter((x) => (x.pay.amount ?? 0) > 0);
    if (payments.length < 2) return;
    // The last day of the period's hours in each workweek, by the week's first day.
    const lastWorked = new Map<number, number>();
    for (const d of periodDays(p, i)) if (d.hours > 0) lastWorked.set(workweekStartOf(d.day, ws), d.day);
    const after = payments.filter((x) => workweekStartOf(x.day, ws) === x.day && lastWorked.has(x.day - 7));
    if (after.length < 2 || after.length * 2 < payments.length) return;
    const first = after[0]!;
    const day = `${ws[0]!.toUpperCase()}${ws.slice(1)}`;
    const count = after.length === payments.length ? `every payment of this period (${after.length}) falls` : `${after.length} of this period’s ${payments.length} payments fall`;
    // The first week worked is credited nothing only when no payment falls in it.
    const firstWeek = Math.min(...lastWorked.keys());
    const unpaidFirst = payments.some((x) => workweekStartOf(x.day, ws) === firstWeek) ? '' : ', and the first week worked is credited nothing';
    const asGiven = computed.flsa.totalCents;
    const movedF = fWithPaydaysMoved(c, i, after, lastWorked);
    const each = after.length === payments.length ? 'each' : `each of the ${after.length}`;
    const effect =
      movedF === asGiven
        ? `With ${each} dated on the last day worked of the workweek before, F would be the same, ${money(asGiven)}: the dates change the workweek table’s rows, not F`
        : `With ${each} dated on the last day worked of the workweek before, F would be ${money(movedF)}, not ${money(asGiven)}`;
    out.push({
      path: `laborPeriods.${i}.wagesPaid.payments.${first.j}.date`,
      code: 'payday-after-week',
      // Every such payday's workweek named (week-names.ts): "8 of 12" left the preparer to find which.
      message: `${count} on the first day of a workweek (a ${day}, the workweek beginning on ${day}) just after a workweek of its hours, ${workweeksNamed(after.map((x) => ({ week: x.day, detail: money(x.pay.amount ?? 0) })))}; the first, ${money(first.pay.amount ?? 0)} on ${longDate(first.pay.date)}, is credited to the workweek of ${longDate(first.pay.date)}. A payment is credited to the workweek that contains its date (29 C.F.R. § 778.104): if each paid for the week just ended, each is credited one workweek late, against the next week’s hours${unpaidFirst}. ${effect}. Date each in the workweek it paid for (its last day worked), and keep the record of when it was paid in the period’s evidence`,
    });
  });
  return out;
}
