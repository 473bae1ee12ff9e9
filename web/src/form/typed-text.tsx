// A text box whose words a person types are read into the case's value, for the fields whose
// contract form is not what a caseworker types: a country by its name (country.tsx), a time zone
// by its city (time-zone.tsx), a date at the precision known (partial-date.tsx). Text it cannot
// read is sent as typed, for the service to refuse with its rule; a value from outside the box
// (a draft opened, the JSON edited) is shown anew, in the box's words. Pasted or dropped text has
// the invisible characters that change nothing it shows taken out, the box saying so (paste.tsx); the
// help id is a date's reading here (partial-date.tsx), so the note has an id of its own.
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { ariaDescribedByIds, type WidgetProps } from '@rjsf/utils';
import { EnteredNote } from './paste.js';

export interface Reading {
  /** The text the box shows for a value of the case. */
  show: (value: unknown) => string;
  /** The value a typed text stands for; undefined when the text names none. */
  read: (text: string) => string | undefined;
  /** On leaving the box, the text to show for the value it sent where that reads better than what was typed ("honduras" → "Honduras (HN)"); undefined keeps the typed text. */
  settled?: (sent: unknown) => string | undefined;
  /** The id of a datalist offered as the person types. */
  list?: string;
  className?: string;
}

export function TypedText({ props, reading }: { props: WidgetProps; reading: Reading }): ReactElement {
  const { id, value, required, disabled, readonly, onChange, onBlur, onFocus, htmlName } = props;
  const [text, setText] = useState(() => reading.show(value));
  const sent = useRef<unknown>(value); // what this box last sent: a value from outside is shown anew
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setText(reading.show(value));
  }, [value]);
  return (
    <>
      <input
        type="text"
        id={id}
        name={htmlName || id}
        className={reading.className ?? 'form-control'}
        list={reading.list}
        value={text}
        required={required}
        disabled={disabled || readonly}
        autoComplete="off"
        aria-describedby={`${ariaDescribedByIds(id)} ${id}__pasted`}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          const next = t.trim() === '' ? undefined : (reading.read(t) ?? t);
          sent.current = next;
          onChange(next);
        }}
        onBlur={() => {
          const settled = reading.settled?.(sent.current);
          if (settled !== undefined) setText(settled);
          onBlur(id, value);
        }}
        onFocus={() => onFocus(id, value)}
      />
      <EnteredNote id={`${id}__pasted`} />
    </>
  );
}

/**
 * The page's one list `id` of what such a box offers as the person types (a datalist, put in the
 * page once, for every box that names it): the texts `options` gives, asked for on first use.
 */
export function useDatalist(id: string, options: () => Iterable<string>): string {
  useEffect(() => {
    if (document.getElementById(id)) return;
    const list = document.createElement('datalist');
    list.id = id;
    for (const text of options()) {
      const o = document.createElement('option');
      o.value = text;
      list.append(o);
    }
    document.body.append(list);
  }, [id]);
  return id;
}
