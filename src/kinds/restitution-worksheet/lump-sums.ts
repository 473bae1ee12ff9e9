// Pay worth several weeks' pay in one workweek (warning `lump-sum-payment`): a month's pay handed
// over on the 1st, in a week with hours, or a month's pay given as the weekly payment. A payment
// is credited to the workweek that contains its date and never beyond the wages owed there (29 C.F.R. §§ 776.4, 778.104): the rest
// lowers nothing, and `pay-above-minimum-wage` read the sum as an hourly rate ("$1,200.00 for 60
// hours, about $20.00 an hour") and asked for a rate that was never agreed. Only the preparer
// knows which weeks such a payment paid for, so Harbor does not spread it; it says how to enter
// it (docs/domain/restitution-worksheet-pay.md, "Wages actually paid").
import type { RestitutionComputed } from './compute.js';
import type { RestitutionIssue } from './codes.js';
import type { RateSegment, WeekRow } from './flsa.js';
import { tenThousandths } from './overtime.js';
import { periodDays } from './workweeks.js';
import { longDate, money } from '../kit/index.js';
import { Dec, formatHoursNumber, formatRate, formatRateCents, roundCents } from './money.js';
import type { LaborPeriod, RestitutionCase } from './schema.js';
import type { PeriodWeeks } from './period-weeks.js';
import { fromDay, toDay, workweekStartOf, type Weekday } from './dates.js';
import { workweeksNamed } from './week-names.js';

/**
 * How many times a week's minimum-wage pay one week's dated payments must reach to be read as
 * pay of several weeks: twice. Pay of two weeks or more in one is either a lump sum (most
 * trafficking victims paid at all are paid below the minimum wage) or a rate of at least twice
 * the minimum wage; the warning names both and how to enter each, so a true high rate costs the
 * preparer a second look, while a lump sum read as a rate overstated F and misled the preparer.
 */
const LUMP_FACTOR = 2;

/**
 * A period's own hours and straight time in one workweek (ten-thousandths): `straight` at the
 * minimum wage applied, `paidRateStraight` at the higher of it and the period's agreed rate (the
 * same without one), the straight time of a week's pay at the rate the victim was paid. For a
 * period paid by the day it is the day-rate pay, the day rate × `days` (its days with hours that
 * week), or the minimum-wage straight time where higher (29 C.F.R. §§ 778.112, 778.107): a day
 * rate of $200.00 for days of 8 hours is $25.00 an hour, and a week's $1,000.00 at it was warned
 * as "3.44 times the minimum-wage pay" and the preparer told to give $25.00 as an agreedRate, which
 * the period's day rate refuses (`agreed-and-day-rate`).
 */
export interface OwnWeek {
  hours: number;
  straight: number;
  paidRateStraight: number;
  days: number;
}

/**
 * A period's own hours (ten-thousandths of an hour) and straight time at the minimum wage applied
 * and at the rate paid (ten-thousandths of a cent) in each workweek, by the week's first day
 * number, in date order. The rate of each day is the one F applied to it (`segments`,
 * computed.periodRates[i], which cover every day of the period).
 */
export function ownWeeks(p: LaborPeriod, i: number, segments: readonly RateSegment[], ws: Weekday): Map<number, OwnWeek> {
  const out = new Map<number, OwnWeek>();
  const spans = segments.map((s) => [toDay(s.startDate), toDay(s.endDate), s.rateCents] as const);
  const agreed = p.agreedRate ?? 0;
  let k = 0;
  for (const d of periodDays(p, i)) {
    while (k < spans.length - 1 && d.day > spans[k]![1]) k++;
    const rate = spans[k]?.[2] ?? 0;
    const h = tenThousandths(d.hours);
    const start = workweekStartOf(d.day, ws);
    const w = out.get(start) ?? { hours: 0, straight: 0, paidRateStraight: 0, days: 0 };
    w.hours += h;
    w.straight += h * rate;
    w.paidRateStraight += h * Math.max(rate, agreed);
    if (h > 0) w.days++;
    out.set(start, w);
  }
  // A day rate is the straight time of all the week's hours (29 C.F.R. § 778.112), the minimum
  // wage's where that is higher (§ 778.107): as overtime.ts (periodStraights) values the week.
  const byDay = p.dayRate ?? 0;
  if (byDay > 0) for (const w of out.values()) w.paidRateStraight = Math.max(w.straight, byDay * w.days * 10_000);
  return out;
}

