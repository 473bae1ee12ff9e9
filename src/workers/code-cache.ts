// The V8 code cache of a render thread's task (issue 18, a thread's start; bench/ANALYSIS.md, round
// r54). Node 20 hands V8 cached code only for a classic script (vm.Script's `cachedData`), so the
// build (scripts/build.mjs) writes the task a second time as one CommonJS file,
// dist/render-task.cjs, runs it once in a thread with harbor's V8 flags set (bin/v8-flags.js) and
// keeps what V8 compiled in dist/render-task.cache. Each render thread (./render-thread.ts) then
// compiles the task from that data instead of from its source. Nothing here is written at run time.
// What a cache holds (V8's code serializer): the compiled functions' bytecode, scope and feedback
// metadata, the source's own constants (its strings and numbers, the bundle's text being ours),
// and the script's name, which V8 on Node 20 keeps from the training compile and gives every stack
// frame of the loaded script. No value the training run computed is kept (round r56, the files
// searched: of the training case's 79 strings of 8 or more characters, five, four enum values and a
// time zone, each also a constant of the source; no folder of the build): the name is `scriptName`'s
// (dist/<file>, the same in every checkout), not the bundle's absolute path, which each cache held
// until round r56. Two builds make the same bytes: the maker runs with `--predictable`
// (scripts/build.mjs), which fixes V8's hash seed and leaves the flags' hash V8 checks unchanged
// (V8's src/flags/flags.cc, ComputeFlagListHash: "Skip v8_flags.random_seed and
// v8_flags.predictable to allow predictable code caching", with the flags it implies): without it
// each run's cache differed in ~85 % of its bytes.
// The same for the CLI's `harbor render` and `harbor check` (round r55): dist/cli-render.cjs, the
// CLI bundled as one CommonJS file without the other commands' code, its cache
// dist/cli-render.cache made by a training check and render, loaded by bin/harbor.js through
// dist/code-cache.cjs (this file built on its own) for those two commands only.
//
// V8 checks a cache against its own version, its flags and the source's *length* only (a source
// of the same length with other text is accepted, and V8 would run the old code). So the file's
// header names the SHA-256 of the bundle it was made from, the Node version, V8 version and
// architecture, and the lengths of its two parts, all checked before V8 sees any of it; and a
// probe (a one-line script's cache, made with the task's) asks V8 whether this process's flags
// and version are the cache's, at the cost of a one-line compile, before the bundle is read.
// Anything that does not match leaves the task to the ES chunks (dist/render-task.js), never to
// the CommonJS file without its cache: compiling that whole file (every kind, both renderers) is
// +20 % of a process's instructions where the chunks load what is asked for (round r53's figures).
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { Script } from 'node:vm';

/** The first field of a cache file's header: this format. */
export const CACHE_FORMAT = 'harbor-v8-code-cache/1';

/** The probe's source: any fixed script (V8's checks of version and flags are the same for any). */
export const PROBE_SOURCE = '"harbor code cache probe";(function probe(n){return n+1})(1);';

/**
 * Where a thread says how it loaded its task, for tests only (globalThis of the render thread):
 * `{ via: 'code-cache' }` or `{ via: 'es-chunks', why }`. Nothing prints it.
 */
export const TASK_LOAD = Symbol.for('harbor.renderTaskLoad');
export type TaskLoad = { via: 'code-cache' } | { via: 'es-chunks'; why: string };

/** The same for the `harbor` process's CLI (bin/harbor.js: `render` and `check` only), on its globalThis. */
export const CLI_LOAD = Symbol.for('harbor.cliLoad');

export interface CacheHeader {
  format: string;
  /** SHA-256 (hex) of the bundle's bytes the data was made from. */
  bundleSha256: string;
  /** `process.version`, `process.versions.v8` and `process.arch` of the build. */
  node: string;
  v8: string;
  arch: string;
  /** The V8 flags set when it was made (bin/v8-flags.js): for a reader; the probe checks them. */
  flags: string[];
  /** Lengths in bytes of the probe's data and the task's, which follow the header in that order. */
  probeBytes: number;
  dataBytes: number;
}

