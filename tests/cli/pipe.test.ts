// A standard output that fails, in the real command (bin/harbor.js handles the stream's 'error').
// `harbor render … | head -c 100`: the reader closes the pipe before the document is written.
// The command stops like any Unix filter (the status of SIGPIPE, 128 + 13) and says nothing on
// stderr, instead of an unhandled EPIPE 'error' event with a stack. `> /dev/full`: one line and
// the I/O exit code (74), not a stack and exit 1 (which says the case data is invalid).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_CODE } from '../../src/errors.js';

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

describe.skipIf(!existsSync('/dev/full'))('a standard output that cannot be written (> /dev/full: ENOSPC)', () => {
  it('render and check print one line and exit with the I/O code, 74', () => {
    expect(EXIT_CODE['io-error']).toBe(74);
    for (const command of ['render', 'check']) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, command, 'rfa', FULL], { stdio: ['ignore', full, 'pipe'] });
        expect(r.stderr.toString('utf8'), command).toBe('harbor: cannot write to standard output: ENOSPC\n');
        expect(r.status, command).toBe(74);
      } finally {
        closeSync(full);
      }
    }
  });
});
