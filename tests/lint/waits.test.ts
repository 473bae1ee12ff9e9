// A test outside the browser tests waits for an event with until() (tests/support/until.ts), never
// with vi.waitFor or expect.poll: they give up after a bound of their own (1 s when none is given),
// which a loaded machine outlasts while nothing is wrong. ESLint runs the real configuration on
// text given as if it were a test file (nothing is written). Its first lint builds the type-aware
// project (526 s for this file at load 30, past a 60 s limit): a process test's bound.
import { describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS } from '../support/until.js';
import { rules } from './support.js';

const POLLS = "import { expect, it, vi } from 'vitest';\nconst lines: string[] = [];\nit('x', async () => {\n  await vi.waitFor(() => expect(lines).toHaveLength(1));\n  await expect.poll(() => lines.length).toBe(1);\n});\n";

describe('a wait with a bound of its own fails lint in a test', () => {
  it('vi.waitFor and expect.poll, each', async () => {
    expect(await rules('tests/http/batch.test.ts', POLLS)).toEqual(['no-restricted-properties', 'no-restricted-properties']);
  }, PROCESS_TEST_MS);

  it('but not in the browser tests, whose page waits have bounds of their own support file', async () => {
    expect(await rules('tests/web/site.test.ts', POLLS)).toEqual([]);
  }, PROCESS_TEST_MS);
});

// A `serve()` that renders on its threads in a test not about the render limit takes
// TEST_RENDER_TIMEOUT (tests/http/helpers.ts): at the default 30 s a cold render on a loaded
// machine was refused 503 render-timeout (tests/http/serve.test.ts). eslint.config.js refuses one
// that starts threads (HARBOR_WORKERS not "0", no renderer of its own) without HARBOR_RENDER_TIMEOUT.
const serveWith = (args: string): string =>
  `import { serve } from '../../src/http/server.js';\nimport { TEST_RENDER_TIMEOUT } from './helpers.js';\nvoid TEST_RENDER_TIMEOUT;\nexport const close = await serve(${args});\n`;

describe('a serve() on render threads without a render time limit fails lint in a test', () => {
  it('one thread, or the default of one per core, without HARBOR_RENDER_TIMEOUT', async () => {
    for (const env of ["{ HARBOR_WORKERS: '1' }", '{}', "{ HARBOR_API_KEYS: 'k' }"]) {
      expect(await rules('tests/http/serve.test.ts', serveWith(`{ env: ${env}, port: 0, log: () => {} }`)), env).toEqual(['no-restricted-syntax']);
    }
  }, PROCESS_TEST_MS);

  it('but not with TEST_RENDER_TIMEOUT (or a limit of its own), with no thread, with a renderer of its own, or an env it cannot read', async () => {
    for (const args of [
      "{ env: { HARBOR_WORKERS: '1', HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT }, port: 0, log: () => {} }",
      "{ env: { HARBOR_RENDER_TIMEOUT: '100ms' }, port: 0, log: () => {} }",
      "{ env: { HARBOR_WORKERS: '0' }, port: 0, log: () => {} }",
      "{ env: {}, port: 0, log: () => {}, renderer: () => { throw new Error('x'); } }",
      '{ env: { ...process.env }, port: 0, log: () => {} }',
    ]) {
      expect(await rules('tests/http/serve.test.ts', serveWith(args)), args).toEqual([]);
    }
  }, PROCESS_TEST_MS);
});
