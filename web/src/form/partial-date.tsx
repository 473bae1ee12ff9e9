// A date at the precision known (a day, a month or a year: the T-visa's acts, contacts, first
// entry) as a text box a caseworker types into as they write dates (3/14/2011, 03/2011, "March
// 2011", 2011), the case holding the contract's form (2011-03-14, 2011-03, 2011: typed-dates.ts).
// Under the box, what was read, in words ("Read as: March 2011"), tied to it with
// aria-describedby. The box took only the contract's form: "March 2011" was refused as
// "yyyy-mm-dd, yyyy-mm (month known) or yyyy (year known)", words a caseworker does not read.
// A date typed day first (14/03/2011), which reads as none, is the page's own error at the field
// with what to type (typed-dates.ts unreadDateAdvice), as the browser's date inputs give it
// (dates.tsx): the service could only say that it is not a date that exists.
import { useEffect, useRef, type ReactElement } from 'react';
import { helpId, type WidgetProps } from '@rjsf/utils';
import { TypedText } from './typed-text.js';
import { usePageFacts } from './field-state.js';
import { bothWays, dateInWords, readPartialDate, typedForm, unreadDateAdvice } from './typed-dates.js';
import { NOT_AS_TYPED, pathOfId, reporterOf, usePageDateIssue } from './dates.js';

export function PartialDateWidget(props: WidgetProps): ReactElement {
  const { id, value } = props;
  const report = reporterOf(props);
  // Judged on the value the box sent, which is the text as typed when it reads as no date (and a
  // draft's such text too); the service's refusal at the same field gives way to it (checks.ts caseErrors).
  const advice = typeof value === 'string' ? unreadDateAdvice(value) : undefined;
  useEffect(() => {
    report?.(id, advice === undefined ? undefined : { path: pathOfId(id), code: NOT_AS_TYPED, message: advice });
  }, [id, advice]);
  useEffect(() => () => report?.(id, undefined), [id]);
  const pageIssue = usePageDateIssue(props);
  const first = useSaysOrder(props);
  return (
    <>
      <TypedText props={props} reading={{ show: (v) => typedForm(v), read: (t) => readPartialDate(t), className: 'form-control partial-date' }} />
      <DateReading id={id} words={dateInWords(value)} note={pageIssue ? undefined : bothWays(value)} first={first} />
    </>
  );
}

/** Whether this date box is the loaded case's one that says which part it reads first (field-state.ts PageFacts.orderNoteAt). */
export const useSaysOrder = (props: WidgetProps): boolean => usePageFacts().orderNoteAt === pathOfId(props.id);

/**
 * What a date box holds, in words, under it ("Read as: Monday, March 14, 2011"); nothing while it
 * holds none. It is the field's help (the library's help id, which every input's aria-describedby
 * names; the form gives no field a help of its own), so a screen reader reads it with the box.
 * `note` follows it: for a date that reads both ways, which part the box reads first and what to
 * type for the other reading (typed-dates.ts bothWays), once the person has changed the date.
 */
export function DateReading({ id, words, note, first = false }: { id: string; words: string | undefined; note?: string; first?: boolean }): ReactElement {
  // A date the box was given when drawn (a loaded case: the form is drawn anew for each) says its
  // note only at the case's first such date (`first`, typed-dates.ts firstBothWays): under each
  // box it was said thirteen times over the worksheet's example.
  const given = useRef(words);
  const said = note !== undefined && (first || given.current === undefined || words !== given.current);
  return (
    <span id={helpId(id)} className="date-reading">
      {words ? `Read as: ${words}${said ? `. ${note}` : ''}` : ''}
    </span>
  );
}
