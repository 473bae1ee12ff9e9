// The ninth practitioner review of the restitution worksheet, read as a clinic attorney filing it
// and as opposing counsel attacking it: a worker in Guam at an agreed rate across the territory's
// rate change. Each test holds one finding to its fix.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { generate } from '../../../src/pipeline.js';
import { docxText, pdfText } from '../../support/extract.js';
import { baseCase, parse, run } from './cases.js';

// Hotel laundry in Guam, Monday to Friday 12 hours, hired at $9.00 an hour, paid $200.00 on
// Sunday August 29, 2021. Guam's minimum wage went from $8.75 to $9.25 on Wednesday September 1,
// 2021 (22 GCA § 3105), so the workweek of August 29 has 24 hours at $8.75 and 36 at $9.25.
const laundry = baseCase({
  settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false },
  laborPeriods: [
    {
      label: 'Hotel laundry',
      startDate: '2021-08-29',
      endDate: '2021-09-04',
      state: 'GU',
      weeklySchedule: { monday: 12, tuesday: 12, wednesday: 12, thursday: 12, friday: 12 },
      agreedRate: '9.00',
      wagesPaid: { payments: [{ date: '2021-08-29', amount: '200.00' }] },
    },
  ],
});

describe('a week valued on an agreed rate across a minimum wage change says the rate of its hours up to 40', () => {
  it('the weighted average of the minimum wages, $9.05, from which “Owed” can be checked: 40 × $9.05 + 1.5 × $9.15 × 20 = $636.50', async () => {
    // Regular rate (24 × $9.00 + 36 × $9.25) ÷ 60 = $549.00 ÷ 60 = $9.15; overtime 1.5 × $9.15 × 20 =
    // $274.50. The hours up to 40 at the minimum wage: (24 × $8.75 + 36 × $9.25) × 40 ÷ 60 =
    // $543.00 × 2/3 = $362.00 (overtime.ts, agreedWeek), the $200.00 paid being below it. The first
    // 40 hours in date order (24 at $8.75, 16 at $9.25) would give $358.00, which a reader took
    // from the worksheet's words ("the hours up to 40 at the minimum wage") and could not reach $636.50.
    const { computed, warnings } = run(laundry);
    expect(computed.weeks[0]).toMatchObject({ hours: 60, ratesCents: [875, 925], hoursAtRates: [24, 36], regularRateCents: '915', agreedRate: true, owedCents: 63650, paidCents: 20000 });
    const line =
      'August 29, 2021: regular rate on the agreed rate (marked “*”) $9.15, the weighted average of $9.00 for 24 hours and $9.25 for 36 hours (each hour at its period’s agreed rate, or at the minimum wage where that is higher); minimum wage $8.75 for 24 hours and $9.25 for 36 hours; the hours up to 40 are valued at these minimum wages’ weighted average, $9.05';
    const v = view(parse(laundry), computed, warnings) as { straddling: string[] | null };
    expect(v.straddling).toEqual([line]);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const pdf = await generate({ kind: 'restitution-worksheet', input: laundry, format: 'pdf' });
    expect(flat(pdfText(pdf.bytes))).toContain('the hours up to 40 are valued at these minimum wages’ weighted average, $9.05');
    const docx = await generate({ kind: 'restitution-worksheet', input: laundry, format: 'docx' });
    expect(flat(docxText(docx.bytes))).toContain('the hours up to 40 are valued at these minimum wages’ weighted average, $9.05');
  });

  it('not said where one minimum wage was worked (the hours up to 40 are at that rate), nor in a week without an agreed rate', () => {
    const oneRate = { ...laundry, laborPeriods: [{ ...(laundry.laborPeriods as Record<string, unknown>[])[0], startDate: '2021-09-05', endDate: '2021-09-11', agreedRate: '10.00', wagesPaid: { payments: [{ date: '2021-09-05', amount: '200.00' }] } }] };
    const r = run(oneRate);
    expect(r.computed.weeks[0]).toMatchObject({ ratesCents: [925], agreedRate: true });
    expect((view(parse(oneRate), r.computed, r.warnings) as { straddling: string[] | null }).straddling).toBeNull();
    const noRate = { ...laundry, laborPeriods: [{ ...(laundry.laborPeriods as Record<string, unknown>[])[0], agreedRate: undefined }] };
    const n = run(noRate);
    const lines = (view(parse(noRate), n.computed, n.warnings) as { straddling: string[] | null }).straddling!;
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('hours up to 40');
  });
});
