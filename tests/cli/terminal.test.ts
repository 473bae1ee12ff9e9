// What the CLI echoes of what it was given (file names, kinds, option names and values, command
// names, a CSV header's columns, a case's field names) never reaches the terminal as a control
// character: each is shown as an escape (src/terminal.ts). Before: `harbor check rfa
// $'nope\e[2J.json'` cleared the screen, and a U+202E in a name reversed the rest of the line.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportFailure } from '../../src/cli/report.js';
import { forTerminal, jsonForTerminal, terminalLine } from '../../src/terminal.js';
import { harbor } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-terminal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Anything a terminal acts on or reorders, but the line ends themselves. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** Each one given, and the escape it is shown as. */
const HOSTILE: Array<[string, string]> = [
  ['\u001b[2J', '\\e[2J'],
  ['\r', '\\r'],
  ['\u202e', '\\u202e'],
];

/** stderr as lines, each checked free of control characters. */
function safeLines(stderr: string): string[] {
  const lines = stderr.split('\n').slice(0, -1);
  for (const l of lines) expect(l, JSON.stringify(l)).not.toMatch(RAW_CONTROL);
  return lines;
}

describe('forTerminal', () => {
  it('shows C0, DEL, C1 and bidirectional controls as escapes; every other character as it is', () => {
    expect(forTerminal('a\u001b[2Jb\rc\nd\te\u0007f\u007fg\u009bh\u202ei\u2066j\u2069k\u200fl\u2028m')).toBe(
      'a\\e[2Jb\\rc\\nd\\te\\x07f\\x7fg\\x9bh\\u202ei\\u2066j\\u2069k\\u200fl\\u2028m',
    );
    expect(forTerminal('Belén Müller, 王芳, Ирина, \\path\\x')).toBe('Belén Müller, 王芳, Ирина, \\path\\x');
    expect(terminalLine('one\ntwo\n')).toBe('one\\ntwo\n');
  });

  it('jsonForTerminal escapes what JSON.stringify leaves raw (DEL, C1, bidi) and keeps the value', () => {
    const value = { 'a\u009b\u202e': 'x\u007f\u2066y\u001b' };
    const json = jsonForTerminal(JSON.stringify(value));
    expect(json).not.toMatch(RAW_CONTROL);
    expect(json).toBe('{"a\\u009b\\u202e":"x\\u007f\\u2066y\\u001b"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('a bug’s line, and its stack under HARBOR_DEBUG=1', () => {
  it('shows the name and each stack line with its controls as escapes, one line each', () => {
    const err: string[] = [];
    const bug = Object.assign(new Error('m'), { name: 'Bad\u001b[2J', stack: 'Bad\u001b[2J: m\u202e\n    at f (x.ts:1:1)' });
    const io = { stdout: () => {}, stderr: (s: string) => void err.push(s), stdin: () => Buffer.alloc(0), stdoutIsTty: false, stderrIsTty: true, env: { HARBOR_DEBUG: '1' } };
    expect(reportFailure(bug, io)).toBe(70);
    expect(err).toEqual(['harbor: internal error (Bad\\e[2J); set HARBOR_DEBUG=1 for the stack\n', 'Bad\\e[2J: m\\u202e\n', '    at f (x.ts:1:1)\n']);
  });
});

describe('what the CLI echoes is shown as escapes (ESC, CR, U+202E)', () => {
  for (const [raw, shown] of HOSTILE) {
    const label = JSON.stringify(raw);
    it(`${label} in a file name, a kind, a command, an option and its value`, async () => {
      const cases: Array<[string[], string]> = [
        [['check', 'rfa', `nope${raw}.json`], `harbor: cannot read the case file "nope${shown}.json": it does not exist (ENOENT)`],
        [['render', `rf${raw}a`, 'x.json'], `Unknown document kind "rf${shown}a"`],
        [[`rendr${raw}`], `harbor: unknown command "rendr${shown}"`],
        [['render', 'rfa', 'x.json', `--fo${raw}rmat`, 'pdf'], `unknown option --fo${shown}rmat for "harbor render"`],
        [['render', 'rfa', 'x.json', '--format', `p${raw}df`], `p${shown}df`],
        // A file name may not hold one (tests/cli/output-names.test.ts): the refusal shows it escaped.
        [['render', 'rfa', 'x.json', '-o', `x${raw}.txt`], `-o "x${shown}.txt": a file name may not hold a control or text-direction character`],
        [['batch', 'rfa', 'x.json', '-o', 'x.zip', '--workers', `2${raw}`], '--workers (HARBOR_WORKERS) must be a whole number'],
        [['help', `ren${raw}der`], `unknown command "ren${shown}der"`],
      ];
      for (const [args, message] of cases) {
        const r = await harbor(args, { cwd: dir });
        expect(r.status, args.join(' ')).toBe(2);
        const lines = safeLines(r.stderr);
        expect(lines, JSON.stringify(r.stderr)).toHaveLength(1);
        expect(lines[0]).toContain(message);
      }
    });

    it(`${label} in a CSV header's column, a case's field name, a batch record's field and -o of a batch`, async () => {
      // A column of the header (quoted: a CR is a line end in CSV otherwise): the batch file is refused naming it.
      writeFileSync(join(dir, 'cols.csv'), `child.givenName,"child.x${raw}y"\r\nA,B\r\n`);
      const cols = await harbor(['batch', 'rfa', 'cols.csv', '-o', 'cols.zip', '--workers', '0'], { cwd: dir });
      expect(cols.status).toBe(1);
      expect(safeLines(cols.stderr)[0]).toContain(`cols.csv: child.x${shown}y: column B of the header names no field Harbor knows`);

      // A field of the case Harbor does not know: render's lines, check's JSON (C0 is escaped by JSON).
      const minimal = JSON.parse(readFileSync('fixtures/rfa/minimal.json', 'utf8'));
      writeFileSync(join(dir, 'key.json'), JSON.stringify({ ...minimal, [`k${raw}`]: 1 }));
      const render = await harbor(['render', 'rfa', 'key.json', '-o', 'key.pdf'], { cwd: dir });
      expect(render.status).toBe(1);
      expect(safeLines(render.stderr).some((l) => l.startsWith(`k${shown}: `)), render.stderr).toBe(true);
      const check = await harbor(['check', 'rfa', 'key.json'], { cwd: dir });
      expect(check.stdout).not.toMatch(RAW_CONTROL);
      expect(JSON.parse(check.stdout).errors.map((e: { path: string }) => e.path)).toContain(`k${raw}`);

      // One record's error lines and the summary line naming the archive.
      writeFileSync(join(dir, 'rec.ndjson'), `${JSON.stringify({ ...minimal, [`k${raw}`]: 1 })}\n`);
      const batch = await harbor(['batch', 'rfa', 'rec.ndjson', '-o', 'rec.zip', '--workers', '0'], { cwd: dir });
      expect(batch.status, batch.stderr).toBe(4); // its one record invalid: an archive without a document
      const lines = safeLines(batch.stderr);
      expect(lines.some((l) => l.startsWith(`line 1: k${shown}: `)), batch.stderr).toBe(true);
      expect(lines.at(-1)).toContain('rec.zip');
      // -o in a folder of that name: refused, as in the file's own name (tests/cli/output-names.test.ts), the path shown escaped.
      mkdirSync(join(dir, `rec${raw}`), { recursive: true });
      const refused = await harbor(['batch', 'rfa', 'rec.ndjson', '-o', `rec${raw}/out.zip`, '--workers', '0'], { cwd: dir });
      expect(refused.status).toBe(2);
      expect(safeLines(refused.stderr)[0]).toContain(`-o "rec${shown}/out.zip": a folder's name in the path may not hold`);
    });

    it(`${label} in the name of a batch given to check: the line naming harbor batch`, async () => {
      const name = `list${raw}.json`;
      writeFileSync(join(dir, name), '[{}, {}]');
      const r = await harbor(['check', 'rfa', name], { cwd: dir });
      expect(r.status).toBe(1);
      expect(safeLines(r.stderr)).toEqual([`harbor: "list${shown}.json" is a list of 2 cases (a batch), not one case; did you mean "harbor batch rfa list${shown}.json -o out.zip"?`]);
    });
  }
});
