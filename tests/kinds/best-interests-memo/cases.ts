// Test helpers of the best-interests memo's rule tests (compute.test.ts, schema.test.ts,
// alternatives.test.ts): fixtures read as plain objects to vary, and `checkCase` run the way the
// pipeline runs it.
import { readFileSync } from 'node:fs';
import { checkCase } from '../../../src/pipeline.js';

export const K = 'best-interests-memo';
export function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/${K}/${name}`, import.meta.url), 'utf8'));
}
/** The check of a case that must be valid: its computed values and warnings. */
export function ok(c: unknown) {
  const r = checkCase(K, c);
  if (!r.ok) throw new Error(`expected a valid case, got ${JSON.stringify(r.errors)}`);
  return r as { ok: true; computed: any; warnings: any[] };
}
/** The [path, code] of each error of a case that must be invalid. */
export function errors(c: unknown): Array<[string, string]> {
  const r = checkCase(K, c);
  if (r.ok) throw new Error('expected an invalid case');
  return r.errors.map((e) => [e.path, e.code]);
}
export const codes = (ws: any[]) => ws.map((w) => w.code);
