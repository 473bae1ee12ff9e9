// UTF-32 and UTF-16 text named as such, over HTTP and in the CLI (src/encodings.ts utf32Of,
// utf16WithoutBom; docs/batch.md §Encodings). Until 2026-12-06 a UTF-32BE body was refused as "not
// UTF-8 text" at byte 2 advising windows-1252, a UTF-32LE one with its mark was read by the
// UTF-16LE mark's rule (a NUL before every letter: every CSV column "unknown"), and a batch in
// UTF-16 whose mark was lost was refused as "not UTF-8" advising windows-1252, where a single
// route's body in the same bytes was read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { harbor } from '../support/cli.js';
import { binary, harness, rfaCase } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-wide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Text in UTF-32 (Node has no encoder for it): one 4-byte unit per code point. */
function utf32(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const cps = [...(bom ? '\uFEFF' : ''), ...text].map((c) => c.codePointAt(0)!);
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (order === 'le' ? b.writeUInt32LE(cp, i * 4) : b.writeUInt32BE(cp, i * 4)));
  return b;
}

const utf16 = (text: string, order: 'le' | 'be', bom: boolean): Buffer => {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
};

const WIDE: Array<[string, 'le' | 'be', boolean, string]> = [
  ['UTF-32LE with its mark', 'le', true, 'its byte-order mark says UTF-32LE'],
  ['UTF-32BE with its mark', 'be', true, 'its byte-order mark says UTF-32BE'],
  ['UTF-32LE', 'le', false, "its first bytes are UTF-32LE's"],
  ['UTF-32BE', 'be', false, "its first bytes are UTF-32BE's"],
];

const CASE = JSON.stringify({ ...rfaCase(), child: { ...rfaCase().child, givenName: 'Belén' } });
const CSV = 'child.givenName,child.familyName\nBelén,Ruiz\n';

describe('UTF-32 is refused naming it', () => {
  const { agent } = harness();

  for (const [label, order, bom, why] of WIDE) {
    const name = label.slice(0, 8);
    it(`${label}: a body, a case file, a batch over HTTP and a batch file, one message each`, async () => {
      const body = await agent.post('/v1/documents/rfa/check').set('Content-Type', 'application/json').serialize((b: Buffer) => b as unknown as string).send(utf32(CASE, order, bom));
      expect(body.status).toBe(400);
      expect(body.body.detail).toBe(`The request body is ${name} text (${why}${bom ? '' : ', three zero bytes with each letter'}), which Harbor does not read: save it as UTF-8 (or UTF-16), and give it again`);

      const file = join(dir, `case-${order}-${bom}.json`);
      writeFileSync(file, utf32(CASE, order, bom));
      const checked = await harbor(['check', 'rfa', file]);
      expect(checked.status).toBe(1);
      expect(JSON.parse(checked.stdout).errors).toEqual([expect.objectContaining({ code: 'malformed-input', message: expect.stringMatching(new RegExp(`^the case file ".*" is ${name} text \\(${why}`)) })]);

      const batch = await agent.post('/v1/batches/rfa').set('Content-Type', 'text/csv').serialize((b: Buffer) => b as unknown as string).send(utf32(CSV, order, bom));
      expect(batch.status).toBe(400);
      expect(batch.body.detail).toMatch(new RegExp(`^The batch is ${name} text \\(${why}.*\\), which Harbor does not read`));

      const csv = join(dir, `cases-${order}-${bom}.csv`);
      writeFileSync(csv, utf32(CSV, order, bom));
      const cli = await harbor(['batch', 'rfa', csv, '-o', join(dir, 'never.zip')]);
      expect(cli.status).toBe(1);
      expect(cli.stderr).toMatch(new RegExp(`^${csv.replace(/[.]/g, '\\.')}: the file is ${name} text \\(${why}`));
    });
  }
});

