// The shared calendar: one age rule for every kind (src/domain/calendar.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ageOn, anniversary, dayNumber, daysBetween, formatIsoDate, fromDayNumber, parseIsoDate } from '../../src/domain/calendar.js';
import { checkCase } from '../../src/pipeline.js';
import { readFileSync } from 'node:fs';

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

  it('reads dates from their characters exactly as the pattern /^(\\d{4})-(\\d{2})-(\\d{2})$/ and the month lengths do', () => {
    // The definition the character reader replaced: a regular expression and a table per call.
    const reference = (s: string) => {
      const r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!r) return null;
      const [y, m, day] = [Number(r[1]), Number(r[2]), Number(r[3])];
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      const dim = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
      return y >= 1 && m >= 1 && m <= 12 && day >= 1 && dim !== undefined && day <= dim ? { y, m, d: day } : null;
    };
    const chars = fc.constantFrom('0', '1', '2', '3', '9', '-', '/', ':', ' ', '\n', 'a', '٣', '+', '.');
    const near = fc.array(chars, { minLength: 8, maxLength: 12 }).map((a) => a.join(''));
    const dates = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, day]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    const edited = fc.tuple(dates, fc.nat(), chars).map(([s, i, c]) => s.slice(0, i % 11) + c + s.slice((i % 11) + 1));
    fc.assert(
      fc.property(fc.oneof(near, dates, edited, fc.string()), (s) => {
        expect(parseIsoDate(s)).toEqual(reference(s));
      }),
      { numRuns: 20000 },
    );
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

  it('every kind uses the same rule (the RFA and the memo agree on a 29 February birth)', () => {
    const rfa = JSON.parse(readFileSync('fixtures/rfa/minimal.json', 'utf8'));
    const memo = JSON.parse(readFileSync('fixtures/best-interests-memo/minimal.json', 'utf8'));
    for (const on of ['2026-02-27', '2026-02-28', '2026-03-01']) {
      const expected = ageOn(d('2008-02-29'), d(on));
      const r = checkCase('rfa', { ...rfa, preparedAt: `${on}T12:00:00-05:00`, discoveredAt: `${on}T09:00:00-05:00`, child: { ...rfa.child, dateOfBirth: '2008-02-29', dateOfBirthEstimated: true } });
      const m = checkCase('best-interests-memo', { ...memo, preparedOn: on, contacts: memo.contacts.map((c: any) => ({ ...c, date: '2026-01-02' })), child: { ...memo.child, dateOfBirth: '2008-02-29' } });
      expect(r.ok && (r.computed as any).ageAtPreparation, on).toBe(expected);
      if (expected < 18) expect(m.ok && (m.computed as any).ageAtMemo, on).toBe(expected);
      else expect(!m.ok && m.errors.map((e) => e.code), on).toContain('child-not-a-minor');
    }
  });

  it('day numbers are exact in every year, with no two-digit-year rule (issue 16 point 8)', () => {
    expect(dayNumber({ y: 1970, m: 1, d: 1 })).toBe(0);
    expect(dayNumber({ y: 2026, m: 3, d: 7 })).toBe(Date.UTC(2026, 2, 7) / 86_400_000);
    // Date.UTC(26, 0, 1) is 1926-01-01; the calendar keeps year 26 as year 26.
    expect(formatIsoDate(fromDayNumber(dayNumber({ y: 26, m: 1, d: 1 })))).toBe('0026-01-01');
    expect(daysBetween(d('0026-01-01'), d('1926-01-01'))).toBe(365 * 1900 + 460);
    expect(formatIsoDate(addDays(d('0099-12-31'), 1))).toBe('0100-01-01');
    expect(formatIsoDate(addDays(d('9999-12-31'), 1))).toBe('10000-01-01');
    for (const iso of ['1900-02-28', '1900-03-01', '2000-02-29', '2100-12-31', '0001-01-01']) expect(formatIsoDate(fromDayNumber(dayNumber(d(iso)))), iso).toBe(iso);
  });
});
