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

  // A run that stopped making progress (the stall guard's exit 3 and its report) or a file whose
  // test process was ended (tests left pending), with no test failed: those files run once more,
  // on their own, and the second run decides. A failed test is never run again.
  describe('files that did not finish', () => {
    /**
     * .ci/run with vitest (npx) stubbed to answer each call in turn: write `report` as its JSON
     * report, `stall` to HARBOR_TEST_STALL_FILE, and exit `code`. Returns the files each call was given.
     */
    function runs(answers: Array<{ code: number; report?: { testResults: { name: string }[]; [k: string]: unknown }; stall?: object; watchdog?: string }>) {
      const ci = setUp(present);
      const repo = join(ci.bin, '..');
      const chromium = join(dir, 'again-chromium');
      writeFileSync(chromium, '#!/bin/sh\n');
      chmodSync(chromium, 0o755);
      const turn = join(repo, 'turn');
      writeFileSync(turn, '0');
      const given = join(repo, 'given');
      answers.forEach((a, i) => {
        if (a.report) {
          for (const f of a.report.testResults) f.name = join(repo, f.name);
          writeFileSync(join(repo, `report-${i}.json`), JSON.stringify(a.report));
        }
        if (a.stall) writeFileSync(join(repo, `stall-${i}.json`), JSON.stringify(a.stall));
        if (a.watchdog !== undefined) writeFileSync(join(repo, `watchdog-${i}.jsonl`), a.watchdog);
      });
      const codes = answers.map((a) => a.code).join(' ');
      writeFileSync(
        join(ci.bin, 'npx'),
        `#!/bin/bash
[ "$1 $2" = "vitest run" ] || exit 0
i=$(cat "${turn}"); echo $((i + 1)) > "${turn}"
files=(); for a in "\${@:3}"; do case "$a" in --outputFile=*) [ -f "${repo}/report-$i.json" ] && cp "${repo}/report-$i.json" "\${a#--outputFile=}";; --*) ;; *) files+=("$a");; esac; done
echo "\${files[*]}" >> "${given}"
[ -f "${repo}/stall-$i.json" ] && cp "${repo}/stall-$i.json" "$HARBOR_TEST_STALL_FILE"
[ -f "${repo}/watchdog-$i.jsonl" ] && cat "${repo}/watchdog-$i.jsonl" >> "$HARBOR_TEST_WATCHDOG_FILE"
codes=(${codes}); exit \${codes[$i]}
`,
      );
      chmodSync(join(ci.bin, 'npx'), 0o755);
      const r = spawnSync('bash', [join(repo, '.ci', 'run')], { env: { PATH: `${ci.bin}:/usr/bin:/bin`, HOME: dir, CHROMIUM_PATH: chromium }, encoding: 'utf8', ...childBound() });
      return { status: r.status, stdout: r.stdout, out: r.stdout + r.stderr, given: readFileSync(given, 'utf8').split('\n').slice(0, -1) };
    }
    const passing = (name: string) => ({ numPassedTests: 1, numFailedTests: 0, numTotalTests: 1, testResults: [{ name, status: 'passed', message: '', assertionResults: [{ status: 'passed', fullName: 'a test' }] }] });

    it('a stalled run with nothing failed: its unfinished files run again, and that run decides', () => {
      const { status, stdout, out, given } = runs([
        { code: 3, stall: { unfinished: ['tests/slow.test.ts', 'tests/queued.test.ts'], failed: [], passed: 4000 } },
        { code: 0, report: { ...passing('tests/slow.test.ts'), numPassedTests: 2, numTotalTests: 2 } },
      ]);
      expect(given).toEqual(['', 'tests/slow.test.ts tests/queued.test.ts']);
      expect(out).toContain('ci: the run stalled with 4000 tests passed and none failed; 2 file(s) did not finish');
      expect(out).toContain('ci: running once more, on their own: tests/slow.test.ts tests/queued.test.ts');
      expect(stdout.trim().split('\n').at(-1)).toBe('2 passed, 0 failed, 0 not finished');
      expect(status).toBe(0);
      // And when the second run fails, so does CI.
      expect(runs([{ code: 3, stall: { unfinished: ['tests/slow.test.ts'], failed: [], passed: 1 } }, { code: 1, report: passing('tests/slow.test.ts') }]).status).toBe(1);
    });

    it('a stalled run with a test failed before it: nothing runs again, the failures are named, CI fails', () => {
      const { status, out, given } = runs([{ code: 3, stall: { unfinished: ['tests/slow.test.ts'], failed: ['tests/a.test.ts > adds'], passed: 10 } }]);
      expect(given).toEqual(['']);
      expect(out).toContain('ci: the run stalled, and before it 1 test(s) failed:\n  failed: tests/a.test.ts > adds');
      expect(status).toBe(3);
    });

    it('a file a test process ended under (the guard\'s report at the run\'s end), nothing failed: it runs again; with a failure it does not', () => {
      const again = runs([
        { code: 1, report: passing('tests/fine.test.ts'), stall: { unfinished: ['tests/ended.test.ts'], failed: [], passed: 1 } },
        { code: 0, report: passing('tests/ended.test.ts') },
      ]);
      expect(again.given).toEqual(['', 'tests/ended.test.ts']);
      expect(again.out).toContain('ci: the run ended with 1 tests passed and none failed; 1 file(s) did not finish (a test process ended under them)');
      expect(again.status).toBe(0);
      const not = runs([{ code: 1, report: passing('tests/fine.test.ts'), stall: { unfinished: ['tests/ended.test.ts'], failed: ['tests/other.test.ts > adds'], passed: 1 } }]);
      expect(not.given).toEqual(['']);
      expect(not.status).toBe(1);
      // A run that passed runs nothing again, whatever the report says.
      expect(runs([{ code: 0, report: passing('tests/fine.test.ts'), stall: { unfinished: [], failed: [], passed: 1 } }]).given).toEqual(['']);
    });

    // Before: the watchdog's stop was "a test process ended under" the file, which ran again on its
    // own, passed, and CI was green over a 20-minute hang.
    it('a file the watchdog stopped (a hang): never run again, CI red, each stop and FAILED the last lines', () => {
      const stop = (what: string) => `${JSON.stringify({ what, seconds: 1201 })}\n`;
      const hung = runs([
        { code: 1, report: passing('tests/fine.test.ts'), stall: { unfinished: ['tests/hangs.test.ts'], failed: [], passed: 1 }, watchdog: stop('tests/hangs.test.ts > waits forever') },
        { code: 0, report: passing('tests/hangs.test.ts') },
      ]);
      expect(hung.given).toEqual(['']);
      expect(hung.status).toBe(1);
      // (Not "a file left an error nothing handled": the stop is the reason vitest exited 1.)
      expect(hung.stdout.trim().split('\n').slice(-3)).toEqual([
        '1 passed, 0 failed, 0 not finished',
        'ci: hung: tests/hangs.test.ts > waits forever: stopped by the test watchdog after 1201 s',
        'ci: FAILED: the test watchdog stopped 1 test file(s) that hung (see "hung:" above); a hang fails CI, and such a file is not run again',
      ]);
      // A stop in the second run (a file that did not finish for another reason, then hung) is red too.
      const second = runs([
        { code: 1, report: passing('tests/fine.test.ts'), stall: { unfinished: ['tests/ended.test.ts'], failed: [], passed: 1 } },
        { code: 1, report: passing('tests/fine.test.ts'), watchdog: stop('tests/ended.test.ts > hangs') },
      ]);
      expect(second.given).toEqual(['', 'tests/ended.test.ts']);
      expect(second.status).toBe(1);
      expect(second.stdout.trim().split('\n').at(-1)).toMatch(/^ci: FAILED: the test watchdog stopped 1 test file/);
      // Even when vitest itself exited 0 (no other sign of it), the stop makes CI red.
      const quiet = runs([{ code: 0, report: passing('tests/fine.test.ts'), watchdog: stop('tests/x.test.ts > y') }]);
      expect(quiet.status).toBe(1);
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
