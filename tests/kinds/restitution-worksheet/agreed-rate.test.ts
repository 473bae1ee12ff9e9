// A victim hired at an agreed hourly rate above the minimum wage and never paid overtime
// (laborPeriods[].agreedRate, template 2.3.0). Overtime was valued on the minimum wage, since the
// case gave what was paid and not the rate: a worker paid $12.00 an hour for 50 hours ($600.00)
// was owed $398.75 on paper and $0.00 in F, where the FLSA owes the half-time on $12.00 for
// 10 hours, $60.00 (29 U.S.C. § 207(a)(1), (e); 29 C.F.R. §§ 778.109, 778.315). Worked examples
// 10 to 12 of docs/domain/restitution-worksheet-examples.md, every figure by hand.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { weekWage } from '../../../src/kinds/restitution-worksheet/overtime.js';
import { docxText, pdfText } from '../../support/extract.js';
import { baseCase, EVERY_DAY, issuesOf, run, WEEKDAYS_ONLY } from './cases.js';

const K = 'restitution-worksheet';

/** One workweek (Sunday 2024-03-03 to Saturday 2024-03-09), Monday to Friday 10 hours: 50 hours at $7.25 federal. */
function week(extra: Record<string, unknown>, paid: string | null) {
  return baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [
      {
        startDate: '2024-03-03',
        endDate: '2024-03-09',
        weeklySchedule: WEEKDAYS_ONLY(10),
        ...(paid === null ? {} : { wagesPaid: { payments: [{ date: '2024-03-08', amount: paid }] } }),
        ...extra,
      },
    ],
  });
}

