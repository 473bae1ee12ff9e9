// The eighth practitioner review of the restitution worksheet, read as a clinic attorney filing it
// and as opposing counsel attacking it: two jobs in one workweek at different rates, a worker in
// Guam, the Northern Mariana Islands, a workweek mixing two overtime exemptions. Each test holds
// one finding to its fix.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
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

