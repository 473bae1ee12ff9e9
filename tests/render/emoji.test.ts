// An emoji is refused in the PDF, by name, in every entry point (decided in round r56: no face
// Harbor can ship draws one; Noto Color Emoji is bitmaps, which the PDF's TrueType subsetter
// cannot embed, and a monochrome face would print a smiley quoted from a text message as a
// different picture than the child saw): the CLI's stderr and exit status, HTTP's problem+json,
// a batch's manifest, each naming the field and "an emoji", the DOCX taking it with a warning.
// An emoji typed as a text symbol and U+FE0F ("❤️", as a phone types it) or a keycap ("1️⃣") was
// named by its code point alone, "contains U+2764": now "an emoji (U+2764)" too
// (src/render/pdf/fonts.ts findUnprintable, unprintable.ts characterName).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { generate } from '../../src/generate.js';
import { harbor } from '../support/cli.js';
import { harness } from '../http/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'harbor-emoji-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withNarrative = (extra: string): Record<string, any> => {
  const c = JSON.parse(readFileSync('fixtures/rfa/minimal.json', 'utf8'));
  c.concern.narrative += ` She showed the message he sent: "pay now ${extra}".`;
  return c;
};

describe('an emoji in a case', () => {
  it.each([
    ['😡', 'U+1F621'],
    ['❤️', 'U+2764'], // a text heart shown as an emoji (U+FE0F): before, "contains U+2764, …"
    ['⚠️', 'U+26A0'],
    ['1️⃣', 'U+20E3'], // a keycap: before, "contains U+20E3, … give this field in Latin transliteration"
  ])('%s is refused in the PDF as an emoji, the field named, and warned of in the DOCX', async (emoji, cp) => {
    const err = await generate({ kind: 'rfa', input: withNarrative(emoji), format: 'pdf' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(HarborError);
    expect((err as HarborError).code).toBe('unsupported-character');
    expect((err as HarborError).issues).toEqual([
      { path: 'concern.narrative', code: 'unsupported-character', message: expect.stringMatching(new RegExp(`^contains an emoji \\(${cp.replace('+', '\\+')}\\), .*write the symbol in words in this field$`)) },
    ]);
    const docx = await generate({ kind: 'rfa', input: withNarrative(emoji), format: 'docx' });
    expect(docx.warnings).toContainEqual({ path: 'concern.narrative', code: 'script-not-embedded', message: expect.stringMatching(new RegExp(`^contains an emoji \\(${cp.replace('+', '\\+')}\\), `)) });
  });

  it('a text symbol with no U+FE0F after it is still named by its code point ("⚠ Note")', async () => {
    const err = (await generate({ kind: 'rfa', input: withNarrative('⚠ Note'), format: 'pdf' }).catch((e: unknown) => e)) as HarborError;
    expect(err.issues![0]!.message).toMatch(/^contains U\+26A0, /);
  });

  it('the CLI says so on stderr, naming the field, and exits non-zero; the DOCX is written with the warning', async () => {
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify(withNarrative('❤️')));
    const pdf = await harbor(['render', 'rfa', file, '-o', join(dir, 'out.pdf')]);
    expect(pdf.status).not.toBe(0);
    expect(pdf.stderr).toMatch(/concern\.narrative: contains an emoji \(U\+2764\), .*\[unsupported-character\]/);
    const docx = await harbor(['render', 'rfa', file, '--format', 'docx', '-o', join(dir, 'out.docx')]);
    expect(docx.status).toBe(0);
    expect(docx.stderr).toMatch(/warning: concern\.narrative: contains an emoji \(U\+2764\)/);
  });

  it('HTTP answers 422 problem+json naming the field', async () => {
    const { agent } = harness();
    const res = await agent.post('/v1/documents/rfa?format=pdf').send(withNarrative('❤️'));
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('unsupported-character');
    expect(res.body.errors).toEqual([{ path: 'concern.narrative', code: 'unsupported-character', message: expect.stringMatching(/^contains an emoji \(U\+2764\), /) }]);
  });

  it('a batch lists the record as invalid in its manifest, with the same error', async () => {
    const input = join(dir, 'cases.json');
    writeFileSync(input, JSON.stringify([JSON.parse(readFileSync('fixtures/rfa/minimal.json', 'utf8')), withNarrative('❤️')]));
    const out = join(dir, 'out.zip');
    const r = await harbor(['batch', 'rfa', input, '-o', out, '--workers', '0']);
    expect(r.status).not.toBe(0);
    const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(out))['manifest.json']!));
    expect(manifest.records.map((x: any) => x.status)).toEqual(['rendered', 'invalid']);
    expect(manifest.records[1].errors).toEqual([{ path: 'concern.narrative', code: 'unsupported-character', message: expect.stringMatching(/^contains an emoji \(U\+2764\), /) }]);
  });
});
