// Text as a person types it, in any script: every one-line text input and every multi-line box
// takes its direction from its own text (dir="auto"), so a name typed in Arabic or Hebrew reads
// right to left from the box's right edge, as it is written, instead of being set against the
// left edge of a box laid out for English (where a name that ends in digits or Latin letters was
// shown in the wrong order). Which document can print the text is the check's to say (a script
// the PDF does not print, such as Syriac, is a PDF-only error in the verdict), not the box's.
// Pasted or dropped text has the invisible characters that change nothing it shows taken out, the
// box saying so (paste.tsx) in the field's help (the library's help id, which the input's
// aria-describedby names; no text field has a help of its own).
import type { ReactElement } from 'react';
import { getDefaultRegistry } from '@rjsf/core';
import { ariaDescribedByIds, getInputProps, helpId, type BaseInputTemplateProps, type WidgetProps } from '@rjsf/utils';
import { EnteredNote } from './paste.js';

const CoreBaseInput = getDefaultRegistry().templates.BaseInputTemplate;

/** The library's input; a text input's direction is its text's (the library passes other attributes on to the input). */
export function TextInput(props: BaseInputTemplateProps): ReactElement {
  if (getInputProps(props.schema, props.type, props.options).type !== 'text') return <CoreBaseInput {...props} />;
  return <OneLineText {...props} />;
}

/** A one-line text box: its direction its text's, a paste's or drop's invisibles taken out and said (paste.tsx). */
function OneLineText(props: BaseInputTemplateProps): ReactElement {
  return (
    <>
      <CoreBaseInput {...props} dir="auto" />
      <EnteredNote id={helpId(props.id)} />
    </>
  );
}

/** A multi-line box (a narrative, an address) whose direction is its text's; the library's own textarea takes no such attribute. */
export function TextareaWidget(props: WidgetProps): ReactElement {
  const { id, options, placeholder, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, htmlName } = props;
  return (
    <>
      <textarea
        id={id}
        name={htmlName || id}
        className="form-control"
        dir="auto"
        value={typeof value === 'string' ? value : ''}
        placeholder={placeholder}
        required={required}
        disabled={disabled}
        readOnly={readonly}
        autoFocus={autofocus}
        rows={options.rows}
        onChange={(e) => onChange(e.target.value === '' ? options.emptyValue : e.target.value)}
        onBlur={(e) => onBlur(id, e.target.value)}
        onFocus={(e) => onFocus(id, e.target.value)}
        aria-describedby={ariaDescribedByIds(id)}
      />
      <EnteredNote id={helpId(id)} />
    </>
  );
}
