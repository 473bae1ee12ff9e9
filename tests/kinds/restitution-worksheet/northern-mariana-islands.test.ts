// Work in the Northern Mariana Islands (docs/domain/restitution-worksheet-territories.md): the
// FLSA minimum wage there rose in steps from 2007 and reached the federal $7.25 on September 30,
// 2018 (Pub. L. No. 110-28, § 8103(b)(1), as amended by Pub. L. No. 111-117, div. D, § 520, Pub. L.
// No. 111-244, § 2, and Pub. L. No. 113-34, § 2). Accepted from that date, refused before it;
// American Samoa stays refused, saying why and what to do.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { pdfText } from '../../support/extract.js';
import { baseCase, issuesOf, run } from './cases.js';

const MON_SAT = { monday: 10, tuesday: 10, wednesday: 10, thursday: 10, friday: 10, saturday: 10 };
const saipan = (startDate: string, endDate: string, settings: Record<string, unknown> = { liquidatedDamages: false }) =>
  baseCase({ settings, laborPeriods: [{ label: 'Garment shop, Saipan', startDate, endDate, state: 'mp', weeklySchedule: MON_SAT }] });

describe('the Northern Mariana Islands', () => {
  it('from Sunday September 30, 2018: 60 hours a week at $7.25, 40 × $7.25 + 20 × $10.875 = $507.50', () => {
    const { computed, warnings } = run(saipan('2018-09-30', '2018-10-13'));
    expect(computed.weeks.map((w) => [w.weekStart, w.hours, w.owedCents])).toEqual([
      ['2018-09-30', 60, 50750],
      ['2018-10-07', 60, 50750],
    ]);
    expect(computed.flsa.totalCents).toBe(101500);
    expect(warnings).toEqual([]);
  });

  it('a period starting before September 30, 2018 is refused at its start date, saying why and what to do', () => {
    const issues = issuesOf(saipan('2018-09-16', '2018-10-13'));
    expect(issues).toEqual([expect.objectContaining({ path: 'laborPeriods.0.startDate', code: 'territory-before-federal-rate' })]);
    expect(issues[0]!.message).toContain('is before September 30, 2018, the day the FLSA minimum wage in the Northern Mariana Islands reached the federal $7.25');
    expect(issues[0]!.message).toContain('Pub. L. No. 113-34, § 2');
    expect(issues[0]!.message).toContain('$7.05 from September 30, 2017');
    expect(issues[0]!.message).toContain('start this period on September 30, 2018 or later');
    // A custom rate does not make it computable: the federal rate is always the floor.
    const custom = saipan('2017-10-01', '2018-10-13', { customRates: [{ effectiveDate: '2017-09-30', hourlyRate: '7.05' }] });
    expect(issuesOf(custom).map((i) => i.code)).toEqual(['territory-before-federal-rate']);
  });

  it('under the state setting the federal rate applies, and the preparer is told the table has no Commonwealth rate', () => {
    const { computed, warnings } = run(saipan('2018-09-30', '2018-10-06', { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false }));
    expect(computed.weeks[0]).toMatchObject({ ratesCents: [725], owedCents: 50750 });
    expect(computed.ratesUsed.state).toBe(false);
    expect(warnings).toEqual([expect.objectContaining({ path: 'laborPeriods.0.state', code: 'territory-rate-not-in-table' })]);
    expect(warnings[0]!.message).toContain('no minimum wage of the Northern Mariana Islands’ own');
  });

  it('the worksheet names the place and says from when and by what law the federal rate applies there', async () => {
    const g = await generate({ kind: 'restitution-worksheet', input: saipan('2018-09-30', '2018-10-13'), format: 'pdf' });
    const t = pdfText(g.bytes).replace(/\s+/g, ' ');
    expect(t).toContain('State where worked Northern Mariana Islands');
    expect(t).toContain('A “State” of the Fair Labor Standards Act includes the Northern Mariana Islands, where the federal minimum wage applies as in a state (29 U.S.C. § 203(c)). In the Northern Mariana Islands the federal minimum wage applies from September 30, 2018');
  });

  it('the minimum wage applied there cites the law that brought the federal rate to the Commonwealth (§ 8103), not only § 8102', () => {
    const { computed } = run(saipan('2018-09-30', '2018-10-13'));
    expect(computed.periodRates[0]!.map((s) => s.citation)).toEqual([
      '29 U.S.C. § 206(a)(1)(C), Pub. L. No. 110-28, § 8102; applied in the Northern Mariana Islands by Pub. L. No. 110-28, § 8103 (its steps, § 8103(b)(1) as amended, reached $7.25 there on September 30, 2018)',
    ]);
    // A period in a state, or in Guam (where § 206(a)(1) applies as in a state), keeps the federal citation alone.
    const two = baseCase({
      settings: { liquidatedDamages: false },
      laborPeriods: [
        { startDate: '2022-03-07', endDate: '2022-03-11', state: 'GU', weeklySchedule: MON_SAT },
        { startDate: '2022-03-14', endDate: '2022-03-18', state: 'MP', weeklySchedule: MON_SAT },
      ],
    });
    const rates = run(two).computed.periodRates.map((segs) => segs.map((s) => s.citation));
    expect(rates[0]).toEqual(['29 U.S.C. § 206(a)(1)(C), Pub. L. No. 110-28, § 8102']);
    expect(rates[1]![0]).toContain('§ 8103');
  });
});

describe('American Samoa', () => {
  it('is refused saying why (industry rates by wage order, § 206(a)(3)) and what the clinic can do', () => {
    const issues = issuesOf(baseCase({ laborPeriods: [{ startDate: '2022-03-07', endDate: '2022-03-11', state: 'AS', weeklySchedule: MON_SAT }] }));
    expect(issues).toEqual([expect.objectContaining({ path: 'laborPeriods.0.state', code: 'unknown-state' })]);
    const m = issues[0]!.message;
    expect(m).toContain('the rate of the employer’s industry (29 U.S.C. § 206(a)(3)), set by industry wage orders (29 C.F.R. part 697)');
    expect(m).toContain('Compute the FLSA value of this work by hand at the rate of the employer’s industry in force on each day');
    expect(m).toContain('the value of the same work to the defendant can still be claimed in grossIncome');
    expect(m).toContain('Do not leave the state out or give a custom rate: either values the hours at $7.25 or more');
  });
});
