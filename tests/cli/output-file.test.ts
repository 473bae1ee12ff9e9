// The CLI's output files (README.md §CLI): render's -o and stdout, batch's and xlsx-template's -o,
// refused before anything is read or written. Run in-process through `main(argv, io)`
// (tests/support/cli.ts).
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLineUsageError, harbor, harborUnprivileged } from '../support/cli.js';
import { PROCESS_TEST_MS } from '../support/until.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FULL = new URL('../../fixtures/rfa/full.json', import.meta.url).pathname;

/** Files in `dir` (temporary files included) whose names contain `part`. */
const written = (part: string): string[] => readdirSync(dir).filter((n) => n.includes(part));

describe('harbor render: the output file', () => {
  it('takes its format from -o’s name: a .docx file gets a DOCX, a .pdf file a PDF', async () => {
    for (const [name, magic] of [['named.docx', 'PK'], ['NAMED.PDF', '%PDF-']] as const) {
      const r = await harbor(['render', 'rfa', FULL, '-o', join(dir, name)]);
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(dir, name)).subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
  });

  it('-o x.docx --format pdf (and the reverse) is refused: one line naming both, exit 2, nothing written', async () => {
    for (const [name, format] of [['mixed.docx', 'pdf'], ['mixed.pdf', 'docx']]) {
      const r = await harbor(['render', 'rfa', FULL, '-o', join(dir, name!), '--format', format!]);
      expectOneLineUsageError(r, new RegExp(`is a \\.${name!.split('.')[1]} file but --format is ${format}`));
    }
    expect(written('mixed')).toEqual([]);
    // Agreeing names and formats are fine.
    expect((await harbor(['render', 'rfa', FULL, '-o', join(dir, 'agree.docx'), '--format', 'docx'])).status).toBe(0);
  });

  it('-o with any other name (x.txt, no extension) is refused: one line, exit 2, nothing written', async () => {
    for (const name of ['x.txt', 'noext', 'x.pdf.txt']) {
      for (const format of [[], ['--format', 'pdf']]) {
        const r = await harbor(['render', 'rfa', FULL, '-o', join(dir, name), ...format]);
        expectOneLineUsageError(r, 'the output file must be named .pdf or .docx');
      }
    }
    expect(written('x.')).toEqual([]);
    expect(written('noext')).toEqual([]);
  });

  it('-o in a folder that does not exist, or naming a folder, is one line, exit 2, and nothing is rendered', async () => {
    expectOneLineUsageError(await harbor(['render', 'rfa', FULL, '-o', join(dir, 'missing-folder', 'r.pdf')]), /the folder ".*missing-folder" does not exist/);
    mkdirSync(join(dir, 'a-folder.pdf'));
    expectOneLineUsageError(await harbor(['render', 'rfa', FULL, '-o', join(dir, 'a-folder.pdf')]), 'it is a folder');
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
  });

  it('-o naming a file that exists replaces it with the new document (a document is made again from its case)', async () => {
    const out = join(dir, 'again.pdf');
    writeFileSync(out, 'an older draft');
    expect((await harbor(['render', 'rfa', FULL, '-o', out])).status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('-o replaces a symbolic link there with the document, never writing through it to the file it points at', async () => {
    const target = join(dir, 'pointed-at.txt');
    writeFileSync(target, 'not a document');
    const out = join(dir, 'link.pdf');
    symlinkSync(target, out);
    expect((await harbor(['render', 'rfa', FULL, '-o', out])).status).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(false);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(target, 'utf8')).toBe('not a document');
  });

  it('a lock left beside -o with this process’s own pid is stale, not "another harbor (pid …)": a harbor killed in a container, where it is PID 1 run after run', async () => {
    // Before: refused, exit 2, naming its own pid as the writer, on every run until removed by hand.
    for (const [out, args] of [
      [join(dir, 'own-pid.pdf'), ['render', 'rfa', FULL]],
      [join(dir, 'own-pid.zip'), ['batch', 'rfa', join(dir, 'own-pid.ndjson'), '--workers', '0']],
    ] as const) {
      writeFileSync(join(dir, 'own-pid.ndjson'), readFileSync(FULL, 'utf8').replace(/\n/g, ' ') + '\n');
      const lock = join(dir, `.${out.split('/').at(-1)}.harbor-lock`);
      writeFileSync(lock, String(process.pid));
      const r = await harbor([...args, '-o', out]);
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(out)).toBe(true);
      expect(existsSync(lock)).toBe(false);
    }
  });

  it('-o - writes to stdout; no -o on a terminal is refused', async () => {
    const r = await harbor(['render', 'rfa', FULL, '-o', '-', '--format', 'docx']);
    expect(r.status).toBe(0);
    expect(r.stdoutBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expectOneLineUsageError(await harbor(['render', 'rfa', FULL], { stdoutIsTty: true }), 'refusing to write a document to a terminal');
  });
});

describe('harbor batch: the output file', () => {
  it('-o missing-folder/b.zip is one line on stderr and exit 2, before any record is read', async () => {
    const r = await harbor(['batch', 'rfa', FULL.replace('full.json', 'minimal.json'), '-o', 'missing-folder/b.zip'], { cwd: dir });
    expectOneLineUsageError(r, 'cannot write "missing-folder/b.zip": the folder "missing-folder" does not exist');
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
  });

  it('-o must name a .zip file', async () => {
    const input = join(dir, 'cases.json');
    writeFileSync(input, '[]');
    expectOneLineUsageError(await harbor(['batch', 'rfa', input, '-o', join(dir, 'b.pdf')]), 'a batch is written to a .zip file');
    expect(written('b.pdf')).toEqual([]);
  });
});

describe('harbor xlsx-template: the output file', () => {
  it('-o naming a file that exists is refused (exit 2, one line), the workbook there untouched: cases may have been typed into it', async () => {
    const filled = join(dir, 'filled.xlsx');
    writeFileSync(filled, 'a workbook with cases typed in');
    expectOneLineUsageError(await harbor(['xlsx-template', 'rfa', '-o', filled]), `"${filled}" exists: a template never replaces a workbook (cases may have been typed into it); remove it or give another -o`);
    expect(readFileSync(filled, 'utf8')).toBe('a workbook with cases typed in');
    expect(written('filled')).toEqual(['filled.xlsx']);
    // A new name is written.
    expect((await harbor(['xlsx-template', 'rfa', '-o', join(dir, 'fresh.xlsx')])).status).toBe(0);
    expect(readFileSync(join(dir, 'fresh.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('an output file its owner made read-only', () => {
  it('is refused by render and batch, one line, exit 2, the file kept (before: replaced without a word, since the rename replaces what the folder allows)', async () => {
    // The folder is writable by all, so only the file's own mode protects it; run as `nobody`
    // when the tests run as root, who may write any file (harborUnprivileged).
    const folder = join(dir, 'kept');
    mkdirSync(folder);
    chmodSync(dir, 0o755);
    chmodSync(folder, 0o777);
    for (const [args, name] of [[['render', 'rfa', FULL], 'filed.pdf'], [['batch', 'rfa', join(folder, 'cases.csv')], 'filed.zip']] as const) {
      const out = join(folder, name);
      writeFileSync(out, 'the filed copy');
      chmodSync(out, 0o444);
      const r = await harborUnprivileged([...args, '-o', out]);
      expectOneLineUsageError(r, `cannot write "${out}": the file there is read-only; make it writable (chmod u+w) to replace it, or give another name`);
      expect(readFileSync(out, 'utf8')).toBe('the filed copy');
    }
  }, PROCESS_TEST_MS);
});
