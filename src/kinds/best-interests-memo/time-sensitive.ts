// The summary's "Time-sensitive" box (templates/best-interests-memo.hbs, Part 1): the 18th birthday
// near, a decision date on or after it, and what the law requires at 18
// (docs/domain/best-interests-memo-eighteen.md). Split from view.ts by concept; behaviour unchanged.
import type { Issue } from '../../errors.js';
import type { BestInterestsComputed } from './compute.js';
import { proceedingName } from './caption-view.js';
import { estimatedMark } from './facts-view.js';
import type { BestInterestsMemoCase } from './schema.js';
import { calendarDate, count, daysBetween, longDate } from '../kit/index.js';

const days = (n: number): string => count(n, 'day');

/**
 * The "Time-sensitive" box of the summary (null when nothing is): the 18th birthday when it is
 * within the warning's days (`turns-18-soon`), and each decision date that falls on or after it
 * (`decision-after-18`), with why that matters: ORR's custody ends at 18 (6 U.S.C. § 279(g)(2)),
 * so the recommendation may be moot by then; and, last, what the law requires for a child still in
 * custody on that birthday (`AGE_OUT`). The birthday is marked "(estimated)" when the date of birth
 * is, as everywhere it is printed.
 */
export function timeSensitiveNotice(c: BestInterestsMemoCase, k: BestInterestsComputed, warnings: Issue[]): string | null {
  const parts: string[] = [];
  const birthday = `${longDate(k.eighteenthBirthday)}${estimatedMark(k)}`;
  let named = false; // the birthday's date is already in the box: later sentences say "that birthday"
  const late = new Set(warnings.filter((w) => w.code === 'decision-after-18').map((w) => w.path));
  if (warnings.some((w) => w.code === 'turns-18-soon')) {
    // The end of ORR custody at 18 is said once: here when no decision date is late, else in the
    // box's last sentence, with its citation, where it explains why a late date matters.
    parts.push(
      late.size === 0
        ? `The child turns 18 on ${birthday}, ${days(k.daysUntil18)} after the date of this memo. ` +
            'ORR custody ends at 18, and the Unaccompanied Refugee Minors program must be entered before the 18th birthday.'
        : `The child turns 18 on ${birthday}, ${days(k.daysUntil18)} after the date of this memo, ` +
            'and the Unaccompanied Refugee Minors program must be entered before that birthday.',
    );
    named = true;
  }
  const relation = (on: string): string => {
    const after = daysBetween(calendarDate(k.eighteenthBirthday), calendarDate(on));
    const ref = named ? 'that birthday' : `the child’s 18th birthday, ${birthday}`;
    named = true;
    return after === 0 ? `on ${ref}` : `${days(after)} after ${ref}`;
  };
  // A judge's decision expected on the hearing's day is one date, said once (caption-view.ts hearingAndDecision).
  const atHearing = c.decisionMaker.type === 'immigration-judge' && c.nextHearingOn !== null && c.nextHearingOn === c.decisionExpectedOn;
  if (late.has('nextHearingOn') && c.nextHearingOn !== null) {
    parts.push(`The next hearing, on ${longDate(c.nextHearingOn)}${atHearing ? ', at which the decision is expected,' : ','} is ${relation(c.nextHearingOn)}.`);
  }
  if (late.has('decisionExpectedOn') && c.decisionExpectedOn !== null && !atHearing) {
    parts.push(`The decision is expected by ${longDate(c.decisionExpectedOn)}, ${relation(c.decisionExpectedOn)}.`);
  }
  if (late.size > 0) parts.push('Because ORR custody of an unaccompanied child ends at 18 (6 U.S.C. § 279(g)(2)), this recommendation may be moot by then.');
  // Another court's dates on or after that birthday, as plain fact, after the memo's own decision
  // (whose "moot by then" is about ORR's custody, not that court's case): what 18 means for a state
  // dependency or guardianship case is for the law that governs it, which the memo does not record
  // (domain file, best-interests-memo-eighteen.md, "Other proceedings at 18").
  for (const p of c.otherProceedings) {
    const lateOn = (on: string | null): on is string => on !== null && on >= k.eighteenthBirthday;
    const together = p.nextHearingOn !== null && p.nextHearingOn === p.decisionExpectedOn; // a court decides at its hearing
    const clauses: string[] = [];
    if (lateOn(p.nextHearingOn)) {
      clauses.push(`the next hearing, on ${longDate(p.nextHearingOn)}${together ? ', at which the decision is expected,' : ','} is ${relation(p.nextHearingOn)}`);
    }
    if (lateOn(p.decisionExpectedOn) && !together) {
      clauses.push(`the decision is expected by ${longDate(p.decisionExpectedOn)}, ${relation(p.decisionExpectedOn)}`);
    }
    if (clauses.length > 0) parts.push(`In ${proceedingName(p)}, ${clauses.join(', and ')}.`);
  }
  if (parts.length === 0) return null;
  // Custody ending is not the whole story: a box that says so must also say what the law requires
  // next, or "moot" reads as the end of the matter (8 U.S.C. § 1232(c)(2)(B)).
  parts.push(AGE_OUT);
  return parts.join(' ');
}

/**
 * What happens at 18 to a child still in ORR's custody, the last sentence of the Time-sensitive box
 * (docs/domain/best-interests-memo-eighteen.md, "What happens at 18"): ORR's custody ends (6 U.S.C. § 279(g)(2)),
 * and a child then transferred to DHS must be considered for the least restrictive setting
 * available, with alternatives to detention such as a sponsor (8 U.S.C. § 1232(c)(2)(B), as
 * amended in 2013; Ramirez v. ICE, 310 F. Supp. 3d 7 (D.D.C. 2018)). It tells the decision-maker
 * that the advocate's view of the least restrictive setting still has a use after that birthday.
 */
export const AGE_OUT =
  'If the child is still in ORR custody on that birthday and is transferred to the custody of the Department of Homeland Security (DHS), ' +
  'DHS must consider placement in the least restrictive setting available, after taking into account danger to self, danger to the community and risk of flight, ' +
  'and the child is eligible for alternatives to detention, which may include placement with an individual or organizational sponsor (8 U.S.C. § 1232(c)(2)(B)).';
