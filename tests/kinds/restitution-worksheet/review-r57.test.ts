// Round r57, a clinic's attorney and opposing counsel reading the worksheet (worksheet 2.22.0;
// docs/domain/restitution-worksheet-examples.md, worked example 34): each choice that lowers the
// total is said as a filing says it, what was chosen and on what basis, never "by the case’s
// setting" (the software's word, which gives a court no ground to rule on).
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { pdfText } from '../../support/extract.js';
import { baseCase, issuesOf, parse, run, WEEKDAYS_ONLY } from './cases.js';

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
    // The minimum wage assumption said "the worksheet can be recomputed with that setting"; from
    // 2.23.0 it says what the court may do (review-r58.test.ts).
    expect(t).toContain('counsel may ask the court to use it (29 U.S.C. § 218(a)), and F would then be computed with that rate on the days it was higher.');
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

describe('a child’s labor judged on the age on the days worked (29 U.S.C. § 213(c))', () => {
  // Worked example 35. A farm (the § 213(b)(12) exemption) from Sunday June 2 to Saturday June 15,
  // 2024 and a kitchen from Sunday July 7 to Saturday July 20, 2024, Texas, Monday to Saturday 10
  // hours. The figures never depend on age: two farm weeks exempt from overtime, 60 × $7.25 =
  // $435.00 each; two kitchen weeks, 40 × $7.25 + 20 × $10.875 = $507.50 each; F $1,885.00.
  const SIX_TENS = { ...WEEKDAYS_ONLY(10), saturday: 10 };
  const farm = { label: 'Onion farm', startDate: '2024-06-02', endDate: '2024-06-15', state: 'TX', exemption: 'agriculture-213b12', weeklySchedule: SIX_TENS };
  const kitchen = { label: 'Kitchen', startDate: '2024-07-07', endDate: '2024-07-20', state: 'TX', weeklySchedule: SIX_TENS };
  // 18 or older on the worksheet's date (January 15, 2026), a child during the offense.
  const then = (dateOfBirth?: string, periods: unknown[] = [farm, kitchen]) =>
    baseCase({
      victim: { identifier: 'K.M.', minor: false, minorDuringOffense: true, ...(dateOfBirth ? { dateOfBirth } : {}) },
      settings: { liquidatedDamages: false },
      laborPeriods: periods,
    });
  const age = (raw: Record<string, unknown>) => page(raw).assumptions.find((a) => a.startsWith('The victim was under 18')) ?? null;

  it('18 on June 10, 2024, during the farm period: the farm’s first days a child’s, the kitchen an adult’s', () => {
    const a = age(then('2006-06-10'))!;
    expect(a).toContain('The victim was under 18 during part of the labor (the work of period 1 up to the victim’s eighteenth birthday) and 18 or older during the rest; at every age the full minimum wage and overtime are valued for every hour');
    expect(a).toContain('Farm work done before the victim turned 18 does not change this: the child labor rules of agriculture are those of 29 U.S.C. § 213(c)');
    // No date that would give the birthday away (Fed. R. Crim. P. 49.1(a)(2)).
    expect(a).not.toMatch(/2006|June 10/);
    expect(run(then('2006-06-10')).computed.flsa.totalCents).toBe(188500);
  });

  it('18 before the farm and a child in none of the labor: no age assumption, no farm sentence', () => {
    // A child during the commercial sex acts of 2023 (minorDuringOffense), 18 on May 1, 2024.
    const raw = then('2006-05-01');
    expect(age(raw)).toBeNull();
    expect(page(raw).assumptions.join(' ')).not.toContain('§ 213(c)');
    expect(run(raw).computed.flsa.totalCents).toBe(188500);
  });

  it('18 between the farm and the kitchen: the farm a child’s, in full; the kitchen named as adult work', () => {
    const a = age(then('2006-07-01'))!;
    expect(a).toContain('The victim was under 18 during part of the labor (the work of period 1) and 18 or older during the rest;');
    expect(a).toContain(' Farm work does not change this:');
  });

  it('18 during the kitchen period: the farm a child’s; the kitchen up to the birthday; the farm sentence said of all the farm work', () => {
    const a = age(then('2006-07-15'))!;
    expect(a).toContain('(the work of period 1, and that of period 2 up to the victim’s eighteenth birthday)');
    expect(a).toContain(' Farm work does not change this:');
  });

  it('a child on every day worked: as before', () => {
    expect(age(then('2007-01-01'))).toMatch(/^The victim was under 18 during the labor; the full minimum wage/);
    expect(age(then('2007-01-01'))).toContain(' Farm work does not change this:');
  });

  it('the birthday on a day off counts no day worked as a child’s: a Sunday, the farm’s first day', () => {
    // June 2, 2024 is a Sunday with no hours: every hour of the farm was worked at 18.
    expect(age(then('2006-06-03'))).toBeNull();
    expect(age(then('2006-06-04'))).toContain('(the work of period 1 up to the victim’s eighteenth birthday)');
  });

  it('without the date of birth: said conditionally, and the preparer asked for it', () => {
    const raw = then();
    const a = age(raw)!;
    expect(a).toContain('The victim was under 18 during at least part of the offense; for the labor done before the victim turned 18, the full minimum wage');
    expect(a).toContain('Farm work done before the victim turned 18 does not change this');
    expect(run(raw).warnings.map((w) => w.code)).toContain('age-during-labor-unknown');
    // A minor on the worksheet's date was one on every day worked: no question, no warning.
    const minor = baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [farm] });
    expect(age(minor)).toMatch(/^The victim was under 18 during the labor; .* Farm work does not change this:/);
    expect(run(minor).warnings.map((w) => w.code)).not.toContain('age-during-labor-unknown');
    expect(run(then('2006-06-10')).warnings.map((w) => w.code)).not.toContain('age-during-labor-unknown');
  });

  it('a date of birth that contradicts the case is refused, naming the field and the rule', () => {
    // Under 18 on January 15, 2026, yet minor: false.
    expect(issuesOf(then('2008-03-01'))).toContainEqual(expect.objectContaining({ path: 'victim.minor', code: 'invalid-value' }));
    // 18 on the worksheet's date, yet minor: true.
    expect(issuesOf(baseCase({ victim: { identifier: 'K.M.', minor: true, dateOfBirth: '2006-06-10', payee: { name: 'Lena Whitcombe', role: 'legal-guardian' } }, laborPeriods: [farm] }))).toContainEqual(
      expect.objectContaining({ path: 'victim.minor', code: 'invalid-value' }),
    );
    // A child on the farm's first day, and minorDuringOffense left out.
    const unsaid = baseCase({ victim: { identifier: 'K.M.', minor: false, dateOfBirth: '2006-06-10' }, laborPeriods: [farm] });
    expect(issuesOf(unsaid)).toContainEqual(expect.objectContaining({ path: 'victim.minorDuringOffense', code: 'invalid-value' }));
    expect(issuesOf(baseCase({ victim: { identifier: 'K.M.', minor: false, dateOfBirth: '2027-01-01' } }))).toContainEqual(
      expect.objectContaining({ path: 'victim.dateOfBirth', code: 'date-after-document-date' }),
    );
    expect(issuesOf(then('2006-06-10'))).toEqual([]);
  });
});
