// Batch benchmark (issues 8 and 18): restitution worksheets (PDF) of 52 workweeks each (one year of
// work, the size clinics send: the full fixture with its live-in period extended by 8 weeks and its
// daily log moved after it) from a CSV through `harbor batch` (a child process, its default pool):
// 1,000 records (target ≤ 5 s wall including start-up, peak RSS ≤ 300 MB) and 10,000 (the same
// peak). Then 1,000 through POST /v1/batches on `harbor serve` (a child process) for comparison.
// Records per second and peak RSS of the process (worker threads included).
//
// Run alone with `npx tsx bench/batch.ts` (writes the "batch" section of bench/results.json and
// bench/results.md). Times are wall-clock from the client's side, start-up included for the CLI
// (that is what a clinic waits for); the service is started and warmed up before it is timed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../tests/batch/support.js';
import { writeSection } from './results-file.js';
import { QUICK } from './lib.js';
import { checkCase } from '../src/check.js';
import { defaultThreads } from '../src/workers/settings.js';
import { listeningUrl } from '../tests/support/listening.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/harbor.js');
const KIND = 'restitution-worksheet';
const dir = mkdtempSync(join(tmpdir(), 'harbor-bench-batch-'));

/** Days added to an ISO date (UTC calendar arithmetic; 56 keeps every weekday). */
function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

interface Period {
  startDate: string;
  endDate: string;
  days?: { date: string }[];
}

/** The full fixture made one year long: 52 workweeks (checked against the computed weeks below). */
function yearCase(): { losses: { amount: string }[]; laborPeriods: Period[] } {
  const c = JSON.parse(readFileSync(join(ROOT, `fixtures/${KIND}/full.json`), 'utf8')) as { losses: { amount: string }[]; laborPeriods: Period[] };
  const [, liveIn, log] = c.laborPeriods;
  liveIn!.endDate = addDays(liveIn!.endDate, 56);
  log!.startDate = addDays(log!.startDate, 56);
  log!.endDate = addDays(log!.endDate, 56);
  for (const d of log!.days ?? []) d.date = addDays(d.date, 56);
  return c;
}

/** `n` distinct one-year restitution cases, each with its own amount. */
function cases(n: number): unknown[] {
  const year = yearCase();
  return Array.from({ length: n }, (_, i) => {
    const c = structuredClone(year);
    c.losses[5]!.amount = `${165 + Math.floor(i / 100)}.${String(i % 100).padStart(2, '0')}`; // dollars (contract v2)
    return c;
  });
}

interface Run {
  via: 'cli' | 'http';
  workers: number;
  records: number;
  seconds: number;
  recordsPerSecond: number;
  peakRssMb: number;
  zipMb: number;
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** `harbor batch` under GNU time: wall time and the process's peak RSS (%M, in KB). */
function viaCli(records: number, workers: number): Run {
  if (!existsSync('/usr/bin/time')) throw new Error('bench/batch.ts reads peak RSS with GNU time: apt-get install -y time');
  // A clinic's spreadsheet: CSV with dot-path headers, streamed by harbor batch.
  const input = join(dir, `cases-${records}.csv`);
  writeFileSync(input, toCsv(cases(records) as Record<string, unknown>[]));
  const out = join(dir, `out-cli-${records}-${workers}.zip`);
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', process.execPath, BIN, 'batch', KIND, input, '-o', out, '--workers', String(workers)], { encoding: 'utf8', timeout: 30 * 60_000, killSignal: 'SIGKILL' }); // a bound for a hang: the largest batch takes a minute or two
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`harbor batch exited ${r.status}: ${r.stderr}`);
  const kb = Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1]);
  const zipMb = mb(statSync(out).size);
  rmSync(out); // 10,000 one-year worksheets are ~1.8 GB
  rmSync(input);
  return { via: 'cli', workers, records, seconds: round(seconds), recordsPerSecond: round(records / seconds), peakRssMb: mb(kb * 1024), zipMb };
}

/** Peak RSS so far of a live process (VmHWM), in bytes. */
function vmHwm(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1]) * 1024;
}

