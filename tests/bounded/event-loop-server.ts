// The server of the event-loop check (event-loop.timing.ts), in a process of its own so that the
// clients' work (building and sending 15 MB bodies) is not counted as the server's: the real
// `harbor serve` (its render pool, its limits) with HARBOR_WORKERS from the environment (default
// 2). It prints "listening on <url>"; on "start" (a line on stdin) it begins recording its own
// event-loop delay (perf_hooks.monitorEventLoopDelay, every 10 ms) and the stretches the loop was
// held longer than 20 ms (with what ran, when the profiler says); when stdin closes it prints the
// result as one JSON line and shuts down.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { serve } from '../../src/http/server.js';
import { servedUrl } from '../support/listening.js';

const lines: string[] = [];
const close = await serve({
  env: { HARBOR_WORKERS: process.env.HARBOR_WORKERS ?? '2', HARBOR_RENDER_TIMEOUT: '5s', HARBOR_RATE_LIMIT: '0' },
  port: 0,
  log: (l) => lines.push(l),
});
const h = monitorEventLoopDelay({ resolution: 10 });
// Stretches of more than 20 ms between two turns of a 1 ms timer: when and how long.
const held: number[] = [];
let last = performance.now();
let recording = false;
const tick = setInterval(() => {
  const now = performance.now();
  if (recording && now - last > 20) held.push(Math.round(now - last));
  last = now;
}, 1);
process.stdout.write(`listening on ${servedUrl(lines)}\n`); // its own protocol's line (event-loop.timing.ts)
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d: string) => {
  if (d.includes('start') && !recording) {
    recording = true;
    h.enable();
  }
});
process.stdin.on('end', () => {
  h.disable();
  clearInterval(tick);
  const errors = lines.filter((l) => l.includes('"msg":"error"')).length;
  process.stdout.write(`${JSON.stringify({ p50: h.percentile(50) / 1e6, p99: h.percentile(99) / 1e6, max: h.max / 1e6, held: held.sort((a, b) => b - a).slice(0, 10), errors })}\n`);
  close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
