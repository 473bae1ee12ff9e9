// The real `harbor serve` (bin/harbor.js, spawned as a user would run it): starts on a free port,
// answers /healthz, stops cleanly on SIGTERM, and lets a request in flight at SIGTERM finish
// first; refuses 0.0.0.0 without keys with exit 2.
import { spawn, type ChildProcess } from 'node:child_process';
import { boundChild } from '../support/children.js';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROCESS_TEST_MS, until } from '../support/until.js';
import { listeningUrl } from '../support/listening.js';

const BIN = fileURLToPath(new URL('../../bin/harbor.js', import.meta.url));

/** The environment without any Harbor/PORT/HOST setting of the machine running the tests. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(PORT|HOST|HARBOR_)/.test(k)) env[k] = v;
  return { ...env, ...extra };
}


interface Served {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  /**
   * Exit code after SIGTERM, or the signal's name when a signal ended the process (so a failure
   * says which). No time bound of its own: the test's bounds it (see afterEach).
   */
  exited: Promise<number | NodeJS.Signals | null>;
}

/** Every process started; one still running after its test (which failed) is killed. */
const started: ChildProcess[] = [];
afterEach(() => {
  for (const c of started.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

async function startServe(env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => (stderr += d));
  const exited = boundChild(child, 'harbor serve --port 0').then((e) => e.code ?? e.signal);
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', () => {
      const url = listeningUrl(stderr);
      if (url !== undefined) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before listening; stderr: ${stderr}`)));
  });
  return { child, url, stderr: () => stderr, exited };
}

describe('harbor serve (spawned)', () => {
  it('listens on --port 0, answers /healthz, logs the request, exits 0 on SIGTERM', async () => {
    const s = await startServe();
    try {
      const res = await fetch(`${s.url}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
      await until(() => /"method":"GET","path":"\/healthz","status":200/.test(s.stderr()), 'the request log line');
    } finally {
      s.child.kill('SIGTERM');
    }
    // With its stderr, so a failure says what the process said (an exit by a signal: its name).
    expect({ exit: await s.exited, stderr: s.stderr().slice(-2_000) }).toMatchObject({ exit: 0 });
  });

  it('SIGHUP stops it as SIGTERM does: the listener closes and it exits 0, never killed by the signal (Node\'s default, exit by SIGHUP)', async () => {
    const s = await startServe();
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    s.child.kill('SIGHUP');
    expect({ exit: await s.exited, stderr: s.stderr().slice(-2_000) }).toMatchObject({ exit: 0 });
  });

  it('SIGTERM with a request in flight: no new connections, the request still gets its PDF, then exit 0', async () => {
    // The longest render time limit there is: on a loaded machine the one thread's first render
    // (cold) outlasted the default 30 s, and the request in flight got 503 render-timeout where
    // this test is about the shutdown letting it finish (200).
    const s = await startServe({ HARBOR_WORKERS: '1', HARBOR_RENDER_TIMEOUT: '600s' });
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
          void until(async () => !(await fetch(`${s.url}/healthz`).then(() => true, () => false)), 'the listener to close')
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
    expect(await s.exited).toBe(0);
    expect(s.stderr()).toMatch(/"method":"POST","path":"\/v1\/documents\/rfa","status":200/);
  }, PROCESS_TEST_MS);

  it('a second signal during the shutdown ends it at once: SIGTERM, then ^C while a request is still arriving, exits 130 with one line (before: the ^C ran the shutdown again, which waited for the request)', async () => {
    // A request whose body never comes keeps the graceful shutdown waiting (up to the render time
    // limit + 5 s: 600 s here), so only the second signal can end the process within the test.
    const s = await startServe({ HARBOR_WORKERS: '1', HARBOR_RENDER_TIMEOUT: '600s' });
    const { hostname, port } = new URL(s.url);
    const req = request({
      hostname,
      port,
      method: 'POST',
      path: '/v1/documents/rfa?format=pdf',
      headers: { 'Content-Type': 'application/json', 'Content-Length': 1000, Expect: '100-continue' },
    });
    req.on('error', () => {}); // the connection is cut when the process ends: expected here
    const inHand = new Promise<void>((resolve) => req.on('continue', () => resolve()));
    req.flushHeaders();
    await inHand; // the server has the request: the shutdown will wait for it
    s.child.kill('SIGTERM');
    await until(async () => !(await fetch(`${s.url}/healthz`).then(() => true, () => false)), 'the listener to close (the shutdown begun)');
    expect(s.child.exitCode).toBeNull(); // still waiting on the request in flight
    s.child.kill('SIGINT');
    expect(await s.exited).toBe(130);
    expect(s.stderr()).toContain('harbor serve: SIGINT again: stopping now, without waiting for the requests in flight');
    req.destroy();
  }, PROCESS_TEST_MS);

  it('refuses HOST=0.0.0.0 without keys: exit 2 and one clear line', () => {
    const r = runCli(['serve', '--port', '0'], { env: { HOST: '0.0.0.0', HARBOR_API_KEYS: '', HARBOR_ALLOW_NO_AUTH: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('refusing to listen on 0.0.0.0 without API keys');
    expect(listeningUrl(r.stderr)).toBeUndefined();
  });
});
