// A standard output that fails, in the real command (bin/harbor.js handles the stream's 'error').
// `harbor render … | head -c 100`: the reader closes the pipe before the document is written.
// The command stops like any Unix filter (the status of SIGPIPE, 128 + 13) and says nothing on
// stderr, instead of an unhandled EPIPE 'error' event with a stack. `> /dev/full`: one line and
// the I/O exit code (74), not a stack and exit 1 (which says the case data is invalid).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { boundChild } from '../support/children.js';
import { closeSync, constants, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODE } from '../../src/errors.js';
import { childBound } from '../support/until.js';

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
    const status = (await boundChild(child, 'harbor render rfa (its stdout closed)')).code;
    expect(stderr).toBe('');
    expect(status).toBe(141);
  });
});

describe('a standard output that cannot be written (> /dev/full: ENOSPC)', () => {
  it('render and check print one line and exit with the I/O code, 74', () => {
    expect(EXIT_CODE['io-error']).toBe(74);
    for (const command of ['render', 'check']) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, command, 'rfa', FULL], { stdio: ['ignore', full, 'pipe'], ...childBound() });
        expect(r.stderr.toString('utf8'), command).toBe('harbor: cannot write to standard output: the disk is full (ENOSPC)\n');
        expect(r.status, command).toBe(74);
      } finally {
        closeSync(full);
      }
    }
  });
});