describe('overtime on an agreed rate above the minimum wage (worked examples 10 to 12)', () => {
  it('example 10: paid $12.00 for every one of 50 hours ($600.00): the half-time on $12.00 for 10 hours is unpaid, $60.00', () => {
    // X = 40 × $12.00 = $480.00; Y = 40 × $7.25 = $290.00; O = 10 × $18.00 = $180.00.
    // owed = max($290.00, min($600.00, $480.00)) + $180.00 = $660.00; unpaid $660.00 − $600.00 = $60.00.
    const r = run(week({ agreedRate: '12.00' }, '600.00')).computed;
    expect(r.weeks[0]).toMatchObject({ hours: 50, overtimeHours: 10, owedCents: 66000, paidCents: 60000, unpaidCents: 6000, regularRateCents: '1200', agreedRate: true });
    expect(r.flsa.totalCents).toBe(6000);
    // Without the rate, the $600.00 paid covers $398.75 "owed" at $7.25 and F is $0.00.
    expect(run(week({}, '600.00')).computed.flsa.totalCents).toBe(0);
  });

  it('example 11: paid $480.00, the agreed straight time for 40 hours: all 10 overtime hours at $18.00 are unpaid, $180.00', () => {
    const r = run(week({ agreedRate: '12.00' }, '480.00')).computed;
    expect(r.weeks[0]).toMatchObject({ owedCents: 66000, unpaidCents: 18000 });
    // At the minimum wage: $398.75 owed, $480.00 paid, nothing unpaid.
    expect(run(week({}, '480.00')).computed.flsa.totalCents).toBe(0);
  });

  it('example 12: paid nothing: the minimum wage for 40 hours and overtime at $18.00, $470.00, never the agreed straight time ($480.00 + $180.00)', () => {
    const r = run(week({ agreedRate: '12.00' }, null)).computed;
    expect(r.weeks[0]).toMatchObject({ owedCents: 47000, paidCents: 0, unpaidCents: 47000 });
    expect(run(week({}, null)).computed.weeks[0]!.owedCents).toBe(39875);
  });

  it('paid $300.00, below the agreed straight time but above the minimum wage for 40 hours: the overtime is unpaid in full, $180.00 (29 C.F.R. § 778.315)', () => {
    // owed = max($290.00, min($300.00, $480.00)) + $180.00 = $480.00; unpaid $180.00.
    expect(run(week({ agreedRate: '12.00' }, '300.00')).computed.weeks[0]).toMatchObject({ owedCents: 48000, unpaidCents: 18000 });
  });

  it('a week of 40 hours or less owes the minimum wage alone, agreed rate or not (the FLSA does not guarantee the agreed straight time)', () => {
    const c = (extra: Record<string, unknown>) =>
      baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [{ startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(8), wagesPaid: { payments: [{ date: '2024-03-08', amount: '200.00' }] }, ...extra }] });
    // 40 × $7.25 = $290.00 − $200.00 = $90.00 both ways.
    expect(run(c({ agreedRate: '12.00' })).computed.weeks[0]).toMatchObject({ owedCents: 29000, unpaidCents: 9000, agreedRate: false });
    expect(run(c({})).computed.weeks[0]).toMatchObject({ owedCents: 29000, unpaidCents: 9000 });
  });

  it('an agreed rate at or below the minimum wage changes nothing', () => {
    expect(run(week({ agreedRate: '7.25' }, null)).computed.weeks[0]).toMatchObject({ owedCents: 39875, agreedRate: false });
    expect(run(week({ agreedRate: '5.00' }, null)).computed.weeks[0]).toMatchObject({ owedCents: 39875, agreedRate: false });
  });

  it('a week straddling the federal change of July 24, 2009, agreed $7.00: each hour at the higher of the two, regular rate the weighted average', () => {
    // Sunday 2009-07-19 to Saturday 2009-07-25, 10 hours a day: 50 h at $6.55 (19–23), 20 h at $7.25 (24–25).
    // At the agreed rate: 50 × $7.00 + 20 × $7.25 = $495.00; RR = $495.00 ÷ 70 = $7.0714285714…
    // Y = ($327.50 + $145.00) × 40 ÷ 70 = $270.00; X = RR × 40 = $282.857142…; O = 1.5 × RR × 30 = $318.214285…
    // Nothing paid: $270.00 + $318.214285… = $588.214285… → $588.21 (at the minimum wage alone: $573.75).
    // $300.00 paid: $282.857142… + $318.214285… = RR × 85 = $601.071428… → $601.07, unpaid $301.07.
    const c = (paid: string | null) =>
      baseCase({
        settings: { liquidatedDamages: false },
        laborPeriods: [{ startDate: '2009-07-19', endDate: '2009-07-25', weeklySchedule: EVERY_DAY(10), agreedRate: '7.00', ...(paid ? { wagesPaid: { payments: [{ date: '2009-07-25', amount: paid }] } } : {}) }],
      });
    expect(run(c(null)).computed.weeks[0]).toMatchObject({ owedCents: 58821, unpaidCents: 58821, agreedRate: true, ratesCents: [655, 725] });
    expect(run(c('300.00')).computed.weeks[0]).toMatchObject({ owedCents: 60107, paidCents: 30000, unpaidCents: 30107 });
  });

  it('never lowers a week below its value at the minimum wage (every rate and payment from $0 to $1,000)', () => {
    const days = (agreed: number) => [
      { hours: 24, rateCents: 725, overtimeExempt: false, agreedRateCents: agreed },
      { hours: 23.5, rateCents: 725, overtimeExempt: false, agreedRateCents: agreed },
    ];
    for (const agreed of [726, 1000, 1234, 2599]) {
      for (let paid = 0; paid <= 100_000; paid += 997) {
        const base = weekWage(days(0), paid).owedCents;
        const withRate = weekWage(days(agreed), paid).owedCents;
        expect(Math.max(0, withRate - paid)).toBeGreaterThanOrEqual(Math.max(0, base - paid));
      }
    }
  });

  it('refuses an agreed rate of zero or above $1,000.00 an hour, naming the field', () => {
    const at = (rate: string) => issuesOf(week({ agreedRate: rate }, null)).map((i) => [i.path, i.code]);
    expect(at('0')).toContainEqual(['laborPeriods.0.agreedRate', 'too-small']);
    expect(at('1000.01')).toContainEqual(['laborPeriods.0.agreedRate', 'too-large']);
  });
});

