// Issue 16, "what it must show" 2: no single request holds the main thread. A timed check, so
// not in `npm test`: `npm run test:event-loop` (vitest.timing.config.ts), on a quiet machine. The real `harbor
// serve` (its render pool, its limits) runs in this process while the worst inputs of the issue
// are sent to it; Node's own event-loop delay histogram (perf_hooks.monitorEventLoopDelay,
// sampled every 10 ms) records how late the loop ran meanwhile, and /healthz is timed alongside.
//
// Before the fixes one such request held the loop for 13 s (1,000 overlapping periods), 4.9 s
// (330k names), 122 s (the 10,000-column CSV). The aim is ~50 ms of work at a time. Wall-clock
// delay also counts the time this process waits for a core, which on a shared machine (2 cores,
// other test files and other people's processes) is itself tens to hundreds of ms. So an idle
// Node process measures the same histogram over the same seconds (the machine's own delay), and
// the bounds are on the excess over it: p99 at most 100 ms more, the worst delay at most 250 ms
// more. Every one of the defects broke those by 20× or more; on a quiet machine the idle
// baseline is ~10 ms and the bounds are simply p99 < ~110 ms, max < ~260 ms.
import { spawn } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/http/server.js';
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

describe('event loop under the worst inputs', () => {
  it('no request holds the main thread: loop delay p99 < 100 ms, max < 250 ms; /healthz answers', async () => {
    const requests = hostileRequests(); // built before measuring
    const lines: string[] = [];
    const close = await serve({ env: { HARBOR_WORKERS: '2', HARBOR_RENDER_TIMEOUT: '5s', HARBOR_RATE_LIMIT: '0' }, port: 0, log: (l) => lines.push(l) });
    const url = /^listening on (\S+)$/.exec(lines[0]!)![1]!;
    const health: number[] = [];
    const h = monitorEventLoopDelay({ resolution: 10 });
    let stop = false;
    try {
      // Warm the threads (each loads the pipeline once) before measuring.
      await (await fetch(`${url}/v1/documents/rfa/check`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).arrayBuffer();
      // The machine's own delay: an idle Node process, measured over the same seconds.
      const idle = spawn(process.execPath, ['-e', IDLE], { stdio: ['pipe', 'pipe', 'inherit'] });
      let idleOut = '';
      idle.stdout.on('data', (c: Buffer) => (idleOut += c.toString()));
      const idleDone = new Promise<void>((r) => idle.on('exit', () => r()));
      await new Promise<void>((r) => idle.stdout.once('data', () => r())); // "ready"
      h.enable();
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
      h.disable();
      idle.stdin.end();
      await idleDone;
      const base = JSON.parse(idleOut.slice(idleOut.indexOf('{'))) as { p99: number; max: number };
      const p99 = h.percentile(99) / 1e6;
      const max = h.max / 1e6;
      console.log(
        `event loop delay: p50 ${(h.percentile(50) / 1e6).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms; ` +
          `idle process over the same time: p99 ${base.p99.toFixed(1)} ms, max ${base.max.toFixed(1)} ms; /healthz max ${Math.max(...health).toFixed(1)} ms over ${health.length}; statuses ${JSON.stringify(statuses)}`,
      );
      for (const [name, status] of Object.entries(statuses)) expect(status, name).toBeLessThan(500 + (status === 503 ? 4 : 0));
      expect(p99 - base.p99).toBeLessThan(100);
      expect(max - base.max).toBeLessThan(250);
      expect(lines.some((l) => l.includes('"msg":"error"'))).toBe(false);
    } finally {
      stop = true;
      h.disable();
      await close();
    }
  }, 600_000);
});
