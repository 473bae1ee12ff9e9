// The eighth practitioner review of the restitution worksheet, read as a clinic attorney filing it
// and as opposing counsel attacking it: two jobs in one workweek at different rates, a worker in
// Guam, the Northern Mariana Islands, a workweek mixing two overtime exemptions. Each test holds
// one finding to its fix.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { generate } from '../../../src/pipeline.js';
import { pdfText } from '../../support/extract.js';
import { baseCase, parse, run, WEEKDAYS_ONLY } from './cases.js';

// The restaurant Monday to Friday 8 hours, and cleaning the defendant's house the same evenings
// 3 hours, in the workweek of Sunday March 3, 2024: 55 hours, 15 of them overtime.
const restaurant = { label: 'Restaurant', startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(8) };
const cleaning = { label: 'Cleaning the house', startDate: '2024-03-03', endDate: '2024-03-09', weeklySchedule: WEEKDAYS_ONLY(3) };

describe('pay-above-minimum-wage sets each job’s pay against its own hours', () => {
  const warned = (raw: unknown) =>
    run(raw)
      .warnings.filter((w) => w.code === 'pay-above-minimum-wage')
      .map((w) => w.path);

  it('a job paid nothing is not asked for a rate because the other job paid $12.00 an hour', () => {
    // Restaurant: $480.00 for its 40 hours ($12.00 an hour), cleaning: nothing for its 15. The
    // week's pay over the week's hours ($480.00 > 55 × $7.25 = $398.75) warned on both periods.
    const raw = baseCase({ laborPeriods: [{ ...restaurant, wagesPaid: { perWeek: 480 } }, cleaning] });
    expect(warned(raw)).toEqual(['laborPeriods.0.agreedRate']);
    const w = run(raw).warnings.find((x) => x.code === 'pay-above-minimum-wage')!;
    expect(w.message).toContain('the week of March 3, 2024: $480.00 for 40 hours of this period, about $12.00 an hour');
  });

  it('a job without a rate, paid $10.00 an hour, is asked for it though the other job’s agreed rate marks the week', () => {
    // Cleaning: $150.00 for 15 hours. The week's overtime is valued on the weighted average of
    // $12.00 (40 hours) and the minimum wage $7.25 for the cleaning hours, so the cleaning rate is
    // missing from it; the warning skipped every week marked by an agreed rate.
    const raw = baseCase({ laborPeriods: [{ ...restaurant, agreedRate: 12, wagesPaid: { perWeek: 480 } }, { ...cleaning, wagesPaid: { perWeek: 150 } }] });
    expect(run(raw).computed.weeks[0]!.agreedRate).toBe(true);
    expect(warned(raw)).toEqual(['laborPeriods.1.agreedRate']);
  });

  it('one period reads as before: the week’s pay against the week’s hours', () => {
    const one = baseCase({ laborPeriods: [{ ...restaurant, weeklySchedule: WEEKDAYS_ONLY(10), wagesPaid: { perWeek: 600 } }] });
    expect(run(one).warnings.find((x) => x.code === 'pay-above-minimum-wage')!.message).toContain('the week of March 3, 2024: $600.00 for 50 hours, about $12.00 an hour');
    const atMinimum = baseCase({ laborPeriods: [{ ...restaurant, weeklySchedule: WEEKDAYS_ONLY(10), wagesPaid: { perWeek: '362.50' } }] });
    expect(warned(atMinimum)).toEqual([]);
  });
});

describe('the place of work by name', () => {
  it('prints “Guam”, not the code “GU”, beside “State where worked”', () => {
    const c = parse(baseCase({ laborPeriods: [{ ...restaurant, state: 'GU' }, { ...cleaning, state: 'TX' }] }));
    const { computed, warnings } = run(baseCase({ laborPeriods: [{ ...restaurant, state: 'GU' }, { ...cleaning, state: 'TX' }] }));
    const v = view(c, computed, warnings) as { periods: { state: string | null }[] };
    expect(v.periods.map((p) => p.state)).toEqual(['Guam', 'Texas']);
  });
});

