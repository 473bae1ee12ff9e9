// Installing Harbor reports nothing to anyone (the project handles children's case data, and a
// clinic's machine should not announce what it installs). swagger-ui-dist (the offline /docs page)
// depends on @scarf/scarf, whose postinstall script sends install analytics unless the root
// package opts out (its report.js reads `scarfSettings.enabled === false` from our package.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const json = (f: string): Record<string, unknown> => JSON.parse(readFileSync(`${ROOT}${f}`, 'utf8')) as Record<string, unknown>;

describe('install-time analytics', () => {
  it('are turned off in package.json for every analytics package the lockfile installs', () => {
    const lock = json('package-lock.json') as { packages: Record<string, unknown> };
    const scarf = Object.keys(lock.packages).filter((p) => p.endsWith('node_modules/@scarf/scarf'));
    // swagger-ui-dist brings it today; if it ever goes, this test still holds (nothing to turn off).
    if (scarf.length > 0) expect((json('package.json').scarfSettings as { enabled?: unknown } | undefined)?.enabled).toBe(false);
    // The package that would report reads exactly this setting (a changed opt-out would show here).
    if (scarf.length > 0) expect(readFileSync(`${ROOT}node_modules/@scarf/scarf/report.js`, 'utf8')).toContain('rootPackage.scarfSettings.enabled === false');
  });
});
