// Round r59, a clinic's attorney and opposing counsel reading the worksheet (worksheet 2.24.0;
// docs/domain/restitution-worksheet-examples.md, worked examples 37 and 38): with several
// defendants the rule on G no longer speaks of "the defendant's share" and says what 18 U.S.C.
// § 3664(h) lets the court do; the farm sentence says § 213(c) as the statute does (a person
// standing in a parent's place; § 213(c)(2)'s exception for that one's own farm; the small-farm
// exemption of § 213(a)(6)(A); the eight weeks of the § 213(c)(4) waiver); tips a defendant took
// are claimed as lost income beside F, never in F nor also in G (README-pay.md, "Tips"; worked
// example 39).
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { baseCase, parse, run, WEEKDAYS_ONLY } from './cases.js';

type Page = { rules: string[]; assumptions: string[] };
const page = (raw: Record<string, unknown>) => {
  const r = run(raw);
  return view(parse(raw), r.computed, r.warnings) as unknown as Page;
};

describe('the rule on G with several defendants (18 U.S.C. § 3664(h))', () => {
  // Worked example 37: the Clayton line of worked example 4 (15 days × 6 acts × $80.00 = $7,200.00,
  // share 0.5, $3,600.00 counted), asked of two defendants (fictional names).
  const clayton = { label: 'Acts sold', incomeFrom: 'commercial-sex-acts', days: 15, actsPerDay: 6, pricePerAct: '80.00', defendantShare: 0.5, evidence: 'Exhibit 1' };
  const two = baseCase({ defendants: ['Rowan Tessaly', 'Corin Abernethy'], grossIncome: [clayton] });
  const one = baseCase({ grossIncome: [clayton] });
  const gRule = (raw: Record<string, unknown>) => page(raw).rules.find((r) => r.startsWith('Gross income or value to the defendant')) ?? '';

  it('two defendants: the share is one defendant’s, and the court may hold each liable for the full amount or apportion', () => {
    const r = gRule(two);
    expect(r).not.toContain('the defendant’s share');
    expect(r).toContain('times a share where the evidence shows that one of the defendants kept only part of a line’s gross');
    expect(r).toContain('of which one defendant’s half, $3,600');
    expect(r).toContain('A share measures that line’s gross income to one defendant; it does not divide the total among the defendants.');
    expect(r).toContain(
      'the court may make each defendant liable for payment of the full amount of restitution, or may apportion liability among them to reflect the level of each one’s contribution to the victim’s loss and the economic circumstances of each (18 U.S.C. § 3664(h)).',
    );
    // The figures do not move: $3,600.00 counted, $7,200.00 with every line in full.
    const r2 = run(two);
    expect(r2.computed.grossIncome.totalCents).toBe(360000);
    expect(r2.computed.alternatives.jointAndSeveral?.totalCents).toBe(720000);
  });

  it('one defendant: the rule says the defendant’s share, as before, and no § 3664(h) sentence', () => {
    const r = gRule(one);
    expect(r).toContain('times the defendant’s share where the defendant kept only part');
    expect(r).toContain('of which the defendant’s half, $3,600');
    expect(r).not.toContain('3664(h)');
  });
});