describe('a workweek of two jobs at different agreed rates shows the hours at each rate', () => {
  it('the regular rate is given with the rates it averages and their hours, and the minimum wage', () => {
    // Worked example 14. Restaurant hired at $12.00 (40 hours), cleaning at $10.00 (15 hours): regular rate
    // (40 × $12.00 + 15 × $10.00) ÷ 55 = $630.00 ÷ 55 = $11.454545…; overtime 1.5 × that × 15 =
    // $257.7273; the first 40 hours at the agreed rate as far as paid: nothing paid, so the minimum
    // wage, 40 × $7.25 = $290.00; owed $547.73 (half-up).
    const raw = baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [{ ...restaurant, agreedRate: 12 }, { ...cleaning, agreedRate: 10 }] });
    const { computed, warnings } = run(raw);
    expect(computed.weeks[0]).toMatchObject({
      hours: 55,
      agreedRate: true,
      regularRateCents: '1145.4545454545454545',
      regularRateHours: [{ rateCents: 1200, hours: 40 }, { rateCents: 1000, hours: 15 }],
      owedCents: 54773,
    });
    const v = view(parse(raw), computed, warnings) as { straddling: string[] | null };
    expect(v.straddling).toEqual([
      'March 3, 2024: regular rate on the agreed rate (marked “*”) $11.454545, the weighted average of $12.00 for 40 hours and $10.00 for 15 hours (each hour at its period’s agreed rate, or at the minimum wage where that is higher); minimum wage $7.25 for 55 hours',
    ]);
  });

  it('hours of a job without an agreed rate count at the minimum wage in the average, and the PDF prints the line', async () => {
    // (40 × $12.00 + 15 × $7.25) ÷ 55 = $588.75 ÷ 55 = $10.704545… (two-jobs.test.ts).
    const raw = baseCase({ laborPeriods: [{ ...restaurant, agreedRate: 12 }, cleaning] });
    expect(run(raw).computed.weeks[0]!.regularRateHours).toEqual([{ rateCents: 1200, hours: 40 }, { rateCents: 725, hours: 15 }]);
    const g = await generate({ kind: 'restitution-worksheet', input: raw, format: 'pdf' });
    expect(pdfText(g.bytes).replace(/\s+/g, ' ')).toContain('regular rate on the agreed rate (marked “*”) $10.704545, the weighted average of $12.00 for 40 hours and $7.25 for 15 hours');
  });

  it('consecutive workweeks with the same line are one entry, not one a week', () => {
    // Four weeks of both jobs, then a week of the restaurant alone (one rate: no line), then a
    // week of both again: two entries, the second one week.
    const month = { startDate: '2024-03-03', endDate: '2024-03-30' };
    const raw = baseCase({
      laborPeriods: [
        { ...restaurant, ...month, endDate: '2024-04-13', agreedRate: 12 },
        { ...cleaning, ...month, agreedRate: 10 },
        { ...cleaning, startDate: '2024-04-07', endDate: '2024-04-13', agreedRate: 10 },
      ],
    });
    const { computed, warnings } = run(raw);
    const v = view(parse(raw), computed, warnings) as { straddling: string[] | null };
    const each = 'regular rate on the agreed rate (marked “*”) $11.454545, the weighted average of $12.00 for 40 hours and $10.00 for 15 hours';
    expect(v.straddling).toHaveLength(2);
    expect(v.straddling![0]).toMatch(new RegExp(`^The four workweeks from March 3, 2024 to March 30, 2024, each: ${each.replace(/[()$*.]/g, '\\$&')}`));
    expect(v.straddling![1]).toMatch(/^April 7, 2024: regular rate on the agreed rate/);
  });

  it('a week of one agreed rate and one minimum wage gets no line (its rate is the agreed rate), nor any week without one', () => {
    const one = run(baseCase({ laborPeriods: [{ ...restaurant, weeklySchedule: WEEKDAYS_ONLY(10), agreedRate: 12 }] })).computed;
    expect(one.weeks[0]).toMatchObject({ agreedRate: true, regularRateHours: [{ rateCents: 1200, hours: 50 }] });
    const v = view(parse(baseCase({ laborPeriods: [{ ...restaurant, weeklySchedule: WEEKDAYS_ONLY(10), agreedRate: 12 }] })), one, []) as { straddling: string[] | null };
    expect(v.straddling).toBeNull();
    expect(run(baseCase({ laborPeriods: [{ ...restaurant, weeklySchedule: WEEKDAYS_ONLY(10) }] })).computed.weeks[0]!.regularRateHours).toBeNull();
  });
});

describe('a workweek of live-in domestic and farm work: the two exemptions combined (29 C.F.R. § 780.12)', () => {
  // Worked example 15. Week of Sunday March 3, 2024: housework in the defendants' home Monday to Friday 6 hours
  // (live-in domestic, 30 hours) and their farm Sunday and Saturday 8 hours (§ 213(b)(12),
  // 16 hours): 46 hours, 6 over 40. Neither exemption covers the week
  // alone; combined, no overtime: 46 × $7.25 = $333.50. Without either: + 6 × $3.625 = $355.25.
  const house = { label: 'Housework', startDate: '2024-03-03', endDate: '2024-03-09', exemption: 'live-in-domestic', weeklySchedule: WEEKDAYS_ONLY(6) };
  const farm = { label: 'Farm', startDate: '2024-03-03', endDate: '2024-03-09', exemption: 'agriculture-213b12', weeklySchedule: { sunday: 8, saturday: 8 } };
  const raw = baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [house, farm] });

  it('the week is exempt, the worksheet says it is so only by combining them, and each exemption reversed is an open choice', async () => {
    const { computed } = run(raw);
    expect(computed.weeks[0]).toMatchObject({ hours: 46, overtimeExempt: true, owedCents: 33350 });
    expect(computed.exemptions).toEqual([
      expect.objectContaining({ period: 0, exemption: 'live-in-domestic', overtimeRemovedWeeks: ['2024-03-03'], combinedWeeks: ['2024-03-03'] }),
      expect.objectContaining({ period: 1, exemption: 'agriculture-213b12', overtimeRemovedWeeks: ['2024-03-03'], combinedWeeks: ['2024-03-03'] }),
    ]);
    expect(computed.alternatives.withoutLiveInDomesticExemption?.totalCents).toBe(35525);
    expect(computed.alternatives.withoutAgricultureExemption?.totalCents).toBe(35525);
    const g = await generate({ kind: 'restitution-worksheet', input: raw, format: 'pdf' });
    const t = pdfText(g.bytes).replace(/\s+/g, ' ');
    expect(t).toContain('hours exempt under the two exemptions in one workweek are combined, and the workweek is exempt from overtime (29 C.F.R. § 780.12)');
    expect(t).toContain('In one workweek, that of March 3, 2024, the hours over 40 were worked partly in live-in domestic service and partly in agriculture. Neither exemption covers such a workweek alone');
  });

  it('a week of one exemption alone says nothing of combining', () => {
    const alone = run(baseCase({ laborPeriods: [{ ...house, weeklySchedule: WEEKDAYS_ONLY(9) }] })).computed;
    expect(alone.exemptions[0]).toMatchObject({ overtimeRemovedWeeks: ['2024-03-03'], combinedWeeks: [] });
  });
});
