// The tenth practitioner review of the restitution worksheet, read as a clinic attorney filing it
// and as opposing counsel attacking it. Each test holds one finding to its fix.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { generate } from '../../../src/pipeline.js';
import { docxText, pdfText } from '../../support/extract.js';
import { baseCase, parse, run, WEEKDAYS_ONLY } from './cases.js';

const flat = (s: string) => s.replace(/\s+/g, ' ');
type Period = { agreedRate: string | null };
const periodLines = (raw: Record<string, unknown>) => {
  const r = run(raw);
  return (view(parse(raw), r.computed, r.warnings) as { periods: Period[] }).periods.map((p) => p.agreedRate);
};

// Hotel laundry in Guam hired at $9.00 an hour, Monday to Friday 12 hours, from Sunday August 29
// to Saturday September 18, 2021. Guam's minimum wage went from $8.75 to $9.25 on Wednesday
// September 1 (22 GCA § 3105): the first workweek's regular rate is (24 × $9.00 + 36 × $9.25) ÷ 60
// = $9.15 and its overtime $13.725 an hour; the next two are at $9.25, overtime $13.875.
const laundry = baseCase({
  settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false },
  laborPeriods: [{ label: 'Hotel laundry', startDate: '2021-08-29', endDate: '2021-09-18', state: 'GU', weeklySchedule: WEEKDAYS_ONLY(12), agreedRate: '9.00' }],
});

describe('an agreed rate’s line says 1.5 × the rate holds only in workweeks whose hours are all at it', () => {
  it('Guam across its raise: the line names the days at the higher minimum wage and the weighted average, never “owed at $13.50 where this rate is above the minimum wage”', async () => {
    const { computed } = run(laundry);
    expect(computed.weeks.map((w) => [w.regularRateCents, w.owedCents])).toEqual([
      ['915', 63650], // 40 × $9.05 + 1.5 × $9.15 × 20 = $362.00 + $274.50
      ['925', 64750], // 40 × $9.25 + 1.5 × $9.25 × 20 = $370.00 + $277.50
      ['925', 64750],
    ]);
    const line = periodLines(laundry)[0]!;
    expect(line).toBe(
      '$9.00 an hour: the rate of this period’s hours in the regular rate for overtime where it is above the minimum wage (29 U.S.C. § 207(a)(1), (e); 29 C.F.R. § 778.109); on the days worked when the minimum wage is at or above it ($9.25 from September 1, 2021 to September 17, 2021) the hours count at the minimum wage. In a workweek whose hours are all at this rate overtime is owed at $13.50 an hour; in a workweek with hours at the minimum wage, at one and one-half times the weighted average of every hour’s rate (29 C.F.R. § 778.115), the rate the workweek table gives. The hours up to 40 are valued at the minimum wage, or at this rate as far as the period’s wages paid that workweek reached it (29 U.S.C. § 207(h); 29 C.F.R. § 778.315)',
    );
    for (const format of ['pdf', 'docx'] as const) {
      const out = await generate({ kind: 'restitution-worksheet', input: laundry, format });
      const t = flat(format === 'pdf' ? pdfText(out.bytes) : docxText(out.bytes));
      // Two pieces: the PDF breaks the page between them.
      expect(t).toContain('In a workweek whose hours are all at this rate overtime is owed at');
      expect(t).toContain('in a workweek with hours at the minimum wage, at one and one-half times the weighted average of every hour’s rate (29 C.F.R. § 778.115)');
      expect(t).not.toContain('where this rate is above the minimum wage (29');
      // The rule on overtime: the regular rate is the week's average of each hour's rate, not "that rate".
      expect(t).toContain('each hour at its agreed rate, or at the minimum wage where that is higher, averaged over the workweek’s hours (29 C.F.R. § 778.115)');
    }
  });

  it('a rate above the minimum wage on every day worked says overtime is owed at 1.5 × it, unqualified; at or below it on every day worked, that it changes nothing', () => {
    const before = { ...laundry, laborPeriods: [{ ...(laundry.laborPeriods as Record<string, unknown>[])[0], endDate: '2021-08-31', weeklySchedule: { sunday: 20, monday: 16, tuesday: 16 } }] };
    expect(periodLines(before)[0]).toBe('$9.00 an hour: the regular rate for overtime, which is owed at $13.50 an hour (29 U.S.C. § 207(a)(1), (e); 29 C.F.R. § 778.109); the hours up to 40 are valued at the minimum wage, or at this rate as far as the period’s wages paid that workweek reached it (29 U.S.C. § 207(h); 29 C.F.R. § 778.315)');
    // Worked only from September 1: the $8.75 of August 29–31 values no hour.
    const after = { ...laundry, laborPeriods: [{ ...(laundry.laborPeriods as Record<string, unknown>[])[0], weeklySchedule: { wednesday: 12, thursday: 12, friday: 12 } }] };
    expect(periodLines(after)[0]).toBe('$9.00 an hour: not above the minimum wage applied, so the minimum wage is the regular rate');
  });
});