describe('§ 213(c) as the statute says it (worked example 38)', () => {
  // The onion farm of worked example 36: Texas, Sunday June 2 to Saturday June 15, 2024,
  // § 213(b)(12), Monday to Saturday 10 hours; F = $870.00 at every age.
  const SIX_TENS = { ...WEEKDAYS_ONLY(10), saturday: 10 };
  const farm = { label: 'Onion farm', startDate: '2024-06-02', endDate: '2024-06-15', state: 'TX', exemption: 'agriculture-213b12', weeklySchedule: SIX_TENS };
  const bornOn = (dateOfBirth: string) =>
    baseCase({
      victim: { identifier: 'K.M.', minor: true, minorDuringOffense: true, dateOfBirth, payee: { name: 'Lena Whitcombe', role: 'legal-guardian' } },
      settings: { liquidatedDamages: false },
      laborPeriods: [farm],
    });
  const farmText = (raw: Record<string, unknown>) => page(raw).assumptions.find((a) => a.includes('§ 213(c)')) ?? '';
  const HAZARD = 'no work in an occupation declared particularly hazardous for those under 16, except for a parent or a person standing in a parent’s place on a farm that parent or person owned or operated (§ 213(c)(2))';

  it('14 or 15 (born January 1, 2010): § 213(c)(2) closes the hazardous occupations except on the farm of a parent or one standing in a parent’s place', () => {
    const a = farmText(bornOn('2010-01-01'));
    expect(a).toContain(`an age at which § 213(c) allowed any farm work outside school hours (§ 213(c)(1)(C)); and ${HAZARD}.`);
    expect(a).not.toContain('none in an occupation');
  });

  it('under 12 (born January 1, 2013): a person standing in a parent’s place, the small-farm exemption of § 213(a)(6)(A), the waiver’s eight weeks', () => {
    const a = farmText(bornOn('2013-01-01'));
    expect(a).toContain('only for a parent or a person standing in a parent’s place on a farm that parent or person owned or operated, or with the consent of that parent or person on a farm none of whose employees had to be paid the minimum wage because of the small-farm exemption of § 213(a)(6)(A) (§ 213(c)(1)(A))');
    // From worksheet 2.25.0 with the waiver's own conditions of § 213(c)(4)(B) (review-r60.test.ts).
    expect(a).toContain('for not more than eight weeks between June 1 and October 15 of a calendar year (§ 213(c)(4)(A), (B))');
    expect(a).toContain(HAZARD);
  });

  it('12 or 13 (born January 1, 2011): the consent of a parent or one standing in a parent’s place', () => {
    expect(farmText(bornOn('2011-01-01'))).toContain(
      'only with the consent of a parent or a person standing in a parent’s place, or where that parent or person was employed on the same farm (§ 213(c)(1)(B))',
    );
  });

  it('two groups are two sentences, each rule whole (born June 10, 2010: 14 on Monday June 10)', () => {
    const a = farmText(bornOn('2010-06-10'));
    expect(a).toContain('On the days of farm work the victim was 12 or 13 and then 14 or 15. At 12 or 13, § 213(c) allowed');
    expect(a).toContain(`. At 14 or 15, § 213(c) allowed any farm work outside school hours (§ 213(c)(1)(C)); and ${HAZARD}.`);
  });

  it('§ 213(a)(6)(D), not applied, is said with its three conditions', () => {
    expect(farmText(bornOn('2011-01-01'))).toContain(
      'a hand-harvest laborer of 16 or under paid by the piece, on the same farm as a parent or a person standing in a parent’s place, at the piece rate paid to those over 16 (§ 213(a)(6)(D))',
    );
    expect(run(bornOn('2011-01-01')).computed.flsa.totalCents).toBe(87000);
  });
});

describe('tips a defendant took: lost income beside F, not part of it (worked example 39)', () => {
  // The restaurant of worked example 27: Texas, Monday to Friday 10 hours in the week of Sunday
  // January 7, 2024, paid nothing: F = 40 × $7.25 + 10 × $10.875 = $398.75. The defendant took the
  // $600.00 in tips customers gave the victim that week. F is the minimum wage and overtime alone
  // (18 U.S.C. § 1593(b)(3)); the tips are the victim's (29 U.S.C. § 203(m)(2)(B), from March 23,
  // 2018), a loss the offense caused: total = $398.75 + $600.00 = $998.75.
  const restaurant = { label: 'Restaurant', startDate: '2024-01-07', endDate: '2024-01-13', state: 'TX', weeklySchedule: WEEKDAYS_ONLY(10) };
  const tips = { category: 'lost-income', description: 'Tips customers gave the victim, taken by the defendant each night (Exhibit 4)', amount: '600.00', projected: false, startDate: '2024-01-07', endDate: '2024-01-13' };
  const raw = baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [restaurant], losses: [tips] });

  it('the total adds the tips to F; F does not move', () => {
    const r = run(raw);
    expect(r.computed.flsa.totalCents).toBe(39875);
    expect(r.computed.losses.totalCents).toBe(60000);
    expect(r.computed.totalCents).toBe(99875);
  });

  it('the overlap warning says such tips are no double count of F, and must not also be in G', () => {
    const w = run(raw).warnings.find((x) => x.code === 'lost-income-overlap');
    expect(w?.message).toContain('unless it is income that value leaves out, such as tips the victim received and a defendant took (the FLSA value counts the minimum wage and overtime alone); such tips must not also be in a gross-income line');
  });

  it('the form’s help for wages paid says where tips a defendant took go', () => {
    const schema = JSON.stringify(caseJsonSchema(getKind('restitution-worksheet')));
    expect(schema).toContain('Tips the victim received that a defendant took are no part of the wages either: claim them as a loss of lost income (18 U.S.C. § 2259(c)(2)(D)), with their dates, and not also in a gross-income line.');
  });
});

