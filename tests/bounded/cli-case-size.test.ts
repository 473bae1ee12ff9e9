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
import { childBound, PROCESS_TEST_MS } from '../support/until.js';
import { BODY_LIMIT_RULE } from '../../src/limits.js';

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
      errors: [{ path: '', code: 'payload-too-large', message: `the case file "over-limit.json" is larger than ${LIMIT_WORDS}, the most one case may be (HARBOR_BODY_LIMIT, as over HTTP)` }],
    });
  });

  it('render refuses it with one line on stderr (exit 1) and writes nothing', async () => {
    writeFileSync(join(dir, 'over-render.json'), padded(MAX_CASE_BYTES + 1));
    const r = await harbor(['render', 'rfa', 'over-render.json', '-o', 'over.pdf'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`(case): the case file "over-render.json" is larger than ${LIMIT_WORDS}, the most one case may be (HARBOR_BODY_LIMIT, as over HTTP) [payload-too-large]\n`);
    expect(existsSync(join(dir, 'over.pdf'))).toBe(false);
  });

  it('a case on stdin one byte over the limit is refused the same way, naming stdin', async () => {
    const ok = await harbor(['check', 'rfa', '-'], { input: padded(MAX_CASE_BYTES) });
    expect(ok.status, ok.stderr).toBe(0);
    const r = await harbor(['check', 'rfa', '-'], { input: padded(MAX_CASE_BYTES + 1) });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).errors).toEqual([expect.objectContaining({ code: 'payload-too-large', message: expect.stringMatching(/^the case on stdin is larger than 1 MB/) })]);
  });

  it('follows HARBOR_BODY_LIMIT as the service does, for check, render and each record of a batch; a bad value is refused naming it', async () => {
    // Raised: a case of 1.5 MB (a long narrative) the service would take is taken here too.
    const big = padded(1.5 * MAX_CASE_BYTES);
    expect((await harbor(['check', 'rfa', '-'], { input: big })).status).toBe(1);
    const raised = await harbor(['check', 'rfa', '-'], { input: big, env: { HARBOR_BODY_LIMIT: '2mb' } });
    expect(raised.status, raised.stdout).toBe(0);
    // Lowered: refused naming the limit that applies.
    const lowered = await harbor(['check', 'rfa', '-'], { input: padded(3000), env: { HARBOR_BODY_LIMIT: '2kb' } });
    expect(JSON.parse(lowered.stdout).errors).toEqual([
      { path: '', code: 'payload-too-large', message: 'the case on stdin is larger than 2,048 bytes, the most one case may be (HARBOR_BODY_LIMIT, as over HTTP)' },
    ]);
    const render = await harbor(['render', 'rfa', '-', '-o', join(dir, 'low.pdf')], { input: padded(3000), env: { HARBOR_BODY_LIMIT: '2kb' } });
    expect([render.status, existsSync(join(dir, 'low.pdf'))]).toEqual([1, false]);
    // A batch record over it is that record's error, the others rendered.
    const ndjson = join(dir, 'limit.ndjson');
    const line = MINIMAL.replace(/\n\s*/g, '');
    writeFileSync(ndjson, `${line}\n${line}${' '.repeat(3000)}\n`);
    const b = await harbor(['batch', 'rfa', ndjson, '-o', join(dir, 'limit.zip'), '--workers', '0'], { env: { HARBOR_BODY_LIMIT: '2kb' } });
    expect(b.status, b.stderr).toBe(3);
    expect(b.stderr).toMatch(/^line 2: \(case\): is longer than the limit of 2,048 characters for one case \(HARBOR_BODY_LIMIT\)/m);
    // As `harbor serve` refuses it at start-up: exit 2, one line naming the variable and the rule.
    for (const args of [['check', 'rfa', '-'], ['batch', 'rfa', ndjson, '-o', join(dir, 'bad.zip')]]) {
      const bad = await harbor(args, { input: MINIMAL, env: { HARBOR_BODY_LIMIT: '10gb' } });
      expect([bad.status, bad.stderr], args[0]).toEqual([2, `harbor: configuration: HARBOR_BODY_LIMIT ${BODY_LIMIT_RULE}\n`]);
      expect(bad.stderr).toMatch(/from 1kb to 64mb: digits alone \(bytes\) or with b, kb or mb, .*kib and mib/); // the range and every unit it reads
    }
  });

  it('the real command stops reading a pipe past the limit: the writer of 64 MB is ended by SIGPIPE, not read to its end', () => {
    // head cannot finish unless harbor reads all 64 MB; harbor exits after 1 MB + 1 byte, so
    // head's next write meets a closed pipe (status 141). Read to the end, head would exit 0.
    const script = `head -c ${64 * 1024 * 1024} /dev/zero | "${process.execPath}" "${BIN}" check rfa - > "${join(dir, 'pipe.out')}"; echo "\${PIPESTATUS[@]}"`;
    // Bounded by the test's own limit, a process test's (spawnSync blocks the test's timer).
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', ...childBound() });
    expect(r.stdout.trim(), r.stderr).toBe('141 1');
    expect(JSON.parse(readFileSync(join(dir, 'pipe.out'), 'utf8')).errors[0].code).toBe('payload-too-large');
  }, PROCESS_TEST_MS);

  it('a terminal as the case file is refused at once (exit 2), as "-" on a terminal is, instead of waiting for typing', () => {
    // script(1) gives the command a terminal of its own, which /dev/tty then is. Were the terminal
    // read, the command would wait for typing until spawnSync's safety limit killed it.
    // spawnSync's limit is the only bound (it blocks the test's timer): the test's own, a process test's.
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" check rfa /dev/tty`, '/dev/null'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...childBound() });
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stdout).toContain('harbor: the case file "/dev/tty" is a terminal; give a file, or pipe the case in with -');
  }, PROCESS_TEST_MS);

  it('a device that never ends (/dev/zero, /dev/urandom) as the case file is read up to the limit and refused, in the real command', () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const r = runCli(['check', 'rfa', device]);
      expect(r.status, `${device}: ${r.stderr}`).toBe(1);
      expect(JSON.parse(r.stdout).errors).toEqual([
        { path: '', code: 'payload-too-large', message: `the case file "${device}" is larger than ${LIMIT_WORDS}, the most one case may be (HARBOR_BODY_LIMIT, as over HTTP)` },
      ]);
    }
  }, PROCESS_TEST_MS); // two starts of the real command: over 60 s at load 25-55
});
