// The legal rules and computed values of a draft RFA (docs/domain/rfa.md). Pure: no clock, no
// I/O; "now" is the case's own `preparedAt`.
import type { ComputeResult } from '../kind.js';
import { calendarDate, compareDates, formatIsoDate, isoInZone, offsetInZone, type CalendarDate } from '../kit/index.js';
import type { RfaCode, RfaIssue } from './codes.js';
import { deadline, EASTERN, MAJORITY, minority, requesterClock, type Deadline, type DueReason, type RequesterClock, type Turns18Clock } from './deadline.js';
import { contradictions } from './implied.js';
import { letterToSuspect } from './letter.js';
import { stillToFindOut, type StillToFindOut } from './fields.js';
import type { RfaCase } from './schema.js';
import { foreignNationalRules } from './status.js';

export { EASTERN };
/** Fewer than this many days left as a minor → warning `turns-18-soon` (domain file). */
const SOON_DAYS = 14;

export interface RfaComputed {
  /**
   * The deadline (the earlier of discovery + 24 h and the last moment before the 18th birthday), as
   * ISO on the requester's clock: the zone's offset, or without a zone the offset written in preparedAt.
   */
  dueAt: string;
  /** The same instant in Eastern time (OTIP). */
  dueAtEastern: string;
  /** Which of the two sets the deadline. */
  dueReason: DueReason;
  /** The first instant of the 18th birthday by the earlier clock (ISO, requester's clock); null when only an age is known. */
  turns18At: string | null;
  /** Whose midnight that is: Eastern time (OTIP's) or where the request is prepared; null when only an age is known. */
  turns18Clock: Turns18Clock | null;
  /**
   * The requester's IANA zone, or null when the case gives none: then the requester's clock (ages,
   * the local midnight, dueAt, turns18At and the page's times) is the offset written in preparedAt.
   */
  timeZone: string | null;
  /** When Part A was submitted (submittedAt, a draft completing a submitted request), on the requester's clock; else null. */
  submittedAt: string | null;
  /** Whole hours between discovery and preparation (floor; may exceed 24 when late). */
  hoursSinceDiscovery: number;
  /** Calendar date of preparation on the requester's clock (the "today" of the age rules). */
  preparedOn: string;
  /** Whole years on preparedOn: from the date of birth, or the age the case gives when it has no date of birth (the bottom of an age range). */
  ageAtPreparation: number;
  /** The top of the age range the case gives (child.ageUpTo) when it is one and wider than one year; else null. */
  ageUpTo: number | null;
  /**
   * The age and the dates below rest on an estimate: an estimated date of birth, or an age given
   * without one (the best-interests memo's concept); the page marks each "(estimated)" or "about".
   */
  dateOfBirthEstimated: boolean;
  /** The day before the 18th birthday (calendar date); null when only an age is known. */
  lastDayUnder18: string | null;
  /** Days from preparedOn to the 18th birthday (0 or less: no longer a minor); null when only an age is known. */
  daysLeftAsMinor: number | null;
  /** `A` + 9 digits, or null when the case has no A-number. */
  aNumber: string | null;
  /** The fields not yet known: needed within 24 hours (Part A) and those that can follow (Part B). */
  stillToFindOut: StillToFindOut;
}

