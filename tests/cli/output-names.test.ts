// The names `-o` takes (README.md §CLI, src/cli/files.ts checkOutputName and checkLookAlike;
// src/batch/outfile.ts for the files made beside it): a file name as long as the file system takes
// (255 bytes) is written; a longer one, a path over 4,095 bytes, a control or text-direction
// character in the name, or a name another file in the folder has in another Unicode form (NFC, NFD)
// is refused before the case is read, in one line naming -o and the rule, exit 2, nothing written.
// In-process (tests/support/cli.ts).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cannotWrite } from '../../src/errors.js';
import { expectOneLineUsageError, harbor } from '../support/cli.js';

const root = mkdtempSync(join(tmpdir(), 'harbor-names-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const MINIMAL = new URL('../../fixtures/rfa/minimal.json', import.meta.url).pathname;
/** A case file that does not exist: a refusal of -o must come before the case is read. */
const NO_CASE = join(root, 'no-such-case.json');

let folders = 0;
/** A new empty folder for one check. */
const folder = (): string => {
  const f = join(root, `f${++folders}`);
  mkdirSync(f);
  return f;
};

describe('-o: long names', () => {
  it('a file name of 255 bytes, the most the file system takes, is written by render and batch, and nothing is left beside it', async () => {
    // 243 to 255 bytes were refused ENAMETOOLONG once the document was made: the lock beside the
    // target, `.<name>.harbor-lock`, was 13 bytes longer than the name.
    const ndjson = join(root, 'one.ndjson');
    writeFileSync(ndjson, readFileSync(MINIMAL, 'utf8').replace(/\n/g, ' ') + '\n');
    for (const [name, args] of [
      [`${'a'.repeat(251)}.pdf`, ['render', 'rfa', MINIMAL]],
      [`${'é'.repeat(125)}.pdf`, ['render', 'rfa', MINIMAL]], // 254 bytes: the lock's name is cut between characters
      [`${'b'.repeat(251)}.zip`, ['batch', 'rfa', ndjson, '--workers', '0']],
    ] as const) {
      const f = folder();
      const r = await harbor([...args, '-o', join(f, name)]);
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(f)).toEqual([name]);
    }
  });

  it('a longer file name, or a path over 4,095 bytes, is refused before the case is read: one line naming -o and the rule', async () => {
    const f = folder();
    for (const [name, bytes] of [
      [`${'a'.repeat(296)}.pdf`, '300'],
      [`${'é'.repeat(126)}.pdf`, '256'],
    ]) {
      const r = await harbor(['render', 'rfa', NO_CASE, '-o', join(f, name!)]);
      expectOneLineUsageError(r, new RegExp(`^harbor: -o ".{60}…": the file name is ${bytes} bytes long \\(UTF-8\\); a file name may be at most 255 bytes`));
    }
    const deep = join(f, 'd/'.repeat(2100), 'x.pdf');
    expectOneLineUsageError(await harbor(['render', 'rfa', NO_CASE, '-o', deep]), /: the path is 4,\d{3} bytes long \(UTF-8, from \/\); a path may be at most 4,095 bytes/);
    // Within 30 bytes of the limit: the temporary file beside it would pass it. Rendered, then
    // refused ENAMETOOLONG with the whole 4 KB path echoed, before.
    const near = `${f}/${'d'.repeat(200)}`.repeat(1).concat('/e'.repeat(1900));
    const within = join(near, 'x'.repeat(4085 - Buffer.byteLength(near) - 5) + '.pdf');
    expect(Buffer.byteLength(within)).toBe(4085);
    expectOneLineUsageError(
      await harbor(['render', 'rfa', NO_CASE, '-o', within]),
      /^harbor: -o ".{60}…": the path is 4,085 bytes long \(UTF-8, from \/\), and the temporary file written beside it while it is made 4,115; a path may be at most 4,095 bytes/,
    );
    expectOneLineUsageError(await harbor(['batch', 'rfa', NO_CASE, '-o', join(f, `${'z'.repeat(300)}.zip`)]), 'a file name may be at most 255 bytes');
    expect(readdirSync(f)).toEqual([]);
  });
});

describe('-o: characters a name may not hold', () => {
  it('a line break, a tab, an escape or a text-direction override in the file name is refused, shown escaped, and nothing is written', async () => {
    const f = folder();
    for (const [name, shown, at] of [
      ['a\nb.pdf', '\\n', 2],
      ['tab\there.pdf', '\\t', 4],
      ['esc\u001b[2J.pdf', '\\e', 4],
      // Shows as "draftexe.pdf"-like text in a listing: the override reverses what follows it.
      ['draft\u202efdp.pdf', '\\u202e', 6],
    ] as const) {
      const r = await harbor(['render', 'rfa', NO_CASE, '-o', join(f, name)]);
      expectOneLineUsageError(r, `a file name may not hold a control or text-direction character (${shown}, character ${at} of the name)`);
    }
    expectOneLineUsageError(await harbor(['batch', 'rfa', NO_CASE, '-o', join(f, 'x\ny.zip')]), 'a file name may not hold a control or text-direction character');
    expect(readdirSync(f)).toEqual([]);
  });

  it('so is one in a folder\'s name of the path, whether the folder exists or not: only the file name was checked', async () => {
    const f = folder();
    mkdirSync(join(f, 'cases\u202efdp'));
    for (const [path, shown, at, name] of [
      [join(f, 'cases\u202efdp', 'draft.pdf'), '\\u202e', 6, 'cases\\u202efdp'],
      [join(f, 'new\nline', 'draft.pdf'), '\\n', 4, 'new\\nline'],
      ['rel\tdir/draft.pdf', '\\t', 4, 'rel\\tdir'],
    ] as const) {
      const r = await harbor(['render', 'rfa', NO_CASE, '-o', path]);
      expectOneLineUsageError(r, `a folder's name in the path may not hold a control or text-direction character (${shown}, character ${at} of the folder "${name}")`);
    }
    expectOneLineUsageError(await harbor(['batch', 'rfa', NO_CASE, '-o', join(f, 'a\u001bb', 'x.zip')]), "a folder's name in the path may not hold");
    expect(readdirSync(join(f, 'cases\u202efdp'))).toEqual([]);
  });

  it('a name another file in the folder has in another Unicode form (NFC, NFD) is refused, that file untouched; the same spelling replaces it', async () => {
    const f = folder();
    const nfc = 'Bel\u00e9n.pdf';
    const nfd = 'Bele\u0301n.pdf';
    for (const [there, given] of [
      [nfc, nfd],
      [nfd, nfc],
    ]) {
      rmSync(f, { recursive: true });
      mkdirSync(f);
      writeFileSync(join(f, there!), 'an older draft');
      const r = await harbor(['render', 'rfa', NO_CASE, '-o', join(f, given!)]);
      expectOneLineUsageError(r, /the same name with its letters encoded otherwise \(Unicode NFC and NFD\)/);
      expect(readdirSync(f)).toEqual([there]);
      expect(readFileSync(join(f, there!), 'utf8')).toBe('an older draft');
      const again = await harbor(['render', 'rfa', MINIMAL, '-o', join(f, there!)]);
      expect(again.status, again.stderr).toBe(0);
      expect(readdirSync(f)).toEqual([there]);
      expect(readFileSync(join(f, there!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });
});

describe('-o: the file is taken before the work', () => {
  it('its lock and temporary file are made before the case is read: another harbor writing it is named first, and nothing is left', async () => {
    // What only the file system can refuse (a name longer than it takes: eCryptfs's 143 bytes) is
    // met when these are made; it was met at the end, once the document had been made.
    const f = folder();
    const out = join(f, 'draft.pdf');
    // A live process other than this one (the test runner's parent) holds the lock.
    writeFileSync(join(f, '.draft.pdf.harbor-lock'), String(process.ppid));
    const r = await harbor(['render', 'rfa', NO_CASE, '-o', out]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toBe(`harbor: cannot write "${out}": another harbor (pid ${process.ppid}) is writing it now; wait for it to end, or give another -o\n`);
    expect(readdirSync(f)).toEqual(['.draft.pdf.harbor-lock']);
    // Taken, then the case cannot be read: the temporary file and lock are removed.
    rmSync(join(f, '.draft.pdf.harbor-lock'));
    const unread = await harbor(['render', 'rfa', NO_CASE, '-o', out]);
    expect(unread.status).toBe(2);
    expect(unread.stderr).toContain('no-such-case.json');
    expect(readdirSync(f)).toEqual([]);
  });

  it('ENAMETOOLONG from the file system is one line naming -o and the rule, the name cut, exit 2', () => {
    const e = cannotWrite(`/srv/cases/${'ñ'.repeat(130)}.pdf`, Object.assign(new Error('x'), { code: 'ENAMETOOLONG' }), false);
    expect(e.code).toBe('usage');
    expect(e.message).toMatch(/^-o "\/srv\/cases\/ñ{49}…": the file system of its folder refuses a name this long \(ENAMETOOLONG\)/);
    expect(e.message).toContain('give a shorter name');
  });
});
