// The build that `npm ci` makes (issue 18 point 1): `harbor` runs dist/ when it is current and the
// sources through tsx when a file under src/ is newer, so an edit is never shadowed by an old build;
// the bundle finds the repository's files from dist/ and renders what the sources render.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { KINDS } from '../../src/kinds/index.js';
import { generate } from '../../src/pipeline.js';
import { HARBOR_VERSION } from '../../src/version.js';
import { decodeCache, encodeCache } from '../../src/workers/code-cache.js';
import { V8_FLAGS } from '../../bin/v8-flags.js';
import { childBound } from '../support/until.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The ways a built code cache can be wrong, each of which the loader that reads it (a render
 * thread's, bin/harbor.js's) must refuse, falling back to the ES chunks with the same bytes: V8's
 * data of another script under a header that passes every check of ours (V8 refuses it); a
 * truncated file; a header naming another bundle's hash; and the bundle changed with its length
 * kept (V8 itself would accept the data and run the old code). Each: its name, what it does to
 * dist/, the reason the loader is expected to give.
 */
function spoiledCaches(cacheFile: string, bundleFile: string, built: { cache: Buffer; bundle: Buffer }): [string, () => void, RegExp][] {
  const parts = decodeCache(built.cache);
  if ('why' in parts) throw new Error(parts.why);
  const foreign = () => {
    const r = spawnSync(process.execPath, ['-e', `for (const f of ${JSON.stringify(V8_FLAGS)}) require('node:v8').setFlagsFromString(f); process.stdout.write(new (require('node:vm').Script)('(function other() { return 1; })').createCachedData().toString('base64'))`], { encoding: 'utf8', ...childBound() });
    expect(r.status, r.stderr).toBe(0);
    return Buffer.from(r.stdout, 'base64');
  };
  return [
    ['another bundle', () => writeFileSync(cacheFile, encodeCache(parts.header, parts.probe, foreign())), /V8 refused the cache/],
    ['truncated', () => writeFileSync(cacheFile, built.cache.subarray(0, built.cache.byteLength - 1000)), /truncated/],
    ['a wrong hash', () => writeFileSync(cacheFile, encodeCache({ ...parts.header, bundleSha256: '0'.repeat(64) }, parts.probe, parts.data)), /another bundle/],
    ['a bundle of the same length', () => writeFileSync(bundleFile, Buffer.from(built.bundle.toString('latin1').replace('use strict', 'use strick'), 'latin1')), /another bundle/],
  ];
}

