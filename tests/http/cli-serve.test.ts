// The real `harbor serve` (bin/harbor.js, spawned as a user would run it): starts on a free port,
// answers /healthz, stops cleanly on SIGTERM; refuses 0.0.0.0 without keys with exit 2.
import { spawn } from 'node:child_process';
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

describe('harbor serve (spawned)', () => {
  it('listens on --port 0, answers /healthz, logs the request, exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "listening" line within 30 s; stderr: ${stderr}`)), 30_000);
        child.stderr.on('data', (d: string) => {
          stderr += d;
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code} before listening; stderr: ${stderr}`)));
      });
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
      await new Promise((r) => setTimeout(r, 100)); // let the log line reach the pipe
      expect(stderr).toMatch(/"method":"GET","path":"\/healthz","status":200/);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))]);
    if (code === 'timeout') child.kill('SIGKILL');
    expect(code).toBe(0);
  });

  it('refuses HOST=0.0.0.0 without keys: exit 2 and one clear line', () => {
    const r = runCli(['serve', '--port', '0'], { env: { HOST: '0.0.0.0', HARBOR_API_KEYS: '', HARBOR_ALLOW_NO_AUTH: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('refusing to listen on 0.0.0.0 without API keys');
    expect(r.stderr).not.toContain('listening on');
  });
});
