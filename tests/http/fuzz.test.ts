// Random and mutated case bodies against every kind's check and render endpoints, over a real
// listening server: wrong types, deep nesting, huge strings, odd Unicode, prototype keys, broken
// JSON; 1,280 requests in all (fast-check draws a new seed each run, so runs add up; `FUZZ_RUNS=5` for a
// deeper search by hand). The properties: never a 5xx, every 4xx a valid problem document, and the server (and
// Object.prototype) still fine afterwards.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { isProblem, listening, post } from './helpers.js';

const example = (kind: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/${kind}/full.json`, import.meta.url), 'utf8'));

/** Multiplier of the runs below, for a deeper search by hand (`FUZZ_RUNS=5 npx vitest run tests/http/fuzz.test.ts`). */
const SCALE = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1) || 1);
/** A failed run's seed, to replay it by hand (`FUZZ_SEED=500783322 npx vitest run tests/http/fuzz.test.ts -t 'rfa: render'`). */
const SEED = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

/** Strings a paralegal's copy-paste, a broken client or an attacker may send. */
const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }), // any code point, lone surrogates included
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\uFFFE', '\uFEFF', '\u202E', 'שלום', 'مرحبا', '{{child.givenName}}', '</p><page-break/>', '<script>', '😀👩‍👩‍👧', '2010-02-30', '9999-99-99', 'NaN', '-0'),
  fc.integer({ min: 10_000, max: 1_500_000 }).map((n) => 'x'.repeat(n)), // huge, past the 1 MB limit at times
  fc.integer({ min: 1, max: 3000 }).map((n) => 'Ω '.repeat(n)),
);

/** Any JSON value, prototype keys included among the keys. */
const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { maxDepth: 4 },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    oddString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 5 }),
  ),
})).value;

type Mutation = { path: number[]; op: 'set' | 'delete' | 'proto'; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  op: fc.constantFrom('set', 'set', 'delete', 'proto'),
  value: anyValue,
  key: fc.constantFrom(...PROTO_KEYS),
});

/**
 * Apply mutations to a copy of a valid case: walk by index into objects and arrays, then replace,
 * delete, or add a prototype key. Keys are set with defineProperty so "__proto__" is an own key and
 * JSON.stringify sends it as text, as an attacker would.
 */
function mutate(base: unknown, ms: Mutation[]): unknown {
  const root = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  for (const m of ms) {
    let parent: any = root;
    let key: string | number | undefined;
    for (const step of m.path) {
      const here = key === undefined ? parent : parent[key];
      if (here === null || typeof here !== 'object') break;
      const keys = Object.keys(here);
      if (keys.length === 0) break;
      if (key !== undefined) parent = here;
      key = Array.isArray(here) ? step % here.length : keys[step % keys.length]!;
    }
    if (key === undefined) continue;
    const target = m.op === 'proto' ? (typeof parent[key] === 'object' && parent[key] !== null ? parent[key] : parent) : parent;
    if (m.op === 'delete') delete parent[key];
    else Object.defineProperty(target, m.op === 'proto' ? m.key : key, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return root;
}

/** Bodies as text: mutated valid cases, random values, deep nesting, and broken JSON. */
function bodies(kind: string): fc.Arbitrary<string> {
  const valid = example(kind);
  return fc.oneof(
    { weight: 5, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => JSON.stringify(mutate(valid, ms))) },
    { weight: 2, arbitrary: anyValue.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 200_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 50_000 }).map((n) => '{"child":'.repeat(n) + '1' + '}'.repeat(n)) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.string({ maxLength: 5 })).map(([at, junk]) => { const t = JSON.stringify(valid); const i = at % t.length; return t.slice(0, i) + junk + t.slice(i + 1); }) },
    // Cut short: never JSON (its closing brace is missing), so 400s are sure to be met. A JSON
    // value of another type than an object is a case of the wrong type (422) since 2026-12-06,
    // and no longer gave this test its 400s.
    { weight: 2, arbitrary: fc.nat().map((at) => { const t = JSON.stringify(valid); return t.slice(0, 1 + (at % (t.length - 1))); }) },
  );
}

function expectSafe(kind: string, route: string, res: Response, json: any): void {
  const where = `${kind} ${route} → ${res.status}`;
  expect(res.status, where).toBeLessThan(500);
  expect(res.headers.get('cache-control'), where).toBe('no-store');
  if (res.status >= 400) expect(isProblem(res, json, res.status), `${where} ${JSON.stringify(json)?.slice(0, 300)}`).toBe(true);
  if (json?.errors) for (const e of json.errors) expect(Object.keys(e).sort(), where).toEqual(['code', 'message', 'path']);
}

describe('fuzzed bodies on every kind', () => {
  let s: Awaited<ReturnType<typeof listening>>;
  beforeAll(async () => (s = await listening()));
  afterAll(() => s.close());

  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: /check never 5xx, every 4xx a problem (${200 * SCALE} runs)`, async () => {
      await fc.assert(
        fc.asyncProperty(bodies(kind), async (body) => {
          const { res, json } = await post(`${s.url}/v1/documents/${kind}/check`, body);
          expectSafe(kind, 'check', res, json);
          if (res.status === 200) expect(json.ok).toBe(true);
        }),
        { numRuns: 200 * SCALE, ...SEED },
      );
    }, 240_000);

    it(`${kind}: render never 5xx, every 4xx a problem (${120 * SCALE} runs)`, async () => {
      const seen = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(bodies(kind), fc.constantFrom('pdf', 'docx'), async (body, format) => {
          const { res, json, bytes } = await post(`${s.url}/v1/documents/${kind}?format=${format}`, body);
          seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
          expectSafe(kind, `render ${format}`, res, json);
          if (res.status === 200) expect(bytes.subarray(0, 2).toString('latin1')).toBe(format === 'pdf' ? '%P' : 'PK');
        }),
        { numRuns: 120 * SCALE, ...SEED },
      );
      // Not vacuous: mutated cases get rendered, and broken ones refused.
      expect(seen.get(200) ?? 0, JSON.stringify([...seen])).toBeGreaterThan(0);
      expect(seen.get(422) ?? 0, JSON.stringify([...seen])).toBeGreaterThan(5);
      expect(seen.get(400) ?? 0, JSON.stringify([...seen])).toBeGreaterThan(5);
    }, 240_000);
  }

  it('afterwards: healthy, nothing polluted, valid cases still render', async () => {
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    for (const k of PROTO_KEYS) expect(Object.prototype.hasOwnProperty.call({}, k), k).toBe(false);
    expect(({} as any).polluted).toBeUndefined();
    expect(typeof ({} as any).toString).toBe('function');
    for (const kind of KINDS.map((k) => k.id)) expect((await post(`${s.url}/v1/documents/${kind}`, example(kind))).res.status, kind).toBe(200);
  });
});
