// What the summary panel shows of a child's age, apart from its React components so that it is
// tested as plain functions (tests/web/summary.test.ts).

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * The RFA's child's age and days until 18 as the summary shows them: "(estimated)" after each when
 * the date of birth is an estimate, "about 16" when only an age was given (no date of birth, so no
 * days until 18) or "about 15 to 17" for an age range, as the draft prints them (docs/domain/rfa.md, "Date of birth or age").
 * The age is `ageAtSubmission`, the age OTIP decides on (`ageAtPreparation` is deprecated): for a
 * Part B draft (computed.submittedAt) that is the age when Part A was submitted, and said so
 * ("17 when Part A was submitted"), since the days until 18 count from the preparation.
 */
export function rfaAge(c: Record<string, unknown>): { age: string | undefined; daysUntil18: string | undefined } {
  const age = num(c.ageAtSubmission);
  const when = typeof c.submittedAt === 'string' ? ' when Part A was submitted' : '';
  const days = num(c.daysLeftAsMinor);
  const estimated = c.dateOfBirthEstimated === true;
  if (age === undefined) return { age: undefined, daysUntil18: undefined };
  // An age range (child.ageUpTo: "15 to 17"), which the draft prints as "About 15 to 17".
  const upTo = num(c.ageUpTo);
  if (days === undefined) return { age: `${estimated ? 'about ' : ''}${age}${upTo !== undefined ? ` to ${upTo}` : ''}${when}`, daysUntil18: undefined };
  const mark = estimated ? ' (estimated)' : '';
  // A child already 18 (a Part B draft for a request submitted before the birthday, or an estimate
  // that makes the child an adult) has no days left: said, where "-10" was shown.
  const until = days > 0 ? `${days}` : days === 0 ? 'none: 18 today' : `none: 18 for ${-days} ${days === -1 ? 'day' : 'days'}`;
  return { age: `${age}${mark}${when}`, daysUntil18: `${until}${mark}` };
}
