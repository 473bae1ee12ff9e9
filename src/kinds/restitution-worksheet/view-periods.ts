// The worksheet's lines for each labor period, in words: its dates, place, schedule, exemption,
// minimum wages by date, agreed rate, wages paid (with any figure in another currency), what was
// deducted from the pay and lodging (view.ts assembles the worksheet from this module and its siblings).
import type { RestitutionComputed } from './compute.js';
import { longDate } from '../kit/index.js';
import { formatHoursNumber, formatRateCents } from './money.js';
import { WEEKDAYS } from './dates.js';
import type { LaborPeriod, RestitutionCase } from './schema.js';
import { agreedRateText, dayRateText } from './period-rate-rows.js';
import { dailyLogText } from './daily-log.js';
import { JURISDICTION_NAMES } from './authorities.js';
import { withOriginal } from './conversion.js';
import { lodgingText } from './lodging.js';
import { deductionsText } from './deductions.js';

const hours = formatHoursNumber;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Inclusive dates in words: "July 19, 2009 to July 21, 2009", and one day once ("July 22, 2009"),
 * never "July 22, 2009 to July 22, 2009", which reads as a slip to a judge checking the rates.
 */
export function dateSpan(start: string, end: string): string {
  return start === end ? longDate(start) : `${longDate(start)} to ${longDate(end)}`;
}

/** "Monday 10 h; Tuesday 10 h" (days with hours only), or null without a schedule. */
export function scheduleText(p: LaborPeriod): string | null {
  if (!p.weeklySchedule) return null;
  const parts = WEEKDAYS.filter((d) => (p.weeklySchedule?.[d] ?? 0) > 0).map((d) => `${cap(d)} ${hours(p.weeklySchedule![d]!)} h`);
  return parts.length > 0 ? parts.join('; ') : 'no hours on any weekday';
}

const EXEMPTIONS: Record<LaborPeriod['exemption'], string> = {
  none: 'None: minimum wage and overtime',
  'live-in-domestic': 'Live-in domestic service, 29 U.S.C. § 213(b)(21): no overtime; minimum wage still due',
  'agriculture-213b12': 'Agriculture, 29 U.S.C. § 213(b)(12): no overtime; minimum wage still due',
  // Refused by the schema (exemption-not-computed); never reaches a worksheet.
  'agriculture-213a6': 'Agriculture, 29 U.S.C. § 213(a)(6): not computed',
};

/**
 * The period's exemption line. An exemption that removed no overtime (no workweek of the period
 * over 40 hours with every hour exempt, 29 C.F.R. § 780.11) is said to, so that the line agrees
 * with the workweek table, which shows the overtime owed; it is not an open legal choice.
 */
export function exemptionText(computed: RestitutionComputed, i: number, p: LaborPeriod): string {
  const e = computed.exemptions.find((x) => x.period === i);
  if (!e || e.overtimeRemovedWeeks.length > 0) return EXEMPTIONS[p.exemption];
  const why =
    e.mixedWeeks.length > 0
      ? 'each of its workweeks over 40 hours also has hours worked outside an exempt period, and a workweek is exempt only if every hour in it is (29 C.F.R. § 780.11)'
      : 'no workweek of this period is over 40 hours';
  return `${EXEMPTIONS[p.exemption]}. It removes no overtime here: ${why}.`;
}

export function wagesPaidText(p: LaborPeriod): string {
  const parts: string[] = [];
  const w = p.wagesPaid;
  // A weekly amount of $0.00 credits nothing: said so, not "$0.00 a week, credited in full".
  // A payment in another currency prints its amount there and the rate beside the dollars
  // credited, so the figure can be rebuilt (conversion.ts).
  if (w?.perWeek === 0) parts.push('Nothing paid by the week ($0.00 a week)');
  else if (w?.perWeek !== undefined && w.perWeek !== null) parts.push(`${withOriginal(w.perWeek, w.perWeekOriginal, ' a week')}, credited in full to each whole workweek of the period and pro rata by days (days ÷ 7) to a partial first or last week`);
  for (const pay of w?.payments ?? []) parts.push(withOriginal(pay.amount ?? 0, pay.original, ` paid ${longDate(pay.date)}`));
  return parts.length > 0 ? parts.join('; ') : 'None';
}

/** Each labor period's lines, in case order. */
export function periodRows(c: RestitutionCase, computed: RestitutionComputed) {
  return c.laborPeriods.map((p, i) => ({
      heading: `Period ${i + 1}${p.label ? `: ${p.label}` : ''}`,
      dates: p.startDate === p.endDate ? `${longDate(p.startDate)} (one day)` : `${dateSpan(p.startDate, p.endDate)} (inclusive)`,
      // The place by name, as the court reads it ("Guam"), not the USPS code the case gives ("GU").
      state: p.state ? (JURISDICTION_NAMES[p.state] ?? p.state) : null,
      schedule: scheduleText(p),
      dailyLog: dailyLogText(p),
      exemption: exemptionText(computed, i, p),
      rates: computed.periodRates[i]!.map(
        (s) => `${dateSpan(s.startDate, s.endDate)}: ${formatRateCents(s.rateCents)} an hour, ${s.citation}`,
      ),
      agreedRate: agreedRateText(c, computed, i),
      dayRate: dayRateText(c, computed, i),
      wagesPaid: wagesPaidText(p),
      deductions: deductionsText(p),
      lodging: lodgingText(p.lodgingOrMeals, c.defendants.length),
      description: p.description ?? null,
      evidence: p.evidence ?? null,
    }));
}