export function compute(c: RfaCase): ComputeResult<RfaComputed, RfaCode> {
  const errors: RfaIssue[] = [];
  const warnings: RfaIssue[] = [];
  const clock = requesterClock(c.requester.timeZone, c.preparedAt);
  const birth = c.child.dateOfBirth === null ? null : calendarDate(c.child.dateOfBirth);
  const dl = deadline(c.discoveredAt, c.preparedAt, birth, c.requester.timeZone, c.submittedAt);
  // Ages on calendar dates where the request is prepared, not on UTC instants (domain file, "A minor").
  const today = dl.preparedOn;
  const m = birth === null ? null : minority(birth, today);
  // The child must be under 18 when OTIP receives the request: when its Part A was submitted, for a
  // draft that completes one (submittedAt), else now; read on the same clock (rfa-deadline.md,
  // "Part B after Part A"). Without submittedAt these are `today` and `m`.
  // A submission time the rules refuse below (after preparation, before discovery) is not read as one.
  const submitted = dl.submittedMs !== null && dl.submittedMs >= dl.discoveredMs && dl.submittedMs <= dl.preparedMs;
  const receivedOn = submitted ? clock.date(dl.receivedMs) : today;
  const mr = birth === null ? null : minority(birth, receivedOn);
  /** When OTIP received, or receives, the request, in a message. */
  const atReceipt = submitted ? 'when Part A was submitted to OTIP' : 'on the date the draft is prepared';
  // An estimate: the date of birth is marked as one, or only an age is given (domain file, "Date of birth or age").
  const estimated = birth === null || c.child.dateOfBirthEstimated === true;
  /** " (from an estimated date of birth)" in a message about a date computed from one. */
  const fromEstimate = estimated ? ' (from an estimated date of birth)' : '';

  if (dl.discoveredMs > dl.preparedMs) {
    errors.push({ path: 'discoveredAt', code: 'date-after-document-date', message: 'must not be later than preparedAt: the concern cannot be learned of after the draft is prepared' });
  }
  if (dl.submittedMs !== null && dl.submittedMs > dl.preparedMs) {
    errors.push({ path: 'submittedAt', code: 'date-after-document-date', message: 'must not be later than preparedAt: it is when Part A was already submitted to OTIP; leave it out for a request not yet submitted' });
  } else if (dl.submittedMs !== null && dl.submittedMs < dl.discoveredMs) {
    errors.push({ path: 'submittedAt', code: 'date-after-document-date', message: 'must not be earlier than discoveredAt: the request cannot be submitted before the concern was learned of' });
  }
  // Late is still better than never: warnings, never errors (rfa-deadline.md, "Late").
  if (dl.past24Hours) {
    warnings.push({
      path: submitted ? 'submittedAt' : 'preparedAt',
      code: 'rfa-past-24-hours',
      message: submitted
        ? `Part A was submitted to OTIP ${dl.elapsedToSubmission} after the concern was learned, past the 24-hour deadline${c.lateReason === null ? ': say why it came then (lateReason) so that OTIP need not ask' : ''}`
        : `the draft is prepared ${dl.elapsedSinceDiscovery} after the concern was learned, past the 24-hour deadline: submit to OTIP as soon as possible${c.lateReason === null ? ', and say why it comes now (lateReason) so that OTIP need not ask' : ''}`,
    });
  }
  // Prepared on the child's last day under 18 where it is prepared, after Eastern midnight began
  // the birthday. Then this warning alone speaks of the birthday: turns-18-soon's "submit before
  // the 18th birthday" beside it read as time left, under a deadline box saying LATE.
  const easternBirthdayBegun = birth !== null && mr !== null && compareDates(birth, receivedOn) <= 0 && mr.daysLeft > 0 && (submitted ? dl.receivedMs : dl.preparedMs) >= dl.turns18EasternMs!;
  if (easternBirthdayBegun) {
    warnings.push({
      path: submitted ? 'submittedAt' : 'preparedAt',
      code: 'turned-18-in-eastern-time',
      message: submitted
        ? `Part A was submitted to OTIP on the child’s 18th birthday${fromEstimate} in Eastern time, OTIP’s clock (it began at ${clock.display(dl.turns18EasternMs!)}), though the child was still 17 where it was submitted: OTIP may treat the request as received after the child turned 18, so tell OTIP the child’s local date and time of submission`
        : `it is already the child’s 18th birthday${fromEstimate} in Eastern time, OTIP’s clock (it began at ${clock.display(dl.turns18EasternMs!)}), though the child is still 17 where the draft is prepared: OTIP may treat the request as received after the child turned 18, so submit it at once and tell OTIP the child’s local date and time`,
    });
  }

  if (birth === null) {
    ageOnlyRules(c.child.age!, rangeTop(c), submitted, warnings);
  } else if (compareDates(birth, today) > 0) {
    errors.push({ path: 'child.dateOfBirth', code: 'date-after-document-date', message: 'must not be later than the date the draft is prepared' });
  } else if (mr!.daysLeft <= 0) {
    // 18 or over at preparation: an adult is not eligible for a child's letter. With an estimated
    // date of birth the age is uncertain, so OTIP decides: warning instead of error.
    // A child who was 17 when the concern was learned and turned 18 before the draft was prepared
    // is told so, and where an adult's assistance starts (22 U.S.C. § 7105(b)(1)(E): certification).
    const discoveredOn = clock.date(dl.discoveredMs);
    const turnedSinceLearned = compareDates(discoveredOn, mr!.eighteenth) < 0;
    const issue: RfaIssue = {
      path: 'child.dateOfBirth',
      code: 'child-not-a-minor',
      message: c.child.dateOfBirthEstimated
        ? `by the estimated date of birth the child ${submitted ? 'was' : 'is'} 18 or older ${atReceipt}; OTIP assistance for a child requires a minor, so explain the estimate in the narrative`
        : turnedSinceLearned
          ? `the child turned 18 after the concern was learned and before ${submitted ? 'Part A was submitted to OTIP' : 'the draft is prepared'}: OTIP assistance for a child requires a minor when OTIP receives the request, so this cannot go as a child’s request; ask OTIP about assistance for an adult victim (certification, 22 U.S.C. § 7105(b)(1)(E))`
          : // A trafficked child often carries a false or borrowed document that makes them an adult:
            // its date is not the child's (domain file, "A minor").
            `the child ${submitted ? 'was' : 'is'} 18 or older ${atReceipt}; OTIP assistance for a child requires a minor. ${FALSE_DOCUMENT}`,
    };
    // On the 18th birthday itself with no zone given, the date was read at the offset written in
    // preparedAt ("Z" from a system that exports UTC): a requester west of it may still be on the
    // eve of the birthday, so the message names that clock and how to give the requester's own.
    if (mr!.daysLeft === 0 && clock.zone === null) {
      issue.message += ` (the date of ${submitted ? 'submission' : 'preparation'}, ${formatIsoDate(receivedOn)}, is read at ${clock.label}, the offset written in preparedAt, as no requester.timeZone is given: if the requester’s clock is another, give requester.timeZone)`;
    }
    (c.child.dateOfBirthEstimated ? warnings : errors).push(issue);
  } else if (!submitted && m!.daysLeft < SOON_DAYS && !easternBirthdayBegun) {
    // Not for a request already submitted: its birthday no longer bounds anything (OTIP-PI-16-01).
    warnings.push({
      path: 'child.dateOfBirth',
      code: 'turns-18-soon',
      // One day left is tonight's midnight: "in 1 day" read as 24 hours on, beside a deadline tonight.
      message: `the child turns 18 ${m!.daysLeft === 1 ? tonight(dl, clock) : `in ${m!.daysLeft} days`}${fromEstimate}: submit the request to OTIP before the 18th birthday`,
    });
  }

  // An answer another field contradicts (implied.ts): the page would state both.
  for (const x of contradictions(c)) errors.push({ path: x.path, code: 'answer-contradicted', message: x.message });

  eventDateRules(c, today, c.child.dateOfBirthEstimated === true ? null : birth, errors);

  // A U.S. citizen, national or lawful permanent resident does not need an OTIP letter (status.ts).
  foreignNationalRules(c, errors, warnings);

  if (!c.child.inUnitedStates) {
    errors.push({ path: 'child.inUnitedStates', code: 'child-not-in-us', message: 'the child must be in the United States now for OTIP to assist' });
  }

  priorLetterRule(c, warnings);
  // The letter must not go to a suspect (letter.ts).
  const toSuspect = letterToSuspect(c);
  if (toSuspect !== null) warnings.push(toSuspect);
  otherMinorsWithTrafficker(c, warnings);

  // Labor trafficking needs a means and a purpose, for a child too: the minor exception of
  // 22 U.S.C. § 7102(11)(A) and 8 CFR 214.206(a)(1) covers only sex trafficking. Judgment call
  // (domain file): the request needs only credible information that the child may have been
  // trafficked, so a missing element is a warning that names the choice, not an error.
  if (c.concern.types.includes('labor')) {
    if (c.concern.means.length === 0) {
      warnings.push({
        path: 'concern.means',
        code: 'labor-without-means',
        message:
          'labor trafficking needs a means (force, fraud or coercion), a child’s too: only sex trafficking of a minor needs none, and Harbor does not treat the child’s age as the means. Record the means when known; the draft can still go to OTIP',
      });
    }
    if (c.concern.purposes.length === 0) {
      warnings.push({
        path: 'concern.purposes',
        code: 'labor-without-purpose',
        message: 'labor trafficking needs a purpose (involuntary servitude, peonage, debt bondage or slavery; the intended end is enough). Record it when known; the draft can still go to OTIP',
      });
    }
  }

  return {
    computed: {
      dueAt: clock.iso(dl.dueMs),
      dueAtEastern: isoInZone(dl.dueMs, EASTERN),
      dueReason: dl.dueReason,
      turns18At: dl.turns18Ms === null ? null : clock.iso(dl.turns18Ms),
      turns18Clock: dl.turns18Clock,
      timeZone: clock.zone,
      submittedAt: dl.submittedMs === null ? null : clock.iso(dl.submittedMs),
      hoursSinceDiscovery: dl.hoursSinceDiscovery,
      preparedOn: formatIsoDate(today),
      ageAtPreparation: m === null ? c.child.age! : m.age,
      ageUpTo: m === null ? rangeTop(c) : null,
      dateOfBirthEstimated: estimated,
      lastDayUnder18: m === null ? null : formatIsoDate(m.lastDayUnder18),
      daysLeftAsMinor: m === null ? null : m.daysLeft,
      aNumber: c.child.aNumber,
      stillToFindOut: stillToFindOut(c),
    },
    warnings,
    errors,
  };
}

