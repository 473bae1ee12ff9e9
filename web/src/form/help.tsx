// A field's label and help as the form page shows them: the label says "required" in words (an
// asterisk in red said it only to those who knew the sign and saw the colour), and the help is the
// schema's description in a person's words with what to type in the field's input (plain.ts).
// Both replace the form library's templates of the same role (FieldTemplate, DescriptionField).
import type { ReactElement } from 'react';
import { getTemplate, getUiOptions, type DescriptionFieldProps, type FieldTemplateProps } from '@rjsf/utils';
import { Cited } from './cited.js';
import { pathOfId } from './dates.js';
import { plainHelp } from './plain.js';
import { LIST_ITEM, type Json } from './schema.js';
import { REQUIRED_WITH } from './section-required.js';

/**
 * "(required)" after a label or a section's title, in words. After an input's label it is hidden
 * from a screen reader (`quiet`), which says "required" from the input itself: the field was read
 * "Organization (required), required".
 */
export function RequiredMark({ quiet = false }: { quiet?: boolean }): ReactElement {
  return (
    <span className="required" aria-hidden={quiet || undefined}>
      {' (required)'}
    </span>
  );
}

/** The library's field template (a label, the help, the input, its issues), with the required mark in words. */
export function FieldTemplate(props: FieldTemplateProps): ReactElement {
  const { id, label, children, errors, help, description, hidden, required, displayLabel, registry, uiSchema } = props;
  const uiOptions = getUiOptions(uiSchema);
  const WrapIfAdditionalTemplate = getTemplate('WrapIfAdditionalTemplate', registry, uiOptions);
  if (hidden) return <div className="hidden">{children}</div>;
  const isCheckbox = uiOptions.widget === 'checkbox';
  return (
    <WrapIfAdditionalTemplate {...props}>
      {displayLabel && !isCheckbox && label && (
        <label className="control-label" htmlFor={id}>
          {label}
          {required && <RequiredMark quiet />}
          {/* Required once its optional section is filled in (section-required.tsx): the input is
              not `required` meanwhile, so this is what a screen reader hears of it. */}
          {typeof uiOptions[REQUIRED_WITH] === 'string' && <span className="required">{` (required if you fill in ${uiOptions[REQUIRED_WITH]})`}</span>}
        </label>
      )}
      {displayLabel && description ? description : null}
      {children}
      {errors}
      {help}
    </WrapIfAdditionalTemplate>
  );
}

/** A field's or a section's help: the description in a person's words, then what to type (plain.ts). */
export function FieldHelp(props: DescriptionFieldProps): ReactElement | null {
  const { id, description, schema, registry } = props;
  // A list's item of one value has no help of its own but what to type in it (schema.ts LIST_ITEM).
  const item = (schema as Json)[LIST_ITEM] === true;
  if (typeof description !== 'string' || (description === '' && !item)) return null;
  const text = plainHelp(description, schema as Json, registry.rootSchema as Json, pathOfId(id.replace(/__description$/, '')));
  if (text === '') return null;
  return (
    <div id={id} className="field-description">
      <Cited text={text} />
    </div>
  );
}
