// Excel for clinics (issue 13, "must show" 3): `harbor xlsx-template` gives a workbook that opens
// with exceljs with dropdowns on the enum columns, dates as dates and a sheet explaining each
// column; a filled template goes through `harbor batch` to the same documents as the same cases
// in a CSV; the HTTP API takes .xlsx batches and serves the template.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import supertest from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { csvCell, flatten, schemaAt } from '../../src/batch/dotpaths.js';
import { getKind, KINDS } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { cellText, enumValues, XLSX_TYPE } from '../../src/batch/xlsx.js';
import { main, type Io } from '../../src/cli.js';
import { createApp } from '../../src/http/app.js';
import { binary } from '../http/helpers.js';
import { unzip } from '../batch/support.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function harbor(...argv: string[]): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  const out: Buffer[] = [];
  let stderr = '';
  const io: Io = {
    stdout: (s) => void out.push(Buffer.from(s)),
    stderr: (s) => void (stderr += s),
    stdin: () => Buffer.alloc(0),
    stdoutIsTty: false,
    stderrIsTty: false,
    env: {},
  };
  const code = await main(argv, io);
  return { code, stdout: Buffer.concat(out), stderr };
}

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const example = async (kind: string): Promise<Record<string, any>> => JSON.parse((await harbor('example', kind)).stdout.toString('utf8'));

