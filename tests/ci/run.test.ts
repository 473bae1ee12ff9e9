// .ci/run installs the system tools the tests need only when they are missing, and takes the
// browser the tests take: CHROMIUM_PATH (tests/web/support/browser.ts, docs/web-app.md §Tests)
// names it, so a machine whose Chromium is elsewhere, or that is not Debian, is not sent to
// apt-get for a browser it has, and one that names no program is told so at once rather than
// after the whole suite. The script runs here in a copy of the repository's layout with
// every command it calls replaced by a stub that records its arguments: nothing is installed.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childBound } from '../support/until.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'harbor-ci-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of .ci/run beside stubs of the tools it looks for and the commands it runs. */
function setUp(tools: string[]): { bin: string; run: (env: Record<string, string>) => { status: number | null; stderr: string; calls: string[] } } {
  const repo = mkdtempSync(join(dir, 'repo-'));
  mkdirSync(join(repo, '.ci'));
  cpSync(join(ROOT, '.ci', 'run'), join(repo, '.ci', 'run'));
  const bin = join(repo, 'stub-bin');
  mkdirSync(bin);
  const log = join(repo, 'calls.log');
  const stub = (name: string, body = 'exit 0') => {
    writeFileSync(join(bin, name), `#!/bin/sh\necho "${name} $*" >> "${log}"\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  for (const t of tools) stub(t);
  for (const c of ['apt-get', 'sudo', 'npm', 'npx']) stub(c);
  stub('id', 'echo 0'); // as root: no sudo
  return {
    bin,
    run: (env) => {
      // PATH: the stubs, then only what the script's own shell needs (bash, mktemp, rm, node).
      const r = spawnSync('bash', [join(repo, '.ci', 'run')], {
        env: { PATH: `${bin}:/usr/bin:/bin`, HOME: repo, ...env },
        encoding: 'utf8',
        ...childBound(),
      });
      let calls: string[] = [];
      try {
        calls = readFileSync(log, 'utf8').trim().split('\n');
      } catch {
        /* nothing called */
      }
      return { status: r.status, stderr: r.stderr, calls };
    },
  };
}

describe('.ci/run', () => {
  const present = ['pdftotext', 'qpdf', 'libreoffice', 'fc-match'];

  it('with every tool present and Chromium at CHROMIUM_PATH, installs nothing and runs the checks', () => {
    const ci = setUp(present);
    const chromium = join(dir, 'my-chromium');
    writeFileSync(chromium, '#!/bin/sh\n');
    chmodSync(chromium, 0o755);
    const { calls } = ci.run({ CHROMIUM_PATH: chromium });
    expect(calls.filter((c) => c.startsWith('apt-get') || c.startsWith('sudo'))).toEqual([]);
    expect(calls).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run typecheck', 'npm run lint', 'npm run check-templates']));
  });

  // A machine that lacks a tool and cannot install it as the script does (apt-get, as root or
  // through sudo): one line naming the packages to install, exit 2, and nothing run, instead of
  // set -e ending the script on "sudo: command not found" (or "apt-get: command not found").
  describe('with a tool missing and no way to install it, names the packages and stops before npm', () => {
    /** Only the stubs and the two programs the script needs before npm: no sudo or apt-get from the machine. */
    function bare(opts: { root: boolean; sudo: boolean; aptGet: boolean }) {
      const ci = setUp(['qpdf', 'libreoffice', 'fc-match']); // pdftotext is missing
      writeFileSync(join(ci.bin, 'id'), `#!/bin/sh\necho ${opts.root ? 0 : 1000}\n`);
      if (!opts.sudo) rmSync(join(ci.bin, 'sudo'));
      if (!opts.aptGet) rmSync(join(ci.bin, 'apt-get'));
      const sys = mkdtempSync(join(dir, 'sys-'));
      for (const tool of ['bash', 'dirname']) {
        const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8', ...childBound() }).stdout.trim();
        symlinkSync(found, join(sys, tool));
      }
      const chromium = join(dir, 'bare-chromium');
      writeFileSync(chromium, '#!/bin/sh\n');
      chmodSync(chromium, 0o755);
      return ci.run({ PATH: `${ci.bin}:${sys}`, CHROMIUM_PATH: chromium });
    }

    it.each([
      ['not root, no sudo', { root: false, sudo: false, aptGet: true }],
      ['root, no apt-get (not Debian)', { root: true, sudo: false, aptGet: false }],
      ['sudo, no apt-get', { root: false, sudo: true, aptGet: false }],
    ])('%s', (_, opts) => {
      const { status, stderr, calls } = bare(opts);
      expect(status).toBe(2);
      expect(stderr).toMatch(/^ci: the tests need poppler-utils \(Debian's package names\), and this script/);
      expect(calls).toEqual([]);
    });

    it('and installs them when it can: root with apt-get', () => {
      const { calls } = bare({ root: true, sudo: false, aptGet: true });
      expect(calls[0]).toBe('apt-get update -qq');
      expect(calls[1]).toMatch(/^apt-get install .* poppler-utils$/);
      expect(calls).toContain('npm ci --no-audit --no-fund');
    });
  });

  // The last CI run failed with every test passed: a test file left a promise rejected with
  // nothing awaiting it, which vitest reports as "Unhandled Errors" and fails the run for, but
  // its JSON report does not count. The closing line said "2742 passed, 0 failed, 0 not
  // finished" above a failed status; it now says why the run failed.
  describe('closing lines', () => {
    /** .ci/run with vitest (npx) stubbed to write `report` as its JSON report and exit `code`. */
    function closing(report: { testResults: { name: string }[]; [other: string]: unknown }, code: number): { status: number | null; stdout: string } {
      const ci = setUp(present);
      const repo = join(ci.bin, '..'); // where the script runs: the report names files under it
      for (const f of report.testResults) f.name = join(repo, f.name);
      const chromium = join(dir, 'closing-chromium');
      writeFileSync(chromium, '#!/bin/sh\n');
      chmodSync(chromium, 0o755);
      const json = join(dir, `report-${code}-${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(json, JSON.stringify(report));
      writeFileSync(join(ci.bin, 'npx'), `#!/bin/sh\nfor a; do case "$a" in --outputFile=*) cp "${json}" "\${a#--outputFile=}";; esac; done\nexit ${code}\n`);
      const r = spawnSync('bash', [join(repo, '.ci', 'run')], { env: { PATH: `${ci.bin}:/usr/bin:/bin`, HOME: dir, CHROMIUM_PATH: chromium }, encoding: 'utf8', ...childBound() });
      return { status: r.status, stdout: r.stdout };
    }
    const file = (name: string, status: string, tests: string[], message = '') => ({
      name,
      status,
      message,
      assertionResults: tests.map((t) => ({ status: t, fullName: `a test that ${t}` })),
    });

    it('says a run failed for an unhandled error when every test passed', () => {
      const { status, stdout } = closing({ numPassedTests: 2, numFailedTests: 0, numTotalTests: 2, testResults: [file('tests/a.test.ts', 'passed', ['passed', 'passed'])] }, 1);
      expect(status).toBe(1);
      expect(stdout).toContain('2 passed, 0 failed, 0 not finished\nbut vitest exited 1: every test passed, and a file left an error nothing handled; see "Unhandled Errors" above');
    });

    it('names a file that failed outside its tests (a hook, its import), and says nothing more on a pass', () => {
      const failed = closing({ numPassedTests: 1, numFailedTests: 0, numTotalTests: 1, testResults: [file('tests/b.test.ts', 'failed', [], 'Error: Chromium not found\n at x'), file('tests/c.test.ts', 'passed', ['passed'])] }, 1);
      expect(failed.stdout).toContain('not passed (1):\n  failed: tests/b.test.ts (outside its tests: Error: Chromium not found)\n1 passed, 0 failed, 0 not finished');
      expect(failed.stdout).not.toContain('but vitest exited');
      const passed = closing({ numPassedTests: 1, numFailedTests: 0, numTotalTests: 1, testResults: [file('tests/c.test.ts', 'passed', ['passed'])] }, 0);
      expect(passed.status).toBe(0);
      expect(passed.stdout.trim().split('\n').at(-1)).toBe('1 passed, 0 failed, 0 not finished');
    });
  });

  it('stops before installing or running anything when CHROMIUM_PATH names no program, saying so', () => {
    const ci = setUp(present);
    const { status, stderr, calls } = ci.run({ CHROMIUM_PATH: join(dir, 'no-such-chromium') });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^ci: CHROMIUM_PATH=.*no-such-chromium is not a program/);
    expect(calls).toEqual([]);
  });
});
