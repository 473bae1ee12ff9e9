// The template context of the restitution worksheet. Handlebars runs in strict mode, so optional
// values are explicit nulls; every amount, date and sentence is formatted here, in tested
// TypeScript, so the template only places text (docs/markup.md).
import type { Issue } from '../../errors.js';
import type { RestitutionComputed } from './compute.js';
import type { WeekRow } from './flsa.js';
import { longDate, money, shortDate } from '../kit/index.js';
import { Dec, formatHours, formatRate } from './money.js';
import { WEEKDAYS } from './dates.js';

export { longDate, shortDate };
import type { LaborPeriod, RestitutionCase } from './schema.js';
import { assumptions, rulesApplied, ROUNDING_POLICY } from './view-text.js';

export const TITLE = 'Restitution Worksheet (18 U.S.C. § 1593)';
export const BANNER = 'CONFIDENTIAL — information protected by 8 U.S.C. § 1367; do not disclose';

const COVERED_BY_ASSUMPTIONS = new Set(['exemption-used', 'state-rates-used', 'no-evidence']);
const hours = (n: number): string => formatHours(new Dec(n));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The greater-of comparison in words (18 U.S.C. § 1593(b)(3)): the sentence the court reads.
 */
export function greaterOfSentence(flsaCents: number, grossCents: number): string {
  const law = 'under 18 U.S.C. § 1593(b)(3)';
  if (flsaCents === 0 && grossCents === 0) {
    return 'No FLSA value and no gross income to the defendant are claimed; restitution for labor is therefore $0.00.';
  }
  if (flsaCents > grossCents) {
    return `The FLSA value, ${money(flsaCents)}, exceeds the gross income to the defendant, ${money(grossCents)}; restitution for labor is therefore ${money(flsaCents)} ${law}.`;
  }
  if (grossCents > flsaCents) {
    return `The gross income or value to the defendant, ${money(grossCents)}, exceeds the FLSA value, ${money(flsaCents)}; restitution for labor is therefore ${money(grossCents)} ${law}.`;
  }
  return `The FLSA value and the gross income to the defendant are equal, ${money(flsaCents)}; restitution for labor is therefore ${money(flsaCents)} ${law}.`;
}

/** "Monday 10 h; Tuesday 10 h" (days with hours only), or null without a schedule. */
export function scheduleText(p: LaborPeriod): string | null {
  if (!p.weeklySchedule) return null;
  const parts = WEEKDAYS.filter((d) => (p.weeklySchedule?.[d] ?? 0) > 0).map((d) => `${cap(d)} ${hours(p.weeklySchedule![d]!)} h`);
  return parts.length > 0 ? parts.join('; ') : 'no hours on any weekday';
}

const EXEMPTIONS: Record<LaborPeriod['exemption'], string> = {
  none: 'None: minimum wage and overtime',
  'live-in-domestic': 'Live-in domestic service, 29 U.S.C. 213(b)(21): no overtime; minimum wage still due',
  agriculture: 'Agriculture, 29 U.S.C. 213(b)(12): no overtime; minimum wage still due',
};

function wagesPaidText(p: LaborPeriod): string {
  const parts: string[] = [];
  const w = p.wagesPaid;
  if (w?.perWeekCents !== undefined && w.perWeekCents !== null) parts.push(`${money(w.perWeekCents)} credited to each workweek of the period`);
  for (const pay of w?.payments ?? []) parts.push(`${money(pay.amountCents)} paid ${longDate(pay.date)}`);
  return parts.length > 0 ? parts.join('; ') : 'None';
}