describe('the build (scripts/build.mjs) and bin/harbor.js', () => {
  // A copy of the repository's code in a temp folder, with node_modules linked, so the test never
  // touches the working tree's dist/.
  const dir = mkdtempSync(join(tmpdir(), 'harbor-build-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const d of ['bin', 'src', 'scripts', 'templates', 'fixtures', 'assets', 'data']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // Each file of the build as first made (the next tests mark and spoil some), by name.
  const builtFiles = new Map<string, Buffer>();
  const harbor = (args: string[], node: string[] = []) => spawnSync(process.execPath, [...node, join(dir, 'bin/harbor.js'), ...args], { encoding: 'utf8', ...childBound() });

  it('bundles src/ into a few flat files of dist/, and harbor runs them; what the web app\'s build wrote stays, an old module goes', () => {
    // The web app's build (scripts/build-web.mjs) and the browser tests' lock beside it, and a module of an older build.
    mkdirSync(join(dir, 'dist', 'public'), { recursive: true });
    mkdirSync(join(dir, 'dist', '.web-build.lock'));
    writeFileSync(join(dir, 'dist', 'public', 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'dist', 'web-inputs.json'), '[]\n');
    writeFileSync(join(dir, 'dist', 'chunk-GONE.js'), '');
    const b = spawnSync(process.execPath, [join(dir, 'scripts/build.mjs')], { encoding: 'utf8', ...childBound() });
    expect(b.status, b.stderr).toBe(0);
    const files = readdirSync(join(dir, 'dist'), { withFileTypes: true });
    for (const e of files) if (e.isFile()) builtFiles.set(e.name, readFileSync(join(dir, 'dist', e.name)));
    expect(readFileSync(join(dir, 'dist', 'public', 'index.html'), 'utf8')).toBe('<!doctype html>');
    expect(readFileSync(join(dir, 'dist', 'web-inputs.json'), 'utf8')).toBe('[]\n');
    expect(files.map((e) => e.name)).not.toContain('chunk-GONE.js');
    // Flat (src/paths.ts finds the repository root at `..` from any of them), with sourcemaps.
    expect(files.filter((e) => e.isDirectory()).map((e) => e.name).sort()).toEqual(['.web-build.lock', 'public']);
    const js = files.map((e) => e.name).filter((f) => f.endsWith('.js'));
    expect(js).toEqual(expect.arrayContaining(['cli.js', 'render-task.js', 'pool.js', 'pipeline.js']));
    // The render thread's task as one CommonJS file, its loader and its V8 code cache, made at build
    // time with harbor's V8 flags for this bundle (src/workers/code-cache.ts); the bundle is ASCII,
    // so V8 holds it as a one-byte string; the maker's temporary file is gone.
    expect(files.map((e) => e.name)).toEqual(expect.arrayContaining(['render-thread.cjs', 'render-task.cjs', 'render-task.cache']));
    expect(files.map((e) => e.name).filter((f) => f.startsWith('.code-cache-'))).toEqual([]);
    const bundle = readFileSync(join(dir, 'dist/render-task.cjs'));
    expect(bundle.every((b) => b < 0x80)).toBe(true);
    const cache = decodeCache(readFileSync(join(dir, 'dist/render-task.cache')));
    if ('why' in cache) throw new Error(cache.why);
    expect(cache.header).toMatchObject({ bundleSha256: createHash('sha256').update(bundle).digest('hex'), node: process.version, flags: V8_FLAGS });
    expect(cache.data.byteLength).toBeGreaterThan(100_000);
    // The same for the CLI's `render` and `check` (bin/harbor.js chooses it for them alone), with the
    // loader bin/harbor.js requires: its bundle holds none of the other commands' code (the HTTP
    // stack, the batch machinery, ExcelJS, the template check), which `render` never reaches.
    expect(files.map((e) => e.name)).toEqual(expect.arrayContaining(['cli-render.cjs', 'cli-render.cache', 'code-cache.cjs']));
    const cliBundle = readFileSync(join(dir, 'dist/cli-render.cjs'));
    expect(cliBundle.every((b) => b < 0x80)).toBe(true);
    const cliCache = decodeCache(readFileSync(join(dir, 'dist/cli-render.cache')));
    if ('why' in cliCache) throw new Error(cliCache.why);
    expect(cliCache.header).toMatchObject({ bundleSha256: createHash('sha256').update(cliBundle).digest('hex'), node: process.version, flags: V8_FLAGS });
    expect(cliCache.data.byteLength).toBeGreaterThan(100_000);
    const cliSources = (JSON.parse(readFileSync(join(dir, 'dist/cli-render.cjs.map'), 'utf8')) as { sources: string[] }).sources;
    expect(cliSources.filter((f) => /src\/(?:http|batch\/(?:command|run|xlsx|heap-trim))|node_modules\/(?:express|exceljs)\//.test(f))).toEqual([]);
    expect(cliSources.some((f) => f.endsWith('src/generate.ts'))).toBe(true);
    for (const f of js) expect(files.map((e) => e.name)).toContain(`${f}.map`);
    // Every file ASCII (the build escapes what esbuild leaves in regular expression literals), so V8
    // holds no chunk's source as a two-byte string.
    expect(files.map((e) => e.name).filter((f) => /\.c?js$/.test(f) && !readFileSync(join(dir, 'dist', f)).every((b) => b < 0x80))).toEqual([]);
    // Bundled: far fewer files than modules, and the shipped templates precompiled into them (a
    // chunk per kind's templates).
    expect(js.length).toBeLessThan(90);
    expect(js.some((f) => readFileSync(join(dir, 'dist', f), 'utf8').match(/"partials\/rfa-child\.hbs":\s*\{\s*sha256:/) !== null)).toBe(true);
    // Mark the built CLI so the test can tell which code ran.
    writeFileSync(join(dir, 'dist/cli.js'), "\nprocess.stderr.write('ran dist\\n');\n", { flag: 'a' });
    const r = harbor(['kinds']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^rfa\t/m);
    expect(r.stderr).toContain('ran dist');
  }, /* the build with its two caches' training runs: 166 s at a load average of 40 on two cores */ 300_000);

  it("builds the same files wherever the checkout is: no file names the build's folder, and each, the V8 caches too, is byte-identical to a build in another folder", () => {
    // A second copy beside the first (the same depth, so the linked node_modules, outside both, is
    // the same relative path in the sourcemaps of both). The V8 code caches too (round r56): until
    // then each held the bundle's absolute path (the script's name, which V8 keeps) and differed
    // between any two builds, in one folder too (V8's random hash seed; the maker now runs with
    // `--predictable`: src/workers/code-cache.ts).
    const other = mkdtempSync(join(tmpdir(), 'harbor-build-other-'));
    try {
      for (const d of ['bin', 'src', 'scripts', 'templates', 'fixtures', 'assets', 'data']) cpSync(join(ROOT, d), join(other, d), { recursive: true });
      cpSync(join(ROOT, 'package.json'), join(other, 'package.json'));
      symlinkSync(join(ROOT, 'node_modules'), join(other, 'node_modules'));
      const b = spawnSync(process.execPath, [join(other, 'scripts/build.mjs')], { encoding: 'utf8', ...childBound() });
      expect(b.status, b.stderr).toBe(0);
      const names = readdirSync(join(other, 'dist')).sort();
      // The first copy's dist/ also holds the web app's file the first test put there.
      expect(names).toEqual([...builtFiles.keys()].filter((f) => f !== 'web-inputs.json').sort());
      const caches = names.filter((f) => f.endsWith('.cache'));
      expect(caches).toEqual(['cli-render.cache', 'render-task.cache']);
      const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
      const differ = names.filter((f) => sha(readFileSync(join(other, 'dist', f))) !== sha(builtFiles.get(f)!));
      expect(differ).toEqual([]);
      // Neither folder is named in any file, caches included (the chunks' module keys were the
      // build machine's absolute paths until round r55, the caches' script names until r56).
      for (const [root, files] of [[dir, builtFiles], [other, new Map(names.map((f) => [f, readFileSync(join(other, 'dist', f))]))]] as const) {
        expect([...files].filter(([, bytes]) => bytes.includes(root)).map(([f]) => f)).toEqual([]);
      }
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, /* a second build, with its caches' training runs */ 300_000);

  it('finds the templates, fixtures, fonts, colour profile, wage table and version from dist/, and renders the same bytes as the sources', async () => {
    // `example` reads fixtures/ and `--version` package.json, from the CLI's bundle.
    const ex = harbor(['example', 'restitution-worksheet']);
    expect(ex.status, ex.stderr).toBe(0);
    expect(harbor(['--version']).stdout).toBe(`harbor ${HARBOR_VERSION}\n`);
    // A one-thread pool from dist/ (dist/pool.js, starting dist/render-thread.cjs, which in a
    // process without harbor's V8 flags loads dist/render-task.js; with them, the next test): templates
    // (precompiled), fonts, the ICC profile and the wage table are read from the copy's root.
    const child = `
      const { createRenderPool } = await import(process.argv[1]);
      const { createHash } = await import('node:crypto');
      const jobs = JSON.parse(process.argv[2]);
      const pool = createRenderPool({ threads: 1, timeoutMs: 60000, maxQueue: 16 });
      const out = [];
      for (const j of jobs) out.push(createHash('sha256').update((await pool.render(j)).bytes).digest('hex'));
      await pool.close();
      process.stdout.write(JSON.stringify(out));`;
    const jobs = KINDS.flatMap((k) => (['pdf', 'docx'] as const).map((format) => ({ kind: k.id, input: exampleCase(k.id), format })));
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', child, join(dir, 'dist/pool.js'), JSON.stringify(jobs)], { encoding: 'utf8', ...childBound() });
    expect(r.status, r.stderr).toBe(0);
    const fromSources = [];
    for (const j of jobs) fromSources.push(createHash('sha256').update((await generate(j)).bytes).digest('hex'));
    expect(JSON.parse(r.stdout)).toEqual(fromSources);
  });

  it("a render thread compiles its task from the build's V8 code cache in a process with harbor's V8 flags, and loads the ES chunks instead, the same bytes, when the cache is another bundle's, truncated or names another hash, or the flags differ; nothing is written", async () => {
    const dist = join(dir, 'dist');
    const cacheFile = join(dist, 'render-task.cache');
    const bundleFile = join(dist, 'render-task.cjs');
    const built = { cache: readFileSync(cacheFile), bundle: readFileSync(bundleFile) };
    // A thread started on the loader piscina starts (dist/render-thread.cjs) runs the jobs; the child
    // prints how the thread loaded its task (TASK_LOAD, said to tests only) and each document's hash.
    // With `flags`, the child sets harbor's V8 flags first, as bin/harbor.js does.
    const child = join(dir, 'cache-child.cjs');
    writeFileSync(
      child,
      `const { Worker } = require('node:worker_threads');
      const [flags, loader, jobs] = process.argv.slice(2);
      if (flags === 'flags') for (const f of JSON.parse(${JSON.stringify(JSON.stringify(V8_FLAGS))})) require('node:v8').setFlagsFromString(f);
      const w = new Worker(\`
        const { parentPort, workerData } = require('node:worker_threads');
        const { createHash } = require('node:crypto');
        (async () => {
          const task = await require(workerData.loader);
          const hashes = [];
          for (const j of workerData.jobs) {
            const r = await task({ ...j, state: new Int32Array(new SharedArrayBuffer(8)) });
            const value = r[Object.getOwnPropertySymbols(r).find((s) => s.description === 'Piscina.valueOf')];
            hashes.push(value?.ok ? createHash('sha256').update(value.value.bytes).digest('hex') : JSON.stringify(r));
          }
          parentPort.postMessage({ load: globalThis[Symbol.for('harbor.renderTaskLoad')], hashes });
        })();\`, { eval: true, workerData: { loader, jobs: JSON.parse(jobs), counters: new Int32Array(new SharedArrayBuffer(12)) } });
      w.once('message', (m) => { process.stdout.write(JSON.stringify(m)); w.terminate(); });`,
    );
    const run = (flags: 'flags' | 'none', jobs: { kind: string; input: unknown; format: 'pdf' | 'docx' }[]) => {
      const r = spawnSync(process.execPath, [child, flags, join(dist, 'render-thread.cjs'), JSON.stringify(jobs)], { encoding: 'utf8', ...childBound() });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { load: { via: string; why?: string }; hashes: string[] };
    };
    const sourcesHashes = async (jobs: { kind: string; input: unknown; format: 'pdf' | 'docx' }[]) => {
      const out = [];
      for (const j of jobs) out.push(createHash('sha256').update((await generate(j)).bytes).digest('hex'));
      return out;
    };
    const every = KINDS.flatMap((k) => (['pdf', 'docx'] as const).map((format) => ({ kind: k.id, input: exampleCase(k.id), format })));
    const rfa = every.filter((j) => j.kind === 'rfa');
    const listing = () => readdirSync(dist).sort();
    const before = listing();
    {
      const expected = { every: await sourcesHashes(every), rfa: await sourcesHashes(rfa) };
      // As built: the cache, and every kind's example to PDF and DOCX as the sources render it.
      expect(run('flags', every)).toEqual({ load: { via: 'code-cache' }, hashes: expected.every });
      // A process without harbor's flags (a test runner, a script importing the pool): V8 would
      // refuse the data; the probe says so before the bundle is read.
      expect(run('none', rfa)).toEqual({ load: { via: 'es-chunks', why: expect.stringMatching(/probe.*flags/) }, hashes: expected.rfa });
      const cases = spoiledCaches(cacheFile, bundleFile, built);
      try {
        for (const [, spoil, why] of cases) {
          spoil();
          expect(run('flags', rfa)).toEqual({ load: { via: 'es-chunks', why: expect.stringMatching(why) }, hashes: expected.rfa });
          writeFileSync(cacheFile, built.cache);
          writeFileSync(bundleFile, built.bundle);
        }
      } finally {
        writeFileSync(cacheFile, built.cache);
        writeFileSync(bundleFile, built.bundle);
      }
      // No file was added to dist/ by a thread: the cache is never written at run time.
      expect(listing()).toEqual(before);
    }
  });

  it("a cold `harbor render` and `check` compile the CLI from the build's V8 code cache, and load the ES chunks instead, the same bytes, when the cache is another bundle's, truncated or names another hash; every other command loads the chunks; nothing is written", async () => {
    const dist = join(dir, 'dist');
    const cacheFile = join(dist, 'cli-render.cache');
    const bundleFile = join(dist, 'cli-render.cjs');
    const built = { cache: readFileSync(cacheFile), bundle: readFileSync(bundleFile) };
    // How bin/harbor.js loaded the CLI (CLI_LOAD on its globalThis, said to tests only), printed by a
    // module Node runs first, as the process ends.
    const said = join(dir, 'cli-load.mjs');
    writeFileSync(said, "process.on('exit', () => process.stderr.write('cli load ' + JSON.stringify(globalThis[Symbol.for('harbor.cliLoad')] ?? null) + '\\n'));\n");
    const rfa = join(ROOT, 'fixtures/rfa/full.json');
    const pdf = join(dir, 'cli-cache.pdf');
    const run = (args: string[]) => {
      const r = harbor(args, ['--import', pathToFileURL(said).href]);
      expect(r.status, r.stderr).toBe(0);
      return { load: JSON.parse(/^cli load (.*)$/m.exec(r.stderr)![1]!) as { via: string; why?: string } | null, stdout: r.stdout };
    };
    const render = () => {
      const { load } = run(['render', 'rfa', rfa, '-o', pdf]);
      return { load, sha256: createHash('sha256').update(readFileSync(pdf)).digest('hex') };
    };
    const expected = createHash('sha256').update((await generate({ kind: 'rfa', input: JSON.parse(readFileSync(rfa, 'utf8')), format: 'pdf' })).bytes).digest('hex');
    const listing = () => readdirSync(dist).sort();
    const before = listing();
    // As built: render and check from the cache, the sources' bytes; `kinds` the chunks.
    expect(render()).toEqual({ load: { via: 'code-cache' }, sha256: expected });
    const check = run(['check', 'rfa', rfa]);
    expect(check.load).toEqual({ via: 'code-cache' });
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true });
    expect(run(['kinds']).load).toBeNull();
    const cases = spoiledCaches(cacheFile, bundleFile, built);
    try {
      for (const [name, spoil, why] of cases) {
        spoil();
        expect({ name, ...render() }).toEqual({ name, load: { via: 'es-chunks', why: expect.stringMatching(why) }, sha256: expected });
        // And check, its answer the cached bundle's to the byte.
        if (name === 'truncated') expect(run(['check', 'rfa', rfa])).toEqual({ load: { via: 'es-chunks', why: expect.stringMatching(why) }, stdout: check.stdout });
        writeFileSync(cacheFile, built.cache);
        writeFileSync(bundleFile, built.bundle);
      }
    } finally {
      writeFileSync(cacheFile, built.cache);
      writeFileSync(bundleFile, built.bundle);
    }
    // Nothing added to dist/ at run time (the -o file is outside it).
    expect(listing()).toEqual(before);
  }, /* seven cold harbor processes: the 2-core host under load */ 300_000);

  it("a render thread's task loads through require(), piscina's first try: no top-level await to refuse it, with or without an override folder, whose failure is still the export's", () => {
    // piscina's worker file require()s the task and, when that throws, loads it again by import().
    // Node loads an ES module graph by require() only without a top-level await: with one it linked
    // the whole graph, then threw ERR_REQUIRE_ASYNC_MODULE, in every thread (src/workers/render-task.ts).
    const broken = join(dir, 'broken-templates');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'rfa.hbs'), '{{#if}}');
    const child = `
      const { Worker } = require('node:worker_threads');
      const load = (templatesDir) => new Promise((resolve) => {
        const w = new Worker(\`
          const { parentPort } = require('node:worker_threads');
          let m;
          try { m = require(\${JSON.stringify(process.argv[1])}); } catch (e) { parentPort.postMessage('require threw ' + e.code); }
          if (m) Promise.resolve(m.default).then((d) => parentPort.postMessage(typeof d), (e) => parentPort.postMessage('default rejected ' + e.name));\`,
          { eval: true, workerData: { counters: new Int32Array(new SharedArrayBuffer(12)), templatesDir } });
        w.once('message', (m) => { w.terminate(); resolve(m); });
        w.once('error', (e) => resolve('thread error ' + e.name));
      });
      (async () => process.stdout.write(JSON.stringify([await load(undefined), await load(process.argv[2])])))();`;
    const r = spawnSync(process.execPath, ['-e', child, join(dir, 'dist/render-task.js'), broken], { encoding: 'utf8', ...childBound() });
    expect(r.status, r.stderr).toBe(0);
    const [shipped, own] = JSON.parse(r.stdout) as string[];
    expect(shipped).toBe('function');
    expect(own).toMatch(/^default rejected /);
  });

  it('a cold command that names one kind loads no other kind or its templates, check no template engine, render neither Handlebars\' compiler, htmlparser2 nor bidi-js, none the WOFF2 decoder or a JavaScript inflate; nor does a render thread, whose first check loads no piscina pool either', () => {
    // Each chunk of dist/ that holds code of what a command must not load says so on stderr when
    // Node evaluates it (a line appended to the chunk, written at once to fd 2, so a render
    // thread's line comes in the order it was evaluated): which chunks, from their sourcemaps.
    const dist = join(dir, 'dist');
    const holds = (file: string): string[] => (JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')) as { sources: string[] }).sources;
    // A kind's code: its files but about.ts and codes.ts, which `harbor kinds` reads of every kind.
    const kind = (id: string): RegExp => new RegExp(`src/kinds/${id}/(?!about\\.ts$|codes\\.ts$)`);
    const WHAT = {
      't-visa': kind('t-visa-declaration'),
      restitution: kind('restitution-worksheet'),
      memo: kind('best-interests-memo'),
      rfa: kind('rfa'),
      handlebars: /node_modules\/handlebars\//,
      brotli: /node_modules\/brotli\//,
      // Pure-JavaScript inflate of unicode-trie's tables: the build gives them node:zlib's.
      'tiny-inflate': /node_modules\/tiny-inflate\//,
      // Handlebars' parser and compiler (and source-map, its code generator's): the shipped
      // templates are precompiled, and need its runtime alone.
      'handlebars-compiler': /node_modules\/(?:handlebars\/(?:lib|dist\/cjs)\/handlebars\/compiler\/|source-map\/)/,
      // The markup scanner's fallback, and the bidi algorithm (right-to-left text only).
      htmlparser2: /node_modules\/htmlparser2\//,
      'bidi-js': /node_modules\/bidi-js\//,
    };
    // A kind's precompiled templates: a chunk with its template's key and compiled template code.
    const TEMPLATES = { rfa: 'rfa', 't-visa': 't-visa-declaration', restitution: 'restitution-worksheet', memo: 'best-interests-memo' };
    const templatesOf = (text: string): string[] =>
      text.includes('function(container,depth0,helpers,partials,data)') ? Object.entries(TEMPLATES).filter(([, id]) => text.includes(`"${id}.hbs":`)).map(([name]) => `templates-${name}`) : [];
    for (const f of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
      const parts = [...Object.entries(WHAT).filter(([, re]) => holds(f).some((src) => re.test(src))).map(([name]) => name), ...templatesOf(readFileSync(join(dist, f), 'utf8'))];
      if (parts.length > 0) writeFileSync(join(dist, f), `\nrequire('node:fs').writeSync(2, ${JSON.stringify(`loaded ${parts.join(' ')}\n`)});\n`, { flag: 'a' });
    }
    // A render thread of a process with harbor's V8 flags runs the task's CommonJS bundle from its
    // code cache (src/workers/code-cache.ts), and a cold `harbor render` or `check` the CLI's: their
    // modules run their bodies on first import as the chunks do, so each module of them that holds
    // such code says so too, with `cjs`, when its body runs; a cache for each marked bundle (V8 takes
    // any data made for the exact text) under a header naming it.
    for (const name of ['render-task', 'cli-render']) {
      const bundleFile = join(dist, `${name}.cjs`);
      const marked = readFileSync(bundleFile, 'latin1').replace(/(__esm|__commonJS)\(\{"([^"]+)"\(([^)]*)\)\{/g, (all, _w, key: string) => {
        const group = /^harbor-precompiled:templates-(.+)$/.exec(key)?.[1];
        const parts = [...Object.entries(WHAT).filter(([, re]) => re.test(key)).map(([name]) => name), ...Object.entries(TEMPLATES).filter(([, id]) => id === group).map(([name]) => `templates-${name}`)];
        return parts.length > 0 ? `${all}require('node:fs').writeSync(2, ${JSON.stringify(`loaded cjs ${parts.join(' ')}\n`)});` : all;
      });
      writeFileSync(bundleFile, marked, 'latin1');
      const made = spawnSync(
        process.execPath,
        ['-e', `for (const f of ${JSON.stringify(V8_FLAGS)}) require('node:v8').setFlagsFromString(f); process.stdout.write(new (require('node:vm').Script)(require('node:fs').readFileSync(process.argv[1], 'latin1')).createCachedData().toString('base64'))`, bundleFile],
        { encoding: 'utf8', ...childBound() },
      );
      expect(made.status, made.stderr).toBe(0);
      const cache = decodeCache(readFileSync(join(dist, `${name}.cache`)));
      if ('why' in cache) throw new Error(cache.why);
      writeFileSync(join(dist, `${name}.cache`), encodeCache({ ...cache.header, bundleSha256: createHash('sha256').update(marked, 'latin1').digest('hex') }, cache.probe, Buffer.from(made.stdout, 'base64')));
    }
    const marks = (stderr: string): string[] => [...new Set([...stderr.matchAll(/^loaded (.*)$/gm)].flatMap((m) => m[1]!.split(' ')))].sort();
    // Node's own modules a built-in's lazy getters load, which an ES module import of node:fs or
    // node:crypto runs for its facade (scripts/build.mjs, builtinsPlugin), and in a render thread
    // node:v8, which only the main thread's settings read (src/workers/settings.ts): said by a
    // module Node runs first in each thread (`--import`), as each thread answers (its port's
    // postMessage) and as the process ends.
    const lazyBuiltins = join(dir, 'lazy-builtins.mjs');
    writeFileSync(
      lazyBuiltins,
      `const { writeSync } = process.getBuiltinModule('node:fs');
      const { isMainThread, MessagePort } = process.getBuiltinModule('node:worker_threads');
      const WATCH = { 'fs-streams': 'NativeModule internal/fs/streams', webcrypto: 'NativeModule internal/crypto/webcrypto', ...(isMainThread ? {} : { v8: 'NativeModule v8' }) };
      const said = new Set();
      const say = () => { for (const [name, m] of Object.entries(WATCH)) if (!said.has(name) && process.moduleLoadList.includes(m)) { said.add(name); writeSync(2, 'loaded ' + name + '\\n'); } };
      if (isMainThread) process.on('exit', say);
      else { const post = MessagePort.prototype.postMessage; MessagePort.prototype.postMessage = function (...a) { say(); return post.apply(this, a); }; }\n`,
    );
    const watched = ['--import', pathToFileURL(lazyBuiltins).href];
    const loaded = (args: string[], node: string[] = watched): string[] => {
      const r = harbor(args, node);
      expect(r.status, r.stderr).toBe(0);
      return marks(r.stderr);
    };
    const rfa = join(ROOT, 'fixtures/rfa/full.json');
    // `check` and `render` from the CLI's cached bundle (bin/harbor.js sets harbor's V8 flags).
    expect(loaded(['check', 'rfa', rfa])).toEqual(['cjs', 'rfa']);
    expect(loaded(['render', 'rfa', rfa, '-o', join(dir, 'rfa.pdf')])).toEqual(['cjs', 'handlebars', 'rfa', 'templates-rfa']);
    expect(loaded(['render', 'rfa', rfa, '-o', join(dir, 'rfa.docx')])).toEqual(['cjs', 'handlebars', 'rfa', 'templates-rfa']);
    // Right-to-left text loads the bidi algorithm and a template compiled at run time (a clinic's
    // own) Handlebars' compiler, both through Node's require from node_modules (no chunk holds
    // them: the render works); markup the scanner hands over loads htmlparser2's chunk.
    const hebrew = JSON.parse(readFileSync(rfa, 'utf8')) as { concern: { employer: string } };
    hebrew.concern.employer = 'מאפיית השחר (Dawn Bakery)';
    writeFileSync(join(dir, 'hebrew.json'), JSON.stringify(hebrew));
    expect(loaded(['render', 'rfa', join(dir, 'hebrew.json'), '-o', join(dir, 'hebrew.pdf')])).toEqual(['cjs', 'handlebars', 'rfa', 'templates-rfa']);
    expect(readFileSync(join(dir, 'hebrew.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const own = join(dir, 'own-templates');
    mkdirSync(own);
    writeFileSync(join(own, 'rfa.hbs'), readFileSync(join(ROOT, 'templates/rfa.hbs'), 'utf8').replace('</p>', '&#46;</p>'));
    const r = spawnSync(process.execPath, [join(dir, 'bin/harbor.js'), 'render', 'rfa', rfa, '-o', join(dir, 'own.pdf')], { encoding: 'utf8', env: { ...process.env, HARBOR_TEMPLATES: own }, ...childBound() });
    expect(r.status, r.stderr).toBe(0);
    expect(marks(r.stderr)).toEqual(['cjs', 'handlebars', 'htmlparser2', 'rfa', 'templates-rfa']);
    expect(readFileSync(join(dir, 'own.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The kind's example and templates: that kind alone (they read it, not the registry).
    expect(loaded(['example', 'rfa'])).toEqual(['rfa']);
    expect(loaded(['csv-template', 'rfa'])).toEqual(['rfa']);
    expect(loaded(['xlsx-template', 'rfa', '-o', join(dir, 'rfa.xlsx')], [])).toEqual(['rfa']); // ExcelJS writes through streams
    // A batch: its main thread and its render thread (`preload`: the kind, then the pipeline).
    writeFileSync(join(dir, 'cases.json'), JSON.stringify([JSON.parse(readFileSync(rfa, 'utf8'))]));
    // With a thread, harbor's V8 flags are set (bin/harbor.js): the thread runs the cached bundle.
    expect(loaded(['batch', 'rfa', join(dir, 'cases.json'), '-o', join(dir, 'b0.zip'), '--workers', '0'], [])).toEqual(['handlebars', 'rfa', 'templates-rfa']);
    expect(loaded(['batch', 'rfa', join(dir, 'cases.json'), '-o', join(dir, 'b1.zip'), '--workers', '1'], [])).toEqual(['cjs', 'handlebars', 'rfa', 'templates-rfa']);
    // A render thread of a pool that preloads nothing: nothing at start; its first check of rfa
    // loads rfa alone, its first render the pipeline and piscina's pool module (the thread runs
    // piscina's worker file, and needs the pool's `move` only to hand a document back), a render of
    // another kind that kind. piscina is not bundled: a marked copy of it beside the build, which
    // Node's resolution from dist/ finds first, says when a render thread loads it.
    const piscina = join(dist, 'node_modules', 'piscina');
    cpSync(join(ROOT, 'node_modules', 'piscina'), piscina, { recursive: true });
    writeFileSync(join(piscina, 'dist', 'index.js'), "\nif (!require('node:worker_threads').isMainThread) require('node:fs').writeSync(2, 'loaded piscina\\n');\n", { flag: 'a' });
    const child = `
      const { readFileSync, writeSync } = process.getBuiltinModule('node:fs');
      const [poolFile, rfaFile, memoFile, flags] = process.argv.slice(2);
      if (flags) (await import(flags)).applyV8Flags();
      const { createRenderPool } = await import(poolFile);
      const input = JSON.parse(readFileSync(rfaFile, 'utf8'));
      const memo = JSON.parse(readFileSync(memoFile, 'utf8'));
      const pool = createRenderPool({ threads: 1, timeoutMs: 60000, maxQueue: 4 });
      const step = async (name, job) => { await job; writeSync(2, 'answered ' + name + '\\n'); };
      await step('check', pool.check({ kind: 'rfa', input }));
      await step('render', pool.render({ kind: 'rfa', input, format: 'pdf' }));
      await step('memo', pool.render({ kind: 'best-interests-memo', input: memo, format: 'docx' }));
      await pool.close();`;
    // A file, not `-e`: a thread of a process started with both `--import` and `-e` fails to start (Node 20).
    writeFileSync(join(dir, 'thread-child.mjs'), child);
    const t = spawnSync(process.execPath, [...watched, join(dir, 'thread-child.mjs'), join(dist, 'pool.js'), rfa, join(ROOT, 'fixtures/best-interests-memo/full.json')], { encoding: 'utf8', ...childBound() });
    expect(t.status, t.stderr).toBe(0);
    const [check, render, memo] = t.stderr.split(/^answered .*$/m);
    expect([marks(check!), marks(render!), marks(memo!)]).toEqual([['rfa'], ['handlebars', 'piscina', 'templates-rfa'], ['memo', 'templates-memo']]);
    // The same from the code cache (harbor's V8 flags set, as bin/harbor.js sets them): the bundle
    // holds every kind and both renderers, and still runs only what each job asks for.
    const c = spawnSync(process.execPath, [...watched, join(dir, 'thread-child.mjs'), join(dist, 'pool.js'), rfa, join(ROOT, 'fixtures/best-interests-memo/full.json'), pathToFileURL(join(dir, 'bin/v8-flags.js')).href], { encoding: 'utf8', ...childBound() });
    expect(c.status, c.stderr).toBe(0);
    const [cCheck, cRender, cMemo] = c.stderr.split(/^answered .*$/m);
    expect([marks(cCheck!), marks(cRender!), marks(cMemo!)]).toEqual([['cjs', 'rfa'], ['cjs', 'handlebars', 'piscina', 'templates-rfa'], ['cjs', 'memo', 'templates-memo']]);
    // The check of another kind loads that kind (the marks are where they should be).
    expect(loaded(['check', 'restitution-worksheet', join(ROOT, 'fixtures/restitution-worksheet/full.json')])).toContain('restitution');
  }, /* ~20 cold harbor processes and two pools: 146 s at a load average of 31 on two cores */ 300_000);

  it('runs the sources when a file under src/ is newer than the build', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'src/version.ts'), later, later);
    const r = harbor(['kinds']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^rfa\t/m);
    expect(r.stderr).not.toContain('ran dist');
  });
});
