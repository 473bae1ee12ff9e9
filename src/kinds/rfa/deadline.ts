// The RFA's deadline (docs/domain/rfa-deadline.md, "The deadline" and "Whose midnight"): the earlier of
// discovery + 24 hours and the last moment before the 18th birthday. Pure: instants in, instants
// out; "now" is the case's own preparedAt.
import {
  addDays,
  ageOn,
  anniversary,
  compareDates,
  dateAtOffset,
  dateInZone,
  daysBetween,
  displayAtOffset,
  displayInZone,
  isoAtOffset,
  isoInZone,
  offsetInZone,
  offsetLabel,
  parseIsoDateTime,
  utcMs,
  type CalendarDate,
} from '../kit/index.js';
import { durationText } from './durations.js';

/** OTIP's zone (Washington, D.C.): the deadline is always also shown in Eastern time. */
export const EASTERN = 'America/New_York';

// OTIP asks for the request within 24 hours of learning of the concern (OTIP RFA instructions, OMB
// 0970-0362, of any requester). The statute is 22 U.S.C. § 7105(b)(1)(H) (TVPRA 2008 § 212): a
// Federal, State, or local official notifies HHS "not later than 24 hours" after discovering that
// a person under 18, of any nationality, may be a victim; the RFA is OTIP's form for a
// foreign-national minor (docs/domain/rfa.md, Authorities, "24 hours"). Absolute time, so exactly
// 24 h even across a daylight-saving change.
export const DAY_MS = 86_400_000;
/**
 * A child is under 18 when OTIP receives the request (22 U.S.C. § 7105(b)(1)(C)(ii)(I): "who has
 * not attained 18 years of age"). Read in round r56 in an unofficial copy of § 7105(b), which
 * numbers the clauses (ii)(I) and (ii)(II) as cited here; to be checked against the official Code
 * (docs/domain/rfa.md, "The text of § 7105 read"). The other citations of (C)(ii)(I) in this kind
 * rest on this one.
 */
export const MAJORITY = 18;
/** "The last moment before" the 18th birthday: one second before its midnight (ISO times carry seconds). */
const LAST_MOMENT_MS = 1000;

export type DueReason = '24-hours' | 'turns-18';
/** Whose midnight starts the 18th birthday: Eastern time (OTIP's) or where the request is prepared. */
export type Turns18Clock = 'eastern' | 'local';

/**
 * The first instant of calendar day `d` in an IANA zone (its midnight, or the end of a
 * daylight-saving gap in the few zones that skip midnight). Computed from the zone's offsets
 * around the day's start, never from the host's zone.
 */
export function startOfDayInZone(d: CalendarDate, zone: string): number {
  const wall = utcMs(d);
  const first = wall - offsetInZone(wall, zone) * 60_000;
  const second = wall - offsetInZone(first, zone) * 60_000;
  // One candidate when both readings agree (most days): each is checked with two zone lookups.
  const candidates = (first === second ? [first] : [first, second]).filter((ms) => compareDates(dateInZone(ms, zone), d) === 0 && compareDates(dateInZone(ms - 1, zone), d) < 0);
  return candidates.length > 0 ? Math.min(...candidates) : Math.max(first, second);
}

/** The first instant of calendar day `d` at a fixed offset (minutes east of UTC). */
export function startOfDayAtOffset(d: CalendarDate, offsetMinutes: number): number {
  return utcMs(d) - offsetMinutes * 60_000;
}

/**
 * The clock of "where the request is prepared" (rfa-deadline.md, "Whose midnight"; rfa.md, "A minor"): the
 * requester's IANA zone, or, when the case gives none, the UTC offset written in preparedAt. The
 * ages, the local midnight of the 18th birthday and every requester-side time on the page read
 * this one clock, so the page never shows a time in one zone beside an age taken in another.
 */
export interface RequesterClock {
  /** The IANA zone the case gives, or null. */
  zone: string | null;
  /** The offset written in preparedAt (minutes east of UTC): the clock when `zone` is null. */
  offsetMinutes: number;
  /** The zone's name, or "UTC-10:00" for the offset. */
  label: string;
  /** ISO date-time with this clock's offset at that instant. */
  iso(ms: number): string;
  /** "Friday, July 10, 2026, 7:30 PM HST" (zone) or "… 7:30 PM UTC-10:00" (offset). */
  display(ms: number): string;
  /** The same without the weekday ("July 10, 2026, 7:30 PM HST"): the running header's, one line however long the zone's name. */
  displayNoWeekday(ms: number): string;
  /** The calendar date of an instant on this clock (the day an age is taken on). */
  date(ms: number): CalendarDate;
  /** This clock's offset from UTC at an instant (minutes east): the zone's then, or the fixed offset. */
  offsetAt(ms: number): number;
}

