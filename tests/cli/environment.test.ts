// The environment every command reads (src/environment.ts, docs/configuration.md): each HARBOR_*
// variable takes what its row documents and refuses anything else before any work, in one line
// naming it (exit 2), as HARBOR_API_KEYS=',' and HARBOR_ALLOW_NO_AUTH=yes are refused; never read
// as unset. A misspelt variable is refused the same way, naming the one meant.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VARIABLES } from '../../src/environment.js';
import { loadConfig } from '../../src/http/config.js';
import { harbor } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rfa = join(dir, 'rfa.json');
writeFileSync(rfa, readFileSync('fixtures/rfa/minimal.json'));

/** The one line and exit 2 of a refused start, and nothing written to stdout. */
function expectRefused(r: { status: number; stdout: string; stderr: string }, line: string): void {
  expect(r.stderr).toBe(`harbor: configuration: ${line}\n`);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
}

/** A command that reads no configuration: it runs (exit 0, its output whole), the problem a warning line on stderr. */
function expectWarned(r: { status: number; stdout: string; stderr: string }, line: string): void {
  expect(r.stderr).toBe(`harbor: warning: configuration: ${line}\n`);
  expect(r.status).toBe(0);
  expect(r.stdout).not.toBe('');
}

describe('HARBOR_DEBUG', () => {
  it('takes 1 or 0 (empty is unset); yes, true or " 1" is refused, naming it, before any work, by every command the configuration changes', async () => {
    for (const value of ['1', '0', '', ' ']) expect((await harbor(['kinds'], { env: { HARBOR_DEBUG: value } })).status, value).toBe(0);
    const rule = 'HARBOR_DEBUG must be 1 or 0 (1: an internal error’s stack on stderr)';
    for (const value of ['yes', 'true', 'on', ' 1', '2']) {
      expectWarned(await harbor(['kinds'], { env: { HARBOR_DEBUG: value } }), rule);
      expectRefused(await harbor(['check', 'rfa', rfa], { env: { HARBOR_DEBUG: value } }), rule);
      const out = join(dir, 'debug.pdf');
      expectRefused(await harbor(['render', 'rfa', rfa, '-o', out], { env: { HARBOR_DEBUG: value } }), rule);
      expect(existsSync(out)).toBe(false);
    }
    expectRefused(await harbor(['serve', '--port', '0'], { env: { HARBOR_DEBUG: 'yes' } }), rule);
    // --help and --version never fail for the environment, but say what is wrong with it.
    expectWarned(await harbor(['--version'], { env: { HARBOR_DEBUG: 'yes' } }), rule);
  });
});

describe('HARBOR_TEMPLATES', () => {
  it('a folder that is missing or a file is refused by render, batch and check-templates as by serve, never the shipped templates used without a word', async () => {
    const file = join(dir, 'not-a-folder.hbs');
    writeFileSync(file, '');
    for (const path of [join(dir, 'no-such-folder'), file]) {
      const line = `HARBOR_TEMPLATES: "${path}" is not a folder`;
      const env = { HARBOR_TEMPLATES: path };
      const pdf = join(dir, 't.pdf');
      expectRefused(await harbor(['render', 'rfa', rfa, '-o', pdf], { env }), line);
      expect(existsSync(pdf)).toBe(false);
      const zip = join(dir, 't.zip');
      writeFileSync(join(dir, 'cases.json'), `[${readFileSync(rfa, 'utf8')}]`);
      expectRefused(await harbor(['batch', 'rfa', join(dir, 'cases.json'), '-o', zip, '--workers', '0'], { env }), line);
      expect(existsSync(zip)).toBe(false);
      expectRefused(await harbor(['check-templates'], { env }), line);
      expect(() => loadConfig(env)).toThrow(`configuration: ${line}`);
    }
    // Empty, or only spaces, is unset: the shipped templates.
    expect((await harbor(['render', 'rfa', rfa, '-o', join(dir, 'blank.pdf')], { env: { HARBOR_TEMPLATES: ' ' } })).status).toBe(0);
  });
});

