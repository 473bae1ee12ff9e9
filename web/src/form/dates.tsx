// Dates the browser's date input holds but cannot read: a date typed in part ("12/31/yyyy": the
// month and day of the US format typed, the year not yet), or a date-time without its time. The
// input then reports the empty string as its value, so the form took the field as not given: a
// required date said "is required" under a date the person could see typed, and an optional one
// (a memo's next hearing) went out of the case and the document without a word. The page now says
// at the field and in the list of problems that the date is incomplete, and makes no document
// until it is finished or cleared.
import { useEffect, useReducer, useRef, type FocusEvent, type KeyboardEvent, type PointerEvent, type ReactElement, type ReactNode } from 'react';
import { getDefaultRegistry } from '@rjsf/core';
import type { WidgetProps } from '@rjsf/utils';
import type { Issue } from '../api.js';
import { DateReading, useSaysOrder } from './partial-date.js';
import { useIssuesAt, type IssueStore } from './field-state.js';
import { bothWays, changedDateMessage, clampedPart, dateInWords, noSuchDateMessage, refilledAsHeld, timeAfterSpaceMessage, typedAsHeld } from './typed-dates.js';

/** The code of the page's own issue for an incomplete date (not one of the API's codes; docs/fields.md, "Common codes"). */
export const INCOMPLETE = 'incomplete-date';
/** The code of the page's own issue for a date its input did not take as typed (typed-dates.ts changedDateMessage). */
export const NOT_AS_TYPED = 'date-not-as-typed';

/** The field's dot path from its input's id (root_contacts_2_date → contacts.2.date). */
export const pathOfId = (id: string): string => id.replace(/^root_?/, '').replace(/_/g, '.');

/** The page's issue for an incomplete date or date-time at a path. */
export function incompleteIssue(path: string, withTime: boolean): Issue {
  // A date-time's time is reached with Tab from the year: a space there is not taken (typed-dates.ts timeAfterSpaceMessage).
  const parts = withTime ? 'the month, day, year and time (Tab goes from the year to the time)' : 'the month, day and year';
  return { path, code: INCOMPLETE, message: `this date is incomplete: give ${parts}, or clear it. Until then it is not in the case.` };
}

/** What the page's date inputs report: the page's own issue for the input `id` (incomplete, or not as typed), or none. */
export type ReportIncomplete = (id: string, issue: Issue | undefined) => void;

/** Where a widget reports the page's own date issues (formContext.reportIncomplete), if the form gives one. */
export const reporterOf = (props: WidgetProps): ReportIncomplete | undefined =>
  (props.registry.formContext as { reportIncomplete?: ReportIncomplete } | undefined)?.reportIncomplete;

/**
 * Whether the field has one of the page's own date errors (incomplete, not taken as typed), whose
 * message says what to type: the "Read as" line then adds no advice of its own that could say
 * otherwise (12/03/2011 held for 14/03/2011 reads both ways, but the advice is 03/14/2011).
 */
export function usePageDateIssue(props: WidgetProps): boolean {
  const issues = (props.registry.formContext as { issues?: IssueStore } | undefined)?.issues;
  return useIssuesAt(issues, pathOfId(props.id)).errors.some((e) => e.code === INCOMPLETE || e.code === NOT_AS_TYPED);
}

/**
 * Whether `el` is a date or date-time box whose date is still being typed, in one of two ways:
 * - its year: the box holds each digit as it comes as the whole year (2011 typed is held 0002,
 *   0020, 0201 on the way), so a check of the case sent between two keys said "must be between the
 *   years 1900 and 2100" to a person half way through the year. A year held below 1000 (no case of
 *   Harbor's has one), its last digit the box's last change (yearTyped), is one being typed;
 * - a part of two digits half typed over a date it held: the month's 0 of 03, an hour's 0 of 09,
 *   which the box reads as no date at all (validity.badInput) until the next digit, so a check
 *   sent between the two keys said the field "is required" under a date being typed.
 * The page's check of the case waits while the box that has the focus is so (form.tsx schedule),
 * as a date typed in part is judged when the box is left. Left so, the box's date is checked and
 * its error shown; a key that moves on from the year (Tab to a date-time's time) ends the wait.
 */
