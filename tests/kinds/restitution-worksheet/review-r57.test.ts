// Round r57, a clinic's attorney and opposing counsel reading the worksheet (worksheet 2.22.0;
// docs/domain/restitution-worksheet-examples.md, worked example 34): each choice that lowers the
// total is said as a filing says it, what was chosen and on what basis, never "by the case’s
// setting" (the software's word, which gives a court no ground to rule on).
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { pdfText } from '../../support/extract.js';
import { baseCase, parse, run, WEEKDAYS_ONLY } from './cases.js';

type Page = { rules: string[]; assumptions: string[]; gross: unknown; commercialSex: string | null };
const page = (raw: Record<string, unknown>) => {
  const r = run(raw);
  return view(parse(raw), r.computed, r.warnings) as unknown as Page;
};
const flat = (t: string) => t.replace(/\s+/g, ' ');

describe('liquidated damages not requested: what is chosen and on what basis', () => {
  // Worked example 34: one week of 50 hours from Sunday March 3, 2024, Texas, nothing paid:
  // 40 × $7.25 + 10 × $10.875 = $398.75 unpaid; with liquidated damages $797.50.
  const off = baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [{ label: 'Kitchen', state: 'TX', startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(10) }],
  });

  it('the rule says they are not requested, the reading behind it and the holding against it', () => {
    const rule = page(off).rules.find((r) => r.startsWith('Liquidated damages'))!;
    expect(rule).toBe(
      'Liquidated damages (29 U.S.C. § 216(b)) are not requested: F is the unpaid minimum wages and overtime alone, on the reading that liquidated damages are damages available only in a civil action under the FLSA and not part of the value of the victim’s labor. United States v. Edwards, 995 F.3d 342 (4th Cir. 2021), holds that they are part of it; F is shown with and without them.',
    );
    expect(run(off).computed.flsa.totalCents).toBe(39875);
  });

  it('the assumption names the court that read them so, and the total with them', () => {
    const a = page(off).assumptions.find((x) => x.startsWith('Liquidated damages'))!;
    expect(a).toContain('Liquidated damages are not requested, on the reading that they are damages available only in a civil action under the FLSA');
    expect(a).toContain('the reading of the district court (No. 4:17-cr-00907-RBH (D.S.C.)) whose ruling United States v. Edwards, 995 F.3d 342 (4th Cir. 2021), vacated in part');
    expect(a).toContain('With them the total would be $797.50');
    expect(a).not.toContain('by choice');
  });

  it('the PDF: the credits box says "not requested" beside $0.00, and no page says "setting"', async () => {
    const t = flat(pdfText((await generate({ kind: 'restitution-worksheet', input: off, format: 'pdf' })).bytes));
    expect(t).toContain('Liquidated damages (29 U.S.C. § 216(b)): not requested $0.00');
    expect(t).not.toMatch(/setting|by choice/);
    // The minimum wage assumption said "the worksheet can be recomputed with that setting".
    expect(t).toContain('the worksheet can be recomputed with the state’s rate, or the city’s as an additional minimum wage, where higher.');
  });
});

describe('commercial sex income pooled: the reading of § 1593(b)(3) it rests on', () => {
  const pooled = (labor: boolean) =>
    baseCase({
      settings: { liquidatedDamages: false, commercialSexIncome: 'pooled' },
      laborPeriods: labor ? [{ label: 'Kitchen', state: 'TX', startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(10) }] : [],
      grossIncome: [{ label: 'Acts sold', incomeFrom: 'commercial-sex-acts', days: 15, actsPerDay: 6, pricePerAct: '80', evidence: 'Ledger (Exhibit 3)' }],
    });

  it('the rule states the reading, not the setting', () => {
    const rule = page(pooled(true)).rules.find((r) => r.startsWith('Gross income from commercial sex acts is pooled'))!;
    expect(rule).toContain(
      'the two together are compared with F: § 1593(b)(3) is read as comparing one figure, the gross income or value to the defendant of all the victim’s services or labor, with the value of the labor under the FLSA.',
    );
    expect(rule).not.toContain('setting.');
  });

  it('the sentence under G says it is one gross income to the defendant, with and without labor', () => {
    // 15 × 6 × $80 = $7,200.00, pooled against F $398.75: G counted; added, $7,200.00 + $398.75.
    expect(page(pooled(true)).commercialSex).toBe(
      'The gross income from commercial sex acts, $7,200.00, is pooled with the income from the labor and compared with F as one gross income to the defendant (18 U.S.C. § 1593(b)(3)); the FLSA does not value commercial sex acts, and added to the labor value instead the total would be $7,598.75 (see the open legal choices).',
    );
    expect(page(pooled(false)).commercialSex).toContain('is pooled with the income from the labor as one gross income to the defendant (18 U.S.C. § 1593(b)(3)); with no labor periods');
  });
});
