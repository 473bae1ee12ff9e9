// The minus sign (U+2212), which word processors type for a negative amount ("−$40.00"), prints in
// both formats: the PDF refused it as unsupported-character (Noto Serif has no glyph for it) while
// the DOCX printed it, with a script-not-embedded warning. Each body face now makes one of its own
// outlines (src/render/pdf/made-glyphs.ts makeMinus: the figure dash stretched to the plus sign's
// crossbar), which the PDF's subsets and the DOCX's embedded fonts both carry, so a reader sees the
// same minus in either and a copy gives back U+2212. The other characters word processors type
// (hyphen U+2010, non-breaking hyphen U+2011, figure dash U+2012, soft hyphen U+00AD, thin space
// U+2009, narrow no-break space U+202F, fraction slash U+2044) were in the faces already: they
// print in both, with no warning, and copy back as typed.
import { unzipSync } from 'fflate';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { getKind } from '../../src/kinds/index.js';
import { readFixture } from '../../src/kinds/files.js';
import { generate } from '../../src/pipeline.js';
import { obfuscateFont } from '../../src/render/docx/fonts.js';
import { harborFonts, type FaceId } from '../../src/render/pdf/fonts.js';
import { docxParts, docxText, pdfText } from '../support/extract.js';

const KIND = 'best-interests-memo';
/** The memo's example with `lead` before its summary. */
function withSummary(lead: string): unknown {
  const data = structuredClone(readFixture(getKind(KIND), 'full.json')) as { summary: string };
  data.summary = `${lead} ${data.summary}`;
  return data;
}
const notEmbedded = (warnings: Array<{ code: string }>) => warnings.filter((w) => w.code === 'script-not-embedded');

/** A glyph's bounding box in font units, rounded. */
const box = (g: fontkit.Glyph) => [g.bbox.minX, g.bbox.minY, g.bbox.maxX, g.bbox.maxY].map(Math.round);

describe('the minus sign', () => {
  it('prints in the PDF, copying back as typed beside a figure dash, and in the DOCX with no warning', async () => {
    const lead = 'Owed −$40.00, or −5 days; call 555‒1234.';
    const input = withSummary(lead);
    // Before: unsupported-character at `summary` ("contains U+2212, which no font embedded in the PDF can print").
    const pdf = await generate({ kind: KIND, input, format: 'pdf' });
    expect(pdfText(pdf.bytes, { first: 1, last: 1 }).replace(/\s+/g, ' ')).toContain(lead);
    const docx = await generate({ kind: KIND, input, format: 'docx' });
    expect(notEmbedded(docx.warnings)).toEqual([]); // before: U+2212 "which no font embedded in the DOCX has"
    expect(docxText(docx.bytes)).toContain(lead);
  });

  it.each<FaceId>(['regular', 'bold', 'italic', 'bold-italic'])('is drawn in %s as the plus sign without its upright, of the plus sign’s advance', (id) => {
    const face = harborFonts.face(id);
    expect(face.gid(0x2212)).toBeGreaterThan(0);
    expect(face.advance(0x2212)).toBe(face.advance(0x2b));
  });

  it('is in the DOCX’s embedded faces, drawn there as in the PDF: the plus sign’s bar', async () => {
    const docx = (await generate({ kind: KIND, input: withSummary('Owed −$40.00.'), format: 'docx' })).bytes;
    const parts = docxParts(docx);
    const files = unzipSync(docx);
    const rels = parts['word/_rels/fontTable.xml.rels']!;
    const embeds = [...parts['word/fontTable.xml']!.matchAll(/<w:font w:name="Noto Serif [A-Z]{6}">[\s\S]*?<\/w:font>/g)].join('');
    const keys = [...embeds.matchAll(/<w:embed(\w+) r:id="(rIdFont\d+)" w:fontKey="\{([0-9A-F-]{36})\}"/g)];
    expect(keys.map((k) => k[1])).toEqual(expect.arrayContaining(['Regular', 'Bold']));
    for (const [, slot, rid, key] of keys) {
      const target = new RegExp(`Id="${rid}" Type="[^"]+/relationships/font" Target="(fonts/font\\d+\\.odttf)"`).exec(rels)![1]!;
      const font = fontkit.create(Buffer.from(obfuscateFont(files[`word/${target}`]!, key!))) as fontkit.Font;
      const minus = font.glyphForCodePoint(0x2212);
      expect(minus.id, slot).toBeGreaterThan(0);
      expect(minus.advanceWidth, slot).toBe(font.glyphForCodePoint(0x2b).advanceWidth);
      // The plus's bar: its left and right ends, centred on the plus's height, a stroke's thickness
      // (within a unit: the stretch is rounded to 1/16384 and the offset to a unit). Before: no glyph.
      const [x0, y0, x1, y1] = box(minus);
      const [px0, py0, px1, py1] = box(font.glyphForCodePoint(0x2b));
      expect(Math.abs(x0! - px0!), slot).toBeLessThanOrEqual(1);
      expect(Math.abs(x1! - px1!), slot).toBeLessThanOrEqual(1);
      expect(Math.abs((y0! + y1!) / 2 - (py0! + py1!) / 2), slot).toBeLessThanOrEqual(1);
      expect(y1! - y0!, slot).toBeGreaterThan(40); // Noto Serif's strokes: 59 units regular, 71 bold
      expect(y1! - y0!, slot).toBeLessThan(90);
    }
  });
});

describe('the other characters word processors type', () => {
  it.each([
    ['hyphen U+2010', 'Hyphen\u2010here'],
    ['non-breaking hyphen U+2011', 'García\u2011López'],
    ['figure dash U+2012', '555\u20121234'],
    ['thin space U+2009', '10\u2009000 dollars'],
    ['narrow no-break space U+202F', '10\u202fkm'],
    ['fraction slash U+2044', '1\u20442 cup'],
  ])('%s prints in both formats, copied back as typed, with no warning', async (_, text) => {
    const input = withSummary(`${text}.`);
    const pdf = await generate({ kind: KIND, input, format: 'pdf' });
    // (pdftotext gives every space character as U+0020: the spaces are compared as spaces.)
    const spaced = (s: string) => s.replace(/\s+/g, ' ');
    expect(spaced(pdfText(pdf.bytes, { first: 1, last: 1 }))).toContain(spaced(`${text}.`));
    const docx = await generate({ kind: KIND, input, format: 'docx' });
    expect(notEmbedded(docx.warnings)).toEqual([]);
    // The DOCX writes a typed U+2011 as Word's own non-breaking hyphen (src/render/docx/runs.ts), which docxText reads as the hyphen it prints.
    expect(docxText(docx.bytes)).toContain(`${text.replace('\u2011', '-')}.`);
  });

  it('a soft hyphen (U+00AD) prints as nothing mid-line in the PDF and is Word’s optional hyphen in the DOCX, for Word to break at', async () => {
    const input = withSummary('A soft\u00adhyphen.');
    const pdf = await generate({ kind: KIND, input, format: 'pdf' });
    expect(pdfText(pdf.bytes, { first: 1, last: 1 })).toMatch(/A soft\u00ad?hyphen\./);
    const docx = await generate({ kind: KIND, input, format: 'docx' });
    expect(notEmbedded(docx.warnings)).toEqual([]);
    expect(docxText(docx.bytes)).toContain('A soft\u00adhyphen.');
    // Word's own element, not the character, which Word shows as a hard hyphen (tests/render/docx/invisibles.test.ts).
    expect(docxParts(docx.bytes)['word/document.xml']).toContain('A soft</w:t><w:softHyphen/>');
  });
});
