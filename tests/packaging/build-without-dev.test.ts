// The build needs the dev dependencies (esbuild bundles src/ and the web app). An install without
// them, `npm ci --omit=dev` (a production install as npm's own docs give it), runs the `prepare`
// script all the same, and the build died on Node's ERR_MODULE_NOT_FOUND stack. Each build script
// now says in one line what is missing and what to run instead (docs/configuration.md, Without
// Docker), exits 1, and leaves dist/ as it was. Run here in a copy of scripts/ with no
// node_modules anywhere above it, so esbuild cannot be found.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'harbor-no-dev-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build without the dev dependencies', () => {
  it.each(['build.mjs', 'build-web.mjs'])('scripts/%s says esbuild is missing and what to run, in one line, and touches nothing', (script) => {
    const repo = mkdtempSync(join(dir, 'repo-'));
    cpSync(join(ROOT, 'scripts'), join(repo, 'scripts'), { recursive: true });
    writeFileSync(join(repo, 'package.json'), '{"type":"module"}\n');
    mkdirSync(join(repo, 'dist', 'public'), { recursive: true });
    writeFileSync(join(repo, 'dist', 'cli.js'), '// an earlier build\n');
    const r = spawnSync(process.execPath, [join(repo, 'scripts', script)], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `scripts/${script}: esbuild is not installed: the build needs the dev dependencies, which \`npm ci --omit=dev\` leaves out; ` +
        'run `npm ci`, then `npm prune --omit=dev` to drop them after the build (as the Dockerfile does)\n',
    );
    expect(existsSync(join(repo, 'dist', 'cli.js'))).toBe(true);
    expect(existsSync(join(repo, 'dist', 'public'))).toBe(true);
  });
});
