// The worksheet's G table (each gross-income line's computation, with any figure in another
// currency), the greater-of sentence, the commercial sex income's sentence and the label of the
// labor value's row (view.ts assembles the worksheet from this module and its siblings).
import type { RestitutionComputed } from './compute.js';
import { longDate, money } from '../kit/index.js';
import { Dec, formatHoursNumber, formatRate } from './money.js';
import type { RestitutionCase } from './schema.js';
import { exactGrossCents, figureOf } from './gross-income.js';
import { monthShares, monthsFactor, monthTerms } from './month-shares.js';
import { originalAside, withOriginal } from './conversion.js';

const hours = formatHoursNumber;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

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

const INCOME_FROM: Record<RestitutionCase['grossIncome'][number]['incomeFrom'], string> = {
  labor: 'Income from the victim’s labor',
  'commercial-sex-acts': 'Income from commercial sex acts',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A monthly G line's computation, rebuilt from the page: the monthly figure × the months covered,
 * each month partly covered as its days ÷ its days and the whole months as a count, each part
 * named: "$3,000.00 a month × (17 ÷ 31 + 3) months (March 15, 2024 to June 30, 2024: 17 of the 31
 * days of March 2024; 3 whole months)". Given as an amount, the line printed "amount = $10,645.16"
 * and the court could not tell how a monthly figure over a period begun mid-month became it.
 */
export function monthlyCalc(g: RestitutionCase['grossIncome'][number]): string {
  const terms = monthTerms(monthShares(g.startDate!, g.endDate!));
  const named = terms.map((t) => ('whole' in t ? `${t.whole} whole ${t.whole === 1 ? 'month' : 'months'}` : `${t.share.days} of the ${t.share.of} days of ${MONTHS[t.share.month - 1]} ${t.share.year}`));
  return `${withOriginal(g.monthlyEarnings!, g.original, ' a month')} × ${monthsFactor(terms)} (${longDate(g.startDate!)} to ${longDate(g.endDate!)}: ${named.join('; ')})`;
}

/** The G table, the greater-of sentence and the sentence on commercial sex income. */
export function grossRows(c: RestitutionCase, computed: RestitutionComputed) {
  const pooled = computed.settings.commercialSexIncome === 'pooled';
  const hasSex = c.grossIncome.some((g) => g.incomeFrom === 'commercial-sex-acts');
  return {
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
            : l.method === 'monthly'
              ? monthlyCalc(g)
              : 'amount';
      return {
        no: i + 1,
        label: l.label,
        source: INCOME_FROM[l.incomeFrom],
        calc: `${calc} = ${victimsText(g)}${grossText(g, l.grossCents)}${l.method === 'amount' ? originalAside(g.original) : ''}`,
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
      ? `The gross income from commercial sex acts, ${money(computed.grossIncome.commercialSexCents)}, is pooled with the income from the labor as one gross income to the defendant (18 U.S.C. § 1593(b)(3)); with no labor periods there is no FLSA value to compare them with, so the total is the same as with it added.`
      : pooled
      ? `The gross income from commercial sex acts, ${money(computed.grossIncome.commercialSexCents)}, is pooled with the income from the labor and compared with F as one gross income to the defendant (18 U.S.C. § 1593(b)(3)); the FLSA does not value commercial sex acts, and added to the labor value instead the total would be ${computed.alternatives.separate!.totalCents === computed.totalCents ? 'the same, ' : ''}${money(computed.alternatives.separate!.totalCents)} (see the open legal choices).`
      : `The gross income to the defendant from commercial sex acts, ${money(computed.grossIncome.commercialSexCents)}, is added: the FLSA values labor, not commercial sex acts, so this value to the defendant of the victim’s services is not part of the comparison (18 U.S.C. § 1593(b)(3)).`
    : null,
  };
}

/**
 * A G line's gross as its computation gives it: whole cents as money ("$7,200.00"), and a gross
 * with a fraction of a cent (2.5 acts a day × $80.25) exactly, to six decimals at most
 * ("$601.875"), since the amount counted is that exact gross × the share, rounded once
 * (gross-income.ts). Printed rounded ("$601.88"), a share of 0.333 made $200.43 by hand where
 * the worksheet counted $200.42.
 */
/**
 * For a figure covering several victims, the figure and its division ("$90,000.00 ÷ 6 victims = "),
 * so that the equal part can be rebuilt; nothing otherwise.
 */
export function victimsText(g: RestitutionCase['grossIncome'][number]): string {
  if (g.victims == null) return '';
  const figure = figureOf(g).gross;
  const shown = figure.isInteger() ? money(figure.toNumber()) : formatRate(figure, 6);
  return `${shown} for ${g.victims} victims ÷ ${g.victims} = `;
}

export function grossText(g: RestitutionCase['grossIncome'][number], grossCents: number): string {
  const exact = exactGrossCents(g);
  if (exact.isInteger()) return money(grossCents);
  const six = exact.toDecimalPlaces(4);
  return `${six.equals(exact) ? '' : 'about '}${formatRate(exact, 6)}`;
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
