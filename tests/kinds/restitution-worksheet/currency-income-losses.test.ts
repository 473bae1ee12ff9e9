// Gross income (G) and losses given in another currency (conversion.ts; docs/domain/
// restitution-worksheet-pay.md, "Paid in another currency", worked example of G and losses): the
// same `original` as a payment, the same checks (one rule in rules.ts) and the same printing
// beside the dollar figure. Before, a G line or a loss in pesos could say so only in its label.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { generate } from '../../../src/pipeline.js';
import { pdfText } from '../../support/extract.js';
import { baseCase, issuesOf, parse, run } from './cases.js';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const codesAt = (raw: unknown) => issuesOf(raw).map((i) => [i.path, i.code]);

// Worked example: MXN 600 a day at $0.05865 for one peso (Banco de México FIX of March 1, 2024) is
// $35.19 a day; 40 days × $35.19 = $1,407.60. MXN 24,000 billed at the same rate is $1,407.60.
// A hospital bill of MXN 5,000 at $0.05865 is $293.25; 26 sessions × $30.00 × 1 year = $780.00,
// paid as HNL 19,500 at $0.04 for one lempira.
const peso = { currency: 'MXN', rate: 0.05865, rateDate: '2024-03-01', rateSource: 'Banco de México FIX' };
const daily = { label: 'Tamales sold at the market', incomeFrom: 'labor', days: 40, dailyEarnings: '35.19', original: { ...peso, amount: 600 }, evidence: 'Exhibit 3' };
const billed = { label: 'Cleaning billed to hotels', incomeFrom: 'labor', amount: '1407.60', original: { ...peso, amount: 24000 }, evidence: 'Exhibit 4' };
const acts = { label: 'Acts sold', incomeFrom: 'commercial-sex-acts', days: 10, actsPerDay: 3, pricePerAct: '11.73', original: { ...peso, amount: 200 }, evidence: 'Exhibit 5' };
const bill = { category: 'medical', description: 'Hospital bill, Tijuana', amount: '293.25', projected: false, startDate: '2024-04-10', original: { ...peso, amount: 5000, rateDate: '2024-04-10' } };
const therapy = {
  category: 'therapy',
  description: 'Counselling in Honduras',
  basis: { units: 26, unit: 'session', rate: '30.00', years: 1 },
  projected: true,
  original: { amount: 19500, currency: 'HNL', rate: 0.04, rateSource: 'Banco Central de Honduras reference rate' },
};

describe('a gross-income line or a loss in another currency', () => {
  it('is printed with its amount there and the rate beside the dollar figure, and counted in dollars', async () => {
    const raw = baseCase({ grossIncome: [daily, billed, acts], losses: [bill, therapy] });
    const r = run(raw);
    // 40 × $35.19 = $1,407.60; $1,407.60; 10 × 3 × $11.73 (MXN 200 × 0.05865 = 11.73) = $351.90.
    expect(r.computed.grossIncome.lines.map((l) => l.cents)).toEqual([140760, 140760, 35190]);
    expect(r.computed.losses.itemCents).toEqual([29325, 78000]);
    const v = view(parse(raw), r.computed, r.warnings) as { gross: { lines: { calc: string }[] }; losses: { items: { converted: string | null }[] }; rules: string[]; roundingPolicy: string };
    expect(v.gross.lines.map((l) => l.calc)).toEqual([
      '40 days × $35.19 a day (MXN 600 × $0.05865 per MXN; rate of March 1, 2024, Banco de México FIX) = $1,407.60',
      'amount = $1,407.60 (MXN 24,000 × $0.05865 per MXN; rate of March 1, 2024, Banco de México FIX)',
      '10 days × 3 acts a day × $11.73 (MXN 200 × $0.05865 per MXN; rate of March 1, 2024, Banco de México FIX) = $351.90',
    ]);
    expect(v.losses.items.map((l) => l.converted)).toEqual([
      'In another currency: $293.25 (MXN 5,000 × $0.05865 per MXN; rate of April 10, 2024, Banco de México FIX)',
      'In another currency: $780.00 (HNL 19,500 × $0.04 per HNL; rate: Banco Central de Honduras reference rate)',
    ]);
    expect(v.rules.join(' ')).toContain('Each figure given in another currency (a gross-income figure and a loss) is stated in US dollars at the exchange rate the preparer gives');
    expect(v.roundingPolicy).toContain('Each figure given in another currency is its amount there × the exchange rate given (US dollars for one unit), rounded half-up to the cent once');
    const text = flat(pdfText((await generate({ kind: 'restitution-worksheet', input: raw, format: 'pdf' })).bytes));
    expect(text).toContain('HNL 19,500 × $0.04 per HNL; rate: Banco Central de Honduras reference rate');
    expect(text).toContain('MXN 600 × $0.05865 per MXN; rate of March 1, 2024, Banco de México FIX');
  });

  it('a dollar figure that is not amount × rate to the cent is refused at that figure, whichever form the line has', () => {
    expect(codesAt(baseCase({ grossIncome: [{ ...daily, dailyEarnings: '35.20' }] }))).toEqual([['grossIncome.0.dailyEarnings', 'conversion-mismatch']]);
    expect(codesAt(baseCase({ grossIncome: [{ ...billed, amount: '1407.00' }] }))).toEqual([['grossIncome.0.amount', 'conversion-mismatch']]);
    expect(codesAt(baseCase({ grossIncome: [{ ...acts, pricePerAct: '11.70' }] }))).toEqual([['grossIncome.0.pricePerAct', 'conversion-mismatch']]);
    expect(codesAt(baseCase({ losses: [{ ...bill, amount: '293.00' }] }))).toEqual([['losses.0.amount', 'conversion-mismatch']]);
    // A loss given by its basis alone: the amount the basis gives is the figure checked.
    expect(codesAt(baseCase({ losses: [{ ...therapy, basis: { ...therapy.basis, rate: '31.00' } }] }))).toEqual([['losses.0.basis', 'conversion-mismatch']]);
  });

  it('the same checks as a payment: a rate the other way round named, a rate with no date or source refused, USD refused', () => {
    const inverted = issuesOf(baseCase({ grossIncome: [{ ...billed, original: { ...peso, amount: 24000, rate: 17.05 } }] }));
    // 24,000 ÷ 17.05 = $1,407.62: given as the dollar amount, the rate is named as pesos for one dollar.
    expect(inverted.map((i) => i.code)).toEqual(['conversion-mismatch']);
    const inv = issuesOf(baseCase({ grossIncome: [{ ...billed, amount: '1407.62', original: { ...peso, amount: 24000, rate: 17.05 } }] }));
    expect(inv[0]!.message).toContain('give the rate as US dollars for one unit of the currency');
    expect(codesAt(baseCase({ losses: [{ ...bill, original: { ...bill.original, rateDate: null, rateSource: null } }] }))).toEqual([['losses.0.original.rateDate', 'rate-not-sourced']]);
    expect(codesAt(baseCase({ grossIncome: [{ ...billed, original: { ...billed.original, currency: 'usd' } }] }))).toEqual([['grossIncome.0.original.currency', 'invalid-value']]);
  });

  it('a line with no original says nothing of currencies', () => {
    const raw = baseCase({ grossIncome: [{ ...billed, original: null }] });
    const r = run(raw);
    expect(JSON.stringify(view(parse(raw), r.computed, r.warnings))).not.toContain('another currency');
  });
});
