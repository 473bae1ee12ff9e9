// Wages actually paid, credited per workweek with no carry-over (29 C.F.R. §§ 776.4, 778.104): an
// overpaid week does not reduce another week's shortfall. Unpaid = max(0, owed − paid) per week.
// Room and board are never credited here: a credit needs the actual cost and voluntary,
// uncoerced acceptance (29 C.F.R. §§ 531.3, 531.30), which the case data does not (and trafficking
// rarely can) establish.
import type { RestitutionIssue } from './codes.js';
import type { RestitutionComputed } from './compute.js';
import { fromDay, toDay, workweekStartOf, type Weekday } from './dates.js';
import { longDate, money } from '../kit/index.js';
import { workweekCount, workweeksNamed } from './week-names.js';
import { Dec, roundCents, sumCents } from './money.js';
import type { LaborPeriod, RestitutionCase } from './schema.js';
import { periodDays } from './workweeks.js';

/**
 * The credit of a weekly payment (`perWeek`, `weeklyCents` cents a week) in one workweek of its period:
 * `weeklyCents × days ÷ 7`, where `days` (1–7) is how many of the workweek's seven days fall inside
 * the period, rounded half-up to the cent once. A whole workweek gets the weekly amount; a
 * partial first or last week (a period that starts or ends mid-week) gets the share of the week
 * the period covers. A weekly wage pays for a week: nothing in the case says a full week's pay
 * was handed over for two days, and the regulation on weekly salaries allows "a proportionate
 * part" in the initial and terminal week (29 C.F.R. § 541.602(b)(6)). Crediting the full amount
 * lowered the unpaid wages, so F and the total, on no evidence (README-pay.md, "Payments"). What was
 * really paid in a partial week is given as a dated payment, that week as a period of its own.
 */
export function perWeekCreditCents(weeklyCents: number, days: number): number {
  return roundCents(new Dec(weeklyCents).times(days).dividedBy(7));
}

/**
 * Cents paid in each workweek (keyed by the week's first day number): a period's `perWeek`
 * is credited to every workweek that contains a day of the period, pro rata by the days of the
 * week inside the period (perWeekCreditCents); each payment to the workweek containing its date.
 */
export function paidByWeek(periods: readonly LaborPeriod[], weekStart: Weekday): Map<number, number> {
  const paid = new Map<number, number>();
  const credit = (week: number, cents: number) => paid.set(week, sumCents([paid.get(week) ?? 0, cents])); // checked: exact cents
  for (const p of periods) {
    const perWeek = p.wagesPaid?.perWeek;
    if (perWeek !== undefined && perWeek !== null && perWeek > 0) {
      const start = toDay(p.startDate);
      const end = toDay(p.endDate);
      for (let w = workweekStartOf(start, weekStart); w <= end; w += 7) {
        const days = Math.min(end, w + 6) - Math.max(start, w) + 1;
        credit(w, days === 7 ? perWeek : perWeekCreditCents(perWeek, days));
      }
    }
    for (const pay of p.wagesPaid?.payments ?? []) credit(workweekStartOf(toDay(pay.date), weekStart), pay.amount ?? 0); // required (rules.ts)
  }
  return paid;
}

/**
 * Whether a period's weekly payment is credited to a partial first or last workweek, as a share
 * (`perWeekCreditCents`, rounded half-up to the cent): a rounding the worksheet's rounding line
 * must name (view-rules.ts, roundingPolicy), since a share like $270.00 × 3 ÷ 7 = $115.714… prints
 * as $115.71 in the Paid column.
 */
export function hasPartialWeekShare(periods: readonly LaborPeriod[], weekStart: Weekday): boolean {
  return periods.some((p) => {
    const perWeek = p.wagesPaid?.perWeek;
    if (perWeek === undefined || perWeek === null || perWeek <= 0) return false;
    const start = toDay(p.startDate);
    const end = toDay(p.endDate);
    return workweekStartOf(start, weekStart) !== start || workweekStartOf(end, weekStart) + 6 !== end;
  });
}

/** Unpaid wages of one week: never negative, never carried to another week. */
export function unpaidCents(owedCents: number, paidCents: number): number {
  return Math.max(0, owedCents - paidCents);
}

/**
 * Warning `pay-without-hours`, one per period: dated payments credited to a workweek in which the
 * period has no hours. Such a payment paid for work of another week: wages handed over after the
 * week worked (a payday after the last day of work), or a month's or a season's pay at once. It
 * is credited to the workweek that contains its date (29 C.F.R. § 778.104), where it either
 * lowers nothing (no hours at all that week: the worksheet shows it as paid beyond the wages
 * owed, and opposing counsel reads a payment left out) or is set against another job's hours
 * that week (29 C.F.R. § 778.103). It says nothing of a rate either, so `pay-above-minimum-wage`
 * leaves such weeks out. Not refused: a payday on a day off is ordinary, and the date is the
 * case's fact; only the preparer can say which workweeks it paid for (docs/domain/
 * restitution-worksheet-pay.md, "Wages actually paid"). A weekly payment (`perWeek`) is warned
 * of too, at its own path (perWeekWithoutHours).
 */
