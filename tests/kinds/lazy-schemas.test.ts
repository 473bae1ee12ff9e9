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
import { childBound } from '../support/until.js';

const SHIPPED = ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo'];
const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * In a fresh process (this one's module graph is shared with other test files, which build every
 * kind): what has been built after importing the registry, after checking an `rfa` case (twice),
 * after loading what a render thread loads behind its first check (the pipeline: templates,
 * markup, renderers), and after reading every kind's schema.
 */
const FRESH = `
import { readFileSync } from 'node:fs';
const { KINDS } = await import('./src/kinds/index.ts');
const { schemaBuilds } = await import('./src/kinds/kit/lazy.ts');
const { checkCase } = await import('./src/check.ts');
const steps = { imported: schemaBuilds() };
const rfa = JSON.parse(readFileSync('fixtures/rfa/full.json', 'utf8'));
steps.firstCheck = checkCase('rfa', rfa).ok;
steps.checked = schemaBuilds();
steps.secondCheck = checkCase('rfa', rfa).ok;
steps.checkedTwice = schemaBuilds();
await import('./src/pipeline.ts');
steps.pipelineLoaded = schemaBuilds();
for (const k of KINDS) k.schema;
steps.all = schemaBuilds();
steps.ids = KINDS.map((k) => k.id);
process.stdout.write(JSON.stringify(steps));
`;

describe('schemas built on first use', () => {
  it('loading the registry builds no kind’s schemas; checking an rfa case builds rfa’s, once, and no other kind’s', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', FRESH], { cwd: root, encoding: 'utf8', ...childBound() });
    const steps = JSON.parse(out) as Record<string, unknown>;
    expect(steps.imported).toEqual({});
    expect(steps.firstCheck).toBe(true);
    expect(steps.checked).toEqual({ rfa: 1 });
    expect(steps.secondCheck).toBe(true);
    expect(steps.checkedTwice).toEqual({ rfa: 1 });
    expect(steps.pipelineLoaded).toEqual({ rfa: 1 });
    // Every kind of the registry builds its schemas through lazySchemas, under its id, once.
    expect(steps.ids).toEqual(SHIPPED);
    expect(steps.all).toEqual(Object.fromEntries(SHIPPED.map((id) => [id, 1])));
  });

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
