// Every install script the lockfile brings has been reviewed: npm (11.16 on) reads package.json's
// `allowScripts`, lists every package with an install script not in it after each `npm ci` (five
// lines of warnings on a newcomer's first screen), and from npm 12 skips their scripts. esbuild's
// postinstall is allowed (it puts the platform's binary in place for the build); @scarf/scarf's is
// denied: it is install analytics (swagger-ui-dist brings it), which Harbor turns off twice over
// (`scarfSettings`, tests/cli/install-telemetry.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };

/** The packages the lockfile installs that have an install script, by name. */
const withScripts = [...new Set(Object.entries(lock.packages).filter(([path, p]) => path !== '' && p.hasInstallScript).map(([path]) => path.replace(/^.*node_modules\//, '')))];

describe('install scripts', () => {
  it('every package with an install script is allowed or denied in package.json (allowScripts)', () => {
    expect(withScripts).toContain('esbuild');
    const reviewed = Object.keys(pkg.allowScripts ?? {}).map((k) => k.replace(/(?<=.)@[^@]*$/, '')); // "pkg@1.2.3" pins a version
    expect(withScripts.filter((name) => !reviewed.includes(name))).toEqual([]);
  });

  it('install analytics never run: @scarf/scarf is denied', () => {
    if (withScripts.includes('@scarf/scarf')) expect(pkg.allowScripts?.['@scarf/scarf']).toBe(false);
  });
});
