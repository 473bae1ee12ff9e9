// Fresh review as opposing counsel, template 2.19.0 (docs/domain/restitution-worksheet.md, "A
// figure for several victims", worked example 30): a defendant's gross income proved only by a
// total over a period and the number of victims had to be divided by hand and entered as an
// amount, and the G table printed "amount = $15,000.00", which nobody could rebuild. A G line now
// takes the figure and `victims`, and counts the figure ÷ victims, rounded once.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { baseCase, issuesOf, parse, run } from './cases.js';

const line = (extra: Record<string, unknown>) => ({ label: 'Proceeds the defendant took, March to August 2024', evidence: 'Cash-app records (Exhibit 20)', ...extra });
type Ctx = { gross: { lines: { calc: string; amount: string }[] }; rules: string[] };
const ctx = (raw: Record<string, unknown>) => {
  const r = run(raw);
  return { r, v: view(parse(raw), r.computed, r.warnings) as unknown as Ctx };
};

describe('a gross-income figure proved for several victims together', () => {
  it('worked example 30: $90,000.00 for 6 victims counts $15,000.00, and the page shows the division', () => {
    const { r, v } = ctx(baseCase({ grossIncome: [line({ incomeFrom: 'commercial-sex-acts', amount: '90,000.00', victims: 6 })] }));
    expect(r.computed.grossIncome.commercialSexCents).toBe(1500000);
    expect(v.gross.lines[0]!.calc).toBe('amount = $90,000.00 for 6 victims ÷ 6 = $15,000.00');
    expect(v.rules.join(' ')).toContain('divided by the number of victims where the evidence gives a figure only for several victims together (an equal part each, the amount being proved by a preponderance: 18 U.S.C. § 3664(e))');
  });

  it('a part in fractions of a cent is shown exactly and rounded once: $10,000.00 ÷ 7 = $1,428.57', () => {
    const { r, v } = ctx(baseCase({ grossIncome: [line({ incomeFrom: 'labor', amount: '10000', victims: 7 })] }));
    expect(r.computed.grossIncome.laborCents).toBe(142857);
    expect(v.gross.lines[0]!.calc).toBe('amount = $10,000.00 for 7 victims ÷ 7 = about $1,428.571429');
  });

  it('divides before the defendant’s share: 48 days × 2 acts × $60.00 for 3 victims, the defendant’s half = $960.00', () => {
    const { r, v } = ctx(baseCase({ grossIncome: [line({ incomeFrom: 'commercial-sex-acts', days: 48, actsPerDay: 2, pricePerAct: '60', victims: 3, defendantShare: 0.5 })] }));
    expect(r.computed.grossIncome.lines[0]).toMatchObject({ grossCents: 192000, cents: 96000 });
    expect(v.gross.lines[0]!.calc).toBe('48 days × 2 acts a day × $60.00 = $5,760.00 for 3 victims ÷ 3 = $1,920.00');
  });

  it('a line without victims is unchanged, and the rule does not speak of a division', () => {
    const { r, v } = ctx(baseCase({ grossIncome: [line({ incomeFrom: 'labor', amount: '10000' })] }));
    expect(r.computed.grossIncome.laborCents).toBe(1000000);
    expect(v.gross.lines[0]!.calc).toBe('amount = $10,000.00');
    expect(v.rules.join(' ')).not.toContain('number of victims');
  });

  it('refuses a count that is not a whole number of 2 or more, naming the field', () => {
    const at = (victims: unknown) => issuesOf(baseCase({ grossIncome: [line({ incomeFrom: 'labor', amount: '10000', victims })] })).map((i) => [i.path, i.message]);
    expect(at(1)).toEqual([['grossIncome.0.victims', 'must be 2 or more (leave it out for a figure of this victim alone)']]);
    expect(at(2.5)).toEqual([['grossIncome.0.victims', 'must be a whole number of victims']]);
  });
});
