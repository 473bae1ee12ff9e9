// The CLI reading a case (README.md §CLI): check's one JSON result, stdin, empty and unreadable
// files, encodings, duplicate and unknown fields, a case of another kind or a batch given as one
// case, render's refusals. Run in-process through `main(argv, io)` (tests/support/cli.ts).
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { windows1252 } from '../support/windows-1252.js';
import { docxText } from '../support/extract.js';
import { expectOneLineUsageError, harbor, harborUnprivileged } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FULL = new URL('../../fixtures/rfa/full.json', import.meta.url).pathname;

/** Files in `dir` (temporary files included) whose names contain `part`. */
const written = (part: string): string[] => readdirSync(dir).filter((n) => n.includes(part));

describe('harbor CLI: reading a case', () => {
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

  it('a case cut short (a pipe whose writer died, a copy that stopped) is said to end before its JSON is complete, on stdin and in a file, and nothing is written', async () => {
    const text = readFileSync(FULL, 'utf8');
    for (const cut of [100, 1, text.indexOf('"', 40) + 3, text.trimEnd().length - 1]) {
      const r = await harbor(['render', 'rfa', '-', '-o', join(dir, 'cut.pdf')], { input: text.slice(0, cut) });
      expect([r.status, r.stderr], String(cut)).toEqual([1, `(case): not valid JSON: it ends (after ${cut.toLocaleString('en-US')} characters) before the JSON is complete, as text cut short does [malformed-input]\n`]);
    }
    const file = join(dir, 'cut.json');
    writeFileSync(file, text.slice(0, 100));
    const checked = JSON.parse((await harbor(['check', 'rfa', file])).stdout) as { errors: Array<{ message: string }> };
    expect(checked.errors[0]!.message).toBe('not valid JSON: it ends (after 100 characters) before the JSON is complete, as text cut short does');
    // Broken inside, not at its end: where, as before.
    expect((await harbor(['render', 'rfa', '-', '-o', join(dir, 'cut.pdf')], { input: '{"a" 1}' })).stderr).toBe('(case): not valid JSON (at character 5) [malformed-input]\n');
    expect(written('cut.pdf')).toEqual([]);
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
    exactly(await harbor(['render', 'rfa', missing, '-o', join(dir, 'x.pdf')]), `cannot read the case file "${missing}": it does not exist (ENOENT)`);
    mkdirSync(join(dir, 'case-folder.json'));
    exactly(await harbor(['check', 'rfa', join(dir, 'case-folder.json')]), `cannot read the case file "${join(dir, 'case-folder.json')}": it is a folder (EISDIR)`);
    exactly(await harbor(['render', 'rfa', FULL, '-o', join(dir, 'no-folder', 'x.pdf')]), `cannot write "${join(dir, 'no-folder', 'x.pdf')}": the folder "${join(dir, 'no-folder')}" does not exist`);
    // Its folder open to others (a child process as `nobody` when root), the file to no one.
    chmodSync(dir, 0o711);
    const secret = join(dir, 'mode-000.json');
    writeFileSync(secret, readFileSync(FULL));
    chmodSync(secret, 0);
    exactly(await harborUnprivileged(['check', 'rfa', secret]), `cannot read the case file "${secret}": permission denied (EACCES)`);
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

  it('a case file with a number past what a number keeps, or out of its range, is refused at the field by check and render (inexact-number, nothing written)', async () => {
    const text = readFileSync(new URL('../../fixtures/restitution-worksheet/full.json', import.meta.url), 'utf8').replace(/"hours": 9\.5\b/, '"hours": 1e400');
    expect(text).toContain('1e400');
    const c = await harbor(['check', 'restitution-worksheet', '-'], { input: text });
    expect(c.status).toBe(1);
    expect(JSON.parse(c.stdout)).toEqual({ ok: false, errors: [{ path: expect.stringMatching(/\.hours$/), code: 'inexact-number', message: expect.stringMatching(/too large to be read as a number/) }] });
    const out = join(dir, 'inexact.pdf');
    const r = await harbor(['render', 'restitution-worksheet', '-', '-o', out], { input: text.replace('1e400', '11.999999999999999999') });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^laborPeriods\.\d+\.days\.\d+\.hours: has more significant digits .*\[inexact-number\]\n$/);
    expect(written('inexact.pdf')).toEqual([]);
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
    expectOneLineUsageError(r, 'harbor: -f/--format "odt" is not a format "harbor render" writes; give one of: pdf, docx (usage: harbor --help)');
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

