// Every field of the rfa case has a human label and a description in its JSON Schema (the web
// app builds its form from them): walk the schema the API serves and list any field without.
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';

type Json = Record<string, any>;

/** Resolve a local `$ref` ("#/$defs/x") against the root schema. */
function deref(root: Json, s: Json): Json {
  let cur = s;
  const seen = new Set<string>();
  while (typeof cur.$ref === 'string' && !seen.has(cur.$ref)) {
    seen.add(cur.$ref);
    const target = (cur.$ref as string).replace(/^#\//, '').split('/').reduce((o: any, k) => o?.[k], root);
    if (!target) throw new Error(`unresolved ${cur.$ref}`);
    // Annotations next to a $ref win over the target's.
    cur = { ...target, ...Object.fromEntries(Object.entries(cur).filter(([k]) => k !== '$ref')) };
  }
  return cur;
}

/** Every property of every object schema reachable from `s`, with its dotted path ("[]" for list items). */
function fields(root: Json, s: Json, path: string, out: Array<{ path: string; schema: Json }>, depth = 0): void {
  if (depth > 20) return;
  const d = deref(root, s);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const alt of (d[key] ?? []) as Json[]) fields(root, alt, path, out, depth + 1);
  if (d.items && typeof d.items === 'object') fields(root, d.items as Json, `${path}[]`, out, depth + 1);
  for (const [k, v] of Object.entries((d.properties ?? {}) as Record<string, Json>)) {
    const p = path ? `${path}.${k}` : k;
    out.push({ path: p, schema: deref(root, v) });
    fields(root, v, p, out, depth + 1);
  }
}

describe('rfa JSON Schema: titles and descriptions', () => {
  const root = caseJsonSchema(getKind('rfa'));
  const all: Array<{ path: string; schema: Json }> = [];
  fields(root, root, '', all);

  it('walks the whole case (sanity: the walk reaches nested fields)', () => {
    const ps = all.map((f) => f.path);
    for (const p of ['preparedAt', 'child.givenName', 'location.careProvider.address', 'concern.events[].description', 'parentsOrGuardians[].suspectedInTrafficking', 'letterRecipient.name', 'supervisor.name']) {
      expect(ps).toContain(p);
    }
  });

  it('every field has a non-empty title and description', () => {
    const missing = all
      .filter(({ schema }) => !(typeof schema.title === 'string' && schema.title.trim() && typeof schema.description === 'string' && schema.description.trim()))
      .map((f) => f.path);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('a field’s title is a label, not its key (e.g. child.aNumber → "A-number")', () => {
    const byPath = new Map(all.map((f) => [f.path, f.schema]));
    expect(byPath.get('child.aNumber')!.title).toBe('A-number');
    expect(byPath.get('concern.purposes')!.title).toBe('Purposes (the end)');
    expect(byPath.get('location.orrCaseNumber')!.title).toBe('ORR case number');
  });

  // A caseworker whose only indicator is forced criminality (the child carried drugs) must find
  // the type it belongs to where the form shows the two types (docs/domain/rfa.md, "Type, act, means, purpose").
  it('the type and the kind of work say that forced criminal activity is labor trafficking', () => {
    const byPath = new Map(all.map((f) => [f.path, f.schema]));
    expect(byPath.get('concern.types')!.description).toContain('forced criminal activity such as carrying drugs');
    expect(byPath.get('concern.industry')!.description).toContain('the crime the child was forced into');
  });
});
