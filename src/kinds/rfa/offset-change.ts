// A draft without the requester's time zone prints its times at the offset written in preparedAt
// (rfa-deadline.md, "The requester's clock"). An offset does not follow daylight-saving time, so
// when the U.S. clocks change between the preparation and the deadline, the due time printed at
// the old offset is not what the requester's clock will read then: an hour early in March, an
// hour late in November, when a caseworker going by the printed time submits after the deadline.
// The deadline box says so beside the due time, with the time the changed clock reads.
import { displayAtOffset, displayInZone, offsetInZone, offsetLabel, parseIsoDateTime } from '../kit/index.js';
import { EASTERN, type Deadline, type RequesterClock } from './deadline.js';
import type { RfaCase } from './schema.js';

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
 * The U.S. zones a requester's clock may be in, for what the written offsets show
 * (writtenClockChange): those that keep daylight-saving time, and Puerto Rico, Arizona and Hawaii,
 * whose clocks never change (15 U.S.C. § 260a(a) lets a State exempt itself; Puerto Rico has never
 * kept it), with a reader's name of each clock.
 */
const US_CLOCKS: Readonly<Record<string, string>> = {
  'America/New_York': 'New York’s (Eastern time)',
  'America/Chicago': 'Chicago’s (Central time)',
  'America/Denver': 'Denver’s (Mountain time)',
  'America/Los_Angeles': 'Los Angeles’s (Pacific time)',
  'America/Anchorage': 'Anchorage’s (Alaska time)',
  'America/Puerto_Rico': 'Puerto Rico’s (Atlantic time, which does not change)',
  'America/Phoenix': 'Arizona’s (Mountain time, which does not change)',
  'Pacific/Honolulu': 'Hawaii’s (which does not change)',
};

/**
 * The U.S. places whose clocks keep no daylight-saving time, by a zone of each offset and their
 * names as a reader knows them: Puerto Rico and the U.S. Virgin Islands (Atlantic time), most of
 * Arizona (15 U.S.C. § 260a(a) lets a State exempt itself), Hawaii, American Samoa and Guam with
 * the Northern Mariana Islands (Samoa and Chamorro time, 15 U.S.C. § 263). Their clocks read one
 * offset all year (steadyUsClock).
 */
const US_STEADY_CLOCKS: ReadonlyArray<readonly [zone: string, names: string]> = [
  ['America/Puerto_Rico', 'the clocks of Puerto Rico and the U.S. Virgin Islands (Atlantic time)'],
  ['America/Phoenix', 'the clocks of most of Arizona (Mountain time)'],
  ['Pacific/Honolulu', 'Hawaii’s clocks (Hawaii time)'],
  ['Pacific/Pago_Pago', 'American Samoa’s clocks (Samoa time)'],
  ['Pacific/Guam', 'the clocks of Guam and the Northern Mariana Islands (Chamorro time)'],
];

/**
 * The names of the U.S. places whose clocks read the written offset at an instant and never change
 * ("the clocks of Guam and the Northern Mariana Islands (Chamorro time)" for UTC+10:00), or null: also null
 * when a U.S. zone that keeps daylight-saving time (US_DST_ZONES) reads that offset then, since
 * the requester's clock may then be one that changes (UTC-04:00 in July is New York's too, and
 * UTC-07:00 is always Denver's or Los Angeles's as well as Arizona's), and for an offset of no U.S.
 * place (UTC+05:30). The Time zone row without a zone says the offset is theirs, where it told a
 * Guam caseworker that an offset does not follow daylight-saving time, which Guam does not keep.
 */
export function steadyUsClock(ms: number, offset: number): string | null {
  if (US_DST_ZONES.some((z) => offsetInZone(ms, z) === offset)) return null;
  return US_STEADY_CLOCKS.find(([z]) => offsetInZone(ms, z) === offset)?.[1] ?? null;
}

/** A reader's name of a U.S. clock ("Chicago’s (Central time)"). */
export const clockName = (zone: string): string => US_CLOCKS[zone] ?? zone;

/** A time the case gives other than the preparation (discoveredAt, submittedAt): its instant and the offset it was written at. */
export interface WrittenTime {
  /** How the Time zone row names it ("the concern was learned"). */
  what: string;
  ms: number;
  offset: number;
}

/** The case's times other than the preparation, as written (the concern learned; Part A's submission when given). */
export function writtenTimes(c: Pick<RfaCase, 'discoveredAt' | 'submittedAt'>): WrittenTime[] {
  const at = (what: string, iso: string): WrittenTime => {
    const t = parseIsoDateTime(iso)!;
    return { what, ms: t.ms, offset: t.offsetMinutes };
  };
  return [at('the concern was learned', c.discoveredAt), ...(c.submittedAt === null ? [] : [at('Part A was submitted', c.submittedAt)])];
}

