// Builds the JavaScript that `harbor`, `npm start` and the render threads run: every module of
// src/ transpiled on its own (no bundle) into dist/ with the same tree, so the paths each module
// resolves from its own location (templates/, fixtures/, assets/, data/, package.json) are the same
// from dist/ as from src/. Types are not checked here (`npm run typecheck` does that); esbuild only
// strips them, which takes well under a second, so `npm ci` stays quick.
//
// Run by `npm ci` (the `prepare` script) and `npm run build`. Writes dist/.built last: bin/harbor.js
// runs dist/ only when no file under src/ is newer than that stamp, so an edited source is never
// shadowed by an old build.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const out = join(root, 'dist');

/** Every TypeScript module under src/ (render-worker.mjs, the threads' tsx entry, is for the sources only). */
function modules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return modules(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

// A fresh tree each time (a module removed from src/ must not linger in dist/), except dist/public/,
// which the web app's own build writes.
mkdirSync(out, { recursive: true });
for (const e of readdirSync(out)) if (e !== 'public') rmSync(join(out, e), { recursive: true, force: true });
const entryPoints = modules(src);
await build({
  entryPoints,
  outbase: src,
  outdir: out,
  bundle: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
writeFileSync(join(out, '.built'), `${entryPoints.length} modules from ${relative(root, src)}/\n`);
