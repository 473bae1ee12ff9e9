// Every choice of every kind says each of its codes in plain words (`x-enum-labels` beside `enum`
// in the published JSON Schema, src/kinds/kit/choice.ts): the web form shows these labels, so a
// code added to a choice without a label would reach a caseworker as a bare code ("orr",
// "agriculture-213b12"). The annotation adds words only: the codes are still what is accepted.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkCase } from '../../src/check.js';
import { choice, ENUM_LABELS_KEY } from '../../src/kinds/kit/index.js';
import { KINDS, getKind } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every node of a JSON Schema that has `enum`, with its JSON pointer. */
function enums(schema: unknown, path = ''): { path: string; node: Json }[] {
  if (Array.isArray(schema)) return schema.flatMap((s, i) => enums(s, `${path}/${i}`));
  if (!isObj(schema)) return [];
  const here = Array.isArray(schema.enum) ? [{ path, node: schema }] : [];
  return [...here, ...Object.entries(schema).flatMap(([k, v]) => (k === 'enum' || k === ENUM_LABELS_KEY ? [] : enums(v, `${path}/${k}`)))];
}

describe('enum labels', () => {
  it.each(KINDS.map((k) => k.id))('%s: every enum labels each of its values, and only those', (id) => {
    const found = enums(caseJsonSchema(getKind(id)));
    expect(found.length).toBeGreaterThan(0);
    for (const { path, node } of found) {
      const labels = node[ENUM_LABELS_KEY];
      expect(isObj(labels), `${id} ${path}: no ${ENUM_LABELS_KEY}`).toBe(true);
      const values = (node.enum as unknown[]).map(String);
      expect(Object.keys(labels as Json).sort(), `${id} ${path}`).toEqual([...values].sort());
      for (const v of values) {
        const label = (labels as Json)[v];
        expect(typeof label === 'string' && label.trim().length > 0, `${id} ${path}: ${v}`).toBe(true);
        // A label says the code in words: not the code itself.
        expect(label, `${id} ${path}: ${v}`).not.toBe(v);
      }
    }
  });

  it('the four shipped kinds publish every choice they make (about 35 enums)', () => {
    const count = ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo'].reduce((n, id) => n + enums(caseJsonSchema(getKind(id))).length, 0);
    expect(count).toBeGreaterThanOrEqual(33);
  });

  it('choice() publishes the labels and still accepts the codes only, telling a wrong value the labels and the codes', () => {
    const s = choice(['orr', 'other'], { orr: 'Office of Refugee Resettlement (ORR)', other: 'Other' });
    expect(z.toJSONSchema(s)).toMatchObject({ enum: ['orr', 'other'], [ENUM_LABELS_KEY]: { orr: 'Office of Refugee Resettlement (ORR)', other: 'Other' } });
    expect(s.parse('orr')).toBe('orr');
    const wrong = s.safeParse('Office of Refugee Resettlement (ORR)');
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toBe('must be one of: “Office of Refugee Resettlement (ORR)” or “Other” (codes: orr, other)');
  });

  it('a case holds the code, never the label: the label is refused as a value', () => {
    const res = checkCase('rfa', { child: { sex: 'Female' } });
    const sex = res.ok ? [] : res.errors.filter((i) => i.path === 'child.sex');
    expect(sex.map((i) => i.code)).toEqual(['invalid-value']);
  });
});
