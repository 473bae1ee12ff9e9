// bin/healthcheck.js, the Docker image's HEALTHCHECK: it asks /healthz where `harbor serve` listens
// (HOST, PORT), the loopback for a wildcard address, and exits 0 only on a 2xx answer.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript without types (bin/ is not compiled)
import { healthUrl } from '../../bin/healthcheck.js';

const SCRIPT = join(import.meta.dirname, '..', '..', 'bin', 'healthcheck.js');
const url = healthUrl as (env: Record<string, string | undefined>) => string;

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

describe('bin/healthcheck.js as Docker runs it', () => {
  let status = 200;
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.statusCode = req.url === '/healthz' ? status : 404;
      res.end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  // Asynchronously: the server answering it runs in this process's event loop.
  const run = (env: Record<string, string>) =>
    new Promise<number | null>((done) => {
      spawn(process.execPath, [SCRIPT], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' }).on('close', done);
    });

  it('exits 0 when /healthz answers 200 (HOST a wildcard or the address itself)', async () => {
    status = 200;
    expect(await run({ HOST: '0.0.0.0', PORT: String(port) })).toBe(0);
    expect(await run({ HOST: '127.0.0.1', PORT: String(port) })).toBe(0);
  });

  it('exits 1 when /healthz answers 503, or nothing listens', async () => {
    status = 503;
    expect(await run({ HOST: '127.0.0.1', PORT: String(port) })).toBe(1);
    status = 200;
    expect(await run({ HOST: '127.0.0.1', PORT: '1' })).toBe(1);
  });
});
