// What `harbor check rfa` returns as `computed` (and the HTTP API's check), field by field: the
// API's contract for the kind (docs/domain/rfa.md, "Contract fields"). compute.ts fills it.
import type { DueReason, Turns18Clock } from './deadline.js';
import type { StillToFindOut } from './field-types.js';

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
  /**
   * Without a zone, when the U.S. clocks change before a deadline still ahead: the deadline box's
   * "Clock change" row, the deadline recomputed on the changed clock and which to go by
   * (offset-change.ts), which the web form's summary shows too; else null. Until 2.10.0 it held
   * the row and its why in one text.
   */
  clockChange: string | null;
  /** The "Clock change: why" row under it (why the deadline moves, and to give the requester's zone), null when clockChange is. */
  clockChangeWhy: string | null;
  /** Whole hours between discovery and preparation (floor; may exceed 24 when late). */
  hoursSinceDiscovery: number;
  /** Calendar date of preparation on the requester's clock (the "today" of the age rules). */
  preparedOn: string;
  /**
   * Whole years when OTIP receives the request, the age the rules decide on (22 U.S.C.
   * § 7105(b)(1)(C)(ii)(I); OTIP-PI-16-01): on the date Part A was submitted for a Part B draft
   * (submittedAt), else on preparedOn. From the date of birth, or the age the case gives when it
   * has none (the bottom of an age range), which for a Part B is the age when Part A was submitted.
   */
  ageAtSubmission: number;
  /**
   * Deprecated (since template 2.7.0): read `ageAtSubmission`. Whole years on preparedOn from the
   * date of birth; but with only an age given it is that age, which for a Part B draft is the age
   * when Part A was submitted, not at preparation, as the name says. Kept, unchanged, for callers.
   */
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
  /**
   * By the other date of birth of a disputed one (child.otherDateOfBirth; rfa.md, "Two dates of
   * birth"): the age when OTIP receives the request, the last day under 18 and the days to the 18th
   * birthday from preparedOn, as the fields above give them by the date used; null without one.
   */
  otherDateOfBirth: { ageAtSubmission: number; lastDayUnder18: string; daysLeftAsMinor: number } | null;
  /** `A` + 9 digits, or null when the case has no A-number. */
  aNumber: string | null;
  /** The fields not yet known: needed within 24 hours (Part A) and those that can follow (Part B). */
  stillToFindOut: StillToFindOut;
}
