// The layer rule of eslint.config.js (docs/architecture.md §Layers) fails on an upward import.
// ESLint runs the real rule configuration on files given as text at paths inside src/ (nothing is
// written there); their imports resolve against the real source tree.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error eslint.config.js is plain JavaScript without type declarations
import { layersConfig } from '../../eslint.config.js';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: new URL('../..', import.meta.url).pathname,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, layersConfig],
  });
});

/** Lint `code` as if it were the file `path`; the messages of the layer rules. */
async function lint(path: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: path });
  return r!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layers point down only', () => {
  it('refuses an import of a higher layer, naming both layers', async () => {
    expect(await lint('src/workers/upward.ts', "import { describeBug } from '../http/problems.js';\nexport const d = describeBug;\n")).toEqual([
      'boundaries/dependencies: layers point down only: a file of layer "workers" may not import "../http/problems.js" of layer "http/batch" (docs/architecture.md §Layers)',
    ]);
    expect(await lint('src/templates/upward.ts', "import { buildDocument } from '../pipeline.js';\nexport const b = buildDocument;\n")).toEqual([
      expect.stringContaining('layer "kinds/templates/markup/render" may not import "../pipeline.js" of layer "pipeline"'),
    ]);
    expect(await lint('src/domain/upward.ts', "import { KINDS } from '../kinds/index.js';\nexport const k = KINDS;\n")).toEqual([
      expect.stringContaining('layer "model/errors/domain" may not import "../kinds/index.js"'),
    ]);
  });

  it('refuses a type-only import of a higher layer', async () => {
    expect(await lint('src/workers/type-upward.ts', "import type { HttpConfig } from '../http/config.js';\nexport type C = HttpConfig;\n")).toEqual([
      expect.stringContaining('layer "workers" may not import "../http/config.js" of layer "http/batch"'),
    ]);
    expect(await lint('src/render/pdf/upward.ts', "import type { Renderer } from '../../workers/renderer.js';\nexport type R = Renderer;\n")).toEqual([
      expect.stringContaining('may not import "../../workers/renderer.js" of layer "workers"'),
    ]);
  });

  it('refuses the batch runner importing the HTTP app, and a renderer importing anything but the model', async () => {
    expect(await lint('src/batch/upward.ts', "import { DEFAULTS } from '../http/config.js';\nexport const d = DEFAULTS;\n")).toEqual([
      expect.stringContaining('the batch runner may not import the HTTP app'),
    ]);
    expect(await lint('src/render/docx/upward.ts', "import { KINDS } from '../../kinds/index.js';\nexport const k = KINDS;\n")).toEqual([
      expect.stringContaining('a renderer sees only the document model'),
    ]);
  });

  it('refuses a file of src/ that belongs to no layer', async () => {
    expect(await lint('src/stray.ts', 'export const x = 1;\n')).toEqual([expect.stringContaining('boundaries/no-unknown-files')]);
  });

  it('allows imports of the same layer and of the layers below', async () => {
    const code = [
      "import { generate } from '../pipeline.js';",
      "import { getKind } from '../kinds/index.js';",
      "import { HarborError, type Issue } from '../errors.js';",
      "import type { Block } from '../model/types.js';",
      "import { inlineRenderer } from './renderer.js';",
      'export const all = [generate, getKind, HarborError, inlineRenderer];',
      'export type T = Issue | Block;',
      '',
    ].join('\n');
    expect(await lint('src/workers/downward.ts', code)).toEqual([]);
    expect(await lint('src/http/downward.ts', "import { runBatch } from '../batch/run.js';\nexport const r = runBatch;\n")).toEqual([]);
  });
});