describe('a batch archive that cannot be written (a file-size limit: EFBIG)', () => {
  it('stops with one line and the I/O code, 74, and leaves no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-efbig-'));
    try {
      const one = new URL('../../fixtures/restitution-worksheet/full.json', import.meta.url).pathname;
      const input = join(dir, 'cases.ndjson');
      const line = JSON.stringify(JSON.parse(readFileSync(one, 'utf8')));
      writeFileSync(input, `${line}\n${line}\n${line}\n`);
      // `ulimit -f 64`: writes past 64 KiB fail with EFBIG (Node ignores SIGXFSZ); one worksheet's
      // PDF is larger, so the archive's first document already fails.
      const out = join(dir, 'filings.zip');
      const r = spawnSync('bash', ['-c', `ulimit -f 64; exec "${process.execPath}" "${BIN}" batch restitution-worksheet "${input}" -o "${out}" --workers 1`], { encoding: 'utf8', ...childBound() });
      expect(r.stderr).toBe(`harbor: cannot write "${out}": the file is larger than this system lets a file be (ulimit -f, or the file system's limit) (EFBIG)\n`);
      expect(r.status).toBe(74);
      expect(readdirSync(dir)).toEqual(['cases.ndjson']); // neither the archive nor its temporary file
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a document that cannot be written (render -o past a file-size limit: EFBIG)', () => {
  it('stops with one line and the I/O code, 74, and leaves no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-efbig-render-'));
    try {
      const out = join(dir, 'draft.pdf');
      // `ulimit -f 8`: the rfa PDF (tens of KB) fails past 8 KiB.
      const r = spawnSync('bash', ['-c', `ulimit -f 8; exec "${process.execPath}" "${BIN}" render rfa "${FULL}" -o "${out}"`], { encoding: 'utf8', ...childBound() });
      expect(r.stderr).toBe(`harbor: cannot write "${out}": the file is larger than this system lets a file be (ulimit -f, or the file system's limit) (EFBIG)\n`);
      expect(r.status).toBe(74);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an output the disk cannot take even a byte of (ulimit -f 0: the lock file beside -o fails with EFBIG)', () => {
  it('render -o, batch -o and xlsx-template -o stop with the I/O code, 74, not a usage error: the disk is at fault, not the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-efbig-create-'));
    try {
      const input = join(dir, 'cases.json');
      writeFileSync(input, `[${readFileSync(FULL, 'utf8')}]`);
      for (const [args, out] of [
        [`render rfa "${FULL}" -o`, join(dir, 'draft.pdf')],
        [`batch rfa "${input}" --workers 0 -o`, join(dir, 'filings.zip')],
        ['xlsx-template rfa -o', join(dir, 'template.xlsx')],
      ] as const) {
        const r = spawnSync('bash', ['-c', `ulimit -f 0; exec "${process.execPath}" "${BIN}" ${args} "${out}"`], { encoding: 'utf8', ...childBound() });
        expect(r.stderr, args).toBe(`harbor: cannot write "${out}": the file is larger than this system lets a file be (ulimit -f, or the file system's limit) (EFBIG)\n`);
        expect(r.status, args).toBe(74);
        expect(readdirSync(dir), args).toEqual(['cases.json']);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a case on stdin that never comes (a writer that hung: `sleep 600 | harbor render rfa - -o out.pdf`)', () => {
  it('SIGTERM and SIGINT still stop render -o while it waits: the 143 or 130 of the signal, one line, no file left (before: the signal waited on the read, then "the input is empty", exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-stdin-wait-'));
    try {
      for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
        const out = join(dir, 'draft.pdf');
        // stdin a pipe this test holds open and never writes to.
        const child = spawn(process.execPath, [BIN, 'render', 'rfa', '-', '-o', out], { stdio: ['pipe', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
        const closed = boundChild(child, 'harbor render rfa - -o (stdin never written)').then((e) => e.code);
        try {
          // The command is waiting on stdin once it has taken -o (its temporary file made beside it).
          for (let i = 0; !readdirSync(dir).some((n) => n.endsWith('.tmp')); i++) {
            if (i > 600) throw new Error('render -o never made its temporary file within 30 s');
            await new Promise((r) => setTimeout(r, 50));
          }
          child.kill(signal);
          // Bounded: the old command never ended while stdin stayed open.
          const status = await Promise.race([closed, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), 30_000))]);
          expect([status, stderr], signal).toEqual([code, `harbor: stopped (${signal}): "${out}" was not written\n`]);
          expect(readdirSync(dir), signal).toEqual([]);
        } finally {
          child.stdin.end();
          child.kill('SIGKILL');
          await closed;
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

// A case file that is a pipe with nothing in it yet: a named FIFO no writer has opened (open(2)
// waits for one), or /dev/stdin on a pipe whose writer hung (the read waits). Both were read with
// blocking openSync/readSync on the main thread, so the signal handler that removes -o's
// temporary file never ran: SIGTERM and ^C waited for a writer that might never come.
describe('a case file that is a pipe nobody writes (`mkfifo case; harbor render rfa case -o out.pdf`, or /dev/stdin)', () => {
  it('SIGTERM and SIGINT still stop render -o while it waits: 143 or 130, one line, no file left (before: the signal waited on open or read)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-fifo-wait-'));
    const pipes = mkdtempSync(join(tmpdir(), 'harbor-fifo-'));
    const fifo = join(pipes, 'case.json');
    execFileSync('mkfifo', [fifo], { ...childBound() });
    // A pipe with a writer (this test) that never writes, given to the command as its stdin:
    // O_RDWR opens a FIFO without waiting on Linux.
    execFileSync('mkfifo', [join(pipes, 'held')], { ...childBound() });
    const writer = openSync(join(pipes, 'held'), constants.O_RDWR);
    try {
      for (const [what, file, stdin, signal, code] of [
        ['a named FIFO with no writer', fifo, 'ignore', 'SIGTERM', 143],
        ['/dev/stdin on a pipe never written', '/dev/stdin', writer, 'SIGINT', 130],
      ] as const) {
        const out = join(dir, 'draft.pdf');
        const child = spawn(process.execPath, [BIN, 'render', 'rfa', file, '-o', out], { stdio: [stdin, 'ignore', 'pipe'] });
        let stderr = '';
        // A pipe, as asked (stdio[2]); typed as possibly none since stdin is a descriptor.
        child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
        const closed = boundChild(child, `harbor render rfa ${what} -o`).then((e) => e.code);
        try {
          // The output is taken (its temporary file made) just before the case file is opened.
          for (let i = 0; !readdirSync(dir).some((n) => n.endsWith('.tmp')); i++) {
            if (i > 600) throw new Error(`${what}: render -o never made its temporary file within 30 s`);
            await new Promise((r) => setTimeout(r, 50));
          }
          child.kill(signal);
          const status = await Promise.race([closed, new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), 30_000))]);
          expect([status, stderr], what).toEqual([code, `harbor: stopped (${signal}): "${out}" was not written\n`]);
          expect(readdirSync(dir), what).toEqual([]);
        } finally {
          child.kill('SIGKILL');
          // A command still blocked in open(2) of the FIFO ends only once a writer comes.
          if (child.exitCode === null && child.signalCode === null && file === fifo) closeSync(openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK));
          await closed;
        }
      }
    } finally {
      closeSync(writer);
      rmSync(dir, { recursive: true, force: true });
      rmSync(pipes, { recursive: true, force: true });
    }
  }, 90_000);

  it('a writer that comes later is read whole: the document made from what it wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-fifo-late-'));
    try {
      const fifo = join(dir, 'case.json');
      execFileSync('mkfifo', [fifo], { ...childBound() });
      const out = join(dir, 'draft.pdf');
      const child = spawn(process.execPath, [BIN, 'render', 'rfa', fifo, '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      const closed = boundChild(child, 'harbor render rfa <fifo> -o (a writer that comes later)').then((e) => e.code);
      // Written in two pieces once the command waits: the end is the writer's close, not the first piece.
      for (let i = 0; !readdirSync(dir).some((n) => n.endsWith('.tmp')); i++) {
        if (i > 600) throw new Error('render -o never made its temporary file within 30 s');
        await new Promise((r) => setTimeout(r, 50));
      }
      const text = readFileSync(FULL);
      const w = await import('node:fs/promises').then((fs) => fs.open(fifo, 'w'));
      await w.write(text.subarray(0, 100));
      await w.write(text.subarray(100));
      await w.close();
      expect([await closed, stderr]).toEqual([0, '']);
      expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

// A standard error that cannot be written (2> /dev/full) around a file -o puts in place: the exit
// code and the file agree. Said before the file is in place (a render's warnings): the I/O code,
// 74, and no file, as for any other write that fails first. After it is in place (a batch's
// per-record lines and summary, written once the archive is renamed onto -o): the archive's own
// code, since a script reading 74 would take the archive for missing (docs/batch.md, exit codes).
describe('a standard error that cannot be written (2> /dev/full) beside -o', () => {
  it('render -o with a warning: 74 and no file (the warning was due before the document)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-stderr-full-'));
    const full = openSync('/dev/full', 'w');
    try {
      const late = new URL('../../fixtures/rfa/late.json', import.meta.url).pathname; // warns rfa-past-24-hours
      const out = join(dir, 'draft.pdf');
      const r = spawnSync(process.execPath, [BIN, 'render', 'rfa', late, '-o', out], { stdio: ['ignore', 'pipe', full], ...childBound() });
      expect(r.status).toBe(74);
      expect(readdirSync(dir)).toEqual([]); // neither the document nor its temporary file
    } finally {
      closeSync(full);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('batch -o: the archive in place and its own code, 0, though the summary could not be said', () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-stderr-full-batch-'));
    const full = openSync('/dev/full', 'w');
    try {
      const one = new URL('../../fixtures/rfa/full.json', import.meta.url).pathname;
      const input = join(dir, 'cases.ndjson');
      writeFileSync(input, `${JSON.stringify(JSON.parse(readFileSync(one, 'utf8')))}\n`);
      const out = join(dir, 'filings.zip');
      const r = spawnSync(process.execPath, [BIN, 'batch', 'rfa', input, '-o', out, '--workers', '0'], { stdio: ['ignore', 'pipe', full], ...childBound() });
      expect(r.status).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(['cases.ndjson', 'filings.zip']);
      expect(readFileSync(out).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    } finally {
      closeSync(full);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
