// Absolute instants (ISO date-times with an offset) and how they read in an IANA time zone, for
// every kind that has times (the RFA's 24-hour deadline today). No clock: "now" is always a value
// of the case.
//
// Two kinds of time must not be confused: instants (`preparedAt`, `discoveredAt`, `dueAt`) are
// absolute points written with an offset, and arithmetic on them is in milliseconds (24 h =
// 86 400 000 ms); calendar dates (src/domain/calendar.ts) are what ages are computed on. Instants
// are shown in an IANA zone with Intl (Node ships full ICU, so daylight-saving rules are exact).
// Milliseconds are computed from the calendar's day numbers, never with `Date.UTC`, whose
// two-digit-year rule would move years 0–99 into 1900–1999 (issue 16 point 8).
import { type CalendarDate, dayNumber, digits, formatIsoDate, fromDayNumber, validYmd } from './calendar.js';

const DAY_MS = 86_400_000;

// Seconds and fractions are optional ("2026-03-07T22:00-05:00" is how people write it); the
// offset is required (Z or ±hh:mm) because an instant without one is ambiguous.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** An instant parsed from an ISO date-time with offset. */
export interface Instant {
  /** Milliseconds since the Unix epoch (absolute time). */
  ms: number;
  /** The offset the writer used, in minutes east of UTC. */
  offsetMinutes: number;
  /** The calendar date as written (before the offset is applied). */
  local: CalendarDate;
}

/** Milliseconds since the epoch of a UTC wall-clock time (exact for every year). */
export function utcMs(c: CalendarDate, h = 0, mi = 0, s = 0, ms = 0): number {
  return dayNumber(c) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + ms;
}

