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

describe('the place of work by name', () => {
  it('prints “Guam”, not the code “GU”, beside “State where worked”', () => {
    const c = parse(baseCase({ laborPeriods: [{ ...restaurant, state: 'GU' }, { ...cleaning, state: 'TX' }] }));
    const { computed, warnings } = run(baseCase({ laborPeriods: [{ ...restaurant, state: 'GU' }, { ...cleaning, state: 'TX' }] }));
    const v = view(c, computed, warnings) as { periods: { state: string | null }[] };
    expect(v.periods.map((p) => p.state)).toEqual(['Guam', 'Texas']);
  });
});

