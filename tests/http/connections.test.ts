// Connections per client address and in all (HARBOR_MAX_CONNECTIONS_PER_ADDRESS,
// HARBOR_MAX_CONNECTIONS, src/http/connections.ts):
// 300 connections from one client, each sending half its headers, under `ulimit -n 150`, left
// /healthz unanswered for 20 s (every accept() failed with EMFILE). Here one client, on
// 127.0.0.2 (Linux answers the whole of 127/8 on the loopback), holds its cap of connections with
// half its headers sent: its next connection is answered 503 busy at once and closed, and
// /healthz from 127.0.0.1 is answered meanwhile. No timing: each step waits for the answer itself.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/http/config.js';
import { serve } from '../../src/http/server.js';
import { PROCESS_TEST_MS, until } from '../support/until.js';
import { servedPort } from '../support/listening.js';

const CAP = 3;
const HOG = '127.0.0.2';
const HALF_HEADERS = 'GET /healthz HTTP/1.1\r\nHost: harbor.test\r\nX-Slow: ';

const sockets: Socket[] = [];
let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await stop?.();
  stop = undefined;
});

/**
 * `harbor serve` in process, rendering inline, with the cap at CAP. Its header time limit is the
 * test's own bound: at the default 20 s a loaded machine could see a held connection cut (408)
 * between two steps, and the address fall under its cap while the test counts on it being at it.
 */
async function start(env: Record<string, string>, lingerMs?: number): Promise<{ port: number; lines: string[] }> {
  const lines: string[] = [];
  stop = await serve({
    env: { HARBOR_RATE_LIMIT: '0', HARBOR_MAX_CONNECTIONS_PER_ADDRESS: String(CAP), ...env, HARBOR_WORKERS: '0' },
    port: 0,
    log: (l) => lines.push(l),
    timeouts: { headersMs: PROCESS_TEST_MS, requestMs: PROCESS_TEST_MS, ...(lingerMs === undefined ? {} : { lingerMs }) },
  });
  const port = servedPort(lines);
  return { port, lines };
}

/** A connection from `from` that has sent half its headers, once connected. */
async function halfHeaders(port: number, from: string): Promise<Socket> {
  const s = connect({ host: '127.0.0.1', port, localAddress: from });
  sockets.push(s);
  s.on('error', () => {});
  await new Promise<void>((resolve) => s.once('connect', resolve));
  s.write(HALF_HEADERS);
  return s;
}

/** Everything the server sends on a connection from `from` that asks for /healthz, until it closes. */
async function healthz(port: number, from: string): Promise<string> {
  return ask(port, from, 'GET /healthz HTTP/1.1\r\nHost: harbor.test\r\nConnection: close\r\n\r\n');
}

/** Everything the server sends on a connection from `from` that sends `request`, until it closes. */
async function ask(port: number, from: string, request: string): Promise<string> {
  const s = connect({ host: '127.0.0.1', port, localAddress: from });
  sockets.push(s);
  const chunks: Buffer[] = [];
  s.on('data', (c: Buffer) => chunks.push(c));
  s.write(request);
  await new Promise<void>((resolve, reject) => {
    s.once('close', () => resolve());
    s.once('error', reject);
  });
  return Buffer.concat(chunks).toString('latin1');
}

