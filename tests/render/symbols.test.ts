// The symbols Word's AutoCorrect, AutoFormat and symbol menus type (→ ← ⇒, ✓ ✗ ☐ ☑, ≤ ≥ ≠ ± ×, the
// geometric shapes) print in both formats, in the same face: the PDF refused them as
// unsupported-character while the DOCX printed them with a script-not-embedded warning (a reader
// without a font for them saw empty boxes). The shapes and the other symbols NanumMyeongjo has
// are printed from it (src/render/pdf/fonts.ts FALLBACK_BLOCKS); the check marks, ballot X and
// ballot boxes, which no embedded face has, and the arrows and operators AutoCorrect types (← ↑ →
// ↓ ↔ ⇐ ⇒ ⇔ ≠ ≤ ≥), whose Nanum glyphs were hairlines in a CJK cell beside the text, are drawn
// in each body face with its own stroke (src/render/pdf/made-glyphs.ts makeMark, makeOperator), as
// the minus sign is made. The ballot X is a hand's mark, unlike the multiplication sign. A symbol no
// embedded face has (an emoji, ⚠) is refused in the PDF and warned of in the DOCX, the message
// saying to write it in words rather than to transliterate a field.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { getKind } from '../../src/kinds/index.js';
import { readFixture } from '../../src/kinds/files.js';
import { generate } from '../../src/pipeline.js';
import { obfuscateFont } from '../../src/render/docx/fonts.js';
import { harborFonts, type FaceId } from '../../src/render/pdf/fonts.js';
import { rejection } from '../support/errors.js';
import { docxParts, docxText, pdfText } from '../support/extract.js';

const KIND = 'best-interests-memo';
/** The memo's example with `lead` before its summary. */
function withSummary(lead: string): unknown {
  const data = structuredClone(readFixture(getKind(KIND), 'full.json')) as { summary: string };
  data.summary = `${lead} ${data.summary}`;
  return data;
}
const notEmbedded = (warnings: Array<{ code: string; message: string }>) => warnings.filter((w) => w.code === 'script-not-embedded');
const spaced = (s: string) => s.replace(/\s+/g, ' ');

const MARKS = ['☐', '☑', '☒', '✓', '✔', '✗', '✘'];
/** Arrows and operators AutoCorrect and symbol menus type, drawn in the body faces (made-glyphs.ts makeOperator). */
const OPERATORS = ['←', '↑', '→', '↓', '↔', '⇐', '⇒', '⇔', '≠', '≤', '≥'];
/** The other arrows and operators of the symbol menus, NanumMyeongjo's hairlines before, drawn too. */
const MORE_OPERATORS = ['↕', '↖', '↗', '↘', '↙', '⇑', '⇓', '⇕', '≈', '∞', '≡'];
const MADE = [...MARKS, ...OPERATORS, ...MORE_OPERATORS];
const FROM_NANUM = ['■', '□', '●', '○', '◆', '▲', '★', '①'];

/**
 * The embedded faces of a DOCX by family, read back with fontkit (the first slot of each). A
 * subset's family is the face's and a tag of six capitals (src/render/docx/fonts.ts subsetFamily),
 * keyed here by the face's.
 */
function docxFonts(docx: Uint8Array): Map<string, fontkit.Font> {
  const parts = docxParts(docx);
  const files = unzipSync(docx);
  const rels = parts['word/_rels/fontTable.xml.rels']!;
  const out = new Map<string, fontkit.Font>();
  for (const [, family, body] of parts['word/fontTable.xml']!.matchAll(/<w:font w:name="([^"]+)">([\s\S]*?)<\/w:font>/g)) {
    const k = /<w:embed\w+ r:id="(rIdFont\d+)" w:fontKey="\{([0-9A-F-]{36})\}"/.exec(body!);
    const face = family!.replace(/ [A-Z]{6}$/, '');
    if (!k || out.has(face)) continue;
    const target = new RegExp(`Id="${k[1]}" Type="[^"]+/relationships/font" Target="(fonts/font\\d+\\.odttf)"`).exec(rels)![1]!;
    out.set(face, fontkit.create(Buffer.from(obfuscateFont(files[`word/${target}`]!, k[2]!))) as fontkit.Font);
  }
  return out;
}

/** The embedded italic face of a family in a DOCX (its w:embedItalic, under the family and its subset tag), read back with fontkit. */
function docxItalic(docx: Uint8Array, family: string): fontkit.Font {
  const parts = docxParts(docx);
  const files = unzipSync(docx);
  const body = new RegExp(`<w:font w:name="${family} [A-Z]{6}">([\\s\\S]*?)</w:font>`).exec(parts['word/fontTable.xml']!)![1]!;
  const k = /<w:embedItalic r:id="(rIdFont\d+)" w:fontKey="\{([0-9A-F-]{36})\}"/.exec(body)!;
  const target = new RegExp(`Id="${k[1]}" Type="[^"]+/relationships/font" Target="(fonts/font\\d+\\.odttf)"`).exec(parts['word/_rels/fontTable.xml.rels']!)![1]!;
  return fontkit.create(Buffer.from(obfuscateFont(files[`word/${target}`]!, k[2]!))) as fontkit.Font;
}