export function payWithoutHoursWarnings(c: RestitutionCase, computed: RestitutionComputed): RestitutionIssue[] {
  const ws = c.settings.workweekStart;
  const weekHours = new Map(computed.weeks.map((w) => [toDay(w.weekStart), w.hours]));
  const out: RestitutionIssue[] = [];
  c.laborPeriods.forEach((p, i) => {
    const weekly = perWeekWithoutHours(p, i, ws, weekHours);
    if (weekly) out.push(weekly);
    const payments = p.wagesPaid?.payments ?? [];
    if (payments.length === 0) return;
    const worked = new Set<number>();
    for (const d of periodDays(p, i)) if (d.hours > 0) worked.add(workweekStartOf(d.day, ws));
    const idle = payments.map((pay, j) => ({ pay, j, week: workweekStartOf(toDay(pay.date), ws) })).filter((x) => (x.pay.amount ?? 0) > 0 && !worked.has(x.week));
    const first = idle[0];
    if (!first) return;
    const hasOthers = (x: { week: number }) => (weekHours.get(x.week) ?? 0) > 0;
    const others = hasOthers(first);
    const effectIn = (withOthers: boolean, one: boolean) =>
      withOthers
        ? `it is set against the hours of the other labor periods ${one ? 'in that workweek' : 'there'} (29 C.F.R. § 778.103), not against the work it paid for`
        : `nothing is owed ${one ? 'that week' : 'there'}, so it lowers nothing, and the worksheet shows it as paid beyond the wages owed`;
    const which = (x: (typeof idle)[number]) => `${money(x.pay.amount ?? 0)} on ${longDate(x.pay.date)}`;
    let lead: string;
    let effect: string;
    if (idle.length === 1) {
      lead = `this payment, ${which(first)}, falls in the workweek of ${longDate(fromDay(first.week))}, in which ${others ? 'this period has no hours worked' : 'no hours were worked'}`;
      effect = effectIn(others, true);
    } else {
      // Every such payment by name, with its workweek: naming the first alone left the preparer to
      // find the others among the period's payments.
      const alone = idle.filter((x) => !hasOthers(x));
      const shared = idle.filter(hasOthers);
      // Their workweeks in date order with the pay of each, consecutive ones of the same pay as
      // one run (week-names.ts): a payday every week of a year stays one line.
      const byWeek = new Map<number, { count: number; cents: number }>();
      for (const x of idle) {
        const had = byWeek.get(x.week) ?? { count: 0, cents: 0 };
        byWeek.set(x.week, { count: had.count + 1, cents: had.cents + (x.pay.amount ?? 0) });
      }
      const named = workweeksNamed([...byWeek].map(([week, b]) => ({ week, detail: b.count === 1 ? money(b.cents) : `${b.count} payments, ${money(b.cents)}` })));
      lead = `${idle.length} payments of this period fall in ${workweekCount(idle)} in which it has no hours worked, ${named}`;
      effect = [
        alone.length > 0 ? `in ${alone.length === idle.length ? 'each of those workweeks' : workweeksNamed(alone.map((x) => x.week))} no hours were worked: ${effectIn(false, false)}` : null,
        shared.length > 0 ? `in ${shared.length === idle.length ? 'each of those workweeks' : workweeksNamed(shared.map((x) => x.week))} this period has no hours worked: ${effectIn(true, false)}` : null,
      ]
        .filter((t) => t !== null)
        .join('; ');
    }
    out.push({
      path: `laborPeriods.${i}.wagesPaid.payments.${first.j}.date`,
      code: 'pay-without-hours',
      message: `${lead}${idle.length === 1 ? ': ' : '. '}${idle.length === 1 ? effect : effect.charAt(0).toUpperCase() + effect.slice(1)}. A payment is credited to the workweek that contains its date (29 C.F.R. § 778.104); if it paid for the work of other workweeks (wages handed over after the week worked, or a month’s pay at once), give it a date in the workweek it paid for, or one payment in each workweek it paid for, and keep the record of when it was paid in the period’s evidence`,
    });
  });
  return out;
}

/**
 * Warning `pay-without-hours` at `wagesPaid.perWeek`: the weekly payment is credited, pro rata by
 * calendar days (paidByWeek), to a workweek that has days of the period but none of its hours: a
 * period that ends on the Sunday after a Monday-to-Saturday week (a Sunday workweek), starts on
 * the Saturday before a day off, or a daily log with a week of no work. The share credited there
 * pays for no work of its own: it lowers nothing (nothing owed that week; the worksheet shows it
 * as paid beyond the wages owed, and opposing counsel reads pay the worksheet left out) or is set
 * against another period's hours that week (29 C.F.R. § 778.103), lowering F for pay that was not
 * theirs. It was credited so without a word. Not changed by Harbor: which days the period covers
 * is the case's fact, and a weekly wage may pay for a week's calendar days (29 C.F.R.
 * § 541.602(b)(6)); the preparer is told where the share went and how to enter it instead.
 */
