// Golden files: reviewed expected outputs under tests/golden/. A mismatch fails the test; run
// with UPDATE_GOLDEN=1 to rewrite them, then READ the diff (git diff tests/golden) before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url));

/** Compare `actual` with tests/golden/<name>; write it when UPDATE_GOLDEN=1. */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`golden file tests/golden/${name} is missing: run with UPDATE_GOLDEN=1, read it, commit it`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
