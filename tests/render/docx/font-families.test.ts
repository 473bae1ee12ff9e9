// Each DOCX embeds its font subsets under a family of its own, named by the subsets' content
// (src/render/docx/fonts.ts subsetFamily). LibreOffice installs a document's embedded fonts for
// the session by family and style, and keeps the first it meets: when two Harbor DOCX were open
// in one session (both "Noto Serif"), the second printed with the first one's subset, its
// characters that the first did not use in another face (DejaVu Sans) or as empty boxes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { obfuscateFont } from '../../../src/render/docx/fonts.js';
import { docxParts, pdfText } from '../../support/extract.js';
import { childBound } from '../../support/until.js';
import { libreOfficePdfs, loTimeout } from './support.js';

const fixture = (kind: string, name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/${kind}/${name}.json`, import.meta.url), 'utf8'));
const docx = async (kind: string, name: string) => (await generate({ kind, input: fixture(kind, name), format: 'docx' })).bytes;

/** The families fontTable.xml embeds fonts for, and each embedded font's own family and style (its name table, read by fontkit). */
function embedded(bytes: Uint8Array): { table: string[]; fonts: Array<{ family: string; subfamily: string; in: string }> } {
  const parts = docxParts(bytes);
  const files = unzipSync(bytes);
  const table = parts['word/fontTable.xml']!;
  const rels = parts['word/_rels/fontTable.xml.rels']!;
  const fonts: Array<{ family: string; subfamily: string; in: string }> = [];
  const families: string[] = [];
  for (const [, family, body] of table.matchAll(/<w:font w:name="([^"]*)">([\s\S]*?)<\/w:font>/g)) {
    const embeds = [...body!.matchAll(/<w:embed\w+ r:id="(rIdFont\d+)" w:fontKey="\{([0-9A-F-]{36})\}"/g)];
    if (embeds.length > 0) families.push(family!);
    for (const [, rid, key] of embeds) {
      const target = new RegExp(`Id="${rid}" Type="[^"]+/relationships/font" Target="(fonts/font\\d+\\.odttf)"`).exec(rels)![1]!;
      const font = fontkit.create(Buffer.from(obfuscateFont(files[`word/${target}`]!, key!))) as fontkit.Font;
      fonts.push({ family: font.familyName, subfamily: font.subfamilyName, in: family! });
    }
  }
  return { table: families, fonts };
}

describe('each DOCX names its embedded subsets by their content', () => {
  it('two cases: different Noto Serif families, each the name inside its fonts and on the styles; the same case: the same name', async () => {
    const a = await docx('rfa', 'full');
    const b = await docx('t-visa-declaration', 'full');
    const ea = embedded(a);
    const eb = embedded(b);
    const noto = (e: typeof ea) => e.table.find((f) => f.startsWith('Noto Serif'))!;
    expect(noto(ea)).toMatch(/^Noto Serif [A-Z]{6}$/);
    expect(noto(eb)).toMatch(/^Noto Serif [A-Z]{6}$/);
    expect(noto(ea)).not.toBe(noto(eb));
    for (const [bytes, e] of [[a, ea], [b, eb]] as const) {
      // The font's own name table says the family the font table gives (LibreOffice and Word may
      // match either), its style kept: Regular, Bold, Italic, Bold Italic.
      for (const f of e.fonts) expect(f.family).toBe(f.in);
      expect(e.fonts.map((f) => f.subfamily)).toContain('Bold');
      // Every part names the renamed family, none the shared one.
      const parts = docxParts(bytes);
      expect(parts['word/styles.xml']).toContain(`<w:rFonts w:ascii="${noto(e)}"`);
      for (const [name, xml] of Object.entries(parts)) expect(xml, name).not.toMatch(/="Noto Serif"/);
    }
    // A pure function of the content: the same case makes the same bytes.
    expect(Buffer.from(await docx('rfa', 'full')).equals(Buffer.from(a))).toBe(true);
  });

  it('a fallback face is renamed too (CJK and Korean in the hostile T-visa declaration), a whole Hebrew or Arabic face is not', async () => {
    const e = embedded(await docx('t-visa-declaration', 'hostile'));
    for (const f of e.fonts) expect(f.family).toBe(f.in);
    const subsets = e.table.filter((f) => !/Hebrew|Arabic/.test(f));
    expect(subsets.length).toBeGreaterThan(1);
    for (const f of subsets) expect(f).toMatch(/ [A-Z]{6}$/);
    for (const f of e.table.filter((x) => /Hebrew|Arabic/.test(x))) expect(f).not.toMatch(/ [A-Z]{6}$/);
  });
});

describe('LibreOffice, two Harbor DOCX in one process', () => {
  it('the second prints in its own embedded face: the same text, no substitute face', async () => {
    const a = await docx('rfa', 'full');
    const b = await docx('t-visa-declaration', 'full');
    const [, together] = libreOfficePdfs([a, b], 'embedded');
    const dir = mkdtempSync(join(tmpdir(), 'harbor-families-'));
    try {
      writeFileSync(join(dir, 'b.pdf'), together!);
      const fonts = execFileSync('pdffonts', [join(dir, 'b.pdf')], { encoding: 'utf8', ...childBound() });
      // The faces LibreOffice embedded: only the document's own Noto Serif subsets ("Doña",
      // "Güera", "Lucía" are in the second document's and not the first's), no DejaVu Sans.
      expect(fonts).not.toMatch(/DejaVu|Liberation/);
      const names = [...fonts.matchAll(/^[A-Z]{6}\+(\S+)/gm)].map((m) => m[1]!);
      expect(names.length).toBeGreaterThan(0);
      for (const n of names) expect(n).toMatch(/^NotoSerif[A-Z]{6}-/);
      expect(pdfText(together!)).toContain('Doña Rita');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, loTimeout(2));
});
