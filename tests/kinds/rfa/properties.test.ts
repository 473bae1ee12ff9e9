// Properties of the RFA date arithmetic over many random inputs (fast-check).
import { fc, test } from '@fast-check/vitest';
import { differenceInYears } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { deadline, EASTERN, startOfDayInZone } from '../../../src/kinds/rfa/deadline.js';
import { addDays, ageOn, compareDates, dateInZone, formatIsoDate, fromDayNumber, isoInZone, parseIsoDateTime } from '../../../src/kinds/kit/index.js';

const ZONES = ['America/New_York', 'America/Los_Angeles', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'Pacific/Honolulu', 'America/Anchorage', 'America/Puerto_Rico', 'Pacific/Guam', 'UTC', 'America/Havana', 'Asia/Beirut'];
// 2000-01-01 .. 2040-01-01, whole seconds
const instant = fc.integer({ min: 946_684_800, max: 2_208_988_800 }).map((s) => s * 1000);
// Birth dates 1985-01-01 .. 2040-01-01
const birthDate = fc.integer({ min: 5479, max: 25567 }).map(fromDayNumber);
const zone = fc.constantFrom(...ZONES);

describe('the deadline', () => {
  test.prop([instant, zone, zone])(
    'with the 18th birthday far away: exactly 24 h after discovery, the same instant in the requester’s zone and in Eastern',
    (ms, writtenIn, requesterZone) => {
      const discoveredAt = isoInZone(ms, writtenIn);
      expect(parseIsoDateTime(discoveredAt)!.ms).toBe(ms);
      const d = deadline(discoveredAt, discoveredAt, { y: 2030, m: 1, d: 1 }, requesterZone);
      expect(d.dueReason).toBe('24-hours');
      expect(d.dueMs).toBe(ms + 86_400_000);
      expect(parseIsoDateTime(isoInZone(d.dueMs, requesterZone))!.ms).toBe(d.dueMs);
      expect(parseIsoDateTime(isoInZone(d.dueMs, EASTERN))!.ms).toBe(d.dueMs);
    },
  );

  test.prop([instant, birthDate, zone, fc.boolean()])(
    'never later than 24 h after discovery, always before the 18th birthday begins in Eastern time and locally (when that is after discovery), and dueReason says which',
    (ms, birth, requesterZone, zoneGiven) => {
      const discoveredAt = isoInZone(ms, requesterZone);
      const d = deadline(discoveredAt, discoveredAt, birth, zoneGiven ? requesterZone : null);
      expect(d.dueMs).toBeLessThanOrEqual(d.due24Ms);
      if (d.turns18Ms! > d.discoveredMs) {
        expect(d.dueMs).toBeLessThan(d.turns18EasternMs!);
        expect(d.dueMs).toBeLessThan(d.turns18Ms!);
      }
      expect(d.dueMs).toBe(d.dueReason === 'turns-18' ? d.turns18Ms! - 1000 : d.due24Ms);
    },
  );
});

describe('startOfDayInZone', () => {
  test.prop([fc.integer({ min: 10957, max: 25567 }).map(fromDayNumber), zone])('is the first instant of the day in the zone, even where midnight is skipped', (day, z) => {
    const start = startOfDayInZone(day, z);
    expect(compareDates(dateInZone(start, z), day)).toBe(0);
    expect(compareDates(dateInZone(start - 1, z), addDays(day, -1))).toBe(0);
  });
});

// Worked examples where midnight is skipped or repeated (zones that change their clocks at midnight;
// U.S. zones change at 2:00 AM, 15 U.S.C. § 260a, but requester.timeZone takes any IANA zone): the
// property above rarely draws them.
describe('startOfDayInZone where midnight is skipped or repeated', () => {
  const at = (ms: number) => new Date(ms).toISOString();
  it('skipped (Havana, March 8, 2026; Santiago, September 6, 2026: 00:00 → 01:00): the end of the gap, 1:00 AM', () => {
    expect(at(startOfDayInZone({ y: 2026, m: 3, d: 8 }, 'America/Havana'))).toBe('2026-03-08T05:00:00.000Z');
    expect(at(startOfDayInZone({ y: 2026, m: 9, d: 6 }, 'America/Santiago'))).toBe('2026-09-06T04:00:00.000Z');
  });
  it('repeated (Havana, November 1, 2026: 1:00 AM CDT → 0:00 CST): the first reading of midnight, at -04:00, not the second an hour later', () => {
    expect(at(startOfDayInZone({ y: 2026, m: 11, d: 1 }, 'America/Havana'))).toBe('2026-11-01T04:00:00.000Z');
  });
  it('the 18th birthday on such a day: a Havana clock’s deadline is one second before its first midnight', () => {
    const dl = deadline('2026-10-31T20:00:00-04:00', '2026-10-31T21:00:00-04:00', { y: 2008, m: 11, d: 1 }, 'America/Havana', null);
    // Eastern midnight (EDT) is the same instant here; either way, 11:59:59 PM on October 31 at -04:00.
    expect(at(dl.dueMs)).toBe('2026-11-01T03:59:59.000Z');
    expect(dl.dueReason).toBe('turns-18');
  });
});

describe('ageOn', () => {
  // Local-time dates: date-fns works in the process's zone, so build and read them locally.
  const day = fc.integer({ min: 0, max: 40 * 366 }).map((n) => new Date(1990, 0, 1 + n));
  test.prop([day, day])('agrees with date-fns differenceInYears except for 29 February births', (a, b) => {
    const [birth, on] = a <= b ? [a, b] : [b, a];
    const c = (d: Date) => ({ y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() });
    const bc = c(birth);
    const expected = differenceInYears(on, birth);
    if (bc.m === 2 && bc.d === 29) {
      // date-fns counts the birthday on 28 February in common years; Harbor on 1 March.
      expect(ageOn(bc, c(on)) === expected || (c(on).m === 2 && c(on).d === 28)).toBe(true);
    } else {
      expect(ageOn(bc, c(on)), `${formatIsoDate(bc)} → ${formatIsoDate(c(on))}`).toBe(expected);
    }
  });
});
