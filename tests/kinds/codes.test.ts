// Issue 12 point 2: every kind declares its issue codes as a closed list. Each declared code is
// documented (the kind's own in docs/domain/<id>.md, the common ones in docs/fields.md), no fixture
// of any kind produces a code its kind did not declare, and a rule that emits an undeclared code
// does not compile.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KINDS } from '../../src/kinds/index.js';
import { defineKind, kindCodes } from '../../src/kinds/kind.js';
import { COMMON_CODES, defineCodes } from '../../src/kinds/kit/index.js';
import { checkCase } from '../../src/pipeline.js';

const doc = (file: string): string => readFileSync(file, 'utf8');

describe('codes are documented', () => {
  it('the common codes, in docs/fields.md', () => {
    const text = doc('docs/fields.md');
    for (const code of Object.keys(COMMON_CODES)) expect(text, code).toContain(`\`${code}\``);
  });

  it.each(KINDS.map((k) => [k.id, k] as const))('%s: each of its own codes, in docs/domain/<id>.md', (id, kind) => {
    const text = doc(`docs/domain/${id}.md`);
    expect(Object.keys(kind.codes).length).toBeGreaterThan(0);
    for (const code of Object.keys(kind.codes)) expect(text, code).toContain(`\`${code}\``);
  });

  it('a kind declares none of the common codes again (one table each)', () => {
    for (const k of KINDS) for (const code of Object.keys(k.codes)) expect(Object.keys(COMMON_CODES), `${k.id}: ${code}`).not.toContain(code);
  });
});

describe('no fixture produces an undeclared code', () => {
  for (const kind of KINDS) {
    const dir = `fixtures/${kind.id}`;
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
    it(`${kind.id}: ${files.length} fixtures`, () => {
      expect(files.length).toBeGreaterThan(0);
      const declared = kindCodes(kind);
      const seen = new Set<string>();
      for (const f of files) {
        const r = checkCase(kind.id, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
        const issues = r.ok ? r.warnings : r.errors;
        for (const i of issues) {
          expect(declared, `${f}: ${i.path} ${i.code}`).toHaveProperty([i.code]);
          seen.add(i.code);
        }
        // invalid-* fixtures are invalid, the others valid (the naming convention of fixtures/).
        expect(r.ok, f).toBe(!f.startsWith('invalid-'));
      }
      expect(seen.size).toBeGreaterThan(0);
    });
  }
});

describe('codes are closed at compile time', () => {
  it('defineKind refuses a compute that emits a code not in the table (checked by tsc)', () => {
    const codes = defineCodes({ 'known-code': { level: 'warning', rule: 'a test rule' } });
    const base = {
      id: 'closed-codes',
      title: 't',
      description: 'd',
      version: '0.0.0',
      schema: z.object({}),
      codes,
      view: () => ({}),
      template: () => 't',
      documentDate: () => '2026-01-01',
    };
    const ok = defineKind({ ...base, compute: () => ({ computed: {}, errors: [], warnings: [{ path: '', code: 'known-code', message: 'm' }] }) });
    const bad = defineKind({
      ...base,
      // @ts-expect-error 'unknown-code' is not in the kind's table: this must not compile.
      compute: () => ({ computed: {}, errors: [{ path: '', code: 'unknown-code', message: 'm' }], warnings: [] }),
    });
    expect(Object.keys(ok.codes)).toEqual(['known-code']);
    expect(bad.id).toBe('closed-codes');
  });
});
