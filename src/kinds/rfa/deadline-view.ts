// The RFA's deadline box as the page prints it (docs/domain/rfa-deadline.md): the due time on the
// requester's clock and in Eastern time, why it is that time, the clock-change rows, the "Time zone"
// row, and the box's other lines. Split from view.ts, which assembles the whole page; the
// instants themselves are deadline.ts's, computed here once per render.
import { calendarDate, displayInZone, formatIsoDate, longDate, offsetInZone, offsetLabel, parseIsoDateTime, zoneName } from '../kit/index.js';
import type { Issue } from '../../errors.js';
import type { RfaComputed } from './compute.js';
import { deadline, EASTERN, keptDeadline, onClockAsWritten, requesterClock, type Deadline, type RequesterClock } from './deadline.js';
import { past24Hours } from './applies.js';
import { clockName, steadyUsClock, writtenClockChange, writtenTimes } from './offset-change.js';
import type { RfaCase } from './schema.js';
import { submissionView } from './submitted.js';
import { durationAside } from './durations.js';

/** The 24-hour reason as printed (dueWhy); the hours run on every day. */
export const DUE_24 = '24 hours after the concern was learned, counted through nights, weekends and federal holidays (no next business day)';

/** The case's date of birth as a calendar date, or null when only an age is given. */
const birthOf = (c: RfaCase) => (c.child.dateOfBirth === null ? null : calendarDate(c.child.dateOfBirth));

/**
 * The 24 hours are elapsed time (rfa-deadline.md, "The deadline"): when the requester's clock changes in
 * between (daylight-saving time begins or ends), they end an hour later or earlier on the clock than
 * the time the concern was learned, which a reader counting on the clock takes for an error. Said,
 * or "" when the clock does not change.
 */
export function clockChange(dl: Pick<Deadline, 'discoveredMs' | 'due24Ms'>, clock: Pick<RequesterClock, 'offsetAt'>): string {
  const shift = clock.offsetAt(dl.due24Ms) - clock.offsetAt(dl.discoveredMs);
  if (shift === 0) return '';
  const by = Math.abs(shift) === 60 ? 'an hour' : `${Math.abs(shift)} minutes`;
  return ` The clocks change in between (daylight-saving time ${shift > 0 ? 'begins' : 'ends'}), so the 24 hours end ${by} ${shift > 0 ? 'later' : 'earlier'} on the clock than the time the concern was learned.`;
}

/**
 * Why the deadline is what it is, in words (issue 14 point 1); the birthday is marked when it rests
 * on an estimate. `dl` and `clock` are the view's own, computed once per render (not again here).
 */
export function dueWhy(computed: RfaComputed, dl: Deadline, clock: RequesterClock): string {
  // 22 U.S.C. § 7105(b)(1)(H): "Not later than 24 hours after a Federal, State, or local official
  // discovers" (OTIP's instructions: "within 24 hours of discovering"), with no extension for a
  // night, a weekend or a federal holiday (unlike a court's filing deadline): said, since a
  // caseworker learning of a child on Thanksgiving evening may look for the next business day.
  if (computed.dueReason === '24-hours') return `${DUE_24}.${clockChange(dl, clock)}`;
  // A local midnight chosen because Eastern's had passed before the concern was learned says so:
  // the reader expects the earlier of the two (deadline.ts makes the comparison, once).
  const easternPassed = computed.turns18Clock === 'local' && dl.easternBegunAtDiscovery;
  const whose = computed.turns18Clock === 'eastern' ? 'Eastern time' : easternPassed ? 'where the request is prepared; in Eastern time it had begun before the concern was learned' : 'where the request is prepared';
  const by = computed.dateOfBirthEstimated ? ' by the estimated date of birth' : '';
  return `Before the child turns 18 at midnight, ${longDate(formatIsoDate(dl.eighteenth!))} (the start of the 18th birthday${by}, ${whose}). 24 hours after the concern was learned would be later: ${clock.display(dl.due24Ms)}.`;
}

const genericNames = new Map<string, Intl.DateTimeFormat>();

/**
 * A zone as a reader names it, for the "Time zone" row, where the page printed the IANA name
 * ("Pacific/Guam") under times that say "Chamorro time": the law's name for Samoa and Chamorro
 * time (zoneName, 15 U.S.C. § 263), else ICU's generic name with "time" as the page writes it
 * ("Pacific time", "Hawaii-Aleutian standard time"), followed by the names the page's times carry
 * (`atMs`: the concern learned, the preparation, the deadline), so the row ties them to the zone:
 * "Pacific time (PST and PDT)". The IANA name only where it helps: a zone ICU names by an offset
 * alone ("UTC+05:00 (Asia/…)"), whose offset says nothing of where it is kept.
 */
