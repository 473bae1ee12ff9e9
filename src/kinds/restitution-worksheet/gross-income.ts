// G, the gross income or value to the defendant of the victim's services or labor
// (18 U.S.C. § 1593(b)(3)). Each line is days × acts per day × price per act, days × daily
// earnings, or an amount (e.g. what the defendant billed others for the victim's labor), times the
// defendant's share (United States v. Clayton, E.D. Pa. 2022: 15 days × 6 acts × $80 = $7,200,
// of which the defendant's half, $3,600). Each line is rounded half-up to the cent once.
import { Dec, roundCents, sumCents } from './money.js';
import type { GrossIncomeLine } from './schema.js';

export interface GrossLineResult {
  label: string;
  method: 'acts' | 'daily-earnings' | 'amount';
  /** Gross before the share, rounded half-up to the cent. */
  grossCents: number;
  defendantShare: number;
  /** Gross × share, rounded half-up to the cent once (the amount counted). */
  cents: number;
  hasEvidence: boolean;
}

export function grossLine(g: GrossIncomeLine): GrossLineResult {
  let gross: Dec;
  let method: GrossLineResult['method'];
  if (g.actsPerDay !== null && g.pricePerActCents !== null && g.days !== null) {
    method = 'acts';
    gross = new Dec(g.days).times(g.actsPerDay).times(g.pricePerActCents);
  } else if (g.dailyEarningsCents !== null && g.days !== null) {
    method = 'daily-earnings';
    gross = new Dec(g.days).times(g.dailyEarningsCents);
  } else {
    method = 'amount';
    gross = new Dec(g.amountCents ?? 0);
  }
  return {
    label: g.label,
    method,
    grossCents: roundCents(gross),
    defendantShare: g.defendantShare,
    cents: roundCents(gross.times(g.defendantShare)),
    hasEvidence: g.evidence !== null,
  };
}

export function computeGrossIncome(lines: readonly GrossIncomeLine[]): { lines: GrossLineResult[]; totalCents: number } {
  const out = lines.map(grossLine);
  return { lines: out, totalCents: sumCents(out.map((l) => l.cents)) };
}
