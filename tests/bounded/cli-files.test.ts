// Issue 16, defects 5 and 6: files `harbor render -o` and `harbor batch -o` leave on disk.
// Before: an interrupted batch left `.out.zip.<pid>.tmp` (mode 0644) holding finished PDFs with
// the children's names; the temp name was predictable and opened without refusing a planted link,
// so a link at `.out.pdf.<pid>.tmp` redirected the document into another file.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { boundChild } from '../support/children.js';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { cases, KIND } from '../batch/support.js';
import { harbor } from '../support/cli.js';
import { PROCESS_TEST_MS, until, childBound } from '../support/until.js';

const BIN = fileURLToPath(new URL('../../bin/harbor.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'harbor-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const temps = (d: string): string[] => readdirSync(d).filter((f) => f.endsWith('.tmp'));


describe('harbor batch interrupted', () => {
  // 128 + the signal's number, as a shell reports a process the signal ended.
  const EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGQUIT: 131 } as const;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const) {
    it(`${signal} mid-batch removes the temporary archive, which was mode 0600 meanwhile`, async () => {
      const d = mkdtempSync(join(dir, 'sig-'));
      const input = join(d, 'cases.json');
      writeFileSync(input, JSON.stringify(cases(400)));
      const child = spawn(process.execPath, [BIN, 'batch', KIND, input, '-o', join(d, 'out.zip'), '--workers', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const exited = boundChild(child, `harbor batch (to be stopped by ${signal})`);
      try {
        // Wait until the archive has real documents in it.
        await until(() => temps(d).some((t) => statSync(join(d, t)).size > 50_000), 'the temporary archive to hold documents');
        const tmp = temps(d)[0]!;
        expect(statSync(join(d, tmp)).mode & 0o777).toBe(0o600);
        expect(tmp).not.toContain(String(child.pid)); // not predictable from the pid
        child.kill(signal);
        // The exit whole: a CI run saw `null` once for SIGQUIT (ended by a signal, which one unsaid),
        // not reproduced in 26 runs under load; the signal is now in the failure's message.
        expect(await exited).toEqual({ code: EXIT[signal], signal: null });
        expect(temps(d)).toEqual([]);
        expect(readdirSync(d)).toEqual(['cases.json']);
        // Its render thread ended before the handler's exit (said only once it has: ./outfile.ts).
        expect(stderr).toBe(`batch stopped (${signal}): the partial archive was removed, its render threads ended\n`);
      } finally {
        child.kill('SIGKILL');
      }
    }, 120_000);
  }

  // CI saw code null for SIGQUIT once (the process ended by a signal, not by the handler's exit):
  // process.exit() over render threads still running can abort in Node's teardown of them
  // (nodejs/node#37024). The handler now ends the threads first. Here under load: four threads
  // rendering on this 2-core machine beside two processes that spin, signalled as soon as the
  // archive has begun (threads busy) and again once it holds documents (threads warm), each exit
  // the handler's whole code, after its message that the threads ended.
  it('SIGQUIT under load, four render threads busy: the exit is the handler\'s (131, no signal), after its threads ended', async () => {
    const spinners = [0, 1].map(() => {
      const spinner = spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' });
      void boundChild(spinner, 'a spinning node (load)').catch(() => undefined);
      return spinner;
    });
    try {
      const d = mkdtempSync(join(dir, 'load-'));
      const input = join(d, 'cases.json');
      writeFileSync(input, JSON.stringify(cases(400)));
      for (const [round, size] of [[1, 0], [2, 50_000]] as const) {
        const child = spawn(process.execPath, [BIN, 'batch', KIND, input, '-o', join(d, 'out.zip'), '--workers', '4'], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        const exited = boundChild(child, `harbor batch --workers 4 (round ${String(round)}, to be stopped by SIGQUIT)`);
        try {
          await until(() => temps(d).some((t) => (statSync(join(d, t), { throwIfNoEntry: false })?.size ?? -1) >= size), 'the temporary archive');
          child.kill('SIGQUIT');
          expect(await exited).toEqual({ code: 131, signal: null });
          expect(stderr).toBe('batch stopped (SIGQUIT): the partial archive was removed, its render threads ended\n');
          expect(readdirSync(d)).toEqual(['cases.json']);
        } finally {
          child.kill('SIGKILL');
        }
      }
    } finally {
      for (const spinner of spinners) spinner.kill('SIGKILL');
    }
  }, 240_000);

  it('a second batch into the same archive while the first runs is refused at once, naming the first; the first ends whole; a lock its killed writer left is taken over', async () => {
    const d = mkdtempSync(join(dir, 'same-'));
    const input = join(d, 'cases.json');
    const N = 20;
    writeFileSync(input, JSON.stringify(cases(N)));
    const small = join(d, 'small.json');
    writeFileSync(small, JSON.stringify(cases(2)));
    const out = join(d, 'out.zip');
    const first = spawn(process.execPath, [BIN, 'batch', KIND, input, '-o', out, '--workers', '1'], { stdio: ['ignore', 'ignore', 'ignore'] });
    const exited = boundChild(first, 'the first harbor batch into out.zip').then((e) => e.code);
    try {
      await until(() => temps(d).length > 0, 'the first batch to start writing');
      // The first is held (SIGSTOP: not caught, its threads stop with it) while the second runs, so
      // the second meets it writing however long its own start takes. Before, the first was given
      // 400 records to outlast that start: a race with the machine's load, and 3 minutes of a
      // loaded machine's time.
      first.kill('SIGSTOP');
      let second: SpawnSyncReturns<string>;
      try {
        // Before: both exited 0, and the rename of whichever ended last replaced the other's archive.
        second = spawnSync(process.execPath, [BIN, 'batch', KIND, small, '-o', out, '--workers', '0'], { encoding: 'utf8', ...childBound() });
      } finally {
        first.kill('SIGCONT');
      }
      expect([second.status, second.stderr]).toEqual([2, `harbor: cannot write "${out}": another harbor (pid ${first.pid}) is writing it now; wait for it to end, or give another -o\n`]);
      expect(await exited).toBe(0);
      expect(readdirSync(d).sort()).toEqual(['cases.json', 'out.zip', 'small.json']); // no lock, no temporary file left
      expect(unzipSync(readFileSync(out))['manifest.json']).toBeDefined(); // whole: its manifest is written last
      expect(statSync(out).size).toBeGreaterThan(N * 10_000);
    } finally {
      first.kill('SIGKILL');
    }
    // A writer killed outright (SIGKILL: no handler runs) leaves its lock; its pid is gone, so it is taken over.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8', ...childBound() }).stdout;
    writeFileSync(join(d, '.out.zip.harbor-lock'), gone);
    const again = spawnSync(process.execPath, [BIN, 'batch', KIND, small, '-o', out, '--workers', '0'], { encoding: 'utf8', ...childBound() });
    expect(again.status, again.stderr).toBe(0);
    expect(readdirSync(d).sort()).toEqual(['cases.json', 'out.zip', 'small.json']);
  }, PROCESS_TEST_MS);

  it('the finished archive and a rendered document are mode 0600', async () => {
    // In-process (`main(argv, io)`, the command's own file code); the spawned command is above.
    const d = mkdtempSync(join(dir, 'mode-'));
    const input = join(d, 'cases.json');
    writeFileSync(input, JSON.stringify(cases(2)));
    const b = await harbor(['batch', KIND, input, '-o', join(d, 'out.zip'), '--workers', '0']);
    expect(b.status, b.stderr).toBe(0);
    expect(statSync(join(d, 'out.zip')).mode & 0o777).toBe(0o600);
    const r = await harbor(['render', 'rfa', 'fixtures/rfa/minimal.json', '-o', join(d, 'out.pdf')]);
    expect(r.status, r.stderr).toBe(0);
    expect(statSync(join(d, 'out.pdf')).mode & 0o777).toBe(0o600);
    expect(temps(d)).toEqual([]);
  }, PROCESS_TEST_MS);
});

describe('a planted link at the temporary name', () => {
  it('cannot redirect `render -o`: the old pid-based name is not used, and the victim is untouched', () => {
    const d = mkdtempSync(join(dir, 'link-'));
    const victim = join(d, 'victim.txt');
    writeFileSync(victim, 'keep me');
    // `exec` keeps the shell's pid, so the link sits at the name the old code used.
    const sh = `ln -s "${victim}" "${d}/.out.pdf.$$.tmp" && exec "${process.execPath}" "${BIN}" render rfa fixtures/rfa/minimal.json -o "${d}/out.pdf"`;
    const r = spawnSync('sh', ['-c', sh], { ...childBound() });
    expect(r.status, r.stderr.toString()).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(readFileSync(join(d, 'out.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(lstatSync(join(d, 'out.pdf')).isSymbolicLink()).toBe(false);
  }, PROCESS_TEST_MS);
});

describe('openExclusive', () => {
  it('refuses an existing file, a link to one and a dangling link; creates mode 0600', async () => {
    const { openExclusive } = await import('../../src/batch/outfile.js');
    const d = mkdtempSync(join(dir, 'excl-'));
    writeFileSync(join(d, 'file'), 'x');
    symlinkSync(join(d, 'file'), join(d, 'link'));
    symlinkSync(join(d, 'nowhere'), join(d, 'dangling'));
    for (const name of ['file', 'link', 'dangling']) expect(() => openExclusive(join(d, name)), name).toThrow(/EEXIST|ELOOP/);
    expect(readFileSync(join(d, 'file'), 'utf8')).toBe('x');
    expect(() => lstatSync(join(d, 'nowhere'))).toThrow();
    openExclusive(join(d, 'new'));
    expect(statSync(join(d, 'new')).mode & 0o777).toBe(0o600);
  });
});
