// Builds the web app (issue 13) into dist/public: the TypeScript of web/src bundled and minified by
// esbuild, the pages and stylesheet of web/static, and Swagger UI's own files for /docs (copied
// from swagger-ui-dist, so the docs page works offline). Each script and stylesheet also gets a
// gzip twin that the server sends when the browser accepts it. Run by `npm run build:web`, which
// `prepare` calls, so `npm ci` is enough to serve the app.
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadEsbuild } from './esbuild.mjs';

// Before anything is written: without esbuild (no dev dependencies) one line says what to run.
const { build } = await loadEsbuild(import.meta.url);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Built beside its place and renamed into it at the end, so a running server never sees half an app.
const final = join(root, 'dist', 'public');
const out = join(root, 'dist', `.web-${process.pid}`);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'app'), { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: ['web/src/home.ts', 'web/src/form.tsx', 'web/src/batch.ts', 'web/src/docs.ts'],
  outdir: join(out, 'app'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [
    {
      // @rjsf/core's test helper imports the AJV validator; the app never calls it (see no-ajv.ts).
      name: 'no-ajv',
      setup(b) {
        b.onResolve({ filter: /^@rjsf\/validator-ajv8$/ }, () => ({ path: join(root, 'web', 'src', 'form', 'no-ajv.ts') }));
      },
    },
  ],
});

cpSync(join(root, 'web', 'static'), out, { recursive: true });
const swagger = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
mkdirSync(join(out, 'swagger'), { recursive: true });
for (const f of ['swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE', 'NOTICE']) cpSync(join(swagger, f), join(out, 'swagger', f));

// Precompressed twins of the text assets.
const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
for (const f of walk(out)) if (/\.(js|css|html)$/.test(f)) writeFileSync(f + '.gz', gzipSync(readFileSync(f), { level: 9 }));

rmSync(final, { recursive: true, force: true });
renameSync(out, final);
// The files of src/ the pages take (the depth bound, the scan of a draft's text, the issue type),
// beside the app and not served: the browser tests build the app again when one is newer.
const fromSrc = Object.keys(result.metafile.inputs).filter((f) => f.startsWith('src/')).sort();
writeFileSync(join(root, 'dist', 'web-inputs.json'), JSON.stringify(fromSrc, null, 2) + '\n');

const sizes = Object.entries(result.metafile.outputs)
  .filter(([f]) => f.endsWith('.js'))
  .map(([f, o]) => `${f.replace(/^.*dist\/\.web-\d+\//, '')} ${(o.bytes / 1024).toFixed(0)} KB`);
console.log(`web app built into dist/public: ${sizes.join(', ')}`);
