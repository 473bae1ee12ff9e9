// The template context of the restitution worksheet. Handlebars runs in strict mode, so optional
// values are explicit nulls; every amount, date and sentence is formatted here, in tested
// TypeScript, so the template only places text (docs/markup.md).
import type { Issue } from '../../errors.js';
import type { Alternative, RestitutionComputed } from './compute.js';
import type { FlsaTotals, WeekRow } from './flsa.js';
import { longDate, money, shortDate } from '../kit/index.js';
import { Dec, formatHoursNumber, formatRate, formatRateCents, formatTenThousandths } from './money.js';
import { tenThousandths } from './overtime.js';
import { WEEKDAYS } from './dates.js';

export { longDate, shortDate };
import type { LaborPeriod, RestitutionCase } from './schema.js';
import { agreedRateText } from './regular-rate.js';
import { dailyLogAppendix, dailyLogText } from './daily-log.js';
import { assumptions, countedClause, roundingPolicy, rulesApplied } from './view-text.js';
import { exemptionName } from './exemption-text.js';
import { EDWARDS, JURISDICTION_NAMES } from './authorities.js';
import { exhibitList } from './exhibits.js';
import { banner, childStatus, identifierNote, liabilityNote, ninetyDayNote, payeeLine, sealNote, signatureBlock } from './filing.js';
import { exactGrossCents } from './gross-income.js';
import { originalAside, withOriginal } from './conversion.js';
import { lodgingText } from './lodging.js';
import { LOSS_CATEGORY_TITLES } from './losses.js';
import { noStateRateHigher, stateRateNoEffect, stateRatesChangeF } from './rates.js';
import { liquidatedRows } from './liquidated.js';

export const TITLE = 'Restitution Worksheet (18 U.S.C. § 1593)';

const hours = formatHoursNumber;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Inclusive dates in words: "July 19, 2009 to July 21, 2009", and one day once ("July 22, 2009"),
 * never "July 22, 2009 to July 22, 2009", which reads as a slip to a judge checking the rates.
 */
export function dateSpan(start: string, end: string): string {
  return start === end ? longDate(start) : `${longDate(start)} to ${longDate(end)}`;
}

/** What the greater-of sentence compares (18 U.S.C. § 1593(b)(3)). */
export interface GreaterOf {
  flsaCents: number;
  /** The G compared with F: labor only, or every line when pooled. */
  grossCents: number;
  /** Number of G lines compared (0: none claimed). */
  grossLines: number;
  /** Number of G lines of any source. */
  totalLines: number;
  pooled: boolean;
  /** False when the case gives no labor periods: there is no FLSA value, not an F of $0.00. */
  hasPeriods: boolean;
}

/**
 * The greater-of comparison in words: the sentence the court reads. With no G lines to compare it
 * says there are none rather than comparing with $0.00 (issue 15 point 8); with no labor periods
 * it says there is no FLSA value, rather than an FLSA value of $0.00.
 */
