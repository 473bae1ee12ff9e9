// Makes dist/render-task.cache at build time (scripts/build.mjs bundles this file on its own and
// runs it with node, harbor's V8 flags on its command line: bin/v8-flags.js, as `harbor` sets them
// before any thread starts; V8 refuses a cache made under other flags; ./code-cache.ts says what the
// cache is). One thread with a render thread's workerData runs the task's bundle on its training
// jobs and hands back what V8 compiled.
// The training cases are the shipped fixtures' (fictional people); nothing of them is kept.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
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

if (isMainThread) {
  const [dist, root, flags] = process.argv.slice(2) as [string, string, string];
  const train: Train = { bundle: join(dist, 'render-task.cjs'), jobs: trainingJobs(root) };
  const w = new Worker(__filename, { workerData: { counters: new Int32Array(new SharedArrayBuffer(12)), nice: 0, train } });
  w.once('message', (m: Awaited<ReturnType<typeof makeCache>>) => {
    const out = join(dist, 'render-task.cache');
    const part = `${out}.${String(process.pid)}`;
    writeFileSync(part, encodeCache({ ...m.header, flags: JSON.parse(flags) as string[] }, Buffer.from(m.probe), Buffer.from(m.data)));
    renameSync(part, out);
    w.terminate().catch(() => {});
  });
  w.once('error', (e) => {
    throw e;
  });
} else {
  const { train } = workerData as { train: Train };
  makeCache(train.bundle, train.jobs).then(
    (m) => parentPort!.postMessage(m),
    (e: unknown) => {
      throw e; // the thread's error: the build fails
    },
  );
}
