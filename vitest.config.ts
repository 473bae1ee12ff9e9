import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// The files that add the test fixture tree's fifth kind to the kind registry (they import
// tests/support/kinds.ts, whose import registers it): a project of their own, so no other file
// sees a kind that is not shipped.
const REGISTERS_TEST_KINDS = ['tests/kinds/codes.test.ts', 'tests/kinds/fifth-kind.test.ts', 'tests/http/contract.test.ts', 'tests/core/robustness.test.ts'];

export default defineConfig({
  test: {
    // Rendering tests run real pdf-lib/docx/poppler work; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One test file more than there are cores (3 on 2 cores; vitest's default is cores − 1): many
    // tests wait on child processes (LibreOffice, poppler, Chromium, a spawned harbor), render
    // threads and sockets, so with one file per core the cores sit idle part of the time.
    // Measured on the quiet 2-core machine: 2 files at a time 138.7 s wall / 242.8 s CPU, 3 at a
    // time 122.0 s / 214.5 s (the fuzz runs were halved between the two, ~10 s of CPU).
    maxWorkers: availableParallelism() + 1,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: REGISTERS_TEST_KINDS,
          // One module graph per worker, reused by the files it runs: importing the whole stack
          // (zod schemas, templates, fonts, pdf-lib, docx, express) once per file was most of the
          // suite's CPU. Safe because no test file mocks modules, changes process.env, the working
          // folder or globals, or registers anything at import, but the files listed above.
          isolate: false,
        },
      },
      {
        extends: true,
        // These four share a module graph per worker among themselves (never with the files
        // above: vitest reuses a worker only within one project), the fifth kind registered once.
        test: { name: 'test-kinds', include: REGISTERS_TEST_KINDS, isolate: false },
      },
    ],
  },
});
