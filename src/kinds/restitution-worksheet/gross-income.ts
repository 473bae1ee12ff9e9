// G, the gross income or value to the defendant of the victim's services or labor
// (18 U.S.C. § 1593(b)(3)). Each line is days × acts per day × price per act, days × daily
// earnings, monthly earnings over dates (each calendar month's days covered ÷ its days: a month
// begun on the 15th counts 17 ÷ 31 of March), or an amount (e.g. what the defendant billed others
// for the victim's labor), times the
// defendant's share (United States v. Clayton, No. 2:18-cr-00524-RBS (E.D. Pa. Dec. 27, 2022):
// 15 days × 6 acts × $80 = $7,200, of which the defendant's half, $3,600). Each line is rounded
// half-up to the cent once. Lines are kept apart by where the income came from: labor is compared
// with F, commercial sex acts are added (docs/domain/restitution-worksheet.md, issue 15 point 1).
import { Dec, roundCents, sumCents } from './money.js';
import { monthShares } from './month-shares.js';
import type { GrossIncomeLine } from './schema.js';

export interface GrossLineResult {
  label: string;
  incomeFrom: GrossIncomeLine['incomeFrom'];
  method: 'acts' | 'daily-earnings' | 'monthly' | 'amount';
  /** Gross before the share, rounded half-up to the cent. */
  grossCents: number;
  defendantShare: number;
  /** Gross × share, rounded half-up to the cent once (the amount counted). */
  cents: number;
  hasEvidence: boolean;
}

export interface GrossIncome {
  lines: GrossLineResult[];
  /** G for the victim's labor (compared with F). */
  laborCents: number;
  /** G from commercial sex acts (added; the FLSA does not value them). */
  commercialSexCents: number;
  /** All lines. */
  totalCents: number;
}

/** A line's gross before any rounding, in cents (the worksheet prints it where it is not whole cents). */
export function exactGrossCents(g: GrossIncomeLine): Dec {
  return gross(g).gross;
}

function gross(g: GrossIncomeLine): { gross: Dec; method: GrossLineResult['method'] } {
  const { gross: figure, method } = figureOf(g);
  // A figure for several victims together counts an equal part (18 U.S.C. § 3664(e): proved by a
  // preponderance; the evidence gives no finer division): divided before the one rounding.
  return { gross: g.victims != null ? figure.dividedBy(g.victims) : figure, method };
}

/** A line's figure as its form gives it (before any division among victims), in cents. */
export function figureOf(g: GrossIncomeLine): { gross: Dec; method: GrossLineResult['method'] } {
  if (g.actsPerDay !== null && g.pricePerAct !== null && g.days !== null) {
    return { method: 'acts', gross: new Dec(g.days).times(g.actsPerDay).times(g.pricePerAct) };
  }
  if (g.dailyEarnings !== null && g.days !== null) return { method: 'daily-earnings', gross: new Dec(g.days).times(g.dailyEarnings) };
  if (g.monthlyEarnings !== null && g.startDate !== null && g.endDate !== null) {
    const months = monthShares(g.startDate, g.endDate).reduce((t, m) => t.plus(new Dec(m.days).dividedBy(m.of)), new Dec(0));
    return { method: 'monthly', gross: months.times(g.monthlyEarnings) };
  }
  return { method: 'amount', gross: new Dec(g.amount ?? 0) };
}

/** One line; `fullShare` counts the whole gross (the joint-and-several reading, § 3664(h)). */
export function grossLine(g: GrossIncomeLine, fullShare = false): GrossLineResult {
  const { gross: x, method } = gross(g);
  const share = fullShare ? 1 : g.defendantShare;
  return {
    label: g.label,
    incomeFrom: g.incomeFrom,
    method,
    grossCents: roundCents(x),
    defendantShare: share,
    cents: roundCents(x.times(share)),
    hasEvidence: g.evidence !== null,
  };
}

export function computeGrossIncome(lines: readonly GrossIncomeLine[], fullShare = false): GrossIncome {
  const out = lines.map((g) => grossLine(g, fullShare));
  const of = (from: GrossIncomeLine['incomeFrom']) => sumCents(out.filter((l) => l.incomeFrom === from).map((l) => l.cents));
  return { lines: out, laborCents: of('labor'), commercialSexCents: of('commercial-sex-acts'), totalCents: sumCents(out.map((l) => l.cents)) };
}