/**
 * When a child with one day left turns 18, as turns-18-soon says it: "at midnight tonight" where
 * that midnight is the requester's, or when the requester's clock reads Eastern time's then. West
 * of Eastern time (Pacific, Hawaii, American Samoa) the birthday begins at Eastern midnight, in the
 * requester's evening, and "midnight tonight" there read as hours more than the deadline gives:
 * the warning names Eastern time and the requester's hour ("9:00 PM PDT here").
 */
function tonight(dl: Deadline, clock: RequesterClock): string {
  const at = dl.turns18Ms!;
  if (dl.turns18Clock === 'local' || clock.offsetAt(at) === offsetInZone(at, EASTERN)) return 'at midnight tonight';
  return `at midnight tonight in Eastern time, OTIP’s clock (${clock.display(at)} where the draft is prepared)`;
}

/**
 * The age rules when only an age is known (domain file, "Date of birth or age"): the age is an
 * estimate, so 18 or over is a warning (OTIP decides, as with an estimated date of birth), and a
 * child of about 17 may turn 18 any day: there is no birthday to count down to, so the requester
 * is told to submit at once and find the date of birth.
 */
function ageOnlyRules(age: number, upTo: number | null, submitted: boolean, warnings: RfaIssue[]): void {
  const top = upTo ?? age;
  const range = upTo === null ? '' : `about ${age} to ${upTo}`;
  // For a Part B the age given is the age when Part A was submitted (child.ts): OTIP decides on
  // the child's age when it received the request (OTIP-PI-16-01), so the rules speak of then.
  if (age >= MAJORITY) {
    warnings.push({
      path: 'child.age',
      code: 'child-not-a-minor',
      message: submitted
        ? 'by the age given the child was 18 or older when Part A was submitted; OTIP assistance for a child requires a minor when OTIP receives the request, so check the age then (child.age is the age when Part A was submitted) and explain the estimate in the narrative'
        : 'by the age given the child is 18 or older; OTIP assistance for a child requires a minor, so explain the estimate in the narrative',
    });
  } else if (top >= MAJORITY) {
    // A range reaching 18 (e.g. "16 to 18"): the child may be a minor, so OTIP decides; said as such.
    warnings.push({
      path: 'child.ageUpTo',
      code: 'child-not-a-minor',
      message: submitted
        ? `by the age range given (${range}, when Part A was submitted) the child may have been 18 or older then; OTIP assistance for a child requires a minor when OTIP receives the request, so find out the date of birth and explain the estimate in the narrative`
        : `by the age range given (${range}) the child may be 18 or older; OTIP assistance for a child requires a minor, so submit at once, find out the date of birth and explain the estimate in the narrative`,
    });
  } else if (submitted) {
    // Already submitted: "submit at once" has no object, and turning 18 now changes nothing.
    return;
  } else if (upTo !== null && top === MAJORITY - 1) {
    warnings.push({
      path: 'child.ageUpTo',
      code: 'turns-18-soon',
      message: `the child is ${range} and the date of birth is not known, so the child may be 17 and turn 18 any day: submit the request to OTIP at once and find out the date of birth`,
    });
  } else if (age === MAJORITY - 1) {
    warnings.push({
      path: 'child.age',
      code: 'turns-18-soon',
      message: 'the child is about 17 and the date of birth is not known, so the child may turn 18 any day: submit the request to OTIP at once and find out the date of birth',
    });
  }
}

