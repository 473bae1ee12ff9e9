// The fourth practitioner review of the restitution worksheet (cases earlier rounds did not try:
// two establishments in one workweek, a federal, a state and a custom rate in one week, hours with
// four decimals, zero-hour weeks, a victim who came of age, long lists and amounts near a million,
// every optional field empty). Each test holds one finding to its fix.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';

const K = 'restitution-worksheet';
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Every `description` in a JSON Schema, with its path. */
function descriptions(node: unknown, path = '$'): { path: string; text: string }[] {
  if (node === null || typeof node !== 'object') return [];
  const out: { path: string; text: string }[] = [];
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === 'description' && typeof v === 'string') out.push({ path, text: v });
    else out.push(...descriptions(v, `${path}.${k}`));
  }
  return out;
}

describe('the JSON Schema’s descriptions (the web app’s help text)', () => {
  it('name the file of the rules they refer to, and that file exists: never “the domain file”', () => {
    const all = descriptions(caseJsonSchema(getKind(K)));
    expect(all.length).toBeGreaterThan(50);
    // The § 213(a)(6) refusal moved to its own file (1ccaa0a); "see the domain file" named none.
    expect(all.filter((d) => /domain file/i.test(d.text))).toEqual([]);
    const cited = all.flatMap((d) => [...d.text.matchAll(/docs\/[\w/.-]+\.md/g)].map((m) => m[0]));
    expect(cited).toContain('docs/domain/restitution-worksheet-flsa.md');
    for (const file of cited) expect(existsSync(`${root}${file}`), file).toBe(true);
  });
});
