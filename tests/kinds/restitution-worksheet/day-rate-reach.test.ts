// A clinic attorney's review, template 2.17.0 (docs/domain/restitution-worksheet-examples.md,
// worked example 24): the rules, notes and sentences written for hourly pay that a day-rate
// period (laborPeriods[].dayRate, 29 C.F.R. § 778.112) reaches. `lump-sum-payment` compared a day-
// rate week's pay with minimum-wage pay, so a day rate above twice the minimum wage an hour was
// warned as pay of several weeks and the preparer told to give an agreedRate, which the day rate
// refuses; the table's note spoke of "an agreed hourly rate" in a case with none; and a day-rate
// week the rate left at the minimum wage had no line under the table beside a period line saying
// the day rate applies.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { docxText, pdfText } from '../../support/extract.js';
import { baseCase, parse, run } from './cases.js';

const K = 'restitution-worksheet';
const WEEKDAYS = { monday: 8, tuesday: 8, wednesday: 8, thursday: 8, friday: 8 };
const WEEKDAYS_9 = { monday: 9, tuesday: 9, wednesday: 9, thursday: 9, friday: 9 };

/** A framer in Texas paid by the day, June 4–17, 2023 (two whole Sunday workweeks). */
function framer(period: Record<string, unknown>, payments: [string, string][]) {
  return baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [
      {
        label: 'Framing crew, paid by the day',
        startDate: '2023-06-04',
        endDate: '2023-06-17',
        state: 'TX',
        dayRate: '200',
        weeklySchedule: WEEKDAYS,
        ...period,
        wagesPaid: { payments: payments.map(([date, amount]) => ({ date, amount })) },
      },
    ],
  });
}

describe('lump-sum-payment reads a day-rate week at its day-rate pay', () => {
  it('a week paid its day rate is not pay of several weeks, however far above the minimum wage', () => {
    // $200.00 × 5 days = $1,000.00 for 40 hours ($25.00 an hour), paid the first week, nothing the
    // second: 3.44 times the minimum-wage pay of $290.00, but exactly the day-rate pay.
    const r = run(framer({}, [['2023-06-09', '1000']]));
    expect(r.warnings.map((w) => w.code)).not.toContain('lump-sum-payment');
    // The day rate changes no figure (no overtime): F is the second week's 40 × $7.25.
    expect(r.computed.flsa.totalCents).toBe(29000);
  });

  it('a week paid twice its day-rate pay is warned, against that pay, and no hourly rate is asked for', () => {
    const r = run(framer({}, [['2023-06-09', '2000']]));
    const w = r.warnings.find((x) => x.code === 'lump-sum-payment')!;
    expect(w.path).toBe('laborPeriods.0.wagesPaid.payments.0.date');
    expect(w.message).toContain('$2,000.00, is 2.00 times the pay at the day rate, $200.00 × 5 days worked, of its 40 hours that week ($1,000.00)');
    expect(w.message).not.toContain('agreedRate');
  });

  it('a weekly payment of several weeks is read against the day-rate pay of a week with overtime', () => {
    // Six 10-hour days: $1,200.00 day-rate pay for 60 hours, regular rate $20.00, half-time 20 ×
    // $10.00 = $200.00: a week's pay at the day rate is $1,400.00. $2,800.00 a week is twice that.
    const six = { ...WEEKDAYS, monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 };
    const data = framer({ weeklySchedule: six }, []);
    (data.laborPeriods as { wagesPaid: unknown }[])[0]!.wagesPaid = { perWeek: '2800' };
    const w = run(data).warnings.find((x) => x.code === 'lump-sum-payment')!;
    expect(w.path).toBe('laborPeriods.0.wagesPaid.perWeek');
    expect(w.message).toContain('is 2.00 times the pay at the day rate, $200.00 × 6 days worked with the half-time on its regular rate for the hours over 40 (29 C.F.R. § 778.112), of this period’s 60 hours');
    expect(w.message).toContain('($1,400.00)');
    expect(w.message).not.toContain('agreedRate');
  });

  it('where the day-rate pay is below the minimum wage, the line is the minimum-wage pay and says so', () => {
    // $40.00 a day for 8 hours is $5.00 an hour: the week's pay at the rate paid is 40 × $7.25 =
    // $290.00 (29 C.F.R. § 778.107); $600.00 once, nothing the second week, is 2.06 times it.
    const w = run(framer({ dayRate: '40' }, [['2023-06-09', '600']])).warnings.find((x) => x.code === 'lump-sum-payment')!;
    expect(w.message).toContain('$600.00, is 2.06 times the minimum-wage pay (above the day-rate pay for those days: 29 C.F.R. § 778.107) of its 40 hours that week ($290.00)');
    expect(w.message).not.toContain('agreedRate');
  });
});

