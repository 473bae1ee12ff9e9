// A section's fields that the chosen document does not print (not-printed.ts), gathered at the
// place of the first in one collapsed group: a native <details>, whose <summary> a screen reader
// reads as a collapsed button saying what the group holds and why ("Not printed in a personal
// statement: 8 fields of another declarant's role, 2 holding text. Kept if the role changes").
// The fields stay drawn inside it (the form keeps their text), so a role changed back shows them
// as they were; a problem's button opens the group to reach its field (problems.tsx goTo).
import { createContext, useContext, type ReactElement } from 'react';
import { getDefaultRegistry } from '@rjsf/core';
import { descriptionId, type ObjectFieldTemplateProps } from '@rjsf/utils';
import { holdsSomething } from './not-printed.js';
import { CaseData } from './section-required.js';
import { itemLabel, labelOf, type Json } from './schema.js';
import { Disclosure } from './disclosure.js';

/** The chosen document's fields not printed: its name and the dot paths (not-printed.ts notPrintedIn). */
export interface NotPrintedHere {
  document: string;
  paths: ReadonlySet<string>;
}

/** Set by the page for the case's chosen role; undefined when every field is printed. */
export const NotPrintedContext = createContext<NotPrintedHere | undefined>(undefined);

const CoreObjectFieldTemplate = getDefaultRegistry().templates.ObjectFieldTemplate;

const valueAt = (data: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, seg) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined), data);

/** The id of the page's title (form.html's h1, the kind's title), which names a form whose schema has no title. */
export const PAGE_TITLE_ID = 'kind-title';

/**
 * The library's section, its fields not printed for the chosen document gathered in one collapsed
 * group. The form's own fieldset (the case, at the root) is named by its schema's title as a
 * legend, as every section is; a kind whose schema has none (the worksheet, the T-visa) has it
 * named by the page's title, where the library drew a group with no name, the one group a screen
 * reader announced as nothing around the whole form (review, round r57; WCAG 1.3.1, 4.1.2).
 */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps): ReactElement {
  const here = useContext(NotPrintedContext);
  const properties = withNotPrintedGroup(props, here);
  if (props.fieldPathId.path.length === 0 && !props.title) return <UntitledForm {...props} properties={properties} />;
  // A list's item of fields headed as the list of problems and a screen reader name it ("Contact 3:
  // Rosa Ajú Tzoc", schema.ts itemLabel): eight contacts on a phone were each headed "Contact", and
  // a warning's entry "Contact 3: Rosa Ajú Tzoc › Date" led to one of them (review, round r60).
  const last = props.fieldPathId.path[props.fieldPathId.path.length - 1];
  const title = typeof last === 'number' && props.title ? itemLabel(props.schema as Json, last, props.formData ?? null) : props.title;
  return <CoreObjectFieldTemplate {...props} title={title} properties={properties} />;
}

/** The section's fields, those the chosen document does not print gathered in one group at the place of the first. */
function withNotPrintedGroup(props: ObjectFieldTemplateProps, here: NotPrintedHere | undefined): ObjectFieldTemplateProps['properties'] {
  const base = props.fieldPathId.path.join('.');
  const pathOf = (name: string): string => (base === '' ? name : `${base}.${name}`);
  const off = here ? props.properties.filter((p) => !p.hidden && here.paths.has(pathOf(p.name))) : [];
  if (!here || off.length === 0) return props.properties;
  const first = props.properties.indexOf(off[0]!);
  const group = {
    name: '__not-printed',
    hidden: false,
    content: <NotPrintedGroup key="__not-printed" id={`${props.fieldPathId.$id}__not-printed`} document={here.document} paths={off.map((p) => pathOf(p.name))} root={props.registry.rootSchema as Json}>{off.map((p) => p.content)}</NotPrintedGroup>,
  };
  const rest = props.properties.filter((p) => !off.includes(p));
  const at = rest.filter((p) => props.properties.indexOf(p) < first).length;
  return [...rest.slice(0, at), group, ...rest.slice(at)];
}

/**
 * The form's fieldset when its schema has no title: the library's own (an object without
 * additional properties: no Add), named by the page's title rather than by a second heading that
 * says it again under it.
 */
function UntitledForm(props: ObjectFieldTemplateProps): ReactElement {
  const Description = props.registry.templates.DescriptionFieldTemplate;
  return (
    <fieldset className={props.className} id={props.fieldPathId.$id} aria-labelledby={PAGE_TITLE_ID}>
      {props.description && <Description id={descriptionId(props.fieldPathId)} description={props.description} schema={props.schema} uiSchema={props.uiSchema} registry={props.registry} />}
      {props.properties.map((p) => p.content)}
    </fieldset>
  );
}

function NotPrintedGroup(props: { id: string; document: string; paths: string[]; root: Json; children: ReactElement[] }): ReactElement {
  const data = useContext(CaseData);
  const holding = props.paths.filter((p) => holdsSomething(valueAt(data, p)));
  const n = props.paths.length;
  const names = props.paths.map((p) => labelOf(props.root, p).split(' › ').pop()!);
  const what = n === 1 ? names[0] : `${n} fields`;
  const held = holding.length === 0 ? '' : n === 1 ? ', which holds text' : `, ${holding.length === n ? 'all' : holding.length} holding text`;
  return (
    <Disclosure
      id={props.id}
      className="not-printed"
      summary={
        <>
          Not printed in {props.document}: {what}
          {held}. Kept if the role changes.
        </>
      }
    >
      <p className="field-description">
        {props.document.replace(/^a /, 'A ')} does not print {names.join(', ')}. What is typed here stays in the case and the draft.
      </p>
      {props.children}
    </Disclosure>
  );
}
