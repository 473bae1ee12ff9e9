// POST /v1/batches/{kind} and GET …/csv-template (docs/http.md §Batches): a streamed ZIP with one file per
// valid record and manifest.json; one bad record never stops the others.
import { execFile } from 'node:child_process';
import { boundChild } from '../support/children.js';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { flatten, rowToObject, csvCell, headerProblem, toColumns } from '../../src/batch/dotpaths.js';
import { spreadsheetSafe, spreadsheetUnsafe } from '../../src/errors.js';
import { KINDS, getKind } from '../../src/kinds/index.js';
import { fingerprint, generate, validateCase } from '../../src/pipeline.js';
import { validFixtures } from '../../src/kinds/fixtures.js';
import { docxText, pdfText } from '../support/extract.js';
import { until } from '../support/until.js';
import { binary, harness, rfaCase, SECRET_GIVEN } from './helpers.js';

// The real command: from the build when it is fresh (bin/harbor.js's rule), ~1 s to start
// where a child loading the sources through tsx spends ~3 s.
const BIN = fileURLToPath(new URL('../../bin/harbor.js', import.meta.url));

/**
 * `node <args>` in a child process: its stdout and stderr once it has exited (rejects on failure;
 * on a child still running at the test's time limit, killed, naming the command: boundChild).
 */
function inChild(args: string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, args, { env, encoding: 'utf8' }, (e, stdout, stderr) => (e ? reject(Object.assign(e, { stderr })) : resolve({ stdout, stderr })));
    boundChild(child, `node ${args.map((a) => a.replace(/^.*\//, '')).join(' ')}`).catch(reject);
  });
}
const fp = (kind: string, c: unknown): string => fingerprint(getKind(kind), validateCase(kind, c).data);

function unzip(body: Buffer): { files: Record<string, Uint8Array>; manifest: any } {
  const files = unzipSync(new Uint8Array(body));
  return { files, manifest: JSON.parse(strFromU8(files['manifest.json']!)) };
}

