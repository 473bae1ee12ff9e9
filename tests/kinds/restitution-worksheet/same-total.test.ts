// A judge's reading, template 2.17.0 (docs/domain/restitution-worksheet-examples.md, worked
// example 23, and docs/domain/restitution-worksheet-wording.md): a row of the open legal choices whose total is the total as requested said
// nothing of why. In worked example 23 "F at the federal minimum wage alone" changes F from
// $430.33 to $211.75, but G, $430.34, is counted both ways, so the row printed $981.19 beside
// "As requested above $981.19" with no word. Such a row is kept (the court learns the choice does
// not move the total, and the F it names is printed under F's rows) and says why, once.
import { describe, expect, it } from 'vitest';
import { alternativeRows } from '../../../src/kinds/restitution-worksheet/view.js';
import { baseCase, run, WEEKDAYS_ONLY, workedExample23 } from './cases.js';

// Worked example 23 (cases.ts), with one loss.
const threeDays = workedExample23([{ category: 'medical', description: 'Clinic bill', amount: '550.85', projected: false }]);

describe('a row of the open legal choices with the total as requested says why', () => {
  it('F lower at the federal rate, G counted both ways (worked example 23)', () => {
    const rows = alternativeRows(run(threeDays).computed, false)!;
    // (The third row, liquidated damages, raises the total and keeps its own words.)
    expect(rows.slice(0, 2)).toEqual([
      { label: 'As requested above', total: '$981.19' },
      { label: 'F at the federal minimum wage alone, without state rates (the same total as requested: F is then $211.75, still below G, $430.34, which is counted either way)', total: '$981.19' },
    ]);
  });

  it('commercial sex income pooled or added, G for the labor above F both ways', () => {
    // One week of 40 hours at $7.25 in Texas, nothing paid: F $290.00. G for the labor $500.00, and
    // $300.00 from commercial sex acts: added, $500.00 + $300.00; pooled, $800.00 compared with F.
    const data = baseCase({
      settings: { liquidatedDamages: false },
      laborPeriods: [{ label: 'Kitchen', startDate: '2024-03-03', endDate: '2024-03-09', state: 'TX', weeklySchedule: WEEKDAYS_ONLY(8) }],
      grossIncome: [
        { label: 'Billed for the labor', incomeFrom: 'labor', amount: '500', evidence: 'Exhibit 1' },
        { label: 'Acts sold', incomeFrom: 'commercial-sex-acts', amount: '300', evidence: 'Exhibit 2' },
      ],
    });
    const rows = alternativeRows(run(data).computed, false)!;
    expect(rows.slice(0, 2)).toEqual([
      { label: 'As requested above', total: '$800.00' },
      { label: 'Commercial sex income pooled with labor income and compared with F, instead of added (the same total as requested: F, $290.00, is below G either way, and G is counted)', total: '$800.00' },
    ]);
  });

  it('every G line in full, F still above it', () => {
    // F $290.00 (as above); G a half share of $250.00, $125.00; in full $250.00, still below F.
    const data = baseCase({
      settings: { liquidatedDamages: false },
      laborPeriods: [{ label: 'Kitchen', startDate: '2024-03-03', endDate: '2024-03-09', state: 'TX', weeklySchedule: WEEKDAYS_ONLY(8) }],
      grossIncome: [{ label: 'Billed for the labor', incomeFrom: 'labor', amount: '250', defendantShare: 0.5, evidence: 'Exhibit 1' }],
    });
    const rows = alternativeRows(run(data).computed, false)!;
    expect(rows[1]).toEqual({
      label: 'Every gross-income line in full, not only the defendant’s share: the gross income of all who shared in it, for which the court may make each defendant liable (18 U.S.C. § 3664(h)) (the same total as requested: G is not above F, $290.00, either way, and F is counted)',
      total: '$290.00',
    });
  });

  it('a row with another total keeps its own words', () => {
    // Worked example 23 with G a dollar lower: F $430.33 counted as requested; at the federal
    // rate F $211.75 and G $429.34 counted, so the total moves and the row says which is counted.
    const lower = JSON.parse(JSON.stringify(threeDays).replace('"430.34"', '"429.34"'));
    const rows = alternativeRows(run(lower).computed, false)!;
    expect(rows[1]!.label).toBe('F at the federal minimum wage alone, without state rates (F is then $211.75, below G, so G, $429.34, is counted)');
    expect(rows[1]!.total).not.toBe(rows[0]!.total);
  });
});
