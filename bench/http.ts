// HTTP load run: the real service (`node bin/harbor.js serve`, spawned as a user runs it) under
// autocannon on loopback, 32 connections, POST /v1/documents/rfa?format=pdf with
// fixtures/rfa/full.json. Twice: renders on the worker pool (HARBOR_WORKERS = one per core, the
// default) and on the main thread (HARBOR_WORKERS=0), for comparison. The rate limit is off for
// the run (HARBOR_RATE_LIMIT=0). Every response must be a 200: errors or non-2xx fail the run.
//
//   npx tsx bench/http.ts            (writes the `http` section of bench/results.json and .md)
//   BENCH_HTTP_SECONDS=5 npx tsx bench/http.ts   (a shorter run)
//   BENCH_HTTP_WORKERS=2,1,0 npx tsx bench/http.ts   (other thread counts; default: cores, then 0)
//   npx tsx bench/http.ts --quick   (4 s runs)
//   BENCH_HTTP_STEADY_SECONDS=0 npx tsx bench/http.ts   (without the long-running window below)
// With render threads, the same service is then kept under the same load for
// BENCH_HTTP_STEADY_SECONDS more (default 36) and timed again: a service that has run a minute,
// its JIT compiling done (the figure against the target stays the first window's, as before).
// Then where one request's time goes: the same request one at a time (one connection) against
// generate() in this process with its stage table (src/stages.ts); the difference is what the
// service adds around the render (body parsing, express, logging, the hop to a render thread).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { writeSection } from './results-file.js';
import { n, stats, type Stats } from './lib.js';
import { generate } from '../src/pipeline.js';
import { STAGES, type Stage } from '../src/stages.js';
import { listeningUrl } from '../tests/support/listening.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BODY = readFileSync(`${ROOT}fixtures/rfa/full.json`, 'utf8');
const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? n(12, 4));
const PATH = '/v1/documents/rfa?format=pdf';
/** Load between the first timed window and the long-running one (pool runs only), seconds. */
const STEADY_SECONDS = Number(process.env.BENCH_HTTP_STEADY_SECONDS ?? n(36, 8));

/** One timed autocannon window: throughput, latency and CPU by thread. */
interface Window {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  /** CPU per request during the window, by thread (cpuPerRequest); absent where /proc cannot be read. */
  cpuPerRequestMs?: CpuPerRequest;
}

/** A load run on one service: its first timed window (the target's figure) and what follows it. */
interface Run extends Window {
  workers: number;
  connections: number;
  seconds: number;
  bytesPerRequest: number;
  /** The same request one at a time after the load run: latency one user sees. */
  sequentialMs: Stats;
  /**
   * The same service after STEADY_SECONDS more of the same load (render threads only): a second
   * timed window of `seconds`, once the JIT has compiled the render paths (the first window is
   * taken after 96 requests, while V8 is still optimizing them on the same two cores).
   */
  steady?: Window & { afterRequests: number };
}

/**
 * CPU of one request in ms, by thread: the service's main thread (HTTP, express, the log, the hop),
 * its render threads, its other threads (V8's background threads: the optimizing compiler and the
 * garbage collector's helpers; libuv's), and autocannon in this process (the load generator, which
 * shares the machine).
 */
interface CpuPerRequest {
  main: number;
  render: number;
  background: number;
  loadGenerator: number;
}

/** CPU ticks (user + system, 1/100 s: Linux's USER_HZ) of each thread of a process, from /proc. */
function threadTicks(pid: number): Map<string, number> | undefined {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
      out.set(tid, Number(f[11]) + Number(f[12])); // utime, stime: fields 14 and 15
    }
  } catch {
    return undefined; // not Linux, or the process went
  }
  return out;
}

/**
 * Split the CPU a load run cost the service by thread. The render threads are the `workers` busiest
 * threads besides the main one (each renders; no background thread comes near).
 */
function cpuPerRequest(pid: number, before: Map<string, number>, after: Map<string, number>, workers: number, loadGeneratorUs: number, requests: number): CpuPerRequest {
  const spent = [...after].map(([tid, t]) => ({ tid, ms: (t - (before.get(tid) ?? 0)) * 10 }));
  const main = spent.find((x) => x.tid === String(pid))?.ms ?? 0;
  const others = spent.filter((x) => x.tid !== String(pid)).sort((a, b) => b.ms - a.ms);
  const sum = (xs: { ms: number }[]): number => xs.reduce((a, x) => a + x.ms, 0);
  const per = (ms: number): number => Math.round((ms / requests) * 100) / 100;
  return { main: per(main), render: per(sum(others.slice(0, workers))), background: per(sum(others.slice(workers))), loadGenerator: per(loadGeneratorUs / 1000) };
}

