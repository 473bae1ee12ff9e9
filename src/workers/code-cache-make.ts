// Makes the build's V8 code caches (scripts/build.mjs bundles this file on its own and runs it with
// node, harbor's V8 flags on its command line: bin/v8-flags.js, as `harbor` sets them before any
// module loads or any thread starts; V8 refuses a cache made under other flags; ./code-cache.ts
// says what a cache is): dist/cli-render.cache in this process, from the CLI's bundle for `render`
// and `check` checking and rendering one case as those commands do, then dist/render-task.cache in one thread with a
// render thread's workerData, from the task's bundle run on its training jobs.
// The training cases are the shipped fixtures' (fictional people); nothing of them is kept (the
// training render's PDF goes to a temporary folder, removed after).
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { encodeCache, makeCache } from './code-cache.js';

interface Train {
  bundle: string;
  jobs: unknown[];
}

/**
 * The jobs a thread's cache is made from: a check of the `rfa` example, given as a request's body
 * (`harbor serve`'s jobs), the first job of the bench's thread start. The cache then holds what a
 * thread's start runs (the task's module, the case's JSON, zod and the kit, one kind's schemas and
 * rules); every thread deserializes all of it whatever its first job, so more is not better:
 * measured (bench/ANALYSIS.md, round r54), a cache of all four kinds' checks (1.52 MB) took a
 * thread's CPU to its first `rfa` check to ~196 ms against ~228 without a cache, this one (0.96 MB)
 * to ~181; renders left out for the same reason (their code is compiled as before, on the first
 * render). A first job of another kind compiles that kind's code as without the cache.
 */
function trainingJobs(root: string): unknown[] {
  return [{ kind: 'rfa', op: 'check', json: { text: new Uint8Array(readFileSync(join(root, 'fixtures/rfa/full.json'))), as: 'body' }, state: new Int32Array(new SharedArrayBuffer(8)) }];
}

/** A cache file written whole or not at all (a temporary name, then renamed). */
function writeCache(out: string, m: Awaited<ReturnType<typeof makeCache>>, flags: string[]): void {
  const part = `${out}.${String(process.pid)}`;
  writeFileSync(part, encodeCache({ ...m.header, flags }, Buffer.from(m.probe), Buffer.from(m.data)));
  renameSync(part, out);
}

/**
 * The CLI's bundle for `render` and `check` trained on what the bench's cold commands run: `harbor
 * check rfa fixtures/rfa/full.json`, then `harbor render rfa fixtures/rfa/full.json -o <file>.pdf`,
 * through `main` as bin/harbor.js calls it (the check's JSON dropped; the render's PDF, of a
 * fictional case, in a temporary folder removed after; stderr kept for a failure's message only).
 * Only the PDF: a DOCX's renderer is compiled on its first use, as without a cache.
 */
async function trainCli(root: string, exports: unknown): Promise<void> {
  // The bundle's `main` and `processIo` (src/cli.ts), typed here as far as used: this layer does not import the CLI's.
  type Io = Record<string, unknown> & { stdout: (s: string | Uint8Array) => void; stderr: (s: string) => void };
  const { main, processIo } = exports as { main: (argv: string[], io: Io) => Promise<number>; processIo: Io };
  const dir = mkdtempSync(join(tmpdir(), 'harbor-cache-'));
  const rfa = join(root, 'fixtures/rfa/full.json');
  let said = '';
  const io: Io = { ...processIo, stdout: () => {}, stderr: (s) => void (said += s) };
  try {
    for (const argv of [['check', 'rfa', rfa], ['render', 'rfa', rfa, '-o', join(dir, 'train.pdf')]]) {
      const code = await main(argv, io);
      if (code !== 0) throw new Error(`scripts/build.mjs: the CLI's code cache's training \`harbor ${argv[0]!}\` exited ${String(code)}: ${said.slice(0, 300)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMainThread) {
  const [dist, root, flagsJson] = process.argv.slice(2) as [string, string, string];
  const flags = JSON.parse(flagsJson) as string[];
  // The CLI's first, then the thread's (a CommonJS file has no top-level await); a failure of
  // either is thrown, uncaught: exit 1, and the build fails.
  makeCache(join(dist, 'cli-render.cjs'), (exports) => trainCli(root, exports)).then((m) => {
    writeCache(join(dist, 'cli-render.cache'), m, flags);
    const train: Train = { bundle: join(dist, 'render-task.cjs'), jobs: trainingJobs(root) };
    const w = new Worker(__filename, { workerData: { counters: new Int32Array(new SharedArrayBuffer(12)), nice: 0, train } });
    w.once('message', (t: Awaited<ReturnType<typeof makeCache>>) => {
      writeCache(join(dist, 'render-task.cache'), t, flags);
      w.terminate().catch(() => {});
    });
    w.once('error', (e) => {
      throw e;
    });
  }, (e: unknown) => {
    throw e; // the build fails
  });
} else {
  const { train } = workerData as { train: Train };
  makeCache(train.bundle, async (exports) => {
    const task = (await (exports as { default: unknown }).default) as (job: unknown) => Promise<unknown>;
    for (const job of train.jobs) {
      const answer = (await task(job)) as { ok?: boolean } | undefined;
      // A render's answer is piscina's moved wrapper; a check's or an error's is plain data.
      if (answer?.ok === false) throw new Error(`scripts/build.mjs: the code cache's training job failed: ${JSON.stringify(answer).slice(0, 300)}`);
    }
  }).then(
    (m) => parentPort!.postMessage(m),
    (e: unknown) => {
      throw e; // the thread's error: the build fails
    },
  );
}
