// The CLI as a user runs it (design §6): exit codes, stdout/stderr discipline.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('harbor CLI', () => {
  it('kinds lists every registered kind, one per line, each followed by its issue codes', () => {
    const r = runCli(['kinds']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => !l.startsWith(' ')).map((l) => l.split('\t')[0])).toEqual(KINDS.map((k) => k.id));
    const rfa = lines.slice(1, lines.findIndex((l, i) => i > 0 && !l.startsWith(' ')));
    expect(rfa).toContain('  turns-18-soon\twarning\tthe child turns 18 within 14 days');
    expect(rfa.some((l) => l.startsWith('  invalid-a-number\terror\t(common) '))).toBe(true);
  });

  it('no command, an unknown command or a wrong argument count is a usage error (exit 2, stderr)', () => {
    for (const args of [[], ['frobnicate'], ['check', 'rfa'], ['render'], ['--bogus']]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^harbor: /);
    }
  });

  it('--help prints usage on stdout with exit 0', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('harbor render <kind>');
  });

  it('an unknown kind is a usage error naming the known kinds', () => {
    const r = runCli(['check', 'no-such-kind', 'x.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown document kind "no-such-kind"');
    expect(r.stderr).toContain('rfa');
  });

  it('check on malformed JSON prints one JSON result with exit 1 and never echoes the content', () => {
    const f = join(dir, 'bad.json');
    writeFileSync(f, '{"child": "Secret Name", oops}');
    const r = runCli(['check', 'rfa', f]);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; errors: Array<{ code: string }> };
    expect(json.ok).toBe(false);
    expect(json.errors[0]!.code).toBe('malformed-input');
    expect(r.stdout + r.stderr).not.toContain('Secret Name');
  });

  it('check reads the case from stdin with "-"', () => {
    const r = runCli(['check', 'rfa', '-'], { input: 'not json' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).ok).toBe(false);
  });

  it('a case nested 50,000 levels deep is invalid data (exit 1, too-deep), not a stack overflow (70)', () => {
    const deep = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
    const r = runCli(['check', 'rfa', '-'], { input: deep });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ ok: false, errors: [{ path: '', code: 'too-deep', message: expect.stringMatching(/deeper than 64 levels/) }] });
  });

  it('a missing case file is a usage error', () => {
    const r = runCli(['render', 'rfa', join(dir, 'nope.json'), '-o', join(dir, 'x.pdf')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read the case file');
  });

  it('an unknown format is a usage error and writes nothing', () => {
    const f = join(dir, 'empty.json');
    writeFileSync(f, '{}');
    const r = runCli(['render', 'rfa', f, '--format', 'odt', '-o', join(dir, 'x.odt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown format "odt"');
    expect(readdirSync(dir).filter((n) => n.startsWith('x.'))).toEqual([]);
  });

  it('render of invalid data exits 1 with one "path: message [code]" line per problem and leaves no file', () => {
    const f = join(dir, 'invalid.json');
    writeFileSync(f, '{}');
    const out = join(dir, 'invalid.pdf');
    const r = runCli(['render', 'rfa', f, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n').every((l) => /^\S.*: .+ \[[a-z0-9-]+\]$/.test(l))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes('invalid.pdf'))).toEqual([]);
  });

  it('check-templates compiles every template and renders every fixture', () => {
    const r = runCli(['check-templates']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok: \d+ templates compiled, \d+ fixtures rendered to markup\n$/);
  });
});
