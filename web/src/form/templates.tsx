// The form library's pieces that Harbor replaces: the issues next to each field (errors and
// warnings from the server's check, tied to the input by aria-describedby), a date-time input that
// keeps its UTC offset, a name for the chooser of a field that takes one of several forms, and a
// heading in each section's legend. A list's buttons are lists.tsx's.
import { useEffect, useState, type ReactElement } from 'react';
import { getDefaultRegistry } from '@rjsf/core';
import { ariaDescribedByIds, errorId, type FieldErrorProps, type TitleFieldProps, type WidgetProps } from '@rjsf/utils';
import { CalendarButton, onCalendarKey, pathOfId, usePageDateIssue, useIncomplete, Watched, type ReportIncomplete } from './dates.js';
import { DateReading, useSaysOrder } from './partial-date.js';
import { usePageFacts, useIssuesAt, type IssueStore } from './field-state.js';
import { bothWays, dateTimeInWords } from './typed-dates.js';
import { RequiredMark } from './help.js';
import { EnteredNote } from './paste.js';
import { plainMessage } from './plain.js';
import { REMOVED, schemaAt, type Json } from './schema.js';

/**
 * The form library's formContext: nothing in it changes while the page is open, since a new
 * formContext draws every field of the form again (field-state.ts says what changes, and where).
 */
export interface FormContext {
  /** The issues by dot path, each field reading its own (field-state.ts). */
  issues: IssueStore;
  /** Where a date input tells the page it holds a date typed in part (dates.tsx). */
  reportIncomplete?: ReportIncomplete;
}

/**
 * Errors and warnings at this field's path (rendered where the library puts a field's errors), each
 * naming the field by its label and worded for a person (plain.ts); its code stays on the item
 * (`data-code`) and, with the service's own words, under "Advanced" (advanced.tsx).
 */
export function FieldIssues(props: FieldErrorProps): ReactElement | null {
  const ctx = props.registry.formContext as FormContext | undefined;
  const path = props.fieldPathId.path.join('.');
  const here = useIssuesAt(ctx?.issues, path);
  if (here.errors.length === 0 && here.warnings.length === 0) return null;
  const root = props.registry.rootSchema as Json;
  // A removed field's box names it already, with what replaced it (removed.tsx).
  const label = typeof props.schema.title === 'string' && props.schema[REMOVED] !== true ? `${props.schema.title}: ` : '';
  return (
    <ul id={errorId(props.fieldPathId)} className="field-issues" data-path={path} data-errors={here.errors.length > 0 || undefined}>
      {here.errors.map((e, i) => (
        <li key={`e${i}`} className="issue error" data-code={e.code}>
          <strong>Error:</strong> {label}
          {plainMessage(e, root)}
        </li>
      ))}
      {here.warnings.map((w, i) => (
        <li key={`w${i}`} className="issue warning" data-code={w.code}>
          <strong>Warning:</strong> {label}
          {plainMessage(w, root)}
        </li>
      ))}
    </ul>
  );
}

const ISO = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Minutes east of UTC as ±hh:mm. */
function offsetText(east: number): string {
  const sign = east >= 0 ? '+' : '-';
  const a = Math.abs(east);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** A zone's offset at an instant, in minutes east of UTC ("GMT-07:00" in the zone's long offset). Throws for a name that is not a zone. */