describe('a batch in UTF-16 whose byte-order mark was lost is read, as a single route\'s body is', () => {
  const { agent } = harness();

  for (const order of ['le', 'be'] as const) {
    it(`UTF-16${order.toUpperCase()}: CSV and NDJSON, over HTTP and in the CLI, read as text (its é no refusal)`, async () => {
      for (const [type, text] of [['text/csv', CSV], ['application/x-ndjson', `${JSON.stringify({ child: { givenName: 'Belén' } })}\n`]] as const) {
        const res = await agent.post('/v1/batches/rfa').set('Content-Type', type).serialize((b: Buffer) => b as unknown as string).send(utf16(text, order, false)).buffer(true).parse(binary);
        expect(res.status, type).toBe(200);
        const manifest = JSON.parse(strFromU8(unzipSync(new Uint8Array(res.body))['manifest.json']!));
        // Read as text: the record is refused for the fields it lacks, never for a character.
        expect(manifest.records[0].status, type).toBe('invalid');
        expect(manifest.records[0].errors.map((e: { code: string }) => e.code), type).not.toContain('invalid-character');
        expect(manifest.records[0].errors.map((e: { path: string }) => e.path), type).not.toContain('child.givenName');
      }
      const csv = join(dir, `utf16-${order}.csv`);
      writeFileSync(csv, utf16(CSV, order, false));
      const cli = await harbor(['batch', 'rfa', csv, '-o', join(dir, `utf16-${order}.zip`)]);
      expect(cli.status).toBe(4);
      expect(cli.stderr).not.toMatch(/not UTF-8|unknown|names no field/);
    });
  }

  it('UTF-16 without its mark cut inside a character says what its first bytes looked like', async () => {
    const cut = Buffer.concat([utf16(CSV, 'le', false), Buffer.from([0x41])]);
    const res = await agent.post('/v1/batches/rfa').set('Content-Type', 'text/csv').serialize((b: Buffer) => b as unknown as string).send(cut);
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/^The batch is not utf-16le text \(its first bytes are UTF-16's, and it has no byte-order mark\)/);
  });
});

describe('text given as one encoding whose first bytes are UTF-16\'s or UTF-32\'s is named for what it is', () => {
  const { agent } = harness();
  const send = (path: string, type: string, bytes: Buffer) =>
    agent.post(path).set('Content-Type', type).serialize((b: Buffer) => b as unknown as string).send(bytes);

  for (const order of ['le', 'be'] as const) {
    const found = `UTF-16${order.toUpperCase()}`;
    const other = order === 'le' ? 'utf-16be' : 'utf-16le';
    it(`${found} without its mark, labelled utf-8, windows-1252 or the other order: a body, a case file, a batch over HTTP and a batch file`, async () => {
      for (const given of ['utf-8', 'windows-1252', other]) {
        const body = await send('/v1/documents/rfa/check', `application/json; charset=${given}`, utf16(CASE, order, false));
        expect(body.status, given).toBe(400);
        expect(body.body.detail, given).toBe(
          `The request body is given as ${given}, but its first bytes are ${found}'s (a zero byte ${order === 'le' ? 'after' : 'before'} each ASCII letter, as Windows saves "Unicode" text): ` +
            `give its encoding, Content-Type: application/json; charset=utf-16${order}, or save it as UTF-8`,
        );
        const batch = await send('/v1/batches/rfa', `text/csv; charset=${given}`, utf16(CSV, order, false));
        expect(batch.status, given).toBe(400);
        expect(batch.body.detail, given).toMatch(new RegExp(`^The batch is given as ${given}, but its first bytes are ${found}'s .*charset=utf-16${order}, or save it as UTF-8$`));
      }
      const file = join(dir, `given-${order}.json`);
      writeFileSync(file, utf16(CASE, order, false));
      const checked = await harbor(['check', 'rfa', file, '--encoding', 'utf-8']);
      expect(checked.status).toBe(1);
      expect(JSON.parse(checked.stdout).errors).toEqual([expect.objectContaining({ code: 'malformed-input', message: expect.stringMatching(new RegExp(`is given as utf-8, but its first bytes are ${found}'s .*--encoding utf-16${order}`)) })]);
      const csv = join(dir, `given-${order}.csv`);
      writeFileSync(csv, utf16(CSV, order, false));
      const cli = await harbor(['batch', 'rfa', csv, '--encoding', 'windows-1252', '-o', join(dir, 'never.zip')]);
      expect(cli.status).toBe(1);
      expect(cli.stderr).toMatch(new RegExp(`the file is given as windows-1252, but its first bytes are ${found}'s .*--encoding utf-16${order}, or save it as UTF-8`));
    });
  }

  it('UTF-32 without its mark labelled utf-8 is named UTF-32, as unlabelled', async () => {
    const body = await send('/v1/documents/rfa/check', 'application/json; charset=utf-8', utf32(CASE, 'le', false));
    expect(body.status).toBe(400);
    expect(body.body.detail).toMatch(/^The request body is UTF-32LE text \(its first bytes are UTF-32LE's/);
    const batch = await send('/v1/batches/rfa', 'text/csv; charset=utf-8', utf32(CSV, 'be', false));
    expect(batch.status).toBe(400);
    expect(batch.body.detail).toMatch(/^The batch is UTF-32BE text \(its first bytes are UTF-32BE's/);
  });

  it('a UTF-32 label is told as UTF-32, not as an unknown name with the list of encodings', async () => {
    for (const label of ['utf-32', 'UTF-32LE', 'utf32', 'ucs-4']) {
      const body = await send('/v1/documents/rfa/check', `application/json; charset=${label}`, utf32(CASE, 'le', true));
      expect(body.status, label).toBe(415);
      expect(body.body.detail, label).toBe(`Content-Type charset "${label}" says the text is UTF-32, which Harbor does not read: save it as UTF-8 (or UTF-16), and give it again`);
      const batch = await send('/v1/batches/rfa', `text/csv; charset=${label}`, utf32(CSV, 'le', true));
      expect(batch.status, label).toBe(415);
      expect(batch.body.detail, label).toContain('says the text is UTF-32');
    }
    const file = join(dir, 'label32.json');
    writeFileSync(file, utf32(CASE, 'le', true));
    const checked = await harbor(['check', 'rfa', file, '--encoding', 'utf-32']);
    expect(checked.status).toBe(2);
    expect(checked.stderr).toContain('--encoding "utf-32" says the text is UTF-32, which Harbor does not read');
    const cli = await harbor(['batch', 'rfa', file, '--encoding', 'utf-32', '-o', join(dir, 'never.zip')]);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('--encoding "utf-32" says the text is UTF-32');
  });
});