describe('a client address past HARBOR_MAX_CONNECTIONS_PER_ADDRESS', () => {
  it('is answered 503 busy at once on its next connection, closed, while /healthz answers another client; a freed place is taken again', async () => {
    const { port, lines } = await start({});
    const held = [];
    for (let i = 0; i < CAP; i++) held.push(await halfHeaders(port, HOG));

    const refused = await healthz(port, HOG);
    expect(refused).toMatch(/^HTTP\/1\.1 503 /);
    expect(refused).toMatch(/\r\nRetry-After: 5\r\n/);
    expect(refused).toMatch(/\r\nConnection: close\r\n/);
    expect(refused).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/);
    const problem = JSON.parse(refused.slice(refused.indexOf('\r\n\r\n') + 4)) as { code: string; detail: string };
    expect(problem.code).toBe('busy');
    expect(problem.detail).toContain('HARBOR_MAX_CONNECTIONS_PER_ADDRESS');

    // Another address is served while the first holds its cap (its connections still open).
    expect(await healthz(port, '127.0.0.1')).toMatch(/^HTTP\/1\.1 200 [^]*\{"status":"ok"\}$/);
    expect(held.every((s) => !s.destroyed)).toBe(true);

    // One warning line for the address's refusals (not its address), none for each further one.
    expect(await healthz(port, HOG)).toMatch(/^HTTP\/1\.1 503 /);
    const warned = lines.filter((l) => l.includes('"connections refused"'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).not.toContain(HOG);

    // A connection of its own closed, the address is under its cap again: served.
    held[0]!.destroy();
    let answer = '';
    await until(async () => /^HTTP\/1\.1 200 /.test((answer = await healthz(port, HOG))), 'a new connection from the address to be served once one of its own closed');
    expect(answer).toContain('{"status":"ok"}');
  }, PROCESS_TEST_MS);

  it('is not capped when the peer is a proxy the service believes (HARBOR_TRUST_PROXY), nor with the cap at 0', async () => {
    for (const env of [{ HARBOR_TRUST_PROXY: 'loopback' }, { HARBOR_MAX_CONNECTIONS_PER_ADDRESS: '0' }] as Record<string, string>[]) {
      const { port } = await start(env);
      for (let i = 0; i < CAP; i++) await halfHeaders(port, HOG);
      expect(await healthz(port, HOG), JSON.stringify(env)).toMatch(/^HTTP\/1\.1 200 /);
      for (const s of sockets.splice(0)) s.destroy();
      await stop!();
      stop = undefined;
    }
  }, PROCESS_TEST_MS);

  // Its default is in tests/http/config.test.ts, its range in tests/docs/configuration-table.test.ts.
  it('is read from the variable, and a value that is not a number is refused naming it', () => {
    expect(loadConfig({ HARBOR_MAX_CONNECTIONS_PER_ADDRESS: '0' }).maxConnectionsPerAddress).toBe(0);
    expect(() => loadConfig({ HARBOR_MAX_CONNECTIONS_PER_ADDRESS: 'lots' })).toThrow(/HARBOR_MAX_CONNECTIONS_PER_ADDRESS/);
  });
});

