#!/usr/bin/env node
// The `harbor` command. It runs the JavaScript built into dist/ by `npm ci` (the `prepare` script,
// scripts/build.mjs): ~0.1 s to start instead of ~2 s compiling the TypeScript on every start.
// When there is no build, or a file under src/ is newer than it (a developer's edit), it runs the
// sources through tsx's loader instead, so an edit is never shadowed by an old build.
import module from 'node:module';
import { applyV8Flags } from './v8-flags.js';

// Node's built-ins as their CommonJS objects (require), not through the ES module loader: an `import` of
// node:fs makes Node read every export of fs for its ES module facade, and fs's lazy `ReadStream`
// getter then loads fs's streams and node:stream, which a cold `harbor check` never uses (as the
// bundle takes them: scripts/build.mjs, builtinsPlugin).
const require = module.createRequire(import.meta.url);
const { existsSync, readdirSync, statSync } = require('node:fs');
const { fileURLToPath } = require('node:url');

// Node 22.1+: V8's compiled code of the modules loaded below is kept on disk between runs (in
// NODE_COMPILE_CACHE, or a node-compile-cache folder of the system's temporary directory), so a
// cold `harbor` does not compile the same bundle again. Code only, never data. Node 20 has no
// such cache (the call does not exist there) and compiles each time.
module.enableCompileCache?.();

// Before anything else loads or any render thread starts (./v8-flags.js says which and why).
applyV8Flags();

const root = new URL('../', import.meta.url);
const stamp = new URL('dist/.built', root);

/** Newest modification time (ms) of the files under a folder; 0 when it does not exist. */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(`${e.parentPath ?? e.path}/${e.name}`).mtimeMs);
  }
  return t;
}

const built = existsSync(stamp) && newest(new URL('src/', root)) <= statSync(stamp).mtimeMs;
let main, stdioFailure;
if (built) {
  // `harbor render …` and `harbor check …` (the first word is the command, whatever follows)
  // compiled from the build's V8 code cache of the CLI's bundle for them (dist/cli-render.cjs: the
  // CLI without the other commands' code) when the cache is this build's and this process's
  // (src/workers/code-cache.ts checks): a cold render or check was mostly compiling (bench/ANALYSIS.md,
  // round r55). Else, and for every other command, the ES chunks, which load only what a command
  // asks for. Which way was taken is left on globalThis (CLI_LOAD) for tests, and said nowhere else.
  if (process.argv[2] === 'render' || process.argv[2] === 'check') {
    const { loadWithCache, CLI_LOAD } = require('../dist/code-cache.cjs');
    const cached = loadWithCache(fileURLToPath(new URL('dist/cli-render.cjs', root)), fileURLToPath(new URL('dist/cli-render.cache', root)));
    globalThis[CLI_LOAD] = 'exports' in cached ? { via: 'code-cache' } : { via: 'es-chunks', why: cached.why };
    if ('exports' in cached) ({ main, stdioFailure } = cached.exports);
  }
  if (main === undefined) ({ main, stdioFailure } = await import(new URL('dist/cli.js', root).href));
} else {
  // tsx is a dev dependency: a host installed without them (npm prune --omit=dev) that has no
  // build, or whose sources were updated without building again, is told so in one line, exit 70
  // (the installation cannot run: EX_SOFTWARE), not with the stack of a missing package.
  const tsx = await import('tsx/esm/api').catch((e) => {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    const why = existsSync(stamp) ? 'the build in dist/ is older than src/' : 'there is no build in dist/';
    process.stderr.write(
      `harbor: ${why}, and tsx, which runs the sources instead, is not installed (no dev dependencies): ` +
        'build with `npm ci` (or `node scripts/build.mjs` where the dev dependencies are installed)\n',
    );
    process.exit(70);
  });
  tsx.register();
  ({ main, stdioFailure } = await import(new URL('src/cli.ts', root).href));
}

// A write to stdout or stderr that fails (a reader that stopped early: EPIPE; a full disk: ENOSPC)
// is an 'error' event on the stream, a stack on stderr and exit 1 when unhandled. stdioFailure
// (src/cli.ts) says what to print and the exit code. Nothing is written before this point.
for (const [stream, name] of [
  [process.stdout, 'stdout'],
  [process.stderr, 'stderr'],
]) {
  stream.on('error', (err) => {
    const failure = stdioFailure(name, err);
    if (failure === undefined) return; // a file -o names is already in place: its exit code stands
    const { line, exitCode } = failure;
    if (line !== undefined) process.stderr.write(line);
    process.exit(exitCode);
  });
}
process.exitCode = await main(process.argv.slice(2));
