// The RFA's age rules (docs/domain/rfa.md, "A minor" and "Date of birth or age";
// rfa-deadline.md, "Whose midnight" and "Part B after Part A"): the child must be under 18 when
// OTIP receives the request (22 U.S.C. § 7105(b)(1)(C)(ii)(I)), read on the requester's calendar;
// the warnings when Eastern midnight has begun the birthday, when the child turns 18 soon, and
// when only an age is known. Split from compute.ts, which runs them with the case's other rules.
import { compareDates, formatIsoDate, longDate, offsetInZone, type CalendarDate } from '../kit/index.js';
import { pageName } from './page-words.js';
import type { RfaIssue } from './codes.js';
import { EASTERN, MAJORITY, type Deadline, type minority, type RequesterClock } from './deadline.js';
import { durationText, inDays } from './durations.js';
import type { RfaCase } from './schema.js';

/** Fewer than this many days left as a minor → warning `turns-18-soon` (domain file). */
const SOON_DAYS = 14;


/** What to do when the date of birth comes from a false or borrowed document (child-not-a-minor). */
/**
 * Said to a child who turned 18 between learning of the concern and this draft, when no Part A
 * submission is given: a caseworker completing Part B of a request submitted before the birthday
 * (OTIP-PI-16-01) is a child's request, read at that submission (submittedAt), and the refusal
 * alone sent them to certification instead (rfa-deadline.md, "Part B after Part A").
 */
const PART_A_BEFORE_18 = `. If Part A of this request was submitted to OTIP in Shepherd before the 18th birthday, give ${pageName('submittedAt')}: this draft is then its Part B, and the child’s age is read at that submission`;
const FALSE_DOCUMENT = `If this date comes from a false or borrowed document (one a trafficker supplied), it is not the child’s: give the child’s own date of birth, marked estimated when it is one, or age, and write the document’s name in ${pageName('child.otherNames')}`;

/**
 * Where the assistance of a person 18 or older when OTIP would receive the request starts, a person
 * trafficked before 18 too (rfa.md, "A minor", "An adult trafficked as a child"): not a Request for
 * Assistance, which is for one under 18 when OTIP receives it (22 U.S.C. § 7105(b)(1)(C);
 * OTIP-PI-16-01), but a Certification Letter (§ 7105(b)(1)(E)), which HHS issues once DHS tells it
 * of Continued Presence, a T visa or a bona fide T-visa application not denied (OTIP-FS-16-01),
 * requested in Shepherd as a Request for Certification. One under 18 at an act of trafficking need
 * not comply with law enforcement's requests to apply for a T visa (8 CFR 214.202(c)(1)). Until RFA
 * 2.18.0 the message said "ask OTIP about assistance for an adult victim", as if OTIP began it.
 */
export const ADULT_ROUTE =
  'an adult’s assistance, for one trafficked before 18 too, is a Certification Letter, which HHS issues only once DHS tells it of Continued Presence, a T visa, or a bona fide T-visa application not denied (22 U.S.C. § 7105(b)(1)(E); OTIP-FS-16-01): the T-visa application or a law-enforcement request for Continued Presence comes first, then a Request for Certification in Shepherd; one under 18 at an act of trafficking need not help law enforcement to apply for a T visa (8 CFR 214.202(c)(1))';


/**
 * Why the request goes before the 18th birthday, said by turns-18-soon (docs/domain/rfa-deadline.md,
 * "Part B after Part A"): a child's letter needs the request received before it, and then survives it.
 */
export const BEFORE_18 = 'A request OTIP receives before that day is a child’s, and keeps a child’s letter if the child turns 18 while OTIP decides (OTIP-PI-16-01); one received on or after it is an adult’s, which needs a certification';

/**
 * When a child with one or two days left turns 18, as turns-18-soon says it: "at midnight tonight"
 * (or "tomorrow night") and the time left from the preparation to that midnight, which a
 * caseworker writing tonight weighs against the work still to do ("2 hours 50 minutes after the
 * draft was prepared"). Where that midnight is the requester's, its clock is named when no zone is
 * given (the written offset, which may not be the requester's clock). West of Eastern time
 * (Pacific, Hawaii, American Samoa) the birthday begins at Eastern midnight, in the requester's
 * evening, and "midnight tonight" there read as hours more than the deadline gives: the warning
 * names Eastern time and the requester's hour ("9:00 PM PDT where the draft is prepared"). Two days
 * left is under 48 hours, and "in 2 days" from a Hawaii evening was 20 hours.
 */
