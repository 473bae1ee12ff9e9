// The documentation checks of every kind in the registry (the test-only fifth kind of
// tests/support/kinds.ts too; issue 12 points 2 and 3): every kind declares its issue codes as a
// closed list; each declared code is documented (the kind's own in its domain document,
// docs/domain/<id>.md by convention, the common ones in docs/fields.md); no fixture of any kind
// produces a code its kind did not declare; a rule that emits an undeclared code does not compile;
// the README's table of documents is the registry's.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fixtureNames, kindFiles, readFixture } from '../../src/kinds/files.js';
import { KINDS } from '../../src/kinds/index.js';
import { TEST_KIND_IDS } from '../support/kinds.js';
import { defineKind, kindCodes } from '../../src/kinds/kind.js';
import { COMMON_CODES, defineCodes } from '../../src/kinds/kit/index.js';
import { checkCase } from '../../src/pipeline.js';

const doc = (file: string): string => readFileSync(file, 'utf8');

describe('codes are documented', () => {
  it('the common codes, in docs/fields.md', () => {
    const text = doc('docs/fields.md');
    for (const code of Object.keys(COMMON_CODES)) expect(text, code).toContain(`\`${code}\``);
  });

  it('the registry here holds the shipped kinds and the test-only fifth kind', () => {
    expect(KINDS.map((k) => k.id)).toEqual(expect.arrayContaining(['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo', ...TEST_KIND_IDS]));
  });

  it.each(KINDS.map((k) => [k.id, k] as const))('%s: each of its own codes, in docs/domain/<id>.md', (_, kind) => {
    const text = doc(kindFiles(kind).domainDoc);
    expect(Object.keys(kind.codes).length).toBeGreaterThan(0);
    for (const code of Object.keys(kind.codes)) expect(text, code).toContain(`\`${code}\``);
  });

  it('a kind declares none of the common codes again (one table each)', () => {
    for (const k of KINDS) for (const code of Object.keys(k.codes)) expect(Object.keys(COMMON_CODES), `${k.id}: ${code}`).not.toContain(code);
  });
});

describe('no fixture produces an undeclared code', () => {
  for (const kind of KINDS) {
    const files = fixtureNames(kind);
    it(`${kind.id}: ${files.length} fixtures`, () => {
      expect(files.length).toBeGreaterThan(0);
      const declared = kindCodes(kind);
      const seen = new Set<string>();
      for (const f of files) {
        const r = checkCase(kind.id, readFixture(kind, f));
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

describe('every kind has its files where the convention says', () => {
  it.each(KINDS.map((k) => [k.id, k] as const))('%s: template, minimal/full/hostile fixtures, domain document', (id, kind) => {
    const f = kindFiles(kind);
    expect(existsSync(`${f.templatesDir}/${id}.hbs`), 'template').toBe(true);
    for (const name of ['minimal.json', 'full.json', 'hostile.json']) expect(fixtureNames(kind), name).toContain(name);
    expect(fixtureNames(kind).some((n) => n.startsWith('invalid-')), 'an invalid-* fixture').toBe(true);
    expect(existsSync(f.domainDoc), 'domain document').toBe(true);
  });

  it('the README table lists exactly the shipped kinds, each linking its domain document', () => {
    const readme = doc('README.md');
    const table = readme.slice(readme.indexOf('## Documents'), readme.indexOf('\n## ', readme.indexOf('## Documents') + 5));
    const rows = table.split('\n').filter((l) => /^\| `[a-z0-9-]+` \|/.test(l));
    const shipped = KINDS.filter((k) => k.home === undefined);
    expect(rows.map((r) => /^\| `([a-z0-9-]+)`/.exec(r)![1])).toEqual(shipped.map((k) => k.id));
    for (const [i, k] of shipped.entries()) expect(rows[i], k.id).toContain(`(docs/domain/${k.id}.md)`);
  });
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
