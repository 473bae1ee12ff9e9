// The case `harbor check` and `harbor render` read (a file, a device, stdin) is bounded by the
// same limit as one case over HTTP (src/limits.ts MAX_CASE_BYTES, the default of HARBOR_BODY_LIMIT):
// read up to one byte past it and no further, then refused as payload-too-large (exit 1) naming
// the file and the limit. Before: the whole input was read, so `check rfa /dev/zero` grew to 8 GB
// in 20 s and 600 MB piped to `check rfa -` ended in "internal error" (exit 70).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_CODE } from '../../src/errors.js';
import { DEFAULTS } from '../../src/http/config.js';
import { MAX_CASE_BYTES } from '../../src/limits.js';
import { harbor, runCli } from '../support/cli.js';

const BIN = new URL('../../bin/harbor.js', import.meta.url).pathname;
const MINIMAL = readFileSync(new URL('../../fixtures/rfa/minimal.json', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'harbor-case-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A valid case padded with trailing spaces (still the same JSON) to exactly `bytes` bytes. */
const padded = (bytes: number): string => MINIMAL + ' '.repeat(bytes - Buffer.byteLength(MINIMAL));
const LIMIT_WORDS = '1 MB (1,048,576 bytes)';

describe('the size of the case the CLI reads', () => {
  it('is the HTTP API’s single-document body limit, one constant', () => {
    expect(DEFAULTS.bodyLimit).toBe(MAX_CASE_BYTES);
    expect(MAX_CASE_BYTES).toBe(1024 * 1024);
    expect(EXIT_CODE['payload-too-large']).toBe(1);
  });

  it('a case file one byte over the limit is refused by check (one JSON result, exit 1) naming the file and the limit; at the limit it is read', async () => {
    writeFileSync(join(dir, 'at-limit.json'), padded(MAX_CASE_BYTES));
    writeFileSync(join(dir, 'over-limit.json'), padded(MAX_CASE_BYTES + 1));
    const ok = await harbor(['check', 'rfa', 'at-limit.json'], { cwd: dir });
    expect(ok.status, ok.stderr).toBe(0);
    const r = await harbor(['check', 'rfa', 'over-limit.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      errors: [{ path: '', code: 'payload-too-large', message: `the case file "over-limit.json" is larger than ${LIMIT_WORDS}, the most one case may be (as over HTTP)` }],
    });
  });

  it('render refuses it with one line on stderr (exit 1) and writes nothing', async () => {
    writeFileSync(join(dir, 'over-render.json'), padded(MAX_CASE_BYTES + 1));
    const r = await harbor(['render', 'rfa', 'over-render.json', '-o', 'over.pdf'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`(case): the case file "over-render.json" is larger than ${LIMIT_WORDS}, the most one case may be (as over HTTP) [payload-too-large]\n`);
    expect(existsSync(join(dir, 'over.pdf'))).toBe(false);
  });

  it('a case on stdin one byte over the limit is refused the same way, naming stdin', async () => {
    const ok = await harbor(['check', 'rfa', '-'], { input: padded(MAX_CASE_BYTES) });
    expect(ok.status, ok.stderr).toBe(0);
    const r = await harbor(['check', 'rfa', '-'], { input: padded(MAX_CASE_BYTES + 1) });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).errors).toEqual([expect.objectContaining({ code: 'payload-too-large', message: expect.stringMatching(/^the case on stdin is larger than 1 MB/) })]);
  });

  it('the real command stops reading a pipe past the limit: the writer of 64 MB is ended by SIGPIPE, not read to its end', () => {
    // head cannot finish unless harbor reads all 64 MB; harbor exits after 1 MB + 1 byte, so
    // head's next write meets a closed pipe (status 141). Read to the end, head would exit 0.
    const script = `head -c ${64 * 1024 * 1024} /dev/zero | "${process.execPath}" "${BIN}" check rfa - > "${join(dir, 'pipe.out')}"; echo "\${PIPESTATUS[@]}"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.stdout.trim(), r.stderr).toBe('141 1');
    expect(JSON.parse(readFileSync(join(dir, 'pipe.out'), 'utf8')).errors[0].code).toBe('payload-too-large');
  }, 60_000);

  it('a terminal as the case file is refused at once (exit 2), as "-" on a terminal is, instead of waiting for typing', () => {
    // script(1) gives the command a terminal of its own, which /dev/tty then is. Were the terminal
    // read, the command would wait for typing until spawnSync's safety limit killed it.
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" check rfa /dev/tty`, '/dev/null'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stdout).toContain('harbor: the case file "/dev/tty" is a terminal; give a file, or pipe the case in with -');
  }, 90_000);

  it('a device that never ends (/dev/zero, /dev/urandom) as the case file is read up to the limit and refused, in the real command', () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const r = runCli(['check', 'rfa', device]);
      expect(r.status, `${device}: ${r.stderr}`).toBe(1);
      expect(JSON.parse(r.stdout).errors).toEqual([
        { path: '', code: 'payload-too-large', message: `the case file "${device}" is larger than ${LIMIT_WORDS}, the most one case may be (as over HTTP)` },
      ]);
    }
  }, 60_000);
});
