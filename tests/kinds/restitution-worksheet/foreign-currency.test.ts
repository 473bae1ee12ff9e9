// A payment received in another currency (conversion.ts; docs/domain/restitution-worksheet-pay.md,
// "Paid in another currency"): the amount paid there, its ISO 4217 code and the exchange rate are
// recorded, checked against the dollar amount credited, and printed beside the payment, so the
// court and the defence can rebuild the dollar figure. Before, only the evidence text could say it.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { generate } from '../../../src/pipeline.js';
import { pdfText } from '../../support/extract.js';
import { baseCase, issuesOf, parse, run, WEEKDAYS_ONLY } from './cases.js';

const flat = (s: string) => s.replace(/\s+/g, ' ');

// Worked example (docs): a victim paid Q2,000.00 on Saturday January 6, 2024, at the Banco de
// Guatemala's reference rate of the day before, $0.1288 for one quetzal: 2,000 × 0.1288 =
// $257.60. And MXN 1,000 a week at $0.05865 for one peso: $58.65 a week.
const quetzales = { amount: 2000, currency: 'gtq', rate: 0.1288, rateDate: '2024-01-05', rateSource: 'Banco de Guatemala reference rate' };
const pesos = { amount: 1000, currency: 'MXN', rate: 0.05865, rateSource: 'Federal Reserve H.10, January 2024 average' };
const paid = (payment: Record<string, unknown>, wages: Record<string, unknown> = {}) =>
  baseCase({
    laborPeriods: [
      { startDate: '2024-01-01', endDate: '2024-01-27', weeklySchedule: WEEKDAYS_ONLY(10), wagesPaid: { payments: [{ date: '2024-01-06', ...payment }], ...wages } },
    ],
  });

const codesAt = (raw: unknown) => issuesOf(raw).map((i) => [i.path, i.code]);

describe('a payment in another currency', () => {
  it('is printed with its amount there, the rate and its date or source, and credited in dollars', async () => {
    const raw = paid({ amount: '257.60', original: quetzales }, { perWeek: '58.65', perWeekOriginal: pesos });
    const r = run(raw);
    // Week of December 31: $257.60 + 6/7 of $58.65 ($50.27); then three weeks of $58.65.
    expect(r.computed.weeks.map((w) => w.paidCents)).toEqual([30787, 5865, 5865, 5865]);
    const wages = (view(parse(raw), r.computed, r.warnings) as { periods: { wagesPaid: string }[] }).periods[0]!.wagesPaid;
    expect(wages).toBe(
      '$58.65 a week (MXN 1,000 × $0.05865 per MXN; rate: Federal Reserve H.10, January 2024 average), credited in full to each whole workweek of the period and pro rata by days (days ÷ 7) to a partial first or last week; $257.60 paid January 6, 2024 (GTQ 2,000 × $0.1288 per GTQ; rate of January 5, 2024, Banco de Guatemala reference rate)',
    );
    const text = flat(pdfText((await generate({ kind: 'restitution-worksheet', input: raw, format: 'pdf' })).bytes));
    expect(text).toContain('GTQ 2,000 × $0.1288 per GTQ; rate of January 5, 2024, Banco de Guatemala reference rate');
    expect(text).toContain('A payment received in another currency is credited in US dollars at the exchange rate the preparer gives');
    expect(text).toContain('each figure given in another currency is its amount there × the exchange rate given (US dollars for one unit), rounded half-up to the cent once');
  });

  it('a case without one says nothing of currencies', () => {
    const raw = paid({ amount: '257.60' });
    const r = run(raw);
    const v = view(parse(raw), r.computed, r.warnings) as { rules: string[]; roundingPolicy: string };
    expect(JSON.stringify(v)).not.toContain('another currency');
  });

  it('a dollar amount that is not amount × rate to the cent is refused at the amount', () => {
    expect(codesAt(paid({ amount: '257.61', original: quetzales }))).toEqual([['laborPeriods.0.wagesPaid.payments.0.amount', 'conversion-mismatch']]);
    expect(codesAt(paid({ amount: '257.60', original: quetzales }, { perWeek: '58.66', perWeekOriginal: pesos }))).toEqual([
      ['laborPeriods.0.wagesPaid.perWeek', 'conversion-mismatch'],
    ]);
    // Half-up once: 1,000.5 × $0.0587 = $58.72935 → $58.73.
    expect(codesAt(paid({ amount: '58.73', original: { ...pesos, amount: 1000.5, rate: 0.0587 } }))).toEqual([]);
    expect(codesAt(paid({ amount: '58.72', original: { ...pesos, amount: 1000.5, rate: 0.0587 } }))).toEqual([['laborPeriods.0.wagesPaid.payments.0.amount', 'conversion-mismatch']]);
  });

  it('a rate given as pesos for one dollar is named as such', () => {
    // MXN 2,000 at 17.05 pesos a dollar is $117.30: the amount is amount ÷ rate, not × rate.
    const issues = issuesOf(paid({ amount: '117.30', original: { ...pesos, amount: 2000, rate: 17.05 } }));
    expect(issues.map((i) => i.code)).toEqual(['conversion-mismatch']);
    expect(issues[0]!.message).toContain('give the rate as US dollars for one unit of the currency');
  });

  it('the rate needs a date or a source; the currency an ISO 4217 code other than USD', () => {
    expect(codesAt(paid({ amount: '257.60', original: { ...quetzales, rateDate: null, rateSource: ' ' } }))).toEqual([
      ['laborPeriods.0.wagesPaid.payments.0.original.rateDate', 'rate-not-sourced'],
    ]);
    expect(codesAt(paid({ amount: '257.60', original: { ...quetzales, rateSource: null } }))).toEqual([]);
    expect(codesAt(paid({ amount: '257.60', original: { ...quetzales, currency: 'USD' } }))).toEqual([['laborPeriods.0.wagesPaid.payments.0.original.currency', 'invalid-value']]);
    expect(codesAt(paid({ amount: '257.60', original: { ...quetzales, currency: 'Quetzales' } }))).toEqual([['laborPeriods.0.wagesPaid.payments.0.original.currency', 'invalid-value']]);
    // A code withdrawn since the wage table starts: bolívares of 2005.
    expect(codesAt(paid({ amount: '257.60', original: { ...quetzales, currency: 'VEB' } }))).toEqual([]);
    for (const amount of [0, -2000, 1.2345]) {
      expect(codesAt(paid({ amount: '257.60', original: { ...quetzales, amount } }))).toEqual([['laborPeriods.0.wagesPaid.payments.0.original.amount', 'invalid-value']]);
    }
    // A number, not text: the web form reads a field of text or number as dollars.
    expect(codesAt(paid({ amount: '257.60', original: { ...quetzales, amount: '2,000' } }))).toEqual([['laborPeriods.0.wagesPaid.payments.0.original.amount', 'invalid-type']]);
  });
});
