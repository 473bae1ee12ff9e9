// The real `harbor serve` (bin/harbor.js, spawned as a user would run it): starts on a free port,
// answers /healthz, stops cleanly on SIGTERM, and lets a request in flight at SIGTERM finish
// first; refuses 0.0.0.0 without keys with exit 2.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const BIN = fileURLToPath(new URL('../../bin/harbor.js', import.meta.url));

/** The environment without any Harbor/PORT/HOST setting of the machine running the tests. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(PORT|HOST|HARBOR_)/.test(k)) env[k] = v;
  return { ...env, ...extra };
}

/** Poll `cond` every 20 ms for at most `ms` (a bounded wait, not a timed assertion). */
async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface Served {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  /** Exit code after SIGTERM (SIGKILL and 'timeout' after 30 s). */
  exited: Promise<number | null | 'timeout'>;
}

async function startServe(env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => (stderr += d));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const exited = Promise.race([exit, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 120_000).unref())]);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line within 60 s; stderr: ${stderr}`)), 60_000);
    child.stderr!.on('data', () => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before listening; stderr: ${stderr}`)));
  });
  return { child, url, stderr: () => stderr, exited };
}

describe('harbor serve (spawned)', () => {
  it('listens on --port 0, answers /healthz, logs the request, exits 0 on SIGTERM', async () => {
    const s = await startServe();
    try {
      const res = await fetch(`${s.url}/healthz`, { signal: AbortSignal.timeout(10_000) });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
      await until(() => /"method":"GET","path":"\/healthz","status":200/.test(s.stderr()), 'the request log line');
    } finally {
      s.child.kill('SIGTERM');
    }
    const code = await s.exited;
    if (code === 'timeout') s.child.kill('SIGKILL');
    expect(code).toBe(0);
  });

  it('SIGTERM with a request in flight: no new connections, the request still gets its PDF, then exit 0', async () => {
    const s = await startServe({ HARBOR_WORKERS: '1' });
    const body = readFileSync(new URL('../../fixtures/rfa/full.json', import.meta.url));
    const { hostname, port } = new URL(s.url);
    let sent = false;
    try {
      // Headers first, with Expect: 100-continue: the server's "100 Continue" proves it has the
      // request in hand before the signal is sent; the body follows only after the signal.
      const answer = new Promise<{ status: number; bytes: Buffer }>((resolve, reject) => {
        const req = request({
          hostname,
          port,
          method: 'POST',
          path: '/v1/documents/rfa?format=pdf',
          headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, Expect: '100-continue' },
        });
        req.on('error', reject);
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, bytes: Buffer.concat(chunks) }));
        });
        req.on('continue', () => {
          sent = s.child.kill('SIGTERM');
          // Once the listening socket is closed (a new connection is refused), send the body.
          void until(async () => !(await fetch(`${s.url}/healthz`, { signal: AbortSignal.timeout(5_000) }).then(() => true, () => false)), 'the listener to close')
            .then(() => req.end(body), reject);
        });
        req.flushHeaders();
      });
      const { status, bytes } = await answer;
      expect(status).toBe(200);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      // One SIGTERM only: it was sent above unless the request failed before (a second one would
      // end the process at once, by Node's default).
      if (s.child.signalCode === null && !sent) s.child.kill('SIGTERM');
    }
    const code = await s.exited;
    if (code === 'timeout') s.child.kill('SIGKILL');
    expect(code).toBe(0);
    expect(s.stderr()).toMatch(/"method":"POST","path":"\/v1\/documents\/rfa","status":200/);
  });

  it('refuses HOST=0.0.0.0 without keys: exit 2 and one clear line', () => {
    const r = runCli(['serve', '--port', '0'], { env: { HOST: '0.0.0.0', HARBOR_API_KEYS: '', HARBOR_ALLOW_NO_AUTH: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('refusing to listen on 0.0.0.0 without API keys');
    expect(r.stderr).not.toContain('listening on');
  });
});
