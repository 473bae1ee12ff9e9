// Issue 8, "must show" 2: the same cases as a JSON array, as NDJSON and as CSV give byte-identical
// documents; the same batch run again gives a byte-identical ZIP — on two render threads (which
// finish records out of order), on the calling thread, and through `harbor batch` (in-process:
// `main(argv, io)`, the command's own code; tests/cli/e2e.test.ts and tests/cli/batch.test.ts run
// the real `node bin/harbor.js batch`).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import supertest from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { binary } from '../http/helpers.js';
import { harbor } from '../support/cli.js';
import { sharedPool } from '../support/pool.js';
import { KIND, MEASURED_TIME, cases, toCsv, unzip } from './support.js';

// The worker's pool of two render threads (tests/support/pool.ts).
const pool = sharedPool();
const dir = mkdtempSync(join(tmpdir(), 'harbor-same-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pooled = supertest(createApp({ renderer: pool, maxBatch: 100 }));
const inline = supertest(createApp({ maxBatch: 100 }));
// Five cases (full, three minimal, full; each with its own amount): the full case first keeps its
// thread busy while the other thread finishes the minimal ones behind it (records out of order),
// the second full case is a slow one the ZIP must wait for at its end, and every record differs.
// More (eight until this round) only repeated minimal renders: each case is rendered 14 times here.
const N = 5;
const BODY = cases(N);

async function post(agent: typeof pooled, type: string, body: string | object, format = 'both'): Promise<Buffer> {
  const res = await agent.post(`/v1/batches/${KIND}?format=${format}`).type(type).send(body).buffer(true).parse(binary);
  expect(res.status).toBe(200);
  return res.body as Buffer;
}

// The JSON array of BODY in both formats on the two threads, posted once for the two tests that
// need it: the first compares its documents, the second the whole ZIP with the other runs'.
let jsonZip: Promise<Buffer> | undefined;
const firstJsonZip = (): Promise<Buffer> => (jsonZip ??= post(pooled, 'application/json', BODY));

describe('batch bytes', () => {
  it('JSON array, NDJSON and CSV of the same cases give the same documents, byte for byte', async () => {
    const json = unzip(await firstJsonZip());
    const ndjson = unzip(await post(pooled, 'application/x-ndjson', BODY.map((c) => JSON.stringify(c)).join('\n')));
    const csv = unzip(await post(pooled, 'text/csv', toCsv(BODY)));
    // N records × (pdf + docx), then the manifest.
    expect(json.names).toHaveLength(2 * N + 1);
    expect(json.manifest).toMatchObject({ total: N, rendered: N, failed: 0 });
    for (const other of [ndjson, csv]) {
      expect(other.names).toEqual(json.names);
      for (const n of json.names.filter((x) => x !== 'manifest.json')) expect(Buffer.compare(Buffer.from(other.files[n]!), Buffer.from(json.files[n]!)), n).toBe(0);
    }
    // The manifests agree too, but for the NDJSON's line and the CSV's spreadsheet row numbers.
    expect(ndjson.manifest.records.map((r: any) => r.line)).toEqual(BODY.map((_, i) => i + 1));
    expect({ ...ndjson.manifest, records: ndjson.manifest.records.map(({ line: _line, ...r }: any) => r) }).toEqual(json.manifest);
    expect(csv.manifest.records.map((r: any) => r.row)).toEqual(BODY.map((_, i) => i + 2));
    expect(csv.manifest.records.map(({ row: _row, ...r }: any) => r)).toEqual(json.manifest.records);
    // N different cases: N different documents.
    expect(new Set(json.manifest.records.map((r: any) => r.fingerprint)).size).toBe(N);
  });

  // Three runs of the one batch, each made differently: the ZIP on the worker's two threads (`a`),
  // on the calling thread, and by the command on two threads of its own (its pool keeps face
  // programs between renders and preloads the kind: src/batch/command.ts). A second post to the
  // worker's two threads proved nothing these do not (the ZIP is written on the calling thread
  // either way, and the first test's NDJSON and CSV posts render the batch on them again, every
  // document compared). One run to a test: the calling thread's first renders and the command's
  // two thread starts are the file's costliest steps, and each test's time limit is its own.
  it('the same batch again gives the same ZIP on the calling thread as on two threads', async () => {
    const a = await firstJsonZip();
    expect(Buffer.compare(await post(inline, 'application/json', BODY), a)).toBe(0);
  });

  it('the same batch again gives the same ZIP through the CLI, on threads of its own', async () => {
    const a = await firstJsonZip();
    const input = join(dir, 'cases.json');
    writeFileSync(input, JSON.stringify(BODY));
    const out = join(dir, 'out.zip');
    const r = await harbor(['batch', KIND, input, '-o', out, '--format', 'both', '--workers', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(String.raw`^${N} of ${N} records rendered to .*out\.zip in ${MEASURED_TIME} \([\d.,]+ records/s\)\n$`));
    expect(Buffer.compare(readFileSync(out), a)).toBe(0);
  });

  it('harbor batch streams CSV and NDJSON files (BOM, CRLF, blank lines, a quoted multi-line cell) into the same ZIP as the HTTP body', async () => {
    // A narrative-like cell with a line break, a quote and a comma, inside the CSV's quotes.
    const body = structuredClone(BODY);
    body[1]!.losses[0].description = 'Replacement uniform,\nand "boots"';
    const csvText = '\uFEFF' + toCsv(body);
    const ndjsonText = '\uFEFF' + body.map((c) => JSON.stringify(c)).join('\r\n\r\n') + '\r\n';
    const viaHttp = { csv: await post(pooled, 'text/csv', csvText, 'pdf'), ndjson: await post(pooled, 'application/x-ndjson', ndjsonText, 'pdf') };
    for (const [type, text] of [['csv', csvText], ['ndjson', ndjsonText]] as const) {
      const input = join(dir, `cases.${type}`);
      writeFileSync(input, text);
      const out = join(dir, `out-${type}.zip`);
      const r = await harbor(['batch', KIND, input, '-o', out, '--workers', '0']);
      expect(r.status, r.stderr).toBe(0);
      expect(Buffer.compare(readFileSync(out), viaHttp[type]), type).toBe(0);
      const { manifest } = unzip(readFileSync(out));
      expect(manifest).toMatchObject({ total: N, rendered: N, failed: 0 });
    }
    // The quoted line break is one cell of one row: rows stay 2..6.
    expect(unzip(viaHttp.csv).manifest.records.map((r: any) => r.row)).toEqual([2, 3, 4, 5, 6]);
  });

  it('harbor batch: a CSV file that does not parse is exit 1 with its line, and no archive', async () => {
    const input = join(dir, 'broken.csv');
    writeFileSync(input, toCsv(BODY.slice(0, 3)) + '"unclosed,quote\r\n');
    const out = join(dir, 'broken.zip');
    const r = await harbor(['batch', KIND, input, '-o', out, '--workers', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/The CSV could not be parsed: a cell in row 5 opens a quote \("\) that is never closed/);
    expect(() => readFileSync(out)).toThrow();
  });
});