export function greaterOfSentence(x: GreaterOf): string {
  const law = '(18 U.S.C. § 1593(b)(3))';
  const G = x.pooled ? 'the gross income to the defendant, labor and commercial sex acts pooled' : 'the gross income to the defendant from the labor';
  const none =
    x.totalLines === 0
      ? 'No gross income or value to the defendant is claimed'
      : 'No gross income or value to the defendant from the labor is claimed (the income from commercial sex acts is added below)';
  if (!x.hasPeriods) {
    const noF = 'no labor periods were given, so there is no FLSA value (F) to compare';
    if (x.grossLines === 0) return `${none}, and ${noF}; restitution for labor is therefore $0.00.`;
    return `${cap(noF)}; restitution for labor is therefore ${G}, ${money(x.grossCents)} ${law}.`;
  }
  if (x.grossLines === 0) {
    // Periods were given, so F exists and is $0.00 (the wages credited cover what was owed, or no
    // hours were worked): "no FLSA value" is said only when there are no labor periods.
    if (x.flsaCents === 0) return `${none}, and the FLSA value is $0.00; restitution for labor is therefore $0.00 ${law}.`;
    return `${none}; restitution for labor is therefore the FLSA value, ${money(x.flsaCents)} ${law}.`;
  }
  if (x.flsaCents > x.grossCents) {
    return `The FLSA value, ${money(x.flsaCents)}, exceeds ${G}, ${money(x.grossCents)}; restitution for labor is therefore ${money(x.flsaCents)} ${law}.`;
  }
  if (x.grossCents > x.flsaCents) {
    return `${cap(G)}, ${money(x.grossCents)}, exceeds the FLSA value, ${money(x.flsaCents)}; restitution for labor is therefore ${money(x.grossCents)} ${law}.`;
  }
  return `The FLSA value and ${G} are equal, ${money(x.flsaCents)}; restitution for labor is therefore ${money(x.flsaCents)} ${law}.`;
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

const INCOME_FROM: Record<RestitutionCase['grossIncome'][number]['incomeFrom'], string> = {
  labor: 'Income from the victim’s labor',
  'commercial-sex-acts': 'Income from commercial sex acts',
};

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

export function view(c: RestitutionCase, computed: RestitutionComputed, warnings: Issue[]): Record<string, unknown> {
  // Warnings are for the preparer (check, render, the web app), never printed in the worksheet:
  // it is a filing (README, "Warnings").
  void warnings;
  const f = computed.flsa;
  const overpaid = overpaidCents(f);
  const pooled = computed.settings.commercialSexIncome === 'pooled';
  const hasSex = c.grossIncome.some((g) => g.incomeFrom === 'commercial-sex-acts');
  // The figure without state rates is printed only when a state rate was used on a day worked;
  // otherwise it is F itself, and the worksheet says no state rate was higher.
  // When F is the same without them (agreed rates or wages paid decided every week), one
  // sentence says so instead (stateRatesChangeF).
  const fed = stateRatesChangeF(computed) ? computed.flsaFederalOnly! : null;
  // Exact sums in ten-thousandths of an hour (every week's hours have at most four decimals).
  const totalHours = computed.weeks.reduce((t, w) => t + tenThousandths(w.hours), 0);
  const totalOt = computed.weeks.reduce((t, w) => t + tenThousandths(w.overtimeHours), 0);
  const straddling = computed.rateLines;
  return {
    title: TITLE,
    banner: banner(childStatus(c)),
    caption: {
      court: c.court?.name ?? null,
      docket: c.court?.docket ?? null,
      defendants: c.defendants,
      convictions: c.convictions && c.convictions.length > 0 ? c.convictions : null,
    },
    victim: {
      identifier: c.victim.identifier,
      minorNote: identifierNote(childStatus(c)),
      payee: payeeLine(c),
    },
    preparedOn: longDate(c.preparedOn),
    rules: rulesApplied(c, computed),
    roundingPolicy: roundingPolicy(c),
    hasPeriods: c.laborPeriods.length > 0,
    periods: c.laborPeriods.map((p, i) => ({
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
      wagesPaid: wagesPaidText(p),
      lodging: lodgingText(p.lodgingOrMeals, c.defendants.length),
      description: p.description ?? null,
      evidence: p.evidence ?? null,
    })),
    dailyLogs: dailyLogAppendix(c),
    weekStartDay: cap(computed.settings.workweekStart),
    weeks: computed.weeks.map(weekRow),
    weekCount: computed.weeks.length,
    hasExemptWeeks: computed.weeks.some((w) => w.overtimeExempt && w.hoursOver40 > 0),
    hasAgreedWeeks: computed.weeks.some((w) => w.agreedRate),
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
    gross: {
      lines: computed.grossIncome.lines.map((l, i) => {
        const g = c.grossIncome[i]!;
        const days = `${g.days} ${g.days === 1 ? 'day' : 'days'}`;
        // A figure given in another currency prints its original beside it (conversion.ts).
        const calc =
          l.method === 'acts'
            ? `${days} × ${hours(g.actsPerDay!)} ${g.actsPerDay === 1 ? 'act' : 'acts'} a day × ${withOriginal(g.pricePerAct!, g.original)}`
            : l.method === 'daily-earnings'
              ? `${days} × ${withOriginal(g.dailyEarnings!, g.original, ' a day')}`
              : 'amount';
        return {
          no: i + 1,
          label: l.label,
          source: INCOME_FROM[l.incomeFrom],
          calc: `${calc} = ${grossText(g, l.grossCents)}${l.method === 'amount' ? originalAside(g.original) : ''}`,
          share: l.defendantShare === 1 ? 'all' : new Dec(l.defendantShare).toFixed(),
          amount: money(l.cents),
          // Null prints the flag "No evidence cited", never as if it were evidence (point 8).
          evidence: g.evidence,
        };
      }),
      labor: computed.grossIncome.commercialSexCents > 0 || hasSex ? money(computed.grossIncome.laborCents) : null,
      commercialSex: hasSex ? money(computed.grossIncome.commercialSexCents) : null,
      total: money(computed.grossIncome.totalCents),
    },
    hasGross: c.grossIncome.length > 0,
    greaterOf: greaterOfSentence({
      flsaCents: computed.laborValue.flsaCents,
      grossCents: computed.laborValue.grossIncomeCents,
      grossLines: c.grossIncome.filter((g) => pooled || g.incomeFrom === 'labor').length,
      totalLines: c.grossIncome.length,
      pooled,
      hasPeriods: c.laborPeriods.length > 0,
    }),
    commercialSex: hasSex
      ? pooled && c.laborPeriods.length === 0
        ? `The gross income from commercial sex acts, ${money(computed.grossIncome.commercialSexCents)}, is pooled with the income from the labor by the case’s setting; with no labor periods there is no FLSA value to compare them with, so the total is the same as with it added.`
        : pooled
        ? `The gross income from commercial sex acts, ${money(computed.grossIncome.commercialSexCents)}, is pooled with the income from the labor by the case’s setting; the FLSA does not value commercial sex acts, and added to the labor value instead the total would be ${computed.alternatives.separate!.totalCents === computed.totalCents ? 'the same, ' : ''}${money(computed.alternatives.separate!.totalCents)} (see the open legal choices).`
        : `The gross income to the defendant from commercial sex acts, ${money(computed.grossIncome.commercialSexCents)}, is added: the FLSA values labor, not commercial sex acts, so this value to the defendant of the victim’s services is not part of the comparison (18 U.S.C. § 1593(b)(3)).`
      : null,
    losses: {
      byCategory: computed.losses.byCategory.map((b) => ({
        title: b.title,
        citation: b.citation,
        past: money(b.pastCents),
        projected: money(b.projectedCents),
        total: money(b.totalCents),
      })),
      items: c.losses.map((l, i) => ({
        no: i + 1,
        category: LOSS_CATEGORY_TITLES[l.category],
        description: l.description,
        amount: money(computed.losses.itemCents[i]!),
        kind: l.projected ? 'projected' : 'past',
        period: lossPeriod(l),
        basis: l.basis ? basisText(l.basis, computed.losses.itemCents[i]!) : null,
        converted: l.original ? `In another currency: ${withOriginal(computed.losses.itemCents[i]!, l.original)}` : null,
        evidence: l.evidence,
      })),
      total: money(computed.losses.totalCents),
    },
    hasLosses: c.losses.length > 0,
    totals: {
      losses: money(computed.losses.totalCents),
      labor: money(computed.laborValue.cents),
      laborLabel: laborLabel(c, computed, pooled),
      commercialSex: hasSex && !pooled ? money(computed.commercialSexAddedCents) : null,
      commercialSexLabel: 'Added: gross income to the defendant from commercial sex acts (18 U.S.C. § 1593(b)(3))',
      total: money(computed.totalCents),
      liability: liabilityNote(c),
    },
    alternatives: alternativeRows(computed, c.settings.customRates.length > 0),
    assumptions: assumptions(c, computed),
    filing: {
      seal: sealNote(childStatus(c)),
      ninetyDays: ninetyDayNote(c),
      pending: c.pendingLosses.length > 0 ? c.pendingLosses.map((p) => `${LOSS_CATEGORY_TITLES[p.category]}: ${p.description}`) : null,
      exhibits: ((xs) => (xs.length > 0 ? xs : null))(
        exhibitList(c).map((e) => ({
          id: e.id,
          description: e.description ?? (e.range ? '(a range, listed as written)' : '(no description given)'),
          citedBy: e.citedBy.length > 0 ? e.citedBy.join('; ') : '(not cited by a line)',
        })),
      ),
    },
    signature: signatureBlock(c),
  };
}

/**
 * A G line's gross as its computation gives it: whole cents as money ("$7,200.00"), and a gross
 * with a fraction of a cent (2.5 acts a day × $80.25) exactly, to six decimals at most
 * ("$601.875"), since the amount counted is that exact gross × the share, rounded once
 * (gross-income.ts). Printed rounded ("$601.88"), a share of 0.333 made $200.43 by hand where
 * the worksheet counted $200.42.
 */
export function grossText(g: RestitutionCase['grossIncome'][number], grossCents: number): string {
  const exact = exactGrossCents(g);
  if (exact.isInteger()) return money(grossCents);
  const six = exact.toDecimalPlaces(4);
  return `${six.equals(exact) ? '' : 'about '}${formatRate(exact, 6)}`;
}

/**
 * Cents paid beyond the wages owed in their own workweek. They are not carried to another week
 * (29 C.F.R. §§ 776.4, 778.104), so owed − paid is not the unpaid total: owed − paid + this =
 * unpaid. 0 when no week was overpaid.
 */
function overpaidCents(f: FlsaTotals): number {
  return f.paidCents - (f.owedCents - f.unpaidCents);
}

/** The totals row of the labor value: which of G and F it is, or why there is no F. */
export function laborLabel(c: RestitutionCase, computed: RestitutionComputed, pooled: boolean): string {
  if (c.laborPeriods.length === 0) {
    return c.grossIncome.some((g) => pooled || g.incomeFrom === 'labor')
      ? 'Labor: the gross income or value to the defendant (G); there is no FLSA value, as no labor periods were given'
      : 'Labor: none (no labor periods were given, so there is no FLSA value, and no gross income from the labor is claimed)';
  }
  return `Labor: the greater of G and F, here the ${computed.laborValue.method === 'flsa' ? 'FLSA value (F)' : 'gross income or value to the defendant (G)'}`;
}

/**
 * The days a loss covers, as the case gives them ("Dates covered: April 21, 2010 to June 30, 2010"), or
 * null. They are what shows that lost income does not count again the days of a labor period
 * (warning `lost-income-overlap` reads them), so the court and the defense see them beside the
 * amount; they used to be read for that warning only and printed nowhere.
 */
export function lossPeriod(l: RestitutionCase['losses'][number]): string | null {
  const { startDate: start, endDate: end } = l;
  if (start && end) return `Dates covered: ${dateSpan(start, end)}`;
  if (start) return `Dates covered: from ${longDate(start)}`;
  if (end) return `Dates covered: until ${longDate(end)}`;
  return null;
}

/** "26 sessions a year × $180.00 × 2 years = $9,360.00" (point 7). */
export function basisText(b: NonNullable<RestitutionCase['losses'][number]['basis']>, cents: number): string {
  const n = formatHoursNumber;
  const unit = b.units === 1 || b.unit.endsWith('s') ? b.unit : `${b.unit}s`;
  return `${n(b.units)} ${unit} a year × ${money(b.rate)} × ${n(b.years)} ${b.years === 1 ? 'year' : 'years'} = ${money(cents)}`;
}

/**
 * The words of the figure without state rates. It drops the state table only and keeps the case's
 * custom rates (README, "Custom rates"), so it is "the federal rate" only when there are none.
 */
export function federalOnlyLabels(c: RestitutionCase, withStateCents: number): { intro: string; suffix: string; totalLabel: string } {
  const custom = c.settings.customRates.length > 0;
  return {
    intro: `With state minimum wages where higher, F is ${money(withStateCents)}. ${custom ? 'Without state minimum wages, keeping the case’s custom rates' : 'At the federal minimum wage alone'}, the same computation gives:`,
    suffix: custom ? 'without state rates' : 'federal rate',
    totalLabel: custom ? 'F without state rates, custom rates kept (the alternative)' : 'F at the federal rate (the alternative)',
  };
}

/** The total under each open legal choice, one row per choice the case leaves to the court. */
export function alternativeRows(computed: RestitutionComputed, customRates: boolean): Array<{ label: string; total: string }> | null {
  const a = computed.alternatives;
  const rows: Array<{ label: string; total: string }> = [{ label: 'As requested above', total: money(computed.totalCents) }];
  // Each row says so where its total counts the other of G and F than the total as requested
  // (countedClause), so that L + the figure the row names adds up to the row's total.
  const row = (label: string, x: Alternative): void => {
    rows.push({ label: `${label}${countedClause(computed, x)}`, total: money(x.totalCents) });
  };
  // No labor periods (no workweeks): no F, so pooling and adding give the same total and neither
  // row is a choice (rulesApplied says so).
  const noF = computed.weeks.length === 0;
  if (a.pooled && !noF) row('Commercial sex income pooled with labor income and compared with F, instead of added', a.pooled);
  if (a.separate && !noF) row('Commercial sex income added to the greater of G (labor) and F, instead of pooled (18 U.S.C. § 1593(b)(3))', a.separate);
  if (a.federalOnly && stateRatesChangeF(computed)) row(customRates ? 'F without state minimum wages (the case’s custom rates kept)' : 'F at the federal minimum wage alone, without state rates', a.federalOnly);
  // Not "Joint and several: …": with several defendants the total as requested is asked of them
  // jointly and severally (filing.ts liabilityNote), so the words belong to the total, not to
  // this row, which counts each line's whole gross instead of the share a defendant kept.
  if (a.jointAndSeveral) row('Every gross-income line in full, not only the defendant’s share: the gross income of all who shared in it, for which the court may make each defendant liable (18 U.S.C. § 3664(h))', a.jointAndSeveral);
  // The choices that lower what the child recovers, present only when reversing them raises the total.
  if (a.withStateRates) row(`F with the minimum wage of each period’s state where higher (29 U.S.C. § 218(a)), instead of ${customRates ? 'the federal minimum wage and the case’s custom rates alone' : 'the federal minimum wage alone'}`, a.withStateRates);
  if (a.withLiquidatedDamages) row(`F with liquidated damages equal to the unpaid wages (29 U.S.C. § 216(b); ${EDWARDS})`, a.withLiquidatedDamages);
  if (a.withoutLiveInDomesticExemption) row(`Without ${exemptionName('live-in-domestic')}: overtime owed in the workweeks it removed`, a.withoutLiveInDomesticExemption);
  if (a.withoutAgricultureExemption) row(`Without ${exemptionName('agriculture-213b12')}: overtime owed in the workweeks it removed`, a.withoutAgricultureExemption);
  // Harbor credits each job's pay to its own straight time; pooled as one employer's pay, F may be
  // higher or lower, and the court decides (docs/domain/restitution-worksheet-flsa.md, "Agreed rate").
  if (a.weekPayPooled) row('F with the pay of each workweek of two jobs or more on an agreed rate pooled as one employer’s, all the straight time agreed for the week paid first from either job’s pay (29 C.F.R. § 778.315), instead of each job’s pay credited to its own straight time (29 C.F.R. §§ 778.115, 778.419)', a.weekPayPooled);
  return rows.length > 1 ? rows : null;
}
