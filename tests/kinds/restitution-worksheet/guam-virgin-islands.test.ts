// Work in Guam and the U.S. Virgin Islands (docs/domain/restitution-worksheet-territories.md):
// the federal minimum wage applies there as in a state (29 U.S.C. §§ 203(c), 206(a)(1)), and with
// the state setting the territory's own higher rate (data/minimum-wage-us.csv: 22 GCA § 3105;
// V.I. Code Ann. tit. 24, § 4(a)). Both used to be refused (`unknown-state`), the message saying
// to leave the state out.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { pdfText } from '../../support/extract.js';
import { baseCase, issuesOf, run, WEEKDAYS_ONLY } from './cases.js';

const STATE = { minimumWage: 'higher-of-federal-and-state', liquidatedDamages: false };
// Monday to Friday 10 hours in one workweek: 50 hours, 10 of them overtime.
const week = (state: string, sunday: string, saturday: string, settings: Record<string, unknown> = STATE) =>
  baseCase({ settings, laborPeriods: [{ startDate: sunday, endDate: saturday, state, weeklySchedule: WEEKDAYS_ONLY(10) }] });

describe('Guam and the U.S. Virgin Islands', () => {
  it('Guam, state setting, week of Sunday March 6, 2022: $9.25 (from September 1, 2021)', () => {
    // 40 × $9.25 = $370.00 + 10 × $13.875 = $138.75 → $508.75; federal alone 40 × $7.25 + 10 × $10.875 = $398.75.
    const { computed, warnings } = run(week('GU', '2022-03-06', '2022-03-12'));
    expect(computed.weeks[0]).toMatchObject({ hours: 50, ratesCents: [925], owedCents: 50875 });
    expect(computed.flsaFederalOnly!.owedCents).toBe(39875);
    expect(computed.periodRates[0]![0]).toMatchObject({ source: 'state', citation: '22 GCA § 3105 (Minimum Wage and Hour Act of Guam) (Guam minimum wage effective September 1, 2021)' });
    expect(warnings.map((w) => w.code)).toEqual(['state-rates-used']);
  });

  it('Guam on the dates of its steps: $8.25 on December 31, 2019 is still the 2015 rate, $8.75 from March 1, 2020', () => {
    expect(run(week('GU', '2019-12-29', '2020-01-04')).computed.weeks[0]!.ratesCents).toEqual([825]);
    expect(run(week('GU', '2020-03-01', '2020-03-07')).computed.weeks[0]!.ratesCents).toEqual([875]);
    // The second step was moved from March 1 to September 1, 2021 (P.L. 36-1).
    expect(run(week('GU', '2021-03-07', '2021-03-13')).computed.weeks[0]!.ratesCents).toEqual([875]);
  });

  it('the Virgin Islands, week of Sunday June 3, 2018: $10.50, cited to V.I. Code Ann. tit. 24, § 4(a)', () => {
    // 40 × $10.50 = $420.00 + 10 × $15.75 = $157.50 → $577.50.
    const { computed } = run(week('VI', '2018-06-03', '2018-06-09'));
    expect(computed.weeks[0]).toMatchObject({ ratesCents: [1050], owedCents: 57750 });
    expect(computed.periodRates[0]![0]!.citation).toBe('V.I. Code Ann. tit. 24, § 4(a) (U.S. Virgin Islands minimum wage effective June 1, 2018)');
    // The first step: June 21, 2016, 90 days after Act No. 7856.
    expect(run(week('VI', '2016-06-19', '2016-06-25')).computed.weeks[0]!.ratesCents).toEqual([725, 835]);
  });

  it('under the federal setting the place is accepted and the federal rate applies', () => {
    const { computed, warnings } = run(week('VI', '2018-06-03', '2018-06-09', { liquidatedDamages: false }));
    expect(issuesOf(week('VI', '2018-06-03', '2018-06-09', {}))).toEqual([]);
    expect(computed.weeks[0]).toMatchObject({ ratesCents: [725], owedCents: 39875 });
    expect(warnings).toEqual([]);
  });

  it('a period reaching days whose own territorial rate is not in the table is warned, under the state setting only', () => {
    const vi2007 = run(week('VI', '2007-03-04', '2007-03-10'));
    expect(vi2007.warnings).toEqual([expect.objectContaining({ path: 'laborPeriods.0.state', code: 'territory-rate-not-in-table' })]);
    expect(vi2007.warnings[0]!.message).toContain('reported as $6.15 an hour from January 1, 2007');
    expect(run(week('VI', '2007-03-04', '2007-03-10', { liquidatedDamages: false })).warnings).toEqual([]);
    expect(run(week('VI', '2010-03-07', '2010-03-13')).warnings).toEqual([]);
    expect(run(week('GU', '2007-07-15', '2007-07-21')).warnings.map((w) => w.code)).toEqual(['territory-rate-not-in-table']);
    expect(run(week('GU', '2007-07-22', '2007-07-28')).warnings.map((w) => w.code)).toEqual(['territory-rate-not-in-table']);
    expect(run(week('GU', '2007-07-29', '2007-08-04')).warnings).toEqual([]);
  });

  it('the worksheet prints the territory’s rate with its law', async () => {
    const g = await generate({ kind: 'restitution-worksheet', input: week('GU', '2022-03-06', '2022-03-12'), format: 'pdf' });
    const t = pdfText(g.bytes).replace(/\s+/g, ' ');
    expect(t).toContain('$9.25 an hour, 22 GCA § 3105 (Minimum Wage and Hour Act of Guam) (Guam minimum wage effective September 1, 2021)');
    // Only the territories the case's periods are in (template 2.7.0: it named both for a Guam case).
    expect(t).toContain('A “State” of the Fair Labor Standards Act includes Guam, where the federal minimum wage applies as in a state (29 U.S.C. § 203(c)).');
  });
});

