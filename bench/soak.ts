// `npm run soak` (issue 16): the real `harbor serve` on loopback under mixed, partly hostile
// traffic for a while, then what it left behind. Not part of `npm test` (it is a measurement).
//
//   npm run soak                         10 minutes (the default)
//   npm run soak -- --seconds 150        any other duration (or SOAK_SECONDS=150)
//
// 16 client loops (16 keep-alive connections' worth) send, at random: renders of every kind in
// both formats, checks, small batches (JSON, NDJSON, CSV), invalid fixtures, hostile and random
// bodies (prototype keys, deep nesting, odd Unicode, broken JSON, wrong types and media types),
// clients that hang up mid-render and clients that read a batch slowly then leave. Meanwhile
// /healthz is timed every 200 ms from a separate probe process (so the client loops' own event
// loop does not count as the server's latency) and the server's RSS sampled every 10 s (/proc).
//
// Written to bench/results.md and bench/results.json (section "soak"): requests by status, the
// 5xx count (must be 0), /healthz p50/p99/max (p99 must stay under 100 ms overall and in every
// 10 s window), RSS every 10 s (must
// not grow after warm-up), and the leftovers check: no file in the server's TMPDIR or the
// server's working folder, and no case name in the log. Prints PASS/FAIL per check; exit code 1
// when a check fails. HARBOR_WORKERS (render threads) is passed to the server as set.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { writeSection } from './results-file.js';
import { listeningUrl } from '../tests/support/listening.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argSeconds = (() => {
  const i = process.argv.indexOf('--seconds');
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
})();
const SECONDS = argSeconds ?? Number(process.env.SOAK_SECONDS ?? 600);
if (!(Number.isFinite(SECONDS) && SECONDS >= 10)) throw new Error('--seconds (SOAK_SECONDS) must be a number ≥ 10');
const CONNECTIONS = 16;
const KINDS = ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo'];

const fixture = (kind: string, name: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, 'fixtures', kind, `${name}.json`), 'utf8')) as Record<string, unknown>;
const fixtureNames = (kind: string): string[] => readdirSync(join(ROOT, 'fixtures', kind)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

// ---- what the clients send --------------------------------------------------------------------

interface Req {
  label: string;
  method: 'GET' | 'POST';
  path: string;
  type?: string;
  body?: Buffer;
  /** Hang up this many ms after sending. */
  hangUpMs?: number;
  /** Read the answer slowly (1 KB per 100 ms) for this many ms, then leave. */
  slowReadMs?: number;
}

const json = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));

const odd = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '\u0000', '\uFFFE', '\uFEFF', '\u202E', 'שלום', 'مرحبا', '{{child.givenName}}', '</p><page-break/>', '<b>x</b>', '9999-12-31', '0026-03-07', '1e-300'),
  fc.integer({ min: 1, max: 2000 }).map((n) => 'Ω '.repeat(n)),
  fc.double(),
  fc.constant(null),
);

/** A case with one random field replaced by an odd value (the fuzz corpus's mutations). */
function mutated(kind: string): Buffer {
  const c = structuredClone(fixture(kind, 'full'));
  const paths: [Record<string, unknown>, string][] = [];
  const walk = (o: unknown): void => {
    if (o === null || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o)) {
      paths.push([o as Record<string, unknown>, k]);
      walk(v);
    }
  };
  walk(c);
  const [o, k] = paths[Math.floor(Math.random() * paths.length)]!;
  o[Math.random() < 0.1 ? '__proto__' : k] = fc.sample(odd, 1)[0];
  return json(c);
}

function csvOf(kind: string): Buffer {
  // The kind's own CSV template (header + example row), twice.
  const out = spawnSyncText(['csv-template', kind]);
  const [header, row] = out.split('\r\n');
  return Buffer.from(`${header}\r\n${row}\r\n${row}\r\n`);
}

function spawnSyncText(args: string[]): string {
  // A template command: seconds; bounded for a hang.
  return spawnSync(process.execPath, [join(ROOT, 'bin/harbor.js'), ...args], { timeout: 5 * 60_000, killSignal: 'SIGKILL' }).stdout.toString('utf8');
}

