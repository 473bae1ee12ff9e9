// `harbor render … | head -c 100`: the reader closes the pipe before the document is written.
// The command stops like any Unix filter (the status of SIGPIPE, 128 + 13) and says nothing on
// stderr, instead of an unhandled EPIPE 'error' event with a stack.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/harbor.js', import.meta.url).pathname;
const FULL = new URL('../../fixtures/rfa/full.json', import.meta.url).pathname;

describe('a reader that closes the pipe early', () => {
  it('ends render with status 141 and nothing on stderr', async () => {
    const child = spawn(process.execPath, [BIN, 'render', 'rfa', FULL], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    // Close our end before the document comes, as `harbor render … | true` does (`head` closes
    // it after its first bytes, which races with the writer; this does not).
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).toBe('');
    expect(status).toBe(141);
  });
});
