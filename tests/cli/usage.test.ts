// The CLI as a user meets it (README.md §CLI), its commands and options: usage errors, help,
// --version, each command's own options. Run in-process through `main(argv, io)`
// (tests/support/cli.ts); the real command in a child process is tested in ./e2e.test.ts.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { HARBOR_VERSION } from '../../src/version.js';
import { expectOneLineUsageError, harbor } from '../support/cli.js';

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
    expect(rfa).toContain('  turns-18-soon\twarning\tthe child turns 18 within 14 days, or is about 17 (or an age range’s top is 17) with no date of birth known (and may any day)');
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

  it('each help lists the exit codes that command can end with: 3, 4 and 5 for a batch only, 1 where there is data to be wrong, 74 where there is a file to write, 130/143 for serve', async () => {
    const codes = async (args: string[]): Promise<string> => /^Exit codes: .*$/m.exec((await harbor(args)).stdout)![0];
    expect(await codes(['--help'])).toBe(
      'Exit codes: 0 ok, 1 invalid case data, 2 usage error, 3 some records of a batch not rendered, documents for others, ' +
        '4 a batch archive with no document, every record invalid, 5 a batch archive with no document, Harbor failed on a record, ' +
        '70 internal error, 74 the output cannot be written.',
    );
    for (const c of COMMANDS) {
      const line = await codes([c, '--help']);
      for (const batchOnly of [' 3 ', ' 4 ', ' 5 ']) expect(line.includes(batchOnly), c).toBe(c === 'batch');
      expect(line.includes(' 1 '), c).toBe(['check', 'render', 'batch'].includes(c));
      // serve writes no file; a second signal while it stops is its own end (130, 143).
      expect(line, c).toMatch(c === 'serve' ? / 2 usage error, 70 internal error, 129, 130 or 143 a second SIGHUP, \^C or SIGTERM while it stops\.$/ : / 2 usage error, .*70 internal error, 74 the output cannot be written\.$/);
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

  it('a bad value of any option is one line naming the option and pointing at the usage (before: --format "xml" was quoted with neither, and an empty --host read "refusing to listen on  without API keys")', async () => {
    const cases: Array<[string[], string]> = [
      [['render', 'rfa', FULL, '--format', 'xml'], '-f/--format "xml" is not a format "harbor render" writes; give one of: pdf, docx'],
      [['render', 'rfa', FULL, '-f', 'pfd', '-o', 'f.pdf'], '-f/--format "pfd" is not a format "harbor render" writes; give one of: pdf, docx; did you mean pdf?'],
      [['batch', 'rfa', FULL, '-o', 'f.zip', '--format', 'zip'], '-f/--format "zip" is not a format "harbor batch" writes; give one of: pdf, docx, both'],
      [['render', 'rfa', FULL, '-o', ''], '-o needs the name of a file to write'],
      [['batch', 'rfa', FULL, '-o', 'f.zip', '--workers', 'x'], '--workers (HARBOR_WORKERS) must be a whole number'],
      [['batch', 'rfa', FULL, '-o', 'f.zip', '--render-timeout', '1h'], '--render-timeout (HARBOR_RENDER_TIMEOUT) must be a time'],
      [['check', 'rfa', FULL, '--encoding', 'utf-9'], '--encoding "utf-9" is not an encoding Harbor reads'],
      [['serve', '--port', 'x'], '-p/--port must be a whole number'],
      [['serve', '--host='], '--host needs an address to listen on, like 127.0.0.1, and "" is none'],
    ];
    for (const [args, message] of cases) {
      const r = await harbor(args, { cwd: dir, ...NEVER_SERVE });
      expectOneLineUsageError(r, `harbor: ${message}`);
      expect(r.stderr, args.join(' ')).toMatch(/ \(usage: harbor --help\)\n$/);
    }
    expect(written('f.pdf')).toEqual([]);
    expect(written('f.zip')).toEqual([]);
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

  it('a long option with one dash is a one-line usage error naming the option meant, never a short option with a value glued on; nothing written', async () => {
    const cases: Array<[string[], string]> = [
      // Was -o "utput" and an extra argument; -output.pdf wrote a file named "utput.pdf".
      [['render', 'rfa', FULL, '-output', 'one.pdf'], 'harbor: "-output" has one dash: a long option takes two (--output)'],
      [['render', 'rfa', FULL, '-output.pdf'], '"-output.pdf" has one dash: a long option takes two (--output)'],
      [['render', 'rfa', FULL, '-format=docx', '-o', 'two.docx'], '"-format=docx" has one dash: a long option takes two (--format)'],
      [['batch', 'rfa', FULL, '-o', 'b2.zip', '-workers=2'], '"-workers=2" has one dash: a long option takes two (--workers)'],
      [['check', 'rfa', FULL, '-encoding', 'utf-8'], '"-encoding" has one dash: a long option takes two (--encoding)'],
      [['serve', '-port', '3001'], '"-port" has one dash: a long option takes two (--port)'],
    ];
    for (const [args, message] of cases) expectOneLineUsageError(await harbor(args, { cwd: dir, ...NEVER_SERVE }), message);
    for (const f of ['one.pdf', 'utput.pdf', 'two.docx', 'b2.zip']) expect(written(f), f).toEqual([]);
    // A short option's value glued on is still read: -ox.pdf writes x.pdf.
    const r = await harbor(['render', 'rfa', FULL, `-o${join(dir, 'glued.pdf')}`]);
    expect(r.status).toBe(0);
    expect(written('glued.pdf')).toEqual(['glued.pdf']);
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

