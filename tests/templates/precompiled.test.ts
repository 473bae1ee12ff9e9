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
import { compiledAtRunTime } from '../../src/templates/compiler.js';
import { shippedPrecompiledModules } from '../../src/templates/precompile.js';
import type { PrecompiledTemplate, TemplateSpecification } from '../../src/templates/precompiled.js';

describe('precompiled shipped templates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-precompiled-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let precompiled: Record<string, PrecompiledTemplate>;
  let loadGroup: (group: string) => Promise<Record<string, TemplateSpecification>>;
  beforeAll(async () => {
    // The modules the build writes, loaded as the build loads them (ES modules, a group's on demand).
    const modules = shippedPrecompiledModules((g) => `./group-${g}.mjs`);
    for (const [g, text] of Object.entries(modules.groups)) writeFileSync(join(dir, `group-${g}.mjs`), text);
    const file = join(dir, 'precompiled.mjs');
    writeFileSync(file, modules.index);
    ({ PRECOMPILED: precompiled, loadPrecompiledGroup: loadGroup } = (await import(pathToFileURL(file).href)) as {
      PRECOMPILED: Record<string, PrecompiledTemplate>;
      loadPrecompiledGroup: typeof loadGroup;
    });
  });
  const built = (): TemplateSet => new TemplateSet([SHIPPED_TEMPLATES_DIR], { precompiled, loadGroup });

  it('groups each file with its kind: a kind\'s group holds its templates and partials, and no other kind\'s', async () => {
    for (const kind of KINDS) {
      const specs = await loadGroup(kind.id);
      const keys = Object.keys(specs);
      expect(keys, kind.id).toContain(`${kind.id}.hbs`);
      for (const key of keys) expect(precompiled[key]!.group).toBe(kind.id);
      for (const other of KINDS) if (other.id !== kind.id && !other.id.startsWith(`${kind.id}-`)) expect(keys).not.toContain(`${other.id}.hbs`);
    }
    expect(precompiled['t-visa-declaration-supporting.hbs']!.group).toBe('t-visa-declaration');
    expect(precompiled['partials/rfa-child.hbs']!.group).toBe('rfa');
    // Every file is in a group that a kind's prepare loads (its kind's, or the shared one).
    const groups = new Set(Object.values(precompiled).map((p) => p.group));
    for (const g of groups) expect([...KINDS.map((k) => k.id), 'shared']).toContain(g);
  });

  it('covers every shipped template and partial, and a set built from it runs none compiled', () => {
    const compiled = new TemplateSet([SHIPPED_TEMPLATES_DIR], { precompiled: {} });
    const set = built();
    expect(compiled.precompiledFiles.size).toBe(0);
    expect(Object.keys(precompiled)).toContain('rfa.hbs');
    expect(Object.keys(precompiled)).toContain('partials/rfa-child.hbs');
    expect([...set.precompiledFiles].sort()).toEqual(Object.keys(precompiled).sort());
    expect(set.names().sort()).toEqual(compiled.names().sort());
  });

  for (const kind of KINDS) {
    it(`renders the same markup both ways for every valid fixture of ${kind.id}, the kind prepared compiling nothing`, async () => {
      const compiled = new TemplateSet([SHIPPED_TEMPLATES_DIR], { precompiled: {} });
      const set = built();
      await set.prepare(kind.id);
      const fixtures = validFixtures(kind.id);
      expect(fixtures.length).toBeGreaterThan(0);
      for (const f of fixtures) {
        const v = validateCase(kind.id, f.data);
        const name = v.kind.template(v.data);
        const view = () => sealValues(v.kind.view(v.data, v.computed, v.warnings));
        const a = compiled.render(name, view());
        expect(a.length, f.name).toBeGreaterThan(100);
        const before = compiledAtRunTime;
        expect(set.render(name, view()), `${kind.id}/${f.name}`).toBe(a);
        // Its kind's chunk holds every template and partial the render called: none compiled.
        expect(compiledAtRunTime, `${kind.id}/${f.name}`).toBe(before);
      }
    });
  }

  it('compiles a shipped file whose text changed since the build from its text', () => {
    const stale = { ...precompiled, 'rfa.hbs': { ...precompiled['rfa.hbs']!, sha256: '0'.repeat(64) } };
    const set = new TemplateSet([SHIPPED_TEMPLATES_DIR], { precompiled: stale, loadGroup });
    expect(set.precompiledFiles.has('rfa.hbs')).toBe(false);
    expect(set.precompiledFiles.has('partials/rfa-child.hbs')).toBe(true);
  });

  it('renders a kind not prepared by compiling its templates, to the same markup', async () => {
    const kind = 'rfa';
    const v = validateCase(kind, validFixtures(kind)[0]!.data);
    const name = v.kind.template(v.data);
    const view = () => sealValues(v.kind.view(v.data, v.computed, v.warnings));
    const unprepared = built();
    const before = compiledAtRunTime;
    const a = unprepared.render(name, view());
    expect(compiledAtRunTime).toBeGreaterThan(before);
    const prepared = built();
    await prepared.prepare(kind);
    expect(prepared.render(name, view())).toBe(a);
  });
});
