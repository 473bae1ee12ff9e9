// bin/healthcheck.js, the Docker image's HEALTHCHECK: it asks /healthz where `harbor serve` listens
// (HOST, PORT), the loopback for a wildcard address, and exits 0 only on a 2xx answer within
// HARBOR_HEALTHCHECK_TIMEOUT. The spawned checks are given the longest wait there is: its default
// 4 s ran out at load 25-55 (a fresh node's first fetch, this process's server answering late),
// and the test, which is not about the wait, exited 1.
import { spawn } from 'node:child_process';
import { boundChild } from '../support/children.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript without types (bin/ is not compiled)
import { DEFAULT_TIMEOUT_MS, healthUrl, timeoutOf } from '../../bin/healthcheck.js';
import { PROCESS_TEST_MS } from '../support/until.js';

const SCRIPT = join(import.meta.dirname, '..', '..', 'bin', 'healthcheck.js');
const url = healthUrl as (env: Record<string, string | undefined>) => string;
const timeout = timeoutOf as (env: Record<string, string | undefined>) => number | undefined;
/** The longest wait the check takes (600 s): a bound for a hang, as PROCESS_TEST_MS is. */
const LONGEST = `${PROCESS_TEST_MS}`;

describe('the health check URL', () => {
  it('asks the loopback when the service binds every address, or no HOST is set', () => {
    expect(url({})).toBe('http://127.0.0.1:3000/healthz');
    expect(url({ HOST: '0.0.0.0', PORT: '8080' })).toBe('http://127.0.0.1:8080/healthz');
    expect(url({ HOST: '::' })).toBe('http://[::1]:3000/healthz');
  });

  it('asks a specific address directly (a service bound there does not answer on 127.0.0.1)', () => {
    expect(url({ HOST: '10.0.4.7', PORT: '3000' })).toBe('http://10.0.4.7:3000/healthz');
    expect(url({ HOST: 'fd00::7' })).toBe('http://[fd00::7]:3000/healthz');
    expect(url({ HOST: ' harbor.internal ', PORT: ' 4000 ' })).toBe('http://harbor.internal:4000/healthz');
  });
});

describe('HARBOR_HEALTHCHECK_TIMEOUT', () => {
  it('is 4 s unset or empty; "500ms", "20s", "4 s" or plain ms from 100 ms to 600 s, read as the service reads its times; anything else refused', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(4000);
    expect(timeout({})).toBe(4000);
    expect(timeout({ HARBOR_HEALTHCHECK_TIMEOUT: ' ' })).toBe(4000);
    expect(timeout({ HARBOR_HEALTHCHECK_TIMEOUT: '20s' })).toBe(20_000);
    expect(timeout({ HARBOR_HEALTHCHECK_TIMEOUT: '500ms' })).toBe(500);
    expect(timeout({ HARBOR_HEALTHCHECK_TIMEOUT: '600000' })).toBe(600_000);
    // As the service reads HARBOR_RENDER_TIMEOUT: a space before the unit, the unit in any case.
    expect(timeout({ HARBOR_HEALTHCHECK_TIMEOUT: '4 s' })).toBe(4000);
    expect(timeout({ HARBOR_HEALTHCHECK_TIMEOUT: '500MS' })).toBe(500);
    for (const v of ['99ms', '601s', '04s', '1e3', '-1s', '4m', 'soon']) expect(timeout({ HARBOR_HEALTHCHECK_TIMEOUT: v }), v).toBeUndefined();
  });
});

describe('bin/healthcheck.js as Docker runs it', () => {
  let status = 200;
  /** Ms /healthz waits before it answers; Infinity: never. */
  let delay = 0;
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.statusCode = req.url === '/healthz' ? status : 404;
      if (delay === 0) res.end();
      else if (delay !== Infinity) setTimeout(() => res.end(), delay);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  }));

  // Asynchronously: the server answering it runs in this process's event loop.
  // Each run waits as long as the test may, unless it names a wait of its own.
  const run = async (env: Record<string, string>, stderr?: string[]): Promise<number | null> => {
    const child = spawn(process.execPath, [SCRIPT], { env: { PATH: process.env.PATH ?? '', HARBOR_HEALTHCHECK_TIMEOUT: LONGEST, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.setEncoding('utf8').on('data', (d: string) => stderr?.push(d));
    return (await boundChild(child, 'node bin/healthcheck.js')).code;
  };

  it('exits 0 when /healthz answers 200 (HOST a wildcard or the address itself)', async () => {
    status = 200;
    delay = 0;
    expect(await run({ HOST: '0.0.0.0', PORT: String(port) })).toBe(0);
    expect(await run({ HOST: '127.0.0.1', PORT: String(port) })).toBe(0);
  }, PROCESS_TEST_MS);

  it('exits 1 when /healthz answers 503, or nothing listens', async () => {
    status = 503;
    delay = 0;
    expect(await run({ HOST: '127.0.0.1', PORT: String(port) })).toBe(1);
    status = 200;
    expect(await run({ HOST: '127.0.0.1', PORT: '1' })).toBe(1);
  }, PROCESS_TEST_MS);

  it('waits HARBOR_HEALTHCHECK_TIMEOUT for the answer: past the default 4 s is still healthy', async () => {
    status = 200;
    delay = DEFAULT_TIMEOUT_MS + 500;
    try {
      expect(await run({ HOST: '127.0.0.1', PORT: String(port) })).toBe(0);
    } finally {
      delay = 0;
    }
  }, PROCESS_TEST_MS);

  it('exits 1 past a short HARBOR_HEALTHCHECK_TIMEOUT, and names a bad one on stderr', async () => {
    status = 200;
    delay = Infinity; // the check gives up at its 100 ms, not at the test's limit
    try {
      expect(await run({ HOST: '127.0.0.1', PORT: String(port), HARBOR_HEALTHCHECK_TIMEOUT: '100ms' })).toBe(1);
    } finally {
      delay = 0;
    }
    const stderr: string[] = [];
    expect(await run({ HOST: '127.0.0.1', PORT: String(port), HARBOR_HEALTHCHECK_TIMEOUT: '4 seconds' }, stderr)).toBe(1);
    expect(stderr.join('')).toBe('harbor healthcheck: HARBOR_HEALTHCHECK_TIMEOUT must be a time between 100ms and 600s, like "4s" or "4000" (ms)\n');
  }, PROCESS_TEST_MS);
});
