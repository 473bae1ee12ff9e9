// The legal rules and computed values of a draft RFA (docs/domain/rfa.md). Pure: no clock, no
// I/O; "now" is the case's own `preparedAt`.
import type { ComputeResult } from '../kind.js';
import { calendarDate, compareDates, formatIsoDate, fromDayNumber, isoInZone, looseName, type CalendarDate } from '../kit/index.js';
import type { RfaCode, RfaIssue } from './codes.js';
import { deadline, EASTERN, keepDeadline, MAJORITY, minority, requesterClock } from './deadline.js';
import { contradictions } from './implied.js';
import { childInDanger } from './danger.js';
import { letterToSuspect } from './letter.js';
import { stillToFindOut } from './fields.js';
import type { RfaCase } from './schema.js';
import { foreignNationalRules } from './status.js';
import { ownNameRules } from './own-name.js';
import { latinNameRule } from './latin-name.js';
import { citizenWritten, otherStatus } from './others.js';
import { placementRules } from './placement.js';
import { custodyAgainstStatusRule, custodyInStatusRule } from './custody-status.js';
import { sameRoleRules } from './same-role.js';
import { listedTwiceRules } from './listed-twice.js';
import { ADULT_ROUTE, ageRules, rangeTop } from './age-rules.js';
import { offsetChangeText, writtenTimes } from './offset-change.js';
import { pageName } from './page-words.js';
import { LEARNED_WHEN_HEARD } from './labels.js';
import { OTHER_MINOR_US_STATUS } from './not-yet-known.js';
import type { RfaComputed } from './computed.js';

