// A field the contract replaced but the service still reads (schema.ts: `x-superseded`, e.g. the
// memo's `proposedSponsor`, read as the first of `proposedSponsors`). On a new form it is not
// offered: beside its replacement it read as a second place for the same facts ("Proposed sponsor
// (one)" above "Proposed sponsors"). A draft that holds a value of it shows it where it stood, as
// the input the schema gives, so nothing the draft says is hidden from the person; emptied, it goes.
import type { ReactElement } from 'react';
import type { FieldProps } from '@rjsf/utils';

export function SupersededField(props: FieldProps): ReactElement | null {
  if (props.formData === undefined) return null;
  const { fields } = props.registry;
  // The field the library would have drawn for this schema, without the hint that drew this one.
  const { 'ui:field': _self, ...uiSchema } = props.uiSchema ?? {};
  const type = props.schema.type;
  const Field =
    type === 'object' ? fields.ObjectField
    : type === 'array' ? fields.ArrayField
    : type === 'boolean' ? fields.BooleanField
    : type === 'number' || type === 'integer' ? fields.NumberField
    : fields.StringField;
  return Field ? <Field {...props} uiSchema={uiSchema} /> : null;
}
