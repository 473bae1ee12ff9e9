import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Rendering tests run real pdf-lib/docx/poppler work; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two test files at a time even on 2 cores (vitest's default is cores − 1, i.e. one file at a
    // time here): many tests wait on child processes, render threads and sockets, so the second
    // core would otherwise sit idle.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