function makeMix(): (() => Req)[] {
  const mix: (() => Req)[] = [];
  for (const kind of KINDS) {
    const full = json(fixture(kind, 'full'));
    const minimal = json(fixture(kind, 'minimal'));
    const csv = csvOf(kind);
    const invalid = fixtureNames(kind)
      .filter((n) => n.startsWith('invalid-'))
      .map((n) => json(fixture(kind, n)));
    const hostile = fixtureNames(kind).includes('hostile') ? json(fixture(kind, 'hostile')) : full;
    for (const format of ['pdf', 'docx']) {
      mix.push(() => ({ label: `render ${format}`, method: 'POST', path: `/v1/documents/${kind}?format=${format}`, type: 'application/json', body: Math.random() < 0.5 ? minimal : full }));
    }
    mix.push(() => ({ label: 'render hostile', method: 'POST', path: `/v1/documents/${kind}?format=docx`, type: 'application/json', body: hostile }));
    mix.push(() => ({ label: 'check', method: 'POST', path: `/v1/documents/${kind}/check`, type: 'application/json', body: full }));
    mix.push(() => ({ label: 'check invalid', method: 'POST', path: `/v1/documents/${kind}/check`, type: 'application/json', body: invalid[Math.floor(Math.random() * invalid.length)] ?? minimal }));
    mix.push(() => ({ label: 'check fuzzed', method: 'POST', path: `/v1/documents/${kind}/check`, type: 'application/json', body: mutated(kind) }));
    mix.push(() => ({ label: 'render fuzzed', method: 'POST', path: `/v1/documents/${kind}?format=pdf`, type: 'application/json', body: mutated(kind) }));
    mix.push(() => ({ label: 'batch json', method: 'POST', path: `/v1/batches/${kind}?format=both`, type: 'application/json', body: Buffer.from(`[${minimal},${invalid[0] ?? minimal},${full}]`) }));
    mix.push(() => ({ label: 'batch ndjson', method: 'POST', path: `/v1/batches/${kind}`, type: 'application/x-ndjson', body: Buffer.from(`${minimal}\nnot json\n${minimal}\n`) }));
    mix.push(() => ({ label: 'batch csv', method: 'POST', path: `/v1/batches/${kind}`, type: 'text/csv', body: csv }));
    mix.push(() => ({ label: 'hang-up', method: 'POST', path: `/v1/documents/${kind}?format=pdf`, type: 'application/json', body: full, hangUpMs: 20 + Math.random() * 300 }));
    mix.push(() => ({ label: 'slow reader', method: 'POST', path: `/v1/batches/${kind}`, type: 'application/json', body: Buffer.from(`[${full},${full},${full},${full}]`), slowReadMs: 2000 }));
  }
  const deep = Buffer.from('['.repeat(100_000) + ']'.repeat(100_000));
  mix.push(() => ({ label: 'deep', method: 'POST', path: '/v1/documents/rfa/check', type: 'application/json', body: deep }));
  mix.push(() => ({ label: 'deep batch', method: 'POST', path: '/v1/batches/rfa', type: 'application/x-ndjson', body: deep }));
  mix.push(() => ({ label: 'broken json', method: 'POST', path: '/v1/documents/rfa', type: 'application/json', body: Buffer.from('{"child": {"givenName": "Ana",') }));
  mix.push(() => ({ label: 'wrong type', method: 'POST', path: '/v1/documents/rfa', type: 'text/plain', body: Buffer.from('hello') }));
  mix.push(() => ({ label: 'bad encoding', method: 'POST', path: '/v1/documents/rfa/check', type: 'application/json', body: Buffer.from('{}') }));
  mix.push(() => ({ label: 'unknown kind', method: 'POST', path: '/v1/documents/nope', type: 'application/json', body: Buffer.from('{}') }));
  mix.push(() => ({ label: 'schema', method: 'GET', path: '/v1/documents/rfa/schema' }));
  mix.push(() => ({ label: 'openapi', method: 'GET', path: '/openapi.json' }));
  return mix;
}

// ---- the /healthz probe (a process of its own) --------------------------------------------------

/**
 * The probe: GET /healthz on a new connection every 200 ms until its stdin closes, then prints
 * {samples: [[ms since the soak began, ms taken]], failures, lagP99, lagMax} (its own loop delay).
 * argv: port, the soak's start (epoch ms).
 */
