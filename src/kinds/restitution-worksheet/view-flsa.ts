// The worksheet's workweek table and F's rows: each workweek's figures, the totals row, the lines
// under the table, the credits and liquidated damages, and F without state rates where it differs
// (view.ts assembles the worksheet from this module and its siblings).
import type { RestitutionComputed } from './compute.js';
import type { FlsaTotals, WeekRow } from './flsa.js';
import { andList, capitalize, counted, longDate, money, shortDate } from '../kit/index.js';
import { fromDay, toDay } from './dates.js';
import { FEDERAL_RATES } from './wage-table.js';
import { Dec, formatHoursNumber, formatRate, formatRateCents, formatTenThousandths } from './money.js';
import { tenThousandths } from './overtime.js';
import type { RestitutionCase } from './schema.js';
import { noStateRateHigher, stateRateNoEffect, stateRatesChangeF } from './rates.js';
import { liquidatedRows } from './liquidated.js';
import { payKinds } from './job-lines.js';

const hours = formatHoursNumber;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function weekRow(w: WeekRow) {
  // A week whose overtime is valued on an agreed rate shows that regular rate, marked "*" (the
  // table's note): the column says which rate the overtime of every week uses, on one line.
  const minimum = w.ratesCents.map(formatRateCents).join(' / ');
  const rates = w.agreedRate && w.regularRateCents !== null ? `${formatRate(new Dec(w.regularRateCents), 6)}*` : minimum;
  return {
    weekOf: shortDate(w.weekStart),
    hours: hours(w.hours),
    overtime: w.overtimeExempt && w.hoursOver40 > 0 ? 'exempt' : hours(w.overtimeHours),
    rates,
    owed: money(w.owedCents),
    paid: money(w.paidCents),
    unpaid: money(w.unpaidCents),
  };
}

/** The workweek table: its rows, totals and the lines under it. */
export function workweekRows(computed: RestitutionComputed) {
  const f = computed.flsa;
  // Exact sums in ten-thousandths of an hour (every week's hours have at most four decimals).
  const totalHours = computed.weeks.reduce((t, w) => t + tenThousandths(w.hours), 0);
  const totalOt = computed.weeks.reduce((t, w) => t + tenThousandths(w.overtimeHours), 0);
  const straddling = computed.rateLines;
  return {
  weekStartDay: cap(computed.settings.workweekStart),
  weeks: computed.weeks.map(weekRow),
  weekCount: computed.weeks.length,
  // The table's lead-in: "Two workweeks, each beginning", but "One workweek, beginning" (a period
  // of a few days printed "One workweek, each beginning on a Wednesday").
  weeksLead: computed.weeks.length === 1 ? 'One workweek, beginning' : `${capitalize(counted(computed.weeks.length, 'workweek'))}, each beginning`,
  hasExemptWeeks: computed.weeks.some((w) => w.overtimeExempt && w.hoursOver40 > 0),
  hasAgreedWeeks: computed.weeks.some((w) => w.agreedRate),
  // A week marked "*" for a day rate: its regular rate is the week's own (29 C.F.R. § 778.112).
  hasDayRateWeeks: computed.weeks.some((w) => w.agreedRate && w.dayRates !== null),
  // Some week marked "*" has hours at an agreed hourly rate (not only hours paid by the day): the
  // table's note and the credits' row speak of "an agreed hourly rate" only then. A case with a
  // day rate alone read of "an agreed hourly rate" it did not have (template 2.17.0).
  hasHourlyAgreedWeeks: payKinds(computed.weeks).hourly,
  // Some week has hours paid by the day, marked or not: each has a line under the table.
  hasDayRateLines: computed.weeks.some((w) => w.dayRates !== null),
  weekTotals: {
    hours: formatTenThousandths(totalHours),
    overtime: formatTenThousandths(totalOt),
    owed: money(f.owedCents),
    paid: money(f.paidCents),
    unpaid: money(f.unpaidCents),
  },
  straddling: straddling.length > 0 ? straddling : null,
  // Some week's line gives its owed by job (a week of two jobs valued on an agreed rate,
  // WeekRow.jobs): the list's heading names jobs too, since such a week may have one rate.
  straddlingJobs: computed.weeks.some((w) => w.jobs !== null),
  };
}