/** The top of the case's age range, or null when it gives one age (no ageUpTo, or ageUpTo equal to age). */
function rangeTop(c: RfaCase): number | null {
  const { age, ageUpTo } = c.child;
  return age !== null && ageUpTo !== null && ageUpTo > age ? ageUpTo : null;
}

/**
 * The dates of the concern's events can have happened (domain file, "Dates of events"): none after
 * the day the draft is prepared (on the requester's calendar), and, when the date of birth is
 * documented (`birth`; null when it is an estimate or only an age is given), none before the
 * child was born. The page would otherwise put a typo before OTIP as a fact.
 */
function eventDateRules(c: RfaCase, today: CalendarDate, birth: CalendarDate | null, errors: RfaIssue[]): void {
  c.concern.events.forEach((e, i) => {
    for (const field of ['date', 'endDate'] as const) {
      const d = e[field];
      if (d === null) continue;
      const path = `concern.events.${i}.${field}`;
      if (compareDates(calendarDate(d), today) > 0) {
        errors.push({ path, code: 'date-after-document-date', message: 'must not be later than the date the draft is prepared: an event of the concern has happened or begun' });
      } else if (birth !== null && compareDates(calendarDate(d), birth) < 0) {
        errors.push({ path, code: 'date-before-birth', message: 'must not be before the child’s date of birth (mark the date of birth estimated if it is one)' });
      }
    }
  });
}

