// The shared calendar: one age rule for every kind (src/domain/calendar.ts).
import { describe, expect, it } from 'vitest';
import { addDays, ageOn, anniversary, daysBetween, formatIsoDate, parseIsoDate } from '../../src/domain/calendar.js';
import { ageOn as bimAge } from '../../src/kinds/best-interests-memo/dates.js';
import { ageOn as tvisaAge, parseYmd } from '../../src/kinds/t-visa-declaration/dates.js';

const d = (s: string) => {
  const v = parseIsoDate(s);
  if (!v) throw new Error(s);
  return v;
};

describe('calendar', () => {
  it('parses only real yyyy-mm-dd days', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ y: 2028, m: 2, d: 29 });
    for (const bad of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-3-1', '2026-03-01T00:00Z', '']) expect(parseIsoDate(bad), bad).toBeNull();
  });

  it('counts days across month, year and leap-day boundaries', () => {
    expect(daysBetween(d('2028-02-28'), d('2028-03-01'))).toBe(2);
    expect(daysBetween(d('2025-12-31'), d('2026-01-01'))).toBe(1);
    expect(formatIsoDate(addDays(d('2026-02-28'), 1))).toBe('2026-03-01');
    expect(formatIsoDate(addDays(d('2026-03-01'), -1))).toBe('2026-02-28');
  });

  it('the age changes on the birthday itself', () => {
    expect(ageOn(d('2008-03-08'), d('2026-03-07'))).toBe(17);
    expect(ageOn(d('2008-03-08'), d('2026-03-08'))).toBe(18);
  });

  it('a 29 February birth reaches an age on 1 March of a common year, on 29 February of a leap year', () => {
    expect(formatIsoDate(anniversary(d('2008-02-29'), 18))).toBe('2026-03-01');
    expect(formatIsoDate(anniversary(d('2008-02-29'), 20))).toBe('2028-02-29');
    expect(ageOn(d('2008-02-29'), d('2026-02-28'))).toBe(17);
    expect(ageOn(d('2008-02-29'), d('2026-03-01'))).toBe(18);
  });

  it('every kind uses the same rule (the RFA, the T-visa declaration and the memo agree)', () => {
    for (const on of ['2026-02-27', '2026-02-28', '2026-03-01', '2028-02-28', '2028-02-29']) {
      const expected = ageOn(d('2008-02-29'), d(on));
      expect(bimAge('2008-02-29', on), on).toBe(expected);
      expect(tvisaAge(parseYmd('2008-02-29'), parseYmd(on)), on).toBe(expected);
    }
  });
});
