// Shared set-up of the rfa rule tests: the minimal fixture with one change per test, run through
// checkCase (schema + compute), as `harbor check` runs them.
import { readFileSync } from 'node:fs';
import { checkCase } from '../../../src/pipeline.js';

export type Json = Record<string, any>;

export const fixture = (name: string): Json => JSON.parse(readFileSync(new URL(`../../../fixtures/rfa/${name}.json`, import.meta.url), 'utf8'));

const MINIMAL = fixture('minimal');

/** The minimal case with a means and a purpose (no labor warnings unless a test wants them), then `edit`. */
export function withCase(edit: (c: Json) => void): Json {
  const c = structuredClone(MINIMAL);
  c.concern.means = ['coercion'];
  c.concern.purposes = ['involuntary-servitude'];
  edit(c);
  return c;
}

export interface Ok {
  ok: true;
  computed: any;
  warnings: Array<{ path: string; code: string; message: string }>;
}

export function ok(c: Json): Ok {
  const r = checkCase('rfa', c);
  if (!r.ok) throw new Error(`expected a valid case, got ${JSON.stringify(r.errors)}`);
  return r as unknown as Ok;
}

/** The errors of an invalid case as "path code". */
export function errors(c: Json): string[] {
  const r = checkCase('rfa', c);
  if (r.ok) throw new Error('expected an invalid case');
  return r.errors.map((e) => `${e.path} ${e.code}`);
}

export const codes = (r: { warnings: Array<{ code: string }> }): string[] => r.warnings.map((w) => w.code);
