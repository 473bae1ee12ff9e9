// A test outside the browser tests waits for an event with until() (tests/support/until.ts), never
// with vi.waitFor or expect.poll: they give up after a bound of their own (1 s when none is given),
// which a loaded machine outlasts while nothing is wrong. ESLint runs the real configuration on
// text given as if it were a test file (nothing is written). Its first lint builds the type-aware
// project (526 s for this file at load 30, past a 60 s limit): a process test's bound.
import { describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS } from '../support/until.js';
import { lint, rules } from './support.js';

const POLLS = "import { expect, it, vi } from 'vitest';\nconst lines: string[] = [];\nit('x', async () => {\n  await vi.waitFor(() => expect(lines).toHaveLength(1));\n  await expect.poll(() => lines.length).toBe(1);\n});\n";

describe('a wait with a bound of its own fails lint in a test', () => {
  it('vi.waitFor and expect.poll, each', async () => {
    expect(await rules('tests/http/batch.test.ts', POLLS)).toEqual(['no-restricted-properties', 'no-restricted-properties']);
  }, PROCESS_TEST_MS);

  it('but not in the browser tests, whose page waits have bounds of their own support file', async () => {
    expect(await rules('tests/web/site.test.ts', POLLS)).toEqual([]);
  }, PROCESS_TEST_MS);
});

// A browser test's poll reads the page with the reads that do not wait (textNow, attributeNow,
// valueNow: tests/web/support/browser.ts): Playwright's textContent(), getAttribute() and
// inputValue() wait for their element, so a poll of one on a missing element ended in the test's
// timeout with no message. Refused in a poll, in a reader function of its own, and read into an
// object's field; allowed outside a poll (a read once the element is known to be there).
const PAGE_POLLS = [
  "import { expect } from 'vitest';",
  "import type { Page } from 'playwright-core';",
  "import { attributeNow, SLOW, textNow } from './support/browser.js';",
  'declare const page: Page;',
  "await expect.poll(() => page.locator('#status').textContent(), SLOW).toBe('Done.');",
  "await expect.poll(() => page.locator('#field').getAttribute('aria-invalid'), SLOW).toBeNull();",
  "await expect.poll(() => page.locator('#field').inputValue(), SLOW).toBe('x');",
  "const status = () => page.locator('#status').textContent();",
  "const shown = async () => ({ status: await page.locator('#status').textContent() });",
  'await expect.poll(status, SLOW).toBe(\'Done.\');',
  'await expect.poll(shown, SLOW).toEqual({ status: \'Done.\' });',
  "await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe('Done.');",
  "await expect.poll(() => attributeNow(page.locator('#field'), 'aria-invalid'), SLOW).toBeNull();",
  "expect(await page.locator('#status').textContent()).toBe('Done.');",
  "await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('id')), SLOW).toBe('x');",
  '',
].join('\n');

describe('a browser test polls the page with the reads that do not wait', () => {
  it("Playwright's waiting reads are refused in a poll, as a reader function, and into a reader's field; the reads that do not wait, and a read outside a poll, are not", async () => {
    const found = (await lint('tests/web/site.test.ts', PAGE_POLLS)).filter((m) => m.ruleId === 'no-restricted-syntax');
    expect(found.map((m) => m.line)).toEqual([5, 6, 7, 8, 9]);
    expect(found[0]!.message).toMatch(/^a poll reads the page with textNow, attributeNow or valueNow/);
  }, PROCESS_TEST_MS);
});

// A `serve()` that renders on its threads in a test not about the render limit takes
// TEST_RENDER_TIMEOUT (tests/http/helpers.ts): at the default 30 s a cold render on a loaded
// machine was refused 503 render-timeout (tests/http/serve.test.ts). The rule
// (scripts/lint-serve-render-limit.mjs) refuses one that starts threads (HARBOR_WORKERS not "0",
// no renderer of its own) without HARBOR_RENDER_TIMEOUT, reading an env built in a variable or
// spread from another object as JavaScript builds it, and refuses one it cannot read, saying why.
const RULE = 'harbor/serve-render-limit';
const serveWith = (args: string, before = ''): string =>
  `import { serve } from '../../src/http/server.js';\nimport { TEST_RENDER_TIMEOUT } from './helpers.js';\nvoid TEST_RENDER_TIMEOUT;\n${before}\nexport const close = await serve(${args});\n`;

