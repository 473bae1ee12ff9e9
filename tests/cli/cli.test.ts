// The CLI as a user meets it (README.md §CLI): exit codes, stdout/stderr discipline, help, refused
// output files. Run in-process through `main(argv, io)` (tests/support/cli.ts); the real command
// in a child process is tested in ./e2e.test.ts.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { HARBOR_VERSION } from '../../src/version.js';
import { windows1252 } from '../support/windows-1252.js';
import { docxText } from '../support/extract.js';
import { expectOneLineUsageError, harbor, harborUnprivileged } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FULL = new URL('../../fixtures/rfa/full.json', import.meta.url).pathname;
const COMMANDS = ['serve', 'kinds', 'example', 'check', 'render', 'csv-template', 'xlsx-template', 'batch', 'check-templates'];

/** Files in `dir` (temporary files included) whose names contain `part`. */
const written = (part: string): string[] => readdirSync(dir).filter((n) => n.includes(part));


describe('harbor CLI', () => {
  it('kinds lists every registered kind, one per line, each followed by its issue codes', async () => {
    const r = await harbor(['kinds']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => !l.startsWith(' ')).map((l) => l.split('\t')[0])).toEqual(KINDS.map((k) => k.id));
    const rfa = lines.slice(1, lines.findIndex((l, i) => i > 0 && !l.startsWith(' ')));
    expect(rfa).toContain('  turns-18-soon\twarning\tthe child turns 18 within 14 days, or is about 17 with no date of birth known (and may any day)');
    expect(rfa.some((l) => l.startsWith('  invalid-a-number\terror\t(common) '))).toBe(true);
  });

  it('no command, an unknown command or a wrong argument count is a one-line usage error (exit 2, stderr)', async () => {
    for (const args of [[], ['frobnicate'], ['check', 'rfa'], ['render'], ['--bogus'], ['kinds', 'extra']]) {
      expectOneLineUsageError(await harbor(args), /./);
    }
    expectOneLineUsageError(await harbor(['check', 'rfa']), 'usage: harbor check <kind> <case.json|->');
  });

  it('a wrong argument count says which arguments are missing or which are extra, then the synopsis', async () => {
    const cases: Array<[string[], string]> = [
      [['render'], 'harbor: "harbor render" needs <kind> <case.json|->; usage: harbor render <kind> <case.json|->'],
      [['check', 'rfa'], '"harbor check" needs <case.json|-> too; usage: harbor check <kind> <case.json|->'],
      [['batch', 'rfa', '-o', 'b.zip'], '"harbor batch" needs <cases.json|.ndjson|.csv|.xlsx> too; usage: harbor batch <kind>'],
      [['kinds', 'rfa', 'extra'], 'unexpected arguments "rfa" "extra"; usage: harbor kinds\n'],
      [['check', 'rfa', FULL, 'more.json'], 'unexpected argument "more.json"; usage: harbor check <kind> <case.json|-> [--encoding utf-8]\n'],
    ];
    for (const [args, message] of cases) expectOneLineUsageError(await harbor(args, { cwd: dir }), message);
  });

  it('a file to write given without -o is refused, showing the -o it needs; nothing is written', async () => {
    const cases: Array<[string[], string]> = [
      [['render', 'rfa', FULL, 'no-o.pdf'], 'unexpected argument "no-o.pdf" (to write to it, give -o no-o.pdf); usage: harbor render'],
      [['render', 'rfa', FULL, 'no-o.DOCX'], '(to write to it, give -o no-o.DOCX)'],
      [['xlsx-template', 'rfa', 'no-o.xlsx'], 'unexpected argument "no-o.xlsx" (to write to it, give -o no-o.xlsx); usage: harbor xlsx-template'],
      [['batch', 'rfa', FULL, 'no-o.zip'], 'unexpected argument "no-o.zip" (to write to it, give -o no-o.zip); usage: harbor batch'],
    ];
    for (const [args, message] of cases) expectOneLineUsageError(await harbor(args, { cwd: dir }), message);
    expect(written('no-o')).toEqual([]);
    // Not an output name: no such hint.
    expect((await harbor(['render', 'rfa', FULL, 'notes.txt'])).stderr).not.toContain('give -o');
  });

  it('an unknown command or kind names the one probably meant', async () => {
    const cases: Array<[string[], string]> = [
      [['rendr', 'rfa', FULL], 'unknown command "rendr"; did you mean render?'],
      [['kind'], 'unknown command "kind"; did you mean kinds?'],
      [['help', 'chek'], 'unknown command "chek"; did you mean check?'],
      [['check-template'], 'unknown command "check-template"; did you mean check-templates?'],
      [['render', 't-visa', FULL, '-o', 'kind.pdf'], 'harbor: Unknown document kind "t-visa"; known kinds: rfa, t-visa-declaration, restitution-worksheet, best-interests-memo; did you mean t-visa-declaration?\n'],
      [['check', 'RFA', FULL], 'Unknown document kind "RFA"; known kinds: '],
      [['example', 'memo'], '; did you mean best-interests-memo?\n'],
      [['csv-template', 'restitution'], '; did you mean restitution-worksheet?\n'],
      [['batch', 'rfaa', FULL.replace('.json', '.csv'), '-o', 'kind.zip'], '; did you mean rfa?\n'],
    ];
    for (const [args, message] of cases) expectOneLineUsageError(await harbor(args, { cwd: dir }), message);
    expect((await harbor(['check', 'RFA', FULL])).stderr).toContain('did you mean rfa?');
    // Nothing near: no guess.
    for (const args of [['frobnicate'], ['example', 'zz']]) expect((await harbor(args)).stderr).not.toContain('did you mean');
    // The kind is checked before the case file is read: a wrong kind is named even when the file is missing too.
    expectOneLineUsageError(await harbor(['render', 'rfaa', join(dir, 'missing.json'), '-o', 'kind.pdf'], { cwd: dir }), 'did you mean rfa?');
    expect(written('kind.')).toEqual([]);
  });

  it('--help prints the usage of every command on stdout with exit 0', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = await harbor(args);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      for (const c of COMMANDS) expect(r.stdout).toContain(`harbor ${c}`);
      expect(r.stdout).toContain('harbor --version');
    }
  });

  it('<command> --help (and help <command>) prints that command’s usage and what it does, exit 0, and runs nothing', async () => {
    for (const c of COMMANDS) {
      for (const args of [[c, '--help'], ['help', c]]) {
        const r = await harbor(args);
        expect(r.status, args.join(' ')).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).toMatch(new RegExp(`^Usage: harbor ${c}\\b`));
        expect(r.stdout).toContain('Exit codes:');
        for (const other of COMMANDS.filter((o) => o !== c && !o.startsWith(`${c}-`) && !c.startsWith(`${o}-`))) {
          expect(r.stdout, `${c} help mentions ${other}`).not.toContain(`harbor ${other} `);
        }
      }
    }
    // Help wins over missing arguments: `harbor render --help` needs no case file.
    expect((await harbor(['render', '--help'])).stdout).toContain('-o out.pdf|out.docx');
    expectOneLineUsageError(await harbor(['help', 'frobnicate']), 'unknown command "frobnicate"');
    // One topic: a second is refused, not ignored.
    expectOneLineUsageError(await harbor(['help', 'render', 'batch']), 'unexpected argument "batch": "harbor help" takes one command at most');
  });

  it('--help says under each synopsis what the command is for; a synopsis’s second line follows its first', async () => {
    const lines = (await harbor(['--help'])).stdout.split('\n');
    for (const c of COMMANDS) {
      const at = lines.findIndex((l) => l.startsWith(`  harbor ${c} `) || l === `  harbor ${c}`);
      const next = lines.slice(at + 1).find((l) => !/^ {3,}\[/.test(l))!; // past a synopsis's second line
      expect(next, c).toMatch(/^ {6}[a-z]\S* \S+/);
    }
    // `harbor batch`'s options continue under <kind>, in both helps.
    for (const help of [lines, (await harbor(['batch', '--help'])).stdout.split('\n')]) {
      const first = help.findIndex((l) => l.includes('harbor batch <kind>'));
      expect(help[first + 1]!.indexOf('[--workers'), help.slice(first, first + 2).join('\n')).toBe(help[first]!.indexOf('<kind>'));
    }
  });

  it('each help lists the exit codes that command can end with: 3 for a batch only, 1 where there is data to be wrong', async () => {
    const codes = async (args: string[]): Promise<string> => /^Exit codes: .*$/m.exec((await harbor(args)).stdout)![0];
    expect(await codes(['--help'])).toBe(
      'Exit codes: 0 ok, 1 invalid case data, 2 usage error, 3 some records of a batch not rendered, 70 internal error, 74 the output cannot be written.',
    );
    for (const c of COMMANDS) {
      const line = await codes([c, '--help']);
      expect(line.includes(' 3 '), c).toBe(c === 'batch');
      expect(line.includes(' 1 '), c).toBe(['check', 'render', 'batch'].includes(c));
      expect(line, c).toMatch(/ 2 usage error, .*70 internal error, 74 the output cannot be written\.$/);
    }
  });

  it('--version prints "harbor <version>" with exit 0', async () => {
    const r = await harbor(['--version']);
    expect(r).toMatchObject({ status: 0, stderr: '', stdout: `harbor ${HARBOR_VERSION}\n` });
    expect(HARBOR_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('an unknown kind is a one-line usage error naming the known kinds, with the harbor: prefix of every usage error', async () => {
    const r = await harbor(['check', 'no-such-kind', 'x.json']);
    expectOneLineUsageError(r, 'harbor: Unknown document kind "no-such-kind"');
    expect(r.stderr).toContain('rfa');
  });

  it('check on malformed JSON prints one JSON result with exit 1 and never echoes the content', async () => {
    const f = join(dir, 'bad.json');
    writeFileSync(f, '{"child": "Secret Name", oops}');
    const r = await harbor(['check', 'rfa', f]);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; errors: Array<{ code: string }> };
    expect(json.ok).toBe(false);
    expect(json.errors[0]!.code).toBe('malformed-input');
    expect(r.stdout + r.stderr).not.toContain('Secret Name');
  });

  it('check reads the case from stdin with "-"', async () => {
    const r = await harbor(['check', 'rfa', '-'], { input: 'not json' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).ok).toBe(false);
    const ok = await harbor(['check', 'rfa', '-'], { input: readFileSync(FULL) });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).ok).toBe(true);
  });

  it('"-" with a terminal on stdin is refused at once (a one-line usage error), instead of waiting for typing', async () => {
    for (const args of [['check', 'rfa', '-'], ['render', 'rfa', '-', '-o', join(dir, 'tty.pdf')]]) {
      expectOneLineUsageError(await harbor(args, { stdinIsTty: true }), 'nothing is piped to -; give a file, or pipe the case in');
    }
    expect(written('tty.pdf')).toEqual([]);
  });

  it('empty input (</dev/null, an empty file) says it is empty, not that it is not valid JSON (exit 1)', async () => {
    for (const input of ['', ' \n', '\uFEFF']) {
      const r = await harbor(['check', 'rfa', '-'], { input });
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout)).toEqual({ ok: false, errors: [{ path: '', code: 'malformed-input', message: 'the input is empty' }] });
    }
    const rendered = await harbor(['render', 'rfa', '-', '-o', join(dir, 'empty-in.pdf')], { input: '' });
    expect(rendered).toMatchObject({ status: 1, stdout: '', stderr: '(case): the input is empty [malformed-input]\n' });
    const file = join(dir, 'zero-bytes.json');
    writeFileSync(file, '');
    expect(JSON.parse((await harbor(['check', 'rfa', file])).stdout).errors[0].message).toBe('the case file is empty');
    expect(written('empty-in.pdf')).toEqual([]);
  });

  it('file names are relative to the working folder', async () => {
    const r = await harbor(['check', 'rfa', 'fixtures/rfa/full.json'], { cwd: new URL('../..', import.meta.url).pathname });
    expect(r.status).toBe(0);
    expect((await harbor(['check', 'rfa', 'fixtures/rfa/full.json'], { cwd: dir })).stderr).toContain('cannot read the case file "fixtures/rfa/full.json": it does not exist');
  });

  it('a case nested 50,000 levels deep is invalid data (exit 1, too-deep), not a stack overflow (70)', async () => {
    const deep = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
    const r = await harbor(['check', 'rfa', '-'], { input: deep });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ ok: false, errors: [{ path: '', code: 'too-deep', message: expect.stringMatching(/deeper than 64 levels/) }] });
  });

  it('a case file that cannot be read is a one-line usage error saying why and nothing else: missing, a folder, permission denied', async () => {
    // Exactly the reason: the command line was right, so no "(usage: harbor --help)" pointer.
    const exactly = (r: { status: number; stdout: string; stderr: string }, what: string): void => {
      expectOneLineUsageError(r, what);
      expect(r.stderr).toBe(`harbor: ${what}\n`);
    };
    const missing = join(dir, 'nope.json');
    exactly(await harbor(['render', 'rfa', missing, '-o', join(dir, 'x.pdf')]), `cannot read the case file "${missing}": it does not exist`);
    mkdirSync(join(dir, 'case-folder.json'));
    exactly(await harbor(['check', 'rfa', join(dir, 'case-folder.json')]), `cannot read the case file "${join(dir, 'case-folder.json')}": it is a folder`);
    exactly(await harbor(['render', 'rfa', FULL, '-o', join(dir, 'no-folder', 'x.pdf')]), `cannot write "${join(dir, 'no-folder', 'x.pdf')}": the folder "${join(dir, 'no-folder')}" does not exist`);
    // Its folder open to others (a child process as `nobody` when root), the file to no one.
    chmodSync(dir, 0o711);
    const secret = join(dir, 'mode-000.json');
    writeFileSync(secret, readFileSync(FULL));
    chmodSync(secret, 0);
    exactly(await harborUnprivileged(['check', 'rfa', secret]), `cannot read the case file "${secret}": permission denied`);
  });

  it('a case file that is not UTF-8 (saved as Windows-1252) is refused once by check and render, naming the file, line, byte offset and --encoding; nothing written', async () => {
    const full = readFileSync(FULL, 'utf8');
    expect(full).toContain('"givenName": "Ximena Belén"');
    expect(full).toContain('’'); // Windows-1252's 0x92: the byte Node's one-call decoder got wrong
    const f = join(dir, 'cp1252.json');
    const bytes = windows1252(full);
    writeFileSync(f, bytes);
    const firstBad = bytes.findIndex((b) => b >= 0x80);
    const line = bytes.subarray(0, firstBad).toString('latin1').split('\n').length;
    const message =
      `the case file "${f}" is not UTF-8 text: line ${line} (byte offset ${firstBad.toLocaleString('en-US')}) has a byte that is not UTF-8, as in a file saved in another encoding ` +
      '(a letter such as é or ñ saved as Windows-1252, as Windows programs save "ANSI" text); save the file as UTF-8, or give its encoding: --encoding windows-1252';
    const c = await harbor(['check', 'rfa', f]);
    expect(c.status).toBe(1);
    expect(JSON.parse(c.stdout)).toEqual({ ok: false, errors: [{ path: '', code: 'malformed-input', message }] });
    const out = join(dir, 'cp1252.pdf');
    const r = await harbor(['render', 'rfa', f, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`(case): ${message} [malformed-input]\n`);
    expect(written('cp1252.pdf')).toEqual([]);
    const stdin = await harbor(['check', 'rfa', '-'], { input: bytes });
    expect(JSON.parse(stdin.stdout).errors[0].message).toMatch(/^the case on stdin is not UTF-8 text: line \d+ \(byte offset [\d,]+\) .* --encoding windows-1252$/);
  });

  it('--encoding reads a case file saved in another encoding (its ’ and é kept); a byte-order mark, or UTF-16 without one, needs none', async () => {
    const full = readFileSync(FULL, 'utf8');
    const f = join(dir, 'ansi.json');
    writeFileSync(f, windows1252(full));
    const c = await harbor(['check', 'rfa', f, '--encoding', 'windows-1252']);
    expect([c.status, JSON.parse(c.stdout).ok]).toEqual([0, true]);
    const out = join(dir, 'ansi.docx');
    expect((await harbor(['render', 'rfa', f, '--encoding=cp1252', '-o', out])).status).toBe(0);
    const text = docxText(readFileSync(out));
    expect(text).toContain('Ximena Belén');
    expect(text).toContain('Children’s');
    // Notepad's "Unicode" (UTF-16LE with a mark), big-endian with a mark, and UTF-16 whose mark was lost.
    const variants: [string, Buffer][] = [
      ['utf16le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(full, 'utf16le')])],
      ['utf16be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(full, 'utf16le').swap16()])],
      ['utf16le', Buffer.from(full, 'utf16le')],
      ['utf16be', Buffer.from(full, 'utf16le').swap16()],
      ['utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(full)])],
    ];
    for (const [name, b] of variants) {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, b);
      const r = await harbor(['check', 'rfa', file]);
      expect([r.status, JSON.parse(r.stdout).ok], name).toEqual([0, true]);
    }
    // A label Harbor does not read is the command line's mistake: exit 2, before the file is read.
    expectOneLineUsageError(await harbor(['check', 'rfa', join(dir, 'not-there.json'), '--encoding', 'klingon']), /^harbor: --encoding "klingon" is not an encoding Harbor reads; give one of: utf-8, /);
  });

  it('a case file that gives a field twice is refused at its path by check (JSON) and render (stderr, exit 1, nothing written)', async () => {
    const text = readFileSync(FULL, 'utf8').replace('"givenName": "Ximena Belén"', '"givenName": "Repeated", "givenName": "Ximena Belén"');
    expect(text).toContain('"Repeated"');
    const c = await harbor(['check', 'rfa', '-'], { input: text });
    expect(c.status).toBe(1);
    expect(JSON.parse(c.stdout)).toEqual({ ok: false, errors: [{ path: 'child.givenName', code: 'duplicate-key', message: expect.stringMatching(/given twice/) }] });
    const out = join(dir, 'dup.pdf');
    const r = await harbor(['render', 'rfa', '-', '-o', out], { input: text });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^child\.givenName: is given twice .*\[duplicate-key\]\n$/);
    expect(written('dup.pdf')).toEqual([]);
  });

  it('check refuses a field Harbor does not know (JSON "aNumbr"), naming it and the field meant', async () => {
    const full = JSON.parse(readFileSync(FULL, 'utf8'));
    full.child.aNumbr = full.child.aNumber;
    delete full.child.aNumber;
    const r = await harbor(['check', 'rfa', '-'], { input: JSON.stringify(full) });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      errors: [{ path: 'child.aNumbr', code: 'unrecognized-keys', message: 'is not a field Harbor knows here, so its value would be lost; did you mean aNumber?' }],
    });
  });

  it('a case of another kind is refused with one line first naming its kind and the command meant (check and render)', async () => {
    const declaration = new URL('../../fixtures/t-visa-declaration/minimal.json', import.meta.url).pathname;
    const out = join(dir, 'other-kind.pdf');
    const r = await harbor(['render', 'rfa', declaration, '-o', out]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('harbor: this case has the fields of kind t-visa-declaration, not of rfa; did you mean "harbor render t-visa-declaration …"?');
    expect(lines.length).toBeGreaterThan(5); // then every field's error, as before
    expect(lines.slice(1).every((l) => /^\S+: .+ \[[a-z-]+\]$/.test(l))).toBe(true);
    expect(written('other-kind')).toEqual([]);
    const c = await harbor(['check', 'best-interests-memo', FULL]);
    expect(c.status).toBe(1);
    expect(JSON.parse(c.stdout).ok).toBe(false); // stdout is still the one JSON result
    expect(c.stderr).toBe('harbor: this case has the fields of kind rfa, not of best-interests-memo; did you mean "harbor check rfa …"?\n');
  });

  it('a batch given to check or render (a JSON list of cases, a CSV) is refused after one line naming harbor batch', async () => {
    const list = join(dir, 'list.json');
    writeFileSync(list, `[${readFileSync(FULL, 'utf8')}, ${readFileSync(FULL, 'utf8')}]`);
    const csv = join(dir, 'cases.csv');
    writeFileSync(csv, (await harbor(['csv-template', 'rfa'])).stdout);
    const r = await harbor(['render', 'rfa', 'list.json', '-o', 'list.pdf'], { cwd: dir });
    expect(r).toMatchObject({ status: 1, stdout: '' });
    expect(r.stderr.split('\n')[0]).toBe('harbor: "list.json" is a list of 2 cases (a batch), not one case; did you mean "harbor batch rfa list.json -o out.zip"?');
    const c = await harbor(['check', 'rfa', 'cases.csv'], { cwd: dir });
    expect(c.status).toBe(1);
    expect(JSON.parse(c.stdout).errors[0].code).toBe('malformed-input');
    expect(c.stderr).toBe('harbor: "cases.csv" is a batch file, not one case; did you mean "harbor batch rfa cases.csv -o out.zip"?\n');
    const stdin = await harbor(['check', 'rfa', '-'], { input: readFileSync(list) });
    expect(stdin.stderr).toBe('harbor: the input is a list of 2 cases (a batch), not one case; did you mean "harbor batch rfa <cases.json> -o out.zip"?\n');
    expect(written('list.pdf')).toEqual([]);
    // Broken JSON in a .json file is no batch: its own error only.
    writeFileSync(join(dir, 'broken-case.json'), '{"child": ');
    expect((await harbor(['check', 'rfa', 'broken-case.json'], { cwd: dir })).stderr).toBe('');
  });

  it('no such line for a case of its own kind with a field misspelt, or one that fits no kind', async () => {
    const full = JSON.parse(readFileSync(FULL, 'utf8'));
    full.discoverdAt = full.discoveredAt;
    delete full.discoveredAt;
    for (const input of [JSON.stringify(full), '{"child": {}, "nickname": "x"}', '[]']) {
      const r = await harbor(['check', 'rfa', '-'], { input });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('');
    }
  });

  it('an unknown format is a usage error and writes nothing', async () => {
    const f = join(dir, 'empty.json');
    writeFileSync(f, '{}');
    const r = await harbor(['render', 'rfa', f, '--format', 'odt', '-o', join(dir, 'x.odt')]);
    expectOneLineUsageError(r, 'harbor: Unknown format "odt"');
    expect(written('x.')).toEqual([]);
  });

  it('render of invalid data exits 1 with one "path: message [code]" line per problem and leaves no file', async () => {
    const f = join(dir, 'invalid.json');
    writeFileSync(f, '{}');
    const out = join(dir, 'invalid.pdf');
    const r = await harbor(['render', 'rfa', f, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n').every((l) => /^\S.*: .+ \[[a-z0-9-]+\]$/.test(l))).toBe(true);
    expect(written('invalid.pdf')).toEqual([]);
  });

  it('check-templates compiles every template and renders every fixture', async () => {
    const r = await harbor(['check-templates']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok: \d+ templates compiled, \d+ fixtures rendered to markup\n$/);
  });
});

describe('harbor options: each command takes its own', () => {
  /** Every option some command takes, spelled as the help spells it, with a value. */
  const EVERY_OPTION: Record<string, string> = { '--port': '3000', '--host': '127.0.0.1', '--format': 'pdf', '-o': 'x.out', '--workers': '1', '--render-timeout': '30s', '--encoding': 'utf-8' };
  /** A `harbor serve` that ran despite a refused option fails at once instead of listening for good. */
  const NEVER_SERVE = { env: { PORT: 'not-a-port' } };

  it('an option a command does not take is a one-line usage error naming both, and runs nothing', async () => {
    const cases: Array<[string[], string]> = [
      [['example', 'rfa', '-o', 'ex.json'], '"harbor example" takes no option -o/--output (it takes no options)'],
      [['csv-template', 'rfa', '-o', 't.csv'], '"harbor csv-template" takes no option -o/--output (it takes no options)'],
      [['check', 'rfa', FULL, '-o', 'out.pdf'], '"harbor check" takes no option -o/--output (it takes --encoding)'],
      [['kinds', '-o', 'k.txt'], 'harbor: "harbor kinds" takes no option -o/--output (it takes no options)\n'],
      [['check', 'rfa', FULL, '--format', 'docx'], '"harbor check" takes no option -f/--format'],
      [['render', 'rfa', FULL, '--workers', '3'], '"harbor render" takes no option --workers (it takes -f/--format, -o/--output, --encoding)'],
      [['serve', '--format', 'pdf'], '"harbor serve" takes no option -f/--format (it takes -p/--port, --host)'],
      [['help', 'render', '-o', 'x'], '"harbor help" takes no option -o/--output'],
    ];
    for (const [args, message] of cases) expectOneLineUsageError(await harbor(args, { cwd: dir, ...NEVER_SERVE }), message);
    for (const f of ['ex.json', 't.csv', 'out.pdf', 'k.txt']) expect(existsSync(join(dir, f)), f).toBe(false);
  });

  it('each command takes exactly the options its --help shows', async () => {
    for (const c of COMMANDS) {
      const synopsis = (await harbor([c, '--help'])).stdout.split('\n\n')[0]!;
      const shown = [...synopsis.matchAll(/(?<=[\s[])--?[a-z][a-z-]*/g)].map((m) => m[0]);
      for (const option of shown) expect(Object.keys(EVERY_OPTION), `${c} shows ${option}`).toContain(option);
      for (const [option, value] of Object.entries(EVERY_OPTION).filter(([o]) => !shown.includes(o))) {
        expectOneLineUsageError(await harbor([c, option, value], NEVER_SERVE), `"harbor ${c}" takes no option`);
      }
    }
  });

  it('--help and --version still win with any command, whatever else is on the line', async () => {
    for (const c of COMMANDS) {
      expect(await harbor([c, '--version'])).toMatchObject({ status: 0, stdout: `harbor ${HARBOR_VERSION}\n` });
      expect((await harbor([c, '-o', 'x', '--bogus', '-h'], NEVER_SERVE)).stdout).toMatch(new RegExp(`^Usage: harbor ${c}\\b`));
    }
  });

  it('an unknown option is Harbor’s own one line: the option, the one probably meant, and what the command takes', async () => {
    const render = '(it takes -f/--format, -o/--output, --encoding)';
    const cases: Array<[string[], string]> = [
      [['render', 'rfa', FULL, '--fromat', 'pdf'], `harbor: unknown option --fromat for "harbor render"; did you mean --format? ${render}\n`],
      [['render', 'rfa', FULL, '--out', 'x.pdf'], `unknown option --out for "harbor render"; did you mean --output? ${render}`],
      [['render', 'rfa', FULL, '-O', 'x.pdf'], `unknown option -O for "harbor render"; did you mean -o? ${render}`],
      [['render', 'rfa', FULL, '--bogus'], `unknown option --bogus for "harbor render" ${render}`],
      [['batch', 'rfa', FULL, '-o', 'b.zip', '--worker', '2'], 'unknown option --worker for "harbor batch"; did you mean --workers? (it takes -o/--output, -f/--format, --workers, --render-timeout, --encoding)'],
      [['kinds', '--hlep'], 'unknown option --hlep for "harbor kinds"; did you mean --help? (it takes no options)'],
      [['--verison'], 'unknown option --verison for "harbor"; did you mean --version?'],
      [['--fromat', 'pdf', 'render', 'rfa', FULL], 'unknown option --fromat for "harbor"'],
    ];
    for (const [args, message] of cases) {
      const r = await harbor(args, { cwd: dir });
      expectOneLineUsageError(r, message);
      expect(r.stderr).not.toMatch(/Unknown option '|'--'|ambiguous/); // none of parseArgs' own words
    }
  });

  it('an option given twice is a one-line usage error naming it and both values, never the last one taken silently', async () => {
    const cases: Array<[string[], string]> = [
      [['render', 'rfa', FULL, '--format', 'pdf', '--format', 'docx', '-o', 'twice.docx'], 'harbor: -f/--format is given twice ("pdf", then "docx"); give it once'],
      [['render', 'rfa', FULL, '-f', 'docx', '--format=docx', '-o', 'same.docx'], '-f/--format is given twice ("docx", then "docx")'],
      [['render', 'rfa', FULL, '-o', 'first.pdf', '--output', 'second.pdf'], '-o/--output is given twice ("first.pdf", then "second.pdf")'],
      [['batch', 'rfa', FULL, '-o', 'b1.zip', '--workers', '1', '--workers', '2'], '--workers is given twice ("1", then "2")'],
      [['serve', '--port', '3001', '-p', '3002'], '-p/--port is given twice ("3001", then "3002")'],
    ];
    for (const [args, message] of cases) expectOneLineUsageError(await harbor(args, { cwd: dir, ...NEVER_SERVE }), message);
    for (const f of ['twice.docx', 'same.docx', 'first.pdf', 'second.pdf', 'b1.zip']) expect(written(f), f).toEqual([]);
  });

  it('an option without its value says so; a negative number is a value, refused by its own rule', async () => {
    expectOneLineUsageError(await harbor(['render', 'rfa', FULL, '-o']), 'harbor: -o/--output needs a value');
    expectOneLineUsageError(await harbor(['render', 'rfa', FULL, '-o', '--format', 'pdf']), '-o/--output needs a value, and "--format" is an option');
    const r = await harbor(['batch', 'rfa', FULL, '-o', join(dir, 'neg.zip'), '--workers', '-1']);
    expectOneLineUsageError(r, /^harbor: --workers \(HARBOR_WORKERS\) must be a whole number from 0 to \d+/);
    expect(r.stderr).not.toContain('ambiguous');
    expect(written('neg.zip')).toEqual([]);
  });
});

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
