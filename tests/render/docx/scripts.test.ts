// The DOCX prints Hangul, Ethiopic, Armenian, Georgian and Cherokee in the PDF's faces
// (src/render/docx/fonts.ts): each face used is embedded as a subset under its family, and the
// runs of those characters name it, so Word and LibreOffice show the PDF's face on a machine that
// has none of them installed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { obfuscateFont } from '../../../src/render/docx/fonts.js';
import { generate } from '../../../src/pipeline.js';
import { docxParts, docxText, pdfPageCount, pdfText } from '../../support/extract.js';
import { fcMatch, fontconfigWithoutShippedFonts, libreOfficePdf, loTimeout } from './support.js';
import { childBound } from '../../support/until.js';

const K = 't-visa-declaration';
const minimal = () => JSON.parse(readFileSync(new URL('../../../fixtures/t-visa-declaration/minimal.json', import.meta.url), 'utf8'));

/** Fictional names, the name as printed, its face's family and whether the script has a bold face. */
const NAMES = [
  { script: 'Ethiopic (Tigrinya)', given: 'ሳባ', family: 'ተስፋይ', printed: 'ሳባ ተስፋይ', face: 'Noto Serif Ethiopic', bold: true },
  { script: 'Korean Hangul', given: '민지', family: '김', printed: '김민지', face: 'NanumMyeongjo', bold: false },
  { script: 'Armenian', given: 'Անի', family: 'Պետրոսյան', printed: 'Անի Պետրոսյան', face: 'Noto Serif Armenian', bold: true },
  { script: 'Georgian', given: 'ნინო', family: 'ბერიძე', printed: 'ნინო ბერიძე', face: 'Noto Serif Georgian', bold: true },
  { script: 'Cherokee', given: 'ᏌᏊ', family: 'ᎠᏂᏴᏫ', printed: 'ᏌᏊ ᎠᏂᏴᏫ', face: 'Noto Sans Cherokee', bold: true },
];

/** The embedded fonts of a DOCX: [slot, family, the font read back] per w:embed* of fontTable.xml. */
function embeddedFonts(docx: Uint8Array): Array<[string, string, fontkit.Font]> {
  const parts = docxParts(docx);
  const files = unzipSync(docx);
  const rels = parts['word/_rels/fontTable.xml.rels']!;
  const out: Array<[string, string, fontkit.Font]> = [];
  for (const font of parts['word/fontTable.xml']!.matchAll(/<w:font w:name="([^"]+)">([\s\S]*?)<\/w:font>/g)) {
    for (const [, slot, rid, key] of font[2]!.matchAll(/<w:(embed\w+) r:id="(rIdFont\d+)" w:fontKey="\{([0-9A-F-]{36})\}" w:subsetted="1"\/>/g)) {
      const target = new RegExp(`Id="${rid}" Type="[^"]+/relationships/font" Target="(fonts/font\\d+\\.odttf)"`).exec(rels)![1]!;
      out.push([slot!, font[1]!, fontkit.create(Buffer.from(obfuscateFont(files[`word/${target}`]!, key!))) as fontkit.Font]);
    }
  }
  return out;
}

