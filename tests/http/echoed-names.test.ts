// What a client sent, echoed in an error (an unknown CSV column above all, and any kind, field or
// query parameter), is shown one way over HTTP and in the CLI: control and text-direction
// characters as the escapes the CLI prints (`\e[31m`, `\u202e`, src/terminal.ts forTerminal), a
// formula-looking name in quotes inside the sentence, and a name over 96 characters cut with "…"
// (src/batch/dotpaths.ts shownHeader). Until 2026-12-06 the problem's detail and path carried the
// header raw (ESC and U+202E in the JSON, a 300 KB name twice), where the CLI escaped them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forTerminal } from '../../src/terminal.js';
import { harbor } from '../support/cli.js';
import { strFromU8, unzipSync } from 'fflate';
import { binary, harness } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-echoed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Characters a terminal acts on or that reorder text: none may reach a client raw. */
const RAW = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

const LONG = `child.${'x'.repeat(300_000)}`;
const HEADER = ['child.givenName', '=HYPERLINK("http://example.invalid")', 'bad\u001b[31mred', '\u202eevil.txt', 'child.given\u0007Name', LONG];

describe('names a client sent, echoed in an error', () => {
  const { agent } = harness();

  it('an unknown CSV column: the same escaped, quoted, bounded text in the problem as on the CLI\'s stderr', async () => {
    const csv = `${HEADER.map((h) => `"${h.replace(/"/g, '""')}"`).join(',')}\nAna,1,2,3,4,5\n`;
    const res = await agent.post('/v1/batches/rfa').set('Content-Type', 'text/csv').send(csv);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('malformed-input');
    // Nothing raw on the wire (JSON's own \u001b escape is no ESC in the text), none in the words.
    expect(res.text).not.toMatch(RAW);
    expect(res.body.detail).not.toMatch(RAW);
    for (const e of res.body.errors) expect(e.message).not.toMatch(RAW);
    expect(res.text.length).toBeLessThan(4_000);
    expect(res.body.detail).toMatch(/^CSV header: columns "/);
    for (const shown of ['"bad\\e[31mred"', '"\\u202eevil.txt"', '"child.given\\x07Name"', '"=HYPERLINK("http://example.invalid")"']) expect(res.body.detail).toContain(shown);
    // Each path is the column's name as given (the data), a long one cut, one a spreadsheet would
    // run as a formula with an apostrophe before it (src/errors.ts spreadsheetSafe).
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([`'${HEADER[1]}`, ...HEADER.slice(2, 5), `child.${'x'.repeat(90)}…`]);

    // The CLI, on the same file: one line per column, each the problem's issue as the CLI words it.
    const file = join(dir, 'cases.csv');
    writeFileSync(file, csv);
    const cli = await harbor(['batch', 'rfa', file, '-o', join(dir, 'out.zip')]);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toBe(res.body.errors.map((e: { path: string; message: string; code: string }) => `${file}: ${forTerminal(e.path)}: ${e.message} [${e.code}]\n`).join(''));
  });

  it('an unknown kind, query parameter or field: escaped in the detail and paths too', async () => {
    const kind = await agent.post('/v1/documents/%1B%5B2J%E2%80%AEx/check').set('Content-Type', 'application/json').send('{}');
    expect(kind.status).toBe(404);
    expect(kind.body.detail).toContain('"\\e[2J\\u202ex"');
    const query = await agent.post('/v1/documents/rfa/check?form%E2%80%AEat=pdf').set('Content-Type', 'application/json').send('{}');
    expect(query.status).toBe(400);
    expect(query.body.detail).not.toMatch(RAW);
    const body = JSON.stringify({ 'a\u202eb': 1, 'chil\u001bd': 2 });
    const field = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json').send(body);
    expect(field.status).toBe(422);
    expect(field.text).not.toMatch(RAW);
    type Shown = { path: string; code: string; message: string };
    const unknown = (errors: Shown[]) => errors.filter((e) => e.code === 'unrecognized-keys');
    expect(unknown(field.body.errors).map((e) => e.path)).toEqual(['a\u202eb', 'chil\u001bd']);
    // `harbor check`'s JSON gives the same issues, shown the same way.
    const cli = await harbor(['check', 'rfa', '-'], { input: body });
    expect(unknown(JSON.parse(cli.stdout).errors)).toEqual(unknown(field.body.errors));
    for (const e of unknown(field.body.errors)) expect(e.message).not.toMatch(RAW);
  });

  it('a JSON key of 300,000 characters, unknown or given twice, is shown cut, in a check, a batch manifest and the CLI (before: echoed whole, 300 KB a path)', async () => {
    const key = 'k'.repeat(300_000);
    const unknown = `{"child":{"${key}":1}}`;
    const twice = `{"${key}":1,"${key}":2}`;
    const cut = `${'k'.repeat(90)}`;
    for (const [body, path, code] of [
      [unknown, `child.${cut}…`, 'unrecognized-keys'],
      [twice, `${'k'.repeat(96)}…`, 'duplicate-key'],
    ] as const) {
      const res = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json').send(body);
      expect(res.status).toBe(422);
      expect(res.text.length).toBeLessThan(8_000);
      expect(res.body.errors.find((e: { code: string }) => e.code === code)?.path).toBe(path);
      const cli = await harbor(['check', 'rfa', '-'], { input: body });
      expect(cli.stdout.length).toBeLessThan(8_000);
      expect(JSON.parse(cli.stdout).errors.find((e: { code: string }) => e.code === code)?.path).toBe(path);
    }
    const batch = await agent.post('/v1/batches/rfa').set('Content-Type', 'application/x-ndjson').send(`${unknown}\n`).buffer(true).parse(binary);
    expect(batch.status).toBe(200);
    const manifest = JSON.parse(strFromU8(unzipSync(new Uint8Array(batch.body as Buffer))['manifest.json']!));
    expect(JSON.stringify(manifest).length).toBeLessThan(8_000);
    expect(manifest.records[0].errors.find((e: { code: string }) => e.code === 'unrecognized-keys')?.path).toBe(`child.${cut}…`);
  });
});