/** Start `harbor serve` on a free port; resolves with its URL once /healthz answers. */
async function start(workers: number): Promise<{ url: string; child: ChildProcess }> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(PORT|HOST|HARBOR_)/.test(k)) env[k] = v;
  Object.assign(env, { HARBOR_RATE_LIMIT: '0', HARBOR_WORKERS: String(workers) });
  const child = spawn(process.execPath, [`${ROOT}bin/harbor.js`, 'serve', '--port', '0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let head = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('harbor serve did not start within 60 s')), 60_000);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => {
      if (head.length > 4096) return; // the request log lines are read and dropped
      head += d;
      const url = listeningUrl(head);
      if (url !== undefined) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once('exit', (code) => reject(new Error(`harbor serve exited with ${code}: ${head}`)));
  });
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`${url}/healthz`).catch(() => undefined))?.ok) return { url, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('/healthz did not answer');
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

async function load(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: url + PATH,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: BODY,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
  });
}

/** A timed load window of SECONDS on a running service, with its CPU per request by thread. */
async function timed(url: string, pid: number, workers: number): Promise<Window & { bytes: number }> {
  const ticksBefore = threadTicks(pid);
  const cpuBefore = process.cpuUsage();
  const r = await load(url, SECONDS);
  const cpu = process.cpuUsage(cpuBefore);
  const ticksAfter = threadTicks(pid);
  return {
    ...(ticksBefore && ticksAfter && r.requests.total > 0 ? { cpuPerRequestMs: cpuPerRequest(pid, ticksBefore, ticksAfter, workers, cpu.user + cpu.system, r.requests.total) } : {}),
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.average * 10) / 10,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    bytes: r.requests.total > 0 ? Math.round(r.throughput.total / r.requests.total) : 0,
  };
}

async function run(workers: number): Promise<Run> {
  const { url, child } = await start(workers);
  try {
    // Warm-up: every render thread loads the pipeline (~0.9 s) and JIT-compiles the hot paths.
    // With whole requests, not a timed autocannon run: the requests it cuts off at the end are
    // client hang-ups (each stops its render at a checkpoint, wasting a little of it).
    for (let round = 0; round < 12; round++) {
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          const res = await fetch(url + PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`warm-up: ${res.status}`);
        }),
      );
    }
    const { bytes, ...first } = await timed(url, child.pid!, workers);
    const seq: number[] = [];
    for (let i = 0; i < n(60, 15); i++) {
      const t = performance.now();
      const res = await fetch(url + PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
      await res.arrayBuffer();
      seq.push(performance.now() - t);
    }
    let steady: Run['steady'];
    if (workers > 0 && STEADY_SECONDS > 0) {
      const between = await load(url, STEADY_SECONDS);
      const { bytes: _bytes, ...w } = await timed(url, child.pid!, workers);
      steady = { ...w, afterRequests: 96 + first.requests + seq.length + between.requests.total };
      // A failed request of the load in between fails the run as well: counted with this window's errors.
      steady.errors += between.errors + between.timeouts + between.non2xx;
    }
    return {
      sequentialMs: stats(seq),
      ...first,
      workers,
      connections: CONNECTIONS,
      seconds: SECONDS,
      bytesPerRequest: bytes,
      ...(steady ? { steady } : {}),
    };
  } finally {
    await stop(child);
  }
}

const machine = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), loadAverageAtStart: loadavg()[0] ?? 0 };
const counts = (process.env.BENCH_HTTP_WORKERS ?? `${availableParallelism()},0`).split(',').map(Number);
if (counts.some((n) => !(Number.isInteger(n) && n >= 0))) throw new Error('BENCH_HTTP_WORKERS: whole numbers, comma-separated');
const runs: Run[] = [];
for (const n of counts) runs.push(await run(n));
// The render alone, in this process: generate() with its stages, warm.
const input = JSON.parse(BODY) as unknown;
for (let i = 0; i < 20; i++) await generate({ kind: 'rfa', input, format: 'pdf' });
const totals: number[] = [];
const per: Record<Stage, number[]> = Object.fromEntries(STAGES.map((s) => [s, [] as number[]])) as Record<Stage, number[]>;
for (let i = 0; i < n(60, 15); i++) {
  const one: Partial<Record<Stage, number>> = {};
  const t = performance.now();
  await generate({ kind: 'rfa', input, format: 'pdf', onStage: (s, ms) => (one[s] = (one[s] ?? 0) + ms) });
  totals.push(performance.now() - t);
  for (const s of STAGES) per[s].push(one[s] ?? 0);
}
const inProcess = { total: stats(totals), stages: Object.fromEntries(STAGES.map((s) => [s, stats(per[s]).median])) as Record<Stage, number> };
const result = { inProcess, date: new Date().toISOString().slice(0, 10), command: `${process.env.BENCH_HTTP_WORKERS ? `BENCH_HTTP_WORKERS=${process.env.BENCH_HTTP_WORKERS} ` : ''}${process.env.BENCH_HTTP_SECONDS ? `BENCH_HTTP_SECONDS=${SECONDS} ` : ''}npx tsx bench/http.ts`, path: `POST ${PATH}`, body: 'fixtures/rfa/full.json', machine: { ...machine, loadAverageAtEnd: loadavg()[0] ?? 0 }, runs };

