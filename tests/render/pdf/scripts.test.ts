// Scripts that need no shaping, printed by a fallback face of their own (src/render/pdf/fonts.ts
// FALLBACK_BLOCKS): Korean Hangul syllables (NanumMyeongjo), Ethiopic for Tigrinya and Amharic,
// Armenian, Georgian (Noto Serif Ethiopic/Armenian/Georgian) and Cherokee (Noto Sans Cherokee).
// A case naming a survivor in one of them renders to a PDF whose text extracts as written, the
// face embedded as a small subset; the DOCX embeds and names the same face (../docx/scripts.test.ts).
// What needs shaping or runs right to left stays refused, naming the field.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../src/errors.js';
import { drawnFace, fallbackBlocks, fallbackFace, findUnprintable, harborFonts, isBodyFace, isShapedFace, type FaceId } from '../../../src/render/pdf/fonts.js';
import { generate } from '../../../src/pipeline.js';
import { rejection } from '../../support/errors.js';
import { pdfText } from '../../support/extract.js';
import { childBound } from '../../support/until.js';

const K = 't-visa-declaration';
const root = fileURLToPath(new URL('../../../', import.meta.url));
const minimal = () => JSON.parse(readFileSync(new URL('../../../fixtures/t-visa-declaration/minimal.json', import.meta.url), 'utf8'));

/** Fictional names, the name as the declaration prints it, and the faces (PostScript names) that print it, regular and bold (the title). */
export const SCRIPT_NAMES: Array<{ script: string; given: string; family: string; printed: string; regular: string; bold: string }> = [
  { script: 'Ethiopic (Tigrinya)', given: 'ሳባ', family: 'ተስፋይ', printed: 'ሳባ ተስፋይ', regular: 'NotoSerifEthiopic-Regular', bold: 'NotoSerifEthiopic-Bold' },
  // Korean is written family name first with no space (src/kinds/kit/names.ts); no bold face.
  { script: 'Korean Hangul', given: '민지', family: '김', printed: '김민지', regular: 'NanumMyeongjo', bold: 'NanumMyeongjo' },
  { script: 'Armenian', given: 'Անի', family: 'Պետրոսյան', printed: 'Անի Պետրոսյան', regular: 'NotoSerifArmenian-Regular', bold: 'NotoSerifArmenian-Bold' },
  { script: 'Georgian', given: 'ნინო', family: 'ბერიძე', printed: 'ნინო ბერიძე', regular: 'NotoSerifGeorgian-Regular', bold: 'NotoSerifGeorgian-Bold' },
  { script: 'Cherokee', given: 'ᏌᏊ', family: 'ᎠᏂᏴᏫ', printed: 'ᏌᏊ ᎠᏂᏴᏫ', regular: 'NotoSansCherokee-Regular', bold: 'NotoSansCherokee-Bold' },
];

/**
 * The fonts a PDF embeds, by PostScript name (subset tag removed): the number of glyphs its
 * widths array gives (CIDs used) and the embedded program (FontFile2, stored uncompressed by
 * src/render/pdf/embed.ts) read back with fontkit.
 */
function embeddedFonts(pdf: Uint8Array): Map<string, { cids: number; program: fontkit.Font }> {
  const s = Buffer.from(pdf).toString('latin1');
  const objectAt = (n: string): number => s.indexOf(`\n${n} 0 obj`);
  const out = new Map<string, { cids: number; program: fontkit.Font }>();
  for (const m of s.matchAll(/\/Subtype \/CIDFontType2 \/BaseFont \/[A-Z]{6}\+([A-Za-z0-9-]+) .*?\/FontDescriptor (\d+) 0 R .*?\/W \[1 \[([^\]]*)\]\]/g)) {
    const descriptor = s.slice(objectAt(m[2]!), s.indexOf('endobj', objectAt(m[2]!)));
    const file = /\/FontFile2 (\d+) 0 R/.exec(descriptor)![1]!;
    const at = objectAt(file);
    const length = Number(/\/Length1 (\d+)/.exec(s.slice(at, at + 200))![1]);
    const start = s.indexOf('stream\n', at) + 'stream\n'.length;
    const program = fontkit.create(Buffer.from(pdf.subarray(start, start + length))) as fontkit.Font;
    out.set(m[1]!, { cids: m[3]!.trim().split(/\s+/).length, program });
  }
  return out;
}

