// Mixed cases that read wrong (template 2.19.0; docs/domain/restitution-worksheet-pay.md): the
// workweek table's note said "at the agreed rate" of a week paid by the day; a deduction the
// employer calls lodging repeated, beside the period's own lodging line, the reasons of § 203(m);
// the help for wagesPaid did not say where a deduction goes; and a G line by the month in another
// currency was untested, its rate's date never compared with the months it covers.
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { generate } from '../../../src/pipeline.js';
import { pdfText } from '../../support/extract.js';
import { baseCase, descriptions, issuesOf, parse, run } from './cases.js';

const K = 'restitution-worksheet';
const FIVE_TENS = { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10 };
const oneLine = (bytes: Uint8Array) =>
  pdfText(bytes)
    .replace(/\s+/g, ' ')
    .replace(/ ?Page \d+ of \d+ CONFIDENTIAL — .*? Restitution worksheet · prepared [A-Z][a-z]+ \d+, \d{4}/g, '');

describe('a case with an hourly agreed rate in one week and a day rate in another', () => {
  // Texas, 2024: a kitchen at $12.00 an hour, 50 hours, $300.00 paid; then roofing at $120.00 a
  // day, 5 days of 10 hours, $300.00 paid: both weeks marked "*".
  const data = baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [
      { label: 'Kitchen', startDate: '2024-03-03', endDate: '2024-03-09', state: 'TX', agreedRate: '12', wagesPaid: { perWeek: '300' }, weeklySchedule: FIVE_TENS },
      { label: 'Roofing', startDate: '2024-03-10', endDate: '2024-03-16', state: 'TX', dayRate: '120', wagesPaid: { perWeek: '300' }, weeklySchedule: FIVE_TENS },
    ],
  });

  it('the table’s note names both rates the straight time is counted at, not the agreed rate alone', async () => {
    const t = oneLine((await generate({ kind: K, input: data, format: 'pdf' })).bytes);
    expect(t).toContain('its “Owed” is the hours up to 40 at the minimum wage, or at the agreed rate (in a week paid by the day, at its regular rate) as far as the wages paid that week for them reached it');
  });

  it('a case with the hourly rate alone keeps “at the agreed rate”', async () => {
    const hourly = baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [(data.laborPeriods as Record<string, unknown>[])[0]] });
    const t = oneLine((await generate({ kind: K, input: hourly, format: 'pdf' })).bytes);
    expect(t).toContain('or at the agreed rate as far as the wages paid that week for them reached it');
    expect(t).not.toContain('in a week paid by the day');
  });
});

describe('a deduction the employer calls lodging, in a period that records the lodging provided', () => {
  const bunk = (lodgingOrMeals: string | null) =>
    baseCase({
      settings: { liquidatedDamages: false },
      laborPeriods: [
        {
          label: 'Bunkhouse',
          startDate: '2024-03-03',
          endDate: '2024-03-09',
          state: 'TX',
          ...(lodgingOrMeals ? { lodgingOrMeals } : {}),
          wagesPaid: { perWeek: '150' },
          deductions: [{ perWeek: '75', what: 'rent for a bunk', claimedAs: 'lodging' }],
          weeklySchedule: FIVE_TENS,
        },
      ],
    });
  const period = (raw: Record<string, unknown>) => {
    const r = run(raw);
    return (view(parse(raw), r.computed, r.warnings) as { periods: { deductions: string; lodging: string | null }[] }).periods[0]!;
  };

  it('points to the lodging line’s reasons instead of repeating them', () => {
    const p = period(bunk('lodging'));
    expect(p.lodging).toContain('29 C.F.R. § 531.30');
    expect(p.deductions).toContain('no such credit is computed, for the reasons given under “Lodging or meals provided” below, and because the amount kept is not that cost');
    for (const cite of ['531.30', '516.27', 'New Floridian']) expect(p.deductions).not.toContain(cite);
    // Each reason once on the period's lines.
    expect(`${p.deductions} ${p.lodging}`.split('531.30').length - 1).toBe(1);
  });

  it('without lodging recorded, the deduction gives the reasons itself', () => {
    const p = period(bunk(null));
    expect(p.lodging).toBeNull();
    expect(p.deductions).toContain('(29 C.F.R. § 531.30)');
    expect(p.deductions).toContain('New Floridian');
  });
});

describe('the form’s help for wages paid', () => {
  it('says to give an amount kept from the pay under “Deducted from pay”', () => {
    const help = descriptions(caseJsonSchema(getKind(K))).find((d) => d.path.endsWith('.laborPeriods.items.properties.wagesPaid'))?.text ?? '';
    expect(help).toContain('and give each such amount a week under “Deducted from pay” instead, which prints it beside the wages paid and says why it is not credited');
  });
});

describe('a G line by the month in pesos', () => {
  // MXN 50,000 a month × $0.0585 = $2,925.00 a month, March 15 to June 30, 2024:
  // $2,925.00 × (17 ÷ 31 + 3) = $1,604.03226 + $8,775.00 = $10,379.03226, counted $10,379.03.
  const pesos = { amount: 50000, currency: 'MXN', rate: 0.0585, rateDate: '2024-03-15' };
  const line = (monthlyEarnings: string, original: Record<string, unknown>) =>
    baseCase({ grossIncome: [{ label: 'Contract billed to the farm for K.M.’s labor', incomeFrom: 'labor', evidence: 'Invoices (Exhibit 31)', monthlyEarnings, startDate: '2024-03-15', endDate: '2024-06-30', original }] });

  it('is counted in dollars by the month and prints the pesos and the rate', () => {
    const raw = line('2925', pesos);
    const r = run(raw);
    expect(r.computed.grossIncome.laborCents).toBe(1037903);
    expect(r.warnings).toEqual([]);
    const g = (view(parse(raw), r.computed, r.warnings) as { gross: { lines: { calc: string }[] } }).gross.lines[0]!;
    expect(g.calc).toBe('$2,925.00 a month (MXN 50,000 × $0.0585 per MXN; rate of March 15, 2024) × (17 ÷ 31 + 3) months (March 15, 2024 to June 30, 2024: 17 of the 31 days of March 2024; 3 whole months) = about $10,379.032258');
  });

  it('refuses a monthly figure that is not the pesos × the rate', () => {
    expect(issuesOf(line('2925.01', pesos)).map((i) => [i.path, i.code])).toEqual([['grossIncome.0.monthlyEarnings', 'conversion-mismatch']]);
  });

  it('compares the rate’s date with the months the line covers', () => {
    const w = run(line('2925', { ...pesos, rateDate: '2023-03-15' })).warnings;
    expect(w.map((x) => [x.path, x.code])).toEqual([['grossIncome.0.original.rateDate', 'rate-far-from-date']]);
    expect(w[0]!.message).toContain('dated March 15, 2023, 366 days before its first day, March 15, 2024');
    // A rate of the last month covered is near it.
    expect(run(line('2925', { ...pesos, rateDate: '2024-06-28' })).warnings).toEqual([]);
  });
});
