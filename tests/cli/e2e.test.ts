// The real `harbor` command end to end, in a child process (`node bin/harbor.js`): the bin
// script, real stdin and stdout, files on disk and exit codes as a shell sees them. Everything
// else about the CLI is tested in-process (./usage.test.ts, ./case-input.test.ts,
// ./output-file.test.ts), which is ~2 s faster per call.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HARBOR_VERSION } from '../../src/version.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FULL = new URL('../../fixtures/rfa/full.json', import.meta.url).pathname;

describe('harbor, the command', () => {
  it('--version', () => {
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: `harbor ${HARBOR_VERSION}\n`, stderr: '' });
  });

  it('render -o writes a PDF file and prints nothing on stdout', () => {
    const r = runCli(['render', 'rfa', FULL, '-o', 'draft.pdf'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'draft.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(dir)).toEqual(['draft.pdf']); // no temporary file left beside it
  });

  it('check reads stdin and prints its JSON result; invalid data exits 1', () => {
    const ok = runCli(['check', 'rfa', '-'], { input: readFileSync(FULL) });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true });
    const bad = runCli(['check', 'rfa', '-'], { input: '{}' });
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false });
  });

  it('batch -o missing-folder/b.zip: one line on stderr, exit 2, no stack', () => {
    const r = runCli(['batch', 'rfa', FULL.replace('full.json', 'minimal.json'), '-o', 'missing-folder/b.zip'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('harbor: cannot write "missing-folder/b.zip": the folder "missing-folder" does not exist\n');
  });
});