/**
 * Where each part starts: at a multiple of 8 bytes from the file's start (a file read whole lands at
 * an aligned address). V8 copies cached data that is not pointer-aligned before reading it, and
 * that 1.5 MB copy, freed, raised glibc's mmap threshold (`SCRATCH_BYTES` below says what that costs).
 */
const align = (n: number): number => Math.ceil(n / 8) * 8;

/** A cache file: the header's length (4 bytes, little-endian), the header as JSON, the probe's data, the task's, each part aligned. */
export function encodeCache(header: Omit<CacheHeader, 'format' | 'probeBytes' | 'dataBytes'>, probe: Uint8Array, data: Uint8Array): Buffer {
  const json = Buffer.from(JSON.stringify({ format: CACHE_FORMAT, ...header, probeBytes: probe.byteLength, dataBytes: data.byteLength } satisfies CacheHeader));
  const probeAt = align(4 + json.byteLength);
  const dataAt = align(probeAt + probe.byteLength);
  const file = Buffer.alloc(dataAt + data.byteLength, 0x20); // JSON's padding: spaces
  file.writeUInt32LE(json.byteLength);
  json.copy(file, 4);
  file.set(probe, probeAt);
  file.set(data, dataAt);
  return file;
}

/** The parts of a cache file, or why it cannot be used (a truncated or foreign file). */
export function decodeCache(file: Buffer): { header: CacheHeader; probe: Buffer; data: Buffer } | { why: string } {
  if (file.byteLength < 4) return { why: 'the cache file is truncated' };
  const end = 4 + file.readUInt32LE(0);
  if (end > file.byteLength) return { why: 'the cache file is truncated' };
  let header: CacheHeader;
  try {
    header = JSON.parse(file.subarray(4, end).toString('utf8')) as CacheHeader;
  } catch {
    return { why: 'the cache header is not JSON' };
  }
  if (header?.format !== CACHE_FORMAT) return { why: 'the cache is of another format' };
  if (!(Number.isInteger(header.probeBytes) && Number.isInteger(header.dataBytes))) return { why: 'the cache header has no lengths' };
  const probeAt = align(end);
  const dataAt = align(probeAt + header.probeBytes);
  if (dataAt + header.dataBytes !== file.byteLength) return { why: 'the cache file is not the length its header says (truncated?)' };
  return { header, probe: file.subarray(probeAt, probeAt + header.probeBytes), data: file.subarray(dataAt) };
}

/** SHA-256 (hex) of a bundle's bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A script compiled under `name`, with or without cached data. The bundle's text is a CommonJS module already
 * inside Node's module wrapper (`(function (exports, require, module, __filename, __dirname) {…})`,
 * written so by the build), so it is compiled as read, with no second copy.
 */
function compile(name: string, source: string, cachedData?: Buffer): Script {
  return new Script(source, { filename: name, ...(cachedData !== undefined ? { cachedData } : {}) });
}

/**
 * The name a bundle is compiled under, at build and at run time: its path from the repository's
 * root (every bundle is directly in dist/, src/paths.ts). V8 keeps the training compile's name in
 * the cache and shows it in stack frames (a bug's frames: src/errors.ts describeBug), so an absolute
 * path would put the build machine's folder into dist/ and into frames of an installation elsewhere.
 */
export function scriptName(bundlePath: string): string {
  // A copy, not `basename`'s own result: that is a slice of the absolute path (a V8 SlicedString,
  // from 13 characters), and V8 serializes a slice's whole parent, so the folder was kept anyway.
  return Buffer.from(`dist/${basename(bundlePath)}`, 'utf8').toString('utf8');
}

/** Runs a compiled bundle as a CommonJS module of `path` and gives its exports. */
function run(script: Script, path: string): unknown {
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, createRequire(path), module, path, dirname(path));
  return module.exports;
}