/** Parse a strict ISO date-time with offset; null if malformed or not a real date/time. */
export function parseIsoDateTime(s: string): Instant | null {
  const r = ISO_DATE_TIME.exec(s);
  if (!r) return null;
  const [y, mo, d, h, mi] = [Number(r[1]), Number(r[2]), Number(r[3]), Number(r[4]), Number(r[5])];
  const sec = r[6] === undefined ? 0 : Number(r[6]);
  const ms = r[7] === undefined ? 0 : Number(r[7].slice(0, 3).padEnd(3, '0'));
  if (!validYmd(y, mo, d) || h > 23 || mi > 59 || sec > 59) return null;
  let offsetMinutes = 0;
  if (r[8] !== 'Z') {
    const oh = Number(r[10]);
    const om = Number(r[11]);
    // Real-world offsets lie within ±14:00 (Line Islands); minutes are 0–59.
    if (oh > 14 || om > 59) return null;
    offsetMinutes = (r[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const local = { y, m: mo, d };
  return { ms: utcMs(local, h, mi, sec, ms) - offsetMinutes * 60_000, offsetMinutes, local };
}

/** The UTC calendar date of an instant. */
export function utcDate(ms: number): CalendarDate {
  return fromDayNumber(Math.floor(ms / DAY_MS));
}

// The canonical zone names ICU lists, read once: a name among them is known without building a
// formatter (~0.17 ms each on Node 20, most of the RFA's validation). Aliases and other spellings
// ICU accepts ("US/Eastern", "utc") are asked of ICU itself.
let canonicalZones: ReadonlySet<string> | undefined;

/** True when `zone` is an IANA time-zone name this Node's ICU knows (e.g. America/Los_Angeles). */
export function isTimeZone(zone: string): boolean {
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** One formatter per zone and style: building an Intl.DateTimeFormat costs far more than using it. */
function cachedFormat(cache: Map<string, Intl.DateTimeFormat>, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { ...options, timeZone: zone });
    cache.set(zone, f);
  }
  return f;
}

// The wall-clock parts of an instant (24-hour), to compute dates and offsets.
const PARTS: Intl.DateTimeFormatOptions = { hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' };
const partsCache = new Map<string, Intl.DateTimeFormat>();

export interface WallClock extends CalendarDate {
  h: number;
  mi: number;
  s: number;
}

/**
 * The wall clock of an instant in a zone. en-US writes PARTS as `MM/DD/YYYY, HH:mm:ss`, read here
 * by position: `format` costs about a quarter of `formatToParts` (2.7 against 11.9 µs on Node 20;
 * an RFA asks ~20 times). Text of any other shape (a year outside 1000–9999, an ICU that writes
 * it otherwise) is read from `formatToParts`, the definition (tests/core/instant.test.ts).
 */
export function wallClock(ms: number, zone: string): WallClock {
  const f = cachedFormat(partsCache, zone, PARTS);
  const t = f.format(new Date(ms));
  if (t.length === 20 && t.charCodeAt(2) === 0x2f && t.charCodeAt(5) === 0x2f && t.charCodeAt(10) === 0x2c && t.charCodeAt(11) === 0x20 && t.charCodeAt(14) === 0x3a && t.charCodeAt(17) === 0x3a) {
    const m = digits(t, 0, 2);
    const d = digits(t, 3, 2);
    const y = digits(t, 6, 4);
    const h = digits(t, 12, 2);
    const mi = digits(t, 15, 2);
    const s = digits(t, 18, 2);
    if (m >= 0 && d >= 0 && y >= 0 && h >= 0 && mi >= 0 && s >= 0) return { y, m, d, h: h % 24, mi, s };
  }
  return wallClockFromParts(f, ms);
}

/** The wall clock from ICU's named parts. */
export function wallClockFromParts(f: Intl.DateTimeFormat, ms: number): WallClock {
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { y: p.year!, m: p.month!, d: p.day!, h: p.hour! % 24, mi: p.minute!, s: p.second! };
}

/** The formatter `wallClock` reads (tests). */
export function wallClockFormat(zone: string): Intl.DateTimeFormat {
  return cachedFormat(partsCache, zone, PARTS);
}

/** The calendar date of an instant in an IANA zone. */
export function dateInZone(ms: number, zone: string): CalendarDate {
  const w = wallClock(ms, zone);
  return { y: w.y, m: w.m, d: w.d };
}

/** The calendar date of an instant at a fixed offset (minutes east of UTC). */
export function dateAtOffset(ms: number, offsetMinutes: number): CalendarDate {
  return utcDate(ms + offsetMinutes * 60_000);
}

/** UTC offset of `zone` at an instant, in minutes east of UTC (−240 for New York in summer). */
export function offsetInZone(ms: number, zone: string): number {
  return offsetOf(ms, wallClock(ms, zone));
}

/** The offset, in minutes east of UTC, at which the instant `ms` reads as the wall clock `w`. */
function offsetOf(ms: number, w: WallClock): number {
  const asUtc = utcMs(w, w.h, w.mi, w.s);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO date-time with the zone's offset at that instant: "2026-03-08T23:00:00-04:00". */
export function isoInZone(ms: number, zone: string): string {
  const w = wallClock(ms, zone);
  const off = offsetOf(ms, w); // the same wall clock, read once
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${formatIsoDate(w)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

const DISPLAY_WALL: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' };
// The same without the weekday, for a line that must stay one line (a running header): the
// weekday and a zone's name ("Wednesday, September 30, 2026, 11:10 PM Chamorro time") wrapped it.
const DISPLAY_WALL_NO_WEEKDAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' };

// What a reader sees: "Sunday, March 8, 2026, 11:00 PM EDT": the wall clock (DISPLAY_WALL)
// and the zone's name (zoneName), each from its own formatter.
const ZONE_SHORT: Intl.DateTimeFormatOptions = { timeZoneName: 'short' };
const zoneShortCache = new Map<string, Intl.DateTimeFormat>();
const zoneWallCache = new Map<string, Intl.DateTimeFormat>();
const zoneWallNoWeekdayCache = new Map<string, Intl.DateTimeFormat>();

/**
 * The zones of the United States whose standard time ICU (Node's time-zone data) has no English
 * abbreviation for, by the name the law gives them, shortened as people there say it (15 U.S.C.
 * § 263: "Samoa standard time", "Chamorro standard time"; neither keeps daylight time, so
 * "standard" tells nothing, and the long name broke the page's running header onto two lines):
 * ICU prints "GMT-11" and "GMT+10", which
 * no caseworker in Pago Pago or Hagåtña says. Keyed by the zone ICU resolves a name to, so
 * "US/Samoa" and "Pacific/Samoa" are Pago Pago's.
 */
const US_ZONE_NAMES: Readonly<Record<string, string>> = {
  'Pacific/Pago_Pago': 'Samoa time',
  'Pacific/Midway': 'Samoa time',
  'Pacific/Guam': 'Chamorro time',
  'Pacific/Saipan': 'Chamorro time',
};

/**
 * Per zone as the case spells it, the name of US_ZONE_NAMES its time goes by, or null. Kept beside
 * the zone's formatters (a zone's name, never an instant): `resolvedOptions()` builds an object of
 * every option on each call, about as much as the `formatToParts` after it, and an RFA asks
 * zoneName for the same zone at each of its instants (issue 18).
 */
const usZoneNames = new Map<string, string | null>();

/** The U.S. name of `zone`'s time when ICU has none (US_ZONE_NAMES), else null; `f`: the zone's formatter. */
function usZoneName(zone: string, f: Intl.DateTimeFormat): string | null {
  let named = usZoneNames.get(zone);
  if (named === undefined) {
    named = US_ZONE_NAMES[f.resolvedOptions().timeZone] ?? null;
    usZoneNames.set(zone, named);
  }
  return named;
}

/**
 * The name of a zone's time at an instant, as a reader says it: ICU's abbreviation ("EDT", "HST",
 * "AST"), the name of a U.S. zone ICU has none for ("Samoa time"), or, for any
 * other zone ICU names only by a GMT offset ("GMT+12" for Wake Island), the offset as the rest of
 * Harbor writes one ("UTC+12:00", offsetLabel).
 */
export function zoneName(ms: number, zone: string): string {
  const f = cachedFormat(zoneShortCache, zone, ZONE_SHORT);
  const named = usZoneName(zone, f);
  if (named !== null) return named;
  const short = f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return /^GMT[+-]/.test(short) ? offsetLabel(offsetInZone(ms, zone)) : short;
}

/**
 * A reader's rendering of an instant in a zone: "Sunday, March 8, 2026, 11:00 PM EDT",
 * "Thursday, July 9, 2026, 4:59 PM Samoa time" (zoneName); with `weekday` false,
 * "March 8, 2026, 11:00 PM EDT".
 * ICU's narrow no-break spaces are turned into plain spaces so extracted text is predictable.
 */
export function displayInZone(ms: number, zone: string, weekday = true): string {
  const f = weekday ? cachedFormat(zoneWallCache, zone, DISPLAY_WALL) : cachedFormat(zoneWallNoWeekdayCache, zone, DISPLAY_WALL_NO_WEEKDAY);
  const wall = f.format(new Date(ms)).replace(/[\u202F\u00A0]/g, ' ').replace(' at ', ', ');
  return `${wall} ${zoneName(ms, zone)}`;
}

/** "UTC-10:00", "UTC+05:30", "UTC" for an offset in minutes east of UTC (ASCII, so extracted text is predictable). */
export function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const a = Math.abs(offsetMinutes);
  return `UTC${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** ISO date-time at a fixed offset (minutes east of UTC): "2026-07-10T19:30:00-10:00". */
export function isoAtOffset(ms: number, offsetMinutes: number): string {
  const w = wallClock(ms + offsetMinutes * 60_000, 'UTC');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const a = Math.abs(offsetMinutes);
  return `${formatIsoDate(w)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

const wallCache = new Map<string, Intl.DateTimeFormat>();
const wallNoWeekdayCache = new Map<string, Intl.DateTimeFormat>();
/**
 * A reader's rendering of an instant at a fixed offset, named by the offset since no zone is
 * known: "Friday, July 10, 2026, 7:30 PM UTC-10:00" (without the weekday when `weekday` is
 * false). Used where a case gives an instant's offset but no IANA zone (an offset does not
 * follow daylight-saving changes, and says so by its name).
 */
export function displayAtOffset(ms: number, offsetMinutes: number, weekday = true): string {
  const f = weekday ? cachedFormat(wallCache, 'UTC', DISPLAY_WALL) : cachedFormat(wallNoWeekdayCache, 'UTC', DISPLAY_WALL_NO_WEEKDAY);
  const wall = f.format(new Date(ms + offsetMinutes * 60_000)).replace(/[\u202F\u00A0]/g, ' ').replace(' at ', ', ');
  return `${wall} ${offsetLabel(offsetMinutes)}`;
}
