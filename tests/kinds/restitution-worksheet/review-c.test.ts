// The third practitioner review of the restitution worksheet: every choice that lowers what the
// child recovers has its total without it, computed by the same calculation on the case with that
// one choice reversed; an exemption is said to be applied only where it removed overtime; the
// court-appointed payee's line. Worked examples 5, 7 and 8 of docs/domain/restitution-worksheet-examples.md,
// re-derived by hand below, checked in `check`'s figures, the warnings and the worksheet's PDF
// and DOCX text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { payeeLine } from '../../../src/kinds/restitution-worksheet/filing.js';
import { alternativeRows, view } from '../../../src/kinds/restitution-worksheet/view.js';
import { assumptions } from '../../../src/kinds/restitution-worksheet/view-assumptions.js';
import { docxText, pdfText } from '../../support/extract.js';
import { EVERY_DAY, baseCase, parse, run } from './cases.js';

const K = 'restitution-worksheet';
const fixture = (name: string): Record<string, any> => JSON.parse(readFileSync(new URL(`../../fixtures/${K}/${name}.json`, import.meta.url), 'utf8'));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The worksheet's text in one format, whitespace squashed (line breaks fall anywhere). */
async function text(data: unknown, format: 'pdf' | 'docx'): Promise<string> {
  const g = await generate({ kind: K, input: data, format });
  return (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
}

// Worked example 8 (the review's r2): adult, state rates on, liquidated damages on.
// Week of Sun 2014-06-29, California, Mon 10 h at $8.00 + Tue–Sat 50 h at $9.00 (from July 1):
//   straight $80.00 + $450.00 = $530.00; regular rate $530.00 ÷ 60 = $8.8333…;
//   overtime 0.5 × $8.8333… × 20 h = $88.333… → owed $618.33.
// Week of Sun 2014-12-28, New York farm, 9 h every day, agriculture-213b12:
//   Sun–Tue 27 h at $8.00 = $216.00, Wed–Sat 36 h at $8.75 (from Dec 31) = $315.00 → $531.00,
//   63 h but exempt: owed $531.00.
//   Without the exemption: regular rate $531.00 ÷ 63 = $8.428571…; 0.5 × $8.428571… × 23 h =
//   $96.928… → owed $627.93.
// F = ($618.33 + $531.00) × 2 (liquidated damages) = $2,298.66; G = 6 × $16.66 = $99.96, so the
// total is F: $2,298.66. Without the exemption F = ($618.33 + $627.93) × 2 = $2,492.52.
// At the federal minimum wage alone: 40 × $7.25 + 20 × $10.875 = $507.50; 63 × $7.25 = $456.75;
// ($507.50 + $456.75) × 2 = $1,928.50.
const FARM = fixture('farm-week-exempt');
const FARM_NONE = (() => {
  const c = clone(FARM);
  c.laborPeriods[1].exemption = 'none';
  return c;
})();
const WITHOUT_AG = 'Without the overtime exemption for agriculture (29 U.S.C. § 213(b)(12)): overtime owed in the workweeks it removed';

// Worked example 7 (the review's r1): period 1 Mon–Thu 2009-07-20..23, 12 h a day, no
// exemption ($6.55); period 2 Fri–Sat 07-24..25, 10 h a day, live-in-domestic ($7.25 from July 24).
// One workweek (Sun 07-19) of 68 h with non-exempt hours in it, so not exempt (29 C.F.R. § 780.11):
//   48 × $6.55 + 20 × $7.25 = $314.40 + $145.00 = $459.40; regular rate $459.40 ÷ 68 = $6.7559;
//   0.5 × $6.7559 × 28 h = $94.58 → owed $553.98, 28 overtime hours. The exemption changed nothing.
const MIXED = fixture('mixed-week-exemption');

describe('1. every choice that lowers the total has its total without it', () => {
  it('worked example 8: F $2,298.66 with the farm week exempt; $2,492.52 without the exemption', () => {
    const { computed } = run(FARM);
    expect(computed.weeks.map((w) => [w.weekStart, w.owedCents, w.overtimeHours, w.overtimeExempt])).toEqual([
      ['2014-06-29', 61833, 20, false],
      ['2014-12-28', 53100, 0, true],
    ]);
    expect(computed.totalCents).toBe(229866);
    expect(computed.alternatives.federalOnly!.totalCents).toBe(192850);
    expect(computed.alternatives.withoutAgricultureExemption).toEqual({ flsaCents: 249252, laborValueCents: 249252, commercialSexAddedCents: 0, totalCents: 249252 });
    expect(computed.alternatives.withoutLiveInDomesticExemption).toBeUndefined();
    expect(computed.exemptions).toEqual([{ period: 1, exemption: 'agriculture-213b12', overtimeRemovedWeeks: ['2014-12-28'], mixedWeeks: [], combinedWeeks: [] }]);
  });

  it('worked example 5, the full fixture: $82,548.11 without the live-in domestic exemption', () => {
    // 25 workweeks of 98 h at $7.25 wholly in period 2: 58 × $3.625 = $210.25 more each,
    // × 25 = $5,256.25, × 2 with liquidated damages = $10,512.50; $72,035.61 + $10,512.50.
    const full = JSON.parse(readFileSync(new URL('../../../fixtures/restitution-worksheet/full.json', import.meta.url), 'utf8'));
    const { computed } = run(full);
    expect(computed.totalCents).toBe(7203561);
    expect(computed.exemptions[0]!.overtimeRemovedWeeks).toHaveLength(25);
    expect(computed.alternatives.withoutLiveInDomesticExemption!.totalCents).toBe(8254811);
  });

  it('the figure without the exemption is the total of the same case with the exemption set to none (r2b)', () => {
    const none = run(FARM_NONE).computed;
    expect(none.weeks[1]!.owedCents).toBe(62793);
    expect(none.totalCents).toBe(249252);
    expect(run(FARM).computed.alternatives.withoutAgricultureExemption!.totalCents).toBe(none.totalCents);
    // Nothing to reverse: no exemption, no alternative without one.
    expect(none.exemptions).toEqual([]);
    expect(Object.keys(none.alternatives)).toEqual(['federalOnly']);
  });

  it('the warning, the open-choices row and the assumption give the total without the exemption', () => {
    const c = parse(FARM);
    const { computed, warnings } = run(FARM);
    const w = warnings.find((x) => x.code === 'exemption-used')!;
    expect(w.path).toBe('laborPeriods.1.exemption');
    expect(w.message).toContain('removes the overtime of one workweek of this period');
    expect(w.message).toContain('Total without this exemption: $2,492.52 (as requested: $2,298.66)');
    expect(alternativeRows(computed, false)).toEqual([
      { label: 'As requested above', total: '$2,298.66' },
      { label: 'F at the federal minimum wage alone, without state rates', total: '$1,928.50' },
      { label: WITHOUT_AG, total: '$2,492.52' },
    ]);
    expect(assumptions(c, computed)).toContain(
      'The overtime exemption for agriculture (29 U.S.C. § 213(b)(12)) removes the overtime of one workweek (period 2). Whether an exemption applies turns on the facts (the employer who claims an exemption must prove it, Arnold v. Ben Kanowsky, Inc., 361 U.S. 388 (1960); agriculture as defined in 29 U.S.C. § 203(f)); without it, overtime would be owed in that workweek and the total would be $2,492.52 (shown with the open legal choices).',
    );
  });

  it.each(['pdf', 'docx'] as const)('the filed worksheet (%s) prints the total without the exemption', async (format) => {
    const t = await text(FARM, format);
    expect(t).toContain(`${WITHOUT_AG} $2,492.52`);
    expect(t).toContain('the total would be $2,492.52 (shown with the open legal choices)');
  });

  it('liquidated damages left out (worked example 7): the total with them, $5,651.12', () => {
    // L = $1,800.00 (12 visits × $100.00 × 1.5 years) + $480.10 + $12.34 + $200.00 + $0.01 +
    // $99.99 = $2,592.44. Unpaid F = $779.34, so G_labor $1,000.00 is the labor value and the
    // total is $2,592.44 + $1,000.00 + $1,500.00 (10 × 3 × $50, added) = $5,092.44. With
    // liquidated damages F = $1,558.68 > $1,000.00: $2,592.44 + $1,558.68 + $1,500.00 = $5,651.12.
    const c = parse(MIXED);
    const { computed } = run(MIXED);
    expect(computed.flsa.unpaidCents).toBe(77934);
    expect(computed.totalCents).toBe(509244);
    expect(computed.alternatives.withLiquidatedDamages).toEqual({ flsaCents: 155868, laborValueCents: 155868, commercialSexAddedCents: 150000, totalCents: 565112 });
    const on = clone(MIXED);
    on.settings.liquidatedDamages = true;
    expect(run(on).computed.totalCents).toBe(565112);
    expect(alternativeRows(computed, false)).toContainEqual({
      // G is counted as requested, F with liquidated damages: the row says so (review-e).
      label: 'F with liquidated damages equal to the unpaid wages (29 U.S.C. § 216(b); United States v. Edwards, 995 F.3d 342 (4th Cir. 2021)) (F is then $1,558.68, not less than G, so F is counted)',
      total: '$5,651.12',
    });
    expect(assumptions(c, computed).join(' ')).toContain('With them the total would be $5,651.12 (shown with the open legal choices).');
  });

  it('the federal setting: the total with state rates where higher, when every period gives its state', () => {
    // The same farm case with the federal setting: F = $1,928.50 (above); with state rates it is
    // the case as filed, $2,298.66.
    const fed = clone(FARM);
    fed.settings.minimumWage = 'federal';
    const { computed } = run(fed);
    expect(computed.totalCents).toBe(192850);
    expect(computed.alternatives.withStateRates!.totalCents).toBe(229866);
    expect(alternativeRows(computed, false)).toContainEqual({
      label: 'F with the minimum wage of each period’s state where higher (29 U.S.C. § 218(a)), instead of the federal minimum wage alone',
      total: '$2,298.66',
    });
    expect(assumptions(parse(fed), computed)[0]).toBe(
      'Only the federal minimum wage was used. With the minimum wage of each period’s state where higher, the total would be $2,298.66 (shown with the open legal choices); counsel may ask the court to use it (29 U.S.C. § 218(a)).',
    );
    // A period without its state: the state setting would refuse the case, so no such figure.
    delete fed.laborPeriods[0].state;
    expect(run(fed).computed.alternatives.withStateRates).toBeUndefined();
  });

  it('a choice that lowers nothing has no row: gross income above F, or an exempt week of 40 hours or less', () => {
    // G of $5,000.00 for the labor exceeds F with or without the exemption and liquidated damages.
    const g = clone(FARM);
    g.settings.liquidatedDamages = false;
    g.grossIncome = [{ label: 'Farm contract', incomeFrom: 'labor', amount: '5000.00', evidence: 'Exhibit 1' }];
    const x = run(g).computed;
    expect(x.totalCents).toBe(500000);
    expect(x.alternatives.withoutAgricultureExemption).toBeUndefined();
    expect(x.alternatives.withLiquidatedDamages).toBeUndefined();
    // The exemption still removed overtime, so it is said, with the total unchanged.
    expect(run(g).warnings.find((w) => w.code === 'exemption-used')!.message).toContain('Without it the total would be the same.');
    expect(assumptions(parse(g), x).join(' ')).toContain('without it, overtime would be owed in that workweek, and the total would be the same.');
  });

  it('each alternative equals the total of the case with that one choice reversed', () => {
    // A case raising every choice at once: pooled sex income, a share, state rates off, no
    // liquidated damages, both exemptions over 40 hours in their own weeks.
    const raw = baseCase({
      settings: { minimumWage: 'federal', liquidatedDamages: false, commercialSexIncome: 'pooled' },
      laborPeriods: [
        { startDate: '2014-06-29', endDate: '2014-07-05', state: 'CA', weeklySchedule: EVERY_DAY(9), exemption: 'live-in-domestic' },
        { startDate: '2014-07-06', endDate: '2014-07-12', state: 'CA', weeklySchedule: EVERY_DAY(8), exemption: 'agriculture-213b12' },
        { startDate: '2014-07-13', endDate: '2014-07-19', state: 'CA', weeklySchedule: EVERY_DAY(7) },
      ],
      grossIncome: [{ label: 'Acts', incomeFrom: 'commercial-sex-acts', days: 1, actsPerDay: 1, pricePerAct: '100.00', defendantShare: 0.5, evidence: 'Exhibit 1' }],
    });
    const { computed } = run(raw);
    const reversed = (edit: (c: Record<string, any>) => void): number => {
      const c = clone(raw) as Record<string, any>;
      edit(c);
      return run(c).computed.totalCents;
    };
    const a = computed.alternatives;
    expect(Object.keys(a).sort()).toEqual(['jointAndSeveral', 'separate', 'withLiquidatedDamages', 'withStateRates', 'withoutAgricultureExemption', 'withoutLiveInDomesticExemption']);
    expect(a.separate!.totalCents).toBe(reversed((c) => (c.settings.commercialSexIncome = 'added')));
    expect(a.jointAndSeveral!.totalCents).toBe(reversed((c) => (c.grossIncome[0].defendantShare = 1)));
    expect(a.withStateRates!.totalCents).toBe(reversed((c) => (c.settings.minimumWage = 'higher-of-federal-and-state')));
    expect(a.withLiquidatedDamages!.totalCents).toBe(reversed((c) => (c.settings.liquidatedDamages = true)));
    expect(a.withoutLiveInDomesticExemption!.totalCents).toBe(reversed((c) => (c.laborPeriods[0].exemption = 'none')));
    expect(a.withoutAgricultureExemption!.totalCents).toBe(reversed((c) => (c.laborPeriods[1].exemption = 'none')));
    // The four added here are shown only because each raises the total (the pooled reading and
    // the share are shown whenever the case raises them).
    for (const x of [a.withStateRates, a.withLiquidatedDamages, a.withoutLiveInDomesticExemption, a.withoutAgricultureExemption]) {
      expect(x!.totalCents).toBeGreaterThan(computed.totalCents);
    }
    expect(alternativeRows(computed, false)).toHaveLength(7);
  });
});

describe('2. an exemption is said to be applied only where it removed overtime', () => {
  it('worked example 7: the mixed week owes $553.98 with 28 overtime hours; the exemption removed nothing', () => {
    const { computed, warnings } = run(MIXED);
    expect(computed.weeks[0]).toMatchObject({ weekStart: '2009-07-19', hours: 68, overtimeHours: 28, overtimeExempt: false, owedCents: 55398 });
    expect(computed.exemptions).toEqual([{ period: 1, exemption: 'live-in-domestic', overtimeRemovedWeeks: [], mixedWeeks: ['2009-07-19'], combinedWeeks: [] }]);
    expect(computed.alternatives.withoutLiveInDomesticExemption).toBeUndefined();
    const codes = warnings.map((w) => `${w.code}@${w.path}`);
    expect(codes).not.toContain('exemption-used@laborPeriods.1.exemption');
    const w = warnings.find((x) => x.code === 'exemption-no-effect')!;
    expect(w.path).toBe('laborPeriods.1.exemption');
    expect(w.message).toBe(
      'an overtime exemption (29 U.S.C. § 213(b)(21)) is given for this period but removes no overtime: each workweek of it over 40 hours (the workweek of July 19, 2009) also has hours worked outside an exempt period, and a workweek is exempt only if every hour in it is (29 C.F.R. § 780.11), so overtime is owed as if no exemption were given',
    );
  });

  it('the filing says neither "was applied" nor "is applied"; the period line says it removes no overtime', async () => {
    const c = parse(MIXED);
    const { computed, warnings } = run(MIXED);
    expect(assumptions(c, computed).join(' ')).not.toMatch(/exemption/i);
    const v = view(c, computed, warnings) as any;
    expect(v.periods[1].exemption).toBe(
      'Live-in domestic service, 29 U.S.C. § 213(b)(21): no overtime; minimum wage still due. It removes no overtime here: each of its workweeks over 40 hours also has hours worked outside an exempt period, and a workweek is exempt only if every hour in it is (29 C.F.R. § 780.11).',
    );
    for (const format of ['pdf', 'docx'] as const) {
      const t = await text(MIXED, format);
      expect(t).not.toMatch(/exemption (was|is) applied/);
      expect(t).toContain('It removes no overtime here');
    }
  });

  it('an exempt period with no workweek over 40 hours: no effect, said so', () => {
    const raw = baseCase({ laborPeriods: [{ startDate: '2012-03-04', endDate: '2012-03-10', weeklySchedule: EVERY_DAY(5), exemption: 'agriculture-213b12' }] });
    const { computed, warnings } = run(raw);
    expect(warnings.map((w) => w.code)).toEqual(['exemption-no-effect']);
    expect(warnings[0]!.message).toBe('an overtime exemption (29 U.S.C. § 213(b)(12)) is given for this period but removes no overtime: no workweek of it is over 40 hours');
    expect((view(parse(raw), computed, warnings) as any).periods[0].exemption).toContain('It removes no overtime here: no workweek of this period is over 40 hours.');
  });
});

describe('3. the court-appointed payee', () => {
  it('reads as appointed by the court, never "the court of" the victim', async () => {
    const line = payeeLine(parse(MIXED))!;
    expect(line).toBe(
      'Payee: Halvard Tenney, appointed by the court as a suitable person to receive restitution for R.T. and to assume the victim’s rights to restitution (18 U.S.C. § 1593(c), read with § 2259(c)(4)); a defendant may never be named.',
    );
    expect(line).not.toContain('court of');
    expect(await text(MIXED, 'pdf')).toContain(line);
    // The other capacities keep their form: "<capacity> of <victim>, who assumes …".
    expect(payeeLine(parse(baseCase()))).toBe(
      'Payee: Lena Whitcombe, legal guardian of K.M., who assumes the victim’s rights to restitution (18 U.S.C. § 1593(c), read with § 2259(c)(4)); a defendant may never be named.',
    );
  });
});