function perWeekWithoutHours(p: LaborPeriod, i: number, ws: Weekday, weekHours: ReadonlyMap<number, number>): RestitutionIssue | null {
  const perWeek = p.wagesPaid?.perWeek;
  if (perWeek === undefined || perWeek === null || perWeek <= 0) return null;
  const worked = new Set<number>();
  for (const d of periodDays(p, i)) if (d.hours > 0) worked.add(workweekStartOf(d.day, ws));
  const start = toDay(p.startDate);
  const end = toDay(p.endDate);
  const idle: { week: number; days: number; cents: number }[] = [];
  for (let w = workweekStartOf(start, ws); w <= end; w += 7) {
    if (worked.has(w)) continue;
    const days = Math.min(end, w + 6) - Math.max(start, w) + 1;
    const cents = days === 7 ? perWeek : perWeekCreditCents(perWeek, days);
    if (cents > 0) idle.push({ week: w, days, cents });
  }
  if (idle.length === 0) return null;
  const shareOf = (x: (typeof idle)[number]): string => (x.days === 7 ? `${money(x.cents)} (the whole week)` : `${money(x.cents)} (${x.days} ${x.days === 1 ? 'day' : 'days'} of 7)`);
  const withOthers = idle.filter((x) => (weekHours.get(x.week) ?? 0) > 0);
  const alone = idle.filter((x) => (weekHours.get(x.week) ?? 0) === 0);
  const lowersNothing = (where: string) => `nothing is owed ${where}, so it lowers nothing, and the worksheet shows it as paid beyond the wages owed`;
  const setAgainst = (where: string) => `it is set against the hours of the other labor periods ${where} (29 C.F.R. § 778.103), not against work of this period`;
  let lead: string;
  let effect: string;
  if (idle.length === 1) {
    const x = idle[0]!;
    const others = withOthers.length > 0;
    lead = `the weekly payment of ${money(perWeek)} is credited ${shareOf(x)} to the workweek of ${longDate(fromDay(x.week))}, a workweek with days of this period in which ${others ? 'this period has no hours worked' : 'no hours were worked'}`;
    effect = others ? setAgainst('in that workweek') : lowersNothing('that week');
  } else {
    // Every such workweek by name, with its share (a daily log's weeks without entries are any of
    // the period's weeks: naming the first alone left the preparer to find the others).
    // Consecutive workweeks credited the same share are one run (week-names.ts).
    const named = workweeksNamed(idle.map((x) => ({ week: x.week, detail: x.days === 7 ? `${money(x.cents)}, the whole week` : `${money(x.cents)}, ${x.days} ${x.days === 1 ? 'day' : 'days'} of 7` })));
    lead = `the weekly payment of ${money(perWeek)} is credited to ${idle.length} workweeks with days of this period but none of its hours, ${named}`;
    effect = [
      alone.length > 0 ? `in ${alone.length === idle.length ? 'each' : workweeksNamed(alone.map((x) => x.week))} no hours were worked: ${lowersNothing('there')}` : null,
      withOthers.length > 0 ? `in ${withOthers.length === idle.length ? 'each' : workweeksNamed(withOthers.map((x) => x.week))} this period has no hours worked: ${setAgainst('there')}` : null,
    ]
      .filter((t) => t !== null)
      .join('; ');
  }
  // A workweek with none of the period's hours between two with some (a daily log without entries
  // that week, or its entries of 0): either a week off, for which the weekly payment may not have
  // been made, or days missing from the log, whose hours are then not counted.
  const firstWorked = Math.min(...worked);
  const lastWorked = Math.max(...worked);
  const inside = idle.filter((x) => x.week > firstWorked && x.week < lastWorked);
  const edge = idle.length - inside.length;
  const advice = [
    edge > 0 ? 'if the work began or ended on another day, give that day as the period’s start or end date' : null,
    inside.length > 0
      ? `a workweek between two with hours of the period and none of its own (${inside.length === idle.length && idle.length > 1 ? 'each of these' : workweeksNamed(inside.map((x) => x.week))}) is one the victim did not work, or one whose days are missing from the ${p.days && p.days.length > 0 ? 'daily log' : 'hours given'}: if the victim worked then, add those days’ hours (they are not counted now); if not, and no weekly payment was made for it, end the period before it and begin another after it`
      : null,
    'if the pay of such a week was handed over for the work of other weeks, give it instead as dated payments in the workweeks it paid for',
  ].filter((t) => t !== null);
  return {
    path: `laborPeriods.${i}.wagesPaid.perWeek`,
    code: 'pay-without-hours',
    message: `${lead}${idle.length === 1 ? ': ' : '. '}${idle.length === 1 ? effect : effect.charAt(0).toUpperCase() + effect.slice(1)}. A weekly payment is credited to each workweek with a day of the period, pro rata by its days (29 C.F.R. § 541.602(b)(6)); ${advice.join('; ')}`,
  };
}