function zoneOffset(ms: number, zone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * The UTC offset, as ±hh:mm, of a local date-time on the case's clock: the requester's time zone
 * (requester.timeZone, the clock the RFA's deadline and ages are read on) when the case gives one,
 * else this computer's. The box followed this computer's zone alone: the example (Los Angeles,
 * −08:00 in March) moved to May kept −08:00 on a Chicago computer, an hour off the instant and
 * the deadline counted from it. The zone's offset is read at the wall time taken as UTC, then
 * again at the instant that gives (right but within a clock change's skipped or repeated hour).
 */
export function offsetAt(local: string, zone?: string): string {
  const wall = Date.parse(`${local}Z`);
  if (zone && !Number.isNaN(wall)) {
    try {
      return offsetText(zoneOffset(wall - zoneOffset(wall, zone) * 60_000, zone));
    } catch {
      // Not a zone (a name still being typed, refused by the check): this computer's, as without one.
    }
  }
  const d = new Date(local);
  return offsetText(-(Number.isNaN(d.getTime()) ? new Date().getTimezoneOffset() : d.getTimezoneOffset()));
}

/**
 * A date-time with its UTC offset (the contract's ISO 8601 form, e.g. 2026-03-07T23:10:00-05:00):
 * the browser's date-time input plus the offset, which follows the case's time zone (offsetAt), and under
 * them the date and time in words ("Read as: Saturday, March 7, 2026 at 11:10 PM"), as a date's
 * box has: an RFA's deadline is counted from it, and 05/03/2026 typed for 5 March was May 3.
 */
export function OffsetDateTimeWidget(props: WidgetProps): ReactElement {
  const { id, value, onChange, disabled, readonly, required, onBlur, onFocus } = props;
  const watch = useIncomplete(props, true);
  const zone = usePageFacts().timeZone;
  const pageIssue = usePageDateIssue(props);
  const first = useSaysOrder(props);
  const parsed = typeof value === 'string' ? ISO.exec(value) : null;
  const [local, setLocal] = useState(parsed?.[1] ?? '');
  const [offset, setOffset] = useState(parsed?.[2] ?? '');
  useEffect(() => {
    // A value set from outside (the example, a draft): show it.
    const p = typeof value === 'string' ? ISO.exec(value) : null;
    if (p) {
      setLocal(p[1]!);
      setOffset(p[2]!);
    } else if (value === undefined) {
      setLocal('');
    }
  }, [value]);
  const emit = (l: string, o: string): void => {
    if (l === '') onChange(undefined);
    else onChange(`${l}:00${o || offsetAt(l, zone)}`);
  };
  return (
    <Watched watch={watch}>
      <span className="datetime" onKeyDown={onCalendarKey(id)}>
        <input
          type="datetime-local"
          id={id}
          value={local}
          required={required}
          disabled={disabled || readonly}
          aria-describedby={ariaDescribedByIds(id)}
          onChange={(e) => {
            const l = e.target.value;
            // The offset follows the date and time while it is this computer's own at them (the
            // one it started as): typed 03/07/2026 11:30 PM in Chicago it is -06:00, and changed to
            // 03/09/2026 it becomes -05:00, daylight saving time having begun; it stayed -06:00,
            // an hour off the instant and the 24-hour deadline counted from it. An offset the
            // person typed, or a draft's of another time zone, stays.
            const own = offset === '' || (local !== '' && offset === offsetAt(local, zone));
            const o = l === '' ? offset : own ? offsetAt(l, zone) : offset;
            setLocal(l);
            setOffset(o);
            emit(l, o);
          }}
          onBlur={() => onBlur(id, value)}
          onFocus={() => onFocus(id, value)}
        />
        {/* Named by its date-time too, as its "Calendar" is: three boxes of the RFA's first section
            were each "UTC offset" to a screen reader, none saying whose (round r59,
            tests/web/screen-reader.test.ts). The visible words first (WCAG 2.5.3, label in name). */}
        <label htmlFor={`${id}__offset`} className="offset-label">
          UTC offset<span className="visually-hidden">: {props.label}</span>
        </label>
        <input
          type="text"
          id={`${id}__offset`}
          className="offset"
          value={offset}
          size={7}
          placeholder="-05:00"
          disabled={disabled || readonly}
          aria-describedby={`${ariaDescribedByIds(id)} ${id}__offset__pasted`}
          onChange={(e) => {
            const o = e.target.value.trim();
            setOffset(o);
            if (local) emit(local, o);
          }}
        />
        {!disabled && !readonly && <CalendarButton id={id} label={props.label} />}
      </span>
      {/* The offset's own note of a paste (paste.tsx): the field's help is the date-time's reading. */}
      <EnteredNote id={`${id}__offset__pasted`} />
      <DateReading id={id} words={watch.typingYear ? undefined : dateTimeInWords(value)} note={pageIssue ? undefined : bothWays(value)} first={first} />
    </Watched>
  );
}

const CoreRadioWidget = getDefaultRegistry().widgets.RadioWidget!;

/**
 * The library's radio buttons (a yes/no), their group named by the field's label and marked
 * required when it is, with "Clear answer" when it may be left unanswered (below): the library labels the group with a <label for> of the group's <div>,
 * which names nothing (a label names only an input), so a screen reader said "Yes, radio button,
 * 1 of 2" with no question, and never that an answer is required. The group's attributes are set
 * on the library's own element once it is drawn, and again whenever they change.
 */
export function RadioWidget(props: WidgetProps): ReactElement {
  const { id, required } = props;
  const label = questionOf(props.registry.rootSchema as Json, id, props.label);
  useEffect(() => {
    const group = document.getElementById(id);
    if (!group) return;
    group.setAttribute('aria-label', label);
    if (required) group.setAttribute('aria-required', 'true');
    else group.removeAttribute('aria-required');
  }, [id, label, required]);
  // A yes/no that may be left unanswered ("not yet known") can be taken back to unanswered: a
  // radio group, once clicked, has no way back, and a Yes clicked by mistake stood in the case
  // (and the document) unless the person knew to edit the JSON. The focus goes to the first answer,
  // as the button goes.
  const answered = props.value === true || props.value === false;
  return (
    <>
      <CoreRadioWidget {...props} />
      {!required && answered && !props.disabled && !props.readonly && (
        <button
          type="button"
          className="small clear-answer"
          aria-label={`Clear answer: ${label}`}
          onClick={() => {
            props.onChange(undefined);
            document.getElementById(id)?.querySelector<HTMLInputElement>('input')?.focus();
          }}
        >
          Clear answer
        </button>
      )}
    </>
  );
}

/**
 * What a yes/no asks: its label, or, drawn as one form of a choice of forms (a memo factor's "Not
 * applicable", answered "Yes or no, with the reason below" or "The reason, written here"), the
 * title of the field the chooser is for. The form library names such a field by its form, and the
 * group was read "Yes or no, with the reason below, radio group": the form, said by the chooser
 * above it, and not the question (review, round r54). Its own label is not drawn (schema.ts
 * buildUiSchema), so the page shows the question once, above the chooser.
 */
export function questionOf(root: Json, id: string, label: string): string {
  const path = pathOfId(id);
  let node: Json | undefined = root;
  // Through a choice of forms too: the memo factor holding "Not applicable" is itself one.
  for (const seg of path === '' ? [] : path.split('.')) {
    const forms: Json[] = ((node?.anyOf ?? node?.oneOf) as Json[] | undefined) ?? [];
    node = schemaAt(node!, [seg]) ?? forms.map((f: Json) => schemaAt(f, [seg])).find((n): n is Json => n !== undefined);
    if (!node) return label;
  }
  return node && (Array.isArray(node.anyOf) || Array.isArray(node.oneOf)) && typeof node.title === 'string' ? node.title : label;
}

const CoreSelectWidget = getDefaultRegistry().widgets.SelectWidget!;

/**
 * The library's select, with a label for the chooser it puts before a field that takes one of
 * several forms (a best-interests factor: an analysis, or "not applicable"). That chooser is drawn
 * without a label of its own, so a screen reader announced an unnamed list box (axe: select-name).
 *
 * The chooser is out of the order of Tab, and Shift+Tab from the field's first box comes back to it:
 * a stop before each factor's box made the memo's ten factors twenty Tab stops for a choice most
 * factors keep ("Analysis"), each one more key. It stays on the screen, named, in a screen reader's
 * list of form fields, and its note says how to reach it from the keyboard (the calendar button of
 * a date, dates.tsx, is out of that order the same way).
 */
export function SelectWidget(props: WidgetProps): ReactElement {
  const chooser = /__(any|one)of_select$/.test(props.id);
  useEffect(() => (chooser ? backToChooser(props.id) : undefined), [chooser, props.id]);
  return (
    <>
      {chooser && (
        <label htmlFor={props.id} className="visually-hidden">
          {`${props.label}: which form of answer`}
        </label>
      )}
      <CoreSelectWidget {...props} />
      <ChosenWhole id={props.id} value={props.value} />
      {chooser && (
        <p className="field-note chooser-note" id={`${props.id}__keys`}>
          From the keyboard: Shift+Tab from the box below comes back here.
        </p>
      )}
    </>
  );
}

/**
 * The chosen choice's whole text, written under its select while the select is too narrow to show
 * it (review, round r53: on a 200 px screen, a 400 px phone with its text at 200%, the selects were
 * 102-138 px wide and a choice such as "Higher of the federal and state minimum wage" was cut to its
 * first words; a select draws one line and never wraps, and Chromium's `appearance: base-select`,
 * which could, broke ArrowDown). Hidden from the accessibility tree: the select itself says its
 * value. Measured with the select's own font against its inner width (padding and the arrow's
 * room taken off), again whenever the select is resized or the choice changes.
 */
function ChosenWhole({ id, value }: { id: string; value: unknown }): ReactElement | null {
  const [whole, setWhole] = useState<string | undefined>(undefined);
  useEffect(() => {
    const select = document.getElementById(id) as HTMLSelectElement | null;
    if (!select) return undefined;
    const measure = (): void => {
      const text = select.selectedOptions[0]?.text.trim() ?? '';
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d');
      if (!context || text === '') return setWhole(undefined);
      context.font = style.font;
      // The room for the text: the box less its padding and the drop-down arrow (about 1.5em in Chromium).
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
      setWhole(context.measureText(text).width > room ? text : undefined);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(select);
    select.addEventListener('change', measure);
    return () => {
      observer.disconnect();
      select.removeEventListener('change', measure);
    };
  }, [id, value]);
  return whole === undefined ? null : (
    <p className="field-note chosen-whole" id={`${id}__whole`} aria-hidden="true">
      {whole}
    </p>
  );
}

/** What Tab stops at in a part of the page, in the page's order. */
const TABBABLE = 'input:not([type=hidden]), select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Takes the chooser `id` out of the order of Tab and sends Shift+Tab from the first box after it (in
 * the chooser's own panel: the field it chooses the form of) back to it; the stop to undo.
 */
function backToChooser(id: string): () => void {
  const select = document.getElementById(id) as HTMLSelectElement | null;
  const panel = select?.closest('.panel');
  if (!select || !panel) return () => undefined;
  select.tabIndex = -1;
  select.setAttribute('aria-describedby', `${select.getAttribute('aria-describedby') ?? ''} ${id}__keys`.trim());
  const onKey = (e: Event): void => {
    const k = e as KeyboardEvent;
    if (k.key !== 'Tab' || !k.shiftKey || k.altKey || k.ctrlKey || k.metaKey) return;
    const first = [...panel.querySelectorAll<HTMLElement>(TABBABLE)].find((el) => el !== select && !(el as HTMLInputElement).disabled && el.tabIndex >= 0);
    if (first === undefined || !first.contains(k.target as Node)) return;
    k.preventDefault();
    select.focus();
  };
  panel.addEventListener('keydown', onKey);
  return () => panel.removeEventListener('keydown', onKey);
}

/**
 * A section's title (the legend of an object's or a list's fieldset) holding a heading, one level
 * per level of nesting: the form itself h2 (after the page's h1), its sections h3 (Requester,
 * Child), a list in a section h4, its items h5, no deeper than h6. A legend alone is no heading:
 * a screen reader's list of headings skipped every section of a 24-section form, and there was no
 * way to jump from one to the next. The depth is read from the fieldset's id (root_concern_events_0).
 */
export function SectionTitle(props: TitleFieldProps): ReactElement {
  const { id, title, required, optionalDataControl } = props;
  const depth = id.replace(/__title$/, '').split('_').length - 1;
  const Heading = (['h2', 'h3', 'h4', 'h5', 'h6'] as const)[Math.min(depth, 4)]!;
  return (
    <legend id={id}>
      <Heading className="legend-heading">{title}</Heading>
      {/* A list's item is no field to fill in or leave: "Dated act (required)" on each said nothing. */}
      {required && !/_\d+$/.test(id.replace(/__title$/, '')) && <RequiredMark />}
      {optionalDataControl && <span className="pull-right">{optionalDataControl}</span>}
    </legend>
  );
}