export function requesterClock(zone: string | null, preparedAt: string): RequesterClock {
  const offsetMinutes = parseIsoDateTime(preparedAt)!.offsetMinutes;
  if (zone !== null) return { zone, offsetMinutes, label: zone, iso: (ms) => isoInZone(ms, zone), display: (ms) => displayInZone(ms, zone), displayNoWeekday: (ms) => displayInZone(ms, zone, false), date: (ms) => dateInZone(ms, zone), offsetAt: (ms) => offsetInZone(ms, zone) };
  return {
    zone,
    offsetMinutes,
    label: offsetLabel(offsetMinutes),
    iso: (ms) => isoAtOffset(ms, offsetMinutes),
    display: (ms) => displayAtOffset(ms, offsetMinutes),
    displayNoWeekday: (ms) => displayAtOffset(ms, offsetMinutes, false),
    date: (ms) => dateAtOffset(ms, offsetMinutes),
    offsetAt: () => offsetMinutes,
  };
}

/**
 * A time the case gives (`discoveredAt`, `submittedAt`, `preparedAt`) as a row prints it: on the
 * requester's clock, as every time on the page is (rfa-deadline.md, "Learned abroad"), and, when it
 * was written at another offset than that clock reads at that instant (a concern learned abroad and
 * written at India's +05:30; a time written at standard time in summer), as written too, so the
 * reader can match the row to its source (the consulate's email, the hotline's log):
 * "Tuesday, March 3, 2026, 10:10 AM CST (as written: 9:40 PM UTC+05:30)". The written date is
 * given only when it is another day than the clock's.
 */
export function onClockAsWritten(iso: string, clock: RequesterClock): string {
  const t = parseIsoDateTime(iso)!;
  const shown = clock.display(t.ms);
  if (t.offsetMinutes === clock.offsetAt(t.ms)) return shown;
  const written = displayAtOffset(t.ms, t.offsetMinutes);
  const sameDay = compareDates(dateAtOffset(t.ms, t.offsetMinutes), clock.date(t.ms)) === 0;
  // displayAtOffset: "Wednesday, March 4, 2026, 9:40 PM UTC+05:30"; the time is after its last comma.
  return `${shown} (as written: ${sameDay ? written.slice(written.lastIndexOf(', ') + 2) : written})`;
}

export interface Deadline {
  discoveredMs: number;
  preparedMs: number;
  /** When Part A was submitted to OTIP (submittedAt), when the draft completes a request already submitted; else null. */
  submittedMs: number | null;
  /**
   * When OTIP receives the request, as the rules read it: Part A's submission when given, else the
   * preparation (the draft is submitted as soon as it is prepared). The age rules, "late" and
   * "past 24 hours" are taken at this instant (rfa-deadline.md, "Part B after Part A").
   */
  receivedMs: number;
  /** discoveredAt + 24 h. */
  due24Ms: number;
  /**
   * The first instant of the 18th birthday by the earlier clock, and which clock that is; null when
   * only an age is known (no date of birth: no birthday to compute).
   */
  turns18Ms: number | null;
  turns18Clock: Turns18Clock | null;
  /** The first instant of the 18th birthday in Eastern time (OTIP's clock), or null (no date of birth). */
  turns18EasternMs: number | null;
  /** The 18th birthday (calendar date), or null (no date of birth). */
  eighteenth: CalendarDate | null;
  /**
   * Eastern midnight of the 18th birthday had begun when the concern was learned (so it bounds
   * nothing: "Whose midnight"); false without a date of birth. The one place this is compared: the
   * page's reason (view.ts dueWhy) reads it.
   */
  easternBegunAtDiscovery: boolean;
  dueMs: number;
  dueReason: DueReason;
  /** Received (receivedMs) after dueMs. */
  late: boolean;
  /** Received (receivedMs) more than 24 hours after discovery. */
  past24Hours: boolean;
  /** Whole hours between discovery and preparation (floor; may exceed 24 when late). */
  hoursSinceDiscovery: number;
  /** The time between discovery and preparation as printed: "24 hours 15 minutes", "more than 17 years (6,274 days)" (durations.ts). */
  elapsedSinceDiscovery: string;
  /** The time between discovery and Part A's submission as printed (durations.ts), or null when not submitted. */
  elapsedToSubmission: string | null;
  /** The calendar date of preparation where the request is prepared (the "today" of the age rules). */
  preparedOn: CalendarDate;
}

/**
 * The deadline compute worked out for a case, by the computed values it returned them in: the view
 * of the same render reads it (deadlineOf, deadline-view.ts) rather than working out the same
 * instants again (issue 18: the second `deadline()` was ~1 % of an `rfa` render, most of it ICU's
 * wall clocks). Weak, so an entry lives exactly as long as those computed values (the render's,
 * or a check's answer): nothing of a case outlives what it came with (src/model/scratch.ts).
 * Computed values made anywhere else (a test's, parsed JSON) find none, and the view computes it.
 */
