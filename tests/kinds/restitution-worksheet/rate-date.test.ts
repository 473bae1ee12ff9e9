// The exchange rate's date against the days its figure concerns (conversion.ts, rateDateWarnings;
// docs/domain/restitution-worksheet-pay.md, "The rate's date"): a rate dated more than 31 days
// from every day of the payment, weekly payment's period or dated loss is warned about, naming
// both dates. Before, a rate of a year before the payment (a year typed wrong) passed in silence.
import { describe, expect, it } from 'vitest';
import { baseCase, run, WEEKDAYS_ONLY } from './cases.js';

const quetzales = { amount: 2000, currency: 'GTQ', rate: 0.1288, rateSource: 'Banco de Guatemala reference rate' };
const pesos = { amount: 1000, currency: 'MXN', rate: 0.05865 };
const paidOn = (rateDate: string | null, weekly: Record<string, unknown> | null = null) =>
  baseCase({
    laborPeriods: [
      {
        startDate: '2024-01-01',
        endDate: '2024-01-27',
        weeklySchedule: WEEKDAYS_ONLY(10),
        wagesPaid: { payments: [{ date: '2024-01-06', amount: '257.60', original: { ...quetzales, rateDate } }], ...(weekly ? { perWeek: '58.65', perWeekOriginal: weekly } : {}) },
      },
    ],
  });
const rateWarnings = (raw: unknown) => run(raw).warnings.filter((w) => w.code === 'rate-far-from-date');

describe('a rate dated far from its figure', () => {
  it('warns, naming the rate’s date and the payment’s, past 31 days', () => {
    // A rate of January 5, 2023 for a payment of January 6, 2024: a year typed wrong.
    const w = rateWarnings(paidOn('2023-01-05'));
    expect(w.map((x) => [x.path, x.message])).toEqual([
      [
        'laborPeriods.0.wagesPaid.payments.0.original.rateDate',
        'the exchange rate of the payment of January 6, 2024 is dated January 5, 2023, 366 days before January 6, 2024, more than 31 days away: confirm the date, or give the rate of the day of the payment, or the average rate of its month',
      ],
    ]);
    // 32 days after the payment: warned; 31 days before or after: not.
    expect(rateWarnings(paidOn('2024-02-07')).map((x) => x.message)).toEqual([
      'the exchange rate of the payment of January 6, 2024 is dated February 7, 2024, 32 days after January 6, 2024, more than 31 days away: confirm the date, or give the rate of the day of the payment, or the average rate of its month',
    ]);
    expect(rateWarnings(paidOn('2024-02-06'))).toEqual([]);
    expect(rateWarnings(paidOn('2023-12-06'))).toEqual([]);
  });

  it('says nothing of a rate of the day before, or a rate given by its source only', () => {
    expect(rateWarnings(paidOn('2024-01-05'))).toEqual([]);
    expect(rateWarnings(paidOn(null))).toEqual([]);
  });

  it('a weekly payment’s rate is compared with its period, a loss’s with its dates; an undated loss and a G line are not compared', () => {
    // Period January 1–27, 2024: a rate of March 15 is 48 days after its last day; of February 20, 24.
    expect(rateWarnings(paidOn('2024-01-05', { ...pesos, rateDate: '2024-03-15' })).map((x) => [x.path, x.message])).toEqual([
      [
        'laborPeriods.0.wagesPaid.perWeekOriginal.rateDate',
        'the exchange rate of the weekly payment of period 1 is dated March 15, 2024, 48 days after its last day, January 27, 2024, more than 31 days away: confirm the date, or give a rate of a day of the period, or the average rate of one of its months',
      ],
    ]);
    expect(rateWarnings(paidOn('2024-01-05', { ...pesos, rateDate: '2024-02-20' }))).toEqual([]);
    const bill = { category: 'medical', description: 'Hospital bill', amount: '293.25', projected: false, original: { ...pesos, amount: 5000, rateDate: '2024-09-01' } };
    const gross = { label: 'Billed', incomeFrom: 'labor', amount: '58.65', original: { ...pesos, rateDate: '2020-01-01' }, evidence: 'Exhibit 1' };
    const dated = rateWarnings(baseCase({ losses: [{ ...bill, startDate: '2024-04-10', endDate: '2024-04-12' }] }));
    expect(dated.map((x) => [x.path, x.message])).toEqual([
      [
        'losses.0.original.rateDate',
        'the exchange rate of loss 1 is dated September 1, 2024, 142 days after its last day, April 12, 2024, more than 31 days away: confirm the date, or give a rate of a day the loss covers, when it was paid or billed, or the average rate of one of its months',
      ],
    ]);
    expect(rateWarnings(baseCase({ losses: [bill], grossIncome: [gross] }))).toEqual([]);
  });
});

// Template 2.20.0: the warning asks for the rate in the words of the figure. It said "the rate of
// the day (or the month) the amount was paid" of every figure, so a G line by the month, charged
// over months and never "paid" to the victim, and a loss billed on one day read alike.
describe('the rate asked for fits the figure', () => {
  it('a G line by the month asks for a rate of its months, when charged or earned; a loss of one day, of that day', () => {
    const monthly = { label: 'Contract billed by the month', incomeFrom: 'labor', monthlyEarnings: '586.50', startDate: '2024-03-03', endDate: '2024-04-30', evidence: 'Exhibit 1', original: { ...pesos, amount: 10000, rateDate: '2024-07-15' } };
    const [g] = rateWarnings(baseCase({ grossIncome: [monthly] }));
    expect(g?.message).toBe(
      'the exchange rate of gross-income line 1 is dated July 15, 2024, 76 days after its last day, April 30, 2024, more than 31 days away: confirm the date, or give a rate of a day of the months the line covers, when the amount was charged or earned, or the average rate of one of those months',
    );
    const bill = { category: 'medical', description: 'Hospital bill', amount: '293.25', projected: false, startDate: '2024-04-10', endDate: '2024-04-10', original: { ...pesos, amount: 5000, rateDate: '2024-09-01' } };
    const [l] = rateWarnings(baseCase({ losses: [bill] }));
    expect(l?.message).toMatch(/: confirm the date, or give the rate of the day the loss was paid or billed, or the average rate of its month$/);
    for (const w of [g, l]) expect(w?.message).not.toContain('(or the month)');
  });
});

