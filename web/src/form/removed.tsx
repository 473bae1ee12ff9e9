// A field removed from the kind's contract (schema.ts: `x-removed`, e.g. the worksheet's
// `amountCents`, replaced by `amount` in dollars in version 2), as a draft an older Harbor wrote
// still holds it. The service refuses any value of it, never reinterprets it; the form offered no
// input for it, so the error "was replaced by amount, …" stayed after the person had typed the
// amount, and nothing on the page could take the old value out (only the JSON, under Advanced).
// Now the field shows where it stood, only while the draft holds a value of it: what replaced it
// (the schema's description), the value as the draft gives it, and a button that takes it out of
// the case. Nothing is converted: the person types the value in the field that replaced it.
import type { ReactElement } from 'react';
import type { FieldProps } from '@rjsf/utils';

export function RemovedField(props: FieldProps): ReactElement | null {
  const { formData, schema, fieldPathId, onChange } = props;
  if (formData === undefined) return null;
  const id = fieldPathId.$id;
  const title = typeof schema.title === 'string' ? schema.title : props.name;
  const remove = (): void => {
    onChange(undefined, fieldPathId.path);
    // The button goes with the value: the focus goes to the section the field stood in, not to
    // the page's body (from where the next Tab starts at the top of the page).
    const section = document.getElementById(id)?.closest('fieldset');
    if (section instanceof HTMLElement) {
      section.tabIndex = -1;
      section.focus();
    }
  };
  return (
    <div className="removed-field" role="group" aria-labelledby={`${id}__title`} aria-describedby={`${id}__about`}>
      <p id={`${id}__title`} className="control-label">
        {title}
      </p>
      <p id={`${id}__about`} className="field-description">
        {typeof schema.description === 'string' ? `${schema.description} ` : ''}This draft, written by an older version, gives it as{' '}
        <code>{JSON.stringify(formData)}</code>.
      </p>
      <button type="button" id={id} className="small" onClick={remove}>
        Remove the old value
      </button>
    </div>
  );
}
