// `harbor batch` and `harbor csv-template` (docs/batch.md §CLI): one bad record never stops the others, is
// never dropped silently, and turns the exit code to 3; the archive is never half-written. The first
// test runs the real command with its render threads; the others call the CLI in-process.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/pipeline.js';
import { getKind } from '../../src/kinds/index.js';
import { parseCase } from '../../src/validate.js';
import { harbor, harborUnprivileged, runCli } from '../support/cli.js';
import { PROCESS_TEST_MS } from '../support/until.js';
import { pdfText } from '../support/extract.js';
import { csvCell, flatten } from '../../src/batch/dotpaths.js';
import { batchExitCode } from '../../src/batch/command.js';
import { BATCH_ARCHIVE_EXITS, EXIT_CODE, EXIT_NONE_RENDERED_FAILED, EXIT_NONE_RENDERED_INVALID, EXIT_SOME_NOT_RENDERED } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (kind: string, name: string): Record<string, any> => JSON.parse(readFileSync(`fixtures/${kind}/${name}.json`, 'utf8'));

function manifestOf(zip: string): { files: Record<string, Uint8Array>; manifest: any } {
  const files = unzipSync(readFileSync(zip));
  return { files, manifest: JSON.parse(strFromU8(files['manifest.json']!)) };
}

