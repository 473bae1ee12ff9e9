// A test file that mocks a module (vi.mock) runs in the `mocks-modules` project, with a module
// graph of its own (vitest.config.ts, MOCKS_MODULES): in the `shared` project (isolate: false) a
// file before it may already have loaded the real module, and the mock would then not take effect,
// the test checking the real module while it says it checks the mock (tests/cli/batch-xlsx-limits,
// found so in round 25). Read from the config's text: importing it would start a second vitest set-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoFiles, ROOT as root } from '../support/files.js';

/** The files listed in vitest.config.ts's MOCKS_MODULES. */
function listed(): string[] {
  const config = readFileSync(join(root, 'vitest.config.ts'), 'utf8');
  const list = /const MOCKS_MODULES = \[([^\]]*)\]/.exec(config);
  expect(list, 'vitest.config.ts defines MOCKS_MODULES').not.toBeNull();
  return [...list![1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

describe('module mocks', () => {
  it('every test file that calls vi.mock is in MOCKS_MODULES, and every file listed there calls it', () => {
    const mocking = repoFiles('tests', /\.test\.ts$/)
      .filter((f) => /\bvi\.(mock|doMock)\(/.test(readFileSync(join(root, f), 'utf8')))
      .sort();
    expect(mocking.length).toBeGreaterThan(0);
    expect([...listed()].sort()).toEqual(mocking);
  });
});
