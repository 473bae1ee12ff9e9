// A section's fields that the chosen document does not print (not-printed.ts), gathered at the
// place of the first in one collapsed group: a native <details>, whose <summary> a screen reader
// reads as a collapsed button saying what the group holds and why ("Not printed in a personal
// statement: 8 fields of another declarant's role, 2 holding text. Kept if the role changes").
// The fields stay drawn inside it (the form keeps their text), so a role changed back shows them
// as they were; a problem's button opens the group to reach its field (problems.tsx goTo).
import { createContext, useContext, type ReactElement } from 'react';
import { getDefaultRegistry } from '@rjsf/core';
import type { ObjectFieldTemplateProps } from '@rjsf/utils';
import { holdsSomething } from './not-printed.js';
import { CaseData } from './section-required.js';
import { labelOf, type Json } from './schema.js';
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

/** The library's section, its fields not printed for the chosen document gathered in one collapsed group. */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps): ReactElement {
  const here = useContext(NotPrintedContext);
  const base = props.fieldPathId.path.join('.');
  const pathOf = (name: string): string => (base === '' ? name : `${base}.${name}`);
  const off = here ? props.properties.filter((p) => !p.hidden && here.paths.has(pathOf(p.name))) : [];
  if (!here || off.length === 0) return <CoreObjectFieldTemplate {...props} />;
  const first = props.properties.indexOf(off[0]!);
  const group = {
    name: '__not-printed',
    hidden: false,
    content: <NotPrintedGroup key="__not-printed" id={`${props.fieldPathId.$id}__not-printed`} document={here.document} paths={off.map((p) => pathOf(p.name))} root={props.registry.rootSchema as Json}>{off.map((p) => p.content)}</NotPrintedGroup>,
  };
  const rest = props.properties.filter((p) => !off.includes(p));
  const at = rest.filter((p) => props.properties.indexOf(p) < first).length;
  return <CoreObjectFieldTemplate {...props} properties={[...rest.slice(0, at), group, ...rest.slice(at)]} />;
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
