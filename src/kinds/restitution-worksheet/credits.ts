// Wages actually paid, credited per workweek with no carry-over (29 C.F.R. §§ 776.4, 778.104): an
// overpaid week does not reduce another week's shortfall. Unpaid = max(0, owed − paid) per week.
// Room and board are never credited here: a credit needs the actual cost and voluntary,
// uncoerced acceptance (29 C.F.R. §§ 531.3, 531.30), which the case data does not (and trafficking
// rarely can) establish.
import { toDay, workweekStartOf, type Weekday } from './dates.js';
import { Dec, roundCents, sumCents } from './money.js';
import type { LaborPeriod } from './schema.js';

/**
 * The credit of a weekly payment (`perWeek`, `weeklyCents` cents a week) in one workweek of its period:
 * `weeklyCents × days ÷ 7`, where `days` (1–7) is how many of the workweek's seven days fall inside
 * the period, rounded half-up to the cent once. A whole workweek gets the weekly amount; a
 * partial first or last week (a period that starts or ends mid-week) gets the share of the week
 * the period covers. A weekly wage pays for a week: nothing in the case says a full week's pay
 * was handed over for two days, and the regulation on weekly salaries allows "a proportionate
 * part" in the initial and terminal week (29 C.F.R. § 541.602(b)(6)). Crediting the full amount
 * lowered the unpaid wages, so F and the total, on no evidence (README, "Payments"). What was
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

/** Unpaid wages of one week: never negative, never carried to another week. */
export function unpaidCents(owedCents: number, paidCents: number): number {
  return Math.max(0, owedCents - paidCents);
}
