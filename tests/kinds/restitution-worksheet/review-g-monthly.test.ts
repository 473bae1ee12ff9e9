// A clinic attorney's review, template 2.18.0 (docs/domain/restitution-worksheet.md, "Monthly
// earnings"; worked example 28): a defendant's gross income given by the month, over a period
// that starts mid-month, had to be worked out by hand and entered as an amount, and the G table
// printed "amount = $10,645.16", which the court could not rebuild. A G line now takes
// monthlyEarnings with startDate and endDate; each calendar month counts its days ÷ its days.
import { describe, expect, it } from 'vitest';
import { monthShares } from '../../../src/kinds/restitution-worksheet/month-shares.js';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { generate } from '../../../src/pipeline.js';
import { pdfText } from '../../support/extract.js';
import { baseCase, issuesOf, parse, run } from './cases.js';

const line = (extra: Record<string, unknown>) => ({ label: 'Contract billed to the orchard for K.M.’s labor', incomeFrom: 'labor', evidence: 'Invoices (Exhibit 31)', ...extra });
const monthly = (startDate: string, endDate: string, monthlyEarnings = '3000') => baseCase({ grossIncome: [line({ monthlyEarnings, startDate, endDate })] });
type Ctx = { gross: { lines: { calc: string; amount: string }[] }; rules: string[] };
const ctx = (raw: Record<string, unknown>) => {
  const r = run(raw);
  return view(parse(raw), r.computed, r.warnings) as unknown as Ctx;
};

describe('a G line by the month', () => {
  it('worked example 28: $3,000.00 a month from March 15 to June 30, 2024 is 17 ÷ 31 + 3 months, printed so', async () => {
    const raw = monthly('2024-03-15', '2024-06-30');
    // 17 ÷ 31 × $3,000.00 = $1,645.16129… + 3 × $3,000.00 = $10,645.16129…, rounded once: $10,645.16.
    expect(run(raw).computed.grossIncome.laborCents).toBe(1064516);
    const [g] = ctx(raw).gross.lines;
    expect(g!.calc).toBe('$3,000.00 a month × (17 ÷ 31 + 3) months (March 15, 2024 to June 30, 2024: 17 of the 31 days of March 2024; 3 whole months) = about $10,645.16129');
    expect(g!.amount).toBe('$10,645.16');
    expect(ctx(raw).rules.join(' ')).toContain('monthly earnings × the months covered (a month partly covered counting its days covered ÷ its days)');
    const t = pdfText((await generate({ kind: 'restitution-worksheet', input: raw, format: 'pdf' })).bytes).replace(/\s+/g, ' ');
    expect(t).toContain('17 of the 31 days of March 2024; 3 whole months');
  });

  it('a whole month counts once whatever its length; a month in a leap year by its own days; a year end crossed', () => {
    expect(monthShares('2024-01-31', '2024-02-29')).toEqual([{ year: 2024, month: 1, days: 1, of: 31 }, { year: 2024, month: 2, days: 29, of: 29 }]);
    // 1 ÷ 31 × $3,000.00 = $96.774… + $3,000.00 = $3,096.77.
    expect(run(monthly('2024-01-31', '2024-02-29')).computed.grossIncome.laborCents).toBe(309677);
    expect(run(monthly('2023-02-01', '2023-02-28')).computed.grossIncome.laborCents).toBe(300000);
    expect(ctx(monthly('2023-02-01', '2023-02-28')).gross.lines[0]!.calc).toBe('$3,000.00 a month × 1 month (February 1, 2023 to February 28, 2023: 1 whole month) = $3,000.00');
    // December 20, 2023 to January 10, 2024: 12 ÷ 31 + 10 ÷ 31 = 22 ÷ 31 of $3,100.00 = $2,200.00.
    expect(run(monthly('2023-12-20', '2024-01-10', '3100')).computed.grossIncome.laborCents).toBe(220000);
    expect(ctx(monthly('2023-12-20', '2024-01-10', '3100')).gross.lines[0]!.calc).toContain('× (12 ÷ 31 + 10 ÷ 31) months');
  });

  it('refuses a monthly figure without its dates, dates without it, mixed forms, and dates out of order', () => {
    const code = (extra: Record<string, unknown>) => issuesOf(baseCase({ grossIncome: [line(extra)] })).map((i) => [i.path, i.code]);
    expect(code({ monthlyEarnings: '3000', startDate: '2024-03-15' })).toEqual([['grossIncome.0', 'incomplete-line']]);
    expect(code({ amount: '3000', startDate: '2024-03-15', endDate: '2024-06-30' })).toEqual([['grossIncome.0', 'incomplete-line']]);
    expect(code({ monthlyEarnings: '3000', days: 30, startDate: '2024-03-15', endDate: '2024-06-30' })).toEqual([['grossIncome.0', 'incomplete-line']]);
    expect(code({ monthlyEarnings: '3000', startDate: '2024-06-30', endDate: '2024-03-15' })).toEqual([['grossIncome.0.endDate', 'end-before-start']]);
  });
});