export function dateBeingTyped(el: Element | null): boolean {
  if (!(el instanceof HTMLInputElement) || (el.type !== 'date' && el.type !== 'datetime-local')) return false;
  return (/^0\d{3}-/.test(el.value) && yearTyped.has(el)) || (el.value === '' && el.validity.badInput);
}

/**
 * The date and date-time boxes whose last change was a digit typed into the year (useIncomplete
 * onInput), none pressed since that moves on from it. A date-time's year is followed by its time in
 * the same box: a year left at 0201 with Tab to the hour (or an arrow, a separator, a click) was
 * taken as still being typed until the box was left, the check and its "between the years" error
 * held back while the person typed the time. Any key but a digit, or leaving the box, ends it.
 */
const yearTyped = new WeakSet<HTMLInputElement>();

/** The year of a box's value ("0201" of 0201-03-14T10:30), or undefined while it holds none. */
const yearOf = (value: string | undefined): string | undefined => /^(\d{4,})-/.exec(value ?? '')?.[1];

/** Keys that may be typed into a date or date-time input and still be followed: digits, separators (a comma before a time too), AM/PM. */
const TYPED = /^[0-9/.\- :,apmAPM]$/;

/**
 * Reports to the page (formContext.reportIncomplete), for the widget's input inside `wrapper`,
 * whether it holds a date it cannot read (validity.badInput) or one other than was typed (below),
 * when the person leaves it, when the field's id changes (an item above it removed
 * from its list), when its value is set from outside and when it goes away.
 *
 * What was typed is followed from the moment the keyboard brings the focus to the input, whose
 * first part (the month, in the United States) it then is, or a click brings it into the input
 * while empty (judged only once it holds a date); a click in an input being typed into may land on
 * any part, and Shift+Tab on the last, so the keys of a date entered so, or edited with other keys
 * (Backspace, the left arrow), are not followed: each digit typed into a date the input holds is
 * judged instead by the part it changed (typed-dates.ts clampedPart: a month typed 14 held as 12).
 * A whole date typed must be the one
 * the input holds (typed-dates.ts typedAsHeld): the browser's input changes what it cannot take
 * without a word (14/03/2011 became December 3, 2011), and the "Read as" line alone did not stop it.
 */
