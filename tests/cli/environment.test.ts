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

describe('HARBOR_DEBUG', () => {
  it('takes 1 or 0 (empty is unset); yes, true or " 1" is refused by every command, naming it, before any work', async () => {
    for (const value of ['1', '0', '', ' ']) expect((await harbor(['kinds'], { env: { HARBOR_DEBUG: value } })).status, value).toBe(0);
    const rule = 'HARBOR_DEBUG must be 1 or 0 (1: an internal error’s stack on stderr)';
    for (const value of ['yes', 'true', 'on', ' 1', '2']) {
      expectRefused(await harbor(['kinds'], { env: { HARBOR_DEBUG: value } }), rule);
      const out = join(dir, 'debug.pdf');
      expectRefused(await harbor(['render', 'rfa', rfa, '-o', out], { env: { HARBOR_DEBUG: value } }), rule);
      expect(existsSync(out)).toBe(false);
    }
    expectRefused(await harbor(['serve', '--port', '0'], { env: { HARBOR_DEBUG: 'yes' } }), rule);
    // --help and --version never need the environment.
    expect((await harbor(['--version'], { env: { HARBOR_DEBUG: 'yes' } })).status).toBe(0);
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
  it('is refused naming the variable meant, by every command and by the service; another program’s HARBOR_* is left alone', async () => {
    const cases: [string, string][] = [
      ['HARBOR_WORKER', 'HARBOR_WORKERS'],
      ['HARBOR_API_KEY', 'HARBOR_API_KEYS'],
      ['harbor_rate_limit', 'HARBOR_RATE_LIMIT'],
      ['HARBOR_BODYLIMIT', 'HARBOR_BODY_LIMIT'],
      ['HARBOR_RENDER_TIMOUT', 'HARBOR_RENDER_TIMEOUT'],
    ];
    for (const [name, meant] of cases) {
      const line = `${name} is not a variable Harbor reads; did you mean ${meant}? (rename it, or unset it)`;
      expectRefused(await harbor(['kinds'], { env: { [name]: '2' } }), line);
      expect(() => loadConfig({ [name]: 'abcdefghijklmnopqrstuvwxyz' })).toThrow(`configuration: ${line}`);
    }
    expect((await harbor(['kinds'], { env: { HARBOR_URL: 'https://registry.example', HARBOR_PROJECT: 'x' } })).status).toBe(0);
    expect(() => loadConfig({ HARBOR_URL: 'https://registry.example' })).not.toThrow();
  });

  it('every variable the code reads is in the list the names are checked against (a new one never refused as a misspelling)', () => {
    const read = (file: string) => readFileSync(file, 'utf8');
    const code = ['src/http/config.ts', 'src/cli/report.ts', 'src/batch/command.ts', 'src/cli/handlers.ts', 'src/limits.ts', 'src/workers/settings.ts'].map(read).join('\n');
    const named = new Set([...code.matchAll(/\b(?:env\.|env\[')?(HARBOR_[A-Z_]+)\b/g)].map((m) => m[1]!));
    for (const v of named) expect(VARIABLES, v).toContain(v);
    const doc = read('docs/configuration.md');
    for (const v of VARIABLES) expect(doc, v).toContain(`\`${v}`);
  });
});