describe('Guam, two jobs whose agreed rates decide F: the state setting changes nothing', () => {
  // Weeks of March 6 and 13, 2022: a laundry job Monday–Friday 8 h at an agreed $12.00, paid
  // $480.00 a week, and a restaurant job Saturday and Sunday 10 h at an agreed $10.00, paid
  // $200.00 a week. 60 hours, regular rate (40 × $12 + 20 × $10) ÷ 60 = $11.3333…; owed
  // max($555.00 at Guam's $9.25 or $435.00 at $7.25, the $680.00 agreed and paid) + 20 × $5.6667
  // = $793.33 either way; unpaid $113.33 a week; F with liquidated damages $453.32 both ways.
  const twoJobs = baseCase({
    settings: { minimumWage: 'higher-of-federal-and-state' },
    laborPeriods: [
      { label: 'Hotel laundry', startDate: '2022-03-06', endDate: '2022-03-19', state: 'GU', weeklySchedule: WEEKDAYS_ONLY(8), agreedRate: '12.00', wagesPaid: { perWeek: '480.00' } },
      { label: 'Restaurant', startDate: '2022-03-06', endDate: '2022-03-19', state: 'GU', weeklySchedule: { saturday: 10, sunday: 10 }, agreedRate: '10.00', wagesPaid: { perWeek: '200.00' } },
    ],
  });

  it('the warning says the same, and the worksheet prints no alternative that repeats F', async () => {
    const { computed, warnings } = run(twoJobs);
    expect(computed.ratesUsed.state).toBe(true);
    expect(computed.flsa.totalCents).toBe(45332);
    expect(computed.flsaFederalOnly!.totalCents).toBe(45332);
    const w = warnings.find((x) => x.code === 'state-rates-used')!;
    expect(w.message).toContain('but the FLSA value is the same, $453.32, at the federal minimum wage alone');
    expect(w.message).not.toContain('FLSA value with state rates');
    const g = await generate({ kind: 'restitution-worksheet', input: twoJobs, format: 'pdf' });
    const t = pdfText(g.bytes).replace(/\s+/g, ' ');
    expect(t).not.toContain('F at the federal minimum wage alone, without state rates');
    expect(t).not.toContain('F at the federal rate (the alternative)');
    expect(t).not.toContain('so that the court can choose');
    expect(t).toContain('but F is the same, $453.32, at the federal minimum wage alone: in no workweek does the unpaid amount depend on which minimum wage applies');
  });

  it('where Guam’s rate raises F (the restaurant unpaid), both figures and the row stay', async () => {
    const raised = structuredClone(twoJobs) as { laborPeriods: Array<Record<string, unknown>> };
    delete raised.laborPeriods[1]!.wagesPaid;
    delete raised.laborPeriods[1]!.agreedRate;
    const { computed, warnings } = run(raised);
    expect(computed.flsa.totalCents).toBeGreaterThan(computed.flsaFederalOnly!.totalCents);
    expect(warnings.find((x) => x.code === 'state-rates-used')!.message).toContain('FLSA value with state rates');
    const t = pdfText((await generate({ kind: 'restitution-worksheet', input: raised, format: 'pdf' })).bytes).replace(/\s+/g, ' ');
    expect(t).toContain('F at the federal minimum wage alone, without state rates');
  });
});
