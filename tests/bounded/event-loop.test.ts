// Issue 16, "what it must show" 2: no single request holds the main thread. The real `harbor
// serve` (its render pool, its limits) runs in this process while the worst inputs of the issue
// are sent to it; Node's own event-loop delay histogram (perf_hooks.monitorEventLoopDelay,
// sampled every 10 ms) records how late the loop ran meanwhile, and /healthz is timed alongside.
//
// Before the fixes one such request held the loop for 13 s (1,000 overlapping periods), 4.9 s
// (330k names), 122 s (the 10,000-column CSV). The aim is ~50 ms of work at a time; the bounds
// below are looser because this machine is shared (2 cores, other test files and other people's
// processes; a major GC of a few hundred MB heap alone takes tens of ms): p99 of the delay under
// 100 ms and no single delay over 250 ms, which every one of the defects broke by 20× or more.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { serve } from '../../src/http/server.js';
import { hostileRequests } from './hostile-inputs.js';

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
      const p99 = h.percentile(99) / 1e6;
      const max = h.max / 1e6;
      console.log(`event loop delay: p50 ${(h.percentile(50) / 1e6).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms; /healthz max ${Math.max(...health).toFixed(1)} ms over ${health.length}; statuses ${JSON.stringify(statuses)}`);
      for (const [name, status] of Object.entries(statuses)) expect(status, name).toBeLessThan(500 + (status === 503 ? 4 : 0));
      expect(p99).toBeLessThan(100);
      expect(max).toBeLessThan(250);
      expect(lines.some((l) => l.includes('"msg":"error"'))).toBe(false);
    } finally {
      stop = true;
      h.disable();
      await close();
    }
  }, 600_000);
});