describe('the worksheet says which rate the overtime uses', () => {
  async function text(data: unknown, format: 'pdf' | 'docx'): Promise<string> {
    const g = await generate({ kind: K, input: data, format });
    // Page headers and footers (banner, running head, page number) cut sentences in a PDF's text.
    return (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes))
      .replace(/\s+/g, ' ')
      .replace(/ ?Page \d+ of \d+ CONFIDENTIAL — .*? Restitution worksheet · prepared [A-Z][a-z]+ \d+, \d{4}/g, '');
  }

  it.each(['pdf', 'docx'] as const)('%s: with an agreed rate, the period line, the rate marked in the table and the note on what is owed', async (format) => {
    const t = await text(week({ agreedRate: '12.00' }, '600.00'), format);
    expect(t).toContain('Agreed hourly rate $12.00 an hour: the regular rate for overtime, which is owed at $18.00 an hour');
    expect(t).toContain('$12.00*');
    expect(t).toContain('In the workweek table below, a rate marked “*” is the regular rate of a workweek worked at an agreed hourly rate above the minimum wage');
    expect(t).toContain('where it is the pay agreed for the hours (29 U.S.C. § 207(e); 29 C.F.R. § 778.109): each hour at its agreed rate, or at the minimum wage where that is higher, averaged over the workweek’s hours (29 C.F.R. § 778.115)');
    expect(t).not.toContain('Overtime is valued on the minimum wage as the regular rate');
    // The credits' first line is the "Owed" column's total, which counts that straight time.
    expect(t).toContain('Minimum wage and overtime owed (in workweeks marked “*”, with the agreed straight time as far as paid) $660.00');
  });

  it.each(['pdf', 'docx'] as const)('%s: without one, overtime is said to be on the minimum wage, and what an agreed rate would change', async (format) => {
    const t = await text(week({}, '600.00'), format);
    expect(t).toContain('The regular rate used is the minimum wage: no agreed hourly rate is stated for the labor.');
    expect(t).toContain('Overtime is valued on the minimum wage as the regular rate, since no agreed hourly rate above it is stated for any period.');
    expect(t).not.toContain('Agreed hourly rate');
  });
});

describe('a case with an agreed rate in one period and overtime at the minimum wage in another', () => {
  const two = baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [
      { startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(10), agreedRate: '12.00' },
      { startDate: '2024-03-10', endDate: '2024-03-16', weeklySchedule: WEEKDAYS_ONLY(10) },
    ],
  });

  it.each(['pdf', 'docx'] as const)('%s: the assumption names the unmarked weeks by the table’s own mark, “*”', async (format) => {
    const g = await generate({ kind: K, input: two, format });
    const t = (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
    expect(t).toContain('Overtime is valued on the minimum wage as the regular rate in the workweeks whose rate is not marked “*”');
    expect(t).not.toContain('not marked “agreed”');
  });
});

describe('warning pay-above-minimum-wage: the case hints at a rate it does not give', () => {
  const codes = (raw: unknown) => run(raw).warnings.filter((w) => w.code === 'pay-above-minimum-wage');

  it('paid $600.00 for 50 hours ($12.00 an hour) with no agreed rate: the preparer is asked for it, at the field', () => {
    const w = codes(week({}, '600.00'));
    expect(w).toHaveLength(1);
    expect(w[0]!.path).toBe('laborPeriods.0.agreedRate');
    expect(w[0]!.message).toContain('the week of March 3, 2024: $600.00 for 50 hours, about $12.00 an hour');
  });

  it('not given once the rate is there, nor when the pay is at or below the minimum wage an hour, nor in a week without overtime', () => {
    expect(codes(week({ agreedRate: '12.00' }, '600.00'))).toEqual([]);
    expect(codes(week({}, '362.50'))).toEqual([]); // 50 × $7.25 exactly
    expect(codes(week({}, '100.00'))).toEqual([]);
    const forty = baseCase({ laborPeriods: [{ startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(8), wagesPaid: { payments: [{ date: '2024-03-08', amount: '600.00' }] } }] });
    expect(codes(forty)).toEqual([]);
  });
});
