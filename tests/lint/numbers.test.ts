// A number a person reads in a message of the CLI, the HTTP API, batches or the shared checks is
// written by figure() or duration() (src/domain/format.ts): "1,000,000", "30 s". Lint refuses a
// number put into such a file's template string as it is ("30000 ms", "from 0 to 1000000" were
// printed so); String(n) says a number is a name (a row, a line, a port) and passes. The text is
// linted as if it were a file of the project (a real path, nothing written).
import { describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS } from '../support/until.js';
import { rules } from './support.js';

const RAW = "declare const ms: number;\nexport const m = `took longer than the limit (${ms} ms)`;\n";
const FIGURED = "import { duration } from '../domain/format.js';\ndeclare const ms: number;\nexport const m = `took longer than the limit (${duration(ms)})`;\n";
const NAMED = "declare const row: number;\nexport const m = `row ${String(row)}`;\n";
const RULE = '@typescript-eslint/restrict-template-expressions';

describe('a raw number in a message fails lint', () => {
  it.each(['src/http/config.ts', 'src/cli/handlers.ts', 'src/batch/progress.ts', 'src/workers/pool.ts', 'src/errors.ts', 'src/kinds/kit/list.ts', 'src/kinds/restitution-worksheet/bounds.ts'])('in %s', async (path) => {
    expect(await rules(path, RAW)).toEqual([RULE]);
  }, PROCESS_TEST_MS);

  it('and not through figure()/duration(), or String() for a number that is a name', async () => {
    expect(await rules('src/http/config.ts', FIGURED)).toEqual([]);
    expect(await rules('src/batch/progress.ts', NAMED)).toEqual([]);
  }, PROCESS_TEST_MS);
});