export { EASTERN };
// The computed values' type, in computed.ts (the API's contract), still importable from here.
export type { RfaComputed };

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
  // The other date of birth of a disputed one (rfa.md, "Two dates of birth"), read as the one used is.
  const otherBirth = birth === null || c.child.otherDateOfBirth === null ? null : calendarDate(c.child.otherDateOfBirth);
  const mo = otherBirth === null ? null : minority(otherBirth, today);
  const mor = otherBirth === null ? null : minority(otherBirth, receivedOn);
  // A date before which nothing of the concern can be: the earlier of the two dates when disputed,
  // none when the date used is an estimate (an event before it is no typo: domain file, "Dates of events").
  const documented = birth === null || c.child.dateOfBirthEstimated === true ? null : otherBirth !== null && compareDates(otherBirth, birth) < 0 ? otherBirth : birth;
  /** When OTIP received, or receives, the request, in a message. */
  const atReceipt = submitted ? 'when Part A was submitted to OTIP' : 'on the date the draft is prepared';
  // An estimate: the date of birth is marked as one, or only an age is given (domain file, "Date of birth or age").
  const estimated = birth === null || c.child.dateOfBirthEstimated === true;
  /** " (from an estimated date of birth)" in a message about a date computed from one. */
  const fromEstimate = estimated ? ' (from an estimated date of birth)' : '';
  // The "Clock change" rows, once per render: the view reads them from `computed` (deadline-view.ts),
  // so a deadline recomputed on the changed clock is computed here only (deadline-once.test.ts).
  const change = offsetChangeText(dl, clock, (zone) => deadline(c.discoveredAt, c.preparedAt, birth, zone, c.submittedAt), writtenTimes(c));

  if (dl.discoveredMs > dl.preparedMs) {
    errors.push({ path: 'discoveredAt', code: 'date-after-document-date', message: 'must not be later than the preparation time: the concern cannot be learned of after the draft is prepared' });
  }
  if (dl.submittedMs !== null && dl.submittedMs > dl.preparedMs) {
    errors.push({ path: 'submittedAt', code: 'date-after-document-date', message: 'must not be later than the preparation time: it is when Part A was already submitted to OTIP; leave it out for a request not yet submitted' });
  } else if (dl.submittedMs !== null && dl.submittedMs < dl.discoveredMs) {
    errors.push({ path: 'submittedAt', code: 'date-after-document-date', message: 'must not be earlier than the time the concern was learned: the request cannot be submitted before the concern was learned of' });
  }
  // Late is still better than never: warnings, never errors (rfa-deadline.md, "Late").
  if (dl.past24Hours) {
    warnings.push({
      path: submitted ? 'submittedAt' : 'preparedAt',
      code: 'rfa-past-24-hours',
      message: submitted
        ? `Part A was submitted to OTIP ${dl.elapsedToSubmission} after the concern was learned, past the 24-hour deadline${c.lateReason === null ? `: say why it came then (${pageName('lateReason')}) so that OTIP need not ask` : ''}`
        : // A concern left in a voicemail or sent by email is learned of when heard or read (rfa-deadline.md,
          // "Late"): a caseworker who wrote the time it was left was told the draft was late.
          `the draft is prepared ${dl.elapsedSinceDiscovery} after the concern was learned, past the 24-hour deadline: submit to OTIP as soon as possible${c.lateReason === null ? `, and say why it comes now (${pageName('lateReason')}) so that OTIP need not ask` : ''}. ${LEARNED_WHEN_HEARD(pageName('discoveredAt'))}`,
    });
  }
  // The age rules: a minor when OTIP receives the request, the Eastern midnight, turning 18 soon (age-rules.ts).
  ageRules(c, { dl, clock, birth, today, m, mr, receivedOn, submitted, fromEstimate, atReceipt, other: mor === null || mo === null ? null : { today: mo, received: mor } }, errors, warnings);

  // An answer another field contradicts (implied.ts): the page would state both.
  for (const x of contradictions(c)) errors.push({ path: x.path, code: 'answer-contradicted', message: x.message });

  eventDateRules(c, dl.preparedMs, documented, errors);
  // The concern learned before the documented birth: a date typed wrong (a year, day and month
  // swapped), which printed as a request 6,000 days late (rfa.md, "Dates").
  // A date of birth after the preparation is refused once, as date-after-document-date (age-rules.ts).
  if (documented !== null && birth !== null && compareDates(birth, today) <= 0 && compareDates(clock.date(dl.discoveredMs), documented) < 0) {
    errors.push({ path: 'discoveredAt', code: 'date-before-birth', message: 'must not be before the child’s date of birth: a concern is learned of a child already born (check both dates; mark the date of birth estimated if it is one)' });
  }

  // A U.S. citizen, national or lawful permanent resident does not need an OTIP letter (status.ts).
  foreignNationalRules(c, errors, warnings);

  // The supervisor's line says "I have reviewed this draft with the requester": signed by the
  // requester, it is no review (rfa-draft.md, "Verification"). Names compared loosely, word order
  // aside too (kit listed-twice.ts looseName, since template 2.23.0: "Bah Mamadou" was not "Mamadou Bah").
  if (c.supervisor !== null && looseName(c.requester.name) !== '' && looseName(c.supervisor.name) === looseName(c.requester.name)) {
    errors.push({ path: 'supervisor.name', code: 'supervisor-is-requester', message: 'must not be the requester: the supervisor’s line says the draft was reviewed with the requester. Name the supervisor who reviews it, or leave the supervisor out, and the draft leaves a line for the name' });
  }

  if (!c.child.inUnitedStates) {
    errors.push({ path: 'child.inUnitedStates', code: 'child-not-in-us', message: 'the child must be in the United States now for OTIP to assist' });
  }

  // The child in danger now: reported as for any child, the request being no emergency report (danger.ts).
  const danger = childInDanger(c);
  if (danger !== null) warnings.push(danger);
  priorLetterRule(c, warnings);
  // The letter must not go to a suspect (letter.ts).
  const toSuspect = letterToSuspect(c);
  if (toSuspect !== null) warnings.push(toSuspect);
  otherMinorsWithTrafficker(c, warnings);
  // Another child's U.S. status answered against their own words (otherMinorStatusRule).
  otherMinorStatusRule(c, warnings);
  // The child's own name listed as another name or another child (own-name.ts).
  ownNameRules(c, warnings);
  // A name in another script only, with no spelling in Latin letters (latin-name.ts).
  latinNameRule(c, warnings);
  // A sponsor or care provider beside a custody in which the child is not with them (placement.ts).
  placementRules(c, warnings);
  // Where the child is held or placed, written in the immigration status with no custody answered (custody-status.ts).
  custodyInStatusRule(c, warnings);
  // … or a placement the custody answered is not (custody-status.ts).
  custodyAgainstStatusRule(c, warnings);
  // Two fields naming one role with different people (same-role.ts).
  sameRoleRules(c, warnings);
  // One person listed twice: two suspected traffickers, or one and the sponsor or a parent (listed-twice.ts).
  listedTwiceRules(c, warnings);

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

  const computed: RfaComputed = {
    dueAt: clock.iso(dl.dueMs),
    dueAtEastern: isoInZone(dl.dueMs, EASTERN),
    dueReason: dl.dueReason,
    turns18At: dl.turns18Ms === null ? null : clock.iso(dl.turns18Ms),
    turns18Clock: dl.turns18Clock,
    timeZone: clock.zone,
    submittedAt: dl.submittedMs === null ? null : clock.iso(dl.submittedMs),
    clockChange: change?.row ?? null,
    clockChangeWhy: change?.note ?? null,
    hoursSinceDiscovery: dl.hoursSinceDiscovery,
    preparedOn: formatIsoDate(today),
    ageAtSubmission: mr === null ? c.child.age! : mr.age,
    ageAtPreparation: m === null ? c.child.age! : m.age,
    ageUpTo: m === null ? rangeTop(c) : null,
    dateOfBirthEstimated: estimated,
    lastDayUnder18: m === null ? null : formatIsoDate(m.lastDayUnder18),
    daysLeftAsMinor: m === null ? null : m.daysLeft,
    otherDateOfBirth: mo === null || mor === null ? null : { ageAtSubmission: mor.age, lastDayUnder18: formatIsoDate(mo.lastDayUnder18), daysLeftAsMinor: mo.daysLeft },
    aNumber: c.child.aNumber,
    stillToFindOut: stillToFindOut(c),
  };
  // The view of this render reads this deadline rather than computing it again (keepDeadline).
  keepDeadline(computed, dl);
  return { computed, warnings, errors };
}

