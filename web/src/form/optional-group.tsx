// An optional group that asks for fields of its own (a payment's, an income's or a loss's "In
// another currency": amount, currency and rate required once it is begun; a loss's Basis; the RFA's
// Sponsor, Case manager, Attorney, Letter recipient and Supervisor; a T-visa's Translator,
// Interpreter and Opinion; a worksheet's Court and Payee), drawn as a button that adds it until the
// person opens it or the case gives it something. Each was drawn whole, its fields marked "(required
// if you fill in …)": a caseworker never paid in another currency met a group of required fields at
// every payment, and one with no sponsor met the Sponsor's (review, rounds r51 and r52). Once opened
// it is the library's group, with a button that takes it out of the case again (its values
// removed, the group closed, the focus back on Add). A group a draft fills, or one the check has an
// error or warning at, is drawn open, as nothing given or said is hidden. A section with no field required of its own (all optional) is drawn
// as before: nothing in it asks for more than the person chooses to give.
import { Cited } from './cited.js';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { FieldProps } from '@rjsf/utils';
import { useIssuesAt } from './field-state.js';
import { plainHelp } from './plain.js';
import type { FormContext } from './templates.js';
import { givesNothing, SUPERSEDED, type Json } from './schema.js';

/**
 * Whether the field at `path` is an optional group (its parent does not require it) with required
 * fields of its own. Not a list's item itself (the list's Add and Remove are its buttons), nor a
 * field the contract replaced (the memo's "Proposed sponsor (one)": not offered on a new form).
 */
export function isOptionalGroup(schema: Json, path: readonly (string | number)[], required: boolean): boolean {
  const last = path[path.length - 1];
  return (
    !required &&
    // A field the contract replaced is drawn by superseded.tsx, only when a draft holds it.
    schema[SUPERSEDED] !== true &&
    last !== undefined &&
    typeof last !== 'number' &&
    !/^\d+$/.test(last) &&
    schema.properties !== null &&
    typeof schema.properties === 'object' &&
    Array.isArray(schema.required) &&
    schema.required.length > 0
  );
}

/**
 * The paths (dot-joined) of the optional groups the person opened with Add on this page, for the
 * fields inside them: a field of a group just added, still empty, read "(required if you fill in
 * Sponsor)" where the person had just chosen to fill in the Sponsor (review, round r53); inside an
 * opened group its fields are "(required)", as its Remove takes it out again
 * (section-required.tsx). A group opened by a draft's values needs none: it is not empty.
 */
export const OpenedGroups = createContext<ReadonlySet<string>>(new Set());

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
  // A group the check has something to say about (a T-visa's Presence not given, warned) is drawn
  // open, its issues at it: a button alone hid them.
  const issues = useIssuesAt((props.registry.formContext as FormContext | undefined)?.issues, props.fieldPathId.path.join('.'));
  const shown = opened || !givesNothing(props.formData) || issues.errors.length > 0 || issues.warnings.length > 0;
  const outer = useContext(OpenedGroups);
  const path = props.fieldPathId.path.join('.');
  const inside = useMemo(() => (opened ? new Set([...outer, path]) : outer), [opened, outer, path]);
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
            <Cited text={help} />
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="optional-group">
      <OpenedGroups.Provider value={inside}>{field(props)}</OpenedGroups.Provider>
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
