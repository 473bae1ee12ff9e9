// Dated payments worth several weeks' pay in one workweek (warning `lump-sum-payment`): a month's
// pay handed over on the 1st, in a week with hours. A payment is credited to the workweek that
// contains its date and never beyond the wages owed there (29 C.F.R. §§ 776.4, 778.104): the rest
// lowers nothing, and `pay-above-minimum-wage` read the sum as an hourly rate ("$1,200.00 for 60
// hours, about $20.00 an hour") and asked for a rate that was never agreed. Only the preparer
// knows which weeks such a payment paid for, so Harbor does not spread it; it says how to enter
// it (docs/domain/restitution-worksheet-flsa.md, "Wages actually paid").
import type { RestitutionComputed } from './compute.js';
import type { RestitutionIssue } from './codes.js';
import type { RateSegment } from './flsa.js';
import { tenThousandths } from './overtime.js';
import { periodDays } from './workweeks.js';
import { longDate, money } from '../kit/index.js';
import { Dec, formatHoursNumber, formatRate, roundCents } from './money.js';
import type { LaborPeriod, RestitutionCase } from './schema.js';
import { fromDay, toDay, workweekStartOf, type Weekday } from './dates.js';

/**
 * How many times a week's minimum-wage pay one week's dated payments must reach to be read as
 * pay of several weeks: twice. Pay of two weeks or more in one is either a lump sum (most
 * trafficking victims paid at all are paid below the minimum wage) or a rate of at least twice
 * the minimum wage; the warning names both and how to enter each, so a true high rate costs the
 * preparer a second look, while a lump sum read as a rate overstated F and misled the preparer.
 */
const LUMP_FACTOR = 2;

/** A period's own hours and straight time at the minimum wage in one workweek (ten-thousandths). */
export interface OwnWeek {
  hours: number;
  straight: number;
}

/**
 * A period's own hours (ten-thousandths of an hour) and straight time at the minimum wage applied
 * (ten-thousandths of a cent) in each workweek, by the week's first day number, in date order. The
 * rate of each day is the one F applied to it (`segments`, computed.periodRates[i], which cover
 * every day of the period).
 */
export function ownWeeks(p: LaborPeriod, i: number, segments: readonly RateSegment[], ws: Weekday): Map<number, { hours: number; straight: number }> {
  const out = new Map<number, { hours: number; straight: number }>();
  const spans = segments.map((s) => [toDay(s.startDate), toDay(s.endDate), s.rateCents] as const);
  let k = 0;
  for (const d of periodDays(p, i)) {
    while (k < spans.length - 1 && d.day > spans[k]![1]) k++;
    const rate = spans[k]?.[2] ?? 0;
    const h = tenThousandths(d.hours);
    const start = workweekStartOf(d.day, ws);
    const w = out.get(start) ?? { hours: 0, straight: 0 };
    w.hours += h;
    w.straight += h * rate;
    out.set(start, w);
  }
  return out;
}

/**
 * The minimum-wage pay of a period's own hours in one workweek, in cents (exact): straight time at
 * the minimum wage applied, plus the half-time premium on its own hours over 40 (29 U.S.C.
 * § 207(a)(1); the weighted average of 29 C.F.R. § 778.115), none for an exempt period.
 */
function minimumWagePay(w: OwnWeek, exempt: boolean): Dec {
  const straight = new Dec(w.straight).dividedBy(10_000);
  const over = Math.max(0, w.hours - 400_000);
  if (exempt || over === 0 || w.hours === 0) return straight;
  return straight.plus(straight.times(over).dividedBy(2 * w.hours));
}

/** Dated payments of a period summed by workweek (cents), and the index of each week's first payment. */
function paymentsByWeek(p: LaborPeriod, ws: Weekday): Map<number, { cents: number; first: number }> {
  const out = new Map<number, { cents: number; first: number }>();
  (p.wagesPaid?.payments ?? []).forEach((pay, j) => {
    const week = workweekStartOf(toDay(pay.date), ws);
    const had = out.get(week);
    out.set(week, { cents: (had?.cents ?? 0) + (pay.amount ?? 0), first: had?.first ?? j });
  });
  return out;
}

/**
 * The workweeks (first day numbers) in which a period's dated payments are at least LUMP_FACTOR
 * times the minimum-wage pay of its own hours. Weeks without its hours are `pay-without-hours`'s.
 */
export function lumpSumWeeks(p: LaborPeriod, own: ReadonlyMap<number, OwnWeek>, ws: Weekday): Set<number> {
  const exempt = p.exemption !== undefined && p.exemption !== 'none';
  const out = new Set<number>();
  for (const [week, pay] of paymentsByWeek(p, ws)) {
    const w = own.get(week);
    if (!w || w.hours === 0 || pay.cents <= 0) continue;
    if (new Dec(pay.cents).gte(minimumWagePay(w, exempt).times(LUMP_FACTOR))) out.add(week);
  }
  return out;
}

/** Warning `lump-sum-payment`, one per period: the count of such workweeks, the first named. */
export function lumpSumWarnings(c: RestitutionCase, computed: RestitutionComputed): RestitutionIssue[] {
  const ws = c.settings.workweekStart;
  const rows = new Map(computed.weeks.map((w) => [toDay(w.weekStart), w]));
  const out: RestitutionIssue[] = [];
  c.laborPeriods.forEach((p, i) => {
    const own = ownWeeks(p, i, computed.periodRates[i] ?? [], ws);
    const weeks = [...lumpSumWeeks(p, own, ws)].sort((a, b) => a - b);
    const start = weeks[0];
    if (start === undefined) return;
    const pay = paymentsByWeek(p, ws).get(start)!;
    const w = own.get(start)!;
    const mw = minimumWagePay(w, p.exemption !== undefined && p.exemption !== 'none');
    const hours = w.hours / 10_000;
    const times = new Dec(pay.cents).dividedBy(mw).toFixed(2, Dec.ROUND_DOWN);
    const row = rows.get(start);
    const beyond = row ? row.paidCents - row.owedCents : 0;
    const lost = beyond > 0 ? `, so ${money(beyond)} of that week’s pay lowers nothing` : '';
    const which = `the workweek of ${longDate(fromDay(start))}`;
    const lead =
      weeks.length === 1
        ? `in ${which} this period’s payments, ${money(pay.cents)}, are ${times} times the minimum-wage pay of its ${formatHoursNumber(hours)} ${hours === 1 ? 'hour' : 'hours'} that week (${money(roundCents(mw))})`
        : `in ${weeks.length} workweeks this period’s payments are twice or more the minimum-wage pay of its hours that week; the first, ${which}: ${money(pay.cents)}, ${times} times the pay of its ${formatHoursNumber(hours)} ${hours === 1 ? 'hour' : 'hours'} (${money(roundCents(mw))})`;
    const rate =
      p.agreedRate === undefined || p.agreedRate === null
        ? `; if it was that week’s pay alone, the victim was paid about ${formatRate(new Dec(pay.cents).dividedBy(hours), 2)} an hour: give that rate as this period’s agreedRate`
        : '';
    out.push({
      path: `laborPeriods.${i}.wagesPaid.payments.${pay.first}.date`,
      code: 'lump-sum-payment',
      message: `${lead}: pay of several weeks in one. A payment is credited to the workweek that contains its date and never beyond the wages owed there (29 C.F.R. §§ 776.4, 778.104)${lost}. If it paid for the work of several weeks (a month’s pay at once), give one payment in each workweek it paid for, dated in that week, with that week’s share, and keep the record of when it was paid in the period’s evidence${rate}`,
    });
  });
  return out;
}