describe('the lines a day-rate period reaches', () => {
  it('a period the day rate never values says so on its line, and each week’s line says why', () => {
    const data = framer({}, [['2023-06-09', '1000'], ['2023-06-16', '1000']]);
    const r = run(data);
    const v = view(parse(data), r.computed, r.warnings) as { periods: { dayRate: string }[]; hasAgreedWeeks: boolean; hasDayRateLines: boolean };
    expect(v.periods[0]!.dayRate).toContain('No workweek of this period has both hours over 40 that earn overtime and day-rate pay above the minimum wage for its hours, so the day rate changes no figure here');
    expect(v.hasAgreedWeeks).toBe(false);
    expect(v.hasDayRateLines).toBe(true);
    expect(r.computed.rateLines).toEqual([
      'The two workweeks from June 4, 2023 to June 17, 2023, each: paid by the day, not marked “*”: $200.00 a day × five days = $1,000.00 for 40 hours; no hours over 40, so the minimum wage alone is owed (the FLSA does not guarantee the day-rate pay); minimum wage $7.25 for 40 hours',
    ]);
  });

  it('a period with a marked week does not say the day rate changes nothing', () => {
    const data = framer({ weeklySchedule: { ...WEEKDAYS, saturday: 8 } }, [['2023-06-10', '1200'], ['2023-06-17', '1200']]);
    const r = run(data);
    const v = view(parse(data), r.computed, r.warnings) as { periods: { dayRate: string }[] };
    expect(r.computed.weeks.map((w) => w.agreedRate)).toEqual([true, true]);
    expect(v.periods[0]!.dayRate).not.toContain('changes no figure');
  });

  it.each(['pdf', 'docx'] as const)('%s: a case paid by the day alone reads of the day rate, not of an agreed hourly rate', async (format) => {
    // Week 1: six 8-hour days, $1,200.00 for 48 hours, regular rate $25.00, 8 hours over 40 owe
    // 8 × $12.50 = $100.00 beyond the pay: owed $1,300.00, paid $1,200.00, unpaid $100.00. Week 2:
    // five days, 40 hours, not marked: $290.00 owed, nothing paid, $290.00 unpaid. F = $390.00.
    const data = framer({}, [['2023-06-10', '1200']]);
    const p = (data.laborPeriods as Record<string, unknown>[])[0]!;
    delete p.weeklySchedule;
    p.days = ['05', '06', '07', '08', '09', '10', '12', '13', '14', '15', '16'].map((d) => ({ date: `2023-06-${d}`, hours: 8 }));
    const r = run(data);
    expect(r.computed.weeks.map((w) => [w.agreedRate, w.owedCents, w.unpaidCents])).toEqual([[true, 130000, 10000], [false, 29000, 29000]]);
    const g = await generate({ kind: K, input: data, format });
    const t = (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ').replace(/ ?Page \d+ of \d+ CONFIDENTIAL — .*? Restitution worksheet · prepared [A-Z][a-z]+ \d+, \d{4}/g, '');
    expect(t).toContain('In the workweek table below, a rate marked “*” is the regular rate of a workweek with overtime and hours paid by the day whose day-rate pay for the week is above the minimum wage for them (29 U.S.C. § 207(e); 29 C.F.R. § 778.112)');
    expect(t).toContain('or at that regular rate as far as the wages paid that week');
    expect(t).not.toMatch(/agreed hourly rate above the minimum wage/);
    // The note does not say the day-rate pay twice, the heading of the lines under the table has
    // one parenthesis, and the credits' first row names the day-rate pay (item 4, read in Word's
    // layout through LibreOffice and in the PDF).
    // (A line may break at the hyphen of "day-rate", which the PDF's text then drops.)
    expect(t.replace(/dayrate/g, 'day-rate')).toContain('plus the overtime; the straight time agreed above the minimum wage and not paid is not claimed. The straight time agreed is the day-rate pay for the week’s days worked; each such week’s figures are given under the table.');
    expect(t).toContain('Workweeks with more than one rate, or with hours paid by the day (regular rate by 29 C.F.R. § 778.115, and for hours paid by the day by 29 C.F.R. §§ 778.107 and 778.112, shown to at most six decimal places');
    expect(t).toContain('Minimum wage and overtime owed (in workweeks marked “*”, with the day-rate pay as far as paid)');
    expect(t).toContain('June 11, 2023: paid by the day, not marked “*”: $200.00 a day × five days = $1,000.00 for 40 hours; no hours over 40');
  });
});

describe('a week of a day-rate job beside a job paid by the hour', () => {
  // June 4–10, 2023: roofing at $150.00 a day, Monday to Friday 9 hours, paid $300.00; a restaurant
  // without an agreed rate on the weekend, 10 hours a day, paid $400.00. 65 hours in all: regular
  // rate ($750.00 + 20 × $7.25) ÷ 65 = $13.769231, 25 hours over 40.
  const data = baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [
      { label: 'Roofing', startDate: '2023-06-04', endDate: '2023-06-10', state: 'TX', dayRate: '150', weeklySchedule: WEEKDAYS_9, wagesPaid: { payments: [{ date: '2023-06-09', amount: '300' }] } },
      { label: 'Restaurant', startDate: '2023-06-04', endDate: '2023-06-10', state: 'TX', weeklySchedule: { saturday: 10, sunday: 10 }, wagesPaid: { payments: [{ date: '2023-06-10', amount: '400' }] } },
    ],
  });

  it('the by-job line, the pooled-pay assumption and its row name the day rate, not an agreed hourly rate', () => {
    const r = run(data);
    // Each job's pay to its own straight time: $300.00 for the roofing (its $750.00 × 40 ÷ 65 =
    // $461.54 not reached, the minimum wage's $200.77 passed), $89.23 for the restaurant (its
    // $145.00 × 40 ÷ 65 at the minimum wage), and 1.5 × $895.00 × 25 ÷ 65 = $516.35 overtime:
    // owed $905.58, paid $700.00, F $205.58; pooled, the week's $700.00 pays $550.77 of straight
    // time first: F $367.12.
    expect(r.computed.flsa.totalCents).toBe(20558);
    expect(r.computed.alternatives.weekPayPooled!.flsaCents).toBe(36712);
    expect(r.computed.rateLines[0]).toContain('at the minimum wage or at its day-rate pay as far as that job’s pay reached ($300.00 for period 1; $89.230769 for period 2)');
    const v = view(parse(data), r.computed, r.warnings) as { assumptions: string[]; alternatives: { label: string }[] };
    expect(v.assumptions.find((a) => a.includes('two jobs or more were worked'))).toContain('at least one at a day rate, and wages were paid');
    expect(v.alternatives.map((a) => a.label)).toContainEqual(expect.stringContaining('F with the pay of each workweek of two jobs or more on a day rate pooled as one employer’s'));
    expect(JSON.stringify([r.computed.rateLines, v.assumptions, v.alternatives])).not.toMatch(/agreed hourly rate|at the agreed rate|on an agreed rate/);
  });
});