export function useIncomplete(props: WidgetProps, withTime: boolean) {
  const { id } = props;
  const report = reporterOf(props);
  const wrapper = useRef<HTMLSpanElement>(null);
  const keys = useRef<string | undefined>(undefined); // typed since the keyboard's focus; undefined: not followed
  const pointer = useRef<'none' | 'fresh' | 'other'>('none'); // a click just before the focus: into an empty input, or else
  const judged = useRef<string | undefined>(undefined); // the input's value when last judged
  const lastHeld = useRef<string | undefined>(undefined); // the last date the input held (onInput: which part a digit changed)
  const heldOnly = useRef(false); // followed from a click: judged only once the input holds a date
  // Edits of a date the input already held, which the keys cannot follow (a click into a part,
  // Shift+Tab, Backspace, the arrows): the digit just typed and the value before it, the digits
  // typed into the part last changed, and a part the input changed from what was typed (typed-dates.ts clampedPart).
  const digit = useRef<{ key: string; before: string } | undefined>(undefined);
  const run = useRef<{ part: string; digits: string } | undefined>(undefined);
  const clamped = useRef<{ message: string; held: string } | undefined>(undefined);
  // A part of a held date emptied (Backspace) and typed again, which clampedPart cannot judge: the
  // input reads as empty until every part is there again. The keys since it went empty (digits,
  // "/" where the person moved on; typed-dates.ts refilledAsHeld), judged once it holds a date.
  const refill = useRef<string | undefined>(undefined);
  const refilledFrom = useRef(''); // the date it held before the part was emptied: a part it no longer holds was typed
  // A digit typed into a held date made one the input cannot hold (February 3, its day typed 30),
  // or an arrow stepped it there (February 28, its day stepped up to 29 in 2026): whole, but
  // reported as empty, as a date typed in part is, which the page then called incomplete.
  const broken = useRef(false);
  const stepped = useRef(false); // the key just pressed was ArrowUp or ArrowDown, which step the part the caret is in
  const input = (): HTMLInputElement | null => wrapper.current?.querySelector('input') ?? null;
  // Drawn again when the year stops being typed (a key that moves on, leaving the box): its "Read as" comes back.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const yearDone = (el: HTMLInputElement | null): void => {
    if (el && yearTyped.delete(el)) redraw();
  };
  /** Ends a run of digits typed after a part was emptied once the input holds a date again (judged by then: onInput); whether one goes on. */
  const endRefill = (): boolean => {
    if (refill.current !== undefined && input()?.value) refill.current = undefined;
    return refill.current !== undefined;
  };
  const tell = (): void => {
    const el = input();
    if (!el || !report) return;
    judged.current = el.value;
    const path = pathOfId(id);
    // Keys with no digit say nothing of the date (the person tabbed through it).
    const typed = keys.current !== undefined && /\d/.test(keys.current) ? keys.current : undefined;
    // A date typed whole is judged on its keys, which are newer than any edit's.
    if (typed !== undefined) [clamped.current, broken.current] = [undefined, false];
    // Held as nothing, a whole date typed that the input could not take (02/30/2011) is said as
    // such; not a date-time's, which may as well lack its time (incomplete), unless the time was
    // typed after a space, which the input does not take (typed-dates.ts timeAfterSpaceMessage).
    // A date-time's time typed after a space (03/14/2026 10:30 PM) is said as such.
    const unheld = (): string | undefined =>
      !el.validity.badInput || heldOnly.current ? undefined : withTime ? timeAfterSpaceMessage(typed!) : changedDateMessage(typed!, '');
    const changed = typed === undefined ? undefined : el.value === '' ? unheld() : typedAsHeld(typed, el.value) ? undefined : changedDateMessage(typed, el.value);
    // Not followed: a part the input changed as it was edited, while it still holds what it made of it.
    const edited =
      typed !== undefined ? undefined : clamped.current?.held === el.value ? clamped.current.message : el.value === '' && el.validity.badInput && broken.current ? noSuchDateMessage() : undefined;
    if (changed !== undefined || edited !== undefined) report(id, { path, code: NOT_AS_TYPED, message: (changed ?? edited)! });
    else report(id, el.validity.badInput ? incompleteIssue(path, withTime) : undefined);
  };
  // Once per id (`tell` reads the input as it is then).
  useEffect(() => {
    tell();
    return () => report?.(id, undefined);
  }, [id]);
  // A value set from outside (a draft opened, the example, the JSON edited): what was typed no longer says anything of it.
  useEffect(() => {
    const el = input();
    if (el && el.value !== judged.current) {
      keys.current = undefined;
      clamped.current = undefined;
      [refill.current, broken.current] = [undefined, false];
      tell();
    }
  });
  return {
    ref: wrapper,
    /** Whether the box's year is being typed (dateBeingTyped): its "Read as" waits for the whole year, not "March 14, 201". */
    typingYear: /^0\d{3}-/.test(input()?.value ?? '') && dateBeingTyped(input()),
    onBlur: () => {
      yearDone(input());
      endRefill();
      tell();
    },
    // Judged when the person leaves the input, not as they type: a report made during the input's
    // event re-renders the form before the library has taken the new value, and React then puts
    // the old one back in the input, which sends the caret back to the month (a date typed
    // 14/03/2011 ended empty). What was typed is kept as the value it made.
    onInput: () => {
      const el = input();
      const was = judged.current;
      judged.current = el?.value;
      // A digit typed into a date the input held: which part it changed, and whether the part ends
      // in it (a month typed 14 held as 12 does not). Judged on leaving (tell), as the rest.
      const d = digit.current;
      const step = stepped.current;
      [digit.current, stepped.current] = [undefined, false];
      // The year changed by a digit typed: being typed until a key moves on (onKeyDown) or the box is left.
      // Against the last date it held: a part typed in two digits is read as empty after the first
      // (an hour's 0 of 09), and the time it then completes left the year as it was.
      if (el && d && el.value !== '' && yearOf(el.value) !== yearOf(lastHeld.current)) yearTyped.add(el);
      else if (el && el.value !== was) yearTyped.delete(el);
      if (el?.value) lastHeld.current = el.value;
      // A date's and a date-time's alike (refilledAsHeld spells a date-time's hour and minute too).
      if (el && keys.current === undefined) {
        // Held, then empty: a part emptied (the keys after it followed), or a digit or an arrow that made a date that does not exist.
        if (el.value === '' && was) [refill.current, refilledFrom.current, broken.current] = ['', was, d !== undefined || step];
        // Whole again, and at each digit of the run that made it so (the year's 2, 20, 201, 2011):
        // what was typed since it went empty must be what it holds. The run ends at the next key
        // that is no digit, a click or leaving the box (endRefill).
        else if (el.value !== '' && refill.current !== undefined) {
          clamped.current = refilledAsHeld(refill.current, el.value, undefined, refilledFrom.current) ? undefined : { message: changedDateMessage('', el.value)!, held: el.value };
          broken.current = false;
        }
      }
      if (!el || !d) return;
      const part = clampedPart(d.before, el.value, d.key, run.current);
      run.current = part?.run;
      if (part?.message) clamped.current = { message: part.message, held: el.value };
    },
    onPointerDown: (e: PointerEvent<HTMLSpanElement>) => {
      const el = input();
      // A click into an empty input not yet focused is followed too: whatever part it lands on,
      // the input holds a date only once every part is typed, and the typing must then have begun
      // in the first. A click in an input being typed into may land on any part: not followed.
      const fresh = el !== null && e.target === el && el.value === '' && !el.validity.badInput && document.activeElement !== el;
      pointer.current = fresh ? 'fresh' : 'other';
      if (endRefill()) refill.current += '/'; // a click, perhaps into another part
      keys.current = fresh ? '' : undefined;
      heldOnly.current = fresh;
    },
    onFocus: (e: FocusEvent<HTMLSpanElement>) => {
      if (e.target !== input()) return;
      // What an edit made of the date (clamped, broken) stays until it is typed again: the focus
      // coming back and leaving took the error away, the changed date kept without a word.
      run.current = undefined;
      const from = e.relatedTarget as Node | null;
      const fromAfter = from !== null && (e.target.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      if (pointer.current !== 'fresh') {
        keys.current = pointer.current === 'other' || fromAfter ? undefined : '';
        heldOnly.current = false;
      }
      pointer.current = 'none';
    },
    onKeyDown: (e: KeyboardEvent<HTMLSpanElement>) => {
      if (e.target !== input()) return;
      if (!/^[0-9]$/.test(e.key) && !['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'].includes(e.key)) yearDone(input());
      digit.current = /^[0-9]$/.test(e.key) ? { key: e.key, before: input()!.value } : undefined;
      stepped.current = e.key === 'ArrowUp' || e.key === 'ArrowDown';
      if (/^[0-9]$/.test(e.key)) {
        if (refill.current !== undefined) refill.current += e.key;
      } else if (endRefill()) {
        // Backspace takes back the digits just typed; a move starts another part.
        if (e.key === 'Backspace' || e.key === 'Delete') refill.current = `${refill.current!.replace(/\d*$/, '')}/`;
        else if (e.key === 'Tab' || e.key === 'ArrowLeft' || e.key === 'ArrowRight' || TYPED.test(e.key)) refill.current += '/';
        else if (!['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'].includes(e.key)) refill.current = undefined; // ArrowUp/Down step a part: not followed
      }
      if (!/^[0-9]$/.test(e.key) && e.key !== 'Shift') run.current = undefined; // another part, or the same one anew
      if (keys.current === undefined || ['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'].includes(e.key)) return;
      if (TYPED.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) keys.current += e.key;
      else if ((e.key === 'Tab' && !e.shiftKey) || e.key === 'ArrowRight') keys.current += '/'; // the next part, as a separator
      else keys.current = undefined;
    },
  };
}

