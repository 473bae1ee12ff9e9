// A date at the precision known (a day, a month or a year: the T-visa's acts, contacts, first
// entry) as a text box a caseworker types into as they write dates (3/14/2011, 03/2011, "March
// 2011", 2011), the case holding the contract's form (2011-03-14, 2011-03, 2011: typed-dates.ts).
// Under the box, what was read, in words ("Read as: March 2011"), tied to it with
// aria-describedby. The box took only the contract's form: "March 2011" was refused as
// "yyyy-mm-dd, yyyy-mm (month known) or yyyy (year known)", words a caseworker does not read.
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { ariaDescribedByIds, helpId, type WidgetProps } from '@rjsf/utils';
import { dateInWords, readPartialDate, typedForm } from './typed-dates.js';

export function PartialDateWidget(props: WidgetProps): ReactElement {
  const { id, value, required, disabled, readonly, onChange, onBlur, onFocus, htmlName } = props;
  const [text, setText] = useState(() => typedForm(value));
  const sent = useRef<unknown>(value); // what this box last sent: a value from outside is shown anew
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setText(typedForm(value));
  }, [value]);
  const reading = dateInWords(value);
  return (
    <>
      <input
        type="text"
        id={id}
        name={htmlName || id}
        className="form-control partial-date"
        value={text}
        required={required}
        disabled={disabled || readonly}
        autoComplete="off"
        aria-describedby={ariaDescribedByIds(id)}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          const next = t.trim() === '' ? undefined : (readPartialDate(t) ?? t);
          sent.current = next;
          onChange(next);
        }}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
      <DateReading id={id} words={reading} />
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