/** Start `harbor serve` on a free port with the pool at `workers` threads; resolves with its URL. */
async function startServer(workers: number): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, HARBOR_WORKERS: String(workers), HARBOR_RATE_LIMIT: '0', HARBOR_MAX_BATCH: '1000', HARBOR_BODY_LIMIT: '16mb' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString('utf8');
      const url = listeningUrl(err);
      if (url !== undefined) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`harbor serve exited ${code}: ${err}`)));
  });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, pid: child.pid!, stop };
}

async function postBatch(url: string, body: string): Promise<number> {
  const res = await fetch(`${url}/v1/batches/${KIND}?format=pdf`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  if (res.status !== 200) throw new Error(`batch answered ${res.status}: ${await res.text()}`);
  let bytes = 0;
  for await (const chunk of res.body!) bytes += (chunk as Uint8Array).length;
  return bytes;
}

/** One service per run (so its peak RSS is this batch's), warmed up with a small batch first. */
async function viaHttp(records: number, workers: number): Promise<Run> {
  const server = await startServer(workers);
  try {
    await postBatch(server.url, JSON.stringify(cases(2 * workers)));
    const body = JSON.stringify(cases(records));
    const t0 = performance.now();
    const bytes = await postBatch(server.url, body);
    const seconds = (performance.now() - t0) / 1000;
    return { via: 'http', workers, records, seconds: round(seconds), recordsPerSecond: round(records / seconds), peakRssMb: mb(vmHwm(server.pid)), zipMb: mb(bytes) };
  } finally {
    await server.stop();
  }
}

const round = (x: number): number => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const machine = { cpus: cpus().length, model: cpus()[0]?.model, availableParallelism: availableParallelism(), node: process.version, loadAverageAtStart: loadavg()[0] ?? 0 };
  const check = checkCase(KIND, cases(1)[0]);
  const weeks = check.ok ? (check.computed as { weeks: unknown[] }).weeks.length : -1;
  if (weeks !== 52) throw new Error(`the bench case should have 52 workweeks, not ${weeks}`);
  const runs: Run[] = [];
  const workers = defaultThreads();
  // --quick: 200 and 2,000 (development only; the targets are for 1,000 and 10,000).
  const base = QUICK ? 200 : 1000;
  runs.push(viaCli(base, workers));
  console.log(JSON.stringify(runs.at(-1)));
  // Ten times longer (the CLI has no 1,000-record limit): the peak should not move.
  runs.push(viaCli(10 * base, workers));
  console.log(JSON.stringify(runs.at(-1)));
  runs.push(await viaHttp(base, workers));
  console.log(JSON.stringify(runs.at(-1)));
  const row = (r: Run): string => `| ${r.via} | ${r.workers} | ${r.records} | ${r.seconds} | ${r.recordsPerSecond} | ${r.peakRssMb} | ${r.zipMb} |`;
  const md = [
    '## Batch: restitution worksheets (PDF), `harbor batch` and `POST /v1/batches`',
    '',
    `Machine: ${machine.cpus} CPUs (${machine.model}), Node ${machine.node}, load average ${machine.loadAverageAtStart.toFixed(2)} at start. ` +
      'Each record is one year of work (52 workweeks; the full fixture extended) with its own amount. CLI time includes process start-up and the pool; the service is started and warmed up first. Peak RSS is the whole process, render threads included ' +
      '(CLI: GNU time %M; service: VmHWM before it stops). The CLI reads a CSV file (dot-path headers), streamed: its memory ' +
      'does not grow with the number of records. The service takes a JSON array, held whole (bounded by the body limit: ' +
      '~5 KB per case here); documents are never all held, in either. ' +
      '`npx tsx bench/batch.ts` re-runs this section.',
    '',
    '| via | threads | records | seconds | records/s | peak RSS (MB) | ZIP (MB) |',
    '|---|---|---|---|---|---|---|',
    ...runs.map(row),
  ].join('\n');
  writeSection('batch', { machine, runs }, md);
  console.log(md);
}

try {
  await main();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