function weekRow(w: WeekRow) {
  const rates = w.ratesCents.map((r) => formatRate(new Dec(r))).join(' / ');
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
  const f = computed.flsa;
  const fed = computed.flsaFederalOnly ?? null;
  const totalHours = computed.weeks.reduce((t, w) => t.plus(w.hours), new Dec(0));
  const totalOt = computed.weeks.reduce((t, w) => t.plus(w.overtimeHours), new Dec(0));
  const straddling = computed.weeks
    .filter((w) => w.ratesCents.length > 1 && w.regularRateCents !== null)
    .map((w) => `${longDate(w.weekStart)}: rates ${w.ratesCents.map((r) => formatRate(new Dec(r))).join(' and ')}; weighted-average regular rate ${formatRate(new Dec(w.regularRateCents!), 6)}${w.overtimeHours > 0 ? '' : ' (no overtime that week)'}`);
  return {
    title: TITLE,
    banner: BANNER,
    caption: {
      court: c.court?.name ?? null,
      docket: c.court?.docket ?? null,
      defendants: c.defendants,
      convictions: c.convictions && c.convictions.length > 0 ? c.convictions : null,
    },
    victim: {
      identifier: c.victim.identifier,
      minorNote: c.victim.minor
        ? 'The victim is a minor and is identified by initials or a pseudonym only (Fed. R. Crim. P. 49.1(a)(3); 18 U.S.C. § 3509(d)).'
        : null,
    },
    preparedOn: longDate(c.preparedOn),
    rules: rulesApplied(c, computed),
    roundingPolicy: ROUNDING_POLICY,
    hasPeriods: c.laborPeriods.length > 0,
    periods: c.laborPeriods.map((p, i) => ({
      heading: `Period ${i + 1}${p.label ? `: ${p.label}` : ''}`,
      dates: `${longDate(p.startDate)} to ${longDate(p.endDate)} (inclusive)`,
      state: p.state ?? null,
      schedule: scheduleText(p),
      dailyLog: p.days && p.days.length > 0 ? `${p.days.length} dated ${p.days.length === 1 ? 'entry replaces' : 'entries replace'} the schedule on those dates` : null,
      exemption: EXEMPTIONS[p.exemption],
      rates: computed.periodRates[i]!.map(
        (s) => `${longDate(s.startDate)} to ${longDate(s.endDate)}: ${formatRate(new Dec(s.rateCents))} an hour, ${s.citation}`,
      ),
      wagesPaid: wagesPaidText(p),
      description: p.description ?? null,
      evidence: p.evidence ?? null,
    })),
    weekStartDay: cap(computed.settings.workweekStart),
    weeks: computed.weeks.map(weekRow),
    weekCount: computed.weeks.length,
    hasExemptWeeks: computed.weeks.some((w) => w.overtimeExempt && w.hoursOver40 > 0),
    weekTotals: {
      hours: formatHours(totalHours),
      overtime: formatHours(totalOt),
      owed: money(f.owedCents),
      paid: money(f.paidCents),
      unpaid: money(f.unpaidCents),
    },
    straddling: straddling.length > 0 ? straddling : null,
    flsa: {
      owed: money(f.owedCents),
      paid: money(f.paidCents),
      unpaid: money(f.unpaidCents),
      liquidatedOn: computed.settings.liquidatedDamages,
      liquidated: money(f.totalWithLiquidatedDamagesCents - f.totalWithoutLiquidatedDamagesCents),
      withoutLd: money(f.totalWithoutLiquidatedDamagesCents),
      withLd: money(f.totalWithLiquidatedDamagesCents),
      total: money(f.totalCents),
    },
    federalOnly: fed
      ? {
          unpaid: money(fed.unpaidCents),
          withoutLd: money(fed.totalWithoutLiquidatedDamagesCents),
          withLd: money(fed.totalWithLiquidatedDamagesCents),
          total: money(fed.totalCents),
        }
      : null,
    gross: {
      lines: computed.grossIncome.lines.map((l, i) => {
        const g = c.grossIncome[i]!;
        const calc =
          l.method === 'acts'
            ? `${g.days} ${g.days === 1 ? 'day' : 'days'} × ${formatHours(new Dec(g.actsPerDay!))} acts a day × ${money(g.pricePerActCents!)}`
            : l.method === 'daily-earnings'
              ? `${g.days} ${g.days === 1 ? 'day' : 'days'} × ${money(g.dailyEarningsCents!)} a day`
              : 'amount';
        return {
          label: l.label,
          calc: `${calc} = ${money(l.grossCents)}`,
          share: l.defendantShare === 1 ? 'all' : new Dec(l.defendantShare).toFixed(),
          amount: money(l.cents),
          evidence: g.evidence ?? 'No evidence cited',
        };
      }),
      total: money(computed.grossIncome.totalCents),
    },
    hasGross: c.grossIncome.length > 0,
    greaterOf: greaterOfSentence(computed.laborValue.flsaCents, computed.laborValue.grossIncomeCents),
    losses: {
      byCategory: computed.losses.byCategory.map((b) => ({
        title: b.title,
        citation: b.citation,
        past: money(b.pastCents),
        projected: money(b.projectedCents),
        total: money(b.totalCents),
      })),
      items: c.losses.map((l) => ({
        category: computed.losses.byCategory.find((b) => b.category === l.category)!.title,
        description: l.description,
        amount: money(l.amountCents),
        kind: l.projected ? 'projected' : 'past',
      })),
      total: money(computed.losses.totalCents),
    },
    hasLosses: c.losses.length > 0,
    totals: {
      losses: money(computed.losses.totalCents),
      labor: money(computed.laborValue.cents),
      laborMethod: computed.laborValue.method === 'flsa' ? 'FLSA value (F)' : 'gross income or value to the defendant (G)',
      total: money(computed.totalCents),
    },
    assumptions: assumptions(c, computed),
    // Warnings already stated as assumptions (exemption, state rates, evidence) are not repeated.
    warnings: ((ws: string[]) => (ws.length > 0 ? ws : null))(
      warnings.filter((w) => !COVERED_BY_ASSUMPTIONS.has(w.code)).map((w) => cap(w.message) + '.'),
    ),
    preparer: {
      name: c.preparer.name,
      capacity: [c.preparer.organization, c.preparer.email].filter((x) => x !== null).join(', ') || null,
    },
  };
}
