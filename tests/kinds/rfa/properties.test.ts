// Properties of the RFA date arithmetic over many random inputs (fast-check).
import { fc, test } from '@fast-check/vitest';
import { differenceInYears } from 'date-fns';
import { describe, expect } from 'vitest';
import { deadline } from '../../../src/kinds/rfa/compute.js';
import { ageOn, formatIsoDate, isoInZone, parseIsoDateTime } from '../../../src/kinds/kit/index.js';

const ZONES = ['America/New_York', 'America/Los_Angeles', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'Pacific/Honolulu', 'America/Anchorage', 'America/Puerto_Rico', 'Pacific/Guam', 'UTC'];
// 2000-01-01 .. 2040-01-01, whole seconds
const instant = fc.integer({ min: 946_684_800, max: 2_208_988_800 }).map((s) => s * 1000);

describe('dueAt', () => {
  test.prop([instant, fc.constantFrom(...ZONES), fc.constantFrom(...ZONES)])(
    'whatever the zones, dueAt and dueAtEastern are the same instant, exactly 24 h after discovery',
    (ms, writtenIn, requesterZone) => {
      const discoveredAt = isoInZone(ms, writtenIn);
      expect(parseIsoDateTime(discoveredAt)!.ms).toBe(ms);
      const d = deadline(discoveredAt, discoveredAt, requesterZone);
      expect(parseIsoDateTime(d.dueAt)!.ms).toBe(ms + 86_400_000);
      expect(parseIsoDateTime(d.dueAtEastern)!.ms).toBe(ms + 86_400_000);
    },
  );
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
