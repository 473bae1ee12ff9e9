// Text as a person types it, in any script: every one-line text input and every multi-line box
// takes its direction from its own text (dir="auto"), so a name typed in Arabic or Hebrew reads
// right to left from the box's right edge, as it is written, instead of being set against the
// left edge of a box laid out for English (where a name that ends in digits or Latin letters was
// shown in the wrong order). A box whose text reads right to left also says, under it, which of
// the two documents can print it: the PDF renderer does not lay out right-to-left text (the
// service refuses a PDF of it, `unsupported-script`; the DOCX takes it), and the person learnt
// that only from a refused PDF.
import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { getDefaultRegistry } from '@rjsf/core';
import { ariaDescribedByIds, getInputProps, type BaseInputTemplateProps, type WidgetProps } from '@rjsf/utils';

/** What a box whose text reads right to left says under it. */
export const RTL_NOTE = 'This text reads right to left: a PDF cannot print it yet; Download DOCX can.';

/** Whether the control `id` now reads right to left (its dir="auto" resolved by the browser from its text). */
function readsRtl(id: string): boolean {
  const el = document.getElementById(id);
  try {
    return el?.matches(':dir(rtl)') ?? false;
  } catch {
    return false; // a browser without :dir(): no note, the refused PDF still says so
  }
}

/** The control `id` (given as `children`) and, while its text reads right to left, the note under it. */
function Directional({ id, value, children }: { id: string; value: unknown; children: ReactNode }): ReactElement {
  const [rtl, setRtl] = useState(false);
  useEffect(() => setRtl(readsRtl(id)), [id, value]);
  return (
    <>
      {children}
      {rtl && (
        <p className="field-note" id={`${id}__rtl`}>
          {RTL_NOTE}
        </p>
      )}
    </>
  );
}

const CoreBaseInput = getDefaultRegistry().templates.BaseInputTemplate;

/** The library's input; a text input's direction is its text's (the library passes other attributes on to the input). */
export function TextInput(props: BaseInputTemplateProps): ReactElement {
  if (getInputProps(props.schema, props.type, props.options).type !== 'text') return <CoreBaseInput {...props} />;
  return (
    <Directional id={props.id} value={props.value}>
      <CoreBaseInput {...props} dir="auto" />
    </Directional>
  );
}

/** A multi-line box (a narrative, an address) whose direction is its text's; the library's own textarea takes no such attribute. */
export function TextareaWidget(props: WidgetProps): ReactElement {
  const { id, options, placeholder, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, htmlName } = props;
  return (
    <Directional id={id} value={value}>
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
    </Directional>
  );
}
