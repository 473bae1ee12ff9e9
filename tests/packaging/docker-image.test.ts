// The Docker image holds what the running service reads, as the Dockerfile's runtime stage copies
// it: every folder or file of the repository that src/ opens at run time (through src/paths.ts:
// templates, fixtures, fonts, wage tables, package.json, the build) is copied into the final stage
// and let through .dockerignore's allow-list, or the image starts and fails on its first request
// that needs it. No docker runs here; this reads the two files. src/ itself is left out on
// purpose (the image runs dist/; bin/harbor.js reads src/ only to see whether the build is stale).
// And the image keeps its promises (docs/configuration.md, Docker): Node 22, the lockfile (npm ci),
// no dev dependencies, a user other than root, a HEALTHCHECK on /healthz (bin/healthcheck.js,
// tested in healthcheck.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoFiles, ROOT } from '../support/files.js';

const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8');

/** The source of every .ts file under src/. */
function sources(): string[] {
  return repoFiles('src', /\.ts$/).map((f) => readFileSync(join(ROOT, f), 'utf8'));
}

/** The top-level names of the repository that src/ reads at run time (`rootUrl('assets/fonts/')` → assets). */
const readAtRunTime = [...new Set(sources().flatMap((s) => [...s.matchAll(/\broot(?:Url|Path)\(\s*[`'"]([^/`'"$]+)/g)].map((m) => m[1]!)))]
  .filter((name) => name !== 'src')
  .sort();

// The final stage: after the last FROM.
const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
/** What the final stage's COPY lines put under /app (WORKDIR), by top-level name. */
const copied = new Set(
  [...finalStage.matchAll(/^COPY (?:--from=\S+ )?(.+)$/gm)].flatMap((m) => {
    const args = m[1]!.trim().split(/\s+/);
    const dest = args.pop()!;
    return dest === './' ? args.map((a) => a.replace(/^\/app\//, '').replace(/\/$/, '')) : [dest.replace(/^\.\//, '').replace(/\/$/, '')];
  }),
);
/** The allow-list of .dockerignore (`!name` or `!name/`), by top-level name. */
const allowed = new Set([...ignore.matchAll(/^!([^/\s]+)\/?$/gm)].map((m) => m[1]!));

describe('the Docker image', () => {
  it('finds what the code reads and what the image copies (the scan works)', () => {
    expect(readAtRunTime).toEqual(expect.arrayContaining(['assets', 'data', 'dist', 'fixtures', 'package.json', 'templates']));
    expect([...copied]).toEqual(expect.arrayContaining(['node_modules', 'bin']));
    expect([...allowed]).toContain('src');
  });

  it.each(readAtRunTime)('holds %s, which the service reads at run time: copied into the final stage, allowed by .dockerignore', (name) => {
    expect(copied, `COPY of ${name} in the Dockerfile's final stage`).toContain(name);
    // dist/ is built inside the image; everything else comes from the build context.
    if (name !== 'dist') expect(allowed, `!${name} in .dockerignore`).toContain(name);
  });

  it('runs bin/harbor.js on Node 22 from the lockfile, without dev dependencies, as a user other than root, with a health check', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:22-/m);
    expect(dockerfile).toMatch(/^RUN npm ci\b.*&& npm prune --omit=dev\b/m);
    expect(copied).toContain('package-lock.json');
    expect(finalStage).toMatch(/^USER (?!root\b|0\b)\S+$/m);
    expect(finalStage).toMatch(/^HEALTHCHECK .*\n?.*"bin\/healthcheck\.js"/m);
    expect(finalStage).toMatch(/^CMD \["node", "bin\/harbor\.js", "serve"\]$/m);
  });
});