/** A change of the requester's clock that the written offsets show has already happened (writtenClockChange). */
export interface WrittenChange {
  /** The first U.S. zone (east to west) whose clock reads every written offset at its instant. */
  zone: string;
  /** The earlier time, written at the offset before the change. */
  before: WrittenTime;
  /** The preparation's offset, after the change. */
  after: number;
  /**
   * A U.S. clock that reads the preparation's offset at the preparation and has not changed since
   * the earlier time (Chicago's UTC-05:00 between 1:00 and 2:00 AM on the fall-back morning, beside
   * a New York caller's UTC-04:00), or null: the offsets may then be two clocks, not one that
   * changed, and the requester's clock may still change before the deadline.
   */
  unchanged: string | null;
}

/**
 * Whether the offsets written in the case show that the requester's clock has already changed: an
 * earlier time (the concern learned, Part A's submission) written at another offset than the
 * preparation, and a U.S. zone that keeps daylight-saving time (US_DST_ZONES) whose clock read
 * each offset at its instant: learned at 11:00 PM UTC-04:00 on October 31 and prepared at 1:30 AM
 * UTC-05:00 on November 1, 2026 is an Eastern clock moved back at 2:00 AM in between (15 U.S.C.
 * § 260a). An offset no such zone explains (a concern learned abroad, written at India's +05:30;
 * a New York caller's time beside a Chicago caseworker's in July) shows no change: null.
 */
export function writtenClockChange(preparedMs: number, preparedOffset: number, written: readonly WrittenTime[]): WrittenChange | null {
  const other = written.filter((w) => w.offset !== preparedOffset);
  if (other.length === 0) return null;
  // The requester's possible clocks: the U.S. clocks that read the preparation's offset then.
  const clocks = Object.keys(US_CLOCKS).filter((zone) => offsetInZone(preparedMs, zone) === preparedOffset);
  const zone = clocks.find((z) => (US_DST_ZONES as readonly string[]).includes(z) && written.every((w) => offsetInZone(w.ms, z) === w.offset));
  if (zone === undefined) return null;
  // Another possible clock of the requester's that read the same offset at the earlier time: the
  // earlier time may be another person's clock (a caller in another zone), and this one unchanged.
  const unchanged = clocks.find((z) => z !== zone && other.every((w) => offsetInZone(w.ms, z) === preparedOffset)) ?? null;
  return { zone, before: other[0]!, after: preparedOffset, unchanged };
}

/** What a changed clock reads at the deadline, recomputed on that clock: the zone's deadline. */
export type OnZone = (zone: string) => Pick<Deadline, 'dueMs' | 'dueReason' | 'turns18Clock'>;

/** The deadline box's "Clock change" row (bold: which deadline and which to go by) and the note under it (why). */
export interface ClockChange {
  row: string;
  note: string;
}


/**
 * The deadline box's "Clock change" row and its note, or null: when no zone is given (the clock is the written
 * offset), the deadline is still ahead, and a U.S. zone whose offset at the preparation time is
 * the written one changes its clocks before the deadline. The first such zone (east to west) gives
 * the deadline on the changed clock; all of them change on the same local dates.
 *
 * The deadline on the changed clock is **recomputed** there (`onZone`: the case's deadline with
 * that zone), not the printed instant converted: when the 18th birthday's local midnight sets the
 * deadline, the child's midnight moves with the clock. Worked example (rfa-deadline.md, "An offset
 * across a clock change"): prepared Sunday, November 1, 2026, 1:00 AM at -04:00 (New York's EDT),
 * the concern learned at 12:30 AM, 18th birthday November 2. At -04:00 the birthday begins at
 * 11:00 PM EST, before Eastern midnight, so the page prints 11:59 PM UTC-04:00. On a New York clock
 * moved back the birthday begins at midnight EST, and the 24 hours (11:30 PM EST) come first: the
 * row says 11:30 PM UTC-05:00, where converting the printed instant said 10:59 PM.
 */
export function offsetChangeText(
  dl: Pick<Deadline, 'preparedMs' | 'dueMs' | 'dueReason' | 'turns18Clock' | 'turns18Ms' | 'submittedMs' | 'late'>,
  clock: Pick<RequesterClock, 'zone' | 'offsetMinutes'>,
  onZone: OnZone,
  times: readonly WrittenTime[] = [],
): ClockChange | null {
  if (clock.zone !== null || dl.submittedMs !== null || dl.late) return null;
  const written = clock.offsetMinutes;
  // When the written offsets show the requester's clock has changed (writtenClockChange), it is
  // that zone's clock, whose next change is months away: on a fall-back morning, learned at
  // UTC-04:00 and prepared at UTC-05:00, the row said "if the requester's clock moves back" of
  // Chicago's clock, which moves back an hour after New York's, where the offsets show the clock
  // has moved back already.
  // Two clocks possible (shown.unchanged): the requester's may still change, and the row says "if".
  const shown = writtenClockChange(dl.preparedMs, written, times);
  for (const zone of shown === null || shown.unchanged !== null ? US_DST_ZONES : [shown.zone]) {
    if (offsetInZone(dl.preparedMs, zone) !== written || offsetInZone(dl.dueMs, zone) === written) continue;
    // A deadline before the change is the same on that clock (both midnights at the written
    // offset), and one without a birthday (an age alone) is the 24 hours on every clock, so the
    // deadline is recomputed only past the change, with a birthday: the case's deadline is
    // otherwise computed once per stage (tests/kinds/rfa/deadline-once.test.ts).
    const there = dl.turns18Ms === null ? dl : onZone(zone);
    return changeText(dl.dueMs, written, there, offsetInZone(there.dueMs, zone), offsetInZone(dl.dueMs, zone) - written > 0);
  }
  return null;
}

