// Amounts the employer kept from each week's pay (laborPeriods[].deductions; deductions.ts): a
// victim whose employer kept $100.00 a week for a bunk could enter only what she received, the
// deduction in the description, and the page gave the court no way to rebuild the $300.00 the
// employer would say it paid. Worked example 26 (docs/domain/restitution-worksheet-pay.md): four
// workweeks of 50 hours at $7.25, $200.00 received and $100.00 kept each week.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { generate } from '../../../src/pipeline.js';
import { docxText, pdfText } from '../../support/extract.js';
import { baseCase, issuesOf, parse, run, WEEKDAYS_ONLY } from './cases.js';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const bunk = { perWeek: '100', what: 'a bunk in the trailer', claimedAs: 'lodging' };
const kitchen = (extra: Record<string, unknown> = {}) =>
  baseCase({
    laborPeriods: [{ startDate: '2024-01-07', endDate: '2024-02-03', weeklySchedule: WEEKDAYS_ONLY(10), wagesPaid: { perWeek: '200' }, ...extra }],
  });
type Ctx = { periods: { deductions: string | null }[]; rules: string[] };
const ctx = (raw: Record<string, unknown>) => {
  const r = run(raw);
  return view(parse(raw), r.computed, r.warnings) as unknown as Ctx;
};

describe('deductions from pay', () => {
  it('worked example 26: only the $200.00 received is credited; the page rebuilds the $300.00 and says why', async () => {
    const raw = kitchen({ deductions: [bunk] });
    const weeks = run(raw).computed.weeks;
    // Each week: 40 × $7.25 = $290.00 + 10 × $7.25 × 1.5 = $108.75, owed $398.75; paid $200.00; unpaid $198.75.
    expect(weeks.map((w) => [w.owedCents, w.paidCents, w.unpaidCents])).toEqual(Array(4).fill([39875, 20000, 19875]));
    expect(run(raw).computed.flsa.unpaidCents).toBe(79500);
    // The deduction is never a wage paid: the same F as the $200.00 alone, not the $300.00's $395.00.
    expect(run(raw).computed.flsa).toEqual(run(kitchen()).computed.flsa);
    expect(run(kitchen({ wagesPaid: { perWeek: '300' } })).computed.flsa.unpaidCents).toBe(39500);
    const line = ctx(raw).periods[0]!.deductions!;
    expect(line).toMatch(/^\$100\.00 a week kept for “a bunk in the trailer”, which the employer calls lodging\. Not credited as wages paid: .*\(29 C\.F\.R\. §§ 531\.35, 531\.27\(a\)\)\./);
    expect(line).toContain('$200.00 received + $100.00 a week kept = $300.00 a week before deductions, of which only the $200.00 received is credited.');
    // Claimed as lodging: the defence's § 203(m) argument is named with why it fails, no figure.
    expect(line).toContain('The defence may argue that the reasonable cost of the lodging counts as wages (29 U.S.C. § 203(m)(1)); no such credit is computed');
    expect(line).toMatch(/531\.3\(a\).*516\.27.*531\.30.*531\.3\(d\)\(1\).*New Floridian/);
    for (const format of ['pdf', 'docx'] as const) {
      const out = await generate({ kind: 'restitution-worksheet', input: raw, format });
      const t = flat(format === 'pdf' ? pdfText(out.bytes) : docxText(out.bytes));
      expect(t).toContain('Deducted from pay');
      expect(t).toContain('$200.00 received + $100.00 a week kept = $300.00 a week before deductions');
    }
  });

  it('several deductions are added on the page; one not claimed as board or lodging gets no § 203(m) sentence', () => {
    const line = ctx(kitchen({ deductions: [bunk, { perWeek: '25.50', what: 'the debt for the trip' }] })).periods[0]!.deductions!;
    expect(line).toMatch(/^\$100\.00 a week kept for “a bunk in the trailer”, which the employer calls lodging; \$25\.50 a week kept for “the debt for the trip”\./);
    expect(line).toContain('$200.00 received + $125.50 a week kept ($100.00 + $25.50) = $325.50 a week before deductions');
    const debt = ctx(kitchen({ deductions: [{ perWeek: '25.50', what: 'the debt for the trip' }] })).periods[0]!.deductions!;
    expect(debt).not.toContain('203(m)');
  });

  it('with dated payments or nothing paid, says what is credited; the rule on credits is printed even when nothing was received', () => {
    const dated = kitchen({ wagesPaid: { payments: [{ date: '2024-01-12', amount: '150' }] }, deductions: [bunk] });
    expect(ctx(dated).periods[0]!.deductions).toContain('The payments above are what the victim received after it, and only they are credited.');
    const none = kitchen({ wagesPaid: null, deductions: [bunk] });
    expect(ctx(none).periods[0]!.deductions).toContain('Nothing paid is recorded for the period, so nothing is credited.');
    expect(ctx(none).rules.join(' ')).toContain('an amount deducted from the pay');
    expect(ctx(kitchen()).periods[0]!.deductions).toBeNull();
  });

  it('refuses a deduction of $0.00, one without what it was for, and a claim that is not board or lodging, at the field', () => {
    expect(issuesOf(kitchen({ deductions: [{ ...bunk, perWeek: '0' }] })).map((i) => [i.path, i.code])).toEqual([['laborPeriods.0.deductions.0.perWeek', 'too-small']]);
    expect(issuesOf(kitchen({ deductions: [{ perWeek: '100' }] })).map((i) => i.path)).toEqual(['laborPeriods.0.deductions.0.what']);
    expect(issuesOf(kitchen({ deductions: [{ ...bunk, claimedAs: 'rent' }] })).map((i) => i.path)).toEqual(['laborPeriods.0.deductions.0.claimedAs']);
  });
});