/** The outline's points of a glyph (font units). */
function points(g: fontkit.Glyph): Array<[number, number]> {
  return g.path.commands.filter((c) => c.command === 'moveTo' || c.command === 'lineTo').map((c) => [c.args[0]!, c.args[1]!]);
}

/** The signed areas of a glyph's closed contours (font units; negative: clockwise, a filled outline in TrueType). */
function contourAreas(g: fontkit.Glyph): number[] {
  const areas: number[] = [];
  let pts: Array<[number, number]> = [];
  const close = () => {
    if (pts.length < 3) return;
    let a = 0;
    for (let i = 0; i < pts.length; i++) {
      const [x0, y0] = pts[i]!;
      const [x1, y1] = pts[(i + 1) % pts.length]!;
      a += x0 * y1 - x1 * y0;
    }
    areas.push(a / 2);
    pts = [];
  };
  for (const c of g.path.commands) {
    if (c.command === 'moveTo') close();
    if (c.command === 'moveTo' || c.command === 'lineTo') pts.push([c.args[0]!, c.args[1]!]);
    if (c.command === 'closePath') close();
  }
  close();
  return areas;
}

describe('the symbols word processors type', () => {
  it('print in the PDF, copied back as typed, and in the DOCX with no warning, each in a face the DOCX embeds', async () => {
    const lead = `Steps: intake → screening ← referral ⇒ placement; ✓ done, ✗ not done, ☐ open, ☑ checked, ☒ refused; age ≤ 17, ≥ 14, ≠ 15, ±2 days, 3 × 4; ${[...MADE, ...FROM_NANUM].join(' ')}.`;
    const input = withSummary(lead);
    // Before: unsupported-character at `summary` ("contains U+2192, which no font embedded in the PDF can print").
    const pdf = await generate({ kind: KIND, input, format: 'pdf' });
    expect(spaced(pdfText(pdf.bytes, { first: 1, last: 1 }))).toContain(lead);
    const docx = await generate({ kind: KIND, input, format: 'docx' });
    expect(notEmbedded(docx.warnings)).toEqual([]); // before: "which no font embedded in the DOCX has"
    expect(docxText(docx.bytes)).toContain(lead);
    // Each symbol is in an embedded face the run names: the made ones in Noto Serif (the styles'
    // font), the others in NanumMyeongjo, named on their runs.
    const fonts = docxFonts(docx.bytes);
    for (const c of MADE) expect(fonts.get('Noto Serif')!.glyphForCodePoint(c.codePointAt(0)!).id, c).toBeGreaterThan(0);
    for (const c of FROM_NANUM) expect(fonts.get('NanumMyeongjo')!.glyphForCodePoint(c.codePointAt(0)!).id, c).toBeGreaterThan(0);
    const doc = docxParts(docx.bytes)['word/document.xml']!;
    expect(doc).toMatch(/<w:rFonts w:ascii="NanumMyeongjo [A-Z]{6}"[^>]*\/><\/w:rPr><w:t xml:space="preserve">■<\/w:t>/);
    expect(doc).not.toMatch(/NanumMyeongjo[^>]*\/><\/w:rPr><w:t xml:space="preserve">[^<]*[→≤]/); // in the text's face, the styles' font
  });

  it.each<FaceId>(['regular', 'bold', 'italic', 'bold-italic'])('the arrows and operators are drawn in %s at the width of its operators, not a CJK cell', (id) => {
    const face = harborFonts.face(id);
    const plus = face.advance(0x2b);
    // Before: NanumMyeongjo's, 1 em wide (hairlines in a square cell), the same in bold text.
    for (const c of ['≠', '≤', '≥', '↑', '↓']) expect(face.advance(c.codePointAt(0)!), c).toBe(plus);
    for (const c of ['←', '→', '⇐', '⇒']) expect(face.advance(c.codePointAt(0)!), c).toBeCloseTo(plus + 0.6 * (plus - 0.13), 1);
    for (const c of [...OPERATORS, ...MORE_OPERATORS]) {
      expect(face.gid(c.codePointAt(0)!), c).toBeGreaterThan(0);
      expect(face.advance(c.codePointAt(0)!), c).toBeLessThan(0.95); // an em, less the operators' side bearings
    }
  });

  it('≈ is two curves, ∞ two rings (each a hole in a loop), ≡ three bars of the face\'s stroke, none from NanumMyeongjo', async () => {
    const docx = await generate({ kind: KIND, input: withSummary('a ≈ b, x → ∞, p ≡ q, ⇑ ↕ ↗.'), format: 'docx' });
    const doc = docxParts(docx.bytes)['word/document.xml']!;
    expect(doc).not.toMatch(/NanumMyeongjo[^>]*\/><\/w:rPr><w:t xml:space="preserve">[^<]*[≈∞≡⇑↕↗]/);
    const serif = docxFonts(docx.bytes).get('Noto Serif')!;
    // Two contours of many points each: curves, where straight strokes would have four to six.
    const approx = contourAreas(serif.glyphForCodePoint(0x2248));
    expect(approx).toHaveLength(2);
    expect(points(serif.glyphForCodePoint(0x2248)).length).toBeGreaterThan(80);
    // Two filled loops (clockwise: negative) and two holes (positive).
    const inf = contourAreas(serif.glyphForCodePoint(0x221e));
    expect(inf.filter((a) => a < 0)).toHaveLength(2);
    expect(inf.filter((a) => a > 0)).toHaveLength(2);
    // Three bars, each as thick as the figure dash (the face's stroke).
    const dash = (fontkit.create(readFileSync('assets/fonts/NotoSerif-Regular.ttf')) as fontkit.Font).glyphForCodePoint(0x2012).bbox;
    const bars = contourAreas(serif.glyphForCodePoint(0x2261)).map(Math.abs);
    const width = harborFonts.face('regular').advance(0x2b) * 1000 - 2 * serif.glyphForCodePoint(0x2b).bbox.minX;
    expect(bars).toHaveLength(3);
    for (const a of bars) expect(a / width).toBeCloseTo(dash.maxY - dash.minY, -1);
  });

  it('in italic text a drawn symbol slants as the italic letters do; upright in roman text', async () => {
    const docx = (await generate({ kind: KIND, input: withSummary('_☐ ↕ ≡_ ☐ ↕ ≡.'), format: 'docx' })).bytes;
    const italic = docxItalic(docx, 'Noto Serif');
    const roman = docxFonts(docx).get('Noto Serif')!;
    const angle = Math.tan((-italic.italicAngle * Math.PI) / 180); // 0.21 for Noto Serif Italic's -12°
    expect(angle).toBeGreaterThan(0.1);
    for (const c of ['☐', '↕', '≡']) {
      // The left edge's lean: how far right its top point is from its bottom one, per unit of height.
      const lean = (f: fontkit.Font) => {
        const pts = points(f.glyphForCodePoint(c.codePointAt(0)!));
        const top = Math.max(...pts.map((q) => q[1]));
        const bottom = Math.min(...pts.map((q) => q[1]));
        const leftAt = (y: number) => Math.min(...pts.filter((q) => Math.abs(q[1] - y) < 1).map((q) => q[0]));
        return c === '≡' ? (leftAt(top) - leftAt(bottom)) / (top - bottom) : (Math.min(...pts.filter((q) => q[1] > top - 80).map((q) => q[0])) - Math.min(...pts.filter((q) => q[1] < bottom + 80).map((q) => q[0]))) / (top - bottom);
      };
      expect(lean(italic), c).toBeCloseTo(angle, 1);
      expect(Math.abs(lean(roman)), c).toBeLessThan(0.05);
    }
  });

  it('an arrow stands on the plus sign\'s crossbar, within its height, the same width in bold', async () => {
    const docx = (await generate({ kind: KIND, input: withSummary('A → B, **C** ≤ D.'), format: 'docx' })).bytes;
    const serif = docxFonts(docx).get('Noto Serif')!;
    const arrow = serif.glyphForCodePoint(0x2192);
    const plus = serif.glyphForCodePoint(0x2b).bbox;
    // Its shaft on the plus sign's crossbar, its head within the plus sign's height.
    expect((arrow.bbox.minY + arrow.bbox.maxY) / 2).toBeCloseTo((plus.minY + plus.maxY) / 2, -1);
    expect(arrow.bbox.maxY - arrow.bbox.minY).toBeLessThanOrEqual(plus.maxY - plus.minY);
    const regular = harborFonts.face('regular');
    const bold = harborFonts.face('bold');
    expect(regular.advance(0x2192)).toBe(bold.advance(0x2192));
  });

  it('the ballot X is a hand\'s mark, not a large multiplication sign: on the baseline to the cap height, its strokes unlike', async () => {
    const docx = (await generate({ kind: KIND, input: withSummary('✗ ✘ × ☒.'), format: 'docx' })).bytes;
    const serif = docxFonts(docx).get('Noto Serif')!;
    const cap = serif.glyphForCodePoint(0x48).bbox;
    for (const cp of [0x2717, 0x2718]) {
      const g = serif.glyphForCodePoint(cp);
      // Not mirror-symmetric as × (and the box's cross) is: some point of its outline has no
      // mirror image across its middle within a stroke's width (before: every point had one).
      const pts: Array<[number, number]> = [];
      for (const c of g.path.commands) if (c.command === 'moveTo' || c.command === 'lineTo') pts.push([c.args[0]!, c.args[1]!]);
      const mid = (g.bbox.minX + g.bbox.maxX) / 2;
      const unmatched = Math.max(...pts.map(([x, y]) => Math.min(...pts.map(([u, v]) => Math.hypot(2 * mid - x - u, y - v)))));
      expect(unmatched, cp.toString(16)).toBeGreaterThan(60);
      expect(g.bbox.minY, cp.toString(16)).toBeLessThanOrEqual(0);
      expect(g.bbox.maxY, cp.toString(16)).toBeGreaterThanOrEqual(cap.maxY - 1);
    }
  });

  it.each<FaceId>(['regular', 'bold', 'italic', 'bold-italic'])('the check marks and ballot boxes are drawn in %s, as wide as the box', (id) => {
    const face = harborFonts.face(id);
    for (const c of MARKS) {
      expect(face.gid(c.codePointAt(0)!), c).toBeGreaterThan(0);
      expect(face.advance(c.codePointAt(0)!), c).toBe(face.advance(0x2610));
    }
    // A box about a capital's height wide, with the plus sign's side bearings.
    expect(face.advance(0x2610)).toBeGreaterThan(face.advance(0x48) * 0.8);
    expect(face.advance(0x2610)).toBeLessThan(face.advance(0x48) * 1.4);
  });

  it('the ballot box is a frame with a hole, the checked and crossed boxes hold their mark inside it', async () => {
    const docx = (await generate({ kind: KIND, input: withSummary('☐ ☑ ☒ ✓ ✗.'), format: 'docx' })).bytes;
    const serif = docxFonts(docx).get('Noto Serif')!;
    const glyph = (c: string) => serif.glyphForCodePoint(c.codePointAt(0)!);
    const cap = glyph('H').bbox;
    const box = glyph('☐').bbox;
    expect(box.minY).toBe(0); // on the baseline, a capital's height
    expect(Math.abs(box.maxY - cap.maxY)).toBeLessThanOrEqual(1);
    expect(box.maxX - box.minX).toBe(box.maxY - box.minY);
    // Filled by the nonzero rule: the frame's outside clockwise, its inside the other way (a hole);
    // a mark's strokes clockwise, so they are filled over the hole.
    const [outside, hole] = contourAreas(glyph('☐'));
    expect(outside).toBeLessThan(0);
    expect(hole).toBeGreaterThan(0);
    expect(Math.abs(hole!)).toBeGreaterThan(0.6 * Math.abs(outside!));
    for (const c of ['☑', '☒']) {
      const areas = contourAreas(glyph(c));
      expect(areas.length, c).toBeGreaterThan(2);
      expect(areas.filter((a) => a > 0), c).toHaveLength(1);
      const b = glyph(c).bbox;
      expect([b.minX, b.minY, b.maxX, b.maxY], c).toEqual([box.minX, box.minY, box.maxX, box.maxY]); // the mark inside the frame
    }
    for (const c of ['✓', '✗']) expect(contourAreas(glyph(c)).every((a) => a < 0), c).toBe(true);
  });

  it('a symbol no embedded face has is refused in the PDF and warned of in the DOCX, saying to write it in words', async () => {
    for (const symbol of ['⚠', '😊']) {
      const input = withSummary(`Risk ${symbol} high.`);
      const err = await rejection(generate({ kind: KIND, input, format: 'pdf' }), 'unsupported-character');
      expect(err.issues.map((i) => [i.path, i.message])).toEqual([
        // An emoji is named as one (src/render/pdf/unprintable.ts characterName): "contains U+1F60A" alone sent the user to look it up.
        ['summary', expect.stringMatching(symbol === '⚠' ? /^contains U\+26A0, which no font embedded in the PDF can print; render this case as DOCX \(Word and LibreOffice show it with the reader’s own fonts\), or write the symbol in words in this field$/ : /^contains an emoji \(U\+1F60A\), which no font embedded in the PDF can print; render this case as DOCX \(Word and LibreOffice show it with the reader’s own fonts\), or write the symbol in words in this field$/)],
      ]);
      const docx = await generate({ kind: KIND, input, format: 'docx' });
      expect(notEmbedded(docx.warnings).map((w) => w.message)).toEqual([expect.stringMatching(/or write the symbol in words in this field$/)]);
      expect(notEmbedded(docx.warnings)[0]!.message).toMatch(symbol === '⚠' ? /^contains U\+26A0, / : /^contains an emoji \(U\+1F60A\), /);
    }
  });
});