/**
 * Another child still with the suspected trafficker (domain file, "Other children"): in danger now,
 * and owed their own request within 24 hours of the requester learning of them (22 U.S.C.
 * § 7105(b)(1): the notice is owed for each minor). Said where the requester looks before
 * submitting, not only in section 5, since this request does not cover that child.
 */
function otherMinorsWithTrafficker(c: RfaCase, warnings: RfaIssue[]): void {
  c.concern.otherMinors.forEach((m, i) => {
    if (m.withTrafficker !== true) return;
    // Numbered as in section 5, never named: a message never quotes case data.
    const who = `other child ${i + 1} (section 5)`;
    // About 18 or older by the age given: a child's request may not be theirs to have (rfa-draft.md, "Other children").
    const own =
      m.age !== null && m.age >= MAJORITY
        ? `their own Request for Assistance is due within 24 hours of learning of them if they may be under 18 (the age given is ${m.age}; an adult's assistance goes through certification, 22 U.S.C. § 7105(b)(1)(E))`
        : 'whose own Request for Assistance is due within 24 hours of learning of them; prepare it now';
    warnings.push({
      path: `concern.otherMinors.${i}.withTrafficker`,
      code: 'other-minor-with-trafficker',
      message: `${who} is still with the suspected trafficker and may be in danger now: this request does not cover that child, ${own}, and report the danger as for any child (child welfare, law enforcement)`,
    });
  });
}

/** What to do when the date of birth comes from a false or borrowed document (child-not-a-minor). */
const FALSE_DOCUMENT = 'If this date comes from a false or borrowed document (one a trafficker supplied), it is not the child’s: give the child’s own date of birth, marked estimated when it is one, or age, and write the document’s name in child.otherNames';

/**
 * A letter the child already has from OTIP (docs/domain/rfa-eligibility.md, "An earlier OTIP letter"): the request
 * still goes (the 24-hour notice is owed for every concern, 22 U.S.C. § 7105(b)(1)), but OTIP must
 * be told, with the letter's date and number, or it calls back to ask. An Eligibility Letter does
 * not expire; an Interim Assistance Letter lasts 90 days, extendable by 30 (§ 7105(b)(1)(G)); a
 * Certification Letter is an adult's (§ 7105(b)(1)(E)). The names are OTIP's ("HHS Certification,
 * Interim Assistance, and Eligibility Letters", its Shepherd page), and "deciding" is what the
 * interim period is for (ORR State Letter 10-05: OTIP consults DOJ, DHS and NGOs, then decides
 * eligibility): docs/domain/rfa-eligibility.md.
 */
function priorLetterRule(c: RfaCase, warnings: RfaIssue[]): void {
  const letter = c.child.priorOtipLetter;
  if (letter === null || letter === 'none') return;
  const link = c.child.priorOtipLetterDetails === null ? ': give its date and number (child.priorOtipLetterDetails) so OTIP links this request to it' : '';
  const what = {
    eligibility: 'the child already has an OTIP Eligibility Letter, which does not expire: the child is eligible already, and this request tells OTIP of the concern',
    'interim-assistance': 'the child already has an OTIP Interim Assistance Letter (90 days, extendable by 30): OTIP is deciding on the child’s eligibility, and this request adds to it',
    certification: 'the child has a Certification Letter, which is for adult victims: say in the narrative whether it was issued when the child was taken for an adult; OTIP decides on this request as a child’s',
  }[letter];
  warnings.push({ path: 'child.priorOtipLetter', code: 'prior-otip-letter', message: `${what}${link}` });
}