describe('a survivor’s name in a script with a face of its own, in the DOCX', () => {
  it.each(NAMES)('$script: the text as written, its face embedded as a subset and named on its runs', async ({ given, family, printed, face, bold }) => {
    const c = minimal();
    c.applicant.givenName = given;
    c.applicant.familyName = family;
    const { bytes } = await generate({ kind: K, input: c, format: 'docx' });
    expect(docxText(bytes)).toContain(`My name is ${printed}.`);
    // Under the face's family and a tag of its subset (src/render/docx/fonts.ts subsetFamily).
    const fonts = embeddedFonts(bytes).filter(([, fam]) => fam.startsWith(`${face} `));
    expect(fonts[0]?.[1]).toMatch(new RegExp(`^${face} [A-Z]{6}$`));
    expect(fonts.map(([slot]) => slot)).toEqual(bold ? ['embedRegular', 'embedBold'] : ['embedRegular']);
    for (const [, fam, font] of fonts) {
      expect(font.familyName).toBe(fam);
      for (const ch of printed.replace(/ /g, '')) expect(font.glyphForCodePoint(ch.codePointAt(0)!).id, ch).toBeGreaterThan(0);
      // The name's letters and printable ASCII (src/render/docx/fonts.ts subsetFace), not the whole face.
      expect(font.numGlyphs).toBeLessThan(120);
    }
    // Each word of the name is a run that names the face in every slot; the space between stays the styles' font.
    const doc = docxParts(bytes)['word/document.xml']!;
    const named = fonts[0]![1]; // the family with its subset tag
    for (const word of printed.split(' ')) {
      expect(doc).toContain(`<w:rFonts w:ascii="${named}" w:cs="${named}" w:eastAsia="${named}" w:hAnsi="${named}"/>`);
      expect(doc).toMatch(new RegExp(`<w:r><w:rPr><w:rFonts w:ascii="${named}"[^>]*/>(?:<w:[^>]*/>)*</w:rPr><w:t(?: [^>]*)?>${word}</w:t></w:r>`));
    }
  });

  it('LibreOffice, without any of the faces installed, prints every name in the embedded face, on as many pages and with the same words as the PDF', async () => {
    const conf = fontconfigWithoutShippedFonts();
    for (const { face } of NAMES) expect(fcMatch(face, conf), face).not.toBe(face);
    const c = minimal();
    c.applicant.givenName = 'ሳባ';
    c.applicant.familyName = 'ተስፋይ';
    c.applicant.otherNames = NAMES.map((n) => n.printed);
    const pdf = (await generate({ kind: K, input: c, format: 'pdf' })).bytes;
    const docx = (await generate({ kind: K, input: c, format: 'docx' })).bytes;
    const lo = libreOfficePdf(docx, 'embedded');
    expect(pdfPageCount(lo)).toBe(pdfPageCount(pdf));
    const words = (pdfBytes: Uint8Array) => pdfText(pdfBytes).split(/\s+/).filter((w) => w !== '').sort();
    expect(words(lo)).toEqual(words(pdf));
    const dir = mkdtempSync(join(tmpdir(), 'harbor-scripts-'));
    try {
      writeFileSync(join(dir, 'lo.pdf'), lo);
      const fonts = execFileSync('pdffonts', [join(dir, 'lo.pdf')], { encoding: 'utf8', ...childBound() });
      // PostScript names: the family, its subset tag, the style.
      for (const ps of ['NotoSerifEthiopic-Regular', 'NotoSerifEthiopic-Bold', 'NanumMyeongjo-Regular', 'NotoSerifArmenian-Regular', 'NotoSerifGeorgian-Regular', 'NotoSansCherokee-Regular']) expect(fonts).toMatch(new RegExp(ps.replace('-', '[A-Z]{6}-')));
      // No substitute for any character: the spaces and dash after an Ethiopic name included,
      // which LibreOffice reads as part of a complex script (src/render/docx/fonts.ts weakAfterScripts).
      expect(fonts).not.toMatch(/DejaVu|Liberation|FreeSerif/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, loTimeout());
});

// The language a name's script says (src/model/typography.ts SCRIPT_LANG): Cherokee's syllabary
// writes Cherokee alone; Ethiopic writes Tigrinya and Amharic alike, so it is given neither.
describe('a name’s w:lang in the DOCX is its script’s language when the script says it', () => {
  it.each([
    ['ᏌᏊ', 'ᎠᏂᏴᏫ', '<w:lang w:val="chr"/>'],
    ['Անի', 'Պետրոսյան', '<w:lang w:val="hy"/>'],
    ['민지', '김', '<w:lang w:eastAsia="ko"/>'],
    ['ሳባ', 'ተስፋይ', undefined],
  ])('%s %s: %s', async (given, family, lang) => {
    const c = minimal();
    c.applicant.givenName = given;
    c.applicant.familyName = family;
    const doc = docxParts((await generate({ kind: K, input: c, format: 'docx' })).bytes)['word/document.xml']!;
    const runs = [...doc.matchAll(new RegExp(`<w:r><w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t(?: [^>]*)?>[^<]*${given}[^<]*</w:t></w:r>`, 'g'))].map((m) => m[1]!);
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) {
      if (lang === undefined) expect(r).not.toContain('<w:lang');
      else expect(r).toContain(lang);
    }
  });
});