/**
 * A week's pay at the rate the period was paid, in cents (exact): straight time at the minimum
 * wage applied, or at the agreed rate where higher, plus the half-time premium on its own hours
 * over 40 (29 U.S.C. § 207(a)(1); the weighted average of 29 C.F.R. § 778.115), none for an
 * exempt period. Against the agreed rate where the case gives one: a victim who was paid that
 * rate is paid twice the minimum wage or more without any lump sum, and the preparer who gave the
 * rate, as the warning asked, was warned again.
 */
function weekPayAtRate(w: OwnWeek, exempt: boolean): Dec {
  const straight = new Dec(w.paidRateStraight).dividedBy(10_000);
  const over = Math.max(0, w.hours - 400_000);
  if (exempt || over === 0 || w.hours === 0) return straight;
  return straight.plus(straight.times(over).dividedBy(2 * w.hours));
}

/**
 * A period's pay credited in each workweek (cents): its weekly payment's share and its dated
 * payments (`paid`, paidByWeek of the period alone), and, of the dated ones, their sum and the
 * index of the week's first.
 */
function payByWeek(p: LaborPeriod, ws: Weekday, paid: ReadonlyMap<number, number>): Map<number, { cents: number; dated: number; first: number | null }> {
  const out = new Map<number, { cents: number; dated: number; first: number | null }>();
  for (const [week, cents] of paid) out.set(week, { cents, dated: 0, first: null });
  (p.wagesPaid?.payments ?? []).forEach((pay, j) => {
    const had = out.get(workweekStartOf(toDay(pay.date), ws))!; // paidByWeek credited it
    had.dated += pay.amount ?? 0;
    had.first ??= j;
  });
  return out;
}

/** A workweek whose pay is twice or more the week's pay at the rate paid, and why. */
export interface LumpWeek {
  week: number;
  /** The period's pay credited that week (cents), and of it the dated payments. */
  cents: number;
  dated: number;
  first: number | null;
  /** The weekly payment's share alone reaches the line: the weekly amount is several weeks' pay. */
  weekly: boolean;
}

/**
 * The workweeks in which a period's pay is at least LUMP_FACTOR times the pay of its own hours at
 * the rate paid (weekPayAtRate), in date order. Weeks without its hours are `pay-without-hours`'s.
 * The pay counted is all the period's pay credited to the week, its weekly payment's share as
 * well as its dated payments: a $800.00 payment on top of $300.00 a week was $1,100.00 in one
 * week, which `pay-above-minimum-wage` read as an hourly rate while this warning, looking at the
 * $800.00 alone, said nothing. A week of dated payments is kept only when the period has at least
 * as many workweeks with hours and no dated payment as such weeks (a month's pay at once leaves
 * three weeks without, a fortnight's one), or when it is twice or more the median of the
 * period's pay in its weeks with hours and dated payments ($100.00 a week and $2,000.00 once): a
 * victim paid every week at twice the minimum wage or more leaves no week without and no week
 * above the others, and that is a rate (`pay-above-minimum-wage` asks for it), not pay of
 * several weeks. A weekly payment (`perWeek`) whose share alone reaches the line is one too: a
 * month's pay typed as a week's is credited every week and wipes out F. `paid` is the period's pay
 * credited to each workweek (paidByWeek of the period alone).
 */