/** The messages the rule gives on serve(`args`) after the statements `before`. */
async function refusals(args: string, before = ''): Promise<string[]> {
  const r = await lint('tests/http/serve.test.ts', serveWith(args, before));
  return r.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('a serve() on render threads without a render time limit fails lint in a test', () => {
  it('one thread, or the default of one per core, without HARBOR_RENDER_TIMEOUT', async () => {
    for (const env of ["{ HARBOR_WORKERS: '1' }", '{}', "{ HARBOR_API_KEYS: 'k' }"]) {
      expect(await rules('tests/http/serve.test.ts', serveWith(`{ env: ${env}, port: 0, log: () => {} }`)), env).toEqual([RULE]);
    }
  }, PROCESS_TEST_MS);

  it('an env built in a variable, spread from another, or a variable of options: read as JavaScript builds it', async () => {
    for (const [args, before] of [
      ['{ env, port: 0, log: () => {} }', "const env = { HARBOR_WORKERS: '1' };"],
      ['{ env: base, port: 0, log: () => {} }', "const base = { HARBOR_RATE_LIMIT: '0' };"],
      ["{ env: { ...base, HARBOR_RATE_LIMIT: '0' }, port: 0, log: () => {} }", "const base = { HARBOR_WORKERS: '2' };"],
      // A later key wins: the spread's "0" is replaced, its limit is not there.
      ["{ env: { ...base, HARBOR_WORKERS: '1' }, port: 0, log: () => {} }", "const base = { HARBOR_WORKERS: '0' };"],
      ["{ env: { HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT, ...base }, port: 0, log: () => {} }", "const base = { HARBOR_RENDER_TIMEOUT: undefined };"],
      ['options', "const options = { env: { ...inner }, port: 0, log: () => {} };\nconst inner = { HARBOR_WORKERS: ONE };\nconst ONE = '1';"],
      ["{ ...common, env: {} }", 'const common = { port: 0, log: () => {} };'],
    ]) {
      const got = await refusals(args!, before);
      expect(got, `${before} serve(${args})`).toHaveLength(1);
      expect(got[0], args).toMatch(/^a serve\(\) that starts render threads gives HARBOR_RENDER_TIMEOUT/);
    }
  }, PROCESS_TEST_MS);

  it('an env it cannot read is refused, saying why: a spread of process.env, a parameter, a call, a variable changed or handed on', async () => {
    for (const [args, before, why] of [
      ['{ env: { ...process.env }, port: 0, log: () => {} }', '', 'the spread of `process.env`'],
      ["{ env: { HARBOR_WORKERS: '0', ...extra }, port: 0, log: () => {} }", 'const extra = JSON.parse(\'{}\') as Record<string, string>;', '`JSON.parse(\'{}\')` is not an object written in this file'],
      ["{ env: { HARBOR_WORKERS: '0' }, port: 0, log: () => {} }", "export const start = (extra: Record<string, string>) => serve({ env: { HARBOR_WORKERS: '0', ...extra }, port: 0, log: () => {} });", '"extra" is a parameter'],
      ['{ env: make(), port: 0, log: () => {} }', 'const make = () => ({});', '`make()` is not an object written in this file'],
      ['{ env, port: 0, log: () => {} }', "const env: Record<string, string> = { HARBOR_WORKERS: '0' };\nenv.HARBOR_WORKERS = '2';", '"env" may be changed after it is built'],
      ['{ env, port: 0, log: () => {} }', "const env: Record<string, string> = { HARBOR_WORKERS: '0' };\nObject.assign(env, { HARBOR_WORKERS: '2' });", '"env" may be changed after it is built'],
      ['{ env, port: 0, log: () => {} }', "let env: Record<string, string> = { HARBOR_WORKERS: '0' };\nenv = {};", '"env" is assigned again'],
      ['{ env: { [name]: TEST_RENDER_TIMEOUT }, port: 0, log: () => {} }', "const name = String(Date.now());", 'the computed key `name`'],
      ['{ env: { HARBOR_WORKERS: String(n) }, port: 0, log: () => {} }', 'const n = 2;', "HARBOR_WORKERS is `String(n)`"],
      ['{ ...opts, port: 0 }', 'declare const opts: Parameters<typeof serve>[0];', 'opts'],
    ]) {
      const got = await refusals(args!, before);
      expect(got, `${before} serve(${args})`).toHaveLength(1);
      expect(got[0], args).toMatch(/^lint cannot tell whether this serve\(\) starts render threads/);
      expect(got[0], args).toContain(why);
    }
  }, PROCESS_TEST_MS);

  it('whatever the import calls it: renamed, a namespace, a dynamic import (destructured or not), a const alias', async () => {
    const SERVER = "'../../src/http/server.js'";
    const OPTS = '{ env: {}, port: 0, log: () => {} }';
    const NONE = "{ env: { HARBOR_WORKERS: '0' }, port: 0, log: () => {} }";
    const callers = [
      `import { serve as start } from ${SERVER};\nexport const close = await start(%);\n`,
      `import * as http from ${SERVER};\nexport const close = await http.serve(%);\n`,
      `import * as http from ${SERVER};\nexport const close = await http['serve'](%);\n`,
      `const { serve: run } = await import(${SERVER});\nexport const close = await run(%);\n`,
      `export const close = await (await import(${SERVER})).serve(%);\n`,
      `const server = await import(${SERVER});\nexport const close = await server.serve(%);\n`,
      `import { serve as start } from ${SERVER};\nconst go = start;\nexport const close = await go(%);\n`,
    ];
    for (const code of callers) {
      expect(await rules('tests/http/serve.test.ts', code.replace('%', OPTS)), code).toEqual([RULE]);
      expect(await rules('tests/http/serve.test.ts', code.replace('%', NONE)), code).toEqual([]);
    }
    // Another module's function of another name is not judged.
    expect(await rules('tests/http/serve.test.ts', `import { createApp as start } from ${SERVER};\nexport const app = start(${OPTS});\n`)).toEqual([]);
  }, PROCESS_TEST_MS);

  it('but not with TEST_RENDER_TIMEOUT (or a limit of its own), with no thread, with a renderer of its own, however the env is built', async () => {
    for (const [args, before] of [
      ["{ env: { HARBOR_WORKERS: '1', HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT }, port: 0, log: () => {} }", ''],
      ["{ env: { HARBOR_RENDER_TIMEOUT: '100ms' }, port: 0, log: () => {} }", ''],
      ["{ env: { HARBOR_WORKERS: '0' }, port: 0, log: () => {} }", ''],
      ["{ env: {}, port: 0, log: () => {}, renderer: () => { throw new Error('x'); } }", ''],
      // After whatever a spread holds, the key given last decides.
      ["{ env: { ...process.env, HARBOR_WORKERS: '0' }, port: 0, log: () => {} }", ''],
      ['{ env: { ...process.env, HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT }, port: 0, log: () => {} }', ''],
      ['{ env, port: 0, log: () => {} }', "const env = { HARBOR_WORKERS: NONE };\nconst NONE = '0';"],
      ['{ env: { ...base, HARBOR_RATE_LIMIT: String(1) }, port: 0, log: () => {} }', 'const base = { HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT };\nexport const copy = { ...base, more: base.HARBOR_RENDER_TIMEOUT };'],
      ['options', "const options = { env: { HARBOR_WORKERS: '0' }, port: 0, log: () => {} };"],
    ]) {
      expect(await refusals(args!, before), `${before} serve(${args})`).toEqual([]);
    }
  }, PROCESS_TEST_MS);
});
