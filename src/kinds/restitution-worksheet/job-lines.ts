// A week of two jobs or more valued on an agreed rate or a day rate, in the lines under the
// workweek table: its "Owed" by job, each job's pay credited to its own straight time (29 C.F.R.
// §§ 778.115, 778.419; overtime.ts, agreedWeek), and how the marked weeks were paid (payKinds),
// which the sentences written for an agreed hourly rate read. Split from regular-rate.ts in
// template 2.17.0, unchanged.
import type { WeekRow } from './flsa.js';
import { money } from '../kit/index.js';
import { Dec, formatHours, formatHoursNumber, formatRate } from './money.js';

/**
 * In a week valued on an agreed rate whose "owed" mixes jobs (`WeekRow.jobs`), the sum by job, so
 * that "Owed" can be rebuilt from the page: each job's hours, straight time at the minimum wage and
 * at its hours' rates, and pay; then each job's share of the hours up to 40 as counted (its straight
 * time × (hours − overtime) ÷ hours at the minimum wage, or at its hours' rates as far as its own
 * pay reached: max(Yj, min(paidj, Xj))), the overtime (1.5 × the straight time at the hours' rates ×
 * overtime ÷ hours, which is 1.5 × the regular rate × overtime) and their sum (overtime.ts,
 * agreedWeek; 29 C.F.R. §§ 778.115, 778.315, 778.419). Each job's pay goes to its own straight
 * time, so the week's total pay beside its total hours did not give "Owed": worked example 16 with
 * the cleaning job paid $150.00 owes $1,219.74, which the line did not let a reader rebuild.
 * Amounts to six decimals, as the regular rate; the sum is exact before the week's one rounding.
 * Empty in every other week.
 */
export function byJob(w: WeekRow): string {
  if (w.jobs === null || w.jobs.length === 0) return '';
  const hours = w.jobs.reduce((t, j) => t.plus(j.hours), new Dec(0));
  const upTo = hours.minus(w.overtimeHours);
  const agreedAll = w.jobs.reduce((t, j) => t.plus(j.agreedStraightCents), new Dec(0));
  const amount = (cents: Dec) => formatRate(cents, 6);
  const figures = w.jobs.map((j) => {
    // A job paid in the week without its hours there (pay-without-hours): its pay lowers nothing.
    if (j.hours === 0) return `period ${j.period + 1}, no hours worked, paid ${money(j.paidCents)}`;
    const mw = new Dec(j.minimumWageStraightCents);
    const agreed = new Dec(j.agreedStraightCents);
    const byDay = w.dayRates?.some((d) => d.period === j.period) ?? false;
    const straight = mw.equals(agreed) ? `straight time ${amount(mw)} at the minimum wage (no ${byDay ? 'day-rate pay' : 'agreed rate'} above it)` : `straight time ${amount(mw)} at the minimum wage and ${byDay ? `${amount(agreed)} as its day-rate pay` : `${amount(agreed)} at the agreed rate`}`;
    return `period ${j.period + 1}, ${hoursText(j.hours)}: ${straight}, paid ${money(j.paidCents)}`;
  });
  // Each job's share of the hours up to 40 as counted: max(Yj, min(paidj, Xj)).
  const counted = w.jobs.map((j) => {
    const y = new Dec(j.minimumWageStraightCents).times(upTo).dividedBy(hours);
    const x = new Dec(j.agreedStraightCents).times(upTo).dividedBy(hours);
    return Dec.max(y, Dec.min(new Dec(j.paidCents), x));
  });
  const shares = counted.map((c, k) => `${amount(c)} for period ${w.jobs![k]!.period + 1}`);
  const overtime = agreedAll.times(w.overtimeHours).times(3).dividedBy(2).dividedBy(hours);
  const h = formatHours(hours);
  // "the agreed rate" or "the day-rate pay", as the jobs of the week were paid (a week of a day-rate
  // job beside one paid by the hour read "at the agreed rate" of a job with none).
  const kinds = payKinds([w]);
  const at = kinds.hourly && kinds.daily ? 'at its agreed rate or day-rate pay' : kinds.daily ? 'at its day-rate pay' : 'at the agreed rate';
  return `. By job (each job’s pay is credited to its own straight time: 29 C.F.R. §§ 778.115, 778.419): ${figures.join('; ')}. Owed: for the hours up to 40, each job’s straight time × ${formatHours(upTo)} ÷ ${h}, at the minimum wage or ${at} as far as that job’s pay reached (${shares.join('; ')}); plus the overtime, 1.5 × ${amount(agreedAll)} × ${formatHours(new Dec(w.overtimeHours))} ÷ ${h} = ${amount(overtime)}; in all ${amount(counted.reduce((t, c) => t.plus(c), overtime))}, rounded to ${money(w.owedCents)}`;
}

/**
 * How the weeks marked "*" among `weeks` were paid: `hourly` when some hour's agreed rate is above
 * the minimum wage (a regular-rate hour at a rate that is none of the week's minimum wages),
 * `daily` when some hours were paid by the day (WeekRow.dayRates). The sentences written for an
 * agreed hourly rate name the day rate where that is what a week was paid at.
 */
export function payKinds(weeks: readonly WeekRow[]): { hourly: boolean; daily: boolean } {
  const marked = weeks.filter((w) => w.agreedRate);
  return {
    hourly: marked.some((w) => (w.dayRates === null && (w.regularRateHours ?? []).length > 0) || (w.regularRateHours ?? []).some((a) => !w.ratesCents.includes(a.rateCents))),
    daily: marked.some((w) => w.dayRates !== null),
  };
}

export function hoursText(h: number): string {
  return `${formatHoursNumber(h)} ${h === 1 ? 'hour' : 'hours'}`;
}
