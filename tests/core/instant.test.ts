// The wall clock of an instant in a zone (src/domain/instant.ts): read by position from ICU's
// formatted text, it must be what ICU's named parts say, for every zone and instant a case can have.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallClock, wallClockFormat, wallClockFromParts } from '../../src/domain/instant.js';

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
