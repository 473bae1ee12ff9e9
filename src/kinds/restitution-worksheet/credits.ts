// Wages actually paid, credited per workweek with no carry-over (29 C.F.R. §§ 776.4, 778.104): an
// overpaid week does not reduce another week's shortfall. Unpaid = max(0, owed − paid) per week.
// Room and board are never credited here: a credit needs the actual cost and voluntary,
// uncoerced acceptance (29 C.F.R. §§ 531.3, 531.30), which the case data does not (and trafficking
// rarely can) establish.
import { toDay, workweekStartOf, type Weekday } from './dates.js';
import { sumCents } from './money.js';
import type { LaborPeriod } from './schema.js';

/**
 * Cents paid in each workweek (keyed by the week's first day number): a period's `perWeek`
 * is credited to every workweek that contains a day of the period; each payment to the workweek
 * containing its date.
 */
export function paidByWeek(periods: readonly LaborPeriod[], weekStart: Weekday): Map<number, number> {
  const paid = new Map<number, number>();
  const credit = (week: number, cents: number) => paid.set(week, sumCents([paid.get(week) ?? 0, cents])); // checked: exact cents
  for (const p of periods) {
    const perWeek = p.wagesPaid?.perWeek;
    if (perWeek !== undefined && perWeek !== null && perWeek > 0) {
      const first = workweekStartOf(toDay(p.startDate), weekStart);
      const last = workweekStartOf(toDay(p.endDate), weekStart);
      for (let w = first; w <= last; w += 7) credit(w, perWeek);
    }
    for (const pay of p.wagesPaid?.payments ?? []) credit(workweekStartOf(toDay(pay.date), weekStart), pay.amount ?? 0); // required (rules.ts)
  }
  return paid;
}

/** Unpaid wages of one week: never negative, never carried to another week. */
export function unpaidCents(owedCents: number, paidCents: number): number {
  return Math.max(0, owedCents - paidCents);
}
