// `npm start` runs the service so that a SIGTERM to it (a process manager, `kill <npm's pid>`)
// reaches the service, which finishes its requests and exits (README, Configuration). npm runs a
// script through `sh -c` and passes the signal on to that shell: without `exec` the shell died and
// the service was left running on its port, orphaned. The real npm and the real command, on a free
// loopback port with no render threads.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
let group: number | undefined;
afterAll(() => {
  // Whatever is left of the process group the test started (an orphaned service, when it fails).
  if (group !== undefined) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      /* all gone */
    }
  }
});

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  it('a SIGTERM to npm stops the service: its port stops answering', async () => {
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', HARBOR_WORKERS: '0', HARBOR_API_KEYS: '' },
      detached: true, // a process group of its own, so afterAll can end what is left of it
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    group = npm.pid;
    let out = '';
    npm.stdout.on('data', (d: Buffer) => (out += d.toString()));
    npm.stderr.on('data', (d: Buffer) => (out += d.toString()));
    await expect.poll(() => /listening on (http:\/\/\S+)/.exec(out)?.[1], { timeout: 60_000, interval: 100 }).toBeDefined();
    const base = /listening on (http:\/\/\S+)/.exec(out)![1]!;
    expect(await answers(`${base}/healthz`)).toBe(true);
    npm.kill('SIGTERM');
    await expect.poll(() => answers(`${base}/healthz`), { timeout: 30_000, interval: 200 }).toBe(false);
  });
});
