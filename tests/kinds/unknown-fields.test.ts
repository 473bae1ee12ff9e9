// Unknown fields are refused (docs/fields.md, "Unknown fields"): in every kind, at every level, a
// field Harbor does not know is an `unrecognized-keys` error at its own path, offering the field
// it is closest to; the JSON Schema says so (`additionalProperties: false`). The one field every
// case may carry besides its kind's is `id`, a batch record's reference, never part of the case.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/check.js';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { KINDS, getKind } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { fingerprint, validateCase } from '../../src/pipeline.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every object of a case with its path, the case itself first. */
function objectsOf(v: unknown, path: string[] = [], out: Array<{ path: string[]; value: Json }> = []): Array<{ path: string[]; value: Json }> {
  if (isObject(v)) {
    out.push({ path, value: v });
    for (const [k, x] of Object.entries(v)) objectsOf(x, [...path, k], out);
  } else if (Array.isArray(v)) v.forEach((x, i) => objectsOf(x, [...path, String(i)], out));
  return out;
}

/** The object at `path` of `c`. */
const at = (c: unknown, path: string[]): Json => path.reduce<Json>((o, k) => o[k] as Json, c as Json);

/** Every node of a JSON Schema that describes an object, with where it is. */
function schemaObjects(s: unknown, where = '#', out: Array<{ where: string; node: Json }> = []): Array<{ where: string; node: Json }> {
  if (Array.isArray(s)) s.forEach((x, i) => schemaObjects(x, `${where}/${i}`, out));
  else if (isObject(s)) {
    if (s.type === 'object' || 'properties' in s) out.push({ where, node: s });
    for (const [k, x] of Object.entries(s)) schemaObjects(x, `${where}/${k}`, out);
  }
  return out;
}

describe('unknown fields', () => {
  it('every object of every kind’s JSON Schema refuses other fields, and the case itself declares `id`', () => {
    for (const k of KINDS) {
      const schema = caseJsonSchema(k);
      const objects = schemaObjects(schema);
      expect(objects.length, k.id).toBeGreaterThan(5);
      for (const { where, node } of objects) expect(node.additionalProperties, `${k.id} ${where}`).toBe(false);
      expect(Object.keys(schema.properties as Json), k.id).toContain('id');
    }
  });

  it.each(KINDS.map((k) => k.id))('%s: a field written with another case, anywhere in the full case, is refused at its path, naming the field meant', (id) => {
    const full = exampleCase(id);
    const objects = objectsOf(full);
    expect(objects.length).toBeGreaterThan(5);
    for (const { path, value } of objects) {
      const known = Object.keys(value)[0]!;
      const typo = known.charAt(0) === known.charAt(0).toUpperCase() ? known.toLowerCase() : known.charAt(0).toUpperCase() + known.slice(1);
      const c = structuredClone(full) as Json;
      const o = at(c, path);
      o[typo] = o[known];
      delete o[known];
      const r = checkCase(id, c);
      const where = [...path, typo].join('.');
      expect(r.ok, where).toBe(false);
      if (r.ok) continue;
      expect(r.errors, where).toContainEqual({
        path: where,
        code: 'unrecognized-keys',
        message: `is not a field Harbor knows here, so its value would be lost; did you mean ${known}?`,
      });
    }
  });

  it('rfa: a misspelled optional field is an error, not a case without it (the A-number that would "follow later")', () => {
    const full = exampleCase('rfa') as Json & { child: Json };
    const c = structuredClone(full) as typeof full;
    c.child.aNumbr = c.child.aNumber;
    delete c.child.aNumber;
    c.extra = 'x';
    expect(checkCase('rfa', c)).toEqual({
      ok: false,
      errors: [
        { path: 'child.aNumbr', code: 'unrecognized-keys', message: 'is not a field Harbor knows here, so its value would be lost; did you mean aNumber?' },
        {
          path: 'extra',
          code: 'unrecognized-keys',
          message: 'is not a field Harbor knows here, so its value would be lost; remove it, or correct its name (the kind\'s JSON Schema lists every field)',
        },
      ],
    });
  });

  it('a removed field is never offered: not the worksheet’s amountCents, not the declaration’s parentSigner', () => {
    const c = structuredClone(exampleCase('restitution-worksheet')) as Json & { losses: Json[] };
    c.losses[0]!.amountCent = 100;
    const r = checkCase('restitution-worksheet', c);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContainEqual(expect.objectContaining({ path: 'losses.0.amountCent', code: 'unrecognized-keys' }));
    expect(JSON.stringify(r.errors)).not.toContain('amountCents?');
    const t = structuredClone(exampleCase('t-visa-declaration')) as Json & { signing: Json };
    t.signing.parentSigne = 'x';
    expect(checkCase('t-visa-declaration', t)).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'signing.parentSigne', message: expect.not.stringContaining('did you mean') })] });
  });

  it('`id` is taken by every kind and is not part of the case: same fingerprint with or without it, whatever it holds', () => {
    for (const k of KINDS) {
      const full = exampleCase(k.id) as Json;
      const bare = fingerprint(getKind(k.id), validateCase(k.id, full).data);
      for (const id of ['case-7', 12, 'Not a token: a name', null, '']) {
        const v = validateCase(k.id, { ...full, id });
        expect((v.data as Json).id, `${k.id} ${String(id)}`).toBeUndefined();
        expect(fingerprint(getKind(k.id), v.data), `${k.id} ${String(id)}`).toBe(bare);
      }
      expect(checkCase(k.id, { ...full, id: { a: 1 } })).toMatchObject({ ok: false, errors: [expect.objectContaining({ path: 'id', code: 'invalid-type' })] });
    }
  });
});
