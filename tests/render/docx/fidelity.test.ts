// The DOCX looks like the PDF on a machine without Harbor's fonts (issue 17 point 3–4): the fonts
// are embedded (Word's obfuscated .odttf parts, subset), and LibreOffice, with Noto Serif and
// Droid Sans Fallback hidden from fontconfig, lays every kind's `full` example out on as many
// pages as the PDF, with no word broken inside. Page images (DOCX through LibreOffice beside the
// PDF) are written for a reviewer only when asked, REVIEW_PAGE_IMAGES=<dir> (a directory outside
// the repository): they were kept under tests/golden/docx-vs-pdf/, written by UPDATE_GOLDEN=1 and
// never read by any test (which counted them only), so they went stale by two pages unnoticed
// while the test passed. The assertions below are what hold the DOCX to the PDF.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { obfuscateFont } from '../../../src/render/docx/fonts.js';
import { docxParts, pdfPageCount, pdfText } from '../../support/extract.js';
import { fcMatch, fontconfigWithoutShippedFonts, libreOfficePdf, loTimeout } from './support.js';
import { childBound } from '../../support/until.js';

const KINDS = ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo'];
const fixture = (kind: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/${kind}/full.json`, import.meta.url), 'utf8'));

/** Words (whitespace-separated tokens) with their counts. */
function words(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.split(/\s+/)) if (w !== '') m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
/** Tokens of `a` not matched one for one in `b`: a word broken in two shows up as two strangers. */
function extra(a: Map<string, number>, b: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [w, n] of a) for (let i = b.get(w) ?? 0; i < n; i++) out.push(w);
  return out;
}

describe('DOCX with embedded fonts', () => {
  it('embeds Noto Serif (and the CJK fallback when used) as obfuscated subset fonts Word and LibreOffice can read', async () => {
    const bytes = (await generate({ kind: 't-visa-declaration', input: fixture('t-visa-declaration'), format: 'docx' })).bytes;
    const parts = docxParts(bytes);
    const table = parts['word/fontTable.xml']!;
    const embeds = [...table.matchAll(/<w:(embed\w+) r:id="(rIdFont\d+)" w:fontKey="\{([0-9A-F-]{36})\}" w:subsetted="1"\/>/g)];
    expect(embeds.map((e) => e[1])).toContain('embedRegular');
    expect(embeds.map((e) => e[1])).toContain('embedBold');
    expect(parts['word/settings.xml']).toContain('<w:embedTrueTypeFonts/><w:saveSubsetFonts/>');
    expect(parts['[Content_Types].xml']).toContain('ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf"');
    const rels = parts['word/_rels/fontTable.xml.rels']!;
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toContain('word/fonts/font1.odttf');
    for (const [, , rid, key] of embeds) {
      const target = new RegExp(`Id="${rid}" Type="[^"]+/relationships/font" Target="(fonts/font\\d+\\.odttf)"`).exec(rels)?.[1];
      expect(target, rid).toBeDefined();
      const odttf = files[`word/${target}`]!;
      const font = fontkit.create(Buffer.from(obfuscateFont(odttf, key!))) as fontkit.Font;
      expect(font.familyName).toMatch(/^Noto Serif [A-Z]{6}$/); // the document's own (fonts.ts subsetFamily)
      // A subset: the document's characters and ASCII, not the 3,000-glyph face.
      expect(font.numGlyphs).toBeLessThan(400);
      expect(font.glyphForCodePoint(0x41).id).toBeGreaterThan(0);
      expect(font.glyphForCodePoint(0xa7).id).toBeGreaterThan(0); // §
    }
  });
});

describe('LibreOffice without the fonts installed lays the DOCX out like the PDF', () => {
  it('the conversion machine really lacks Noto Serif and Droid Sans Fallback', () => {
    const conf = fontconfigWithoutShippedFonts();
    expect(fcMatch('Noto Serif', conf)).not.toMatch(/Noto/);
    expect(fcMatch('Droid Sans Fallback', conf)).not.toMatch(/Droid/);
  });

  it.each(KINDS)('%s full: same page count as the PDF, no word broken', async (kind) => {
    const pdf = (await generate({ kind, input: fixture(kind), format: 'pdf' })).bytes;
    const docx = (await generate({ kind, input: fixture(kind), format: 'docx' })).bytes;
    const lo = libreOfficePdf(docx, 'embedded');
    expect(pdfPageCount(lo)).toBe(pdfPageCount(pdf));
    // The same words, one for one: a word wrapped inside ("Overtim" + "e", "$2,100.0" + "0")
    // would leave pieces that the PDF does not have.
    const ours = words(pdfText(pdf));
    const theirs = words(pdfText(lo));
    expect(extra(theirs, ours)).toEqual([]);
    expect(extra(ours, theirs)).toEqual([]);
    // LibreOffice used the embedded face, not a substitute (pdffonts names what it embedded).
    const dir = mkdtempSync(join(tmpdir(), 'harbor-fid-'));
    try {
      writeFileSync(join(dir, 'lo.pdf'), lo);
      const fonts = execFileSync('pdffonts', [join(dir, 'lo.pdf')], { encoding: 'utf8', ...childBound() });
      expect(fonts).toMatch(/NotoSerif/);
      expect(fonts).not.toMatch(/DejaVu|Liberation/);
      const out = process.env.REVIEW_PAGE_IMAGES;
      if (out) {
        // Page images for review, only when asked: the PDF beside the DOCX through LibreOffice.
        mkdirSync(out, { recursive: true });
        // pdftoppm pads page numbers to the page count's width: clear the last run's images first.
        for (const f of readdirSync(out)) if (f.startsWith(`${kind}-full-`)) rmSync(join(out, f));
        writeFileSync(join(dir, 'harbor.pdf'), pdf);
        execFileSync('pdftoppm', ['-png', '-r', '50', join(dir, 'harbor.pdf'), join(out, `${kind}-full-pdf`)], { ...childBound() });
        execFileSync('pdftoppm', ['-png', '-r', '50', join(dir, 'lo.pdf'), join(out, `${kind}-full-docx`)], { ...childBound() });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, loTimeout());
});