/**
 * `b` without its date when it falls on `a`'s date: "11:30 PM EST" after "Sunday, November 1, 2026,
 * 11:30 PM UTC-05:00" (both as displayAtOffset and displayInZone print them: date, then ", " and the time).
 */
function sameDay(a: string, b: string): string {
  const date = (x: string) => x.slice(0, x.lastIndexOf(', '));
  return date(a) === date(b) ? b.slice(b.lastIndexOf(', ') + 2) : b;
}

/**
 * The "Clock change" rows: `row`, bold, which deadline a changed clock has and which to go by, read
 * at a glance; `note`, not bold, why (the clocks change, the printed times are at the written
 * offset, the child's midnight moves with the clock) and what gives every time on the requester's
 * clock. In one bold row of about eleven lines a specialist had to read all of it to find which
 * deadline moved. When the changed clock's deadline is another instant than the printed one (the
 * 18th birthday's local midnight moved with the clock), the box's due rows, Eastern time's too,
 * hold only for a clock that stays at the written offset, and a New York caseworker read "10:59 PM
 * EST" above "11:30 PM UTC-05:00" as two deadlines: the row gives the changed clock's deadline in
 * Eastern time too and names the earlier of the two as the one to go by, since it meets the
 * deadline on either clock (early costs minutes, late the child's letter: rfa-deadline.md, "Whose
 * midnight").
 */
function changeText(printedMs: number, written: number, there: ReturnType<OnZone>, after: number, begins: boolean): ClockChange {
  const moves = begins ? 'moves forward' : 'moves back';
  const moved = begins ? 'moved forward' : 'moved back';
  const changes = `Daylight-saving time ${begins ? 'begins' : 'ends'} before the deadline`;
  const closing = 'Give the requester’s time zone to print every time on the requester’s clock.';
  if (there.dueMs !== printedMs) {
    const why =
      there.dueReason === '24-hours'
        ? 'the 24 hours end before the 18th birthday begins on that clock'
        : there.turns18Clock === 'eastern'
          ? 'the 18th birthday begins at midnight Eastern time'
          : 'the 18th birthday begins at midnight on that clock';
    const changed = displayAtOffset(there.dueMs, after);
    const later = there.dueMs > printedMs;
    const row = later
      ? `${changes}: on a clock ${moved} it is ${changed} (${sameDay(changed, displayInZone(there.dueMs, EASTERN))}), later than the due times above. Go by the due times above, the earlier, which meet the deadline on either clock.`
      : `${changes}: on a clock ${moved} it is ${changed} (${sameDay(changed, displayInZone(there.dueMs, EASTERN))}), earlier than the due times above. Go by that time, the earlier, which meets the deadline on either clock.`;
    const note =
      `The due times above, Eastern time’s too, are the deadline on a clock that stays at ${offsetLabel(written)}, the offset written in the preparation time. ` +
      `On a clock ${moved} the child’s midnight moves too, and ${why}.` +
      (later ? ` A clock ${moved} reads ${sameDay(changed, displayAtOffset(printedMs, after))} at the due times above.` : ' The due times above do not hold on a changed clock.') +
      ` ${closing}`;
    return { row, note };
  }
  // The same instant: only the reading moves, compared as printed, to the minute (the page prints no seconds).
  const minute = (ms: number, offset: number): number => Math.floor((ms + offset * 60_000) / 60_000);
  const shift = minute(there.dueMs, after) - minute(printedMs, written);
  const by = Math.abs(shift) === 60 ? 'an hour' : `${Math.abs(shift)} ${Math.abs(shift) === 1 ? 'minute' : 'minutes'}`;
  // Never 0: the changed clock's offset is not the written one (offsetChangeText's loop).
  const compared = shift > 0 ? `${by} later than printed` : `${by} earlier than printed: go by that time`;
  return {
    row: `${changes}: if the requester’s clock ${moves}, the deadline on it is ${displayAtOffset(there.dueMs, after)}, ${compared}.`,
    note: `The due times above are at ${offsetLabel(written)}, the offset written in the preparation time, which does not change with the clocks. ${closing}`,
  };
}
