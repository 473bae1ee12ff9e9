// Round r58, a clinic's attorney and opposing counsel reading the worksheet (worksheet 2.23.0;
// docs/domain/restitution-worksheet-examples.md, worked example 36): the farm sentence names the
// age group of 29 U.S.C. § 213(c) that applied on the days of farm work; the assumptions speak to
// the court, never of recomputing the worksheet; a date of birth after the worksheet's date is
// refused in words of its own.
import { describe, expect, it } from 'vitest';
import { CODES } from '../../../src/kinds/restitution-worksheet/codes.js';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { baseCase, issuesOf, parse, run, WEEKDAYS_ONLY } from './cases.js';

type Page = { rules: string[]; assumptions: string[] };
const page = (raw: Record<string, unknown>) => {
  const r = run(raw);
  return view(parse(raw), r.computed, r.warnings) as unknown as Page;
};

describe('the farm sentence names the age group of § 213(c) on the days of farm work', () => {
  // Worked example 36. The onion farm of worked example 35: Sunday June 2 to Saturday June 15,
  // 2024, Texas, the § 213(b)(12) exemption, Monday to Saturday 10 hours; two exempt weeks of
  // 60 × $7.25 = $435.00, F = $870.00 at every age. The worksheet is dated January 15, 2026.
  const SIX_TENS = { ...WEEKDAYS_ONLY(10), saturday: 10 };
  const farm = { label: 'Onion farm', startDate: '2024-06-02', endDate: '2024-06-15', state: 'TX', exemption: 'agriculture-213b12', weeklySchedule: SIX_TENS };
  const bornOn = (dateOfBirth: string, minor: boolean) =>
    baseCase({
      victim: { identifier: 'K.M.', minor, minorDuringOffense: true, dateOfBirth, ...(minor ? { payee: { name: 'Lena Whitcombe', role: 'legal-guardian' } } : {}) },
      settings: { liquidatedDamages: false },
      laborPeriods: [farm],
    });
  const farmText = (raw: Record<string, unknown>) => page(raw).assumptions.find((a) => a.includes('§ 213(c)')) ?? '';

  it('13 on every day of farm work (born January 1, 2011): 12 or 13, with a parent’s consent or a parent on the farm', () => {
    const a = farmText(bornOn('2011-01-01', true));
    expect(a).toContain(
      // Round r59: the statute's words (a person standing in a parent's place; § 213(c)(2)'s exception for that one's own farm).
      'On the days of farm work the victim was 12 or 13, an age at which § 213(c) allowed farm work outside school hours only with the consent of a parent or a person standing in a parent’s place, or where that parent or person was employed on the same farm (§ 213(c)(1)(B)); and no work in an occupation declared particularly hazardous for those under 16, except for a parent or a person standing in a parent’s place on a farm that parent or person owned or operated (§ 213(c)(2)).',
    );
    expect(a).not.toMatch(/14 or 15|16 or 17|under 12/);
    // The list of every group, said when the age is not known, is not said beside the known one.
    expect(a).not.toContain('(work outside school hours; at 12 or 13');
    expect(run(bornOn('2011-01-01', true)).computed.flsa.totalCents).toBe(87000);
  });

  it('14 on Monday June 10, 2024, during the farm work (born June 10, 2010): both groups, in turn', () => {
    const a = farmText(bornOn('2010-06-10', true));
    expect(a).toContain(
      'On the days of farm work the victim was 12 or 13 and then 14 or 15. At 12 or 13, § 213(c) allowed farm work outside school hours only with the consent of a parent or a person standing in a parent’s place, or where that parent or person was employed on the same farm (§ 213(c)(1)(B)); and no work in an occupation declared particularly hazardous for those under 16, except for a parent or a person standing in a parent’s place on a farm that parent or person owned or operated (§ 213(c)(2)). At 14 or 15, § 213(c) allowed any farm work outside school hours (§ 213(c)(1)(C)); and no work in an occupation declared particularly hazardous for those under 16, except for a parent or a person standing in a parent’s place on a farm that parent or person owned or operated (§ 213(c)(2)).',
    );
    // No date that would give the birthday away (Fed. R. Crim. P. 49.1(a)(2)).
    expect(a).not.toMatch(/2010|June 10/);
    expect(run(bornOn('2010-06-10', true)).computed.flsa.totalCents).toBe(87000);
  });

  it('a birthday on a day off opens the group on no day worked: 14 on Sunday June 2, the farm’s first day, is 14 or 15 alone', () => {
    expect(farmText(bornOn('2010-06-02', true))).toContain('On the days of farm work the victim was 14 or 15, an age at which § 213(c) allowed any farm work outside school hours (§ 213(c)(1)(C))');
    // 14 on Sunday June 16, after the farm work: 12 or 13 on every day of it.
    expect(farmText(bornOn('2010-06-16', true))).toContain('On the days of farm work the victim was 12 or 13, an age');
  });

  it('16 on the farm (born January 1, 2008, 18 by the worksheet): no limit on farm work at that age', () => {
    const a = farmText(bornOn('2008-01-01', false));
    expect(a).toContain('On the days of farm work the victim was 16 or 17, an age at which the child labor rules set no limit on farm work: the occupations declared particularly hazardous in agriculture are closed only to those under 16 (§ 213(c)(2); 29 U.S.C. § 203(l)).');
  });

  it('under 12 (born January 1, 2013): the parent’s farm, a parent’s consent on a farm exempt from the minimum wage, or a waiver', () => {
    const a = farmText(bornOn('2013-01-01', true));
    expect(a).toContain('On the days of farm work the victim was under 12, an age at which § 213(c) allowed farm work outside school hours only for a parent or a person standing in a parent’s place on a farm that parent or person owned or operated');
    // From worksheet 2.25.0 with the waiver's own conditions (review-r60.test.ts).
    expect(a).toContain('(§ 213(c)(1)(A)), or at 10 or 11 under a waiver granted by the Secretary of Labor, only as a hand-harvest laborer');
  });

  it('18 during the farm work (born June 10, 2006): the group of the days before the birthday only', () => {
    const a = farmText(bornOn('2006-06-10', false));
    expect(a).toContain('Farm work done before the victim turned 18 does not change this');
    expect(a).toContain('On the days of farm work the victim was 16 or 17, an age');
  });

  it('without a date of birth the groups are listed in brief, as before: the age is not known', () => {
    const raw = baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [farm] });
    const a = farmText(raw);
    expect(a).toContain('those of 29 U.S.C. § 213(c) (work outside school hours; at 12 or 13 only with the consent of a parent or a person standing in a parent’s place, or where that parent or person works on the same farm), which');
    expect(a).not.toContain('On the days of farm work');
  });
});

