// Builds the JavaScript that `harbor`, `npm start` and the render threads run (issue 18 point 1):
// src/ and its npm packages bundled by esbuild into a few files, since a cold start was mostly
// Node opening and compiling modules (a cold `harbor render` opened 509 files).
//
// - Entry points: dist/cli.js (what bin/harbor.js runs), dist/render-task.js (each render
//   thread's task: src/workers/pool.ts; also written as one CommonJS file with its V8 code cache,
//   below), dist/xlsx-task.js (what a workbook's parse process runs:
//   src/batch/xlsx-parser.ts) and dist/pool.js (the render pool on its own, for the
//   bench's thread measurement: bench/cli.ts), and dist/pipeline.js (generate() for the bench's
//   warm renders under Node 22: bench/node22.ts). Code shared between them goes into chunks
//   (`splitting`), and every dynamic import() stays a separate chunk loaded when first needed: the
//   renderers, fonts and fontkit on a render, the HTTP stack on `serve`, ExcelJS on an .xlsx.
// - Every file is written flat into dist/ (no subfolders), and src/paths.ts is at depth one in
//   src/, so `new URL('../', import.meta.url)` in that module's code is the repository root from
//   the sources and from whichever dist/ file the bundle put it in. Every other file lookup goes
//   through src/paths.ts. The build refuses to finish if an output lands in a subfolder.
// - The shipped Handlebars templates are precompiled into the bundle (src/templates/precompiled.ts
//   is replaced by the output of src/templates/precompile.ts, each kind's templates a chunk of its
//   own), so no cold render and no thread compiles them, nor loads Handlebars' compiler, which is
//   left to Node's require from node_modules (src/templates/compiler.ts); an override folder, or a
//   shipped file edited since, still compiles at run time.
// - Types are not checked here (`npm run typecheck` does that); esbuild only strips them, so
//   `npm ci` stays quick. Sourcemaps are linked, so stack traces name the source files.
//
// Run by `npm ci` (the `prepare` script) and `npm run build`. Writes dist/.built last: bin/harbor.js
// (and the pool, from the sources) runs dist/ only when no file under src/ is newer than that
// stamp, so an edited source is never shadowed by an old build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { V8_FLAGS } from '../bin/v8-flags.js';
import { loadEsbuild } from './esbuild.mjs';

// Before anything is written: without esbuild (no dev dependencies) one line says what to run.
const { build } = await loadEsbuild(import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const out = join(root, 'dist');

// What this build wrote before goes (a module removed from src/ must not linger in dist/): its flat
// .js and .js.map files, its stamp and a precompile left by a killed run. Nothing else in dist/ is
// this build's: the web app's (scripts/build-web.mjs: public/, web-inputs.json, its .web-<pid>
// folder while it runs, the browser tests' .web-build.lock) stays. Clearing all but public/ took
// web-inputs.json with it, so the browser tests built the web app again, and could pull a running
// web build's folder from under it.
const OWN = /^(?:[^/]+\.c?js(?:\.map)?|\.built|\.precompile-\d+\.mjs|\.code-cache-\d+\.cjs|(?:render-task|cli-render)\.cache(?:\.\d+)?)$/;
mkdirSync(out, { recursive: true });
for (const e of readdirSync(out, { withFileTypes: true })) if (e.isFile() && OWN.test(e.name)) rmSync(join(out, e.name), { force: true });

/**
 * The shipped templates precompiled: src/templates/precompile.ts bundled on its own and run. Its
 * index replaces src/templates/precompiled.ts; each kind's templates are a module of their own
 * (`harbor-precompiled:<group>`), imported by the index when a render prepares that kind, so each
 * is a chunk of its own and a render loads its kind's alone (issue 18).
 */
async function precompiledTemplates() {
  const tmp = join(out, `.precompile-${process.pid}.mjs`);
  try {
    await build({
      entryPoints: [join(src, 'templates/precompile.ts')],
      outfile: tmp,
      absWorkingDir: root,
      bundle: true,
      packages: 'external',
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
    });
    const { shippedPrecompiledModules } = await import(pathToFileURL(tmp).href);
    return shippedPrecompiledModules((group) => `harbor-precompiled:${group}`);
  } finally {
    rmSync(tmp, { force: true });
  }
}

const precompiled = await precompiledTemplates();

/** src/templates/precompiled.ts (an empty index for the sources) becomes the precompiled index, and each group a module. */
const precompiledPlugin = {
  name: 'harbor-precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]templates[\\/]precompiled\.ts$/ }, () => ({ contents: precompiled.index, loader: 'js' }));
    // A group's chunk is named templates-<group>-<hash>.js (its path's name).
    b.onResolve({ filter: /^harbor-precompiled:/ }, (args) => ({ path: `templates-${args.path.slice('harbor-precompiled:'.length)}`, namespace: 'harbor-precompiled' }));
    b.onLoad({ filter: /.*/, namespace: 'harbor-precompiled' }, (args) => {
      const group = args.path.slice('templates-'.length);
      if (!Object.hasOwn(precompiled.groups, group)) throw new Error(`scripts/build.mjs: no precompiled group ${group}`);
      return { contents: precompiled.groups[group], loader: 'js' };
    });
  },
};

