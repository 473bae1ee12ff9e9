// Calendar arithmetic of the best-interests memo. Expected values are counted by hand (month
// lengths written out in the comments), not taken from the code.
import { describe, expect, it } from 'vitest';
import * as cal from '../../../src/kinds/kit/index.js';

// The memo computes on the one calendar (src/domain/calendar.ts) through the kit; these adapters
// keep the hand-counted examples readable as strings.
const parseYmd = cal.parseIsoDate;
const daysBetween = (a: string, b: string) => cal.daysBetween(cal.calendarDate(a), cal.calendarDate(b));
const anniversary = (dob: string, years: number) => cal.formatIsoDate(cal.anniversary(cal.calendarDate(dob), years));
const ageOn = (dob: string, on: string) => cal.ageOn(cal.calendarDate(dob), cal.calendarDate(on));

describe('parseYmd', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    expect(parseYmd('2026-03-10')).toEqual({ y: 2026, m: 3, d: 10 });
    expect(parseYmd('2028-02-29')).toEqual({ y: 2028, m: 2, d: 29 });
  });
  it.each(['2026-02-29', '2026-02-30', '2026-13-01', '2026-04-31', '2026-3-10', '2026-03-10T00:00:00Z', '', '10/03/2026'])(
    'refuses %j',
    (s) => expect(parseYmd(s)).toBeNull(),
  );
});

describe('daysBetween', () => {
  it('counts calendar days', () => {
    // Nov 20 → Dec 20 (30) → Jan 20 (31) → Feb 20 (31) → Mar 10 (18: Feb 2026 has 28 days) = 110
    expect(daysBetween('2025-11-20', '2026-03-10')).toBe(110);
    expect(daysBetween('2026-03-10', '2026-03-10')).toBe(0);
    expect(daysBetween('2026-03-10', '2026-03-09')).toBe(-1);
    // across the leap day of 2028: Feb 28 → Mar 1 is 2 days
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
});

describe('anniversary and ageOn', () => {
  it('an ordinary birthday', () => {
    expect(anniversary('2010-08-14', 18)).toBe('2028-08-14');
    expect(ageOn('2010-08-14', '2026-03-10')).toBe(15);
    expect(ageOn('2010-08-14', '2026-08-13')).toBe(15);
    expect(ageOn('2010-08-14', '2026-08-14')).toBe(16); // the age changes on the birthday itself
  });
  it('a 29 February birthday reaches the age on 1 March of a common year (the rule every kind shares)', () => {
    expect(anniversary('2008-02-29', 18)).toBe('2026-03-01');
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(anniversary('2008-02-29', 20)).toBe('2028-02-29'); // leap year: the day itself
  });
  it('a date before the birth gives a negative age', () => {
    expect(ageOn('2026-02-01', '2026-01-15')).toBe(-1);
    expect(ageOn('2026-01-15', '2026-01-15')).toBe(0);
  });
});
