// The build needs the dev dependencies (esbuild bundles src/ and the web app). An install without
// them, `npm ci --omit=dev` (a production install as npm's own docs give it), runs the `prepare`
// script all the same, and the build died on Node's ERR_MODULE_NOT_FOUND stack. Each build script
// now says in one line what is missing and what to run instead (docs/configuration.md, Without
// Docker), exits 1, and leaves dist/ as it was. And `harbor` on such a host, when it has no build
// to run or a file under src/ is newer than the build (sources updated, not built again), would
// run the sources through tsx, another dev dependency: it says so in one line (exit 70) rather than
// with the stack of a missing package. Run here in copies with no node_modules anywhere above
// them, so neither esbuild nor tsx can be found.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childBound } from '../support/until.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'harbor-no-dev-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build without the dev dependencies', () => {
  it.each(['build.mjs', 'build-web.mjs'])('scripts/%s says esbuild is missing and what to run, in one line, and touches nothing', (script) => {
    const repo = mkdtempSync(join(dir, 'repo-'));
    cpSync(join(ROOT, 'scripts'), join(repo, 'scripts'), { recursive: true });
    // bin/ as in every checkout: build.mjs reads harbor's V8 flags from bin/v8-flags.js (the code cache's).
    cpSync(join(ROOT, 'bin'), join(repo, 'bin'), { recursive: true });
    writeFileSync(join(repo, 'package.json'), '{"type":"module"}\n');
    mkdirSync(join(repo, 'dist', 'public'), { recursive: true });
    writeFileSync(join(repo, 'dist', 'cli.js'), '// an earlier build\n');
    const r = spawnSync(process.execPath, [join(repo, 'scripts', script)], { cwd: repo, encoding: 'utf8', ...childBound() });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `scripts/${script}: esbuild is not installed: the build needs the dev dependencies, which \`npm ci --omit=dev\` leaves out; ` +
        'run `npm ci`, then `npm prune --omit=dev` to drop them after the build (as the Dockerfile does)\n',
    );
    expect(existsSync(join(repo, 'dist', 'cli.js'))).toBe(true);
    expect(existsSync(join(repo, 'dist', 'public'))).toBe(true);
  });

  it.each([
    ['no build in dist/', false],
    ['a build older than a file under src/', true],
  ])('bin/harbor.js with %s and no tsx says what to run, in one line, exit 70', (_, stale) => {
    const repo = mkdtempSync(join(dir, 'repo-'));
    cpSync(join(ROOT, 'bin'), join(repo, 'bin'), { recursive: true });
    writeFileSync(join(repo, 'package.json'), '{"type":"module"}\n');
    mkdirSync(join(repo, 'src'));
    if (stale) {
      mkdirSync(join(repo, 'dist'));
      writeFileSync(join(repo, 'dist', '.built'), 'an earlier build\n');
      utimesSync(join(repo, 'dist', '.built'), new Date(2026, 0, 1), new Date(2026, 0, 1));
    }
    writeFileSync(join(repo, 'src', 'cli.ts'), '// the sources\n');
    const r = spawnSync(process.execPath, [join(repo, 'bin', 'harbor.js'), 'kinds'], { cwd: repo, encoding: 'utf8', ...childBound() });
    expect(r.status).toBe(70);
    expect(r.stderr).toBe(
      `harbor: ${stale ? 'the build in dist/ is older than src/' : 'there is no build in dist/'}, and tsx, which runs the sources instead, is not installed ` +
        '(no dev dependencies): build with `npm ci` (or `node scripts/build.mjs` where the dev dependencies are installed)\n',
    );
    expect(r.stdout).toBe('');
  });
});
