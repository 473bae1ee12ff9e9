import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// The files that add the test fixture tree's fifth kind to the kind registry (they import
// tests/support/kinds.ts, whose import registers it): a project of their own, so no other file
// sees a kind that is not shipped.
const REGISTERS_TEST_KINDS = ['tests/kinds/codes.test.ts', 'tests/kinds/fifth-kind.test.ts', 'tests/http/contract.test.ts', 'tests/core/robustness.test.ts'];
// The files that replace a module with vi.mock: a mock applies only to a module graph that has not
// loaded the module yet, so each of these gets a graph of its own (vitest's default isolation).
// The files that test a module's state before something loads (htmlparser2 loaded on demand):
// any other file of a shared module graph may have loaded it first, so each gets a graph of its own.
const NEEDS_FRESH_MODULES = ['tests/markup/library-on-demand.test.ts'];
const MOCKS_MODULES = ['tests/workers/pool-icu.test.ts', 'tests/kinds/rfa/deadline-once.test.ts', 'tests/kinds/restitution-worksheet/liquidated-once.test.ts', 'tests/kinds/restitution-worksheet/rows-reused.test.ts', 'tests/kinds/restitution-worksheet/period-weeks.test.ts', 'tests/render/deflate-window.test.ts', 'tests/cli/batch-xlsx-limits.test.ts', 'tests/render/pdf/face-programs.test.ts', 'tests/batch/keeps-face-programs.test.ts', 'tests/workers/shared-faces.test.ts', 'tests/workers/pool-limits.test.ts'];

export default defineConfig({
  test: {
    // Rendering tests run real pdf-lib/docx/poppler work; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A test file's own time limit (20 min), which vitest has none of: a file that blocks its test
    // process (a child that never exits, a loop that never ends) fails, named, instead of holding
    // the run until CI's limit (the file's header says how).
    setupFiles: ['tests/support/watchdog.ts'],
    // And a run's: a run that stops making progress (a test process that finished its file and never
    // said so) ends with exit 3, naming what did not finish (tests/support/stall-guard.ts; .ci/run
    // runs those files once more). .ci/run gives its reporters on the command line, this one among them.
    reporters: ['default', './tests/support/stall-guard.ts'],
    // Two test files more than there are cores (4 on 2 cores; vitest's default is cores − 1):
    // many tests wait on child processes (LibreOffice, poppler, Chromium, a spawned harbor),
    // render threads and sockets, so with one file per core the cores sit idle part of the time.
    // Measured with `npm test` on the quiet 2-core machine: 2 files at a time 138.7 s wall,
    // 3 at a time 122–123 s, 4 at a time 115.8 s (docs/testing.md).
    maxWorkers: availableParallelism() + 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: [...REGISTERS_TEST_KINDS, ...MOCKS_MODULES, ...NEEDS_FRESH_MODULES],
          // One module graph per worker, reused by the files it runs: importing the whole stack
          // (zod schemas, templates, fonts, pdf-lib, docx, express) once per file was most of the
          // suite's CPU. Safe because no test file mocks modules, changes process.env, the working
          // folder or globals, registers anything at import, or needs a module not yet loaded, but the
          // files listed above.
          isolate: false,
        },
      },
      {
        extends: true,
        // These four share a module graph per worker among themselves (never with the files
        // above: vitest reuses a worker only within one project), the fifth kind registered once.
        // Named to sort before 'shared': vitest's sequencer queues projects by name, so these four
        // (robustness and contract among the slower files) start first instead of running alone at
        // the end of the run.
        test: { name: 'kinds-registry', include: REGISTERS_TEST_KINDS, isolate: false },
      },
      { extends: true, test: { name: 'mocks-modules', include: [...MOCKS_MODULES, ...NEEDS_FRESH_MODULES], isolate: true } },
    ],
  },
});