describe('the fallback block table (src/render/pdf/fonts.ts FALLBACK_BLOCKS)', () => {
  it('the body face has no glyph in any of its blocks, so a block decides alone which face prints a character', () => {
    // Sorted and disjoint, as fallbackFace's scan needs.
    const blocks = fallbackBlocks();
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]![0], blocks[i]![0].toString(16)).toBeGreaterThan(blocks[i - 1]![1]);
    const regular = harborFonts.face('regular');
    for (const [first, last] of fallbackBlocks()) for (let cp = first; cp <= last; cp++) expect(regular.gid(cp), cp.toString(16)).toBe(0);
  });

  it('each script face has its letters, and its bold face exactly the same characters', () => {
    const assigned = /\P{Cn}/u;
    for (const [first, last, id] of fallbackBlocks()) {
      let covered = 0;
      for (let cp = first; cp <= last; cp++) {
        const has = harborFonts.face(id).gid(cp) > 0;
        expect(harborFonts.face(fallbackFace(cp, true)).gid(cp) > 0, `${cp.toString(16)} bold`).toBe(has);
        if (has) covered++;
        // Hebrew and Arabic: letters added to Unicode after these 2020 fonts (U+05EF, most of
        // Arabic Extended-A, U+FBC2–FBD2…) have no glyph and stay refused as unsupported-character.
        // The symbol blocks NanumMyeongjo prints from (arrows, operators, shapes, dingbats): the
        // symbols it lacks (⚠, most dingbats) are refused as unsupported-character, not drawn empty.
        else if (isShapedFace(id) || first >= 0x2190) expect(findUnprintable(String.fromCodePoint(cp))?.reason ?? 'no-font', cp.toString(16)).toBe('no-font');
        else expect(assigned.test(String.fromCodePoint(cp)) && first !== 0x1e7e0, `${cp.toString(16)} ${id}`).toBe(false);
      }
      // Ethiopic Extended-B (Unicode 14) has no glyph yet: its characters stay refused.
      if (first !== 0x1e7e0) expect(covered, `${first.toString(16)} ${id}`).toBeGreaterThan(0);
    }
  });

  it('a character outside the blocks falls back to the CJK face, as before', () => {
    expect(fallbackFace(0x738b)).toBe('cjk'); // 王
    expect(fallbackFace(0x3042)).toBe('cjk'); // あ
    expect(fallbackFace(0x1100)).toBe('cjk'); // conjoining jamo, which NanumMyeongjo lacks
    expect(fallbackFace(0xac00)).toBe('hangul');
    // No bold Hangul or CJK face: a synthetic bold, the regular face's glyphs stroked (round r57, cjk-bold.test.ts).
    expect(fallbackFace(0xac00, true)).toBe('hangul-bold');
    expect(drawnFace('hangul-bold')).toBe('hangul');
    expect(fallbackFace(0x738b, true)).toBe('cjk-bold');
    expect(drawnFace('cjk-bold')).toBe('cjk');
    expect(fallbackFace(0x1230, true)).toBe('ethiopic-bold');
  });
});

describe('a survivor’s name in a script that needs no shaping prints in the PDF', () => {
  it.each(SCRIPT_NAMES)('$script: rendered, extracted as written, its face embedded as a small subset (regular and the bold of the title)', async ({ given, family, printed, regular, bold }) => {
    const c = minimal();
    c.applicant.givenName = given;
    c.applicant.familyName = family;
    const { bytes } = await generate({ kind: K, input: c, format: 'pdf' });
    const text = pdfText(bytes);
    expect(text).toContain(`My name is ${printed}.`);
    expect(text).toContain(`Declaration of ${printed}`);
    const fonts = embeddedFonts(bytes);
    for (const ps of new Set([regular, bold])) {
      const f = fonts.get(ps);
      expect(f, `${ps} in ${[...fonts.keys()].join(', ')}`).toBeDefined();
      // The name's few letters (plus .notdef and composite parts), not the face's hundreds or thousands.
      expect(f!.cids).toBeLessThanOrEqual([...printed].length);
      expect(f!.program.numGlyphs).toBeLessThan(25);
    }
    // No other fallback is embedded: only the body faces and this script's.
    expect([...fonts.keys()].filter((ps) => !ps.startsWith('NotoSerif-') && ps !== regular && ps !== bold)).toEqual([]);
  });

  it('names of five scripts in one paragraph: each letter in its face, read back in order', async () => {
    const c = minimal();
    c.applicant.otherNames = SCRIPT_NAMES.map((n) => n.printed);
    const { bytes } = await generate({ kind: K, input: c, format: 'pdf' });
    expect(pdfText(bytes)).toContain(`Other names used: ${SCRIPT_NAMES.map((n) => n.printed).join('; ')}`);
    const fonts = embeddedFonts(bytes);
    for (const n of SCRIPT_NAMES) expect(fonts.has(n.regular), n.regular).toBe(true);
  });
});

