// A field's description is read by the people filling the case: the web form shows it as the
// field's help, and API clients read it in the JSON Schema. It must not send them to a file of
// this repository ("docs/domain/restitution-worksheet-flsa.md, Exemptions" was the help of the
// worksheet's FLSA exemption on the web form): the authority it rests on is cited by its name
// (29 U.S.C. § 213(a)(6)), and the repository's docs are for the people who build Harbor.
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';

/** Every `description` in a JSON Schema, with its path. */
function descriptions(node: unknown, path: string, out: [string, string][]): [string, string][] {
  if (Array.isArray(node)) node.forEach((x, i) => descriptions(x, `${path}/${i}`, out));
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'description' && typeof v === 'string') out.push([path, v]);
      else descriptions(v, `${path}/${k}`, out);
    }
  }
  return out;
}

const REPOSITORY_PATH = /(?:^|[\s(;,])(?:docs|src|tests|templates|fixtures)\/|\.(?:md|ts|hbs)\b/;

describe('field descriptions', () => {
  it('name no file of the repository, in any kind', () => {
    let read = 0;
    for (const kind of KINDS) {
      for (const [path, text] of descriptions(caseJsonSchema(kind), kind.id, [])) {
        read++;
        expect(REPOSITORY_PATH.test(text), `${path}: ${text}`).toBe(false);
      }
    }
    expect(read).toBeGreaterThan(100);
  });
});
