// Cold starts (issue 18 targets 1 and 2), from the build that `npm ci` makes:
// - `harbor kinds`, `harbor check rfa fixtures/rfa/full.json` and `harbor render rfa … -o x.pdf`,
//   each a fresh `node bin/harbor.js` process as a clinic's script runs it: wall time (what the
//   user waits for) and CPU time (user + system, the robust number on a shared machine), median
//   of several runs, the three commands interleaved so that load from elsewhere hits them alike;
//   `node -e 0` alongside, Node's own start, which no change of ours can go below. Where the
//   environment sets NODE_EXTRA_CA_CERTS, `node -e 0` and the check again without it: Node 20
//   reads that file into its certificate store at every start, before any of our code runs (about
//   400 M instructions of a `node -e 0`'s 500 M, callgrind, on the machine that set it), though
//   harbor opens no TLS connection; the targets are read with the environment as given.
// - A render thread (src/workers/pool.ts): the time from creating a one-thread pool to the answer
//   of its first job (a check of rfa: the thread loads rfa alone for it, and the render pipeline
//   with its first render, src/workers/render-task.ts; a pool that preloads nothing, as `harbor
//   serve`'s), the time to its first PDF after that check, and the RSS the
//   thread adds to its process, started and after one PDF and one DOCX of every kind (renderers
//   and fonts loaded). One fresh process per sample. Beside it, what a second thread adds: the
//   same in a two-thread pool (both threads given each job at once), less the one-thread figure.
//   The target (≤ 50 MB) stays the one-thread figure; the second shows what threads share (Node's
//   binary, the body faces, V8's platform threads: bench/ANALYSIS.md, round r59's memory work).
//   And a warm figure: the one-thread pool, after the target's reading, given WARM_ROUNDS rounds of
//   every kind in both formats in all, read after each round with the main thread's garbage
//   collected first (the documents the thread handed back, which a busy service's main thread
//   frees at its next scavenge, but this idle loop would keep until V8's external-memory limit of
//   64 MB: bench/ANALYSIS.md, round r60's memory work). A long-running thread's size, which the
//   target's one round (a new thread's) does not show.
// Also a CPU profile (node --cpu-prof) of one cold `harbor render`: where its time goes, by
// package, written into the results so a missed target comes with its reason.
//
//   npx tsx bench/cli.ts [--quick]     (writes the `cli` section of bench/results.json and .md)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, harborEnv, machine, n, round, stats, type Stats } from './lib.js';
import { writeSection } from './results-file.js';
import { selfTimeByModule, type ModuleTime } from './profile.js';

const RUNS = n(9, 3);
const THREAD_RUNS = n(5, 2);
/**
 * Rounds of every kind in both formats (8 renders a round) before the warm figure is read. A thread
 * grows for ~20 rounds (its live heap after a full collection 13.6 MB after the first, ~30 MB from
 * about the twentieth on: compiled code and its feedback, no documents) and then rises and falls
 * with V8's full collections, 74–81 MB after 24 rounds, 76–80 after 40 (bench/ANALYSIS.md, round
 * r60's memory work, where 150 rounds were also run).
 */
const WARM_ROUNDS = n(24, 8);

interface Cold {
  command: string;
  wallMs: Stats;
  cpuMs: Stats;
  peakRssMb: number;
}

/** The bound of one child (a command, a thread's start, a profiled render: seconds each), for a hang. */
const ONE_RUN_MS = 5 * 60_000;

/** One run under GNU time: wall ms (measured here), CPU ms and peak RSS (from time). */
function once(args: string[], cwd: string, env: NodeJS.ProcessEnv = harborEnv()): { wall: number; cpu: number; rssKb: number } {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'bench-time %U %S %M', process.execPath, ...args], { cwd, env, encoding: 'utf8', timeout: ONE_RUN_MS, killSignal: 'SIGKILL' });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const m = /bench-time ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error('GNU time printed nothing (apt-get install -y time)');
  return { wall, cpu: (Number(m[1]) + Number(m[2])) * 1000, rssKb: Number(m[3]) };
}

