// The third practitioner review of the restitution worksheet: an exemption is said to be applied
// only where it removed overtime. Worked example 7 of docs/domain/restitution-worksheet.md,
// re-derived by hand below, checked in `check`'s figures, the warnings and the worksheet's PDF
// and DOCX text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { assumptions } from '../../../src/kinds/restitution-worksheet/view-text.js';
import { docxText, pdfText } from '../../support/extract.js';
import { EVERY_DAY, baseCase, parse, run } from './cases.js';

const K = 'restitution-worksheet';
const fixture = (name: string): Record<string, any> => JSON.parse(readFileSync(new URL(`../../fixtures/${K}/${name}.json`, import.meta.url), 'utf8'));

/** The worksheet's text in one format, whitespace squashed (line breaks fall anywhere). */
async function text(data: unknown, format: 'pdf' | 'docx'): Promise<string> {
  const g = await generate({ kind: K, input: data, format });
  return (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
}

// Worked example 7 (the review's r1): period 1 Mon–Thu 2009-07-20..23, 12 h a day, no
// exemption ($6.55); period 2 Fri–Sat 07-24..25, 10 h a day, live-in-domestic ($7.25 from July 24).
// One workweek (Sun 07-19) of 68 h with non-exempt hours in it, so not exempt (29 C.F.R. § 780.11):
//   48 × $6.55 + 20 × $7.25 = $314.40 + $145.00 = $459.40; regular rate $459.40 ÷ 68 = $6.7559;
//   0.5 × $6.7559 × 28 h = $94.58 → owed $553.98, 28 overtime hours. The exemption changed nothing.
const MIXED = fixture('mixed-week-exemption');

describe('2. an exemption is said to be applied only where it removed overtime', () => {
  it('worked example 7: the mixed week owes $553.98 with 28 overtime hours; the exemption removed nothing', () => {
    const { computed, warnings } = run(MIXED);
    expect(computed.weeks[0]).toMatchObject({ weekStart: '2009-07-19', hours: 68, overtimeHours: 28, overtimeExempt: false, owedCents: 55398 });
    expect(computed.exemptions).toEqual([{ period: 1, exemption: 'live-in-domestic', overtimeRemovedWeeks: [], mixedWeeks: ['2009-07-19'] }]);
    const codes = warnings.map((w) => `${w.code}@${w.path}`);
    expect(codes).not.toContain('exemption-used@laborPeriods.1.exemption');
    const w = warnings.find((x) => x.code === 'exemption-no-effect')!;
    expect(w.path).toBe('laborPeriods.1.exemption');
    expect(w.message).toBe(
      'an overtime exemption (29 U.S.C. § 213(b)(21)) is given for this period but removes no overtime: each workweek of it over 40 hours also has hours worked outside an exempt period, and a workweek is exempt only if every hour in it is (29 C.F.R. § 780.11), so overtime is owed as if no exemption were given',
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
