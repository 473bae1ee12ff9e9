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
