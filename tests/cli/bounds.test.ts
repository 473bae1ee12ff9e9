// The bounds of what a harbor command line may give (README.md §CLI): every -o names a file to
// write, checked before any input is read; every number is plain decimal digits in its range.
// In-process through `main(argv, io)` (tests/support/cli.ts), as ./usage.test.ts.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLineUsageError, harbor } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-cli-bounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FULL = new URL('../../fixtures/rfa/full.json', import.meta.url).pathname;

/** Files in `dir` (temporary files included) whose names contain `part`. */
const written = (part: string): string[] => readdirSync(dir).filter((n) => n.includes(part));


describe('numeric options take plain decimal digits in their range, nothing else', () => {
  // Number() read all of these as numbers: --workers 0x2 ran two threads, --port 1e1 served on 10,
  // --port 08080 on 8080 (a leading zero is octal to strtol, a shell and many config files).
  const NOT_PLAIN = ['0x2', '1e1', ' 2', '2 ', '+2', '2.0', '', '0b10', '0o2', '1_0', '\u0662', 'Infinity', '02', '00', '010'];

  it('--workers: each one is a usage error naming the option and the rule; nothing is read or written', async () => {
    for (const value of [...NOT_PLAIN, '-1', '65']) {
      const r = await harbor(['batch', 'rfa', 'no-such-input.json', '-o', join(dir, 'w.zip'), `--workers=${value}`]);
      expectOneLineUsageError(r, /^harbor: --workers \(HARBOR_WORKERS\) must be a whole number from 0 to 64 in plain digits without a leading zero, like 2 /);
    }
    // The variable keeps the same rule (empty: not set).
    expectOneLineUsageError(await harbor(['batch', 'rfa', 'no-such-input.json', '-o', join(dir, 'w.zip')], { env: { HARBOR_WORKERS: '0x2' } }), '--workers (HARBOR_WORKERS) must be a whole number');
    expect(written('w.zip')).toEqual([]);
  });

  it('--port (-p): each one is a usage error naming the option and the rule, before any server starts', async () => {
    // PORT is bad too: were --port's value taken, serve would stop at the configuration instead.
    for (const value of [...NOT_PLAIN, '-1', '65536']) {
      for (const option of [`--port=${value}`, `-p${value}`]) {
        if (option === '-p') continue; // `-p` with nothing: "needs a value", tested elsewhere
        const r = await harbor(['serve', option], { env: { PORT: 'not-a-port' } });
        expectOneLineUsageError(r, /^harbor: -p\/--port must be a whole number from 0 to 65,535 in plain digits without a leading zero, like 3000 /);
      }
    }
  });

  it('--render-timeout keeps its own rule (digits, then ms or s) and refuses the same forms', async () => {
    for (const value of ['0x2', '1e4', '+30s', '2.5s', '30sec', '', '030s', '0500ms']) {
      const r = await harbor(['batch', 'rfa', 'no-such-input.json', '-o', join(dir, 'w.zip'), `--render-timeout=${value}`]);
      expectOneLineUsageError(r, /^harbor: --render-timeout \(HARBOR_RENDER_TIMEOUT\) must be a time from 100ms to 600s: digits alone \(ms\) or with ms or s/);
    }
  });
});