const CoreDateWidget = getDefaultRegistry().widgets.DateWidget!;

/**
 * The library's date input, reporting to the page a date incomplete or not held as typed
 * (formContext.reportIncomplete), with the date it holds in words under it: the browser reads what
 * is typed in its own order (month/day/year in the United States), so "14/03/2011" typed by a
 * person used to day/month/year became 12/03/2011 without a word; it is now refused at its field
 * with what to type, and "Read as: Saturday, December 3, 2011" shows what the box holds.
 */
export function DateWidget(props: WidgetProps): ReactElement {
  const watch = useIncomplete(props, false);
  const pageIssue = usePageDateIssue(props);
  const first = useSaysOrder(props);
  return (
    <Watched watch={watch}>
      <span className="date-box" onKeyDown={onCalendarKey(props.id)}>
        <CoreDateWidget {...props} />
        {!props.disabled && !props.readonly && <CalendarButton id={props.id} label={props.label} />}
      </span>
      <DateReading id={props.id} words={watch.typingYear ? undefined : dateInWords(props.value)} note={pageIssue ? undefined : bothWays(props.value)} first={first} />
    </Watched>
  );
}

/** Opens the browser's calendar for the date box `id` (a browser without showPicker: the box takes the focus, to type into). */
function openCalendar(id: string): void {
  const el = document.getElementById(id);
  if (!(el instanceof HTMLInputElement)) return;
  try {
    el.showPicker();
  } catch {
    el.focus();
  }
}

