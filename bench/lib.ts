// Shared pieces of the benchmarks: `--quick` (BENCH_QUICK=1, fewer samples for development),
// statistics, the machine, and spawning `node bin/harbor.js` as a user runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { listeningUrl } from '../tests/support/listening.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = `${ROOT}bin/harbor.js`;

/** Development runs: `npm run bench -- --quick` (or BENCH_QUICK=1): fewer samples, same figures. */
export const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
/** `full` samples normally, `quick` ones with --quick. */
export const n = (full: number, quick: number): number => (QUICK ? quick : full);

export interface Stats {
  median: number;
  p95: number;
  min: number;
  n: number;
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  const rank = (q: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { median: round(rank(0.5)), p95: round(rank(0.95)), min: round(s[0] ?? NaN), n: s.length };
}

export function machine(): { node: string; cpu: string; cores: number; loadAverage: number } {
  return { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), loadAverage: round(loadavg()[0] ?? 0) };
}

/** The environment of a spawned harbor: this one without PORT, HOST and HARBOR_* settings, plus `extra`. */
export function harborEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(PORT|HOST|HARBOR_)/.test(k)) env[k] = v;
  return { ...env, ...extra };
}

/** Servers started by this benchmark: stopped if the benchmark itself is interrupted. */
const live = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const c of live) c.kill('SIGTERM');
    process.exit(130);
  });
}

/** Start `harbor serve` on a free loopback port; resolves once /healthz answers. */
export async function startServer(extra: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: harborEnv({ HARBOR_RATE_LIMIT: '0', ...extra }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  let head = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('harbor serve did not start within 60 s')), 60_000);
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (d: string) => {
        if (head.length > 4096) return; // request log lines are read and dropped
        head += d;
        const url = listeningUrl(head);
        if (url !== undefined) {
          clearTimeout(timer);
          resolve(url);
        }
      });
      child.once('exit', (code) => reject(new Error(`harbor serve exited with ${code}`)));
    });
    for (let i = 0; i < 200; i++) {
      if ((await fetch(`${url}/healthz`).catch(() => undefined))?.ok) return { url, child, stop };
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('/healthz did not answer');
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Peak RSS so far (VmHWM) and current RSS of a live process, in bytes. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string): number => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

export const mb = (bytes: number): number => round(bytes / 1024 / 1024, 1);
