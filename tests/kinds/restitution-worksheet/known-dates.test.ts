// Dates the preparer could not have known on the worksheet's date (known-dates.ts; template
// 2.16.0; docs/domain/restitution-worksheet.md, Codes): an exchange rate dated after `preparedOn`,
// or a past loss that starts or ends after it, passed in silence. Each is now refused at its own
// field with the code every kind uses for the idea, `date-after-document-date`; a labor period
// ending after it was already refused (`period-after-document`), and so, inside it, its payments.
import { describe, expect, it } from 'vitest';
import { baseCase, issuesOf, WEEKDAYS_ONLY } from './cases.js';

// The worksheet is dated January 15, 2026 (baseCase).
const pesos = (rateDate: string) => ({ amount: 1000, currency: 'MXN', rate: 0.05865, rateDate });
const found = (raw: unknown) => issuesOf(raw).map((i) => `${i.path} ${i.code}`);

const period = (extra: Record<string, unknown>) => ({ startDate: '2025-12-01', endDate: '2026-01-10', weeklySchedule: WEEKDAYS_ONLY(8), ...extra });

describe('a date after the worksheet’s date', () => {
  it('refuses an exchange rate dated after it, wherever a figure is converted', () => {
    const c = baseCase({
      laborPeriods: [period({ wagesPaid: { perWeek: '58.65', perWeekOriginal: pesos('2026-01-16'), payments: [{ date: '2026-01-09', amount: '58.65', original: pesos('2026-02-01') }] } })],
      grossIncome: [{ label: 'Billed', incomeFrom: 'labor', amount: '58.65', original: pesos('2026-03-01'), evidence: 'Exhibit 1' }],
      losses: [{ category: 'medical', description: 'Clinic bill', amount: '58.65', projected: false, original: pesos('2026-01-20') }],
    });
    expect(found(c)).toEqual([
      'laborPeriods.0.wagesPaid.perWeekOriginal.rateDate date-after-document-date',
      'laborPeriods.0.wagesPaid.payments.0.original.rateDate date-after-document-date',
      'grossIncome.0.original.rateDate date-after-document-date',
      'losses.0.original.rateDate date-after-document-date',
    ]);
    expect(issuesOf(c)[0]!.message).toBe('is after the worksheet date (preparedOn): give the date of the exchange rate actually used, on or before the worksheet’s date');
    // On the worksheet's own date: known, and accepted.
    expect(found(baseCase({ grossIncome: [{ label: 'Billed', incomeFrom: 'labor', amount: '58.65', original: pesos('2026-01-15'), evidence: 'Exhibit 1' }] }))).toEqual([]);
  });

  it('refuses a past loss that starts or ends after it; a projected one may', () => {
    const loss = (projected: boolean, startDate: string, endDate: string) => baseCase({ losses: [{ category: 'therapy', description: 'Counseling', amount: '1200', projected, startDate, endDate }] });
    expect(found(loss(false, '2025-06-01', '2026-06-30'))).toEqual(['losses.0.endDate date-after-document-date']);
    expect(found(loss(false, '2026-02-01', '2026-06-30'))).toEqual(['losses.0.startDate date-after-document-date']);
    expect(issuesOf(loss(false, '2025-06-01', '2026-06-30'))[0]!.message).toMatch(/past cost \(projected: false\).*projected loss \(projected: true\)$/);
    expect(found(loss(true, '2026-02-01', '2027-01-31'))).toEqual([]);
    expect(found(loss(false, '2025-06-01', '2026-01-15'))).toEqual([]);
  });

  it('a payment after it is refused with its period (the class was closed there already)', () => {
    const c = baseCase({ laborPeriods: [period({ endDate: '2026-01-20', wagesPaid: { payments: [{ date: '2026-01-17', amount: '100' }] } })] });
    expect(found(c)).toEqual(['laborPeriods.0.endDate period-after-document']);
  });
});
