// What package.json calls a dependency is what Harbor's code loads when it runs. The Docker image
// keeps the production dependencies (`npm prune --omit=dev`, Dockerfile) and nothing else, so a
// package only the build or the tests use, listed among the dependencies, ships in every image
// (esbuild did: 11 MB of native binary no running code loads).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoFiles, ROOT } from '../support/files.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/** The code that runs in a deployment: src/ (bundled into dist/) and the `harbor` command, bin/. */
function runtimeFiles(dir: string): string[] {
  return repoFiles(dir, /\.(ts|mts|mjs|js)$/).filter((f) => !f.endsWith('.d.ts'));
}
const code = [...runtimeFiles('src'), ...runtimeFiles('bin')].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');

/** Whether the runtime code imports, requires or resolves the package (or a file of it). */
function loads(name: string): boolean {
  const quoted = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(?:from\\s*|import\\(\\s*|require\\(\\s*|resolve\\(\\s*)['"]${quoted}(?:/[^'"]*)?['"]`).test(code);
}

describe('package.json dependencies', () => {
  it('the scan finds what the code loads (a bundled package, one left to node_modules, a file of a package)', () => {
    expect(loads('zod')).toBe(true);
    expect(loads('piscina')).toBe(true);
    expect(loads('tsx')).toBe(true); // tsx/esm/api, bin/harbor.js's fallback when the build is stale
    expect(loads('left-pad')).toBe(false);
  });

  it('every dependency is loaded by the code that runs; the build tool and the test tools are dev dependencies', () => {
    expect(Object.keys(pkg.dependencies).filter((d) => !loads(d))).toEqual([]);
    expect(Object.keys(pkg.devDependencies)).toContain('esbuild');
  });
});
