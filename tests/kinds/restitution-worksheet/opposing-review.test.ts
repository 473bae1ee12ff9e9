// Fresh review as opposing counsel, template 2.20.0 (docs/domain/restitution-worksheet-age.md,
// "Farm work"; docs/domain/restitution-worksheet.md, "Apportioning to one defendant" and the
// losses' assumption). Worked example 31: a victim of 13 on a farm.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { baseCase, parse, run } from './cases.js';

const SIX_TENS = { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 };
const farm = (exemption: string) => ({ label: 'Onion farm', startDate: '2024-06-02', endDate: '2024-06-15', state: 'TX', exemption, weeklySchedule: SIX_TENS });

function viewOf(raw: Record<string, unknown>) {
  const r = run(raw);
  return { r, v: view(parse(raw), r.computed, r.warnings) as { assumptions: string[] } };
}

describe('a victim of 13 on a farm: the child labor rules of agriculture do not lower the pay', () => {
  it('worked example 31: F at the full minimum wage for every hour, overtime as the exemption states, and the page says why', () => {
    // Two workweeks (Sundays June 2 and 9, 2024) of 60 hours, § 213(b)(12), federal $7.25, no
    // liquidated damages, nothing paid: 60 × $7.25 = $435.00 a week, F = $870.00. Without the
    // exemption each week owes 40 × $7.25 + 20 × $10.875 = $507.50, $1,015.00 in all.
    const { r, v } = viewOf(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [farm('agriculture-213b12')] }));
    expect(r.computed.weeks.map((w) => w.owedCents)).toEqual([43500, 43500]);
    expect(r.computed.flsa.totalCents).toBe(87000);
    expect(r.computed.alternatives.withoutAgricultureExemption?.totalCents).toBe(101500);
    const age = v.assumptions.find((a) => a.startsWith('The victim was under 18 during the labor'));
    expect(age).toContain('Farm work does not change this: the child labor rules of agriculture are those of 29 U.S.C. § 213(c)');
    expect(age).toContain('govern whether a child may be employed, not the pay for the hours worked (29 C.F.R. § 570.123(a))');
    expect(age).toContain('(§ 213(a)(6)(D)), is not applied: the employer that claims an exemption must prove it.');
  });

  it('said only of a child’s farm work: not of an adult’s, nor of a child’s work elsewhere', () => {
    const adult = viewOf(baseCase({ victim: { identifier: 'K.M.', minor: false }, settings: { liquidatedDamages: false }, laborPeriods: [farm('agriculture-213b12')] })).v;
    expect(adult.assumptions.join(' ')).not.toContain('Farm work');
    const kitchen = viewOf(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [farm('none')] })).v;
    expect(kitchen.assumptions.some((a) => a.startsWith('The victim was under 18'))).toBe(true);
    expect(kitchen.assumptions.join(' ')).not.toContain('Farm work');
  });
});

describe('two defendants and a share: the page says whose, and what is asked of whom', () => {
  it('a line counting one defendant’s half says the rest is claimed from neither, beside the joint and several total', () => {
    // 10 days × 4 acts × $60.00 = $2,400.00, share 0.5: $1,200.00 counted; in full $2,400.00.
    const line = { label: 'Commercial sex acts sold by both defendants', incomeFrom: 'commercial-sex-acts', days: 10, actsPerDay: 4, pricePerAct: 60, defendantShare: 0.5, evidence: 'Ledger (Exhibit 4)' };
    const two = viewOf(baseCase({ defendants: ['Rowan Tessaly', 'Marek Voss'], grossIncome: [line] }));
    expect(two.r.computed.totalCents).toBe(120000);
    expect(two.r.computed.alternatives.jointAndSeveral?.totalCents).toBe(240000);
    const share = two.v.assumptions.find((a) => a.startsWith('At least one gross-income line'));
    expect(share).toContain('counts only a share of its gross income, the part one defendant kept: the rest of that line’s gross is claimed from none of the defendants, though the total above is asked of each of them.');
    const one = viewOf(baseCase({ grossIncome: [line] })).v.assumptions.find((a) => a.startsWith('At least one gross-income line'));
    expect(one).toContain('counts only the defendant’s share.');
  });
});

describe('a recovery in a civil suit: the page says it is not deducted, and why', () => {
  const sentence = 'Nothing the victim has recovered in a civil suit is deducted here. Compensatory damages the victim recovers for the same loss in a federal civil proceeding, or in a state one to the extent the state’s law provides, reduce what is paid under the restitution order, not the amount ordered (18 U.S.C. § 3664(j)(2))';
  it('said on every worksheet that claims labor, G or a loss, and on none that claims nothing', () => {
    const labor = viewOf(baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [farm('none')] })).v;
    expect(labor.assumptions.some((a) => a.startsWith(sentence))).toBe(true);
    const loss = viewOf(baseCase({ losses: [{ category: 'medical', description: 'Clinic visit', amount: 250, projected: false, evidence: 'Bill (Exhibit 5)' }] })).v;
    expect(loss.assumptions.some((a) => a.startsWith(sentence))).toBe(true);
    expect(viewOf(baseCase()).v.assumptions.join(' ')).not.toContain('civil suit');
  });
});
