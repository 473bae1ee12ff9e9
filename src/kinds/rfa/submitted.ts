// A draft that completes a request already submitted (Part B after Part A, `submittedAt`): what the
// page says of the submission (rfa-deadline.md, "Part B after Part A"). OTIP received the request
// when Part A was submitted, so the deadline box reports that submission instead of asking for one,
// and a child who has turned 18 since is told apart from one who was 18 then: a request received
// before the 18th birthday is decided as a child's, and its letter may issue after the birthday
// (OTIP Program Instruction OTIP-PI-16-01, May 11, 2016).
import type { RfaComputed } from './compute.js';
import { onClockAsWritten, type Deadline, type RequesterClock } from './deadline.js';
import { durationAside } from './durations.js';

/** The program instruction, as the page cites it. */
export const PI_16_01 = 'OTIP-PI-16-01, May 11, 2016';

export interface SubmissionView {
  /** The deadline box's heading. */
  heading: string;
  /** "Thursday, July 9, 2026, 3:00 PM PDT (3 hours after the concern was learned)", or null when not submitted. */
  submitted: string | null;
  /** The LATE row's sentence. */
  lateText: string;
  /** The verification's first row: its label and, after the due time, what it adds. */
  verifyLabel: string;
  /** When the child is 18 now and was under 18 when Part A was submitted: what that means; else null. */
  turned18Since: string | null;
}

export function submissionView(computed: RfaComputed, dl: Deadline, clock: RequesterClock, submittedAt: string | null): SubmissionView {
  if (dl.submittedMs === null) {
    return {
      heading: 'Deadline: submit to OTIP by',
      submitted: null,
      lateText: 'Prepared after the deadline. Submit to OTIP now: a late request is still better than none.',
      verifyLabel: 'Submit to OTIP by',
      turned18Since: null,
    };
  }
  // The compute refuses a child 18 when Part A was submitted (child-not-a-minor), so a valid case
  // with no days left now turned 18 since; an age alone has no birthday (its warning says it).
  // Submitted after Eastern midnight began the birthday, while 17 where submitted, is not "under 18
  // when OTIP received it": turned-18-in-eastern-time says so instead.
  const turned = computed.daysLeftAsMinor !== null && computed.daysLeftAsMinor <= 0 && dl.submittedMs < dl.turns18EasternMs!;
  const est = computed.dateOfBirthEstimated ? ' (by the estimated date of birth)' : '';
  return {
    heading: 'Part A of this request was due by',
    // As written too when written at another offset than the requester's clock (deadline.ts onClockAsWritten).
    submitted: `${submittedAt === null ? clock.display(dl.submittedMs) : onClockAsWritten(submittedAt, clock)} (${durationAside(Math.max(0, dl.submittedMs - dl.discoveredMs), 'after the concern was learned')})`,
    lateText: 'Part A was submitted after the deadline. Say why below, so that OTIP need not ask.',
    verifyLabel: 'Part A was due by',
    turned18Since: turned
      ? `The child has turned 18${est} since Part A was submitted. OTIP received the request while the child was under 18, so it decides on it as a child’s request, and the letter may be issued after the 18th birthday (${PI_16_01}). Do not refile it as an adult’s.`
      : null,
  };
}
