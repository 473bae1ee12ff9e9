// A value outside a choice in a batch (docs/fields.md, "Choices"; docs/batch.md): the record is
// invalid in the manifest with the kit's message, which names the field by its label and every
// choice by its label, the codes after them ("must be one of the choices of “Custody or
// placement”: …"), the same words as `harbor check` and the web form; the other records render.
// A CSV cell and an NDJSON line each, through the CLI in this process (one render thread: none).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { csvCell, flatten } from '../../src/batch/dotpaths.js';
import { harbor } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-choice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const minimal = (): Record<string, any> => JSON.parse(readFileSync(new URL('../../fixtures/rfa/minimal.json', import.meta.url), 'utf8'));

const CUSTODY =
  'must be one of the choices of “Custody or placement”: “ORR shelter”, “ORR foster care”, “Released to a sponsor”, “State child welfare custody”, “DHS custody (CBP or ICE)” or “Other” (codes: orr-shelter, orr-foster-care, released-to-sponsor, state-child-welfare, dhs-custody, other)';

async function batch(name: string, body: string): Promise<{ status: number; stderr: string; manifest: any }> {
  const input = join(dir, name);
  writeFileSync(input, body);
  const out = join(dir, `${name}.zip`);
  const r = await harbor(['batch', 'rfa', input, '-o', out, '--workers', '0']);
  return { status: r.status, stderr: r.stderr, manifest: JSON.parse(strFromU8(unzipSync(readFileSync(out))['manifest.json']!)) };
}

describe('a bad choice code in a batch: the record’s manifest entry says the choices in words', () => {
  it('CSV: "foster-care" in location.custody, row 3; rows 2 and 4 render', async () => {
    const bad = minimal();
    bad.location = { custody: 'foster-care' };
    const rows = [minimal(), bad, minimal()].map((c) => flatten(c));
    const header = [...new Set(rows.flatMap((f) => Object.keys(f)))];
    const csv = [header.map(csvCell).join(','), ...rows.map((f) => header.map((h) => csvCell(f[h] ?? '')).join(','))].join('\r\n') + '\r\n';
    const r = await batch('cases.csv', csv);
    expect(r.status).toBe(3);
    expect(r.manifest.records.map((x: any) => x.status)).toEqual(['rendered', 'invalid', 'rendered']);
    expect(r.manifest.records[1]).toMatchObject({ row: 3, status: 'invalid', errors: [{ path: 'location.custody', message: CUSTODY }] });
    expect(r.stderr).toContain(`location.custody: ${CUSTODY}`);
  });

  it('NDJSON: "sex-trafficking" in concern.types, line 2: the list item’s path, the field’s label', async () => {
    const bad = minimal();
    bad.concern.types = ['sex-trafficking'];
    const r = await batch('cases.ndjson', `${JSON.stringify(minimal())}\n${JSON.stringify(bad)}\n`);
    expect(r.status).toBe(3);
    expect(r.manifest.records.map((x: any) => x.status)).toEqual(['rendered', 'invalid']);
    const e = r.manifest.records[1].errors;
    expect(e).toHaveLength(1);
    expect(e[0].path).toBe('concern.types.0');
    expect(e[0].message).toBe('must be one of the choices of “Type”: “Labor trafficking” or “Sex trafficking” (codes: labor, sex)');
  });
});