/**
 * zod's `locales` namespace (its error messages in ~60 languages, ~40 % of the bundled zod) is
 * exported by `z` whether used or not, so the bundle would parse it on every start. Harbor writes
 * its own messages and uses zod's English defaults only (zod sets them itself, from
 * ../locales/en.js): `z.locales` keeps `en` and nothing else.
 */
const zodEnglishOnlyPlugin = {
  name: 'zod-english-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";\n',
      loader: 'js',
    }));
  },
};

/**
 * fontkit imports brotli's decoder (for WOFF2 fonts) at the top of its module, and brotli builds
 * its dictionary when loaded (~30 ms of CPU on every first render and in every render thread).
 * Harbor embeds TTF/OTF only (assets/fonts; WOFF2 breaks pdf-lib's subsetter: docs), so the
 * decoder is behind a function that loads it on first call, which never comes. It is left out of
 * the bundle too (Node's require finds it in node_modules, as fontkit's dependency, on that call):
 * its dictionary is a 464 KB array literal that V8 scanned on every load of the fonts' chunk, a
 * cold `harbor render` and every render thread (−30 M instructions a cold render, callgrind;
 * docs/speed.md, "Cold CLI").
 */
const lazyBrotliPlugin = {
  name: 'lazy-brotli',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress\.js$/ }, (args) =>
      args.kind === 'import-statement' && /[\\/]fontkit[\\/]/.test(args.importer)
        ? { path: 'fontkit-brotli-on-first-call', namespace: 'lazy-brotli', pluginData: { resolveDir: dirname(args.importer) } }
        : undefined,
    );
    // The require() in the function below: left to Node at run time, not bundled.
    b.onResolve({ filter: /^brotli\/decompress\.js$/ }, (args) => (args.kind === 'require-call' ? { path: args.path, external: true } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-brotli' }, (args) => ({
      // The require() below runs on the first call only, through the banner's real require, and
      // finds brotli where fontkit's own require would (beside it, or in fontkit's node_modules).
      contents:
        "export default function decompress(buffer, outSize) { return require(require.resolve('brotli/decompress.js', { paths: [require.resolve('fontkit')] }))(buffer, outSize); }\n",
      loader: 'js',
      resolveDir: args.pluginData.resolveDir,
    }));
  },
};

/**
 * tiny-inflate (pure-JavaScript raw DEFLATE) is how unicode-trie unpacks its tables, and fontkit,
 * unicode-properties and linebreak each build theirs when their module loads: every cold `harbor
 * render` and every render thread inflated them in JavaScript, ~5 % of a cold render's CPU
 * (`node --cpu-prof`: `tinf_inflate_block_data` under `UnicodeTrie`; docs/speed.md, "Cold render").
 * Node's own zlib (native) gives the same bytes, since inflating is exact. Same call as
 * tiny-inflate's: `inflate(source, dest)` fills `dest` and returns it, or a copy of the filled part
 * when the data is shorter; longer data is cut at `dest`'s length, as tiny-inflate's typed-array
 * writes past the end were dropped.
 */
