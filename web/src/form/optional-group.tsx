// An optional group of a list's item that asks for fields of its own (a payment's, an income's or a
// loss's "In another currency": amount, currency and rate required once it is begun; a loss's
// Basis), drawn as a button that adds it until the person opens it or the case gives it something.
// Each was drawn whole under every item, five fields marked "(required if you fill in …)": a
// caseworker never paid in another currency met a group of required fields at every payment. Once
// opened it is the library's group, with a button that takes it out of the case again (its values
// removed, the group closed). A group a draft fills is drawn open, as nothing given is hidden.
// Only the groups of a list's item: a section of the case (the RFA's Sponsor, a T-visa's
// Translator) is the form's own outline, drawn always, its fields "required if you fill in" it.
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { FieldProps } from '@rjsf/utils';
import { plainHelp } from './plain.js';
import { givesNothing, type Json } from './schema.js';

/** Whether the field at `path` is an optional group of a list's item with required fields of its own. */
export function isOptionalItemGroup(schema: Json, path: readonly (string | number)[], required: boolean): boolean {
  return (
    !required &&
    schema.properties !== null &&
    typeof schema.properties === 'object' &&
    Array.isArray(schema.required) &&
    schema.required.length > 0 &&
    path.slice(0, -1).some((seg) => typeof seg === 'number' || /^\d+$/.test(seg))
  );
}

/** The text of a group's Add and Remove buttons: the group's title in quotes. */
const named = (schema: Json): string => `“${typeof schema.title === 'string' ? schema.title : 'Details'}”`;

/** The first box of the group drawn at `id`, for the focus. */
const firstBox = (id: string): HTMLElement | null => document.getElementById(id)?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea') ?? null;

export function OptionalGroup({ props, field }: { props: FieldProps; field: (props: FieldProps) => ReactElement }): ReactElement {
  const schema = props.schema as Json;
  const id = props.fieldPathId.$id;
  const [opened, setOpened] = useState(false);
  // Where the focus goes once the page has drawn what a press changed: the group's first box after
  // Add, the Add button after Remove (the button pressed is gone in both).
  const focusNext = useRef<'group' | 'add' | undefined>(undefined);
  const shown = opened || !givesNothing(props.formData);
  useEffect(() => {
    const next = focusNext.current;
    focusNext.current = undefined;
    if (next === 'group') firstBox(id)?.focus();
    if (next === 'add') document.getElementById(`${id}__add`)?.focus();
  }, [shown, id]);
  if (!shown) {
    const help = typeof schema.description === 'string' ? plainHelp(schema.description, schema, props.registry.rootSchema as Json, props.fieldPathId.path.join('.')) : '';
    return (
      <div className="optional-group">
        <button
          type="button"
          id={`${id}__add`}
          className="small add-group"
          aria-describedby={help ? `${id}__add-help` : undefined}
          disabled={props.disabled || props.readonly}
          onClick={() => {
            focusNext.current = 'group';
            setOpened(true);
          }}
        >
          Add {named(schema)}
        </button>
        {help && (
          <p id={`${id}__add-help`} className="field-description">
            {help}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="optional-group">
      {field(props)}
      {!props.disabled && !props.readonly && (
        <button
          type="button"
          className="small remove"
          onClick={() => {
            focusNext.current = 'add';
            setOpened(false);
            props.onChange(undefined, props.fieldPathId.path);
          }}
        >
          Remove {named(schema)}
        </button>
      )}
    </div>
  );
}
