// The child's siblings who live elsewhere, as the family factor prints them
// (templates/best-interests-memo.hbs, Part 6; docs/domain/best-interests-memo.md, "Siblings in
// other placements"): one line each, who, where, and the contact between them.
import { ageOn, calendarDate } from '../kit/index.js';
import type { BestInterestsMemoCase, Sibling } from './schema.js';

/** A text the case may end with its own period, ended with exactly one. */
const sentence = (s: string): string => `${s.trim().replace(/[.;,:]+$/u, '')}.`;

/**
 * "Mateo Ajú Tum (brother, age 12): in ORR custody at a shelter in Houston. Contact with the child:
 * weekly video calls." The age is the sibling's on the memo date, as the child's is in the
 * Background; "sibling" when the case gives no relationship. A date of birth after the memo date
 * is refused (compute.ts), so the age is never negative.
 */
export function siblingLine(s: Sibling, preparedOn: string): string {
  const age = s.dateOfBirth !== null && s.dateOfBirth <= preparedOn ? ageOn(calendarDate(s.dateOfBirth), calendarDate(preparedOn)) : null;
  const who = `${s.name} (${s.relationship ?? 'sibling'}${age === null ? '' : `, age ${age}`})`;
  return `${who}: ${sentence(s.placement)}${s.contact === null ? '' : ` Contact with the child: ${sentence(s.contact)}`}`;
}

export function siblingLines(c: Pick<BestInterestsMemoCase, 'siblings' | 'preparedOn'>): string[] {
  return c.siblings.map((s) => siblingLine(s, c.preparedOn));
}
