// The DOCX container writer (src/render/docx/zip.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { STATIC_PART, zipParts } from '../../../src/render/docx/zip.js';
import { childBound } from '../../support/until.js';

describe('DOCX zip container', () => {
  const parts: Array<[string, string | Uint8Array]> = [
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', '<w:document>Nguyễn Thị Ánh 王秀英 ' + 'x'.repeat(70_000) + '</w:document>'],
    ['word/styles.xml', '<w:styles/>'],
    ['word/media/blob.bin', new Uint8Array([0, 1, 2, 255])],
  ];

  it('round-trips every part, in order, through an independent unzip (fflate) and Python zipfile', () => {
    const bytes = zipParts(parts);
    const back = unzipSync(bytes);
    expect(Object.keys(back)).toEqual(parts.map(([n]) => n));
    for (const [name, data] of parts) {
      expect(typeof data === 'string' ? strFromU8(back[name]!) : [...back[name]!]).toEqual(typeof data === 'string' ? data : [...data]);
    }
    const dir = mkdtempSync(join(tmpdir(), 'harbor-zip-'));
    try {
      writeFileSync(join(dir, 'a.zip'), bytes);
      // testzip() checks every CRC; infolist() reads the central directory.
      const out = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(len(z.infolist()))', join(dir, 'a.zip')], { encoding: 'utf8', ...childBound() });
      expect(out.trim().split('\n')).toEqual(['None', String(parts.length)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is a pure function of the parts (second call, cached static parts, same bytes)', () => {
    expect(Buffer.from(zipParts(parts)).equals(Buffer.from(zipParts(parts)))).toBe(true);
  });

  it('caches only parts that cannot hold case data', () => {
    for (const n of ['word/theme/theme1.xml', 'word/numbering.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels', '_rels/.rels']) expect(STATIC_PART.test(n), n).toBe(true);
    // styles.xml and fontTable.xml name the document's embedded font families (fonts.ts subsetFamily).
    for (const n of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml', 'docProps/core.xml', 'docProps/custom.xml', 'word/styles.xml', 'word/fontTable.xml']) expect(STATIC_PART.test(n), n).toBe(false);
  });
});
