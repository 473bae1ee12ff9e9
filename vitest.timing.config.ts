// Timed checks (wall-clock bounds), kept out of `npm test` (the developers' guide: no timed
// assertions in the test suite): `npm run test:event-loop`, on a quiet machine.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.timing.ts'],
    testTimeout: 600_000,
    pool: 'forks',
  },
});