// Many addresses, each under its own cap (a /56 of IPv6 each is cheap), were bounded only by the
// process's file descriptors. Here four addresses of 127/8 hold the total cap between them.
describe('connections past HARBOR_MAX_CONNECTIONS, all addresses together', () => {
  it('are answered 503 busy at once naming the variable, while /healthz from the host itself is answered; a freed place is taken again', async () => {
    const { port, lines } = await start({ HARBOR_MAX_CONNECTIONS: String(CAP), HARBOR_MAX_CONNECTIONS_PER_ADDRESS: '64' });
    const held = [];
    for (let i = 0; i < CAP; i++) held.push(await halfHeaders(port, `127.0.0.${2 + i}`));

    const refused = await healthz(port, '127.0.0.9');
    expect(refused).toMatch(/^HTTP\/1\.1 503 /);
    expect(refused).toMatch(/\r\nRetry-After: 5\r\n/);
    expect(refused).toMatch(/\r\nConnection: close\r\n/);
    const problem = JSON.parse(refused.slice(refused.indexOf('\r\n\r\n') + 4)) as { code: string; detail: string };
    expect(problem.code).toBe('busy');
    expect(problem.detail).toContain('HARBOR_MAX_CONNECTIONS)');
    expect(problem.detail).not.toContain('HARBOR_MAX_CONNECTIONS_PER_ADDRESS');

    // The host's own health check (127.0.0.1 to 127.0.0.1, as bin/healthcheck.js asks) has places
    // of its own past the cap; the held connections are still open.
    expect(await healthz(port, '127.0.0.1')).toMatch(/^HTTP\/1\.1 200 [^]*\{"status":"ok"\}$/);
    expect(held.every((s) => !s.destroyed)).toBe(true);

    // One warning line for the service's refusals, none for each further one, no address in it.
    expect(await healthz(port, '127.0.0.10')).toMatch(/^HTTP\/1\.1 503 /);
    const warned = lines.filter((l) => l.includes('"connections refused"'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).not.toMatch(/127\.0\.0\./);

    held[0]!.destroy();
    let answer = '';
    await until(async () => /^HTTP\/1\.1 200 /.test((answer = await healthz(port, '127.0.0.9'))), 'a new connection to be served once a held one closed');
    expect(answer).toContain('{"status":"ok"}');
  }, PROCESS_TEST_MS);

  it('past the cap, the places kept for the host itself answer GET /healthz only: any other request from it is 503 busy and its connection closed', async () => {
    const { port } = await start({ HARBOR_MAX_CONNECTIONS: String(CAP), HARBOR_MAX_CONNECTIONS_PER_ADDRESS: '64' });
    // Under the cap, the host's own address is served as any client.
    const openapi = 'GET /openapi.json HTTP/1.1\r\nHost: harbor.test\r\nConnection: close\r\n\r\n';
    expect(await ask(port, '127.0.0.1', openapi)).toMatch(/^HTTP\/1\.1 200 /);
    const held = [];
    for (let i = 0; i < CAP; i++) held.push(await halfHeaders(port, `127.0.0.${2 + i}`));

    // What a local proxy the service does not trust sends on behalf of its clients, or a script on the host.
    const body = '{}';
    const requests = [
      openapi,
      `POST /v1/documents/rfa/check HTTP/1.1\r\nHost: harbor.test\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      'GET /v1/documents HTTP/1.1\r\nHost: harbor.test\r\n\r\n',
      'POST /healthz HTTP/1.1\r\nHost: harbor.test\r\nContent-Length: 0\r\n\r\n',
      // Keep-alive: the health check, then another request on the same connection.
      `GET /healthz HTTP/1.1\r\nHost: harbor.test\r\n\r\n${openapi}`,
    ];
    for (const request of requests) {
      const answer = await ask(port, '127.0.0.1', request);
      if (request.startsWith('GET /healthz')) expect(answer, request).toMatch(/^HTTP\/1\.1 200 /);
      const last = answer.slice(answer.lastIndexOf('HTTP/1.1 '));
      expect(last, request).toMatch(/^HTTP\/1\.1 503 /);
      expect(last, request).toMatch(/\r\nConnection: close\r\n/i);
      expect(last, request).toMatch(/\r\nRetry-After: 5\r\n/i);
      const problem = JSON.parse(last.slice(last.indexOf('\r\n\r\n') + 4)) as { code: string; detail: string };
      expect(problem).toMatchObject({ code: 'busy', detail: expect.stringContaining(`${CAP} connections open`) });
      expect(problem.detail).toContain('answer only GET /healthz');
    }
    // The health check itself, and HEAD of it, still answered.
    expect(await healthz(port, '127.0.0.1')).toMatch(/^HTTP\/1\.1 200 [^]*\{"status":"ok"\}$/);
    expect(await ask(port, '127.0.0.1', 'HEAD /healthz HTTP/1.1\r\nHost: harbor.test\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 200 /);
    expect(held.every((s) => !s.destroyed)).toBe(true);
  }, PROCESS_TEST_MS);

  it('is read from the variable (0: no cap), and a value that is not a number is refused naming it', () => {
    expect(loadConfig({ HARBOR_MAX_CONNECTIONS: '0' }).maxConnections).toBe(0);
    expect(() => loadConfig({ HARBOR_MAX_CONNECTIONS: 'lots' })).toThrow(/HARBOR_MAX_CONNECTIONS /);
  });
});

/**
 * A connection from `from` that has sent `head` and reads its answer, but never closes its side;
 * `ended`: the server has closed its own.
 */
async function stayingClient(port: number, from: string, head: string): Promise<{ answer: Promise<string>; ended: Promise<void> }> {
  const s = connect({ host: '127.0.0.1', port, localAddress: from, allowHalfOpen: true });
  sockets.push(s);
  s.on('error', () => {});
  let text = '';
  const ended = new Promise<void>((resolve) => {
    s.once('end', () => resolve());
    s.once('close', () => resolve());
  });
  const answer = new Promise<string>((resolve) => {
    s.on('data', (d: Buffer) => {
      text += d.toString('latin1');
      if (text.includes('\r\n\r\n')) resolve(text);
    });
  });
  if (head !== '') s.write(head);
  return { answer, ended };
}

// A refused connection lingers after its answer (its client may still be sending), unknown to
// Node's HTTP server: server.close() waited for it, so a shutdown took 5 s longer (30 s for a
// refused body still arriving). Here both linger for longer than the test may run, so only a
// shutdown that ends them itself ends.
describe('shutting down with refused connections lingering', () => {
  it('ends them at once: a connection past its address\'s cap and a body refused by its declared length', async () => {
    const { port } = await start({ HARBOR_MAX_CONNECTIONS_PER_ADDRESS: '1' }, 2 * PROCESS_TEST_MS);
    const idle = await stayingClient(port, HOG, 'GET /healthz HTTP/1.1\r\nHost: harbor.test\r\n\r\n');
    expect(await idle.answer).toMatch(/^HTTP\/1\.1 200 /);
    const refused = await stayingClient(port, HOG, '');
    expect(await refused.answer).toMatch(/^HTTP\/1\.1 503 /);
    const body = await stayingClient(
      port,
      '127.0.0.3',
      'POST /v1/documents/rfa/check HTTP/1.1\r\nHost: harbor.test\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{',
    );
    expect(await body.answer).toMatch(/^HTTP\/1\.1 413 /);

    let stopped = false;
    const stopping = stop!().then(() => (stopped = true));
    stop = undefined;
    await until(() => stopped, 'the shutdown to end, with two refused connections lingering');
    await stopping;
    await Promise.all([idle.ended, refused.ended, body.ended]);
  }, PROCESS_TEST_MS);
});