describe('the figure without state rates can be checked from the page (worked example 40)', () => {
  // Illinois, Monday to Saturday 10 hours, Sunday June 21 to Saturday August 8, 2009, state rates
  // where higher. F: $7.75, then $8.00 from Wednesday July 1 (820 ILCS 105/4); the week of June
  // 28 is 20 h × $7.75 + 40 h × $8.00 = $475.00, regular rate $475.00 ÷ 60 = $7.916667, owed
  // $475.00 + 20 × ½ × $7.916667 = $554.17; F = $3,896.67. At the federal rate alone: $6.55, then
  // $7.25 from Friday July 24, 2009 (29 U.S.C. § 206(a)(1)(C)); four weeks of 40 × $6.55 + 20 ×
  // $9.825 = $458.50; the week of July 19: 40 h × $6.55 + 20 h × $7.25 = $407.00, regular rate
  // $6.783333, owed $407.00 + 20 × ½ × $6.783333 = $474.83; two weeks of $507.50; $3,323.83.
  const raw = baseCase({
    victim: { identifier: 'K.M.', minor: false, minorDuringOffense: true, dateOfBirth: '1991-07-29' },
    settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false },
    laborPeriods: [{ label: 'Restaurant kitchen', startDate: '2009-06-21', endDate: '2009-08-08', state: 'IL', weeklySchedule: { ...WEEKDAYS_ONLY(10), saturday: 10 } }],
  });
  type Flsa = { federalOnly: { rates: string | null; rateLines: string[] | null; total: string } | null; straddling: string[] | null };

  it('F and the federal figure as worked by hand', () => {
    const r = run(raw);
    expect(r.computed.weeks.map((w) => w.owedCents)).toEqual([54250, 55417, 56000, 56000, 56000, 56000, 56000]);
    expect(r.computed.flsa.totalCents).toBe(389667);
    expect(r.computed.flsaFederalOnly?.totalCents).toBe(332383);
  });

  it('the page gives the federal rates of the labor’s days and the federal week of two rates', () => {
    const r = run(raw);
    const v = view(parse(raw), r.computed, r.warnings) as unknown as Flsa;
    expect(v.federalOnly?.total).toBe('$3,323.83');
    expect(v.federalOnly?.rates).toBe('The federal minimum wage on the days of the labor: $6.55 an hour to July 23, 2009 and $7.25 an hour from July 24, 2009 (29 U.S.C. § 206(a)(1)).');
    expect(v.federalOnly?.rateLines).toEqual(['July 19, 2009: $6.55 for 40 hours and $7.25 for 20 hours; weighted-average regular rate $6.783333']);
    // F's own week of two rates stays under F's table, and only there.
    expect(v.straddling).toEqual(['June 28, 2009: $7.75 for 20 hours and $8.00 for 40 hours; weighted-average regular rate $7.916667']);
  });

  it('a labor period within one federal rate names that rate alone; a state week of one federal rate adds no line', () => {
    const one = baseCase({
      settings: { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false },
      laborPeriods: [{ startDate: '2009-06-21', endDate: '2009-07-11', state: 'IL', weeklySchedule: WEEKDAYS_ONLY(10) }],
    });
    const r = run(one);
    const v = view(parse(one), r.computed, r.warnings) as unknown as Flsa;
    expect(v.federalOnly?.rates).toBe('The federal minimum wage on the days of the labor: $6.55 an hour (29 U.S.C. § 206(a)(1)).');
    expect(v.federalOnly?.rateLines).toBeNull();
  });
});