describe('harbor batch', () => {
  it('renders every valid record, lists the invalid one with its path, and exits 3 (the real command)', () => {
    const full = fixture('rfa', 'full');
    const minimal = fixture('rfa', 'minimal');
    const adult = { ...minimal, child: { ...minimal.child, dateOfBirth: '2001-01-01' } };
    const input = join(dir, 'cases.json');
    writeFileSync(input, JSON.stringify([full, adult, minimal]));
    const out = join(dir, 'out.zip');
    // The longest render time limit there is: on a loaded machine a cold thread's first render
    // outlasted the default 30 s, and a valid record came back failed (render-timeout). What this
    // test is about does not depend on how fast the machine is; the limit's own tests are elsewhere.
    const r = runCli(['batch', 'rfa', input, '-o', out, '--format', 'both', '--render-timeout', '600s']);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('record 2: child.dateOfBirth:');
    expect(r.stderr).toContain('[child-not-a-minor]');
    const { files, manifest } = manifestOf(out);
    expect(manifest).toMatchObject({ kind: 'rfa', format: 'both', total: 3, rendered: 2, failed: 1 });
    expect(manifest.records.map((x: any) => x.status)).toEqual(['rendered', 'invalid', 'rendered']);
    expect(manifest.records[1].errors[0]).toMatchObject({ path: 'child.dateOfBirth', code: 'child-not-a-minor' });
    const fp = fingerprint(getKind('rfa'), (parseCase(getKind('rfa').schema, full) as { data: unknown }).data);
    expect(manifest.records[0].fingerprint).toBe(fp);
    expect(Object.keys(files).sort()).toEqual([...manifest.records[0].files, ...manifest.records[2].files, 'manifest.json'].sort());
    expect(pdfText(files[manifest.records[0].files[0]]!)).toContain(full.child.familyName);
  }, PROCESS_TEST_MS);

  it('--format both: a record whose text the PDF cannot print is invalid, and its DOCX is written and named on stderr', async () => {
    const thai = fixture('rfa', 'minimal');
    thai.child.givenName = 'สมชาย';
    const input = join(dir, 'thai.json');
    writeFileSync(input, JSON.stringify([fixture('rfa', 'minimal'), thai]));
    const out = join(dir, 'thai.zip');
    const r = await harbor(['batch', 'rfa', input, '-o', out, '--format', 'both', '--workers', '0']);
    expect(r.status).toBe(3);
    const { files, manifest } = manifestOf(out);
    expect(manifest.records[1]).toMatchObject({ status: 'invalid', errors: [{ path: 'child.givenName', code: 'unsupported-character' }] });
    expect(manifest.records[1].files).toEqual([expect.stringMatching(/^0002-.*\.docx$/)]);
    expect(Object.keys(files).sort()).toEqual([...manifest.records[0].files, ...manifest.records[1].files, 'manifest.json'].sort());
    expect(r.stderr).toContain(`record 2: written all the same: ${manifest.records[1].files[0]}`);
  });

  it('reads NDJSON; a line that is not JSON is one invalid record, not the end of the batch', async () => {
    const input = join(dir, 'cases.ndjson');
    writeFileSync(input, `${JSON.stringify(fixture('rfa', 'minimal'))}\n{oops\n${JSON.stringify(fixture('rfa', 'full'))}\n`);
    const out = join(dir, 'nd.zip');
    const r = await harbor(['batch', 'rfa', input, '-o', out, '--workers', '0']); // threads: the first test
    expect(r.status).toBe(3);
    const { manifest } = manifestOf(out);
    expect(manifest.records.map((x: any) => x.status)).toEqual(['rendered', 'invalid', 'rendered']);
    expect(manifest.records[1].errors[0].code).toBe('malformed-input');
    expect(r.stderr).not.toContain('oops'); // never echo input
  });

  it('csv-template round-trips: the template posted back as a batch renders the example with the same fingerprint', async () => {
    for (const kind of ['restitution-worksheet', 'best-interests-memo']) {
      const t = await harbor(['csv-template', kind]);
      expect(t.status).toBe(0);
      const lines = t.stdout.trim().split('\r\n');
      expect(lines).toHaveLength(2);
      const input = join(dir, `${kind}.csv`);
      writeFileSync(input, t.stdout);
      const out = join(dir, `${kind}.zip`);
      const r = await harbor(['batch', kind, input, '-o', out, '--format', 'docx', '--workers', '0']);
      expect(r.status, r.stderr).toBe(0);
      const { manifest } = manifestOf(out);
      const full = fixture(kind, 'full');
      const k = getKind(kind);
      expect(manifest.records[0].fingerprint).toBe(fingerprint(k, (parseCase(k.schema, full) as { data: unknown }).data));
    }
  });

  it('the blank rows Excel saves under a table are no records: the template with three of them renders alone, exit 0', async () => {
    const t = await harbor(['csv-template', 'rfa']);
    const width = t.stdout.split('\r\n')[0]!.split(',').length;
    const input = join(dir, 'blank-rows.csv');
    writeFileSync(input, t.stdout + `${','.repeat(width - 1)}\r\n`.repeat(3));
    const out = join(dir, 'blank-rows.zip');
    const r = await harbor(['batch', 'rfa', input, '-o', out, '--format', 'docx', '--workers', '0']);
    expect(r.status, r.stderr).toBe(0);
    const { manifest } = manifestOf(out);
    expect(manifest).toMatchObject({ total: 1, rendered: 1, failed: 0 });
    expect(manifest.records).toEqual([expect.objectContaining({ index: 0, row: 2, status: 'rendered' })]);
  });

  it('a misspelled column (child.anumber) refuses the CSV before any record, naming it and the field meant: exit 1, nothing written', async () => {
    const t = await harbor(['csv-template', 'rfa']);
    const input = join(dir, 'anumber.csv');
    writeFileSync(input, t.stdout.replace(',child.aNumber,', ',child.anumber,'));
    const out = join(dir, 'anumber.zip');
    const r = await harbor(['batch', 'rfa', input, '-o', out, '--workers', '0']);
    expect(r.status).toBe(1);
    const label = input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(r.stderr).toMatch(new RegExp(`^${label}: child\\.anumber: column [A-Z]+ of the header names no field Harbor knows, so its cells would be lost; did you mean child\\.aNumber\\? \\[unrecognized-keys\\]$`, 'm'));
    expect(readdirSync(dir).filter((n) => n.includes('anumber.zip'))).toEqual([]);
  });

  it('a Windows-1252 CSV (Excel\'s plain "CSV") runs with --encoding windows-1252; without it, one line names the file, line and byte and suggests it', async () => {
    const c = fixture('rfa', 'minimal');
    c.child.givenName = 'Ximena Belén';
    c.child.familyName = 'Peña';
    const cells = flatten(c);
    const text = `${Object.keys(cells).map(csvCell).join(',')}\r\n${Object.values(cells).map(csvCell).join(',')}\r\n`;
    // Excel's bytes: é = E9, ñ = F1, í = ED, one byte each; every other character ASCII.
    const bytes = Buffer.from(text, 'latin1');
    expect(bytes.toString('latin1')).toBe(text);
    expect(bytes.some((b) => b === 0xe9)).toBe(true);
    const input = join(dir, 'excel-1252.csv');
    writeFileSync(input, bytes);
    const out = join(dir, 'excel-1252.zip');
    const refused = await harbor(['batch', 'rfa', input, '-o', out, '--workers', '0']);
    const at = bytes.findIndex((b) => b > 0x7f);
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    expect(refused).toMatchObject({
      status: 1,
      stderr: `${input}: the file is not UTF-8 text: line ${line} (byte offset ${at.toLocaleString('en-US')}) has a byte that is not UTF-8, as in a file saved in another encoding (Excel's plain "CSV" is Windows-1252); save it as UTF-8 (in Excel: "CSV UTF-8"), or give its encoding: --encoding windows-1252 [malformed-input]\n`,
    });
    expect(readdirSync(dir).filter((n) => n.includes('excel-1252.zip'))).toEqual([]);
    for (const label of ['windows-1252', 'latin1']) {
      const r = await harbor(['batch', 'rfa', input, '-o', out, '--workers', '0', '--encoding', label]);
      expect(r.status, r.stderr).toBe(0);
      const { files, manifest } = manifestOf(out);
      const pdf = pdfText(files[manifest.records[0].files[0]]!);
      expect(pdf).toContain('Ximena Belén');
      expect(pdf).toContain('Peña');
    }
  });

  it('--encoding: a label Harbor does not read, or a workbook, is a usage error naming it (exit 2, nothing written)', async () => {
    const input = join(dir, 'any.csv');
    writeFileSync(input, 'child.givenName\r\nAna\r\n');
    const out = join(dir, 'any.zip');
    const r = await harbor(['batch', 'rfa', input, '-o', out, '--encoding', 'ebcdic-x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^harbor: --encoding "ebcdic-x" is not an encoding Harbor reads; give one of: utf-8, utf-16le, utf-16be, windows-1252, .*shift_jis, euc-kr \(or another label/);
    const xlsx = join(dir, 'any.xlsx');
    writeFileSync(xlsx, (await harbor(['xlsx-template', 'rfa'])).stdoutBytes);
    const w = await harbor(['batch', 'rfa', xlsx, '-o', out, '--encoding', 'windows-1252']);
    expect(w).toMatchObject({ status: 2, stderr: expect.stringMatching(/^harbor: --encoding is for a CSV, JSON or NDJSON file: an \.xlsx workbook is always UTF-8/) });
    expect(readdirSync(dir).filter((n) => n.includes('any.zip'))).toEqual([]);
  });

  it('usage errors: no -o, unknown input extension; no archive is left behind', async () => {
    const input = join(dir, 'x.txt');
    writeFileSync(input, '[]');
    expect((await harbor(['batch', 'rfa', input, '-o', join(dir, 'x.zip')])).status).toBe(2);
    expect((await harbor(['batch', 'rfa', join(dir, 'cases.json')])).status).toBe(2);
    expect(readdirSync(dir).filter((n) => n.startsWith('x.zip') || n.startsWith('.x.zip'))).toEqual([]);
  });

  it('a batch file that cannot be read is one line saying why (missing, a folder, permission denied), before any record', async () => {
    const oneLine = (r: { status: number; stderr: string }, what: string): void => {
      expect(r.status, r.stderr).toBe(2);
      // Exactly the reason: the command line was right, so no "(usage: harbor --help)" pointer.
      expect(r.stderr).toBe(`harbor: ${what}\n`);
    };
    const out = join(dir, 'unread.zip');
    const missing = join(dir, 'missing.csv');
    oneLine(await harbor(['batch', 'rfa', missing, '-o', out]), `cannot read the batch file "${missing}": it does not exist (ENOENT)`);
    const folder = join(dir, 'folder.csv');
    mkdirSync(folder);
    oneLine(await harbor(['batch', 'rfa', folder, '-o', out]), `cannot read the batch file "${folder}": it is a folder`);
    // Its folder open to others (a child process as `nobody` when root), the file to no one.
    chmodSync(dir, 0o777);
    const secret = join(dir, 'mode-000.json');
    writeFileSync(secret, JSON.stringify([fixture('rfa', 'minimal')]));
    chmodSync(secret, 0);
    oneLine(await harborUnprivileged(['batch', 'rfa', secret, '-o', out]), `cannot read the batch file "${secret}": permission denied (EACCES)`);
    expect(readdirSync(dir).filter((n) => n.includes('unread.zip'))).toEqual([]);
  });

  it('an unknown --format names every format a batch takes, "both" included; nothing is written', async () => {
    const input = join(dir, 'pdff.json');
    writeFileSync(input, JSON.stringify([fixture('rfa', 'minimal')]));
    const r = await harbor(['batch', 'rfa', input, '-o', join(dir, 'pdff.zip'), '--format', 'pdff']);
    expect(r).toMatchObject({ status: 2, stdout: '', stderr: 'harbor: -f/--format "pdff" is not a format "harbor batch" writes; give one of: pdf, docx, both; did you mean pdf? (usage: harbor --help)\n' });
    expect(readdirSync(dir).filter((n) => n.includes('pdff.zip'))).toEqual([]);
  });

  it('a batch with no records ([], a blank NDJSON file, a CSV header alone) is refused as over HTTP: exit 1, no archive', async () => {
    const header = (await harbor(['csv-template', 'rfa'])).stdout.split('\r\n')[0]!;
    const headerAlone = 'The CSV has its header row and no row under it, so no records; each row under the header is one case (harbor csv-template prints the header and an example row)';
    for (const [name, text, said] of [['none.json', '[]', 'no records'], ['blank.ndjson', '\n\n', 'no records'], ['empty.ndjson', '', 'no records'], ['header-only.csv', `${header}\r\n`, headerAlone]]) {
      const out = join(dir, `${name}.zip`);
      writeFileSync(join(dir, name!), text!);
      const r = await harbor(['batch', 'rfa', name!, '-o', out, '--workers', '0'], { cwd: dir });
      expect(r, name).toMatchObject({ status: 1, stdout: '', stderr: `${name}: ${said} [malformed-input]\n` });
      expect(readdirSync(dir).filter((n) => n.includes(`${name}.zip`))).toEqual([]);
    }
  });

  it('an error about the whole batch file begins with the file as given, never "(case)": exit 1, no archive', async () => {
    const header = (await harbor(['csv-template', 'rfa'])).stdout.split('\r\n')[0]!;
    const cases: Array<[string, string | Buffer, string]> = [
      ['not-a-list.json', '"cases"', 'not-a-list.json: A JSON batch is an array of cases [malformed-input]\n'],
      ['unclosed.json', '[{"a": 1},', 'unclosed.json: The batch is not valid JSON: it ends (after 10 characters) before the JSON is complete, as text cut short does [malformed-input]\n'],
      ['empty.csv', '', 'empty.csv: The CSV is empty; its first row names the fields by dot path [malformed-input]\n'],
      ['columns.csv', `${header.replace('child.aNumber', 'child.anumber')},child.nickname\r\n`, 'columns.csv: child.anumber: column '],
      ['not-a-workbook.xlsx', Buffer.from('PK\x03\x04 not a zip'), 'not-a-workbook.xlsx: The file is not an Excel workbook (.xlsx) [malformed-input]\n'],
      // One past the CLI's limit of 100,000 records, the cheapest records to count.
      ['too-many.ndjson', '{}\n'.repeat(100_001), 'too-many.ndjson: The batch has more than 100,000 records; the limit is 100,000'],
    ];
    for (const [name, text, line] of cases) {
      writeFileSync(join(dir, name), text);
      const r = await harbor(['batch', 'rfa', name, '-o', `${name}.zip`, '--workers', '0'], { cwd: dir });
      expect(r.status, name).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.startsWith(line), `${name}: ${r.stderr}`).toBe(true);
      expect(r.stderr.split('\n').slice(0, -1).every((l) => l.startsWith(`${name}: `) && !l.includes('(case)')), r.stderr).toBe(true);
      expect(readdirSync(dir).filter((n) => n.includes(`${name}.zip`))).toEqual([]);
    }
    // The unknown columns are one line each, both named.
    const columns = (await harbor(['batch', 'rfa', 'columns.csv', '-o', 'columns.zip', '--workers', '0'], { cwd: dir })).stderr.split('\n');
    expect(columns).toEqual([expect.stringMatching(/^columns\.csv: child\.anumber: .*did you mean child\.aNumber\?/), expect.stringMatching(/^columns\.csv: child\.nickname: /), '']);
  });

  it('a batch past the CLI’s limit of 100,000 records names that limit and no variable: HARBOR_MAX_BATCH is the service’s, and the CLI ignores it', async () => {
    const over = 100_001;
    const files: Array<[string, string]> = [
      ['over.ndjson', '{}\n'.repeat(over)],
      ['over.json', `[${Array.from({ length: over }, () => '{}').join(',')}]`],
      ['over.csv', `child.givenName\r\n${'A\r\n'.repeat(over)}`],
    ];
    for (const [name, text] of files) {
      writeFileSync(join(dir, name), text);
      const r = await harbor(['batch', 'rfa', name, '-o', `${name}.zip`, '--workers', '0'], { cwd: dir, env: { HARBOR_MAX_BATCH: '2' } });
      expect(r, name).toMatchObject({ status: 1, stdout: '' });
      // Every reader stops at its first record past the limit: "more than" (src/batch/input.ts tooManyRecords).
      expect(r.stderr, name).toBe(`${name}: The batch has more than 100,000 records; the limit is 100,000 (the most one harbor batch takes: split the file) [payload-too-large]\n`);
    }
    // Three records with HARBOR_MAX_BATCH=2: read and made (invalid ones here, the cheapest: exit 4,
    // an archive without one document).
    writeFileSync(join(dir, 'three.ndjson'), '{}\n{}\n{}\n');
    const r = await harbor(['batch', 'rfa', 'three.ndjson', '-o', 'three.zip', '--workers', '0'], { cwd: dir, env: { HARBOR_MAX_BATCH: '2' } });
    expect(r.status, r.stderr).toBe(EXIT_NONE_RENDERED_INVALID);
    expect(manifestOf(join(dir, 'three.zip')).manifest).toMatchObject({ total: 3 });
  });

  it('one case given as a batch (.json holding an object) is refused after one line naming harbor render', async () => {
    writeFileSync(join(dir, 'one-case.json'), `\uFEFF\n  ${readFileSync('fixtures/rfa/minimal.json', 'utf8')}`);
    const r = await harbor(['batch', 'rfa', 'one-case.json', '-o', 'one-case.zip', '--workers', '0'], { cwd: dir });
    expect(r).toMatchObject({ status: 1, stdout: '' });
    expect(r.stderr).toBe(
      'harbor: "one-case.json" is one case, not a list of cases; did you mean "harbor render rfa one-case.json -o out.pdf"?\n' +
        'one-case.json: A JSON batch is an array of cases [malformed-input]\n',
    );
    expect(readdirSync(dir).filter((n) => n.includes('one-case.zip'))).toEqual([]);
    // A broken list is not one case.
    writeFileSync(join(dir, 'broken-list.json'), '[{"a": 1},');
    expect((await harbor(['batch', 'rfa', 'broken-list.json', '-o', 'broken-list.zip'], { cwd: dir })).stderr).not.toContain('harbor render');
  });

  it('the errors of one record keep its row, line or record number, and of its whole case "(case)"', async () => {
    const input = join(dir, 'one-bad-line.ndjson');
    writeFileSync(input, `${JSON.stringify(fixture('rfa', 'minimal'))}\n{oops\n`);
    const r = await harbor(['batch', 'rfa', input, '-o', join(dir, 'one-bad-line.zip'), '--workers', '0']);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^line 2: \(case\): is not valid JSON \(at character 1\) \[malformed-input\]$/m);
    expect(r.stderr).not.toContain(input);
  });

  it('exit 3 only when the archive holds documents: every record refused is 4 (the data) or 5 (Harbor), the archive still written with its manifest', async () => {
    const minimal = fixture('rfa', 'minimal');
    const adult = { ...minimal, child: { ...minimal.child, dateOfBirth: '2001-01-01' } };
    const thai = { ...minimal, child: { ...minimal.child, givenName: 'สมชาย' } };
    const run = async (name: string, cases: unknown[], format = 'pdf') => {
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(cases));
      const out = join(dir, `${name}.zip`);
      const r = await harbor(['batch', 'rfa', join(dir, `${name}.json`), '-o', out, '--format', format, '--workers', '0']);
      return { status: r.status, stderr: r.stderr, ...manifestOf(out) };
    };
    // Every record invalid: nothing to pass on, and the data's fault: 4 (before: 1, which says no archive).
    const none = await run('all-invalid', [adult, adult]);
    expect(none.status, none.stderr).toBe(EXIT_NONE_RENDERED_INVALID);
    expect(Object.keys(none.files)).toEqual(['manifest.json']);
    expect(none.manifest).toMatchObject({ total: 2, rendered: 0, failed: 2 });
    expect(none.stderr).toMatch(/^record 2: child\.dateOfBirth: .*\[child-not-a-minor\]$/m);
    expect(none.stderr).toMatch(/^0 of 2 records rendered to .*all-invalid\.zip; 2 not \(see manifest\.json\)/m);
    // One rendered among them: 3, documents to pass on and a manifest to read.
    expect((await run('some', [adult, minimal])).status).toBe(3);
    // None rendered but a DOCX written for each (the PDF cannot print the text): 3 as well.
    const docx = await run('docx-only', [thai], 'both');
    expect(docx.status, docx.stderr).toBe(3);
    expect(Object.keys(docx.files)).toEqual(['0001-rfa-' + docx.manifest.records[0].fingerprint + '.docx', 'manifest.json']);
  });

  it('batchExitCode: a record Harbor failed on, with nothing written, is 5; every record invalid, 4; never an error\'s 1 or 70', () => {
    const failed = { index: 0, status: 'failed' as const, errors: [{ path: '', code: 'render-timeout', message: 'x' }] };
    const invalid = { index: 1, status: 'invalid' as const, errors: [{ path: 'id', code: 'invalid-format', message: 'x' }] };
    expect(batchExitCode({ failed: 0, rendered: 2, notRendered: [] })).toBe(0);
    expect(batchExitCode({ failed: 2, rendered: 0, notRendered: [invalid, failed] })).toBe(EXIT_NONE_RENDERED_FAILED);
    expect(batchExitCode({ failed: 1, rendered: 0, notRendered: [invalid] })).toBe(EXIT_NONE_RENDERED_INVALID);
    // The codes of a batch that wrote its archive are no error's: 1 and 70 say there is none.
    expect(new Set(Object.values(EXIT_CODE)).has(EXIT_NONE_RENDERED_FAILED)).toBe(false);
    expect(new Set(Object.values(EXIT_CODE)).has(EXIT_NONE_RENDERED_INVALID)).toBe(false);
    expect(new Set(Object.values(EXIT_CODE)).has(EXIT_SOME_NOT_RENDERED)).toBe(false);
    expect(batchExitCode({ failed: 1, rendered: 1, notRendered: [failed] })).toBe(EXIT_SOME_NOT_RENDERED);
  });

  it('an archive is on disk exactly when the exit code is one of BATCH_ARCHIVE_EXITS, whatever the outcome', async () => {
    const minimal = fixture('rfa', 'minimal');
    const adult = { ...minimal, child: { ...minimal.child, dateOfBirth: '2001-01-01' } };
    const outcomes: [string, number, boolean][] = [];
    for (const [name, text, extra] of [
      ['all-good', JSON.stringify([minimal]), []],
      ['mixed', JSON.stringify([adult, minimal]), []],
      ['all-bad', JSON.stringify([adult, adult]), []],
      ['no-records', '[]', []],
      ['not-json', '[{"a": 1},', []],
      ['bad-option', JSON.stringify([minimal]), ['--workers', '0x2']],
    ] as const) {
      const input = join(dir, `exits-${name}.json`);
      const out = join(dir, `exits-${name}.zip`);
      writeFileSync(input, text);
      const r = await harbor(['batch', 'rfa', input, '-o', out, ...(extra.length > 0 ? extra : ['--workers', '0'])]);
      outcomes.push([name, r.status, existsSync(out)]);
    }
    expect(outcomes).toEqual([
      ['all-good', 0, true],
      ['mixed', EXIT_SOME_NOT_RENDERED, true],
      ['all-bad', EXIT_NONE_RENDERED_INVALID, true],
      ['no-records', 1, false],
      ['not-json', 1, false],
      ['bad-option', 2, false],
    ]);
    for (const [name, status, archive] of outcomes) expect(BATCH_ARCHIVE_EXITS.includes(status), name).toBe(archive);
  });

  it('a batch that is not valid JSON as a whole is an error (exit 1) and writes nothing', async () => {
    const input = join(dir, 'broken.json');
    writeFileSync(input, '[{"a": 1},');
    const out = join(dir, 'broken.zip');
    const r = await harbor(['batch', 'rfa', input, '-o', out]);
    expect(r.status).toBe(1);
    expect(readdirSync(dir).filter((n) => n.includes('broken.zip'))).toEqual([]);
  });
});