const PROBE = `
const http = require('node:http');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const [port, t0] = process.argv.slice(1).map(Number);
const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
const samples = [];
const failures = {};
let stop = false;
process.stdin.on('data', () => {});
process.stdin.on('end', () => (stop = true));
const once = () => new Promise((resolve) => {
  const t = performance.now();
  const at = Date.now() - t0;
  const req = http.request({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
    res.on('data', () => {});
    res.on('end', () => {
      if (res.statusCode === 200) samples.push([at, performance.now() - t]);
      else failures[res.statusCode] = (failures[res.statusCode] || 0) + 1;
      resolve();
    });
  });
  req.on('error', () => { failures.error = (failures.error || 0) + 1; resolve(); });
  req.end();
});
(async () => {
  while (!stop) {
    await once();
    await new Promise((r) => setTimeout(r, 200));
  }
  lag.disable();
  process.stdout.write(JSON.stringify({ samples, failures, lagP99: lag.percentile(99) / 1e6, lagMax: lag.max / 1e6 }));
})();
`;

// ---- one request ------------------------------------------------------------------------------

function send(port: number, r: Req): Promise<number | 'hung-up' | 'left'> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = {};
    if (r.type) headers['Content-Type'] = r.type;
    if (r.body) headers['Content-Length'] = r.body.length;
    if (r.label === 'bad encoding') headers['Content-Encoding'] = 'gzip';
    const req = request({ host: '127.0.0.1', port, method: r.method, path: r.path, headers, agent: false }, (res) => {
      const status = res.statusCode ?? 0;
      if (r.slowReadMs !== undefined) {
        const until = Date.now() + r.slowReadMs;
        res.pause();
        const tick = setInterval(() => {
          if (Date.now() > until || res.readableEnded) {
            clearInterval(tick);
            req.destroy();
            resolve('left');
            return;
          }
          res.read(1024);
        }, 100);
        res.on('end', () => {
          clearInterval(tick);
          resolve(status);
        });
        res.on('error', () => {});
        return;
      }
      res.on('data', () => {});
      res.on('end', () => resolve(status));
      res.on('error', () => resolve(status));
    });
    req.on('error', () => resolve(r.hangUpMs !== undefined ? 'hung-up' : 0));
    if (r.hangUpMs !== undefined) {
      setTimeout(() => {
        req.destroy();
        resolve('hung-up');
      }, r.hangUpMs);
    }
    req.end(r.body);
  });
}

// ---- the run ----------------------------------------------------------------------------------