/** Where a run's renders ran, as the tables name it. */
const renderedOn = (r: Run): string => (r.workers === 0 ? 'main thread (HARBOR_WORKERS=0)' : `worker pool, ${r.workers} thread${r.workers === 1 ? '' : 's'}`);
/** The timed windows of a run: the first (after 96 requests), then the long-running one if taken. */
const windows = (r: Run): Array<{ on: string; w: Window }> => [
  { on: renderedOn(r), w: r },
  ...(r.steady ? [{ on: `${renderedOn(r)}, long-running (after ${r.steady.afterRequests.toLocaleString('en-US')} requests)`, w: r.steady }] : []),
];
const row = ({ on, w }: { on: string; w: Window }): string =>
  `| ${on} | ${w.requestsPerSecond} | ${w.latencyMs.p50} | ${w.latencyMs.p99} | ${w.requests} | ${w.errors + w.timeouts} | ${w.non2xx} |`;
/** CPU per request of each run, by thread (from /proc; empty where it could not be read). */
function cpuTable(rs: Run[]): string {
  const withCpu = rs.flatMap((r) => windows(r).map((x) => ({ ...x, workers: r.workers }))).filter((x) => x.w.cpuPerRequestMs);
  if (withCpu.length === 0) return '';
  const line = ({ on, w, workers }: { on: string; w: Window; workers: number }): string => {
    const c = w.cpuPerRequestMs!;
    const total = Math.round((c.main + c.render + c.background + c.loadGenerator) * 100) / 100;
    return `| ${on} | ${c.main} | ${workers === 0 ? '–' : c.render} | ${c.background} | ${c.loadGenerator} | ${total} |`;
  };
  return `CPU per request during the load run, ms, by thread (/proc): the service's main thread (HTTP, express, the request log, the hop; with no pool, the render too), its render threads, its other threads (V8's optimizing compiler and garbage-collector helpers, libuv), and autocannon in the bench's process. ${availableParallelism()} cores give ${availableParallelism() * 1000} ms of CPU a second, so requests/s can be at most that over the total.

| renders on | main | render threads | background | autocannon | total |
|---|---|---|---|---|---|
${withCpu.map(line).join('\n')}`;
}

const md = `## HTTP load (bench/http.ts)

\`${result.command}\`: the real service on loopback, autocannon with ${CONNECTIONS} connections for ${SECONDS} s (after a warm-up of 96 requests), \`${result.path}\` with ${result.body}, rate limit off. With render threads the service is then kept under the same load for ${STEADY_SECONDS} s more and timed again for ${SECONDS} s (long-running: V8 has finished optimizing the render paths; the target's figure is the first window's, as in earlier records). ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, load average ${machine.loadAverageAtStart.toFixed(2)} → ${result.machine.loadAverageAtEnd.toFixed(2)}.

| renders on | requests/s | p50 ms | p99 ms | requests | errors | non-2xx |
|---|---|---|---|---|---|---|
${runs.flatMap(windows).map(row).join('\n')}

${cpuTable(runs)}

Where one request's time goes (rfa PDF; one request at a time, medians in ms): generate() in the bench's own process takes **${inProcess.total.median}** (${STAGES.map((s) => `${s} ${inProcess.stages[s]}`).join(', ')}); through HTTP ${runs.map((r) => `${r.workers === 0 ? 'on the main thread' : `on the pool (${r.workers} threads)`} **${r.sequentialMs.median}**, so the service adds ${Math.round((r.sequentialMs.median - inProcess.total.median) * 10) / 10}`).join('; ')} (loopback, JSON body parsing, express and its middleware, the request log, and for the pool the hop to a render thread and back with the bytes).`;
writeSection('http', result, md);
process.stdout.write(md + '\n');
const bad = runs.filter((r) => windows(r).some(({ w }) => w.errors + w.timeouts + w.non2xx > 0 || w.requests === 0));
if (bad.length > 0) {
  process.stderr.write(`FAILED: errors or non-2xx responses in ${bad.map((r) => `workers=${r.workers}`).join(', ')}\n`);
  process.exitCode = 1;
}