/**
 * A button that opens the browser's calendar for the date box `id`, after the box (and after a
 * date-time's UTC offset), for a mouse or a finger. Chromium draws a calendar button of its own
 * inside the box, last, and it takes a stop of Tab and Shift+Tab: Shift+Tab from the UTC offset (or
 * from the field after a date) landed on it, not on AM/PM or the year, and the "A" or digits then
 * typed did nothing, with no sign of where the focus was. That button is hidden (app.css).
 * This one is out of the order of Tab: a date is typed, and a stop after every date box of a form
 * was one more key per date for a keyboard user going through it, to a button that only opens what
 * Alt+Down in the box opens, as it opens Chromium's own picker (onCalendarKey; the box's help says
 * so, plain.ts whatToType). A screen reader's reading of the page still finds it.
 */
export function CalendarButton({ id, label }: { id: string; label: string }): ReactElement {
  return (
    <button type="button" className="small calendar" tabIndex={-1} aria-label={`Calendar: ${label}`} onClick={() => openCalendar(id)}>
      Calendar
    </button>
  );
}

/**
 * The keys of a date box (and of a date-time's UTC offset beside it): Alt+Down opens the calendar
 * of the box `id`, as it opens Chromium's own picker, which is hidden (CalendarButton); the key
 * goes on to the box's watch (useIncomplete), for which a date picked is not typed.
 */
export function onCalendarKey(id: string): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'ArrowDown' || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    openCalendar(id);
  };
}

/** A wrapper that reads its input's state on the events that may change it. */
export function Watched({ watch, children }: { watch: ReturnType<typeof useIncomplete>; children: ReactNode }): ReactElement {
  return (
    <span className="date-watch" ref={watch.ref} onBlur={watch.onBlur} onInput={watch.onInput} onPointerDown={watch.onPointerDown} onFocus={watch.onFocus} onKeyDown={watch.onKeyDown}>
      {children}
    </span>
  );
}