/**
 * The bundle's exports, compiled from its cache; or why not, the bundle then neither compiled nor
 * run (the caller loads the ES chunks). Checked in this order, cheapest first: the cache file read
 * and its header's lengths, this Node, V8 and architecture, the probe (V8's flags and version), then
 * the bundle's SHA-256, then V8's own acceptance of the task's data.
 */
export function loadWithCache(bundlePath: string, cachePath: string): { exports: unknown } | { why: string } {
  const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
  const file = readInto(cachePath, scratch, 0);
  if (file === undefined) return { why: 'no cache file' };
  const parts = decodeCache(file);
  if ('why' in parts) return parts;
  const { header, probe, data } = parts;
  if (header.node !== process.version || header.v8 !== process.versions.v8 || header.arch !== process.arch) return { why: 'the cache was made by another Node' };
  if (compile('harbor-code-cache-probe', PROBE_SOURCE, probe).cachedDataRejected !== false) return { why: "V8 refused the probe: this process's V8 flags are not the build's" };
  const bundle = readInto(bundlePath, scratch, align(file.byteLength));
  if (bundle === undefined) return { why: 'no bundle' };
  if (sha256(bundle) !== header.bundleSha256) return { why: 'the cache was made from another bundle' };
  // ASCII (the build escapes every other character: scripts/build.mjs), so latin1 is exact, and the
  // string is one-byte, as V8 keeps it for the thread's life.
  const script = compile(scriptName(bundlePath), bundle.toString('latin1'), data);
  if (script.cachedDataRejected !== false) return { why: 'V8 refused the cache' };
  return { exports: run(script, bundlePath) };
}

/**
 * The one block both files are read into (the cache at its start, the bundle after it): larger than
 * glibc's largest mmap threshold (32 MB on 64-bit, malloc.c DEFAULT_MMAP_THRESHOLD_MAX), so it is
 * always mapped on its own and only the pages read are resident (~4 MB), and freeing it leaves the
 * threshold where it was. A block under that size, freed, becomes the process's mmap threshold
 * (glibc's dynamic threshold), and every later buffer under it (a PDF's, a font's tables) then comes
 * from the heap and stays resident when freed: reading the files into blocks of their own cost
 * +8 MB of a thread's RSS after every kind (bench/ANALYSIS.md, round r54).
 */
const SCRATCH_BYTES = 32 * 1024 * 1024 + 64 * 1024;

/** A file read into `scratch` from `at` (a multiple of 8), as a view; undefined when it cannot be read or does not fit. */
function readInto(path: string, scratch: Buffer, at: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    if (at + size > scratch.byteLength) return undefined;
    let n = 0;
    for (let r; n < size && (r = readSync(fd, scratch, at + n, size - n, null)) > 0; ) n += r;
    return n === size ? scratch.subarray(at, at + size) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * At build time, in a process with harbor's V8 flags set: compiles the bundle from its source, runs
 * it, hands its exports to `train` (what the first runs will ask of it: a render thread's first
 * jobs, the CLI's check and render), and returns what V8 then holds compiled, with the probe's
 * data, to be written by `encodeCache`.
 */
export async function makeCache(
  bundlePath: string,
  train: (exports: unknown) => Promise<void>,
): Promise<{ header: Omit<CacheHeader, 'format' | 'probeBytes' | 'dataBytes'>; probe: Buffer; data: Buffer }> {
  const bundle = readFileSync(bundlePath);
  const script = compile(scriptName(bundlePath), bundle.toString('latin1'));
  await train(run(script, bundlePath));
  const probe = compile('harbor-code-cache-probe', PROBE_SOURCE);
  return {
    header: { bundleSha256: sha256(bundle), node: process.version, v8: process.versions.v8, arch: process.arch, flags: [] },
    probe: probe.createCachedData(),
    data: script.createCachedData(),
  };
}
