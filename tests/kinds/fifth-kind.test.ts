// Issue 12 point 3, "What it must show" 4: a fifth, throwaway kind added in a test fixture tree by
// one folder (tests/support/fifth-kind/) and one registry line (tests/support/kinds.ts) is a kind
// like the shipped ones. The HTTP contract (tests/http/contract.test.ts), the robustness property
// (tests/core/robustness.test.ts) and the documentation checks (tests/kinds/codes.test.ts) import
// the same registry and so run on it too; this file checks the folder and the rest of the tooling.
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindFiles } from '../../src/kinds/files.js';
import { getKind, KINDS } from '../../src/kinds/index.js';
import { loadKind } from '../../src/kinds/load.js';
import { checkCase, generate } from '../../src/pipeline.js';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { checkTemplates } from '../../src/pipeline.js';
import { docxText } from '../support/extract.js';
import { fifthKind } from '../support/fifth-kind/index.js';
import { registryTemplates } from '../support/kinds.js';

describe('a fifth kind: one folder and one registry line', () => {
  it('everything the kind needs is in its one folder', () => {
    const f = kindFiles(fifthKind);
    const home = fifthKind.home!;
    const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(home, `${e.parentPath}/${e.name}`));
    expect(files(home).sort()).toEqual([
      'docs/domain/fifth-kind.md',
      'fixtures/fifth-kind/full.json',
      'fixtures/fifth-kind/hostile.json',
      'fixtures/fifth-kind/invalid-date.json',
      'fixtures/fifth-kind/minimal.json',
      'index.ts',
      'templates/fifth-kind.hbs',
    ]);
    expect(relative(home, f.domainDoc)).toBe('docs/domain/fifth-kind.md');
  });

  it('the registry line makes it a kind for the pipeline, the example and the template check', async () => {
    expect(KINDS.at(-1)).toBe(fifthKind);
    expect(getKind('fifth-kind')).toBe(fifthKind);
    // What the CLI and the render threads load a kind with (src/kinds/load.ts) finds it too.
    expect(await loadKind('fifth-kind')).toBe(fifthKind);
    expect(exampleCase('fifth-kind')).toMatchObject({ person: { givenName: 'Ada' } });
    const r = checkCase('fifth-kind', exampleCase('fifth-kind'));
    expect(r).toMatchObject({ ok: true, computed: { age: 15 }, warnings: [{ code: 'fifth-person-is-a-minor' }] });
    const templates = registryTemplates();
    const report = checkTemplates(templates);
    expect(report.rendered.filter((x) => x.kind === 'fifth-kind').map((x) => x.fixture)).toEqual(['full.json', 'hostile.json', 'minimal.json']);
    const docx = await generate({ kind: 'fifth-kind', input: exampleCase('fifth-kind'), format: 'docx', templates });
    expect(docxText(docx.bytes)).toContain('Fifth kind: Ada Quill');
  });

  it('a kind cannot be registered twice', async () => {
    const { registerKind } = await import('../../src/kinds/index.js');
    expect(() => registerKind(fifthKind)).toThrow(/already registered/);
  });
});