/**
 * The child of the render-thread measurement: prints one JSON line. Run with plain node on dist/,
 * with the V8 flags `harbor` sets (bin/v8-flags.js) before the pool starts, as `harbor serve` and
 * `harbor batch` run their threads. Until 2026-12-05 it ran without them (73.5 MB after every kind
 * in both formats in the record of 62b96e1; 73 MB in a `--quick` run with them).
 */
const THREAD_CHILD = `
(await import(process.argv[3])).applyV8Flags();
// gc() for the baseline, without --expose-gc on the command line: V8 refuses a code cache made under
// other flags (src/workers/code-cache.ts), so the thread would not run as harbor's do. The flag is
// set, gc taken from a new context, and the flag cleared again (the flags' hash is back to harbor's).
const { setFlagsFromString } = process.getBuiltinModule('node:v8');
setFlagsFromString('--expose-gc');
const gc = process.getBuiltinModule('node:vm').runInNewContext('gc');
setFlagsFromString('--no-expose-gc');
const { createRenderPool } = await import(process.argv[1]);
const { readFileSync } = await import('node:fs');
const root = process.argv[2];
const rss = () => process.memoryUsage.rss();
const fixture = (k) => JSON.parse(readFileSync(root + 'fixtures/' + k + '/full.json', 'utf8'));
const kinds = ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo'];
const inputs = kinds.map(fixture);
gc(); await new Promise((r) => setTimeout(r, 50)); gc();
const before = rss();
const t0 = performance.now();
// Threads in the pool (argv[4]): 1 for the target's figure; with more, each job is given to every
// thread at once, and an idle pool hands each of them to a thread of its own.
const threads = Number(process.argv[4]);
const each = (job) => Promise.all(Array.from({ length: threads }, job));
const pool = createRenderPool({ threads, timeoutMs: 60000, maxQueue: 8 });
await each(() => pool.check({ kind: 'rfa', input: inputs[0] }));
const startMs = performance.now() - t0;
await new Promise((r) => setTimeout(r, 100));
const started = rss() - before;
let firstPdfMs;
for (let i = 0; i < kinds.length; i++) for (const format of ['pdf', 'docx']) {
  await each(() => pool.render({ kind: kinds[i], input: inputs[i], format }));
  firstPdfMs ??= performance.now() - t0;
}
await new Promise((r) => setTimeout(r, 100));
const rendered = rss() - before;
// The warm figure (argv[5] rounds in all, the first being the one above; one thread only): the
// main thread collected before each reading, so that documents it was handed and dropped do not
// count as the render thread's. The target's reading above is taken before any of this.
const rounds = Number(process.argv[5] ?? 1);
const warm = [];
for (let r = 2; r <= rounds; r++) {
  for (let i = 0; i < kinds.length; i++) for (const format of ['pdf', 'docx']) await pool.render({ kind: kinds[i], input: inputs[i], format });
  gc();
  await new Promise((r) => setTimeout(r, 100));
  warm.push(rss() - before);
}
await pool.close();
process.stdout.write(JSON.stringify({ startMs, firstPdfMs, started, rendered, warm }));
`;

/** One fresh process with a pool of `threads`; with `rounds` > 1 (one thread), the warm readings after rounds 2 … rounds. */
function threadRun(threads = 1, rounds = 1): { startMs: number; firstPdfMs: number; startedMb: number; renderedMb: number; warmMb: number[] } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', THREAD_CHILD, `${ROOT}dist/pool.js`, ROOT, `${ROOT}bin/v8-flags.js`, String(threads), String(rounds)], { env: harborEnv(), encoding: 'utf8', timeout: ONE_RUN_MS, killSignal: 'SIGKILL' });
  if (r.status !== 0) throw new Error(`render-thread child exited ${r.status}: ${r.stderr.slice(-800)}`);
  const j = JSON.parse(r.stdout) as { startMs: number; firstPdfMs: number; started: number; rendered: number; warm: number[] };
  return { startMs: j.startMs, firstPdfMs: j.firstPdfMs, startedMb: j.started / 2 ** 20, renderedMb: j.rendered / 2 ** 20, warmMb: j.warm.map((b) => b / 2 ** 20) };
}

