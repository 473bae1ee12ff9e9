// The RFA's deadline as the summary panel counts it down (summary.tsx), apart from the panel's JSX
// so that the unit tests, compiled without JSX, can read it.

/** Minutes in two days: from there on, the count is in days and hours. */
const TWO_DAYS_MIN = 48 * 60;

/**
 * The time to a deadline, or past it: "5 h 07 min left", "overdue by 2 h 03 min"; from two days on,
 * in days and hours ("overdue by 271 days 1 h"): a case opened weeks late read "overdue by 6505 h
 * 09 min", a number nobody reads as the nine months it is. Minutes are whole, rounded down.
 */
export function countdown(dueMs: number, nowMs: number): string {
  const left = dueMs - nowMs;
  const text = span(Math.abs(left));
  return left >= 0 ? `${text} left` : `overdue by ${text}`;
}

/** A span as the countdown says it: hours and minutes, or days and hours from two days on. */
function span(ms: number): string {
  const m = Math.floor(ms / 60_000);
  const h = Math.floor(m / 60);
  return m >= TWO_DAYS_MIN ? `${Math.floor(h / 24)} days ${h % 24} h` : `${h} h ${String(m % 60).padStart(2, '0')} min`;
}

/**
 * The summary's deadline line. A draft that completes a request already submitted (Part B:
 * computed.submittedAt, docs/domain/rfa-deadline.md "Part B after Part A") is not counting down:
 * it says whether Part A went in on time, where the countdown read "overdue by 11 days" for a
 * Part A submitted 8 hours after the concern was learned. `submittedMs` is null otherwise.
 */
export function deadlineLine(dueMs: number, submittedMs: number | null, nowMs: number): string {
  if (submittedMs === null) return countdown(dueMs, nowMs);
  return submittedMs <= dueMs ? `Part A submitted on time (${span(dueMs - submittedMs)} before the deadline)` : `Part A submitted ${span(submittedMs - dueMs)} after the deadline`;
}

/**
 * The summary's heading over the deadline, as the draft's box words it: a Part B's deadline is
 * Part A's, already met or missed (computed.submittedAt), and a deadline set by the 18th birthday
 * (computed.dueReason "turns-18") is not the 24 hours; both read "24-hour deadline" before.
 */
export function deadlineHeading(c: Record<string, unknown>): string {
  if (typeof c.submittedAt === 'string') return 'Deadline of Part A, already submitted';
  return c.dueReason === 'turns-18' ? 'Deadline: before the 18th birthday' : '24-hour deadline';
}

/**
 * The clock the summary's due and submission times are on, as the draft's deadline box names it
 * ("Due (UTC-05:00)"): with the requester's zone, the requester's time (the time itself names the
 * zone); without one (computed.timeZone null), the UTC offset written in the preparation time,
 * which the server's dueAt carries. The panel said "requester’s time" of both, and its "Clock
 * change" line ("the times above are at UTC-05:00") spoke of an offset no line above named.
 */
export function clockLabel(c: Record<string, unknown>): string {
  const offset = typeof c.dueAt === 'string' ? /(Z|[+-]\d{2}:\d{2})$/.exec(c.dueAt)?.[1] : undefined;
  if (typeof c.timeZone === 'string' || offset === undefined) return 'requester’s time';
  const utc = offset === 'Z' || offset === '+00:00' || offset === '-00:00' ? 'UTC' : `UTC${offset}`;
  return `${utc} (no time zone given: the offset written in the preparation time)`;
}

/** The summary's labels of the due time and of Part A's submission, naming their clock (clockLabel). */
export function dueLabels(c: Record<string, unknown>): { due: string; submitted: string } {
  const clock = clockLabel(c);
  return { due: `${typeof c.submittedAt === 'string' ? 'Part A was due' : 'Due'}, ${clock}`, submitted: `Part A submitted, ${clock}` };
}