/** Milliseconds in an hour and in a day. */
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/**
 * The earliest clock on Earth, in hours ahead of UTC: UTC+14, the Line Islands' (IANA tz
 * Pacific/Kiritimati). The date there at an instant is the latest date anywhere at that instant.
 */
const EARLIEST_OFFSET_HOURS = 14;

/**
 * The dates of the concern's events can have happened (domain file, "Dates of events"): none after
 * the latest date anywhere on Earth at the instant the draft is prepared (`preparedMs`), and, when
 * the date of birth is documented (`birth`; null when it is an estimate or only an age is given),
 * none before the child was born. The page would otherwise put a typo before OTIP as a fact. An
 * event is dated on the calendar where it happened, which may be a day ahead of the requester's:
 * until template 2.23.0 a child who ran at 12:30 AM in New York, written "March 8" by a requester
 * in Seattle at 10:10 PM on March 7, was refused, and the request could not be made.
 */
function eventDateRules(c: RfaCase, preparedMs: number, birth: CalendarDate | null, errors: RfaIssue[]): void {
  const latest = fromDayNumber(Math.floor((preparedMs + EARLIEST_OFFSET_HOURS * HOUR_MS) / DAY_MS));
  c.concern.events.forEach((e, i) => {
    for (const field of ['date', 'endDate'] as const) {
      const d = e[field];
      if (d === null) continue;
      const path = `concern.events.${i}.${field}`;
      if (compareDates(calendarDate(d), latest) > 0) {
        errors.push({ path, code: 'date-after-document-date', message: 'must not be later than the date the draft is prepared (the date where the event happened, at most a day ahead of the requester’s): an event of the concern has happened or begun' });
      } else if (birth !== null && compareDates(calendarDate(d), birth) < 0) {
        errors.push({ path, code: 'date-before-birth', message: 'must not be before the child’s date of birth (mark the date of birth estimated if it is one)' });
      }
    }
  });
}

/**
 * Another child still with the suspected trafficker (domain file, "Other children"): in danger now,
 * and owed their own request within 24 hours of the requester learning of them (22 U.S.C.
 * § 7105(b)(1)(H): an official's notice is owed for each person under 18; OTIP's RFA is the
 * request for one foreign-national minor). Said where the requester looks before
 * submitting, not only in section 5, since this request does not cover that child.
 */
