// Calendar and instant arithmetic of the RFA (src/kinds/rfa/dates.ts), checked against the worked
// examples of issue #4 and hand-computed dates.
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  anniversary,
  dateInZone,
  displayAtOffset,
  displayInZone,
  formatIsoDate,
  isoAtOffset,
  isoInZone,
  isTimeZone,
  offsetLabel,
  parseIsoDate,
  parseIsoDateTime,
} from '../../../src/kinds/kit/index.js';

const d = (s: string) => parseIsoDate(s)!;

describe('parseIsoDateTime', () => {
  it('accepts an offset with or without seconds and gives the absolute instant', () => {
    // 22:00 at −05:00 is 03:00 UTC the next day.
    expect(parseIsoDateTime('2026-03-07T22:00-05:00')!.ms).toBe(Date.UTC(2026, 2, 8, 3, 0));
    expect(parseIsoDateTime('2026-03-07T22:00:00-05:00')!.ms).toBe(Date.UTC(2026, 2, 8, 3, 0));
    expect(parseIsoDateTime('2026-03-07T22:00:00.5Z')!.ms).toBe(Date.UTC(2026, 2, 7, 22, 0, 0, 500));
    expect(parseIsoDateTime('2026-03-07T22:00:00+05:30')!.offsetMinutes).toBe(330);
  });
  it('refuses a missing offset, an impossible date or time and a compact offset', () => {
    for (const s of ['2026-03-07T22:00:00', '2026-02-30T10:00:00Z', '2026-03-07T24:00:00Z', '2026-03-07T22:00:00-0500', '2026-03-07', '2026-03-07T22:00:00+15:00']) {
      expect(parseIsoDateTime(s), s).toBeNull();
    }
  });
});

describe('parseIsoDate', () => {
  it('knows leap years', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull(); // century rule
    expect(parseIsoDate('2000-02-29')).not.toBeNull(); // 400-year rule
    expect(parseIsoDate('2026-3-07')).toBeNull();
  });
});

describe('birthdays and ages (calendar dates)', () => {
  it('a 29 February birth reaches 18 on 1 March of the (non-leap) 18th year', () => {
    expect(formatIsoDate(anniversary(d('2008-02-29'), 18))).toBe('2026-03-01');
    expect(ageOn(d('2008-02-29'), d('2026-02-28'))).toBe(17);
    expect(ageOn(d('2008-02-29'), d('2026-03-01'))).toBe(18);
    // In a leap year the anniversary is 29 February itself (age 16 in 2024).
    expect(formatIsoDate(anniversary(d('2008-02-29'), 16))).toBe('2024-02-29');
    expect(ageOn(d('2008-02-29'), d('2024-02-28'))).toBe(15);
    expect(ageOn(d('2008-02-29'), d('2024-02-29'))).toBe(16);
  });
  it('counts the birthday itself as the new age', () => {
    expect(ageOn(d('2010-05-10'), d('2028-05-09'))).toBe(17);
    expect(ageOn(d('2010-05-10'), d('2028-05-10'))).toBe(18);
    expect(ageOn(d('2010-12-31'), d('2026-03-07'))).toBe(15);
  });
});

