// A batch record's id names its files (docs/batch.md, Output). One that cannot ("Case 42",
// "2024/017", 1.5) is never dropped without a word (the record rendered under the kind and
// fingerprint, its id gone from the manifest): the record is `invalid` with `invalid-format` at
// `id`, in every input format (JSON, NDJSON, CSV, Excel), on the calling thread and on render
// threads (where a JSON record's id is read), over HTTP and through `harbor batch`. The message
// never quotes the id, which might be a name.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import supertest from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { flatten } from '../../src/batch/dotpaths.js';
import type { BatchRecord } from '../../src/batch/input.js';
import { createWorkbookParser, type WorkbookParser } from '../../src/batch/xlsx-parser.js';
import { createApp } from '../../src/http/app.js';
import { binary } from '../http/helpers.js';
import { harbor } from '../support/cli.js';
import { sharedPool } from '../support/pool.js';
import { PROCESS_TEST_MS } from '../support/until.js';
import { KIND, fixture, toCsv, unzip } from './support.js';

const pool = sharedPool();
const dir = mkdtempSync(join(tmpdir(), 'harbor-record-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Ids as a clinic's sheet has them: two unusable (a space, a slash) around usable ones, the same
// unusable id twice (no duplicate-id: neither names a file), and one left out.
// `.`, `..` and `_-` have none of a letter or digit: no case's reference (until 2026-12-07 taken).
const IDS: (string | number | undefined)[] = ['Mara Quill', 'ok-1', '2031/917', 7, 'Mara Quill', undefined, '.', '..', '_-'];
const USABLE = [false, true, false, true, false, true, false, false, false];
const cases = IDS.map((id) => ({ ...(id === undefined ? {} : { id }), ...fixture('minimal') }));

async function xlsx(rows: Record<string, unknown>[]): Promise<Buffer> {
  const flat = rows.map((r) => flatten(r));
  const header = [...new Set(flat.flatMap((f) => Object.keys(f)))];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cases');
  ws.addRow(header);
  for (const f of flat) ws.addRow(header.map((h) => f[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A workbook parser that reads its first workbook in a process, as the service does, and gives
 * each later call a copy of those records: the one workbook here is read before any renderer
 * (src/batch/xlsx-parser.ts), so the threads' app reading it again cost a second parse process
 * (a Node start and exceljs, ~1 s of CPU) to learn the same records. Only for the one workbook.
 */
function readOnce(): WorkbookParser {
  const parser = createWorkbookParser();
  let read: Promise<{ total: number; records: BatchRecord[] }> | undefined;
  let first: Buffer | undefined;
  return {
    stats: () => parser.stats(),
    parse: async (...args) => {
      const bytes = Buffer.concat(args[0] instanceof Uint8Array ? [args[0]] : args[0]);
      if (first !== undefined && !first.equals(bytes)) throw new Error('readOnce is for one workbook');
      first ??= bytes;
      read ??= parser.parse(...args).then(async (source) => {
        const records: BatchRecord[] = [];
        for await (const r of source.records) records.push(r);
        return { total: source.total, records };
      });
      const { total, records } = await read;
      return { total, records: structuredClone(records) };
    },
  };
}

function expectEveryRecord(manifest: any, label: string): void {
  expect(manifest.records.map((r: any) => r.index), label).toEqual(IDS.map((_, i) => i));
  expect(manifest, label).toMatchObject({ total: IDS.length, rendered: USABLE.filter(Boolean).length });
  manifest.records.forEach((r: any, i: number) => {
    if (USABLE[i]) {
      expect(r.status, `${label} ${i}`).toBe('rendered');
      expect(r.files, `${label} ${i}`).toEqual([IDS[i] === undefined ? `000${i + 1}-${KIND}-${r.fingerprint}.docx` : `000${i + 1}-${IDS[i]}.docx`]);
    } else {
      expect(r, `${label} ${i}`).toMatchObject({ status: 'invalid', errors: [{ path: 'id', code: 'invalid-format' }] });
      expect(r.files, `${label} ${i}`).toBeUndefined();
      expect(r.errors[0].message, `${label} ${i}`).toMatch(/^cannot name the record's files, so its documents were not made: an id is 1 to 64 letters/);
    }
  });
  const text = JSON.stringify(manifest);
  for (const secret of ['Mara Quill', '2031/917']) expect(text, label).not.toContain(secret);
}

describe('a record id that cannot name a file', () => {
  it('is an invalid record at id (invalid-format), in JSON, NDJSON, CSV and Excel, inline and on render threads', async () => {
    const bodies: [string, string | Buffer | object][] = [
      ['application/json', cases],
      ['application/x-ndjson', cases.map((c) => JSON.stringify(c)).join('\n')],
      ['text/csv', toCsv(cases)],
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await xlsx(cases)],
    ];
    const workbooks = readOnce();
    for (const [name, app] of [
      ['inline', createApp({ maxBatch: 100, workbooks })],
      ['threads', createApp({ renderer: pool, maxBatch: 100, workbooks })],
    ] as const) {
      const agent = supertest(app);
      for (const [type, body] of bodies) {
        const req = agent.post(`/v1/batches/${KIND}?format=docx`).type(type);
        const res = await (Buffer.isBuffer(body) ? req.serialize((b: Buffer) => b as unknown as string).send(body) : req.send(body as object)).buffer(true).parse(binary);
        expect(res.status, `${name} ${type}`).toBe(200);
        expectEveryRecord(unzip(res.body).manifest, `${name} ${type}`);
      }
    }
    // A bound for a hang, not a check of speed: the test starts render threads and a workbook process.
  }, PROCESS_TEST_MS);

  it('harbor batch says so per row on stderr and exits as for any invalid record', async () => {
    const input = join(dir, 'cases.csv');
    writeFileSync(input, toCsv(cases));
    const out = join(dir, 'out.zip');
    const r = await harbor(['batch', KIND, input, '-o', out, '--format', 'docx', '--workers', '0']);
    expect(r.stderr).toMatch(/^row 2: id: cannot name the record's files, so its documents were not made: .* \[invalid-format\]$/m);
    expect(r.stderr).toMatch(/^row 4: id: cannot name/m);
    expect(r.stderr).not.toContain('Mara Quill');
    expect(r.status).toBe(3);
    expectEveryRecord(unzip(readFileSync(out)).manifest, 'cli');
  });
});