function otherMinorsWithTrafficker(c: RfaCase, warnings: RfaIssue[]): void {
  c.concern.otherMinors.forEach((m, i) => {
    if (m.withTrafficker !== true) return;
    // Numbered as in section 5, never named: a message never quotes case data.
    const who = `other child ${i + 1} (section 5)`;
    // About 18 or older by the age given: a child's request may not be theirs to have (rfa-draft.md, "Other children").
    // In the United States or not, as answered (concern.otherMinors[].inUnitedStates): their own
    // request, or law enforcement; both, each with its condition, while not yet known.
    const adult = m.age !== null && m.age >= MAJORITY;
    // Answered a U.S. citizen, national or lawful permanent resident (since 2.25.0): no request of
    // their own, as section 5's line says (others.ts whereDue); the danger reported now.
    if (m.usCitizenOrResident === true && m.inUnitedStates !== false) {
      warnings.push({
        path: `concern.otherMinors.${i}.withTrafficker`,
        code: 'other-minor-with-trafficker',
        message: `${who} is still with the suspected trafficker and may be in danger now: this request does not cover ${adult ? 'them' : 'that child'}, who as a U.S. citizen, national or lawful permanent resident (section 5) needs no Request for Assistance; report the danger now ${adult ? 'to law enforcement' : 'as for any child (child welfare, law enforcement)'}`,
      });
      return;
    }
    const own = adult
      ? // If not, the route section 5 prints beside them (others.ts OTHER_ADULT, ADULT_ROUTE), in its words: until
        // RFA 2.25.0 this said "an adult's assistance goes through certification", which section 5 stopped saying
        // in 2.19.0 (it names no step: DHS's Continued Presence or a T visa comes first, then Shepherd).
        `their own Request for Assistance is due within 24 hours of learning of them if they may be under 18${m.inUnitedStates === true ? '' : ' and are in the United States'} (the age given is ${m.age}); if not, ${ADULT_ROUTE}`
      : m.inUnitedStates === true && otherStatus(m) === 'written'
        ? // Written as a U.S. citizen, national or lawful permanent resident (others.ts citizenWritten), as section 5's line says (since 2.24.0).
          'whose own Request for Assistance, unless they are a U.S. citizen, national or lawful permanent resident as section 5 says, is due within 24 hours of learning of them'
        : m.inUnitedStates === true
        ? 'whose own Request for Assistance is due within 24 hours of learning of them; prepare it now'
        : 'whose own Request for Assistance, if the child is in the United States, is due within 24 hours of learning of them; prepare it now';
    const message =
      m.inUnitedStates === false
        ? // One 18 or older by the age given is not "that child" here either (the section's urgent line says "this person").
          `${who} is still with the suspected trafficker and may be in danger now: this request does not cover ${adult ? 'them, and they are outside the United States' : 'that child, who is outside the United States and cannot have a request while there'}; report the danger to law enforcement now`
        : // One 18 or older by the age given is "them", and their request a clause of its own (it read "… does not cover that child, their own Request … is due …, and report …").
          `${who} is still with the suspected trafficker and may be in danger now: this request does not cover ${adult ? `them; ${own}; report` : `that child, ${own}, and report`} the danger as for any child (child welfare, law enforcement${m.inUnitedStates === true ? '' : '; for a child outside the United States, who cannot have a request while there, law enforcement'})`;
    warnings.push({ path: `concern.otherMinors.${i}.withTrafficker`, code: 'other-minor-with-trafficker', message });
  });
}

/**
 * Another child answered not a U.S. citizen, national or lawful permanent resident while their
 * relationship or details say they are one (others.ts citizenWritten, the words read before the
 * field, since RFA 2.25.0): the page prints both, and OTIP's reader cannot tell whether a request of
 * their own is to come. A warning, as the child's own status mentioning citizenship is (status.ts):
 * words are read, not documents, and "No" may be right ("her father is a U.S. citizen" misread).
 * The page goes by the answer.
 */
function otherMinorStatusRule(c: RfaCase, warnings: RfaIssue[]): void {
  c.concern.otherMinors.forEach((m, i) => {
    if (m.usCitizenOrResident !== false || !citizenWritten(m)) return;
    warnings.push({
      path: `concern.otherMinors.${i}.usCitizenOrResident`,
      code: 'not-a-foreign-national',
      message: `other child ${i + 1} (section 5) is answered “No” to “${OTHER_MINOR_US_STATUS}”, while their relationship to the child or details say they are one: correct the one that is wrong (the page goes by the answer, and says their own Request for Assistance is due)`,
    });
  });
}

/**
 * A letter the child already has from OTIP (docs/domain/rfa-eligibility.md, "An earlier OTIP letter"): the request
 * still goes (the 24-hour notice is owed for every concern, 22 U.S.C. § 7105(b)(1)(H)), but OTIP must
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
  const link = c.child.priorOtipLetterDetails === null ? ': give its date and number (“Earlier OTIP letter: date and number”, section 2) so OTIP links this request to it' : '';
  const what = {
    eligibility: 'the child already has an OTIP Eligibility Letter, which does not expire: the child is eligible already, and this request tells OTIP of the concern',
    'interim-assistance': 'the child already has an OTIP Interim Assistance Letter (90 days, extendable by 30): OTIP is deciding on the child’s eligibility, and this request adds to it',
    certification: 'the child has a Certification Letter, which is for adult victims: say in the narrative whether it was issued when the child was taken for an adult; OTIP decides on this request as a child’s',
  }[letter];
  warnings.push({ path: 'child.priorOtipLetter', code: 'prior-otip-letter', message: `${what}${link}` });
}
