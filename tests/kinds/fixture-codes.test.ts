// Every code a kind can emit is shown by a fixture (the fixtures are the kinds’ worked examples,
// docs/adding-a-kind.md step 5: one invalid-* case per error): a refusal code (level
// error, or error or warning) by an invalid-* fixture that fails with it, a warning code (warning,
// or error or warning) by a valid fixture that carries it. Round r51 added codes with none
// (the RFA's other-date-of-birth and supervisor-is-requester, the T-visa's and memo's
// family-name-or-why-none), and nothing said so; codes.test.ts checked only that no fixture emits
// an undeclared code. The kit's common codes (docs/fields.md) are shown by the kinds' fixtures
// between them and are not asked of each kind.
import { describe, expect, it } from 'vitest';
import { fixtureNames, readFixture } from '../../src/kinds/files.js';
import { KINDS } from '../../src/kinds/index.js';
import { checkCase } from '../../src/pipeline.js';

/**
 * Warning codes no valid fixture carries yet, by kind: each is shown by a unit test of its rule,
 * not by a worked example. The list is exact (a code that gains a fixture must leave it), so it can
 * only shrink; a new warning code cannot join it without this file changing in the same diff.
 */
const WARNINGS_WITHOUT_A_FIXTURE: Readonly<Record<string, readonly string[]>> = {
};

const shipped = KINDS.filter((k) => k.home === undefined);

describe.each(shipped.map((k) => [k.id, k] as const))('%s: every code is shown by a fixture', (id, kind) => {
  const errors = new Set<string>();
  const warnings = new Set<string>();
  for (const f of fixtureNames(kind)) {
    const r = checkCase(id, readFixture(kind, f));
    if (r.ok) for (const w of r.warnings) warnings.add(w.code);
    else for (const e of r.errors) errors.add(e.code);
  }
  const codes = Object.entries(kind.codes) as Array<[string, { level: string }]>;

  it('each refusal code, by an invalid-* fixture that fails with it', () => {
    const missing = codes.filter(([c, i]) => i.level !== 'warning' && !errors.has(c)).map(([c]) => c);
    expect(missing).toEqual([]);
  });

  it('each warning code, by a valid fixture that carries it (but the listed backlog)', () => {
    const missing = codes.filter(([c, i]) => i.level !== 'error' && !warnings.has(c)).map(([c]) => c);
    expect(missing.sort()).toEqual([...(WARNINGS_WITHOUT_A_FIXTURE[id] ?? [])].sort());
  });
});
