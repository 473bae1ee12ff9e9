// Warning `pay-above-minimum-wage`: a period without a rate paid above the minimum wage an hour in a
// workweek with overtime, whose overtime is then valued too low (29 U.S.C. § 207(e); 29 C.F.R.
// § 778.109). Split from regular-rate.ts in template 2.17.0, unchanged.
import type { RestitutionComputed } from './compute.js';
import type { RestitutionIssue } from './codes.js';
import type { PeriodWeeks } from './period-weeks.js';
import { longDate, money } from '../kit/index.js';
import { Dec, formatHoursNumber, formatRate } from './money.js';
import type { RestitutionCase } from './schema.js';
import { fromDay, toDay } from './dates.js';
import { workweeksNamed } from './week-names.js';

/**
 * Warning `pay-above-minimum-wage`, one per period with no agreed rate: a workweek with overtime in
 * which the period's own wages paid were more than the straight time at the minimum wage for the
 * period's own hours that week. The victim was then paid above the minimum wage an hour in that
 * job, so the regular rate is above it (29 U.S.C. § 207(e); 29 C.F.R. § 778.109) and the overtime
 * valued on the minimum wage is too low: the preparer is asked for the agreed rate. (Such weeks
 * may also show wages "paid beyond the wages owed in its workweek", which the worksheet drops.)
 * Each period's pay is set against its own hours, not the week's: with two jobs in a week (two
 * periods on the same days, overlaps.ts) the week's pay over the week's hours warned on a job
 * paid nothing because the other paid well, and never on a job without a rate whose week's
 * overtime was valued on the other job's agreed rate (`WeekRow.agreedRate`), though its own hours
 * still count at the minimum wage in that regular rate. `periods`: each period's own weeks, pay
 * and lump sums (period-weeks.ts).
 */
export function payAboveMinimumWageWarnings(c: RestitutionCase, computed: RestitutionComputed, periods: readonly PeriodWeeks[]): RestitutionIssue[] {
  const out: RestitutionIssue[] = [];
  const overtimeWeeks = new Set(computed.weeks.filter((w) => w.overtimeHours > 0).map((w) => toDay(w.weekStart)));
  if (overtimeWeeks.size === 0) return out;
  c.laborPeriods.forEach((p, i) => {
    // A day rate gives the regular rate itself (29 C.F.R. § 778.112): no rate is missing.
    if (p.agreedRate !== null && p.agreedRate !== undefined) return;
    if (p.dayRate !== null && p.dayRate !== undefined) return;
    const { own, paid, lumps: lumpWeeks } = periods[i]!;
    const lumps = new Set(lumpWeeks.map((l) => l.week));
    const weeks: { start: number; paidCents: number; hours: number }[] = [];
    for (const [start, w] of own) {
      const paidCents = paid.get(start) ?? 0;
      // Straight time in ten-thousandths of a cent against pay in cents: both exact integers.
      // A week with pay and none of the period's hours tells no rate: pay-without-hours (credits.ts).
      // A lump sum for several weeks (lump-sums.ts) tells no rate either: warned as such.
      if (overtimeWeeks.has(start) && w.hours > 0 && paidCents * 10_000 > w.straight && !lumps.has(start)) weeks.push({ start, paidCents, hours: w.hours / 10_000 });
    }
    if (weeks.length === 0) return;
    const w = weeks[0]!;
    const perHour = formatRate(new Dec(w.paidCents).dividedBy(w.hours), 2);
    out.push({
      path: `laborPeriods.${i}.agreedRate`,
      code: 'pay-above-minimum-wage',
      // Every such workweek named (week-names.ts), the first with its figures: naming the first
      // alone left the preparer to recompute which of a year's weeks the count meant.
      message: `in ${weeks.length === 1 ? 'one workweek' : `${weeks.length} workweeks`} with overtime the victim was paid more than the minimum wage an hour for this period’s work (${weeks.length === 1 ? 'the week of' : `${workweeksNamed(weeks.map((x) => x.start))}; the first, the week of`} ${longDate(fromDay(w.start))}: ${money(w.paidCents)} for ${formatHoursNumber(w.hours)} ${w.hours === 1 ? 'hour' : 'hours'}${c.laborPeriods.length > 1 ? ' of this period' : ''}, about ${perHour} an hour), and the overtime is valued on the minimum wage for these hours: if the victim was hired at or paid a rate above it, give that rate here, and overtime is owed at one and one-half times it (29 U.S.C. § 207(e); 29 C.F.R. § 778.109); if paid by the piece, the regular rate is the week’s piece earnings divided by its hours (29 C.F.R. § 778.111(a)), here about ${perHour}: given here, it owes half that rate again for each hour over 40 beside the piece pay`,
    });
  });
  return out;
}
