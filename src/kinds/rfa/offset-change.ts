// A draft without the requester's time zone prints its times at the offset written in preparedAt
// (rfa-deadline.md, "The requester's clock"). An offset does not follow daylight-saving time, so
// when the U.S. clocks change between the preparation and the deadline, the due time printed at
// the old offset is not what the requester's clock will read then: an hour early in March, an
// hour late in November, when a caseworker going by the printed time submits after the deadline.
// The deadline box says so beside the due time, with the time the changed clock reads.
import { displayAtOffset, offsetInZone, offsetLabel } from '../kit/index.js';
import type { Deadline, RequesterClock } from './deadline.js';

/**
 * The U.S. zones that keep daylight-saving time (15 U.S.C. § 260a: the second Sunday of March to
 * the first Sunday of November, at 2:00 AM local time; Hawaii, most of Arizona and the territories
 * do not keep it), east to west. A written offset is one of theirs when it is their offset at the
 * preparation time, so UTC-07:00 in winter (Denver's, and Arizona's all year) is told, the row
 * saying "if the requester's clock moves". Not America/Adak: its winter UTC-10:00 is Hawaii's,
 * whose clocks never change, and the row would stand on every Hawaii draft twice a year for the
 * few hundred people of the western Aleutians.
 */
const US_DST_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Anchorage'] as const;

/**
 * The deadline box's "Clock change" row, or null: when no zone is given (the clock is the written
 * offset), the deadline is still ahead, and a U.S. zone whose offset at the preparation time is
 * the written one changes its clocks before the deadline. The first such zone (east to west) gives
 * the time the changed clock reads at the deadline; all of them change on the same local dates.
 */
export function offsetChangeText(dl: Pick<Deadline, 'preparedMs' | 'dueMs' | 'submittedMs' | 'late'>, clock: Pick<RequesterClock, 'zone' | 'offsetMinutes'>): string | null {
  if (clock.zone !== null || dl.submittedMs !== null || dl.late) return null;
  const zone = US_DST_ZONES.find((z) => offsetInZone(dl.preparedMs, z) === clock.offsetMinutes && offsetInZone(dl.dueMs, z) !== clock.offsetMinutes);
  if (zone === undefined) return null;
  const after = offsetInZone(dl.dueMs, zone);
  const shift = after - clock.offsetMinutes;
  const by = Math.abs(shift) === 60 ? 'an hour' : `${Math.abs(shift)} minutes`;
  const begins = shift > 0;
  return (
    `Daylight-saving time ${begins ? 'begins' : 'ends'} before the deadline, and the time above is at ${offsetLabel(clock.offsetMinutes)}, the offset written in the preparation time. ` +
    `If the requester’s clock ${begins ? 'moves forward' : 'moves back'}, the deadline on it is ${displayAtOffset(dl.dueMs, after)}, ${by} ${begins ? 'later' : 'earlier'} than printed${begins ? '' : ': go by that time'}. ` +
    'Give the requester’s time zone to print every time on the requester’s clock.'
  );
}
