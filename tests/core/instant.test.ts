// The wall clock of an instant in a zone (src/domain/instant.ts): read by position from ICU's
// formatted text, it must be what ICU's named parts say, for every zone and instant a case can have.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { wallClock, wallClockFormat, wallClockFromParts, zoneName } from '../../src/domain/instant.js';

// OTIP's zone, zones with half- and quarter-hour offsets, a 30-minute daylight-saving shift, a
// zone that skips midnight in spring, the date line, and UTC.
const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Pacific/Honolulu',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Havana',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'UTC',
];
// 1900-01-01T00:00Z to 2101-01-01T00:00Z, a day either side: the years a case may contain.
const MS_MIN = -2_208_988_800_000 - 86_400_000;
const MS_MAX = 4_133_980_800_000 + 86_400_000;

describe('wallClock', () => {
  it('reads the formatted text as ICU’s parts say, for random instants in every kind of zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: MS_MIN, max: MS_MAX }), (zone, ms) => {
        expect(wallClock(ms, zone)).toEqual(wallClockFromParts(wallClockFormat(zone), ms));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees around daylight-saving changes, midnight and the year boundary', () => {
    const instants = [
      Date.UTC(2026, 2, 8, 6, 59, 59), Date.UTC(2026, 2, 8, 7, 0, 0), Date.UTC(2026, 10, 1, 5, 59, 59), Date.UTC(2026, 10, 1, 6, 0, 0),
      Date.UTC(2025, 11, 31, 23, 59, 59), Date.UTC(2026, 0, 1, 0, 0, 0), Date.UTC(2028, 1, 29, 12, 0, 0), MS_MIN, MS_MAX,
    ];
    for (const zone of ZONES) for (const ms of instants) expect(wallClock(ms, zone), `${zone} ${ms}`).toEqual(wallClockFromParts(wallClockFormat(zone), ms));
  });

  it('falls back to the parts where the text has another shape (a year before 1000)', () => {
    const ms = Date.UTC(999, 5, 1, 12, 0, 0);
    expect(wallClock(ms, 'UTC')).toEqual({ y: 999, m: 6, d: 1, h: 12, mi: 0, s: 0 });
  });
});

describe('zoneName', () => {
  // Summer and winter of 2026, either side of each zone's daylight-saving change where it has one.
  const SUMMER = Date.UTC(2026, 6, 10, 12, 0, 0);
  const WINTER = Date.UTC(2026, 0, 10, 12, 0, 0);

  it('names the time as a reader says it: ICU’s abbreviation, the law’s name, or the offset', () => {
    expect([zoneName(SUMMER, 'America/Boise'), zoneName(WINTER, 'America/Boise')]).toEqual(['MDT', 'MST']);
    // Samoa and Chamorro time by any name ICU resolves to Pago Pago's or Guam's zone (15 U.S.C. § 263).
    for (const zone of ['Pacific/Pago_Pago', 'US/Samoa', 'Pacific/Samoa', 'Pacific/Midway']) expect(zoneName(SUMMER, zone), zone).toBe('Samoa time');
    for (const zone of ['Pacific/Guam', 'Pacific/Saipan']) expect(zoneName(WINTER, zone), zone).toBe('Chamorro time');
    expect(zoneName(SUMMER, 'Pacific/Wake')).toBe('UTC+12:00');
  });

  it('asks ICU which zone a name resolves to once per zone, not at every instant (issue 18)', () => {
    // resolvedOptions() builds an object of every option: about half of zoneName's cost when it
    // was asked at each of an RFA's instants. A zone no other test here names, so none asked first.
    const resolved = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions');
    try {
      const names = [SUMMER, WINTER, SUMMER + 3_600_000, WINTER + 3_600_000].map((ms) => zoneName(ms, 'America/Indiana/Knox'));
      expect(names).toEqual(['CDT', 'CST', 'CDT', 'CST']);
      expect(resolved.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      resolved.mockRestore();
    }
  });
});
