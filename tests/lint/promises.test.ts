// The type-aware promise rules of eslint.config.js reach every TypeScript file the project lints,
// the web app's TSX as well as its .ts: a promise dropped in a click handler of web/src/form.tsx
// rejected with nothing to handle it, as a browser test's `void dialog.dismiss()` once failed a CI
// run. ESLint runs the real configuration on text given as if it were a file of the web app (the
// project service needs a file tsconfig holds, so the paths are real ones; nothing is written).
import { describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS } from '../support/until.js';
import { rules } from './support.js';

const DROPPED = 'declare function work(): Promise<void>;\nexport function onClick(): void {\n  void work();\n}\n';

describe('a dropped promise fails lint', () => {
  it('in the web app, in TSX as in .ts', async () => {
    expect(await rules('web/src/form/advanced.tsx', DROPPED)).toEqual(['@typescript-eslint/no-floating-promises']);
    expect(await rules('web/src/form/words.ts', DROPPED)).toEqual(['@typescript-eslint/no-floating-promises']);
  }, PROCESS_TEST_MS);

  it('passed where a plain callback is expected, in TSX', async () => {
    const code = 'declare function work(): Promise<void>;\nexport const b = <button type="button" onClick={work}>Go</button>;\n';
    expect(await rules('web/src/form/status.tsx', code)).toEqual(['@typescript-eslint/no-misused-promises']);
  }, PROCESS_TEST_MS);

  it('and not when handled', async () => {
    const code = 'declare function work(): Promise<void>;\nexport function onClick(): void {\n  work().catch(() => undefined);\n}\n';
    expect(await rules('web/src/form/help.tsx', code)).toEqual([]);
  }, PROCESS_TEST_MS);
});