describe('every -o is checked before any work starts (render, xlsx-template, batch)', () => {
  // Each bad -o is one `harbor:` line and exit 2, before the case or batch file is read: the input
  // named here does not exist, so an error about it would mean -o got past the check. Before:
  // `-o out/x.pdf/` passed (dirname and extname read past the slash); render and xlsx-template
  // failed at the rename (exit 74, no prefix) and batch rendered every record, then exit 70.
  const NOT_THERE = 'no-such-input.json';
  const commands = (o: string): string[][] => [
    ['render', 'rfa', NOT_THERE, '-o', o.replace('EXT', 'pdf')],
    ['xlsx-template', 'rfa', '-o', o.replace('EXT', 'xlsx')],
    ['batch', 'rfa', NOT_THERE, '-o', o.replace('EXT', 'zip')],
  ];

  it('a name ending in "/" (only a folder has one), ".", "..", "" or an existing folder: one line, exit 2, nothing written', async () => {
    const d = mkdtempSync(join(dir, 'out-'));
    mkdirSync(join(d, 'sub'));
    mkdirSync(join(d, 'folder.pdf'));
    mkdirSync(join(d, 'folder.xlsx'));
    mkdirSync(join(d, 'folder.zip'));
    const cases: Array<[string, string | RegExp]> = [
      ['sub/x.EXT/', /^harbor: cannot write "sub\/x\.(pdf|xlsx|zip)\/": it names a folder; give the name of a file to write in it/],
      ['x.EXT/', /it names a folder/],
      ['.', 'cannot write ".": it names a folder'],
      ['..', 'cannot write "..": it names a folder'],
      ['sub/.', 'cannot write "sub/.": it names a folder'],
      ['', '-o needs the name of a file to write, and "" is none'],
      ['folder.EXT', /cannot write "folder\.(pdf|xlsx|zip)": it is a folder/],
      ['sub', 'cannot write "sub": it is a folder'],
    ];
    for (const [o, message] of cases) {
      for (const args of commands(o)) expectOneLineUsageError(await harbor(args, { cwd: d }), message);
    }
    expect(readdirSync(d).sort()).toEqual(['folder.pdf', 'folder.xlsx', 'folder.zip', 'sub']);
    expect(readdirSync(join(d, 'sub'))).toEqual([]);
  });

  it('-o whose folder is a file, or runs through one: one line saying so, exit 2', async () => {
    const d = mkdtempSync(join(dir, 'out-'));
    writeFileSync(join(d, 'case.json'), '{}');
    for (const args of commands('case.json/x.EXT')) expectOneLineUsageError(await harbor(args, { cwd: d }), 'cannot write "case.json/x.');
    for (const args of commands('case.json/x.EXT')) expect((await harbor(args, { cwd: d })).stderr).toContain('"case.json" is not a folder');
    for (const args of commands('case.json/sub/x.EXT')) expectOneLineUsageError(await harbor(args, { cwd: d }), '"case.json/sub" is not a folder (a part of it is a file)');
    expect(readdirSync(d)).toEqual(['case.json']);
  });

  it('batch -o with a trailing slash is refused before any record is read, with a real batch too', async () => {
    const d = mkdtempSync(join(dir, 'out-'));
    writeFileSync(join(d, 'cases.ndjson'), `${readFileSync(FULL, 'utf8').replace(/\n\s*/g, '')}\n`.repeat(3));
    const r = await harbor(['batch', 'rfa', 'cases.ndjson', '-o', 'y.zip/', '--workers', '0'], { cwd: d });
    expectOneLineUsageError(r, 'cannot write "y.zip/": it names a folder');
    expect(readdirSync(d)).toEqual(['cases.ndjson']);
  });

  it('an archive whose rename fails at the end (-o gone wrong meanwhile) is an I/O error (74), not an internal one (70); no temporary file is left', async () => {
    const { batchCommand } = await import('../../src/batch/command.js');
    const { getKind } = await import('../../src/kinds/index.js');
    const d = mkdtempSync(join(dir, 'out-'));
    writeFileSync(join(d, 'cases.ndjson'), '{}\n');
    const err: string[] = [];
    const io = { stderr: (s: string) => void err.push(s), stderrIsTty: false, env: {} };
    const usageError = (m: string) => new Error(m) as never;
    // Past the CLI's own check (which refuses this name), straight to the batch runner.
    const run = batchCommand({ kind: getKind('rfa'), file: join(d, 'cases.ndjson'), out: join(d, 'y.zip/'), format: 'pdf', workers: '0' }, io, usageError);
    await expect(run).rejects.toMatchObject({ code: 'io-error', exitCode: 74, message: `cannot write "${join(d, 'y.zip/')}": a name in its path is a file, not a folder (ENOTDIR)` });
    expect(readdirSync(d)).toEqual(['cases.ndjson']);
  });
});