describe('every assumption speaks to the court: none tells the preparer to recompute the worksheet', () => {
  // One week of 50 hours from Sunday March 3, 2024, nothing paid, no agreed rate: overtime valued
  // on $7.25, 40 × $7.25 + 10 × $10.875 = $398.75 at the federal rate.
  const week = { label: 'Kitchen', startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(10) };

  it('overtime on the minimum wage: a rate above it is owed at 1.5 times, more than F counts', () => {
    const a = page(baseCase({ laborPeriods: [week] })).assumptions.find((x) => x.startsWith('Overtime is valued on the minimum wage'))!;
    expect(a).toMatch(/the overtime is owed at one and one-half times it, more than F counts for those hours\.$/);
    expect(a).not.toContain('recomputed');
    expect(a).toContain('Overtime is valued on the minimum wage as the regular rate, since no agreed hourly rate above it is stated for any period.');
    expect(page(baseCase({ laborPeriods: [week] })).rules.join(' ')).toContain('The regular rate used is the minimum wage: no agreed hourly rate is stated for the labor.');
  });

  it('the federal rate alone, no state given: counsel may ask, and F would be computed with that rate', () => {
    const a = page(baseCase({ laborPeriods: [week] })).assumptions.find((x) => x.startsWith('Only the federal minimum wage was used'))!;
    expect(a).toBe('Only the federal minimum wage was used. Where the state (or a city) rate was higher, counsel may ask the court to use it (29 U.S.C. § 218(a)), and F would then be computed with that rate on the days it was higher.');
    const custom = baseCase({ settings: { customRates: [{ effectiveDate: '2024-01-01', hourlyRate: '8.00', label: 'County ordinance' }] }, laborPeriods: [week] });
    expect(page(custom).assumptions.find((x) => x.startsWith('The federal minimum wage was used'))).toContain(
      'counsel may ask the court to use it (29 U.S.C. § 218(a)), and F would then be computed with each state’s rate on the days it was higher.',
    );
  });

  it('no printed rule or assumption of these worksheets says the worksheet can be recomputed, or what "the case gives"', () => {
    const cases = [
      baseCase({ laborPeriods: [week] }),
      baseCase({ laborPeriods: [{ ...week, state: 'FL' }] }),
      baseCase({ settings: { minimumWage: 'higher-of-federal-and-state' }, laborPeriods: [{ ...week, state: 'FL' }] }),
      baseCase({ settings: { customRates: [{ effectiveDate: '2024-01-01', hourlyRate: '8.00', label: 'County ordinance' }] }, laborPeriods: [week] }),
      // Two jobs in one workweek: the assumption on hours totaled across periods (29 C.F.R. § 778.103).
      baseCase({ laborPeriods: [week, { ...week, label: 'Laundry', weeklySchedule: { saturday: 6 } }] }),
    ];
    for (const raw of cases) {
      const p = page(raw);
      // Nor speaks of "the case" as the data entered: to a court the case is the prosecution.
      for (const s of [...p.rules, ...p.assumptions]) expect(s).not.toMatch(/worksheet can be recomputed|can be recomputed with|the case gives|the case does not say/);
    }
  });
});

describe('a date of birth after the worksheet’s date: refused in words of its own', () => {
  it('the message speaks of a date of birth, and the code’s rule names it', () => {
    const issues = issuesOf(baseCase({ victim: { identifier: 'K.M.', minor: false, dateOfBirth: '2027-01-01' } }));
    const i = issues.find((x) => x.path === 'victim.dateOfBirth')!;
    expect(i.code).toBe('date-after-document-date');
    expect(i.message).toBe('is after the date of the worksheet (preparedOn): a date of birth is on or before the day the worksheet is prepared; check the year');
    expect(CODES['date-after-document-date'].rule).toContain('the victim’s date of birth is after that date');
  });
});
