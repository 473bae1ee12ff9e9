// Issue 16, defect 9: a client that stops reading held a batch open forever (3.8 MB queued for
// 100 s). A response that cannot be written for the stall limit is cut and its work stopped.
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { sharedPool } from '../support/pool.js';
import { KIND, cases } from '../batch/support.js';
import { until } from '../support/until.js';

// The worker's pool (tests/support/pool.ts): the stall and the stop do not depend on how many
// threads there are.
const pool = sharedPool();
const lines: string[] = [];
const app = createApp({ renderer: pool, maxBatch: 1000, batchBodyLimit: 32 * 1024 * 1024, stallTimeoutMs: 2000, log: (l) => lines.push(l) });
// On a Unix socket: its buffers (~200 KB a side) fill after a few documents, where loopback
// TCP's grow to megabytes (38 documents rendered before the stall was seen, against 2). What is
// tested does not depend on the transport: the ZIP's writes stop draining.
const dir = mkdtempSync(join(tmpdir(), 'harbor-stall-'));
const socketPath = join(dir, 'harbor.sock');
const server = app.listen(socketPath);
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});


describe('a client that stops reading', () => {
  it('has its batch cut after the stall limit, and the work stops', async () => {
    await new Promise<void>((r) => (server.listening ? r() : server.once('listening', () => r())));
    const req = request({ socketPath, method: 'POST', path: `/v1/batches/${KIND}`, headers: { 'Content-Type': 'application/json' } }, (res) => {
      expect(res.statusCode).toBe(200);
      res.pause(); // never read: the socket's buffers fill and the server's writes stall
      res.on('error', () => {});
    });
    req.on('error', () => {});
    req.end(JSON.stringify(cases(1000)));
    // Before the fix: still open (and rendering stopped only by back-pressure) after a minute.
    await until(() => lines.some((l) => l.includes('batch stopped')), 'the batch to be stopped');
    // The server's side of the connection is gone (a paused client notices only when it reads).
    let connections = -1;
    await until(() => {
      server.getConnections((_e, n) => (connections = n));
      return connections === 0;
    }, 'the connection to be cut');
    const stopped = JSON.parse(lines.find((l) => l.includes('batch stopped'))!);
    expect(stopped.done).toBeLessThan(1000);
    await until(() => pool.stats().running === 0 && pool.stats().queued === 0, 'the pool to be idle');
    const req2 = lines.map((l) => JSON.parse(l)).find((j) => j.msg === 'request');
    expect(req2).toMatchObject({ status: 499 });
    req.destroy();
  }, 120_000);
});