const nativeInflatePlugin = {
  name: 'native-inflate',
  setup(b) {
    b.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: 'tiny-inflate', namespace: 'native-inflate' }));
    b.onLoad({ filter: /.*/, namespace: 'native-inflate' }, () => ({
      contents: [
        "const { inflateRawSync } = require('node:zlib');",
        'module.exports = function inflate(source, dest) {',
        '  const out = inflateRawSync(source);',
        '  if (out.length >= dest.length) { dest.set(out.subarray(0, dest.length)); return dest; }',
        '  dest.set(out);',
        '  return dest.slice(0, out.length);',
        '};',
        '',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

/**
 * Node's built-ins taken as CommonJS objects, not through Node's ES module loader. An `import … from 'node:fs'` makes Node
 * build an ES module facade of the built-in, which reads every export, and with them the lazy
 * getters a built-in keeps for what is rarely used: `fs.ReadStream` loads fs's streams and
 * node:stream with them, `crypto.webcrypto` the whole WebCrypto. A render thread's first check paid
 * ~2 % of its start for fs's (imported for one `readlinkSync`), and a cold render both (`node
 * --cpu-prof`: `syncExports` → `get ReadStream` → `lazyLoadStreams`; docs/speed.md, "Built-ins
 * without their ES module facade"). Each static import of a `node:` module becomes a module that
 * reads the names imported off the built-in's own object, taken by the banner's CommonJS `require`
 * (the object `process.getBuiltinModule` gives, which Node 22.0–22.2 lack; esbuild keeps only the
 * names read: each is a pure read); a dynamic `import('node:…')`, node:module in the banner and
 * what is not bundled are left to Node as before.
 * The bindings are read once, at load: nothing in Harbor reassigns a built-in's export.
 */
const requireBuiltin = createRequire(import.meta.url);
const builtinsPlugin = {
  name: 'builtins-without-facade',
  setup(b) {
    // `node:fs` and a package's bare `fs` alike (the ES module builds of packages write either).
    const ids = builtinModules.filter((id) => !id.startsWith('_'));
    const filter = new RegExp(`^(?:node:.+|(?:${ids.join('|')}))$`);
    // One such module for each importer (its path names both), so it goes into the importer's chunk:
    // shared by several, it would be a chunk file of its own, one more for Node to open and compile.
    // The importer named from the repository's root, with `/` (a package's file through a linked
    // node_modules outside it keeps its `../`): the path is the key of the module's wrapper in the
    // CommonJS bundles, so an absolute one wrote the build machine's folders into dist/.
    b.onResolve({ filter }, (args) =>
      args.kind === 'import-statement'
        ? { path: `${args.path.startsWith('node:') ? args.path : `node:${args.path}`} for ${relative(root, args.importer).split(sep).join('/')}`, namespace: 'builtin' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const id = args.path.slice(0, args.path.indexOf(' for '));
      const names = Object.keys(requireBuiltin(id)).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
      const m = `require(${JSON.stringify(id)})`;
      return {
        contents: [`const m = ${m};`, 'export default m;', ...names.map((k) => `export const ${k} = /* @__PURE__ */ (() => m.${k})();`), ''].join('\n'),
        loader: 'js',
      };
    });
  },
};

/**
 * What both builds of src/ (the ES chunks below and the render task's CommonJS file after them)
 * share, so the thread's cached task is built as the chunks are.
 */
const common = {
  // Paths of the metafile and of what esbuild hashes into a chunk's name are relative to this
  // folder: the repository's root, not the folder the build was started from, so two checkouts
  // build the same files (a build run from elsewhere named its chunks differently).
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // Whitespace and syntax minified: V8 parses every byte of a module before running it, and a cold
  // `harbor kinds` spent ~35 ms of its ~150 ms compiling the bundle (780 KB → 590 KB: ~15 ms less of
  // CPU per start, and in each render thread). Identifiers are kept: zod, docx and others read
  // `constructor.name`, and stack traces keep their function names (`node --enable-source-maps`
  // maps them back to src/ through the linked sourcemaps).
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  // The ES module build of a package that has one (pdf-lib: "module"), so esbuild can drop what is
  // never used (pdf-lib's standard-font metrics) and skip the CommonJS wrappers.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // Packages left to Node's own loader, each for a reason:
  // - piscina starts its threads from its own file (dist/worker.js, found from __dirname);
  // - pino (and pino-http over it) finds its transports and thread-stream's worker by file
  //   path at run time; Harbor logs to stdout only, but a bundled copy would break that lookup.
  // - esbuild is the build tool itself (never imported at run time; listed for safety).
  external: ['piscina', 'pino', 'pino-http', 'esbuild'],
  plugins: [precompiledPlugin, zodEnglishOnlyPlugin, lazyBrotliPlugin, nativeInflatePlugin, builtinsPlugin],
};

const result = await build({
  ...common,
  entryPoints: {
    cli: join(src, 'cli.ts'),
    'render-task': join(src, 'workers/render-task.ts'),
    // What each workbook parse process runs (src/batch/xlsx-parser.ts).
    'xlsx-task': join(src, 'batch/xlsx-task.ts'),
    pool: join(src, 'workers/pool.ts'),
    // generate() for a script that runs the built pipeline under another Node (bench/node22.ts).
    pipeline: join(src, 'pipeline.ts'),
  },
  outdir: out,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  splitting: true,
  format: 'esm',
  // CommonJS packages bundled into ES modules still call require() for Node's built-ins (fs,
  // zlib, …); this gives each output file a real require, which builtinsPlugin's modules take
  // every other built-in with.
  banner: { js: "import { createRequire as __harborCreateRequire } from 'node:module'; const require = __harborCreateRequire(import.meta.url);" },
});

/**
 * What the two CommonJS bundles below share (each with a V8 code cache, src/workers/code-cache.ts,
 * which on Node 20 V8 takes only for a classic script, while esbuild splits only ES modules):
 * esbuild's CommonJS output still runs each module's body on its first import() (lazily, as the
 * chunks load), and with the cache V8 compiles none of what the training run compiled.
 * `import.meta.url` is the file's own URL, as in an ES chunk beside it (src/paths.ts: the root is
 * `..` from dist/).
 */
const cjsBundle = {
  ...common,
  outdir: out,
  entryNames: '[name]',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // import() as require(): a vm.Script has no loader for import() on Node 20 (piscina's, the one
  // external one, is a CommonJS package).
  supported: { 'dynamic-import': false },
  // fontkit's brotli lookup (lazyBrotliPlugin) is a require.resolve left to Node at run time, as in
  // the ES build; esbuild warns of it in CommonJS output only.
  logOverride: { 'require-resolve-not-external': 'silent' },
  define: { 'import.meta.url': '__harborImportMetaUrl' },
  // Written already inside the function Node wraps a CommonJS module in (node:module's `wrap`), so
  // the loader compiles the file's text as it is read: wrapping it there made a second copy of
  // 2.4 MB, kept in V8's large-object space until a full collection.
  // "use strict" first, as the directive it is in esbuild's output (ES modules are strict code).
  banner: { js: "(function (exports, require, module, __filename, __dirname) {'use strict';var __harborImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  footer: { js: '\n})' },
};

/**
 * The render thread's task a second time, as one CommonJS file (dist/render-task.cjs), and its V8
 * code cache (dist/render-task.cache), with the thread's loader (dist/render-thread.cjs, what
 * src/workers/pool.ts starts). It holds every kind and both renderers.
 */
const cjs = await build({ ...cjsBundle, entryPoints: { 'render-task': join(src, 'workers/render-task.ts') } });

/**
 * What the CLI's commands other than `render` load (src/cli/handlers.ts, src/cli/io.ts: the HTTP
 * stack, the batch machinery, ExcelJS, the template check), left out of the CLI's render bundle:
 * bin/harbor.js runs that bundle only for a command line whose first word is `render`, which never
 * reaches them. Each is a module that fails when loaded (an internal error, never met), so a change
 * of the handlers that did reach one fails loudly, not with another command's code missing.
 */
const NOT_RENDER = new Set(['../http/server.js', '../batch/run.js', '../batch/xlsx.js', '../batch/command.js', '../batch/heap-trim.js', '../pipeline.js']);
const renderOnlyPlugin = {
  name: 'cli-render-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/(?:http|batch|pipeline)/ }, (args) =>
      args.kind === 'dynamic-import' && /[\\/]src[\\/]cli[\\/](?:handlers|io)\.ts$/.test(args.importer) && NOT_RENDER.has(args.path)
        ? { path: args.path.replace(/^\.\.\//, ''), namespace: 'not-in-cli-render' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'not-in-cli-render' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`harbor: src/${args.path} is not in the CLI's render bundle (scripts/build.mjs)`)});\n`,
      loader: 'js',
    }));
  },
};

/**
 * The CLI once more, for `harbor render` alone (dist/cli-render.cjs, its cache dist/cli-render.cache;
 * bin/harbor.js chooses it): a cold render was mostly compiling (round r53 measured a cache of the
 * whole CLI −25 % of a cold render's CPU), and `harbor kinds` and `check` keep the chunks, which
 * load only what they ask for.
 */
const cliRender = await build({ ...cjsBundle, entryPoints: { 'cli-render': join(src, 'cli.ts') }, plugins: [...common.plugins, renderOnlyPlugin] });

/**
 * Every character outside ASCII written as `\uXXXX`, in every file of the ES build and both CommonJS
 * bundles. esbuild escapes them in strings and names but leaves them in regular expression literals
 * (curly quotes, dashes, `§`: 33 in the task's bundle, in six of the chunks), and one such character
 * makes V8 hold the whole file's source as a two-byte string, twice the memory: 2.4 MB in every
 * thread for the task's bundle; ~1 MB of RSS for the six chunks (measured, bench/ANALYSIS.md round
 * r55). In a regular expression `\uXXXX` is the same character, with or without the `u` flag (a
 * surrogate pair stays a pair). Those lines' columns then differ from the sourcemap's by a few
 * characters.
 */
for (const name of [...Object.keys(result.metafile.outputs), ...Object.keys(cjs.metafile.outputs), ...Object.keys(cliRender.metafile.outputs)].filter((f) => /\.c?js$/.test(f))) {
  const file = join(root, name); // the metafile's paths are relative to absWorkingDir
  const text = readFileSync(file, 'utf8');
  if (/[^\x00-\x7f]/.test(text)) writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
// The loader piscina starts, and (in a temporary file) what makes the cache: small CommonJS files.
const loaders = await build({
  entryPoints: { 'render-thread': join(src, 'workers/render-thread.ts'), 'code-cache': join(src, 'workers/code-cache.ts'), [`.code-cache-${process.pid}`]: join(src, 'workers/code-cache-make.ts') },
  outdir: out,
  entryNames: '[name]',
  outExtension: { '.js': '.cjs' },
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
  // render-thread.ts sets `module.exports` (the task is the loader's whole export: its comment);
  // esbuild warns that a .ts file of a "type": "module" package uses it, but this build writes it
  // as CommonJS (.cjs), where that is what a module does. The warning printed on every `npm ci`.
  logOverride: { 'commonjs-variable-in-esm': 'silent' },
  define: { 'import.meta.url': '__harborImportMetaUrl' },
  banner: { js: "var __harborImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
/**
 * The cache, made by running the task in a thread of a process with harbor's V8 flags on its
 * command line (bin/v8-flags.js; V8 refuses data made under other flags). A failure fails the build: the threads would run without the cache,
 * correct but slower, and nothing else would say so.
 */
const maker = join(out, `.code-cache-${process.pid}.cjs`);
try {
  // Bounded (10 min; it takes ~2 s of CPU): a maker that never ended would hold `npm ci`, and with
  // it CI, until CI's own limit, saying nothing.
  // `--predictable` (V8's fixed hash seed, one thread for its own work) makes the caches the same
  // bytes in every build; V8 leaves it out of the flags' hash it checks a cache against, so harbor's
  // processes, which do not set it, take the data (src/workers/code-cache.ts; tests/cli/build.test.ts
  // builds twice and compares, and checks that threads and the CLI load from the cache).
  const made = spawnSync(process.execPath, [...V8_FLAGS, '--predictable', maker, out, root, JSON.stringify(V8_FLAGS)], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 600_000, killSignal: 'SIGKILL' });
  if (made.error?.code === 'ETIMEDOUT') throw new Error("scripts/build.mjs: making the render thread's code cache did not end within 10 minutes (stopped)");
  if (made.status !== 0) throw new Error(`scripts/build.mjs: making the render thread's code cache failed (exit ${made.status ?? made.signal})`);
} finally {
  rmSync(maker, { force: true });
}

// Every output flat in dist/ (src/paths.ts depends on it).
const outputs = [...Object.keys(result.metafile.outputs), ...Object.keys(cjs.metafile.outputs), ...Object.keys(cliRender.metafile.outputs), ...Object.keys(loaders.metafile.outputs)].map((f) => relative(out, join(root, f)));
const nested = outputs.filter((f) => f.includes('/') || f.includes('\\'));
if (nested.length > 0) throw new Error(`scripts/build.mjs: outputs must be directly in dist/ (src/paths.ts): ${nested.join(', ')}`);
const js = outputs.filter((f) => f.endsWith('.js'));
writeFileSync(join(out, '.built'), `${js.length} files (${Object.keys(result.metafile.inputs).length} inputs) from ${relative(root, src)}/\n`);