describe('isTimeZone', () => {
  it('knows canonical names, the aliases and spellings ICU accepts, and refuses the rest', () => {
    for (const z of ['America/Los_Angeles', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati']) expect(isTimeZone(z)).toBe(true);
    for (const z of ['US/Eastern', 'UTC', 'utc', 'america/new_york', 'Etc/GMT+5']) expect(isTimeZone(z)).toBe(true);
    for (const z of ['Mars/Olympus_Mons', '', 'EST5EDT7', 'America/New York', '../etc/passwd']) expect(isTimeZone(z)).toBe(false);
  });
});

describe('instants in IANA zones', () => {
  // US daylight saving 2026: starts Sunday 8 March 02:00 local, ends Sunday 1 November 02:00 local.
  it('prints an instant with the offset in force at that instant', () => {
    expect(isoInZone(Date.UTC(2026, 2, 9, 3), 'America/New_York')).toBe('2026-03-08T23:00:00-04:00');
    expect(isoInZone(Date.UTC(2026, 2, 8, 3), 'America/New_York')).toBe('2026-03-07T22:00:00-05:00');
    expect(isoInZone(Date.UTC(2026, 2, 9, 3), 'America/Los_Angeles')).toBe('2026-03-08T20:00:00-07:00');
    expect(isoInZone(Date.UTC(2026, 10, 2, 2), 'America/New_York')).toBe('2026-11-01T21:00:00-05:00');
    expect(isoInZone(Date.UTC(2026, 2, 9, 3), 'Asia/Kolkata')).toBe('2026-03-09T08:30:00+05:30');
  });
  it('gives the calendar date in the zone, not in UTC', () => {
    // 2026-05-10T02:30Z is still 9 May in New York.
    expect(formatIsoDate(dateInZone(Date.UTC(2026, 4, 10, 2, 30), 'America/New_York'))).toBe('2026-05-09');
  });
  it('reads like a person writes it, with the zone abbreviation', () => {
    expect(displayInZone(Date.UTC(2026, 2, 9, 3), 'America/New_York')).toBe('Sunday, March 8, 2026, 11:00 PM EDT');
    expect(displayInZone(Date.UTC(2026, 2, 9, 3), 'America/Los_Angeles')).toBe('Sunday, March 8, 2026, 8:00 PM PDT');
  });
  it('names Samoa and Chamorro time as the law does, where ICU says "GMT-11" and "GMT+10" (15 U.S.C. § 263)', () => {
    // 2026-07-10T03:59Z: 4:59 PM the day before in Pago Pago, 1:59 PM the same day in Guam and Saipan.
    const ms = Date.UTC(2026, 6, 10, 3, 59);
    for (const z of ['Pacific/Pago_Pago', 'US/Samoa', 'Pacific/Midway']) expect(displayInZone(ms, z)).toBe('Thursday, July 9, 2026, 4:59 PM Samoa time');
    for (const z of ['Pacific/Guam', 'Pacific/Saipan']) expect(displayInZone(ms, z)).toBe('Friday, July 10, 2026, 1:59 PM Chamorro time');
    // Any other zone ICU names only by a GMT offset is named by its offset, as Harbor writes one.
    expect(displayInZone(ms, 'Pacific/Wake')).toBe('Friday, July 10, 2026, 3:59 PM UTC+12:00');
    expect(displayInZone(ms, 'Asia/Kolkata')).toBe('Friday, July 10, 2026, 9:29 AM UTC+05:30');
    // Zones ICU has an abbreviation for keep it.
    expect(displayInZone(ms, 'Pacific/Honolulu')).toBe('Thursday, July 9, 2026, 5:59 PM HST');
    expect(displayInZone(ms, 'America/Puerto_Rico')).toBe('Thursday, July 9, 2026, 11:59 PM AST');
  });
});

describe('an instant at a fixed offset (the RFA without a requester zone)', () => {
  // 2026-07-10T19:30-10:00 = 2026-07-11T05:30Z.
  const ms = parseIsoDateTime('2026-07-10T19:30:00-10:00')!.ms;
  it('names the offset, since no zone is known', () => {
    expect(offsetLabel(-600)).toBe('UTC-10:00');
    expect(offsetLabel(330)).toBe('UTC+05:30');
    expect(offsetLabel(0)).toBe('UTC');
  });
  it('reads the wall clock at that offset, in ISO and in words', () => {
    expect(isoAtOffset(ms, -600)).toBe('2026-07-10T19:30:00-10:00');
    expect(isoAtOffset(ms, 345)).toBe('2026-07-11T11:15:00+05:45');
    expect(displayAtOffset(ms, -600)).toBe('Friday, July 10, 2026, 7:30 PM UTC-10:00');
    expect(displayAtOffset(ms, 0)).toBe('Saturday, July 11, 2026, 5:30 AM UTC');
  });
});