const computedDeadlines = new WeakMap<object, Deadline>();

/** Remember `dl` as the deadline of the case `computed` was computed from (compute.ts). */
export function keepDeadline(computed: object, dl: Deadline): void {
  computedDeadlines.set(computed, dl);
}

/** The deadline compute kept with `computed`, or undefined when these computed values are not compute's. */
export function keptDeadline(computed: object): Deadline | undefined {
  return computedDeadlines.get(computed);
}

/**
 * The deadline of a case. `zone` is the requester's IANA zone, or null when the case gives none:
 * then "where the request is prepared" is the offset written in preparedAt (the Eastern default
 * would move a Hawaii evening into the next day). `dateOfBirth` is null when only an age is known:
 * then only the 24 hours apply (the compute's `turns-18-soon` warns a 17-year-old's requester).
 */
export function deadline(discoveredAt: string, preparedAt: string, dateOfBirth: CalendarDate | null, zone: string | null, submittedAt: string | null = null): Deadline {
  const disc = parseIsoDateTime(discoveredAt)!;
  const prep = parseIsoDateTime(preparedAt)!;
  const submittedMs = submittedAt === null ? null : parseIsoDateTime(submittedAt)!.ms;
  const receivedMs = submittedMs ?? prep.ms;
  const preparedOn = zone === null ? dateAtOffset(prep.ms, prep.offsetMinutes) : dateInZone(prep.ms, zone);
  const due24Ms = disc.ms + DAY_MS;
  const common = {
    discoveredMs: disc.ms,
    preparedMs: prep.ms,
    submittedMs,
    receivedMs,
    due24Ms,
    past24Hours: receivedMs > due24Ms,
    hoursSinceDiscovery: Math.floor((prep.ms - disc.ms) / 3_600_000),
    elapsedSinceDiscovery: durationText(prep.ms - disc.ms),
    // A submission before discovery is refused (compute), so never printed: 0 keeps elapsedText's domain.
    elapsedToSubmission: submittedMs === null ? null : durationText(Math.max(0, submittedMs - disc.ms)),
    preparedOn,
  };
  if (dateOfBirth === null) {
    return { ...common, turns18Ms: null, turns18Clock: null, turns18EasternMs: null, eighteenth: null, easternBegunAtDiscovery: false, dueMs: due24Ms, dueReason: '24-hours', late: receivedMs > due24Ms };
  }
  const eighteenth = anniversary(dateOfBirth, MAJORITY);
  const turns18EasternMs = startOfDayInZone(eighteenth, EASTERN);
  const turns18LocalMs = zone === null ? startOfDayAtOffset(eighteenth, prep.offsetMinutes) : startOfDayInZone(eighteenth, zone);
  // The earlier midnight: early costs hours, late costs the child's letter (rfa-deadline.md, "Whose midnight"). A
  // midnight already past when the concern was learned bounds nothing: a Hawaii child whose
  // birthday began in Eastern time at 6 PM HST, learned of at 11:50 PM, is still 17 until local
  // midnight ten minutes later, which is then the deadline (not 24 hours on, when the child is 18
  // on every clock); turned-18-in-eastern-time says that Eastern's had passed.
  const easternAhead = turns18EasternMs > disc.ms;
  const localAhead = turns18LocalMs > disc.ms;
  const turns18Clock: Turns18Clock = easternAhead !== localAhead ? (localAhead ? 'local' : 'eastern') : turns18LocalMs < turns18EasternMs ? 'local' : 'eastern';
  const turns18Ms = turns18Clock === 'local' ? turns18LocalMs : turns18EasternMs;
  const lastMoment = turns18Ms - LAST_MOMENT_MS;
  // A tie counts as 24-hours (rfa-deadline.md). A child already 18 by the (estimated) date of birth
  // on both clocks when the concern was learned has no birthday ahead to beat: only the 24 hours
  // apply, and child-not-a-minor says why.
  const dueReason: DueReason = lastMoment < due24Ms && turns18Ms > disc.ms ? 'turns-18' : '24-hours';
  const dueMs = dueReason === 'turns-18' ? lastMoment : due24Ms;
  return { ...common, turns18Ms, turns18Clock, turns18EasternMs, eighteenth, easternBegunAtDiscovery: !easternAhead, dueMs, dueReason, late: receivedMs > dueMs };
}

/** The age rules on calendar dates: age, last day under 18, days left. */
export function minority(birth: CalendarDate, today: CalendarDate) {
  const eighteenth = anniversary(birth, MAJORITY);
  return {
    age: ageOn(birth, today),
    eighteenth,
    lastDayUnder18: addDays(eighteenth, -1),
    daysLeft: daysBetween(today, eighteenth),
  };
}

export { isoInZone };
