// The build that `npm ci` makes (issue 18 point 1): `harbor` runs dist/ when it is current and the
// sources through tsx when a file under src/ is newer, so an edit is never shadowed by an old build.
import { cpSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the build (scripts/build.mjs) and bin/harbor.js', () => {
  // A copy of the repository's code in a temp folder, with node_modules linked, so the test never
  // touches the working tree's dist/.
  const dir = mkdtempSync(join(tmpdir(), 'harbor-build-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const d of ['bin', 'src', 'scripts', 'templates', 'fixtures', 'assets', 'data']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const harbor = (args: string[]) => spawnSync(process.execPath, [join(dir, 'bin/harbor.js'), ...args], { encoding: 'utf8' });

  it('builds every module into dist/ with the same tree, and harbor runs it', () => {
    const b = spawnSync(process.execPath, [join(dir, 'scripts/build.mjs')], { encoding: 'utf8' });
    expect(b.status, b.stderr).toBe(0);
    // Mark the built CLI so the test can tell which code ran.
    writeFileSync(join(dir, 'dist/kinds/index.js'), "\nprocess.stderr.write('ran dist\\n');\n", { flag: 'a' });
    const r = harbor(['kinds']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^rfa\t/m);
    expect(r.stderr).toContain('ran dist');
  });

  it('runs the sources when a file under src/ is newer than the build', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'src/version.ts'), later, later);
    const r = harbor(['kinds']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^rfa\t/m);
    expect(r.stderr).not.toContain('ran dist');
  });
});
