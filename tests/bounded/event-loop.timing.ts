// Issue 16, "what it must show" 2: no single request holds the main thread. A timed check, so
// not in `npm test`: `npm run test:event-loop` (vitest.timing.config.ts), on a quiet machine.
//
// The real `harbor serve` (its render pool, its limits) runs in a process of its own
// (event-loop-server.ts), so that the clients' work here (sending 15 MB bodies) is never counted
// as the server's; it records its own event-loop delay (perf_hooks.monitorEventLoopDelay, sampled
// every 10 ms) while the worst inputs of the issue are sent to it, two at a time, and /healthz is
// timed alongside.
//
// Before the fixes one such request held the loop for 13 s (1,000 overlapping periods), 4.9 s
// (330k names), 122 s (the 10,000-column CSV); then, with the work on the render threads but the
// bodies still parsed and copied on the main thread, p99 84 ms and max 87 ms. The aim is ~50 ms.
// Wall-clock delay also counts the time the process waits for a core, which on a shared machine
// is itself tens to hundreds of ms; so an idle Node process measures the same histogram over the
// same seconds (the machine's own delay), and the bounds are on the excess over it: p99 at most
// 30 ms more, the worst delay at most 50 ms more. On a quiet machine the idle baseline is ~10 ms.
import { spawn } from 'node:child_process';
import { boundChild } from '../support/children.js';
import { describe, expect, it } from 'vitest';
import { hostileRequests } from './hostile-inputs.js';

/** An idle process's own loop delay until its stdin closes, as JSON {p99, max} in ms. */
const IDLE = `
const { monitorEventLoopDelay } = require('node:perf_hooks');
const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
process.stdout.write('ready\\n');
process.stdin.on('data', () => {});
process.stdin.on('end', () => {
  h.disable();
  process.stdout.write(JSON.stringify({ p99: h.percentile(99) / 1e6, max: h.max / 1e6 }));
});
`;

/** Most the server's loop delay may exceed the idle process's, in ms (see the top of this file). */
const P99_EXCESS_MS = 30;
const MAX_EXCESS_MS = 50;

describe('event loop under the worst inputs', () => {
  it(`no request holds the main thread: loop delay p99 < idle + ${P99_EXCESS_MS} ms, max < idle + ${MAX_EXCESS_MS} ms; /healthz answers`, async () => {
    const requests = hostileRequests(); // built before measuring
    const server = spawn(process.execPath, ['--import', 'tsx', new URL('./event-loop-server.ts', import.meta.url).pathname], { stdio: ['pipe', 'pipe', 'inherit'] });
    // Killed just before the test's time limit (line() below then says the server exited).
    boundChild(server, 'the event-loop server (tests/bounded/event-loop-server.ts)').catch(() => undefined);
    // The server's stdout, as lines (its "listening on" line first, its result last).
    const lines: string[] = [];
    let waiting: (() => void) | undefined;
    let partial = '';
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (c: string) => {
      const parts = (partial + c).split('\n');
      partial = parts.pop()!;
      lines.push(...parts);
      waiting?.();
    });
    const exited = new Promise<void>((r) => server.once('exit', () => r()));
    const line = async (): Promise<string> => {
      while (lines.length === 0) {
        if (server.exitCode !== null) throw new Error('the server exited');
        await Promise.race([new Promise<void>((r) => (waiting = r)), exited]);
      }
      return lines.shift()!;
    };
    const health: number[] = [];
    let stop = false;
    try {
      const url = /^listening on (\S+)$/.exec(await line())![1]!;
      // Warm the threads (each loads the pipeline once) before measuring.
      await (await fetch(`${url}/v1/documents/rfa/check`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).arrayBuffer();
      // The machine's own delay: an idle Node process, measured over the same seconds.
      const idle = spawn(process.execPath, ['-e', IDLE], { stdio: ['pipe', 'pipe', 'inherit'] });
      let idleOut = '';
      idle.stdout.on('data', (c: Buffer) => (idleOut += c.toString()));
      const idleDone = boundChild(idle, 'the idle node process (the machine\'s own loop delay)');
      await new Promise<void>((r) => idle.stdout.once('data', () => r())); // "ready"
      server.stdin.write('start\n');
      const probe = (async () => {
        while (!stop) {
          const t0 = performance.now();
          await (await fetch(`${url}/healthz`)).arrayBuffer();
          health.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      const statuses: Record<string, number> = {};
      // Two at a time, as two clients would.
      const queue = [...requests];
      await Promise.all(
        [0, 1].map(async () => {
          for (let r = queue.shift(); r; r = queue.shift()) {
            const res = await fetch(url + r.path, { method: 'POST', headers: { 'Content-Type': r.type }, body: r.body });
            await res.arrayBuffer().catch(() => undefined);
            statuses[r.name] = res.status;
          }
        }),
      );
      stop = true;
      await probe;
      const result = line();
      server.stdin.end();
      const loop = JSON.parse(await result) as { p50: number; p99: number; max: number; held: number[]; errors: number };
      idle.stdin.end();
      await idleDone;
      const base = JSON.parse(idleOut.slice(idleOut.indexOf('{'))) as { p99: number; max: number };
      const checks: [string, boolean][] = [
        [`server loop delay p99 ${loop.p99.toFixed(1)} ms < idle p99 ${base.p99.toFixed(1)} + ${P99_EXCESS_MS} ms`, loop.p99 - base.p99 < P99_EXCESS_MS],
        [`server loop delay max ${loop.max.toFixed(1)} ms < idle max ${base.max.toFixed(1)} + ${MAX_EXCESS_MS} ms`, loop.max - base.max < MAX_EXCESS_MS],
        [`no 5xx but 503 (statuses ${JSON.stringify(statuses)})`, Object.values(statuses).every((s) => s < 500 || s === 503)],
        [`no error logged (${loop.errors})`, loop.errors === 0],
      ];
      console.log(
        [
          `event loop delay of the server: p50 ${loop.p50.toFixed(1)} ms, p99 ${loop.p99.toFixed(1)} ms, max ${loop.max.toFixed(1)} ms; longest stretches held (ms): ${loop.held.join(', ') || 'none over 20'}`,
          `idle process over the same time: p99 ${base.p99.toFixed(1)} ms, max ${base.max.toFixed(1)} ms; /healthz max ${Math.max(...health).toFixed(1)} ms over ${health.length}`,
          ...checks.map(([what, ok]) => `${ok ? 'PASS' : 'FAIL'}  ${what}`),
        ].join('\n'),
      );
      for (const [name, status] of Object.entries(statuses)) expect(status, name).toBeLessThan(500 + (status === 503 ? 4 : 0));
      expect(loop.p99 - base.p99).toBeLessThan(P99_EXCESS_MS);
      expect(loop.max - base.max).toBeLessThan(MAX_EXCESS_MS);
      expect(loop.errors).toBe(0);
    } finally {
      stop = true;
      if (server.exitCode === null) {
        server.stdin.end();
        server.kill();
      }
      await exited;
    }
  }, 600_000);
});