describe('a misspelt variable', () => {
  it('is refused naming the variable meant, by every command the configuration changes and by the service; another program’s HARBOR_* is left alone', async () => {
    const cases: [string, string][] = [
      ['HARBOR_WORKER', 'HARBOR_WORKERS'],
      ['HARBOR_API_KEY', 'HARBOR_API_KEYS'],
      ['harbor_rate_limit', 'HARBOR_RATE_LIMIT'],
      ['HARBOR_BODYLIMIT', 'HARBOR_BODY_LIMIT'],
      ['HARBOR_RENDER_TIMOUT', 'HARBOR_RENDER_TIMEOUT'],
    ];
    for (const [name, meant] of cases) {
      const line = `${name} is not a variable Harbor reads; did you mean ${meant}? (rename it, or unset it)`;
      expectRefused(await harbor(['check', 'rfa', rfa], { env: { [name]: '2' } }), line);
      expect(() => loadConfig({ [name]: 'abcdefghijklmnopqrstuvwxyz' })).toThrow(`configuration: ${line}`);
    }
    expect((await harbor(['kinds'], { env: { HARBOR_URL: 'https://registry.example', HARBOR_PROJECT: 'x' } })).status).toBe(0);
    expect(() => loadConfig({ HARBOR_URL: 'https://registry.example' })).not.toThrow();
  });

  it('never stops help, --version or a command that prints what Harbor ships, but each names it on stderr; every other command refuses it', async () => {
    // Before: `harbor kinds` and `harbor example rfa` refused to run (exit 2), and --help ran
    // without a word about it.
    const env = { HARBOR_WORKER: '2', HARBOR_API_KEY: 'k' };
    const lines = [
      'harbor: warning: configuration: HARBOR_WORKER is not a variable Harbor reads; did you mean HARBOR_WORKERS? (rename it, or unset it)',
      'harbor: warning: configuration: HARBOR_API_KEY is not a variable Harbor reads; did you mean HARBOR_API_KEYS? (rename it, or unset it)',
    ].sort();
    const xlsx = join(dir, 'template.xlsx');
    for (const args of [['--help'], ['help'], ['help', 'render'], ['render', '--help'], ['--version'], ['kinds'], ['example', 'rfa'], ['csv-template', 'rfa'], ['xlsx-template', 'rfa', '-o', xlsx]]) {
      const r = await harbor(args, { env });
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stderr.split('\n').filter(Boolean).sort(), args.join(' ')).toEqual(lines);
      // stdout is the command's output alone, fit to be piped on.
      expect(r.stdout, args.join(' ')).not.toContain('harbor: warning');
    }
    expect(existsSync(xlsx)).toBe(true);
    const refused = 'HARBOR_WORKER is not a variable Harbor reads; did you mean HARBOR_WORKERS? (rename it, or unset it)';
    const out = join(dir, 'typo.pdf');
    expectRefused(await harbor(['render', 'rfa', rfa, '-o', out], { env }), refused);
    expect(existsSync(out)).toBe(false);
    expectRefused(await harbor(['check-templates'], { env }), refused);
    expectRefused(await harbor(['serve', '--port', '0'], { env }), refused);
  });

  it('one too far from a name to refuse but plainly meant for it (HARBOR_PORT, HARBOR_HOST, HARBOR_KEYS) is named on stderr by every command, which runs all the same', async () => {
    // Before: HARBOR_HOST=0.0.0.0 harbor serve listened on 127.0.0.1, HARBOR_KEYS=… served without
    // keys, without a word. Another program's (the Harbor registry's HARBOR_URL) is still left alone.
    const cases: [string, string][] = [
      ['HARBOR_PORT', 'PORT'],
      ['HARBOR_HOST', 'HOST'],
      ['harbor_port', 'PORT'],
      ['HARBOR_KEYS', 'HARBOR_API_KEYS'],
      ['HARBOR_TIMEOUT', 'HARBOR_RENDER_TIMEOUT or HARBOR_HEALTHCHECK_TIMEOUT'],
    ];
    for (const [name, meant] of cases) {
      const line = `harbor: warning: configuration: ${name} is not a variable Harbor reads, and is left alone; if it was meant for ${meant}, set that instead\n`;
      const checked = await harbor(['check', 'rfa', rfa], { env: { [name]: '4000', HARBOR_URL: 'https://registry.example' } });
      expect(checked.status, name).toBe(0);
      expect(checked.stderr, name).toBe(line);
      const kinds = await harbor(['kinds'], { env: { [name]: '4000' } });
      expect(kinds.status, name).toBe(0);
      expect(kinds.stderr, name).toBe(line);
    }
    expect((await harbor(['kinds'], { env: { HARBOR_URL: 'x', HARBOR_USERNAME: 'x', HARBOR_PASSWORD: 'x', HARBOR_PROJECT: 'x' } })).stderr).toBe('');
  });

  it('a command line that is wrong is told alone, before the environment is looked at, whichever way it is wrong (before: `harbor help nope` warned first)', async () => {
    const env = { HARBOR_WORKER: '2' };
    for (const args of [['help', 'nope'], ['help', 'render', 'extra'], ['nope'], [], ['kinds', '--nope'], ['render', '--fromat', 'pdf']]) {
      const r = await harbor(args, { env });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toContain('HARBOR_WORKER');
      expect(r.stdout, args.join(' ')).toBe('');
    }
  });

  it('every variable the code reads is in the list the names are checked against (a new one never refused as a misspelling)', () => {
    const read = (file: string) => readFileSync(file, 'utf8');
    const code = ['src/http/config.ts', 'src/cli/report.ts', 'src/batch/command.ts', 'src/cli/handlers.ts', 'src/limits.ts', 'src/workers/settings.ts', 'bin/healthcheck.js'].map(read).join('\n');
    const named = new Set([...code.matchAll(/\b(?:env\.|env\[')?(HARBOR_[A-Z_]+)\b/g)].map((m) => m[1]!));
    for (const v of named) expect(VARIABLES, v).toContain(v);
    const doc = read('docs/configuration.md');
    for (const v of VARIABLES) expect(doc, v).toContain(`\`${v}`);
  });
});
