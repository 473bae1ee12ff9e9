// One fault, one message in every entry point: JSON text that stops before it is complete (a pipe
// whose writer died, a download, copy or request cut short) is said to end early, with its length,
// over HTTP (a single route's body, a batch's JSON array, an NDJSON record), in the CLI (a case on
// stdin or in a file, a batch file) and in a batch's manifest (src/validate.ts notJsonWhy). Until
// 2026-12-07 only the CLI said so: the same text was "not valid JSON (at character 100)" over HTTP,
// "is not valid JSON" as a batch record and "The JSON array is not closed" as a batch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { harbor } from '../support/cli.js';
import { binary, harness, rfaCase, SECRET_GIVEN } from './helpers.js';

const manifestOf = (zip: Buffer): any => JSON.parse(strFromU8(unzipSync(new Uint8Array(zip))['manifest.json']!));

const dir = mkdtempSync(join(tmpdir(), 'harbor-cut-short-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const whole = JSON.stringify(rfaCase(), null, 2);
/** Cuts inside a string (the secret name), after a key, after a comma, one character short of the end. */
const CUTS = [whole.indexOf(SECRET_GIVEN) + 3, whole.indexOf('"child":') + 8, whole.indexOf(',') + 1, whole.length - 1];
const cutShort = (n: number): string => `not valid JSON: it ends (after ${n.toLocaleString('en-US')} characters) before the JSON is complete, as text cut short does`;

describe('JSON cut short', () => {
  const { agent } = harness();

  it('a case: the same words over HTTP (both routes) as in the CLI (stdin and a file), never quoting the text', async () => {
    for (const n of CUTS) {
      const text = whole.slice(0, n);
      for (const route of ['/v1/documents/rfa/check', '/v1/documents/rfa']) {
        const res = await agent.post(route).set('Content-Type', 'application/json').send(text);
        expect([res.status, res.body.code, res.body.detail, res.body.errors], `${route} ${n}`).toEqual([
          400,
          'malformed-input',
          `The request body is ${cutShort(n)}; send one JSON object`,
          [{ path: '', code: 'malformed-input', message: cutShort(n) }],
        ]);
        // Never the text (V8's own message quotes it).
        expect(res.text).not.toContain(`"${SECRET_GIVEN.slice(0, 3)}`);
      }
      const piped = await harbor(['render', 'rfa', '-', '-o', join(dir, 'never.pdf')], { input: text });
      expect([piped.status, piped.stderr], String(n)).toEqual([1, `(case): ${cutShort(n)} [malformed-input]\n`]);
      const file = join(dir, 'cut.json');
      writeFileSync(file, text);
      expect(JSON.parse((await harbor(['check', 'rfa', file])).stdout), String(n)).toEqual({ ok: false, errors: [{ path: '', code: 'malformed-input', message: cutShort(n) }] });
    }
    // Broken inside, not at its end: where, in both.
    const inside = '{"a" 1}';
    expect((await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json').send(inside)).body.errors).toEqual([{ path: '', code: 'malformed-input', message: 'not valid JSON (at character 5)' }]);
    expect((await harbor(['check', 'rfa', '-'], { input: inside })).stdout).toContain('"not valid JSON (at character 5)"');
  });

  it('a batch record (an NDJSON line): the same words in the manifest over HTTP and in the CLI', async () => {
    const n = CUTS[0]!;
    const line = JSON.stringify(rfaCase());
    const cut = line.slice(0, line.indexOf(SECRET_GIVEN) + 3);
    const body = [line, cut].join('\n');
    const res = await agent.post('/v1/batches/rfa?format=docx').set('Content-Type', 'application/x-ndjson').send(body).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const manifest = manifestOf(res.body);
    expect(manifest.records[1].errors).toEqual([{ path: '', code: 'malformed-input', message: `is ${cutShort(cut.length)}` }]);
    writeFileSync(join(dir, 'cut.ndjson'), body);
    const r = await harbor(['batch', 'rfa', 'cut.ndjson', '-o', 'cut.zip', '--workers', '0', '--format', 'docx'], { cwd: dir });
    expect(r.stderr, String(n)).toContain(`line 2: (case): is ${cutShort(cut.length)} [malformed-input]\n`);
  });

  it("a batch's JSON array: the same words over HTTP and in the CLI, for a cut between records and inside one", async () => {
    const array = JSON.stringify([rfaCase(), rfaCase()]);
    for (const n of [array.indexOf('},{') + 2, array.lastIndexOf(SECRET_GIVEN) + 3]) {
      const text = array.slice(0, n);
      const res = await agent.post('/v1/batches/rfa').set('Content-Type', 'application/json').send(text);
      expect([res.status, res.body.code, res.body.detail], String(n)).toEqual([400, 'malformed-input', `The batch is ${cutShort(n)}`]);
      expect(res.text).not.toContain(SECRET_GIVEN);
      writeFileSync(join(dir, 'cut-array.json'), text);
      const r = await harbor(['batch', 'rfa', 'cut-array.json', '-o', 'cut-array.zip', '--workers', '0'], { cwd: dir });
      expect([r.status, r.stderr], String(n)).toEqual([1, `cut-array.json: The batch is ${cutShort(n)} [malformed-input]\n`]);
    }
  });
});