/** One cold `harbor render` under node --cpu-prof: self time by package or module. */
function profileRender(dir: string): { wallMs: number; top: ModuleTime[] } {
  const profDir = join(dir, 'prof');
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-interval', '250', BIN, 'render', 'rfa', `${ROOT}fixtures/rfa/full.json`, '-o', join(dir, 'prof.pdf')], { env: harborEnv(), encoding: 'utf8', timeout: ONE_RUN_MS, killSignal: 'SIGKILL' });
  const wallMs = performance.now() - t;
  if (r.status !== 0) throw new Error(`profiled render exited ${r.status}`);
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!;
  return { wallMs: round(wallMs, 0), top: selfTimeByModule(JSON.parse(readFileSync(join(profDir, file), 'utf8'))).slice(0, 14) };
}

export async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-bench-cli-'));
  try {
    const commands: Record<string, string[]> = {
      'node -e 0 (Node alone)': ['-e', '0'],
      'harbor kinds': [BIN, 'kinds'],
      'harbor check rfa full.json': [BIN, 'check', 'rfa', `${ROOT}fixtures/rfa/full.json`],
      'harbor render rfa full.json -o x.pdf': [BIN, 'render', 'rfa', `${ROOT}fixtures/rfa/full.json`, '-o', join(dir, 'x.pdf')],
    };
    // The same commands without NODE_EXTRA_CA_CERTS, when the environment sets it (see the top).
    const extraCa = process.env.NODE_EXTRA_CA_CERTS !== undefined && process.env.NODE_EXTRA_CA_CERTS !== '';
    const withoutCa = harborEnv();
    delete withoutCa.NODE_EXTRA_CA_CERTS;
    const without = extraCa ? { 'node -e 0 (Node alone), without NODE_EXTRA_CA_CERTS': ['-e', '0'], 'harbor check rfa full.json, without NODE_EXTRA_CA_CERTS': commands['harbor check rfa full.json']! } : {};
    const envOf = (name: string): NodeJS.ProcessEnv => (name in without ? withoutCa : harborEnv());
    Object.assign(commands, without);
    const samples = new Map<string, { wall: number[]; cpu: number[]; rss: number[] }>(Object.keys(commands).map((k) => [k, { wall: [], cpu: [], rss: [] }]));
    for (const [name, args] of Object.entries(commands)) once(args, dir, envOf(name)); // file cache warm, as on a machine in use
    for (let i = 0; i < RUNS; i++) {
      for (const [name, args] of Object.entries(commands)) {
        const r = once(args, dir, envOf(name));
        const s = samples.get(name)!;
        s.wall.push(r.wall);
        s.cpu.push(r.cpu);
        s.rss.push(r.rssKb);
      }
    }
    const cold: Cold[] = [...samples].map(([command, s]) => ({ command, wallMs: stats(s.wall), cpuMs: stats(s.cpu), peakRssMb: round(Math.max(...s.rss) / 1024, 1) }));
    // One-thread and two-thread pools alternately, so that load from elsewhere hits both alike.
    const threads: ReturnType<typeof threadRun>[] = [];
    const pairs: ReturnType<typeof threadRun>[] = [];
    for (let i = 0; i < THREAD_RUNS; i++) {
      threads.push(threadRun(1, WARM_ROUNDS));
      pairs.push(threadRun(2));
    }
    const renderedMb = stats(threads.map((t) => t.renderedMb));
    const twoRenderedMb = stats(pairs.map((t) => t.renderedMb));
    const thread = {
      startMs: stats(threads.map((t) => t.startMs)),
      firstPdfMs: stats(threads.map((t) => t.firstPdfMs)),
      startedMb: stats(threads.map((t) => t.startedMb)),
      renderedMb,
      // A two-thread pool after every kind in both threads, and what its second thread adds to the
      // first's (the medians' difference), MB above the process: not the target's measure.
      twoThreads: { renderedMb: twoRenderedMb, secondRenderedMb: round(twoRenderedMb.median - renderedMb.median, 1) },
      // The same one-thread processes, warm: after WARM_ROUNDS rounds (the main thread collected
      // first), and the median of each round's reading (rounds 2 … WARM_ROUNDS), to show it settle.
      warm: {
        rounds: WARM_ROUNDS,
        renderedMb: stats(threads.map((t) => t.warmMb.at(-1)!)),
        byRoundMb: Array.from({ length: WARM_ROUNDS - 1 }, (_, i) => round(stats(threads.map((t) => t.warmMb[i]!)).median, 1)),
      },
    };
    const profile = profileRender(dir);
    const result = { machine: machine(), extraCaCerts: extraCa, runs: RUNS, threadRuns: THREAD_RUNS, cold, thread, profileColdRender: profile };
    const md = [
      '## Cold starts: the CLI and a render thread (bench/cli.ts)',
      '',
      `Fresh \`node bin/harbor.js\` processes running the build (dist/), ${RUNS} runs of each, interleaved; wall time as the user waits and CPU time (user + system; the robust figure when other work shares the machine). Milliseconds, median / p95. NODE_EXTRA_CA_CERTS ${extraCa ? 'is set here: Node reads its certificates at every start, so the rows "without" it show what that costs' : 'is not set'}. ${result.machine.cores} × ${result.machine.cpu}, Node ${result.machine.node}, load average ${result.machine.loadAverage} at the end.`,
      '',
      '| command | wall median | wall p95 | CPU median | peak RSS (MB) |',
      '|---|---|---|---|---|',
      ...cold.map((c) => `| \`${c.command}\` | ${c.wallMs.median} | ${c.wallMs.p95} | ${c.cpuMs.median} | ${c.peakRssMb} |`),
      '',
      `Render thread (a one-thread pool in a fresh process with harbor's V8 flags, bin/v8-flags.js; ${THREAD_RUNS} processes): ready to answer its first check (\`rfa\`: that kind loaded alone; the render pipeline loads with the first render) in **${thread.startMs.median} ms** (p95 ${thread.startMs.p95}), its first PDF (the \`rfa\` example, after that check) done **${round(thread.firstPdfMs.median, 0)} ms** after the pool was created; RSS above the process **${round(thread.startedMb.median, 1)} MB** after that check, **${round(thread.renderedMb.median, 1)} MB** after a PDF and a DOCX of every kind (renderers, fonts and compiled templates loaded). A second thread (a two-thread pool, both threads given every job, ${THREAD_RUNS} processes alternating with those): ${round(thread.twoThreads.renderedMb.median, 1)} MB for both after every kind, so **${thread.twoThreads.secondRenderedMb} MB** for the second (what it does not share with the first: Node's binary, the body faces and V8's platform threads are the process's). Warm, the same one-thread processes after ${thread.warm.rounds} rounds of every kind in both formats (${thread.warm.rounds * 8} renders; the main thread's garbage collected before each reading): **${round(thread.warm.renderedMb.median, 1)} MB** (p95 ${round(thread.warm.renderedMb.p95, 1)}); after rounds 2 … ${thread.warm.rounds} (medians): ${thread.warm.byRoundMb.join(', ')} MB.`,
      '',
      `Profile of one cold \`harbor render rfa … -o x.pdf\` (\`node --cpu-prof\`, ${profile.wallMs} ms wall with the profiler on): self time by package or module, largest first.`,
      '',
      '| where | ms | share |',
      '|---|---|---|',
      ...profile.top.map((p) => `| ${p.where} | ${p.ms} | ${p.share}% |`),
    ].join('\n');
    writeSection('cli', result, md);
    process.stdout.write(md + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