export function zoneInWords(zone: string, atMs: readonly number[]): string {
  const shorts = [...new Set(atMs.map((ms) => zoneName(ms, zone)))];
  if (shorts.length === 1 && shorts[0]!.endsWith(' time')) return shorts[0]!;
  let f = genericNames.get(zone);
  if (f === undefined) genericNames.set(zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longGeneric' })));
  const generic = f.formatToParts(new Date(atMs[0] ?? 0)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (generic === '' || /^GMT/.test(generic)) return `${shorts.join(' and ')} (${zone})`;
  const name = generic.replace(/ Standard Time$/, ' standard time').replace(/ Time$/, ' time');
  return `${name} (${shorts.join(' and ')})`;
}

/**
 * The "Time zone" row: the zone the case gives, by the name a reader knows (zoneInWords), or,
 * without one, the offset the page's requester times and the child's age are read at (the offset
 * written in preparedAt), said as what it is.
 */
export function zoneText(c: RfaCase, atMs: readonly number[]): string {
  const clock = requesterClock(c.requester.timeZone, c.preparedAt);
  if (clock.zone !== null) return zoneInWords(clock.zone, atMs);
  // An offset of U.S. clocks that never change (Guam's UTC+10:00): "does not follow daylight-saving
  // time" told a requester there of a change their clock never makes (steadyUsClock).
  const steady = steadyUsClock(parseIsoDateTime(c.preparedAt)!.ms, clock.offsetMinutes);
  const dst = steady === null ? ' An offset does not follow daylight-saving time:' : ` It is the offset of ${steady}, which keep no daylight-saving time;`;
  return `Not given: the requester’s times here are at ${clock.label}, the offset written in the preparation time, and the child’s age is taken on that clock.${writtenChangeText(c, clock)}${dst} give the requester’s time zone when known.`;
}

/**
 * What the written offsets show of the requester's clock, for the Time zone row without a zone
 * (rfa-deadline.md, "An offset across a clock change"): when the concern was learned (or Part A
 * submitted) at one offset and the draft prepared at another, as a U.S. clock reads across a change
 * (writtenClockChange), the row says the clock has changed, where the Clock change row said "if the
 * requester's clock moves back" on a morning the offsets show it had. "" otherwise.
 */
/** A clause as a sentence's start: its first letter a capital ("The concern was learned"). */
const sentenceStart = (s: string): string => s.charAt(0).toLocaleUpperCase('en') + s.slice(1);

function writtenChangeText(c: RfaCase, clock: RequesterClock): string {
  const shown = writtenClockChange(parseIsoDateTime(c.preparedAt)!.ms, clock.offsetMinutes, writtenTimes(c));
  if (shown === null) return '';
  const back = shown.after < shown.before.offset;
  const by = Math.abs(shown.after - shown.before.offset) === 60 ? 'an hour' : `${Math.abs(shown.after - shown.before.offset)} minutes`;
  // Two offsets that may be two clocks: what is known, both readings, and no claim of either.
  if (shown.unchanged !== null) {
    return ` ${sentenceStart(shown.before.what)} at ${offsetLabel(shown.before.offset)} and the draft prepared at ${clock.label}: one clock that moved ${back ? 'back' : 'forward'} ${by} between them reads both, as ${clockName(shown.zone)} did when daylight-saving time ${back ? 'ended' : 'began'}, or two clocks do, that time written in another zone and the draft on one that has not changed, as ${clockName(shown.unchanged)}: that time is printed here at ${clock.label} too, and as written.`;
  }
  return ` The offsets written show that clock moved ${back ? 'back' : 'forward'} ${by} since ${shown.before.what} (written at ${offsetLabel(shown.before.offset)}), as U.S. clocks do when daylight-saving time ${back ? 'ends' : 'begins'}: that time is printed here at ${clock.label} too, and as written.`;
}

/**
 * The instants the age warnings print on the requester's clock (age-rules.ts): turned-18-in-eastern-time's
 * "it began at …" (Eastern midnight), and turns-18-soon's birthday midnight on its last two days
 * ("at midnight tonight in Eastern time, OTIP’s clock (9:00 PM PST where the draft is prepared)";
 * the local midnight "tonight" is on the requester's clock too). Earlier, "in 9 days" prints no time.
 */
export function ageWarningTimes(dl: Pick<Deadline, 'turns18Ms' | 'turns18EasternMs'>, computed: Pick<RfaComputed, 'daysLeftAsMinor'>, warnings: readonly Pick<Issue, 'code' | 'path'>[]): number[] {
  const out: number[] = [];
  const has = (code: string, path?: string) => warnings.some((w) => w.code === code && (path === undefined || w.path === path));
  if (dl.turns18EasternMs !== null && has('turned-18-in-eastern-time')) out.push(dl.turns18EasternMs);
  const days = computed.daysLeftAsMinor;
  if (dl.turns18Ms !== null && (days === 1 || days === 2) && has('turns-18-soon', 'child.dateOfBirth')) out.push(dl.turns18Ms);
  return out;
}

/** One line of the deadline box: its label and the time. */
export interface DueLine {
  label: string;
  text: string;
}

/**
 * The deadline as the page prints it (rfa-deadline.md, "The requester's clock"): on the requester's
 * clock and in Eastern time (OTIP's), the same instant. When the two clocks read the same time at
 * that instant (an Eastern zone, a zone that keeps Eastern's offset such as America/Detroit, or no
 * zone and preparedAt written at Eastern's offset then), it is one line naming both, never the
 * same time twice under two labels, which read as two deadlines. `inline` is the same for the
 * verification's one cell: "8:00 PM PDT (11:00 PM EDT)" or the one time.
 */
export function dueLines(dueMs: number, clock: RequesterClock): { lines: DueLine[]; inline: string } {
  const eastern = displayInZone(dueMs, EASTERN);
  if (clock.zone === EASTERN) return { lines: [{ label: 'Due (Eastern time)', text: eastern }], inline: eastern };
  if (clock.offsetAt(dueMs) === offsetInZone(dueMs, EASTERN)) {
    // The fixed offset is named too: the page's other requester times are printed at it.
    const text = clock.zone === null ? `${eastern} (${clock.label})` : eastern;
    const label = clock.zone === null ? `Due (${clock.label} and Eastern time)` : 'Due (requester’s and Eastern time)';
    return { lines: [{ label, text }], inline: text };
  }
  const local = clock.display(dueMs);
  const label = clock.zone === null ? `Due (${clock.label})` : 'Due (requester’s time)';
  return { lines: [{ label, text: local }, { label: 'Due (Eastern time, OTIP)', text: eastern }], inline: `${local} (${eastern})` };
}


/**
 * The deadline box's view (templates/partials/rfa-deadline.hbs) and the verification's cell. The
 * deadline's instants are compute's (kept with `computed`, which the API prints without them:
 * keptDeadline), computed here only for computed values compute did not make: the rows, the reason
 * (dueWhy) and the verification read this one.
 */
export function deadlineView(c: RfaCase, computed: RfaComputed, warnings: readonly Pick<Issue, 'code' | 'path'>[] = []): Record<string, unknown> {
  const clock = requesterClock(c.requester.timeZone, c.preparedAt);
  // Compute's, of this case (keptDeadline), else worked out here: the same call on the same case.
  const dl = keptDeadline(computed) ?? deadline(c.discoveredAt, c.preparedAt, birthOf(c), c.requester.timeZone, c.submittedAt);
  const due = dueLines(dl.dueMs, clock);
  return {
    // The deadline box's lines and the verification's cell (dueLines: one line when the clocks agree).
    due: due.lines,
    dueInline: due.inline,
    why: dueWhy(computed, dl, clock),
    // No zone given and the U.S. clocks change before the deadline: the deadline recomputed on the
    // changed clock (offset-change.ts), a bold row and its note, as compute made them: recomputed
    // here too, a birthday's deadline was computed four times a render (deadline-once.test.ts).
    offsetChange: computed.clockChange === null ? null : { row: computed.clockChange, note: computed.clockChangeWhy },
    // Every requester-side time the box prints: the 24 hours' end too, which the reason gives
    // when the birthday comes first (a birthday before the March change: "PST" alone named a zone
    // whose reason said "8:00 PM PDT"), and Part A's submission.
    // And the times the page's warnings print on the requester's clock (ageWarningTimes): a
    // birthday after the November change, its Eastern midnight "9:00 PM PST" under a box all in
    // PDT, left PST unnamed.
    zone: zoneText(c, [dl.discoveredMs, ...(dl.submittedMs === null ? [] : [dl.submittedMs]), dl.preparedMs, dl.dueMs, dl.due24Ms, ...ageWarningTimes(dl, computed, warnings)]),
    // On the requester's clock, and as written when written at another offset (onClockAsWritten).
    discovered: onClockAsWritten(c.discoveredAt, clock),
    prepared: onClockAsWritten(c.preparedAt, clock),
    // The running header's (templates/rfa.hbs): without the weekday, which with a long month and
    // a zone's name ("Chamorro time") wrapped the header onto a second line; the deadline box
    // keeps the weekday.
    preparedHeader: clock.displayNoWeekday(dl.preparedMs),
    late: dl.late,
    // Part B after Part A (submitted.ts): the submission reported, the box's words for it.
    ...submissionView(computed, dl, clock, c.submittedAt),
    // When to submit what is known: "by the deadline", or "now" once it has passed (a late draft
    // told to submit "by the deadline" points at a time already gone).
    submitWhen: dl.late ? 'now' : 'by the deadline',
    // The row "Why after 24 hours" (field-table.ts: once past 24 hours, or when given).
    showLateReason: past24Hours(c) || c.lateReason !== null,
    lateReason: c.lateReason,
    // "24 hours 15 minutes after"; a long span with its days beside it, not a second aside (durations.ts).
    elapsed: durationAside(dl.preparedMs - dl.discoveredMs, 'after'),
  };
}
