// Each kind's zod schemas are built when that kind is first used, not when the registry is imported
// (src/kinds/kit/lazy.ts; issue 18: a render thread answering an `rfa` check builds rfa's schemas
// only). Building them later must not change what they are: the JSON Schema each kind serves and
// the part of the OpenAPI description made from it are pinned as golden files, taken from the
// schemas as they were built before (eagerly, at import).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../src/http/openapi.js';
import { getKind } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { expectGolden } from '../support/golden.js';

const SHIPPED = ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo'];
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('schemas built on first use', () => {
  it('the JSON Schema of each kind is the one pinned (tests/golden/<kind>/case.schema.json)', () => {
    for (const id of SHIPPED) expectGolden(`${id}/case.schema.json`, `${JSON.stringify(caseJsonSchema(getKind(id)), null, 2)}\n`);
  });

  it('the OpenAPI description carries each pinned JSON Schema as Case.<kind> (its $schema said once, for the document)', () => {
    const api = buildOpenApi(SHIPPED.map(getKind), '0.0.0-test', false) as { components: { schemas: Record<string, unknown> } };
    for (const id of SHIPPED) {
      const name = `Case.${id}`;
      const { $schema, ...pinned } = JSON.parse(readFileSync(`${root}tests/golden/${id}/case.schema.json`, 'utf8')) as Record<string, unknown>;
      expect($schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(api.components.schemas[name]).toEqual(pinned);
      // No definitions moved out of it ($defs): the case schema above is the whole of it.
      expect(Object.keys(api.components.schemas).filter((k) => k.startsWith(`${name}.`))).toEqual([]);
    }
  });
});