describe('what needs shaping the PDF does not do, runs right to left in a script it does not print, or has no glyph stays refused, naming the field', () => {
  it.each([
    ['Thai', 'สมหญิง', 'unsupported-character'],
    ['Devanagari', 'प्रिया', 'unsupported-character'],
    ['emoji', 'Ana 😊', 'unsupported-character'],
    ['Syriac', 'ܡܪܝܡ', 'unsupported-script'],
    ['Thaana', 'އާމިނަތު', 'unsupported-script'],
    ["N'Ko", 'ߡߊߙߌߦߊߡߊ', 'unsupported-script'],
    ['Arabic added after the font (U+08BE)', 'سلمى \u08be', 'unsupported-character'],
    ['Ethiopic Extended-B', 'ሳባ \u{1E7E0}', 'unsupported-character'],
  ])('%s', async (_, name, code) => {
    const c = minimal();
    c.applicant.givenName = name;
    const err = await rejection(generate({ kind: K, input: c, format: 'pdf' }), code as ErrorCode);
    expect(err.issues.map((i) => i.path)).toEqual(['applicant.givenName']);
    expect(err.issues[0]!.message).toMatch(/render this case as DOCX/);
  });
});

/**
 * In a fresh process (this one's font cache is shared with other test files): the faces loaded
 * after a Latin case's PDF and DOCX, then after a case naming an Armenian survivor.
 */
const FRESH = `
import { readFileSync } from 'node:fs';
const { generate } = await import('./src/pipeline.ts');
const { loadedFaces } = await import('./src/render/pdf/fonts.ts');
const input = JSON.parse(readFileSync('fixtures/t-visa-declaration/full.json', 'utf8'));
const steps = {};
await generate({ kind: 't-visa-declaration', input, format: 'pdf' });
steps.latinPdf = loadedFaces();
await generate({ kind: 't-visa-declaration', input, format: 'docx' });
steps.latinDocx = loadedFaces();
input.applicant.givenName = 'Անի';
input.applicant.familyName = 'Պետրոսյան';
await generate({ kind: 't-visa-declaration', input, format: 'pdf' });
steps.armenian = loadedFaces();
input.applicant.givenName = 'فرشته';
input.applicant.familyName = 'احمدی';
await generate({ kind: 't-visa-declaration', input, format: 'pdf' });
steps.arabic = loadedFaces();
process.stdout.write(JSON.stringify(steps));
`;

describe('a fallback face loads only when a character needs it (issue 18: a render thread’s memory)', () => {
  it('a Latin render loads the body faces alone; an Armenian name adds the Armenian faces and no other, an Arabic-script one the Arabic faces', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', FRESH], { cwd: root, encoding: 'utf8', ...childBound() });
    const steps = JSON.parse(out) as Record<string, FaceId[]>;
    expect(steps.latinPdf!.length).toBeGreaterThan(0);
    expect(steps.latinPdf!.filter((id) => !isBodyFace(id))).toEqual([]);
    expect(steps.latinDocx!.filter((id) => !isBodyFace(id))).toEqual([]);
    expect(steps.armenian!.filter((id) => !isBodyFace(id)).sort()).toEqual(['armenian', 'armenian-bold']);
    // A Dari name adds the Arabic faces (the bold one for the heading that names her), and no Hebrew.
    expect(steps.arabic!.filter((id) => !isBodyFace(id)).sort()).toEqual(['arabic', 'arabic-bold', 'armenian', 'armenian-bold']);
  });
});

// The language a name's script says (src/model/typography.ts SCRIPT_LANG) on its marked content:
// Cherokee's syllabary writes Cherokee alone; Ethiopic writes Tigrinya and Amharic alike, so its
// span keeps the document's en-US rather than a guess.
describe('a name’s /Lang in the tagged PDF is its script’s language when the script says it', () => {
  it.each([
    ['ᏌᏊ', 'ᎠᏂᏴᏫ', 'chr'],
    ['Անի', 'Պետրոսյան', 'hy'],
    ['민지', '김', 'ko'],
    ['ሳባ', 'ተስፋይ', undefined],
  ])('%s %s: %s', async (given, family, lang) => {
    const c = minimal();
    c.applicant.givenName = given;
    c.applicant.familyName = family;
    const pdf = (await generate({ kind: K, input: c, format: 'pdf' })).bytes;
    const dir = mkdtempSync(join(tmpdir(), 'harbor-lang-'));
    let raw: string;
    try {
      writeFileSync(join(dir, 'in.pdf'), pdf);
      execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(dir, 'in.pdf'), join(dir, 'qdf.pdf')], { ...childBound() });
      raw = readFileSync(join(dir, 'qdf.pdf')).toString('latin1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const langs = new Set([...raw.matchAll(/<<\/MCID \d+ \/Lang \(([^)]*)\)/g)].map((m) => m[1]!));
    if (lang === undefined) expect([...langs]).toEqual([]);
    else expect([...langs]).toEqual([lang]);
    expect(pdfText(pdf)).toContain(given);
  });
});
