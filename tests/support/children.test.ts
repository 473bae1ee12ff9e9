// boundChild (tests/support/children.ts): an asynchronous child past its bound is killed and the
// wait on it fails naming the command; one that ends in time gives its exit.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { boundChild } from './children.js';
import { alive } from './inner-vitest.js';

describe('an asynchronous child of a test', () => {
  it('past its bound is killed (SIGKILL) and the wait fails naming the command', async () => {
    const child = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const from = Date.now();
    await expect(boundChild(child, 'node (a child that never ends)', { ms: 300 })).rejects.toThrow(
      `node (a child that never ends) (pid ${String(child.pid)}) was still running after 0.3 s, the bound of its test; killed (SIGKILL)`,
    );
    expect(Date.now() - from).toBeGreaterThanOrEqual(300);
    await new Promise((r) => (child.exitCode === null && child.signalCode === null ? child.once('exit', r) : r(undefined)));
    expect([child.signalCode, alive(child.pid!)]).toEqual(['SIGKILL', false]);
  });

  it('its whole process group, when it leads one (a shell and what it started)', async () => {
    const child = spawn('sh', ['-c', 'sleep 600 & echo $!; wait'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    const grandchild = await new Promise<number>((r) => child.stdout.once('data', (d: Buffer) => r(Number(d.toString().trim()))));
    await expect(boundChild(child, 'sh -c "sleep 600"', { ms: 200, group: true })).rejects.toThrow(/^sh -c "sleep 600" \(pid \d+\) was still running/);
    for (let i = 0; i < 100 && alive(grandchild); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(grandchild)).toBe(false);
  });

  it('that ends in time gives its exit code, or its signal; one that cannot start is named', async () => {
    expect(await boundChild(spawn(process.execPath, ['-e', 'process.exitCode = 3'], { stdio: 'ignore' }), 'node -e')).toEqual({ code: 3, signal: null });
    const killed = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const exit = boundChild(killed, 'node -e');
    killed.kill('SIGTERM');
    expect(await exit).toEqual({ code: null, signal: 'SIGTERM' });
    await expect(boundChild(spawn('/nonexistent/harbor-tool', [], { stdio: 'ignore' }), 'harbor-tool')).rejects.toThrow(/^harbor-tool could not be started or signalled: spawn \/nonexistent\/harbor-tool ENOENT/);
  });
});