const pct = (xs: number[], p: number): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/** Distinctive strings of the fixtures' people: none may appear in a log line. */
function caseNames(): string[] {
  const names = new Set<string>();
  for (const kind of KINDS) {
    for (const n of fixtureNames(kind)) {
      const walk = (v: unknown, key: string): void => {
        if (typeof v === 'string' && /name|narrative|statement/i.test(key) && v.length >= 6 && /^[\p{L} .'-]+$/u.test(v)) names.add(v);
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, Array.isArray(v) ? key : k);
      };
      walk(fixture(kind, n), '');
    }
  }
  return [...names];
}

async function main(): Promise<void> {
  const serverTmp = mkdtempSync(join(tmpdir(), 'harbor-soak-tmp-'));
  // The server's working folder: where `-o`-style temporary files would appear (.*.tmp).
  const rootBefore = new Set(readdirSync(ROOT));
  const child = spawn(process.execPath, [join(ROOT, 'bin/harbor.js'), 'serve', '--host', '127.0.0.1', '--port', '0'], {
    // All 16 loops come from one address with no key: the batch caps (2 at once, 1 per client;
    // tests/http/admission.test.ts) would answer most of its batches 503 busy, by design. The soak
    // measures the service holding up under its mixed load, so it lets every loop run a batch.
    env: { ...process.env, TMPDIR: serverTmp, HARBOR_RATE_LIMIT: '0', HARBOR_MAX_BATCHES: String(CONNECTIONS), HARBOR_MAX_BATCHES_PER_KEY: String(CONNECTIONS), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  let port = 0;
  const listening = new Promise<void>((resolve, reject) => {
    let buf = '';
    child.stderr.on('data', (c: Buffer) => {
      buf += c.toString('utf8');
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        log.push(line);
        const url = listeningUrl([line]);
        if (url !== undefined) {
          port = Number(new URL(url).port);
          resolve();
        }
      }
    });
    child.stdout.on('data', (c: Buffer) => log.push(c.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`harbor serve exited (${code}) before listening`)));
  });
  await listening;
  console.log(`soak: harbor serve pid ${child.pid} on 127.0.0.1:${port}, ${SECONDS} s, ${CONNECTIONS} connections`);

  // Warm-up, not measured: every render thread loads its pipeline at start (~1 s of CPU each);
  // the soak measures the service once it is up. One render of each kind per core.
  for (let i = 0; i < cpus().length; i++) {
    await Promise.all(KINDS.map((kind) => send(port, { label: 'warm-up', method: 'POST', path: `/v1/documents/${kind}?format=pdf`, type: 'application/json', body: json(fixture(kind, 'minimal')) })));
  }

  const mix = makeMix();
  const statuses: Record<string, number> = {};
  const byLabel: Record<string, Record<string, number>> = {};
  const health: number[] = [];
  const healthByWindow: number[][] = [];
  const rss: { s: number; mb: number }[] = [];
  const t0 = Date.now();
  const end = t0 + SECONDS * 1000;
  let requests = 0;

  // /healthz is timed from a process of its own (PROBE), never from this one: these 16 client
  // loops (fuzzing, building bodies, reading answers) keep this event loop busy, and a probe here
  // would count its own waits as the server's latency. The probe also measures its own loop's
  // delay, so what is left is the server's.
  const probe = spawn(process.execPath, ['-e', PROBE, String(port), String(t0)], { stdio: ['pipe', 'pipe', 'inherit'] });
  let probeOut = '';
  probe.stdout.on('data', (c: Buffer) => (probeOut += c.toString('utf8')));
  const probeDone = new Promise<void>((r) => probe.once('exit', () => r()));
  // This process's own loop delay (the clients'), for the record.
  const clientLag = monitorEventLoopDelay({ resolution: 10 });
  clientLag.enable();
  const rssTimer = setInterval(() => rss.push({ s: Math.round((Date.now() - t0) / 1000), mb: rssMb(child.pid!) }), 10_000);
  rss.push({ s: 0, mb: rssMb(child.pid!) });

  const loops = Array.from({ length: CONNECTIONS }, async () => {
    while (Date.now() < end) {
      const r = mix[Math.floor(Math.random() * mix.length)]!();
      const s = String(await send(port, r));
      requests++;
      statuses[s] = (statuses[s] ?? 0) + 1;
      (byLabel[r.label] ??= {})[s] = (byLabel[r.label]![s] ?? 0) + 1;
    }
  });
  const progress = setInterval(() => console.log(`  ${Math.round((Date.now() - t0) / 1000)} s: ${requests} requests, RSS ${rss.at(-1)?.mb} MB, statuses ${JSON.stringify(statuses)}`), 30_000);
  await Promise.all(loops);
  clientLag.disable();
  probe.stdin.end();
  await probeDone;
  const probed = JSON.parse(probeOut) as { samples: [number, number][]; failures: Record<string, number>; lagP99: number; lagMax: number };
  for (const [at, ms] of probed.samples) {
    health.push(ms);
    (healthByWindow[Math.floor(at / 10_000)] ??= []).push(ms);
  }
  for (const [s, n] of Object.entries(probed.failures)) statuses[`healthz ${s}`] = n;
  clearInterval(progress);
  clearInterval(rssTimer);
  rss.push({ s: Math.round((Date.now() - t0) / 1000), mb: rssMb(child.pid!) });

  // Shut down as an operator would, then look for what was left.
  child.kill('SIGTERM');
  const exitCode = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  const leftInServerTmp = readdirSync(serverTmp, { recursive: true }).map(String).filter((f) => !f.startsWith('tsx-'));
  rmSync(serverTmp, { recursive: true, force: true });
  // Anything new in its working folder (the system temporary folder is the server's TMPDIR above;
  // on a shared machine other people's files come and go in /tmp).
  const leftInSystemTmp = readdirSync(ROOT).filter((f) => !rootBefore.has(f));
  const names = caseNames();
  const text = log.join('\n');
  const namesInLog = names.filter((n) => text.includes(n));
  const nonJsonLines = log.filter((l) => l !== '' && !l.startsWith('{')).length;

  const fiveXX = Object.entries(statuses)
    .filter(([s]) => /^5\d\d$/.test(s))
    .reduce((n, [, c]) => n + c, 0);
  const busy = statuses['503'] ?? 0;
  const warm = rss.filter((x) => x.s >= Math.min(60, SECONDS / 3));
  const firstWarm = warm[0]?.mb ?? NaN;
  const lastMb = rss.at(-1)!.mb;
  const maxWarm = Math.max(...warm.map((x) => x.mb));
  const growth = (lastMb - firstWarm) / firstWarm;
  const p99 = pct(health, 99);
  const windowP99 = healthByWindow.map((w) => pct(w ?? [], 99));
  const worstWindow = Math.max(...windowP99.filter(Number.isFinite));
  const result = {
    when: new Date().toISOString(),
    seconds: SECONDS,
    connections: CONNECTIONS,
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadavg: loadavg().map((x) => Math.round(x * 100) / 100) },
    requests,
    statuses,
    byLabel,
    fiveXX,
    busy503: busy,
    workers: process.env.HARBOR_WORKERS ?? 'default',
    healthz: {
      measuredFrom: 'a separate probe process',
      count: health.length,
      p50: pct(health, 50),
      p99,
      max: Math.max(...health),
      p99PerWindow: windowP99.map((x) => Math.round(x)),
      worstWindowP99: worstWindow,
      probeLoopDelay: { p99: probed.lagP99, max: probed.lagMax },
    },
    clientLoopDelay: { p99: clientLag.percentile(99) / 1e6, max: clientLag.max / 1e6 },
    rssMb: rss,
    rssGrowthAfterWarmup: Math.round(growth * 1000) / 10,
    shutdownExitCode: exitCode,
    leftovers: { serverTmp: leftInServerTmp, systemTmp: leftInSystemTmp, caseNamesInLog: namesInLog.length, nonJsonLogLines: nonJsonLines },
  };
  const checks = {
    'no 5xx (503 included)': fiveXX === 0,
    '/healthz p99 < 100 ms overall': p99 < 100,
    '/healthz p99 < 100 ms in every 10 s window': windowP99.length > 0 && windowP99.every((x) => !Number.isFinite(x) || x < 100),
    'RSS flat after warm-up (< 25 % growth)': growth < 0.25,
    'nothing left in temporary folders': leftInServerTmp.length === 0 && leftInSystemTmp.length === 0,
    'no case data in the log': namesInLog.length === 0,
    'clean shutdown (exit 0)': exitCode === 0,
  };
  const r1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '–');
  const md = [
    `## Soak (\`npm run soak\`)`,
    '',
    `${result.when}: the real \`harbor serve\` on 127.0.0.1 for ${SECONDS} s, ${CONNECTIONS} client loops of mixed traffic (renders of every kind in PDF and DOCX, checks, JSON/NDJSON/CSV batches, invalid, fuzzed and hostile bodies, hang-ups, slow readers). Node ${process.version}, ${cpus().length} cores, load average at the end ${result.machine.loadavg.join(' / ')}.`,
    '',
    `- requests: ${requests}; by status: ${Object.entries(statuses).sort().map(([s, n]) => `${s} × ${n}`).join(', ')} (\`hung-up\`/\`left\`: the client's own hang-ups and slow readers)`,
    `- 5xx: **${fiveXX}** (of which 503 busy / render-timeout: ${busy})`,
    `- render threads: ${result.workers === 'default' ? 'the default (HARBOR_WORKERS unset)' : `HARBOR_WORKERS=${result.workers}`}`,
    `- /healthz (every 200 ms, from a separate probe process, ${health.length} answers): p50 ${r1(pct(health, 50))} ms, **p99 ${r1(p99)} ms**, max ${r1(Math.max(...health))} ms; p99 per 10 s: ${result.healthz.p99PerWindow.join(', ')} (worst **${r1(worstWindow)} ms**)`,
    `- the probe's own event-loop delay (its share of those times): p99 ${r1(probed.lagP99)} ms, max ${r1(probed.lagMax)} ms; the client loops' process: p99 ${r1(result.clientLoopDelay.p99)} ms, max ${r1(result.clientLoopDelay.max)} ms`,
    `- RSS of the server every 10 s (MB): ${rss.map((x) => x.mb).join(', ')}; after warm-up ${firstWarm} → ${lastMb} MB (${result.rssGrowthAfterWarmup} %), max ${maxWarm}`,
    `- afterwards: ${leftInServerTmp.length + leftInSystemTmp.length} files left in temporary folders, ${namesInLog.length} case names in ${log.length} log lines, ${nonJsonLines} non-JSON log lines; shutdown exit ${exitCode}`,
    '',
    '| check | result |',
    '|---|---|',
    ...Object.entries(checks).map(([k, ok]) => `| ${k} | ${ok ? 'pass' : '**FAIL**'} |`),
  ].join('\n');
  writeSection('soak', { ...result, checks }, md);
  console.log(md);
  console.log('');
  for (const [k, ok] of Object.entries(checks)) console.log(`${ok ? 'PASS' : 'FAIL'}  ${k}`);
  console.log(Object.values(checks).every(Boolean) ? 'soak: PASS' : 'soak: FAIL');
  if (!Object.values(checks).every(Boolean)) process.exitCode = 1;
}

await main();