/** F's rows: credits, liquidated damages, and F without state rates where it differs. */
export function flsaRows(c: RestitutionCase, computed: RestitutionComputed) {
  const f = computed.flsa;
  const overpaid = overpaidCents(f);
  // The figure without state rates is printed only when a state rate was used on a day worked;
  // otherwise it is F itself, and the worksheet says no state rate was higher.
  // When F is the same without them (agreed rates or wages paid decided every week), one
  // sentence says so instead (stateRatesChangeF).
  const fed = stateRatesChangeF(computed) ? computed.flsaFederalOnly! : null;
  return {
  flsa: {
    owed: money(f.owedCents),
    paid: money(f.paidCents),
    // The row that makes the column add up for a reader checking it (overpaidCents).
    excess: overpaid > 0 ? money(overpaid) : null,
    unpaid: money(f.unpaidCents),
    ...liquidatedRows(computed.settings.liquidatedDamages, f),
    withoutLd: money(f.totalWithoutLiquidatedDamagesCents),
    withLd: money(f.totalWithLiquidatedDamagesCents),
    total: money(f.totalCents),
  },
  federalOnly: fed
    ? {
        ...federalOnlyLabels(c, f.totalCents),
        rates: federalRatesText(c),
        rateLines: (computed.federalOnlyRateLines ?? []).length > 0 ? computed.federalOnlyRateLines! : null,
        unpaid: money(fed.unpaidCents),
        withoutLd: money(fed.totalWithoutLiquidatedDamagesCents),
        withLd: money(fed.totalWithLiquidatedDamagesCents),
        total: money(fed.totalCents),
      }
    : null,
  noStateRateHigher: !computed.flsaFederalOnly
    ? null
    : !computed.ratesUsed.state
    ? noStateRateHigher(c.settings)
    : fed === null
    ? stateRateNoEffect(c.settings, money(f.totalCents))
    : null,
  };
}

/**
 * Cents paid beyond the wages owed in their own workweek. They are not carried to another week
 * (29 C.F.R. §§ 776.4, 778.104), so owed − paid is not the unpaid total: owed − paid + this =
 * unpaid. 0 when no week was overpaid.
 */
function overpaidCents(f: FlsaTotals): number {
  return f.paidCents - (f.owedCents - f.unpaidCents);
}

/**
 * The words of the figure without state rates. It drops the state table only and keeps the case's
 * custom rates (README, "Custom rates"), so it is "the federal rate" only when there are none.
 */
export function federalOnlyLabels(c: RestitutionCase, withStateCents: number): { intro: string; suffix: string; totalLabel: string } {
  const custom = c.settings.customRates.length > 0;
  return {
    intro: `With state minimum wages where higher, F is ${money(withStateCents)}. ${custom ? 'Without state minimum wages, keeping the additional minimum wages' : 'At the federal minimum wage alone'}, the same computation gives:`,
    suffix: custom ? 'without state rates' : 'federal rate',
    totalLabel: custom ? 'F without state rates, additional minimum wages kept (the alternative)' : 'F at the federal rate (the alternative)',
  };
}

/**
 * The federal minimum wages in force on the days of the labor, for the figure without state rates:
 * with the state setting on, the rule on the minimum wage names no federal rate ("the higher of the
 * federal minimum wage … and the minimum wage of the state"), so that figure was printed with no
 * rate a reader could check it by; across a federal raise (July 24, 2009) its weeks could not be
 * rebuilt at all (worksheet 2.24.0; review-r59.test.ts, worked example 40). "$6.55 an hour to July
 * 23, 2009 and $7.25 an hour from July 24, 2009 (29 U.S.C. § 206(a)(1))".
 */
export function federalRatesText(c: RestitutionCase): string | null {
  if (c.laborPeriods.length === 0) return null;
  const first = c.laborPeriods.reduce((m, p) => (p.startDate < m ? p.startDate : m), c.laborPeriods[0]!.startDate);
  const last = c.laborPeriods.reduce((m, p) => (p.endDate > m ? p.endDate : m), c.laborPeriods[0]!.endDate);
  const steps = FEDERAL_RATES.filter((r, k) => r.effectiveDate <= last && (FEDERAL_RATES[k + 1]?.effectiveDate ?? '9999-12-31') > first);
  if (steps.length === 0) return null;
  const parts = steps.map((r, k) => {
    const next = steps[k + 1];
    // A rate that took effect after the first day of labor (the table's first, September 1, 1997,
    // before which work needs an additional minimum wage: rules.ts, no-rate-table) says its date.
    const from = k > 0 || r.effectiveDate > first ? ` from ${longDate(r.effectiveDate)}` : '';
    const to = next ? ` to ${longDate(fromDay(toDay(next.effectiveDate) - 1))}` : '';
    return `${money(r.rateCents)} an hour${from}${k === 0 ? to : ''}`;
  });
  return `The federal minimum wage on the days of the labor: ${andList(parts)} (29 U.S.C. § 206(a)(1)).`;
}
