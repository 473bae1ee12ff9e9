// A workweek with hours paid by the day, in the lines under the workweek table: marked "*", its
// regular rate (the day-rate pay ÷ the hours, 29 C.F.R. § 778.112) and the sum that gives "Owed";
// not marked, why the day rate left it at the minimum wage (29 C.F.R. § 778.107, or no overtime).
// Split from regular-rate.ts in template 2.17.0, unchanged.
import type { WeekRow } from './flsa.js';
import { andList, counted, money } from '../kit/index.js';
import { Dec, formatHours, formatRate, formatRateCents } from './money.js';
import { byJob, hoursText } from './job-lines.js';

/**
 * A workweek valued on a day rate (marked "*"; WeekRow.dayRates): its regular rate and "Owed"
 * rebuilt from the page (29 C.F.R. § 778.112: the week's day-rate pay ÷ its hours is the regular
 * rate, and the hours over 40 are owed one-half of it beyond that pay). Each day-rate period's
 * pay is its day rate × its days with hours, or the minimum wage for its hours where that is
 * higher (§ 778.107); hours of a period paid by the hour count at their rates (§ 778.115). Then
 * owed = the hours up to 40 at the minimum wage or at that straight time as far as the week's
 * pay reached it, plus 1.5 × the regular rate × the overtime hours (overtime.ts, agreedWeek), one
 * rounding. "December 3, 2023: regular rate from the day-rate pay (marked “*”) $10.476190: $110.00 a day
 * × 6 days = $660.00 for 63 hours, ÷ 63 hours; owed: …, in all $780.476190, rounded to $780.48".
 * In a week of two jobs with pay (WeekRow.jobs) the owed is given by job (byJob) instead.
 */
export function dayRateWeekText(w: WeekRow): string {
  const amount = (cents: Dec) => formatRate(cents, 6);
  let straight = new Dec(0);
  const parts = w.dayRates!.map((d) => {
    const mw = new Dec(d.minimumWageStraightCents);
    const pay = `${formatRateCents(d.dayRateCents)} a day × ${counted(d.days, 'day')} = ${money(d.payCents)} for ${hoursText(d.hours)}`;
    if (mw.greaterThan(d.payCents)) {
      straight = straight.plus(mw);
      return `${pay}, less than the minimum wage for those hours, ${amount(mw)}, which counts instead (29 C.F.R. § 778.107)`;
    }
    straight = straight.plus(d.payCents);
    return pay;
  });
  for (const a of w.regularRateHours ?? []) {
    straight = straight.plus(new Dec(a.rateCents).times(a.hours));
    parts.push(`${formatRateCents(a.rateCents)} an hour for ${hoursText(a.hours)} paid by the hour`);
  }
  const hours = new Dec(w.hours);
  const h = formatHours(hours);
  const rr = formatRate(new Dec(w.regularRateCents!), 6);
  const head = `regular rate from the day-rate pay (marked “*”) ${rr}: ${parts.length > 1 ? `(${andList(parts)}) ÷ ${h} hours` : `${parts[0]}, ÷ ${h} hours`} (29 C.F.R. § 778.112)`;
  const rates = andList(w.ratesCents.map((r, k) => `${formatRateCents(r)} for ${(w.hoursAtRates[k] ?? 0) === 0 ? 'no hours worked' : hoursText(w.hoursAtRates[k]!)}`));
  if (w.jobs !== null) return `${head}; minimum wage ${rates}${byJob(w)}`;
  // One job's pay (overtime.ts, agreedWeek): max(Y, min(paid, X)) + O.
  const upTo = hours.minus(w.overtimeHours);
  const mwStraight = w.ratesCents.reduce((t, r, k) => t.plus(new Dec(r).times(w.hoursAtRates[k] ?? 0)), new Dec(0));
  const y = mwStraight.times(upTo).dividedBy(hours);
  const x = straight.times(upTo).dividedBy(hours);
  const counted40 = Dec.max(y, Dec.min(new Dec(w.paidCents), x));
  const overtime = straight.times(w.overtimeHours).times(3).dividedBy(2).dividedBy(hours);
  return `${head}; minimum wage ${rates}. Owed: the hours up to 40, straight time × ${formatHours(upTo)} ÷ ${h}, at the minimum wage (${amount(mwStraight)} × ${formatHours(upTo)} ÷ ${h} = ${amount(y)}) or at the day-rate pay as far as the week’s pay, ${money(w.paidCents)}, reached it (${amount(straight)} × ${formatHours(upTo)} ÷ ${h} = ${amount(x)}): ${amount(counted40)}; plus the overtime, 1.5 × ${amount(straight)} × ${formatHours(new Dec(w.overtimeHours))} ÷ ${h} = ${amount(overtime)}; in all ${amount(counted40.plus(overtime))}, rounded to ${money(w.owedCents)}`;
}

/**
 * A workweek with hours paid by the day that the day rate leaves at the minimum wage (not marked
 * "*"): no overtime (40 hours or less, or every hour in an exempt period), or day-rate pay not
 * above the minimum wage for its hours (29 C.F.R. § 778.107). "June 11, 2023: paid by the day, not
 * marked “*”: $110.00 a day × five days = $550.00 for 40 hours; no hours over 40, so the minimum
 * wage alone is owed (the FLSA does not guarantee the day-rate pay); minimum wage $7.25 for 40 hours".
 * Such a week had no line while its period's line said the day rate applies, and a reader could
 * not tell why its row showed the minimum wage.
 */
export function dayRateUnmarkedText(w: WeekRow): string {
  const parts = andList(w.dayRates!.map((d) => `${formatRateCents(d.dayRateCents)} a day × ${counted(d.days, 'day')} = ${money(d.payCents)} for ${hoursText(d.hours)}`));
  const below = w.dayRates!.filter((d) => new Dec(d.minimumWageStraightCents).greaterThanOrEqualTo(d.payCents));
  const why =
    w.overtimeHours === 0
      ? `${w.overtimeExempt && w.hoursOver40 > 0 ? 'the workweek is exempt from overtime' : 'no hours over 40'}, so the minimum wage alone is owed (the FLSA does not guarantee the day-rate pay)`
      : `day-rate pay not above the minimum wage for those hours (${andList(below.map((d) => formatRate(new Dec(d.minimumWageStraightCents), 6)))}), so the minimum wage is the regular rate (29 C.F.R. § 778.107)`;
  const rates = andList(w.ratesCents.map((r, k) => `${formatRateCents(r)} for ${(w.hoursAtRates[k] ?? 0) === 0 ? 'no hours worked' : hoursText(w.hoursAtRates[k]!)}`));
  const rr = w.ratesCents.length > 1 && w.regularRateCents !== null ? `; weighted-average regular rate ${formatRate(new Dec(w.regularRateCents), 6)}` : '';
  return `paid by the day, not marked “*”: ${parts}; ${why}; minimum wage ${rates}${rr}`;
}