export function lumpSums(p: LaborPeriod, own: ReadonlyMap<number, OwnWeek>, ws: Weekday, paid: ReadonlyMap<number, number>): LumpWeek[] {
  const exempt = p.exemption !== undefined && p.exemption !== 'none';
  const perWeek = p.wagesPaid?.perWeek ?? 0;
  const pay = payByWeek(p, ws, paid);
  const weekly: LumpWeek[] = [];
  const dated: LumpWeek[] = [];
  let withoutDated = 0;
  for (const [week, w] of own) {
    if (w.hours === 0) continue;
    const got = pay.get(week);
    if (!got || got.dated <= 0) withoutDated++;
    if (!got || got.cents <= 0) continue;
    const line = weekPayAtRate(w, exempt).times(LUMP_FACTOR);
    if (!new Dec(got.cents).gte(line)) continue;
    const share = got.cents - got.dated;
    const isWeekly = perWeek > 0 && new Dec(share).gte(line);
    if (!isWeekly && got.dated <= 0) continue;
    (isWeekly ? weekly : dated).push({ week, ...got, weekly: isWeekly });
  }
  // A week stands out from the period's usual pay when it is twice or more the median of the
  // period's pay in its weeks with hours and a dated payment ($100.00 a week and $2,000.00 once).
  const usual = [...own].filter(([week, w]) => w.hours > 0 && (pay.get(week)?.dated ?? 0) > 0).map(([week]) => pay.get(week)!.cents);
  usual.sort((a, b) => a - b);
  const median = usual.length === 0 ? new Dec(0) : usual.length % 2 === 1 ? new Dec(usual[(usual.length - 1) / 2]!) : new Dec(usual[usual.length / 2 - 1]!).plus(usual[usual.length / 2]!).dividedBy(2);
  const kept = withoutDated >= dated.length ? dated : dated.filter((l) => new Dec(l.cents).gte(median.times(LUMP_FACTOR)));
  return [...weekly, ...kept].sort((a, b) => a.week - b.week);
}

/**
 * What the warning says a week's pay lowers: the week's pay beyond its wages owed lowers nothing
 * (29 C.F.R. § 778.104). Where another labor period has hours or pay in the same workweek (two
 * jobs), every period's pay is set against the wages owed for every period's hours (29 C.F.R.
 * § 778.103), so the figure is the week's, both its terms named as the worksheet's workweek table
 * prints them: a reader of this period's pay and of its own hours' pay alone would expect their
 * difference ($1,200.00 − $507.50) and find another. Where nothing is left over, this period's
 * pay beyond its own hours lowers the other job's shortfall instead, which is said. It said no
 * amount at all when another period paid that week, and an unexplained one when another period
 * only worked there. Per-period wages owed are not a figure of the FLSA in a shared week (its
 * overtime is on the hours of both jobs), so none is derived.
 */
function leftOver(row: WeekRow, own: OwnWeek, cents: number): string {
  const beyond = Math.max(0, row.paidCents - row.owedCents);
  const othersHours = tenThousandths(row.hours) > own.hours;
  const othersPay = row.paidCents > cents;
  if (!othersHours && !othersPay) return beyond > 0 ? `, so ${money(beyond)} of that week’s pay lowers nothing` : '';
  const what = othersHours && othersPay ? 'hours and pay' : othersHours ? 'hours' : 'pay';
  const week = `; that workweek has other labor periods’ ${what} too, and the pay of every period, ${money(row.paidCents)}, is set against the wages owed for every hour worked that week, ${money(row.owedCents)} (29 C.F.R. § 778.103)`;
  if (beyond > 0) return `${week}, so ${money(beyond)} of that week’s pay lowers nothing${othersHours ? ' and the rest pays for the hours of every period that week' : ''}`;
  return othersHours ? `${week}, so none of that week’s pay is left over: this period’s pay beyond its own hours lowers the other periods’ shortfall that week, not that of the weeks it paid for` : '';
}

/**
 * Warning `lump-sum-payment`, one per period: the count of such workweeks, every one named with its
 * pay (week-names.ts), the first with its figures; at
 * `wagesPaid.perWeek` when the weekly payment alone is several weeks' pay, else at the week's
 * first dated payment. `periods`: each period's own weeks and lump sums (period-weeks.ts).
 */
