// The legal rules and computed values of a draft RFA (docs/domain/rfa.md). Pure: no clock, no
// I/O; "now" is the case's own `preparedAt`.
import type { ComputeResult } from '../kind.js';
import {
  addDays,
  ageOn,
  anniversary,
  calendarDate,
  compareDates,
  dateAtOffset,
  dateInZone,
  daysBetween,
  formatIsoDate,
  isoInZone,
  parseIsoDateTime,
  type CalendarDate,
} from '../kit/index.js';
import type { RfaCode, RfaIssue } from './codes.js';
import type { RfaCase } from './schema.js';

/** OTIP's zone (Washington, DC): the deadline is always also shown in Eastern time. */
export const EASTERN = 'America/New_York';
/** Zone used for the requester when the case gives none (documented in README.md). */
export const DEFAULT_TIME_ZONE = EASTERN;

// OTIP asks for the request within 24 hours of learning of the concern (officials are bound to
// notify HHS within 24 h: 22 U.S.C. § 7105(b)(1) as amended by TVPRA 2008 § 212); absolute time,
// so exactly 24 h even across a daylight-saving change.
const DAY_MS = 24 * 60 * 60 * 1000;
/** An RFA is for a child: under 18 when OTIP receives the request (domain file, TVPRA 2008 § 212). */
const MAJORITY = 18;
/** Fewer than this many days left as a minor → warning `turns-18-soon` (domain file). */
const SOON_DAYS = 14;

export interface RfaComputed {
  /** discoveredAt + 24 h, as ISO with the requester zone's offset at that instant. */
  dueAt: string;
  /** The same instant in Eastern time (OTIP). */
  dueAtEastern: string;
  /** The IANA zone used for the requester (given or the default). */
  timeZone: string;
  /** True when the case gave no `requester.timeZone` and the default was used. */
  timeZoneAssumed: boolean;
  /** Whole hours between discovery and preparation (floor; may exceed 24 when late). */
  hoursSinceDiscovery: number;
  /** Calendar date of preparation in the requester's zone (the "today" of the age rules). */
  preparedOn: string;
  ageAtPreparation: number;
  /** The day before the 18th birthday (calendar date). */
  lastDayUnder18: string;
  /** Days from preparedOn to the 18th birthday (0 or less: no longer a minor). */
  daysLeftAsMinor: number;
  /** `A` + 9 digits (the kit's A-number rule), or null when the case has no A-number. */
  aNumber: string | null;
}

