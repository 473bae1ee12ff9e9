// The shipped templates precompiled by the build (src/templates/precompile.ts, run by
// scripts/build.mjs into dist/) render exactly what the same templates compiled at run time render
// (what the sources and an override folder do), for every valid fixture of every kind; and a
// shipped file edited after the build is compiled from its text, never shadowed by the build.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCase } from '../../src/check.js';
import { validFixtures } from '../../src/kinds/fixtures.js';
import { KINDS } from '../../src/kinds/index.js';
import { sealValues } from '../../src/markup/values.js';
import { SHIPPED_TEMPLATES_DIR, TemplateSet } from '../../src/templates/env.js';
import { precompiledModuleSource } from '../../src/templates/precompile.js';
import type { PrecompiledTemplate } from '../../src/templates/precompiled.js';

describe('precompiled shipped templates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-precompiled-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let precompiled: Record<string, PrecompiledTemplate>;
  beforeAll(async () => {
    // The module text the build writes, loaded as the build loads it (an ES module).
    const file = join(dir, 'precompiled.mjs');
    writeFileSync(file, precompiledModuleSource());
    ({ PRECOMPILED: precompiled } = (await import(pathToFileURL(file).href)) as { PRECOMPILED: Record<string, PrecompiledTemplate> });
  });

  it('covers every shipped template and partial, and a set built from it runs none compiled', () => {
    const compiled = new TemplateSet([SHIPPED_TEMPLATES_DIR], { precompiled: {} });
    const built = new TemplateSet([SHIPPED_TEMPLATES_DIR], { precompiled });
    expect(compiled.precompiledFiles.size).toBe(0);
    expect(Object.keys(precompiled)).toContain('rfa.hbs');
    expect(Object.keys(precompiled)).toContain('partials/rfa-child.hbs');
    expect([...built.precompiledFiles].sort()).toEqual(Object.keys(precompiled).sort());
    expect(built.names().sort()).toEqual(compiled.names().sort());
  });

  for (const kind of KINDS) {
    it(`renders the same markup both ways for every valid fixture of ${kind.id}`, () => {
      const compiled = new TemplateSet([SHIPPED_TEMPLATES_DIR], { precompiled: {} });
      const built = new TemplateSet([SHIPPED_TEMPLATES_DIR], { precompiled });
      const fixtures = validFixtures(kind.id);
      expect(fixtures.length).toBeGreaterThan(0);
      for (const f of fixtures) {
        const v = validateCase(kind.id, f.data);
        const name = v.kind.template(v.data);
        const view = () => sealValues(v.kind.view(v.data, v.computed, v.warnings));
        const a = compiled.render(name, view());
        expect(a.length, f.name).toBeGreaterThan(100);
        expect(built.render(name, view()), `${kind.id}/${f.name}`).toBe(a);
      }
    });
  }

  it('compiles a shipped file whose text changed since the build from its text', () => {
    const stale = { ...precompiled, 'rfa.hbs': { ...precompiled['rfa.hbs']!, sha256: '0'.repeat(64) } };
    const set = new TemplateSet([SHIPPED_TEMPLATES_DIR], { precompiled: stale });
    expect(set.precompiledFiles.has('rfa.hbs')).toBe(false);
    expect(set.precompiledFiles.has('partials/rfa-child.hbs')).toBe(true);
  });
});
