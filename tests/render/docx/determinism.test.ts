// Same model → byte-identical DOCX (docs/architecture.md §Determinism), in any process and time zone; metadata carries
// the provenance; a different document date changes only the core properties' dates.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDocx, renderDocxVia } from '../../../src/render/docx/index.js';
import { docxParts } from '../../support/extract.js';
import { specimenModel } from '../../specimen/index.js';
import { everyNode } from './models.js';
import { childBound } from '../../support/until.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('DOCX determinism', () => {
  it('renders the same model to identical bytes, twice and through docx itself', async () => {
    for (const model of [everyNode(), specimenModel()]) {
      const a = await renderDocx(model);
      const b = await renderDocx(structuredClone(model));
      expect(sha(b)).toBe(sha(a));
      // docx's own objects through its public Packer (the reference path; tests/render/docx/writer.test.ts
      // compares more documents) give the same bytes as the XML writer.
      expect(sha(await renderDocxVia(model, 'packer'))).toBe(sha(a));
    }
  });

  it('gives the same bytes in another process and another time zone', async () => {
    const here = sha(await renderDocx(everyNode()));
    // One fresh process (~2.5 s of CPU to start with tsx) for both zones: it starts in the first,
    // so anything computed at import sees that zone, then renders again after switching to the
    // second (Node applies a change of process.env.TZ at once).
    const script = `
      import { createHash } from 'node:crypto';
      import { renderDocx } from './src/render/docx/index.ts';
      import { everyNode } from './tests/render/docx/models.ts';
      const out = [];
      for (const tz of ['America/Los_Angeles', 'Asia/Tokyo']) {
        process.env.TZ = tz;
        const b = await renderDocx(everyNode());
        out.push([tz, new Date(2026, 0, 1).getTimezoneOffset(), createHash('sha256').update(b).digest('hex')]);
      }
      process.stdout.write(JSON.stringify(out));`;
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const there = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: root,
        env: { ...process.env, TZ: 'America/Los_Angeles' },
        encoding: 'utf8',
        ...childBound(),
      }),
    ) as [string, number, string][];
    // The zones were in force (UTC−8 and UTC+9 on 1 January), and the bytes are the same in each.
    expect(there).toEqual([
      ['America/Los_Angeles', 480, here],
      ['Asia/Tokyo', -540, here],
    ]);
  });

  it('changes only the core dates when the document date changes', async () => {
    const a = docxParts(await renderDocx(everyNode()));
    const m = everyNode();
    m.meta.date = '2027-12-31';
    const b = docxParts(await renderDocx(m));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    const changed = Object.keys(a).filter((k) => a[k] !== b[k]);
    expect(changed).toEqual(['docProps/core.xml']);
    expect(a['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-07T00:00:00Z</dcterms:created>');
    expect(a['docProps/core.xml']).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-07T00:00:00Z</dcterms:modified>');
    expect(b['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2027-12-31T00:00:00Z</dcterms:created>');
  });

  it('writes fixed zip entry times and [Content_Types].xml first', async () => {
    const bytes = await renderDocx(everyNode());
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let offset = 0;
    const names: string[] = [];
    // Walk the local file headers (signature 0x04034b50): DOS time at +10, date at +12.
    while (view.getUint32(offset, true) === 0x04034b50) {
      expect(view.getUint16(offset + 10, true)).toBe(0); // 00:00:00
      expect(view.getUint16(offset + 12, true)).toBe((0 << 9) | (1 << 5) | 1); // 1980-01-01
      const nameLen = view.getUint16(offset + 26, true);
      const extraLen = view.getUint16(offset + 28, true);
      const size = view.getUint32(offset + 18, true);
      names.push(new TextDecoder().decode(bytes.subarray(offset + 30, offset + 30 + nameLen)));
      offset += 30 + nameLen + extraLen + size;
    }
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names).toContain('word/document.xml');
    expect(names.length).toBe(Object.keys(docxParts(bytes)).length);
  });

  it('rejects a model whose date is not an ISO date rather than inventing one', async () => {
    const m = everyNode();
    m.meta.date = 'March 7, 2026';
    await expect(renderDocx(m)).rejects.toMatchObject({ code: 'internal' });
  });

  it('carries kind, template version, Harbor version and fingerprint in the metadata', async () => {
    const parts = docxParts(await renderDocx(everyNode()));
    const core = parts['docProps/core.xml']!;
    expect(core).toContain('<dc:title>Declaration of Ana Example</dc:title>');
    expect(core).toContain('<dc:subject>t-visa-declaration</dc:subject>');
    expect(core).toContain('<dc:creator>Harbor</dc:creator>');
    expect(core).toMatch(/<cp:keywords>[^<]*template 1\.2\.0[^<]*fingerprint 0123456789abcdef<\/cp:keywords>/);
    expect(core).toMatch(/<dc:description>[^<]*Harbor 0\.1\.0[^<]*<\/dc:description>/);
    const custom = parts['docProps/custom.xml']!;
    const prop = (name: string) => new RegExp(`name="${name}"><vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(custom)?.[1];
    expect(prop('HarborKind')).toBe('t-visa-declaration');
    expect(prop('HarborTemplateVersion')).toBe('1.2.0');
    expect(prop('HarborVersion')).toBe('0.1.0');
    expect(prop('HarborFingerprint')).toBe('0123456789abcdef');
  });
});