describe('harbor xlsx-template', () => {
  it('rfa: the CSV template\'s header and example row, dropdowns on every enum column, dates as dates, a sheet per column', async () => {
    const file = join(dir, 'rfa-template.xlsx');
    const r = await harbor('xlsx-template', 'rfa', '-o', file);
    expect(r.code, r.stderr).toBe(0);
    const csv = (await harbor('csv-template', 'rfa')).stdout.toString('utf8');
    const header = csv.slice(0, csv.indexOf('\r\n')).split(',');

    const wb = await workbook(file);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Cases');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(header);
    const col = (h: string) => header.indexOf(h) + 1;

    // Dates are dates, formatted as such; numbers-looking text (the A-number) stays text.
    const dob = ws.getCell(2, col('child.dateOfBirth'));
    expect(dob.value).toEqual(new Date('2009-11-02T00:00:00Z'));
    expect(dob.numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell(2, col('child.aNumber')).value).toBe('A 212-345-678');

    // A dropdown on each enum column, from row 2 down, listing exactly the schema's values.
    const lists = wb.getWorksheet('Lists')!;
    const listValues = (formula: string): string[] => {
      const m = /^Lists!\$([A-Z]+)\$1:\$\1\$(\d+)$/.exec(formula)!;
      return Array.from({ length: Number(m[2]) }, (_, i) => String(lists.getCell(`${m[1]}${i + 1}`).value));
    };
    for (const [h, values] of [
      ['child.sex', ['female', 'male', 'other']],
      ['location.custody', ['orr-shelter', 'orr-foster-care', 'released-to-sponsor', 'state-child-welfare', 'dhs-custody', 'other']],
      ['concern.types.0', ['labor', 'sex']],
      ['child.inUnitedStates', ['TRUE', 'FALSE']],
    ] as const) {
      for (const row of [2, 3, 500]) {
        const dv = ws.getCell(row, col(h)).dataValidation;
        expect(dv?.type, `${h} row ${row}`).toBe('list');
        expect(listValues(dv!.formulae![0] as string), h).toEqual(values);
      }
    }
    // A free-text column has none.
    expect(ws.getCell(2, col('child.givenName')).dataValidation).toBeUndefined();

    // The second visible sheet explains every column.
    const help = wb.getWorksheet('Columns')!;
    const rows = new Map<string, unknown[]>();
    help.eachRow((row, n) => {
      if (n > 1 && typeof row.getCell(1).value === 'string') rows.set(row.getCell(1).value as string, (row.values as unknown[]).slice(1));
    });
    for (const h of header) expect(rows.has(h), h).toBe(true);
    // An optional date: its own label and help, not its type's ("Child › Date", "A calendar date");
    // required only with no age (the case's rule, not the column's).
    expect(rows.get('child.dateOfBirth')!.slice(0, 4)).toEqual(['child.dateOfBirth', 'Child › Date of birth', expect.stringMatching(/^yyyy-mm-dd; an estimate when/), 'date (yyyy-mm-dd)']);
    expect(rows.get('child.inUnitedStates')![4]).toBe('yes');
    // The given name is required unless child.givenNameNotYetKnown (the case's rule, RFA 2.15.0),
    // so its column is not marked required, as the date of birth's is not.
    expect(rows.get('child.givenName')![4]).toBe('');
    expect(rows.get('child.sex')![5]).toBe('female, male, other');
    // The cells take the codes; the sheet says what each means, in the form's words.
    expect(String(rows.get('location.custody')![6]).split('\n')).toContain('released-to-sponsor: Released to a sponsor');
  });

  it('every kind: each column is explained with its own field\'s label and help, where the schema gives them, and each allowed value with what it means', async () => {
    for (const kind of KINDS.map((k) => k.id)) {
      const file = join(dir, `${kind}-columns.xlsx`);
      expect((await harbor('xlsx-template', kind, '-o', file)).code).toBe(0);
      const help = (await workbook(file)).getWorksheet('Columns')!;
      const schema = caseJsonSchema(getKind(kind));
      let checked = 0;
      let explained = 0;
      help.eachRow((row, n) => {
        const path = row.getCell(1).value;
        if (n === 1 || typeof path !== 'string') return;
        const own = schemaAt(schema, path.split('.'));
        if (/\.\d+$/.test(path)) return; // a list's item is labelled by its number ("#2")
        if (typeof own?.title === 'string') {
          expect(String(row.getCell(2).value), path).toMatch(new RegExp(`(^|› )${own.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
          checked++;
        }
        if (typeof own?.description === 'string') expect(row.getCell(3).value, path).toBe(own.description);
        // Every allowed value of a dropdown is explained, in its order, with a label of its own.
        const allowed = row.getCell(6).value;
        if (typeof allowed === 'string' && allowed !== '') {
          const lines = String(row.getCell(7).value).split('\n');
          expect(lines.map((l) => l.slice(0, l.indexOf(': '))), path).toEqual(allowed.split(', '));
          for (const l of lines) expect(l.slice(l.indexOf(': ') + 2).trim(), path).not.toBe('');
          explained++;
        }
      });
      expect(checked, kind).toBeGreaterThan(10);
      expect(explained, kind).toBeGreaterThan(0);
    }
  });

  it('refuses to write a workbook to a terminal, and an unknown kind', async () => {
    const io = { stdout: () => {}, stderr: () => {}, stdin: () => Buffer.alloc(0), stdoutIsTty: true, stderrIsTty: false, env: {} } as Io;
    expect(await main(['xlsx-template', 'rfa'], io)).toBe(2);
    expect((await harbor('xlsx-template', 'nope', '-o', join(dir, 'x.xlsx'))).code).not.toBe(0);
  });
});

/** Fill the template with cases as a person would: dates typed as dates, numbers as numbers. */
async function fillTemplate(template: string, out: string, cases: Record<string, any>[]): Promise<string[]> {
  const wb = await workbook(template);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  cases.forEach((c, i) => {
    const cells = flatten(c);
    header.forEach((h, j) => {
      const v = cells[h];
      const cell = ws.getCell(i + 2, j + 1);
      if (v === undefined || v === '') cell.value = null;
      // A real date typed into a date column is an Excel date; "2010-02-30" stays the text typed.
      else if (/^\d{4}-\d\d-\d\d$/.test(v) && cell.numFmt === 'yyyy-mm-dd' && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)) cell.value = new Date(`${v}T00:00:00Z`);
      else if (/^-?\d+(\.\d+)?$/.test(v) && !/^0\d/.test(v) && cell.numFmt !== '@') cell.value = Number(v);
      else if (v === 'true' || v === 'false') cell.value = v === 'true';
      else cell.value = v;
    });
  });
  await wb.xlsx.writeFile(out);
  return header;
}

function csvOf(header: string[], cases: Record<string, any>[]): string {
  return [header.map(csvCell).join(','), ...cases.map((c) => {
    const f = flatten(c);
    return header.map((h) => csvCell(f[h] ?? '')).join(',');
  })].join('\r\n') + '\r\n';
}

describe('a filled template through harbor batch', () => {
  for (const kind of ['rfa', 'restitution-worksheet']) {
    it(`${kind}: the same documents as the same cases in a CSV`, async () => {
      const ex = await example(kind);
      // Three cases: the example, a variant, and one with a bad date (row 4).
      const second = structuredClone(ex);
      const third = structuredClone(ex);
      if (kind === 'rfa') {
        second.child.givenName = 'Itzel';
        second.child.dateOfBirth = '2010-01-31';
        third.child.dateOfBirth = '2010-02-30';
      } else {
        second.victim.identifier = 'R.T.';
        second.losses[0].amountCents = 12_345;
        third.laborPeriods[0].startDate = '2009-02-30';
      }
      const template = join(dir, `${kind}-round-trip-template.xlsx`);
      expect((await harbor('xlsx-template', kind, '-o', template)).code).toBe(0);
      const xlsx = join(dir, `${kind}-cases.xlsx`);
      const header = await fillTemplate(template, xlsx, [ex, second, third]);
      const csv = join(dir, `${kind}-cases.csv`);
      writeFileSync(csv, csvOf(header, [ex, second, third]));

      const a = await harbor('batch', kind, xlsx, '-o', join(dir, `${kind}-x.zip`), '--workers', '0');
      const b = await harbor('batch', kind, csv, '-o', join(dir, `${kind}-c.zip`), '--workers', '0');
      expect(a.code).toBe(3); // one record invalid
      expect(b.code).toBe(3);
      expect(a.stderr).toMatch(/^row 4: \S+: .*\[invalid-date\]$/m);
      const zx = unzip(readFileSync(join(dir, `${kind}-x.zip`)));
      const zc = unzip(readFileSync(join(dir, `${kind}-c.zip`)));
      expect(zx.names).toEqual(zc.names);
      expect(zx.manifest).toEqual(zc.manifest);
      expect(zx.manifest).toMatchObject({ total: 3, rendered: 2, failed: 1 });
      for (const n of zx.names) expect(Buffer.from(zx.files[n]!).equals(Buffer.from(zc.files[n]!)), n).toBe(true);
    });
  }

  it('a cell holding U+FFFD (text mangled before it reached Excel) makes its record invalid, naming the row and field', async () => {
    const ex = await example('rfa');
    const template = join(dir, 'fffd-template.xlsx');
    expect((await harbor('xlsx-template', 'rfa', '-o', template)).code).toBe(0);
    const mangled = structuredClone(ex);
    mangled.child.givenName = 'Ximena Bel\uFFFDn';
    const xlsx = join(dir, 'fffd.xlsx');
    await fillTemplate(template, xlsx, [ex, mangled]);
    const r = await harbor('batch', 'rfa', xlsx, '-o', join(dir, 'fffd.zip'), '--format', 'docx', '--workers', '0');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^row 3: child\.givenName: contains U\+FFFD .*\[invalid-character\]$/m);
    expect(unzip(readFileSync(join(dir, 'fffd.zip'))).manifest).toMatchObject({ total: 2, rendered: 1, failed: 1 });
  });

  it('a workbook that is not one, and a bad header, are refused with what is wrong', async () => {
    const notXlsx = join(dir, 'not.xlsx');
    writeFileSync(notXlsx, 'child.givenName\nAna\n');
    const r = await harbor('batch', 'rfa', notXlsx, '-o', join(dir, 'n.zip'), '--workers', '0');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not an Excel workbook/);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cases');
    ws.addRow(['child.givenName', 'child..familyName']);
    ws.addRow(['Ana', 'Pérez']);
    const bad = join(dir, 'bad-header.xlsx');
    await wb.xlsx.writeFile(bad);
    const h = await harbor('batch', 'rfa', bad, '-o', join(dir, 'h.zip'), '--workers', '0');
    expect(h.code).toBe(1);
    expect(h.stderr).toMatch(/Header row: column "child\.\.familyName" is not a dot path/);
    const twice = new ExcelJS.Workbook();
    twice.addWorksheet('Cases').addRows([
      ['child.givenName', 'child.familyName', 'child.givenName'],
      ['Ana', 'Pérez', 'Ana'],
    ]);
    const dup = join(dir, 'twice.xlsx');
    await twice.xlsx.writeFile(dup);
    const d = await harbor('batch', 'rfa', dup, '-o', join(dir, 'd.zip'), '--workers', '0');
    expect(d.code).toBe(1);
    expect(d.stderr).toContain('Header row: column "child.givenName" appears twice (columns A and C); keep one');
    const misspelled = new ExcelJS.Workbook();
    misspelled.addWorksheet('Cases').addRows([
      ['child.givenName', 'child.anumber'],
      ['Ana', 'A012345678'],
    ]);
    const typo = join(dir, 'typo.xlsx');
    await misspelled.xlsx.writeFile(typo);
    const t = await harbor('batch', 'rfa', typo, '-o', join(dir, 't.zip'), '--workers', '0');
    expect(t.code).toBe(1);
    expect(t.stderr).toBe(`${typo}: child.anumber: column B of the header names no field Harbor knows, so its cells would be lost; did you mean child.aNumber? [unrecognized-keys]\n`);
  });
});

describe('Excel cells through the schema', () => {
  const date = { type: 'string', format: 'date' };
  it('dates, date serials, numbers, formulas, rich text and booleans become the text a CSV cell holds', () => {
    expect(cellText(new Date('2010-05-06T00:00:00Z'), date)).toBe('2010-05-06');
    expect(cellText(40304, date)).toBe('2010-05-06'); // a date column holding Excel's serial number
    expect(cellText(new Date('2026-03-07T23:10:00Z'), { type: 'string' })).toBe('2026-03-07T23:10:00');
    expect(cellText(0.1 + 0.2, { type: 'number' })).toBe('0.3'); // Excel's 15 significant digits
    expect(cellText(212345678, { type: 'string' })).toBe('212345678');
    expect(cellText({ formula: 'A1*2', result: 14 } as ExcelJS.CellValue, { type: 'number' })).toBe('14');
    expect(cellText({ richText: [{ text: 'Ana ' }, { text: 'María' }] } as ExcelJS.CellValue, { type: 'string' })).toBe('Ana María');
    expect(cellText(true, { type: 'boolean' })).toBe('true');
    expect(cellText(null, { type: 'string' })).toBe('');
  });

  it('enum values come from enum, const and nullable alternatives; free text has none', () => {
    expect(enumValues({ anyOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'null' }] })).toEqual(['a', 'b']);
    expect(enumValues({ anyOf: [{ const: 'x' }, { const: 'y' }] })).toEqual(['x', 'y']);
    expect(enumValues({ type: 'string' })).toBeUndefined();
  });
});

describe('HTTP', () => {
  const agent = supertest(createApp());
  it('GET /v1/documents/{kind}/xlsx-template is the workbook, and POST /v1/batches/{kind} takes one', async () => {
    const t = await agent.get('/v1/documents/rfa/xlsx-template').buffer(true).parse(binary);
    expect(t.status).toBe(200);
    expect(t.headers['content-type']).toBe(XLSX_TYPE);
    expect(t.headers['content-disposition']).toBe('attachment; filename="rfa-template.xlsx"');
    // The template as it comes (the example in row 2) is a one-case batch.
    const res = await agent.post('/v1/batches/rfa').set('Content-Type', XLSX_TYPE).send(t.body).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const { manifest } = unzip(new Uint8Array(res.body));
    expect(manifest).toMatchObject({ total: 1, rendered: 1, failed: 0 });
    expect(manifest.records[0].row).toBe(2);
    const bad = await agent.post('/v1/batches/rfa').set('Content-Type', XLSX_TYPE).send(Buffer.from('not a workbook'));
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/not an Excel workbook/);
  });
});
