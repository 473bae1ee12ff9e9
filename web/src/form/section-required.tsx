// A field required only within an optional section that is still empty (a loss's "Basis": its
// units, unit, rate and years): the library marked it "(required)" and its input `required`, so a
// caseworker read four required fields in a section nobody has to fill in, and a screen reader
// heard "required" on each. While the section is empty the field is said to be "required if you
// fill in Basis" (help.tsx FieldTemplate) and its input is not `required`; once anything of the
// section is given, or the person opens it with its Add (optional-group.tsx OpenedGroups), it is
// required as before. The service's check is unchanged: it is the rule.
import { createContext, useContext, type ReactElement } from 'react';
import { getDefaultRegistry } from '@rjsf/core';
import type { FieldProps } from '@rjsf/utils';
import { emptySectionOf, shownBesideItsSiblings, shownWithItsField, type Json } from './schema.js';
import { isOptionalGroup, OpenedGroups, OptionalGroup } from './optional-group.js';

const LibrarySchemaField = getDefaultRegistry().fields.SchemaField!;

/** The uiSchema option naming the empty optional section a field is required in (help.tsx reads it). */
export const REQUIRED_WITH = 'requiredWith';

/**
 * The case as the form holds it, for the fields that ask whether their section is still empty. A
 * React context, not the form's formContext: a new case in formContext at every key made the form
 * library redraw every field of the form (its fields are memoised on their props, the registry
 * that holds formContext among them), ~100-250 ms a key in a long case. A context's readers (this
 * wrapper alone) are drawn again, and the library's field only when its own props change.
 */
export const CaseData = createContext<unknown>(undefined);

/**
 * The library's SchemaField, told a field of an empty optional section is not required yet, and not
 * drawn for a group whose field is not in use (schema.ts shownWithItsField) nor for a field the
 * case refuses beside its siblings' values (shownBesideItsSiblings).
 */
export function SchemaField(props: FieldProps): ReactElement | null {
  const data = useContext(CaseData);
  const opened = useContext(OpenedGroups);
  // A group that belongs to a field beside it (`x-with`: the weekly wage's other currency) is drawn
  // only while that field holds a value, or the group does: it was drawn under every labor period.
  if (!shownWithItsField(props.schema as Json, data, props.fieldPathId.path)) return null;
  // A field the case refuses beside a sibling's value (`x-not-with`: a memo factor's Analysis in its
  // "Not applicable" form) is drawn only where the case takes it.
  if (!shownBesideItsSiblings(props.schema as Json, data, props.fieldPathId.path)) return null;
  // An optional group (a payment's other currency, the RFA's Sponsor): a button until it is opened.
  if (isOptionalGroup(props.schema as Json, props.fieldPathId.path, props.required === true)) return <OptionalGroup props={props} field={(p) => <LibrarySchemaField {...p} />} />;
  const section = props.required ? emptySectionOf(props.registry.rootSchema as Json, data, props.fieldPathId.path) : undefined;
  // A section the person opened with its Add is one they chose to fill in: its fields are required.
  if (section === undefined || opened.has(props.fieldPathId.path.slice(0, -1).join('.'))) return <LibrarySchemaField {...props} />;
  const uiSchema = { ...props.uiSchema, 'ui:options': { ...(props.uiSchema?.['ui:options'] ?? {}), [REQUIRED_WITH]: section } };
  return <LibrarySchemaField {...props} required={false} uiSchema={uiSchema} />;
}
