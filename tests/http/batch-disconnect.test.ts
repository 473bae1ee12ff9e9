// Issue 8, "must show" 3: a client that hangs up in the middle of a batch stops the work. Against
// a real listening server: start a 1000-record batch, read the first bytes of the ZIP, destroy the
// socket; the route logs that it stopped (only after every job in flight has settled), and the
// pool soon shows nothing queued and nothing running, with far fewer than 1000 renders started
// and no render started after the stop.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { sharedPool } from '../support/pool.js';
import { KIND, cases } from '../batch/support.js';
import { until } from '../support/until.js';

// The worker's pool of two render threads (tests/support/pool.ts): its counters are read as
// changes from before the batch.
const pool = sharedPool();
const lines: string[] = [];
const app = createApp({ renderer: pool, maxBatch: 1000, batchBodyLimit: 32 * 1024 * 1024, log: (l) => lines.push(l) });
const server = app.listen(0, '127.0.0.1');
afterAll(async () => {
  await new Promise((r) => server.close(r));
});


describe('client hang-up during a batch', () => {
  it('stops the work: no job queued or running afterwards, no render started after the stop', async () => {
    await new Promise<void>((r) => (server.listening ? r() : server.once('listening', () => r())));
    const { port } = server.address() as AddressInfo;
    const body = JSON.stringify(cases(1000));
    const before = pool.stats();
    let received = 0;
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: `/v1/batches/${KIND}`, headers: { 'Content-Type': 'application/json' } }, (res) => {
        expect(res.statusCode).toBe(200);
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          // The first document has arrived: hang up.
          if (received > 10_000 && !req.destroyed) {
            req.destroy();
            resolve();
          }
        });
        res.on('error', () => {});
      });
      req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
      req.end(body);
    });
    expect(received).toBeGreaterThan(10_000);

    // The route returns (and logs) only once every job of the batch has settled.
    await until(() => lines.some((l) => l.includes('batch stopped')), 'the batch to stop');
    const stopped = JSON.parse(lines.find((l) => l.includes('batch stopped'))!);
    expect(stopped).toMatchObject({ kind: KIND, total: 1000 });
    expect(stopped.done).toBeLessThan(1000);
    const startedAtStop = pool.stats().started;
    // An abandoned render counts as running until it stops at its next checkpoint.
    await until(() => pool.stats().running === 0 && pool.stats().queued === 0, 'the pool to be idle');
    const now = pool.stats();
    expect(now.started).toBe(startedAtStop);
    const after = { started: now.started - before.started, finished: now.finished - before.finished, stopped: now.stopped - before.stopped, terminated: now.terminated - before.terminated };
    expect(after.started).toBeLessThan(1000);
    // Nothing was left behind: the renders that began either finished or stopped at a checkpoint
    // (no thread was terminated), and the work done is about what was sent (a window of 4 records
    // ahead at most).
    expect(after.started).toBe(after.finished + after.stopped);
    expect(after.terminated).toBe(0);
    expect(after.started).toBeLessThanOrEqual(stopped.done + 4);
  });
});
