// A field required only within an optional section that is still empty (a loss's "Basis": its
// units, unit, rate and years): the library marked it "(required)" and its input `required`, so a
// caseworker read four required fields in a section nobody has to fill in, and a screen reader
// heard "required" on each. While the section is empty the field is said to be "required if you
// fill in Basis" (help.tsx FieldTemplate) and its input is not `required`; once anything of the
// section is given, it is required as before. The service's check is unchanged: it is the rule.
import type { ReactElement } from 'react';
import { getDefaultRegistry } from '@rjsf/core';
import type { FieldProps } from '@rjsf/utils';
import { emptySectionOf, type Json } from './schema.js';
import type { FormContext } from './templates.js';

const LibrarySchemaField = getDefaultRegistry().fields.SchemaField!;

/** The uiSchema option naming the empty optional section a field is required in (help.tsx reads it). */
export const REQUIRED_WITH = 'requiredWith';

/** The library's SchemaField, told a field of an empty optional section is not required yet. */
export function SchemaField(props: FieldProps): ReactElement {
  const data = (props.registry.formContext as FormContext | undefined)?.formData;
  const section = props.required ? emptySectionOf(props.registry.rootSchema as Json, data, props.fieldPathId.path) : undefined;
  if (section === undefined) return <LibrarySchemaField {...props} />;
  const uiSchema = { ...props.uiSchema, 'ui:options': { ...(props.uiSchema?.['ui:options'] ?? {}), [REQUIRED_WITH]: section } };
  return <LibrarySchemaField {...props} required={false} uiSchema={uiSchema} />;
}