export function lumpSumWarnings(c: RestitutionCase, computed: RestitutionComputed, periods: readonly PeriodWeeks[]): RestitutionIssue[] {
  const rows = new Map(computed.weeks.map((w) => [toDay(w.weekStart), w]));
  const out: RestitutionIssue[] = [];
  c.laborPeriods.forEach((p, i) => {
    const { own, lumps } = periods[i]!;
    // A weekly payment is named at a whole week, where its share is the weekly amount itself.
    const weeklyAmount = p.wagesPaid?.perWeek ?? 0;
    const first = lumps.find((l) => l.weekly && l.cents - l.dated === weeklyAmount) ?? lumps.find((l) => l.weekly) ?? lumps[0];
    if (first === undefined) return;
    const w = own.get(first.week)!;
    const exempt = p.exemption !== undefined && p.exemption !== 'none';
    const base = weekPayAtRate(w, exempt);
    const agreed = p.agreedRate !== undefined && p.agreedRate !== null;
    const byDay = p.dayRate !== undefined && p.dayRate !== null;
    const hours = w.hours / 10_000;
    const hoursText = `${formatHoursNumber(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
    const times = new Dec(first.cents).dividedBy(base).toFixed(2, Dec.ROUND_DOWN);
    // The line is the pay at the rate the period was paid (weekPayAtRate): the agreed rate, the
    // day rate for the week's days worked (or the minimum wage where either is lower), else the
    // minimum wage. A period with a rate is not told to give one.
    const dayPay = byDay && w.paidRateStraight > w.straight;
    const payOf = agreed
      ? `pay at the agreed rate, ${formatRateCents(p.agreedRate!)}, of`
      : dayPay
      ? `pay at the day rate, ${formatRateCents(p.dayRate!)} × ${w.days === 1 ? 'one day' : `${w.days} days`} worked${w.hours > 400_000 && !exempt ? ' with the half-time on its regular rate for the hours over 40 (29 C.F.R. § 778.112)' : ''}, of`
      : byDay
      ? 'minimum-wage pay (above the day-rate pay for those days: 29 C.F.R. § 778.107) of'
      : 'minimum-wage pay of';
    const rated = agreed || byDay;
    const row = rows.get(first.week);
    const lost = row ? leftOver(row, w, first.cents) : '';
    const which = `the workweek of ${longDate(fromDay(first.week))}`;
    const rule = `A payment is credited to the workweek that contains its date, and a weekly payment to each workweek of its period, never beyond the wages owed there (29 C.F.R. §§ 776.4, 778.104)${lost}`;
    const rate = rated
      ? ''
      : `; if it was one week’s pay, the victim was paid about ${formatRate(new Dec(first.cents).dividedBy(hours), 2)} an hour: give that rate as this period’s agreedRate`;
    if (first.weekly) {
      const perWeek = p.wagesPaid!.perWeek!;
      const share = first.cents - first.dated;
      const shareTimes = new Dec(share).dividedBy(base).toFixed(2, Dec.ROUND_DOWN);
      const credited = share === perWeek ? '' : `, a partial week credited ${money(share)}`;
      // Every workweek where the weekly share alone is that much, named (week-names.ts).
      const weeklyWeeks = lumps.filter((l) => l.weekly);
      const everyWeek = weeklyWeeks.length > 1 ? `each of ${workweeksNamed(weeklyWeeks.map((l) => l.week))}` : 'each week';
      out.push({
        path: `laborPeriods.${i}.wagesPaid.perWeek`,
        code: 'lump-sum-payment',
        message: `the weekly payment, ${money(perWeek)}, is ${shareTimes} times the ${payOf} this period’s ${hoursText} in ${which}${credited} (${money(roundCents(base))}): pay of several weeks credited to ${everyWeek}. ${rule}. If ${money(perWeek)} was paid for two weeks or a month, give the pay of one week as perWeek, or each payment as a dated payment in the workweek it paid for${rated ? '' : `; if it was one week’s pay, the victim was paid about ${formatRate(new Dec(share).dividedBy(hours), 2)} an hour: give that rate as this period’s agreedRate`}`,
      });
      return;
    }
    const n = lumps.length;
    const lead =
      n === 1
        ? `in ${which} this period’s pay, ${money(first.cents)}, is ${times} times the ${payOf} its ${hoursText} that week (${money(roundCents(base))})`
        : `in ${n} workweeks this period’s pay is twice or more the ${payOf} its hours that week, ${workweeksNamed(lumps.map((l) => ({ week: l.week, detail: money(l.cents) })))}; the first, ${which}: ${money(first.cents)}, ${times} times the pay of its ${hoursText} (${money(roundCents(base))})`;
    out.push({
      path: `laborPeriods.${i}.wagesPaid.payments.${first.first}.date`,
      code: 'lump-sum-payment',
      message: `${lead}, while in other workweeks it has hours and no dated payment: pay of several weeks in one. ${rule}. If it paid for the work of several weeks (a month’s pay at once), give one payment in each workweek it paid for, dated in that week, with that week’s share, and keep the record of when it was paid in the period’s evidence${rate}`,
    });
  });
  return out;
}