/** The pieces of the 24-hour rule, for tests and for the view. */
export function deadline(discoveredAt: string, preparedAt: string, zone: string) {
  const disc = parseIsoDateTime(discoveredAt)!;
  const prep = parseIsoDateTime(preparedAt)!;
  const dueMs = disc.ms + DAY_MS;
  return {
    discoveredMs: disc.ms,
    preparedMs: prep.ms,
    dueMs,
    dueAt: isoInZone(dueMs, zone),
    dueAtEastern: isoInZone(dueMs, EASTERN),
    late: prep.ms > dueMs,
    hoursSinceDiscovery: Math.floor((prep.ms - disc.ms) / 3_600_000),
  };
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

export function compute(c: RfaCase): ComputeResult<RfaComputed, RfaCode> {
  const errors: RfaIssue[] = [];
  const warnings: RfaIssue[] = [];
  const zone = c.requester.timeZone ?? DEFAULT_TIME_ZONE;

  const dl = deadline(c.discoveredAt, c.preparedAt, zone);
  if (dl.discoveredMs > dl.preparedMs) {
    errors.push({ path: 'discoveredAt', code: 'date-after-document-date', message: 'must not be later than preparedAt: the concern cannot be learned of after the draft is prepared' });
  }
  // A late draft is still better than none: a warning, never an error (domain file, "24 hours").
  if (dl.late) {
    warnings.push({
      path: 'preparedAt',
      code: 'rfa-past-24-hours',
      message: `the draft is prepared ${dl.hoursSinceDiscovery} hours after the concern was learned, past the 24-hour deadline: submit to OTIP as soon as possible`,
    });
  }

  // Ages on calendar dates, not on UTC instants (domain file, "A minor"): the date in the
  // requester's zone; without a zone, the date as written in preparedAt (its own offset), since
  // the Eastern default could move a Hawaii evening to the next day.
  const prep = parseIsoDateTime(c.preparedAt)!;
  const today = c.requester.timeZone ? dateInZone(prep.ms, zone) : dateAtOffset(prep.ms, prep.offsetMinutes);
  const birth = calendarDate(c.child.dateOfBirth);
  const m = minority(birth, today);
  if (compareDates(birth, today) > 0) {
    errors.push({ path: 'child.dateOfBirth', code: 'date-after-document-date', message: 'must not be later than the date the draft is prepared' });
  } else if (m.daysLeft <= 0) {
    // 18 or over at preparation: an adult is not eligible for a child's letter. With an estimated
    // date of birth the age is uncertain, so OTIP decides: warning instead of error.
    const issue: RfaIssue = {
      path: 'child.dateOfBirth',
      code: 'child-not-a-minor',
      message: c.child.dateOfBirthEstimated
        ? 'by the estimated date of birth the child is 18 or older; OTIP assistance for a child requires a minor, so explain the estimate in the narrative'
        : 'the child is 18 or older on the date the draft is prepared; OTIP assistance for a child requires a minor',
    };
    (c.child.dateOfBirthEstimated ? warnings : errors).push(issue);
  } else if (m.daysLeft < SOON_DAYS) {
    warnings.push({
      path: 'child.dateOfBirth',
      code: 'turns-18-soon',
      message: `the child turns 18 in ${m.daysLeft} ${m.daysLeft === 1 ? 'day' : 'days'}: submit the request to OTIP before the 18th birthday`,
    });
  }

  // A U.S. citizen or lawful permanent resident does not need an OTIP letter (domain file;
  // eligibility is for foreign nationals, 22 U.S.C. § 7105(b)(1)). A U.S. citizenship among several
  // makes the child a U.S. citizen too.
  const status = c.child.immigrationStatus.trim().toLowerCase();
  if (status === 'us-citizen' || status === 'lpr') {
    errors.push({ path: 'child.immigrationStatus', code: 'not-a-foreign-national', message: 'a U.S. citizen or lawful permanent resident does not need an OTIP eligibility letter' });
  } else if (c.child.citizenship.includes('US')) {
    errors.push({ path: 'child.citizenship', code: 'not-a-foreign-national', message: 'a U.S. citizen does not need an OTIP eligibility letter' });
  }

  if (!c.child.inUnitedStates) {
    errors.push({ path: 'child.inUnitedStates', code: 'child-not-in-us', message: 'the child must be in the United States now for OTIP to assist' });
  }

  // Means are not required for commercial sex involving a minor (22 U.S.C. § 7102, "severe forms of
  // trafficking in persons", (A)) but are part of labor trafficking ((B)): expected, so a warning
  // when none is recorded.
  if (c.concern.types.includes('labor') && c.concern.means.length === 0) {
    warnings.push({ path: 'concern.means', code: 'labor-without-means', message: 'labor trafficking is usually shown through force, fraud, coercion, debt bondage or abuse of legal process; record the means known, or note that they are not yet known' });
  }

  return {
    computed: {
      dueAt: dl.dueAt,
      dueAtEastern: dl.dueAtEastern,
      timeZone: zone,
      timeZoneAssumed: c.requester.timeZone === null,
      hoursSinceDiscovery: dl.hoursSinceDiscovery,
      preparedOn: formatIsoDate(today),
      ageAtPreparation: m.age,
      lastDayUnder18: formatIsoDate(m.lastDayUnder18),
      daysLeftAsMinor: m.daysLeft,
      aNumber: c.child.aNumber,
    },
    warnings,
    errors,
  };
}
