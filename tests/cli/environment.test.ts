// The environment every command reads (src/environment.ts, docs/configuration.md): each HARBOR_*
// variable takes what its row documents and refuses anything else before any work, in one line
// naming it (exit 2), as HARBOR_API_KEYS=',' and HARBOR_ALLOW_NO_AUTH=yes are refused; never read
// as unset. A misspelt variable is refused the same way, naming the one meant.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { likelyMeant, VARIABLES } from '../../src/environment.js';
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

  it('one too far from a name to refuse but plainly meant for one the command reads (HARBOR_HOST for serve, HARBOR_LIMIT for check) is named on stderr by that command, which runs all the same', async () => {
    // Before: HARBOR_HOST=0.0.0.0 harbor serve listened on 127.0.0.1, HARBOR_KEYS=… served without
    // keys, without a word. Named only where the variable meant is read (2026-12-06): before, every
    // command named the container registry's HARBOR_HOST, `harbor kinds` and `--help` too.
    const cases: [string[], string, string][] = [
      [['check', 'rfa', rfa], 'HARBOR_LIMIT', 'HARBOR_BODY_LIMIT'], // HARBOR_RATE_LIMIT is the service's
      [['check', 'rfa', rfa], 'harbor_body', 'HARBOR_BODY_LIMIT'],
      [['batch', 'rfa', join(dir, 'meant.json'), '-o', join(dir, 'meant.zip'), '--workers', '0'], 'HARBOR_TIMEOUT', 'HARBOR_RENDER_TIMEOUT'],
    ];
    writeFileSync(join(dir, 'meant.json'), `[${readFileSync(rfa, 'utf8')}]`);
    for (const [args, name, meant] of cases) {
      const line = `harbor: warning: configuration: ${name} is not a variable Harbor reads, and is left alone; if it was meant for ${meant}, set that instead\n`;
      const r = await harbor(args, { env: { [name]: '4000', HARBOR_URL: 'https://registry.example' } });
      expect(r.status, name).toBe(0);
      // The warning, once, before what the command itself says (a batch's summary line).
      expect(r.stderr.slice(0, line.length), name).toBe(line);
      expect(r.stderr.split('configuration:').length, name).toBe(2);
      // A command that reads no such variable says nothing of it.
      const kinds = await harbor(['kinds'], { env: { [name]: '4000' } });
      expect([kinds.status, kinds.stderr], name).toEqual([0, '']);
    }
    // serve reads PORT and HOST, and the service's own: there, and only there, these are named.
    expect(likelyMeant({ HARBOR_HOST: '0.0.0.0', HARBOR_PORT: '8080', HARBOR_KEYS: 'k' }, 'serve')).toEqual([
      'configuration: HARBOR_HOST is not a variable Harbor reads, and is left alone; if it was meant for HOST, set that instead',
      'configuration: HARBOR_PORT is not a variable Harbor reads, and is left alone; if it was meant for PORT, set that instead',
      'configuration: HARBOR_KEYS is not a variable Harbor reads, and is left alone; if it was meant for HARBOR_API_KEYS, set that instead',
    ]);
    for (const command of ['check', 'render', 'batch', 'kinds', undefined]) expect(likelyMeant({ HARBOR_HOST: '0.0.0.0', HARBOR_PORT: '8080', HARBOR_KEYS: 'k' }, command), String(command)).toEqual([]);
  });

  it('a name said as other tools say it, or its word misspelt (HARBOR_THREADS, HARBOR_THREDS), is named for the variable meant by the commands that read it (before: left without a word)', () => {
    const env = { HARBOR_THREDS: '4', HARBOR_THREADS: '4', HARBOR_CONCURRENCY: '2', HARBOR_TRUSTED_PROXIES: '1', HARBOR_RENDER_TIMOUT: '9s', HARBOR_URL: 'x', HARBOR_USERNAME: 'x', HARBOR_PROJECT: 'x' };
    const line = (name: string, meant: string): string => `configuration: ${name} is not a variable Harbor reads, and is left alone; if it was meant for ${meant}, set that instead`;
    expect(likelyMeant(env, 'serve')).toEqual([
      line('HARBOR_THREDS', 'HARBOR_WORKERS'),
      line('HARBOR_THREADS', 'HARBOR_WORKERS'),
      line('HARBOR_CONCURRENCY', 'HARBOR_WORKERS'),
      line('HARBOR_TRUSTED_PROXIES', 'HARBOR_TRUST_PROXY'),
    ]);
    // harbor batch reads HARBOR_WORKERS, not the proxy list; check reads neither.
    expect(likelyMeant(env, 'batch')).toEqual([line('HARBOR_THREDS', 'HARBOR_WORKERS'), line('HARBOR_THREADS', 'HARBOR_WORKERS'), line('HARBOR_CONCURRENCY', 'HARBOR_WORKERS')]);
    expect(likelyMeant(env, 'check')).toEqual([]);
  });

  it('a container registry\'s HARBOR_* variables (HARBOR_HOST, HARBOR_ADMIN_PASSWORD …) are never named or refused by a command that does not read the name meant', async () => {
    const registry = { HARBOR_HOST: 'registry.example', HARBOR_ADMIN_PASSWORD: 'x', HARBOR_URL: 'https://registry.example', HARBOR_USERNAME: 'x', HARBOR_PASSWORD: 'x', HARBOR_PROJECT: 'x', HARBOR_INSECURE: 'true' };
    for (const args of [['check', 'rfa', rfa], ['render', 'rfa', rfa, '-o', join(dir, 'registry.pdf')], ['kinds'], ['--help'], ['--version']]) {
      const r = await harbor(args, { env: registry });
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stderr, args.join(' ')).not.toContain('configuration');
    }
    expect(() => loadConfig(registry)).not.toThrow();
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
