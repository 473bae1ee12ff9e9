// `npm start` runs the service so that a SIGTERM to it (a process manager, `kill <npm's pid>`)
// reaches the service, which finishes its requests and exits (README, Configuration). npm runs a
// script through `sh -c` and passes the signal on to that shell: without `exec` the shell died and
// the service was left running on its port, orphaned. The real npm and the real command, on a free
// loopback port with no render threads.
import { spawn } from 'node:child_process';
import { boundChild } from '../support/children.js';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS, until, waitDeadline } from '../support/until.js';
import { listeningUrl, servedUrl } from '../support/listening.js';

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

/**
 * Whether the service answers at `url`. No bound of its own but the test's: a loaded machine may
 * take seconds to answer (a 2 s bound once read a slow answer as a stopped service), and a
 * service that accepts and never answers fails the test naming the wait, not as "stopped".
 */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(Math.max(1, waitDeadline() - Date.now())) });
    return true;
  } catch (e) {
    if ((e as Error).name === 'TimeoutError') throw new Error(`${url} neither answered nor refused before the test's time limit`);
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
    // Killed, its whole group, just before the test's time limit: the waits below then name what
    // they awaited, and nothing of it outlives the test.
    boundChild(npm, 'npm start', { group: true }).catch(() => undefined);
    let out = '';
    npm.stdout.on('data', (d: Buffer) => (out += d.toString()));
    npm.stderr.on('data', (d: Buffer) => (out += d.toString()));
    await until(() => {
      if (npm.exitCode !== null || npm.signalCode !== null) throw new Error(`npm start ended (${npm.exitCode ?? npm.signalCode}) before listening:\n${out}`);
      return listeningUrl(out) !== undefined;
    }, 'the service to say it is listening');
    const base = servedUrl(out);
    expect(await answers(`${base}/healthz`)).toBe(true);
    npm.kill('SIGTERM');
    await until(async () => !(await answers(`${base}/healthz`)), 'the port to stop answering');
  }, PROCESS_TEST_MS);
});
