// Each line `harbor batch` prints about one record begins with where the record is (its CSV row,
// its NDJSON line, or its number in a JSON array) and says it once: a row longer than one case may
// be printed "row 3: (case): row 3 is longer than …", and an NDJSON line that was not JSON
// "record 2: (case): line 2 is not valid JSON", a second place in other words. The manifest gives
// the place as the entry's field (`row`, `line`, or `index`) and its messages never again.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli.js';
import { KIND, cases, toCsv, unzip } from '../batch/support.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-record-place-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(): Io & { err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => {}, stderr: (s) => void err.push(s), stdin: () => Buffer.alloc(0), stdoutIsTty: false, stderrIsTty: false, env: {} };
}

/** Longer than one case may be (HARBOR_BODY_LIMIT's default, 1 MiB). */
const LONG = 'x'.repeat(1024 * 1024 + 1);
/** A place as a line or message says it. */
const PLACE = /\b(row|line|record) \d+\b/;

/** The batch's record lines on stderr and its manifest's entries. */
async function batch(name: string, text: string): Promise<{ lines: string[]; records: any[] }> {
  const input = join(dir, name);
  const out = join(dir, `${name}.zip`);
  writeFileSync(input, text);
  const t = io();
  expect(await main(['batch', KIND, input, '-o', out, '--workers', '0'], t)).toBe(4); // none rendered
  const lines = t.err.join('').split('\n').filter((l) => PLACE.test(l.split(':')[0]!));
  return { lines, records: unzip(readFileSync(out)).manifest.records };
}

/** Every record line begins with its place and never says a place again. */
function placedOnce(lines: string[]): string[] {
  for (const l of lines) expect(l.slice(l.indexOf(':') + 1), l).not.toMatch(PLACE);
  return lines.map((l) => l.slice(0, l.indexOf(':')));
}

describe('a record is placed once, in the CLI and the manifest', () => {
  it('CSV: a row too long, and a row of the wrong width, by their rows', async () => {
    const [a, b] = cases(2).map((c): Record<string, any> => ({ ...c, preparedOn: '2026-02-31' }));
    const csv = toCsv([a!, { ...b!, preparer: { ...b!.preparer, name: LONG } }]).replace(/\r\n$/, ',extra\r\n');
    const { lines, records } = await batch('cases.csv', csv);
    expect(placedOnce(lines)).toEqual(expect.arrayContaining(['row 2', 'row 3']));
    expect(records.map((r) => r.row)).toEqual([2, 3]);
    for (const r of records) for (const e of r.errors) expect(e.message).not.toMatch(PLACE);
  });

  it('NDJSON: a line too long and a line that is not JSON, by their lines (a blank line counted, as the file numbers them)', async () => {
    const ndjson = [JSON.stringify({ note: LONG }), '', '{"preparedOn": ', JSON.stringify({ preparedOn: '2026-02-31' })].join('\n');
    const { lines, records } = await batch('cases.ndjson', ndjson);
    expect(placedOnce(lines)).toEqual(['line 1', 'line 3', ...lines.slice(2).map(() => 'line 4')]);
    expect(records.map((r) => r.line)).toEqual([1, 3, 4]);
    expect(records[1].errors).toEqual([{ path: '', code: 'malformed-input', message: 'is not valid JSON: it ends (after 15 characters) before the JSON is complete, as text cut short does' }]);
    for (const r of records) for (const e of r.errors) expect(e.message).not.toMatch(PLACE);
  });

  it('a JSON array: a record too long, by its number', async () => {
    const { lines, records } = await batch('cases.json', JSON.stringify([{ preparedOn: '2026-02-31' }, { note: LONG }]));
    expect(placedOnce(lines)).toContain('record 2');
    expect(records[1]).toMatchObject({ index: 1, errors: [{ path: '', code: 'payload-too-large', message: 'is longer than the limit of 1,048,576 characters for one case (HARBOR_BODY_LIMIT)' }] });
  });
});
