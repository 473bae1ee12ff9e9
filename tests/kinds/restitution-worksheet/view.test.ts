// The worksheet's pre-formatted sentences (src/kinds/restitution-worksheet/view.ts).
import { describe, expect, it } from 'vitest';
import { greaterOfSentence, longDate, scheduleText, shortDate } from '../../../src/kinds/restitution-worksheet/view.js';
import { parse, baseCase } from './cases.js';

describe('the greater-of sentence (18 U.S.C. § 1593(b)(3))', () => {
  it('F greater', () => {
    expect(greaterOfSentence(4147000, 360000)).toBe(
      'The FLSA value, $41,470.00, exceeds the gross income to the defendant, $3,600.00; restitution for labor is therefore $41,470.00 under 18 U.S.C. § 1593(b)(3).',
    );
  });
  it('G greater', () => {
    expect(greaterOfSentence(63800, 360000)).toBe(
      'The gross income or value to the defendant, $3,600.00, exceeds the FLSA value, $638.00; restitution for labor is therefore $3,600.00 under 18 U.S.C. § 1593(b)(3).',
    );
  });
  it('equal, and nothing claimed', () => {
    expect(greaterOfSentence(100, 100)).toBe(
      'The FLSA value and the gross income to the defendant are equal, $1.00; restitution for labor is therefore $1.00 under 18 U.S.C. § 1593(b)(3).',
    );
    expect(greaterOfSentence(0, 0)).toContain('$0.00');
  });
});

describe('formatting', () => {
  it('dates', () => {
    expect(longDate('2012-03-07')).toBe('March 7, 2012');
    expect(shortDate('2012-03-07')).toBe('03/07/2012');
  });
  it('schedules list only the days with hours', () => {
    const c = parse(baseCase({ laborPeriods: [{ startDate: '2012-03-07', endDate: '2012-03-07', weeklySchedule: { monday: 10, saturday: 7.5, sunday: 0 } }] }));
    expect(scheduleText(c.laborPeriods[0]!)).toBe('Monday 10 h; Saturday 7.5 h');
  });
});