function midnight(dl: Deadline, clock: RequesterClock, days: 1 | 2): string {
  const at = dl.turns18Ms!;
  const when = days === 1 ? 'tonight' : 'tomorrow night';
  const left = `${durationText(Math.max(0, at - dl.preparedMs))} after the draft was prepared`;
  if (dl.turns18Clock === 'local' || clock.offsetAt(at) === offsetInZone(at, EASTERN)) {
    const where = clock.zone === null ? ` at ${clock.label} (the offset written in the preparation time: give the requester’s time zone if the requester’s clock is another)` : '';
    return `at midnight ${when}${where}, ${left}`;
  }
  return `at midnight ${when} in Eastern time, OTIP’s clock (${clock.display(at)} where the draft is prepared), ${left}`;
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
    // A range from 18 up ("18 to 20") is said as the range it is: "by the age given" named one age the caseworker did not give.
    const given = upTo === null ? 'by the age given' : `by the age range given (${range})`;
    warnings.push({
      path: 'child.age',
      code: 'child-not-a-minor',
      message: submitted
        ? `${given} the child was 18 or older when Part A was submitted; OTIP assistance for a child requires a minor when OTIP receives the request, so check the age then (the child’s ${upTo === null ? 'age given is the age' : 'age range given is the range'} when Part A was submitted) and explain the estimate in the narrative`
        : `${given} the child is 18 or older; OTIP assistance for a child requires a minor, so explain the estimate in the narrative`,
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
export function rangeTop(c: RfaCase): number | null {
  const { age, ageUpTo } = c.child;
  return age !== null && ageUpTo !== null && ageUpTo > age ? ageUpTo : null;
}

/** What the age rules read of compute's reckoning: the deadline, the clock, and the ages on the two dates. */
export interface AgeContext {
  dl: Deadline;
  clock: RequesterClock;
  /** The date of birth, or null when only an age is given. */
  birth: CalendarDate | null;
  /** The date of preparation on the requester's calendar. */
  today: CalendarDate;
  /** The ages on `today` and on `receivedOn`, or null without a date of birth. */
  m: ReturnType<typeof minority> | null;
  mr: ReturnType<typeof minority> | null;
  /** When OTIP received (Part A's submission) or receives (the preparation) the request, on that calendar. */
  receivedOn: CalendarDate;
  /** A Part B draft whose submittedAt the rules read (not refused). */
  submitted: boolean;
  /** " (from an estimated date of birth)" or "". */
  fromEstimate: string;
  /** "when Part A was submitted to OTIP" or "on the date the draft is prepared". */
  atReceipt: string;
  /** By the other date of birth of a disputed one (child.otherDateOfBirth): the ages on `today` and on `receivedOn`; else null. */
  other: { today: ReturnType<typeof minority>; received: ReturnType<typeof minority> } | null;
}

/** Pushes the age rules' issues: `child-not-a-minor`, `turned-18-in-eastern-time`, `turns-18-soon`. */
export function ageRules(c: RfaCase, x: AgeContext, errors: RfaIssue[], warnings: RfaIssue[]): void {
  const { dl, clock, birth, today, m, mr, receivedOn, submitted, fromEstimate, atReceipt, other } = x;
  // By the other date of birth the child is still a minor when OTIP receives the request: OTIP must
  // know the child may be one, and decides which date is the child's (rfa.md, "Two dates of birth").
  const otherMinor = other !== null && other.received.daysLeft > 0;
  const otherSource = c.child.otherDateOfBirthSource ?? 'its source';
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
          ? `the child turned 18 after the concern was learned and before ${submitted ? 'Part A was submitted to OTIP' : 'the draft is prepared'}: OTIP assistance for a child requires a minor when OTIP receives the request, so this cannot go as a child’s request: ${ADULT_ROUTE}${submitted ? '' : PART_A_BEFORE_18}`
          : // A trafficked child often carries a false or borrowed document that makes them an adult:
            // its date is not the child's (domain file, "A minor").
            // When the date is the person's own (trafficked before 18, referred after), the adult's route.
            `the child ${submitted ? 'was' : 'is'} 18 or older ${atReceipt}; OTIP assistance for a child requires a minor. ${FALSE_DOCUMENT}. If it is the person’s own date of birth, ${ADULT_ROUTE}`,
    };
    // On the 18th birthday itself with no zone given, the date was read at the offset written in
    // preparedAt ("Z" from a system that exports UTC): a requester west of it may still be on the
    // eve of the birthday, so the message names that clock and how to give the requester's own, in a
    // sentence of its own: in parentheses it followed "“Other names used” (section 2)" as "(section 2) (the date …".
    if (mr!.daysLeft === 0 && clock.zone === null) {
      issue.message += `. The date of ${submitted ? 'submission' : 'preparation'}, ${longDate(formatIsoDate(receivedOn))}, is read at ${clock.label}, the offset written in the preparation time, since the requester’s time zone is not given: if the requester’s clock is another, give the requester’s time zone`;
    }
    if (otherMinor) {
      // A warning, as for an estimated date: the documents disagree, and OTIP decides.
      issue.message += `. By the other date of birth (${otherSource}) the child ${submitted ? 'was' : 'is'} ${other.received.age} ${atReceipt}, a minor: OTIP decides which date is the child’s, so submit the request${submitted ? '' : ' at once'} and say in the narrative why the two documents differ`;
    }
    (c.child.dateOfBirthEstimated || otherMinor ? warnings : errors).push(issue);
  } else if (other !== null && other.received.daysLeft <= 0) {
    // A minor by the date used, 18 or older by the other: OTIP will see both, and must know which the request rests on.
    warnings.push({
      path: 'child.otherDateOfBirth',
      code: 'dates-of-birth-disagree',
      message: `by the other date of birth (${otherSource}) the child ${submitted ? 'was' : 'is'} ${other.received.age} ${atReceipt}, an adult, while by the date of birth used the child ${submitted ? 'was' : 'is'} ${mr!.age}, a minor: OTIP decides which date is the child’s, so say in the narrative why the request uses the one it does (a false or borrowed document is a trafficker’s, not the child’s)`,
    });
  } else if (!submitted && other !== null && other.today.daysLeft < SOON_DAYS && m!.daysLeft >= SOON_DAYS) {
    // The other date's 18th birthday comes first, and soon: the request goes before it.
    warnings.push({
      path: 'child.otherDateOfBirth',
      code: 'dates-of-birth-disagree',
      message: `by the other date of birth (${otherSource}) the child turns 18 ${other.today.daysLeft === 1 ? 'tomorrow' : inDays(other.today.daysLeft)}: OTIP may take that date, so submit the request before then`,
    });
  } else if (!submitted && m!.daysLeft < SOON_DAYS && !easternBirthdayBegun) {
    // Not for a request already submitted: its birthday no longer bounds anything (OTIP-PI-16-01).
    warnings.push({
      path: 'child.dateOfBirth',
      code: 'turns-18-soon',
      // One day left is tonight's midnight: "in 1 day" read as 24 hours on, beside a deadline tonight;
      // two are tomorrow night's, under 48 hours (midnight).
      // Dated from the case and saying why (until template 2.20.0 it said neither: "submit … before
      // the 18th birthday" alone): OTIP assists a child under 18 when it receives the request
      // (22 U.S.C. § 7105(b)(1)(C); OTIP-PI-16-01: a request received before the birthday keeps a
      // child's letter if the child turns 18 while OTIP decides).
      message: `the child turns 18 ${m!.daysLeft === 1 || m!.daysLeft === 2 ? midnight(dl, clock, m!.daysLeft) : inDays(m!.daysLeft)}${fromEstimate}: submit the request to OTIP before the 18th birthday, ${longDate(formatIsoDate(m!.eighteenth))}${fromEstimate === '' ? '' : ' (estimated)'}. ${BEFORE_18}`,
    });
  }
}