describe('POST /v1/batches/{kind}', () => {
  const { agent, lines } = harness({ maxBatch: 5 });

  it('JSON array, format=both: two files per valid record, the invalid one listed with its paths', async () => {
    const good = rfaCase();
    const bad = rfaCase();
    bad.id = 'case-7';
    bad.child.dateOfBirth = '2010-13-01';
    const other = rfaCase();
    other.concern.means = ['force'];
    const res = await agent.post('/v1/batches/rfa?format=both').send([good, bad, other]).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe('attachment; filename="rfa-batch.zip"');
    expect(res.headers['cache-control']).toBe('no-store');
    const { files, manifest } = unzip(res.body);
    const [f0, f2] = [fp('rfa', good), fp('rfa', other)];
    expect(Object.keys(files)).toEqual([`0001-rfa-${f0}.pdf`, `0001-rfa-${f0}.docx`, `0003-rfa-${f2}.pdf`, `0003-rfa-${f2}.docx`, 'manifest.json']);
    expect(manifest).toMatchObject({ kind: 'rfa', format: 'both', total: 3, rendered: 2, failed: 1 });
    expect(manifest.records[0]).toMatchObject({ index: 0, status: 'rendered', fingerprint: f0, files: [`0001-rfa-${f0}.pdf`, `0001-rfa-${f0}.docx`] });
    expect(manifest.records[0].warnings).toEqual([expect.objectContaining({ path: 'concern.means', code: 'labor-without-means' })]);
    expect(manifest.records[1]).toMatchObject({ index: 1, id: 'case-7', status: 'invalid' });
    expect(manifest.records[1].errors.map((e: any) => e.path)).toContain('child.dateOfBirth');
    expect(manifest.records[1].files).toBeUndefined();
    expect(manifest.records[2]).toMatchObject({ index: 2, status: 'rendered', fingerprint: f2 });
    expect(manifest.records[2].warnings).toBeUndefined();
    // The files are the documents the pipeline makes: real PDF and DOCX with the name in them.
    expect(pdfText(files[`0001-rfa-${f0}.pdf`]!)).toContain(SECRET_GIVEN);
    expect(docxText(files[`0003-rfa-${f2}.docx`]!)).toContain(SECRET_GIVEN);
    const single = await generate({ kind: 'rfa', input: good, format: 'docx' });
    expect(Buffer.compare(Buffer.from(files[`0001-rfa-${f0}.docx`]!), Buffer.from(single.bytes))).toBe(0);
  });

  it('the same batch gives the same ZIP bytes (fixed entry dates), and a record id names its file', async () => {
    const c = rfaCase();
    c.id = 'ref-001';
    const a = await agent.post('/v1/batches/rfa?format=docx').send([c]).buffer(true).parse(binary);
    const b = await agent.post('/v1/batches/rfa?format=docx').send([c]).buffer(true).parse(binary);
    expect(Buffer.compare(a.body, b.body)).toBe(0);
    // …in any time zone: the same batch made by `harbor batch` (the same batch code and ZIP
    // writer as this route) in processes in two other zones, side by side.
    const sha = createHash('sha256').update(a.body).digest('hex');
    const dir = mkdtempSync(join(tmpdir(), 'harbor-batch-tz-'));
    try {
      writeFileSync(join(dir, 'cases.json'), JSON.stringify([c]));
      const zones = ['America/Los_Angeles', 'Asia/Tokyo'];
      const runs = await Promise.all(zones.map((TZ) => inChild([BIN, 'batch', 'rfa', join(dir, 'cases.json'), '-o', join(dir, `${TZ.replace('/', '-')}.zip`), '--format', 'docx', '--workers', '0'], { ...process.env, TZ })));
      runs.forEach((r, i) => {
        expect(r.stderr, zones[i]).toMatch(/^1 of 1 records rendered to /);
        const zip = readFileSync(join(dir, `${zones[i]!.replace('/', '-')}.zip`));
        expect(createHash('sha256').update(zip).digest('hex'), zones[i]).toBe(sha);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(Object.keys(unzip(a.body).files)).toEqual(['0001-ref-001.docx', 'manifest.json']);
    // An id that is not a short token (it could be a name) names nothing and is never quoted: its
    // record is refused at id (tests/batch/record-ids.test.ts has every format).
    c.id = `${SECRET_GIVEN} Smith`;
    const n = await agent.post('/v1/batches/rfa?format=docx').send([c]).buffer(true).parse(binary);
    const { files, manifest } = unzip(n.body);
    expect(manifest.records[0]).toMatchObject({ status: 'invalid', errors: [{ path: 'id', code: 'invalid-format' }] });
    expect(manifest.records[0].id).toBeUndefined();
    expect(Object.keys(files)).toEqual(['manifest.json']);
    expect(JSON.stringify(manifest)).not.toContain(SECRET_GIVEN);
  });

  it('NDJSON: a line that is not JSON is an invalid record, the others render', async () => {
    const body = [JSON.stringify(rfaCase()), `{"child": "${SECRET_GIVEN}`, '', JSON.stringify(rfaCase())].join('\n');
    const res = await agent.post('/v1/batches/rfa?format=docx').set('Content-Type', 'application/x-ndjson').send(body).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const { manifest } = unzip(res.body);
    expect(manifest.records.map((r: any) => r.status)).toEqual(['rendered', 'invalid', 'rendered']);
    // Its place is its entry's line (the blank line 3 counted), said once: not in the message too.
    expect(manifest.records.map((r: any) => r.line)).toEqual([1, 2, 4]);
    expect(manifest.records[1].errors).toEqual([{ path: '', code: 'malformed-input', message: `is not valid JSON: it ends (after ${String(`{"child": "${SECRET_GIVEN}`.length)} characters) before the JSON is complete, as text cut short does` }]);
    expect(JSON.stringify(manifest)).not.toContain(SECRET_GIVEN);
  });

  it('a bug on one record: "failed" in the manifest, the others render, nothing of the data logged', async () => {
    const boom = harness({
      engine: {
        generate: async (o) => {
          if ((o.input as any).child.givenName === 'Boom') throw new TypeError(`bad ${SECRET_GIVEN}`);
          return generate(o);
        },
      },
    });
    const b = rfaCase();
    b.child.givenName = 'Boom';
    const res = await boom.agent.post('/v1/batches/rfa?format=docx').send([rfaCase(), b, rfaCase()]).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const { manifest } = unzip(res.body);
    expect(manifest).toMatchObject({ total: 3, rendered: 2, failed: 1 });
    expect(manifest.records[1]).toMatchObject({ status: 'failed', errors: [expect.objectContaining({ code: 'internal' })] });
    expect(JSON.stringify(manifest)).not.toContain(SECRET_GIVEN);
    // The request line is written as the response finishes, which can come after the client has it.
    await until(() => boom.lines.some((l) => JSON.parse(l).msg === 'request'), 'the request line');
    expect(boom.lines.some((l) => JSON.parse(l).msg === 'error' && JSON.parse(l).record === 1)).toBe(true);
    for (const l of boom.lines) expect(l).not.toContain(SECRET_GIVEN);
  });

  it('refuses a whole batch before the 200: 400, 404, 406, 413, 415', async () => {
    const expectProblem = (res: any, status: number, code: string): void => {
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe(code);
    };
    expectProblem(await agent.post('/v1/batches/rfa').send(rfaCase()), 400, 'malformed-input'); // not an array
    expectProblem(await agent.post('/v1/batches/rfa').send([]), 400, 'malformed-input');
    expectProblem(await agent.post('/v1/batches/rfa').set('Content-Type', 'text/csv').send('a,b\n1,2,3\n'), 400, 'malformed-input');
    expectProblem(await agent.post('/v1/batches/rfa').set('Content-Type', 'text/csv').send('a,__proto__.x\n1,2\n'), 400, 'malformed-input');
    expectProblem(await agent.post('/v1/batches/nope').send([rfaCase()]), 404, 'unknown-kind');
    expectProblem(await agent.post('/v1/batches/rfa?format=odt').send([rfaCase()]), 406, 'unknown-format');
    // Every format a batch takes is named, "both" included.
    expect((await agent.post('/v1/batches/rfa?format=pdff').send([rfaCase()])).body.detail).toBe('Unknown format "pdff"; use one of: pdf, docx, both');
    expectProblem(await agent.post('/v1/batches/rfa').send(Array.from({ length: 6 }, rfaCase)), 413, 'payload-too-large');
    expectProblem(await agent.post('/v1/batches/rfa').set('Content-Type', 'application/xml').send('<a/>'), 415, 'unsupported-media-type');
    expect(lines.length).toBeGreaterThan(0);
  });
});

describe('CSV: GET …/csv-template and CSV batches', () => {
  const { agent } = harness();

  it('the template is a header of dot paths and the example as one row, with formulas defused', async () => {
    const res = await agent.get('/v1/documents/rfa/csv-template');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const [header, row] = res.text.split('\r\n');
    expect(header!.split(',')).toEqual(expect.arrayContaining(['child.givenName', 'child.dateOfBirth', 'child.citizenship.0', 'concern.narrative']));
    const example = JSON.parse(readFileSync(new URL('../../fixtures/rfa/full.json', import.meta.url), 'utf8'));
    // The requester's phone starts with "+": written as '+… so a spreadsheet keeps it as text.
    expect(example.requester.phone.startsWith('+')).toBe(true);
    expect(row).toContain(`'${example.requester.phone}`);
  });

  it('the template posted back as a CSV batch is the example itself (same fingerprint), for every kind', async () => {
    for (const kind of KINDS) {
      const full = validFixtures(kind.id).find((f) => f.name === 'full.json');
      if (!full) continue; // a kind still being built
      const t = await agent.get(`/v1/documents/${kind.id}/csv-template`);
      const res = await agent.post(`/v1/batches/${kind.id}?format=docx`).set('Content-Type', 'text/csv').send(t.text).buffer(true).parse(binary);
      expect(res.status, kind.id).toBe(200);
      const { manifest } = unzip(res.body);
      expect(manifest.records[0].errors, kind.id).toBeUndefined();
      expect(manifest.records[0].fingerprint, kind.id).toBe(fp(kind.id, full.data));
    }
  });

  it('cells follow the schema: numbers and booleans where it says so, text (A-numbers, zip codes) otherwise', () => {
    const schema = {
      type: 'object',
      properties: {
        aNumber: { type: 'string' },
        hours: { anyOf: [{ type: 'number' }, { type: 'null' }] },
        ok: { type: 'boolean' },
        list: { type: 'array', items: { type: 'object', properties: { n: { type: 'integer' } } } },
        empty: { type: 'array', items: { type: 'string' } },
      },
    };
    expect(rowToObject({ aNumber: '012345678', hours: '7.5', ok: 'TRUE', 'list.0.n': '3', 'list.1.n': '', 'list.2.n': '4', empty: '[]', 'x.y': '' }, schema)).toEqual({
      aNumber: '012345678',
      hours: 7.5,
      ok: true,
      list: [{ n: 3 }, { n: 4 }],
      empty: [],
    });
    expect(rowToObject({ hours: 'seven' }, schema)).toEqual({ hours: 'seven' }); // left for the schema to reject, with its path
    expect(flatten({ a: [{ b: 1 }, {}], c: null, d: [] })).toEqual({ 'a.0.b': '1', 'a.1': '{}', c: '', d: '[]' });
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5')).toBe("'-5");
    // What csvCell guards, the CSV reader takes back as written (src/errors.ts spreadsheetUnsafe).
    for (const v of ['=1+1', '+1 555 0100', '-5', '@x', '\tx', '\rx', 'plain', "'quoted"]) expect(spreadsheetUnsafe(spreadsheetSafe(v)), JSON.stringify(v)).toBe(v);
    expect(headerProblem('a..b')).toBeDefined();
    expect(headerProblem('constructor')).toBeDefined();
    expect(headerProblem('periods.2.endDate')).toBeUndefined();
    expect(headerProblem('periods.10.endDate')).toBeUndefined();
    expect(headerProblem('periods.0')).toBeUndefined();
  });

  it('a list item numbered with a leading zero or past 2^53 refuses the header, never a cell lost or another repeated', async () => {
    // Before: "child.otherNames.00" read as item 0 twice over ("Mena" printed twice), "Castillo" lost.
    expect(headerProblem('child.otherNames.00')).toMatch(/"child\.otherNames\.00" numbers a list item with a leading zero \(00\); write 0/);
    expect(headerProblem('child.otherNames.01')).toMatch(/leading zero \(01\); write 1/);
    expect(headerProblem('child.otherNames.99999999999999999999')).toMatch(/too large/);
    const csv = 'child.givenName,child.familyName,child.otherNames.0,child.otherNames.00\r\nAna,Ruiz,Mena,Castillo\r\n';
    const res = await agent.post('/v1/batches/rfa?format=docx').set('Content-Type', 'text/csv').send(csv);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.detail).toContain('child.otherNames.00');
  });

  it('a CSV record that fails the schema names the field', async () => {
    const csv = 'child.givenName,child.dateOfBirth\r\nAna,2010-02-30\r\n';
    const res = await agent.post('/v1/batches/rfa?format=docx').set('Content-Type', 'text/csv').send(csv).buffer(true).parse(binary);
    const { manifest } = unzip(res.body);
    expect(manifest.records[0].status).toBe('invalid');
    expect(manifest.records[0].errors.map((e: any) => e.path)).toEqual(expect.arrayContaining(['child.dateOfBirth', 'concern']));
  });

  it('an error on a list item numbered with a gap (x.0 empty, x.2 given) names the column its cell is in, not the empty one the compacted list puts it at', async () => {
    // The list is compacted (the item in column citizenship.2 is the case's citizenship.0); its
    // error named citizenship.0, a column whose cell is empty, and a row of an item's fields
    // (laborPeriods-like) named the wrong row of columns.
    const csv = 'child.givenName,child.citizenship.0,child.citizenship.2,child.otherNames.1\r\nAna,,ZZ,\r\n';
    const res = await agent.post('/v1/batches/rfa?format=docx').set('Content-Type', 'text/csv').send(csv).buffer(true).parse(binary);
    const { manifest } = unzip(res.body);
    expect(manifest.records[0].status).toBe('invalid');
    const paths = manifest.records[0].errors.map((e: any) => e.path);
    expect(paths).toContain('child.citizenship.2');
    expect(paths).not.toContain('child.citizenship.0');
  });

  it('toColumns: an item moved by the compaction, and the items and fields inside it, are named by their own columns', () => {
    const schema = {
      type: 'object',
      properties: { periods: { type: 'array', items: { type: 'object', properties: { start: { type: 'string' }, days: { type: 'array', items: { type: 'integer' } } } } } },
    };
    const columns = new Map<string, string>();
    const row = { 'periods.1.start': 'a', 'periods.4.start': 'b', 'periods.4.days.2': '3' };
    expect(rowToObject(row, schema, undefined, [], columns)).toEqual({ periods: [{ start: 'a' }, { start: 'b', days: [3] }] });
    const at = (path: string) => ({ path, code: 'invalid-type', message: 'm' });
    expect(toColumns([at('periods.0.start'), at('periods.1.start'), at('periods.1.days.0'), at('periods.1'), at('periods'), at('other.0')], columns).map((i) => i.path)).toEqual([
      'periods.1.start',
      'periods.4.start',
      'periods.4.days.2',
      'periods.4',
      'periods',
      'other.0',
    ]);
  });

  /**
   * A valid RFA as one CSV row, its child "Ximena Belén Peña", in the bytes Excel on Windows saves
   * its plain "CSV" in (Windows-1252: é = E9, ñ = F1, one byte each; every other character ASCII).
   */
  function csv1252(): Buffer {
    const c = rfaCase();
    c.child.givenName = 'Ximena Belén';
    c.child.familyName = 'Peña';
    const cells = flatten(c);
    const text = `${Object.keys(cells).map(csvCell).join(',')}\r\n${Object.values(cells).map(csvCell).join(',')}\r\n`;
    const bytes = Buffer.from(text, 'latin1');
    expect(bytes.toString('latin1')).toBe(text); // nothing lost: every character is one byte of Windows-1252
    expect([...bytes].filter((b) => b > 0x7f)).toEqual([0xe9, 0xf1]);
    return bytes;
  }
  const bytes = (b: Buffer) => b as unknown as string; // superagent would write a Buffer as JSON

  it('a Windows-1252 CSV labelled as such (Content-Type: text/csv; charset=windows-1252) is decoded: the names print with their accents', async () => {
    const csv = csv1252();
    for (const charset of ['windows-1252', '"ISO-8859-1"', 'latin1']) {
      const res = await agent.post('/v1/batches/rfa?format=docx').set('Content-Type', `text/csv; charset=${charset}`).serialize(bytes).send(csv).buffer(true).parse(binary);
      expect(res.status, charset).toBe(200);
      const { files, manifest } = unzip(res.body);
      expect(manifest.records[0], charset).toMatchObject({ status: 'rendered' });
      const text = docxText(files[manifest.records[0].files[0]]!);
      expect(text).toContain('Ximena Belén');
      expect(text).toContain('Peña');
    }
  });

  it('an unlabelled Windows-1252 batch (CSV, JSON, NDJSON) is one 400 naming the line and byte, and the charset to give; never one error per record', async () => {
    const csv = csv1252();
    const res = await agent.post('/v1/batches/rfa').set('Content-Type', 'text/csv').serialize(bytes).send(csv);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('malformed-input');
    const at = csv.indexOf(0xe9);
    expect(res.body.detail).toBe(
      `The batch is not UTF-8 text: line ${csv.subarray(0, at).filter((b) => b === 0x0a).length + 1} (byte offset ${at.toLocaleString('en-US')}) has a byte that is not UTF-8, as in a file saved in another encoding (Excel's plain "CSV" is Windows-1252); save it as UTF-8 (in Excel: "CSV UTF-8"), or give its encoding: Content-Type: text/csv; charset=windows-1252`,
    );
    expect(res.body.errors).toEqual([{ path: '', code: 'malformed-input', message: res.body.detail }]);
    expect(res.text).not.toContain('Ximena');
    // JSON and NDJSON alike: the whole batch, at its first bad byte, not each record.
    const c = rfaCase();
    c.child.givenName = 'Ximena Belén';
    const json = Buffer.from(JSON.stringify([rfaCase(), c, c]), 'latin1');
    const ndjson = Buffer.from([rfaCase(), c, c].map((x) => JSON.stringify(x)).join('\n'), 'latin1');
    for (const [type, body, line] of [['application/json', json, 1], ['application/x-ndjson', ndjson, 2]] as const) {
      const r = await agent.post('/v1/batches/rfa').set('Content-Type', type).serialize(bytes).send(body);
      expect(r.status, type).toBe(400);
      expect(r.body.detail, type).toMatch(new RegExp(`^The batch is not UTF-8 text: line ${line} \\(byte offset ${body.indexOf(0xe9).toLocaleString('en-US')}\\).*give its encoding: Content-Type: ${type}; charset=windows-1252$`));
      // Labelled, the same bytes render, the accents whole.
      const ok = await agent.post('/v1/batches/rfa?format=docx').set('Content-Type', `${type}; charset=windows-1252`).serialize(bytes).send(body).buffer(true).parse(binary);
      const { files, manifest } = unzip(ok.body);
      expect(manifest, type).toMatchObject({ total: 3, rendered: 3, failed: 0 });
      expect(docxText(files[manifest.records[1].files[0]]!)).toContain('Ximena Belén');
    }
  });

  it('a charset Harbor does not read is 415 naming it and listing those it reads; a workbook\'s charset is ignored (its XML is UTF-8)', async () => {
    const res = await agent.post('/v1/batches/rfa').set('Content-Type', 'text/csv; charset=ebcdic-x').send('child.givenName\r\nAna\r\n');
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('unsupported-media-type');
    expect(res.body.detail).toMatch(/^Content-Type charset "ebcdic-x" is not an encoding Harbor reads; give one of: utf-8, utf-16le, utf-16be, windows-1252, .*shift_jis, euc-kr \(or another label/);
    const ndjson = await agent.post('/v1/batches/rfa').set('Content-Type', 'application/x-ndjson; charset=x-user-defined').send('{}\n');
    expect([ndjson.status, ndjson.body.detail]).toEqual([415, expect.stringMatching(/^Content-Type charset "x-user-defined" is not/)]);
    // The API's description says so.
    const op = (await agent.get('/openapi.json')).body.paths['/v1/batches/rfa'].post;
    expect(op.description).toContain('text/csv; charset=windows-1252');
    expect(op.responses['415'].description).toMatch(/charset that names no encoding Harbor reads/);
    // A UTF-8 CSV with its byte-order mark, labelled or not, is read as it was.
    const t = (await agent.get('/v1/documents/rfa/csv-template')).text;
    for (const type of ['text/csv', 'text/csv; charset=utf-8', 'text/csv; charset=windows-1252']) {
      const r = await agent.post('/v1/batches/rfa?format=docx').set('Content-Type', type).serialize(bytes).send(Buffer.from(`\uFEFF${t}`)).buffer(true).parse(binary);
      expect(unzip(r.body).manifest.records[0].status, type).toBe('rendered');
    }
    const xlsx = await agent.get('/v1/documents/rfa/xlsx-template').buffer(true).parse(binary);
    const wb = await agent
      .post('/v1/batches/rfa?format=docx')
      .set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; charset=windows-1252')
      .serialize(bytes)
      .send(xlsx.body)
      .buffer(true)
      .parse(binary);
    expect(wb.status).toBe(200);
    expect(unzip(wb.body).manifest.records[0].status).toBe('rendered');
  });

  it('a CSV column that names no field is 400 before any record, each such column an error naming the field meant', async () => {
    const csv = 'child.givenName,child.anumber,child.dateOfBrith\r\nAna,A012345678,2012-01-01\r\n';
    const res = await agent.post('/v1/batches/rfa').set('Content-Type', 'text/csv').send(csv);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('malformed-input');
    expect(res.body.errors).toEqual([
      { path: 'child.anumber', code: 'unrecognized-keys', message: expect.stringMatching(/^column B of the header .* did you mean child\.aNumber\?$/) },
      { path: 'child.dateOfBrith', code: 'unrecognized-keys', message: expect.stringMatching(/^column C of the header .* did you mean child\.dateOfBirth\?$/) },
    ]);
  });

  it('HarborError of a record keeps its code (unsupported-script) as "invalid"', async () => {
    const c = rfaCase();
    c.child.familyName = 'ܡܪܝܡ'; // Syriac: right to left, not printed by the PDF
    const res = await agent.post('/v1/batches/rfa?format=pdf').send([c]).buffer(true).parse(binary);
    const { manifest } = unzip(res.body);
    expect(manifest.records[0]).toMatchObject({ status: 'invalid', errors: [expect.objectContaining({ path: 'child.familyName', code: 'unsupported-script' })] });
  });
});
