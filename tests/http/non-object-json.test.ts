// A case sent as valid JSON of another type than an object (`null`, `1`, `"x"`, `true`, `[]`):
// over HTTP, in the CLI and in a batch record it is the same mistake in the same words: the text
// is JSON, of the wrong type, named (src/validate.ts friendlyMessage, docs/http-errors.md). Until
// 2026-12-06 an HTTP body of `null`, `1`, `"x"` or `true` was answered 400 "is not valid JSON; send
// one JSON object", which is false, while `[]` was 422 and the CLI said "must not be empty (null)".
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { harbor } from '../support/cli.js';
import { harness, SECRET_GIVEN } from './helpers.js';

/** Each body, and the words for its type. */
const BODIES: Array<[string, string]> = [
  ['null', 'null (nothing)'],
  ['1', 'a number'],
  [' -2.5e3\n', 'a number'],
  [`"${SECRET_GIVEN}"`, 'a string (text)'],
  ['true', 'true (a yes-or-no value)'],
  ['false', 'false (a yes-or-no value)'],
  ['[]', 'an array (a list)'],
  ['[{"child":{}}]', 'an array (a list)'],
];

const dir = mkdtempSync(join(tmpdir(), 'harbor-non-object-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const issue = (type: string) => ({ path: '', code: 'invalid-type', message: `is valid JSON, but ${type}: the case must be one JSON object (a group of fields)` });

describe('a case of valid JSON that is not an object', () => {
  const { agent } = harness();

  it('over HTTP: 422 invalid-case naming the type, never "not valid JSON", on every kind and both routes', async () => {
    for (const kind of KINDS.map((k) => k.id)) {
      for (const [body, type] of BODIES) {
        for (const route of [`/v1/documents/${kind}/check`, `/v1/documents/${kind}?format=pdf`]) {
          const res = await agent.post(route).set('Content-Type', 'application/json').send(body);
          const where = `${route} ${JSON.stringify(body)}`;
          expect(res.status, where).toBe(422);
          expect(res.body.code, where).toBe('invalid-case');
          expect(res.body.errors, where).toEqual([issue(type)]);
          expect(res.text, where).not.toMatch(/not valid JSON/);
          expect(res.text, where).not.toContain(SECRET_GIVEN);
        }
      }
    }
  });

  it('in the CLI: the same issue, exit 1, from check (JSON) and render (stderr)', async () => {
    for (const [body, type] of BODIES) {
      const checked = await harbor(['check', 'rfa', '-'], { input: body });
      expect(checked.status, body).toBe(1);
      expect(JSON.parse(checked.stdout), body).toEqual({ ok: false, errors: [issue(type)] });
      const out = join(dir, 'never.pdf');
      const rendered = await harbor(['render', 'rfa', '-', '-o', out], { input: body });
      expect(rendered, body).toMatchObject({ status: 1, stdout: '' });
      // The last line; a list of cases is told first that it looks like a batch (src/cli/hints.ts).
      expect(rendered.stderr.split('\n').at(-2), body).toBe(`(case): ${issue(type).message} [invalid-type]`);
      expect(existsSync(out), body).toBe(false);
    }
  });

  it('JSON that does not parse is still 400 malformed-input, where V8 stopped when it says', async () => {
    // Text that ends before its JSON is complete (`nul`, `{"a":1`) says so, as the CLI does (tests/http/cut-short-json.test.ts).
    const cut = (n: number): string => `: it ends (after ${String(n)} characters) before the JSON is complete, as text cut short does`;
    for (const [body, at] of [['nul', cut(3)], ['x', ''], ['{"a":1', cut(6)], ['1 2', ' (at character 2)'], ['[1,]', '']] as const) {
      const res = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json').send(body);
      expect(res.status, body).toBe(400);
      expect(res.body.errors, body).toEqual([{ path: '', code: 'malformed-input', message: `not valid JSON${at}` }]);
    }
  });

  it('a nested field of the wrong JSON type names the type it is', async () => {
    const res = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json').send('{"child":[]}');
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual({ path: 'child', code: 'invalid-type', message: 'must be a group of fields (a JSON object), not an array (a list)' });
  });
});
