// A date at the precision known (a day, a month or a year: the T-visa's acts, contacts, first
// entry) as a text box a caseworker types into as they write dates (3/14/2011, 03/2011, "March
// 2011", 2011), the case holding the contract's form (2011-03-14, 2011-03, 2011: typed-dates.ts).
// Under the box, what was read, in words ("Read as: March 2011"), tied to it with
// aria-describedby. The box took only the contract's form: "March 2011" was refused as
// "yyyy-mm-dd, yyyy-mm (month known) or yyyy (year known)", words a caseworker does not read.
import type { ReactElement } from 'react';
import { helpId, type WidgetProps } from '@rjsf/utils';
import { TypedText } from './typed-text.js';
import { dateInWords, readPartialDate, typedForm } from './typed-dates.js';

export function PartialDateWidget(props: WidgetProps): ReactElement {
  return (
    <>
      <TypedText props={props} reading={{ show: (v) => typedForm(v), read: (t) => readPartialDate(t), className: 'form-control partial-date' }} />
      <DateReading id={props.id} words={dateInWords(props.value)} />
    </>
  );
}

/**
 * What a date box holds, in words, under it ("Read as: Monday, March 14, 2011"); nothing while it
 * holds none. It is the field's help (the library's help id, which every input's aria-describedby
 * names; the form gives no field a help of its own), so a screen reader reads it with the box.
 */
export function DateReading({ id, words }: { id: string; words: string | undefined }): ReactElement {
  return (
    <span id={helpId(id)} className="date-reading">
      {words ? `Read as: ${words}` : ''}
    </span>
  );
}
