// The shared `original` shape (a figure in another currency) reads right where it is used
// (template 2.16.0): its help said "The currency paid in" and "the currency it was paid or billed
// in" on a G line's price per act and on a loss's bill, and refusing US dollars told a loss to
// "give the payment’s amount alone". Each use now has its own words (schema.ts, ORIGINAL_WORDS);
// the worksheet prints every converted figure in one neutral form.
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { baseCase, issuesOf, parse, run, WEEKDAYS_ONLY } from './cases.js';

/** Each `original` object of the JSON Schema by its field path (optional wrappers skipped), with its fields' descriptions. */
function originals(): Record<string, { amount: string; currency: string }> {
  const out: Record<string, { amount: string; currency: string }> = {};
  const walk = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, path));
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const props = o.properties as Record<string, Record<string, unknown>> | undefined;
    if (props?.currency && props.amount && props.rate) {
      const d = (p: unknown): string => JSON.stringify(p).match(/"description":"([^"]+)"/)![1]!;
      out[path.join('.')] = { amount: d(props.amount), currency: d(props.currency) };
      return;
    }
    for (const [k, v] of Object.entries(o)) walk(v, k === 'properties' || k === 'anyOf' || k === 'items' ? path : [...path, k]);
  };
  walk(caseJsonSchema(getKind('restitution-worksheet')), []);
  return out;
}

describe('a figure in another currency, worded for its use', () => {
  it('help text: a payment was paid in it, a G line’s figure charged or earned, a loss paid or billed', () => {
    const o = originals();
    expect(Object.keys(o).sort()).toEqual(['grossIncome.original', 'laborPeriods.wagesPaid.payments.original', 'laborPeriods.wagesPaid.perWeekOriginal', 'losses.original']);
    expect(o['laborPeriods.wagesPaid.payments.original']!.currency).toMatch(/^The currency the payment was made in, by its three-letter code/);
    expect(o['laborPeriods.wagesPaid.perWeekOriginal']!.amount).toMatch(/^The amount in the currency it was paid in:/);
    expect(o['grossIncome.original']!.currency).toMatch(/^The currency the figure was charged or earned in,/);
    expect(o['grossIncome.original']!.amount).toMatch(/^The line’s figure \(the price per act, the daily earnings, the monthly earnings or the amount\) in the currency it was charged or earned in:/);
    expect(o['losses.original']!.currency).toMatch(/^The currency the loss was paid or billed in,/);
    expect(o['losses.original']!.amount).toMatch(/^The loss in the currency it was paid or billed in:/);
    // Nothing of a payment in the help of a G line or a loss.
    for (const k of ['grossIncome.original', 'losses.original']) expect(JSON.stringify(o[k]), k).not.toMatch(/currency paid in|payment/);
  });

  it('refusing US dollars names the figure of its use', () => {
    const usd = { amount: 100, currency: 'usd', rate: 1, rateSource: 'none' };
    const c = baseCase({
      laborPeriods: [{ startDate: '2025-06-02', endDate: '2025-06-06', weeklySchedule: WEEKDAYS_ONLY(8), wagesPaid: { payments: [{ date: '2025-06-06', amount: '100', original: usd }] } }],
      grossIncome: [{ label: 'Billed', incomeFrom: 'labor', amount: '100', original: usd, evidence: 'Exhibit 1' }],
      losses: [{ category: 'medical', description: 'Clinic bill', amount: '100', projected: false, original: usd }],
    });
    expect(issuesOf(c).map((i) => [i.path, i.message])).toEqual([
      ['laborPeriods.0.wagesPaid.payments.0.original.currency', 'is US dollars: give the payment’s amount alone, without an original currency'],
      ['grossIncome.0.original.currency', 'is US dollars: give the line’s figure alone, without an original currency'],
      ['losses.0.original.currency', 'is US dollars: give the loss’s amount alone, without an original currency'],
    ]);
  });

  it('the worksheet prints a converted loss and G line without a payment’s words', () => {
    const pesos = { amount: 5000, currency: 'MXN', rate: 0.05865, rateDate: '2025-09-01' };
    const c = baseCase({
      grossIncome: [{ label: 'Acts sold', incomeFrom: 'commercial-sex-acts', days: 2, actsPerDay: 1, pricePerAct: '293.25', original: pesos, evidence: 'Exhibit 1' }],
      losses: [{ category: 'medical', description: 'Clinic bill', amount: '293.25', projected: false, startDate: '2025-09-01', endDate: '2025-09-01', original: pesos }],
    });
    const r = run(c);
    const v = view(parse(c), r.computed, r.warnings) as { losses: { items: { converted: string | null }[] }; gross: { lines: { calc: string }[] } };
    expect(v.losses.items[0]!.converted).toBe('In another currency: $293.25 (MXN 5,000 × $0.05865 per MXN; rate of September 1, 2025)');
    expect(v.gross.lines[0]!.calc).toContain('$293.25 (MXN 5,000 × $0.05865 per MXN; rate of September 1, 2025)');
    expect(JSON.stringify(v)).not.toMatch(/paid in (MXN|another currency)/);
  });
});
