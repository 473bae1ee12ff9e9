// Dates the browser's date input holds but cannot read: a date typed in part ("12/31/yyyy": the
// month and day of the US format typed, the year not yet), or a date-time without its time. The
// input then reports the empty string as its value, so the form took the field as not given: a
// required date said "is required" under a date the person could see typed, and an optional one
// (a memo's next hearing) went out of the case and the document without a word. The page now says
// at the field and in the list of problems that the date is incomplete, and makes no document
// until it is finished or cleared.
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import { getDefaultRegistry } from '@rjsf/core';
import type { WidgetProps } from '@rjsf/utils';
import type { Issue } from '../api.js';
import { DateReading } from './partial-date.js';
import { dateInWords } from './typed-dates.js';

/** The code of the page's own issue for an incomplete date (not one of the API's codes; docs/fields.md, "Common codes"). */
export const INCOMPLETE = 'incomplete-date';

/** The field's dot path from its input's id (root_contacts_2_date → contacts.2.date). */
export const pathOfId = (id: string): string => id.replace(/^root_?/, '').replace(/_/g, '.');

/** The page's issue for an incomplete date or date-time at a path. */
export function incompleteIssue(path: string, withTime: boolean): Issue {
  const parts = withTime ? 'the month, day, year and time' : 'the month, day and year';
  return { path, code: INCOMPLETE, message: `this date is incomplete: give ${parts}, or clear it. Until then it is not in the case.` };
}

/** What the page's date inputs report: the input `id` holds an incomplete date, or no longer does. */
export type ReportIncomplete = (id: string, incomplete: boolean, withTime: boolean) => void;

/**
 * Reports to the page (formContext.reportIncomplete), for the widget's input inside `wrapper`,
 * whether it holds a date it cannot read (validity.badInput), when the person leaves it or changes
 * it, and when the field's id changes (an item above it removed from its list) or it goes away.
 */
export function useIncomplete(props: WidgetProps, withTime: boolean) {
  const { id } = props;
  const report = (props.registry.formContext as { reportIncomplete?: ReportIncomplete } | undefined)?.reportIncomplete;
  const wrapper = useRef<HTMLSpanElement>(null);
  const tell = (): void => {
    const input = wrapper.current?.querySelector('input');
    if (input && report) report(id, input.validity.badInput, withTime);
  };
  // Once per id (`tell` reads the input as it is then).
  useEffect(() => {
    tell();
    return () => report?.(id, false, withTime);
  }, [id]);
  return { ref: wrapper, onBlur: tell, onInput: tell };
}

const CoreDateWidget = getDefaultRegistry().widgets.DateWidget!;

/**
 * The library's date input, reporting an incomplete date to the page (formContext.reportIncomplete),
 * with the date it holds in words under it: the browser reads what is typed in its own order
 * (month/day/year in the United States), so "14/03/2011" typed by a person used to day/month/year
 * became 12/03/2011 without a word; "Read as: Saturday, December 3, 2011" shows it.
 */
export function DateWidget(props: WidgetProps): ReactElement {
  const watch = useIncomplete(props, false);
  return (
    <Watched watch={watch}>
      <CoreDateWidget {...props} />
      <DateReading id={props.id} words={dateInWords(props.value)} />
    </Watched>
  );
}

/** A wrapper that reads its input's state on the events that may change it. */
export function Watched({ watch, children }: { watch: ReturnType<typeof useIncomplete>; children: ReactNode }): ReactElement {
  return (
    <span className="date-watch" ref={watch.ref} onBlur={watch.onBlur} onInput={watch.onInput}>
      {children}
    </span>
  );
}
