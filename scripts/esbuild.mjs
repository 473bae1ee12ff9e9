// esbuild for the build scripts (build.mjs, build-web.mjs). It is a dev dependency, and an install
// without them (`npm ci --omit=dev`) still runs the `prepare` script: the build then stops with one
// line that says what is missing and what to run instead (docs/configuration.md, Without Docker),
// before it has touched dist/, rather than with Node's ERR_MODULE_NOT_FOUND stack.
import { basename } from 'node:path';

/** esbuild's API, or exit 1 with that line when esbuild is not installed. `script`: the caller's import.meta.url. */
export async function loadEsbuild(script) {
  try {
    return await import('esbuild');
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    process.stderr.write(
      `scripts/${basename(new URL(script).pathname)}: esbuild is not installed: the build needs the dev dependencies, which \`npm ci --omit=dev\` leaves out; ` +
        'run `npm ci`, then `npm prune --omit=dev` to drop them after the build (as the Dockerfile does)\n',
    );
    process.exit(1);
  }
}
