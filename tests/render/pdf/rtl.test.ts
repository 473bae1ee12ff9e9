// Hebrew and Arabic-script text in the PDF (src/render/pdf/shape.ts, bidi.ts, text-bidi.ts):
// each word shaped by its font (joining forms), each line's pieces in right-to-left visual order,
// the text read back as typed, an English sentence around an Arabic name left to right.
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/model/types.js';
import { generate } from '../../../src/pipeline.js';
import { readFileSync } from 'node:fs';
import { Face, harborFonts } from '../../../src/render/pdf/fonts.js';
import { shapeWord } from '../../../src/render/pdf/shape.js';
import { alignLine, breakLines, styledGroups, type Line, type LinePiece } from '../../../src/render/pdf/text.js';
import { pdfText } from '../../support/extract.js';

const fields = (): string => '0';
const lay = (children: Inline[], width: number, size = 12): Line[] => breakLines(styledGroups(children, fields), width, size, harborFonts);
const t = (text: string): Inline => ({ type: 'text', text });
/** A line's pieces left to right, as drawn. */
const visual = (line: Line): LinePiece[] => [...line.pieces].sort((a, b) => a.x - b.x);

// Fictional names, one per script and language the PDF now prints.
const NAMES: Array<[string, string]> = [
  ['Dari', 'فرشته احمدی'],
  ['Pashto', 'ملالۍ ځدراڼ'],
  ['Arabic', 'مريم الحسن'],
  ['Urdu', 'عائشہ خان'],
  ['Hebrew', 'נועה לוי'],
];

describe('shaping: the glyphs drawn are the font’s joined forms', () => {
  it('a word of an Arabic name is drawn with its contextual forms, not the isolated letters', () => {
    const [line] = lay([t('مريم')], 400);
    const piece = line!.pieces.find((p) => p.glyphs)!;
    expect(piece.text).toBe('مريم');
    expect(piece.font).toBe('arabic');
    const face = harborFonts.face('arabic');
    const isolated = [...'مريم'].map((c) => face.gid(c.codePointAt(0)!));
    // Drawn right to left: the last letter (final meem) first. An initial and a final meem differ from the isolated one.
    expect(piece.glyphs!.ids).toHaveLength(4);
    expect(piece.glyphs!.ids[0]).not.toBe(isolated[3]);
    expect(piece.glyphs!.ids[3]).not.toBe(isolated[0]);
    expect(piece.glyphs!.ids).toEqual([...face.layout('مريم', {}, 'rtl').glyphs.map((g) => g.id)]);
    // The line breaker measured the shaped advances.
    expect(piece.width).toBeCloseTo((face.layout('مريم', {}, 'rtl').advanceWidth / face.unitsPerEm) * 12, 6);
  });

  it('a zero-width non-joiner keeps its place in the word: a Persian word is not joined across it', () => {
    const face = harborFonts.face('arabic');
    const [a] = lay([t('می\u200Cخواهم')], 400);
    const [b] = lay([t('میخواهم')], 400);
    expect(a!.pieces.find((p) => p.glyphs)!.glyphs!.ids).not.toEqual(b!.pieces.find((p) => p.glyphs)!.glyphs!.ids);
    expect(a!.pieces.find((p) => p.glyphs)!.text).toBe('می\u200Cخواهم');
    expect(face.gid(0x06cc)).toBeGreaterThan(0);
  });
});

describe('bidi: each line in visual order', () => {
  it('a right-to-left name alone: its first word at the right, the line right-aligned', () => {
    const [line] = lay([t('مريم الحسن')], 300);
    expect(line!.rtl).toBe(true);
    const words = visual(line!).filter((p) => p.glyphs).map((p) => p.text);
    expect(words).toEqual(['الحسن', 'مريم']);
    const placed = alignLine(line!, 'left', 300);
    const right = Math.max(...placed.map((p) => p.x + p.width));
    expect(right).toBeCloseTo(300, 6);
  });

  it('an English sentence keeps left to right around an Arabic name, the name right to left within it', () => {
    const [line] = lay([t('The child مريم الحسن arrived in 2019.')], 468);
    expect(line!.rtl).toBeUndefined();
    const order = visual(line!).map((p) => p.text.trim()).filter((s) => s !== '');
    expect(order).toEqual(['The child', 'الحسن', 'مريم', 'arrived in 2019.']);
    // Pieces stay in logical order: what is written (and read back) first comes first.
    expect(line!.pieces.map((p) => p.text).join('')).toBe('The child مريم الحسن arrived in 2019.');
    expect(alignLine(line!, 'left', 468)[0]!.x).toBe(0);
  });

  it('numbers inside Arabic text read left to right, and parentheses are mirrored', () => {
    const [line] = lay([t('ولدت في حلب (2008) سنة')], 468);
    const v = visual(line!);
    const digits = v.find((p) => p.text.includes('2008'))!;
    expect(digits.draw).toBeUndefined(); // drawn as typed: 2008, not 8002
    // Rightmost first word, leftmost last word.
    expect(v.filter((p) => p.glyphs)[0]!.text).toBe('سنة');
    expect(v.filter((p) => p.glyphs).at(-1)!.text).toBe('ولدت');
    // "(" before 2008 in logical order is drawn to its right as ")" mirrored: the pair reads (2008).
    const drawn = v.map((p) => p.draw ?? (p.glyphs ? '#' : p.text)).join('');
    expect(drawn).toContain('(2008)');
  });

  it('Arabic-Indic digits in Persian text are drawn left to right', () => {
    const [line] = lay([t('در سال ۱۳۹۸ رفتم')], 468);
    const digits = line!.pieces.find((p) => p.text === '۱۳۹۸')!;
    const face = harborFonts.face('arabic');
    expect(digits.glyphs!.ids).toEqual([...'۱۳۹۸'].map((c) => face.gid(c.codePointAt(0)!)));
  });

  it('a wrapped Arabic paragraph breaks at spaces, every line right to left from the right margin', () => {
    const words = 'ولدت مريم الحسن في حلب سنة وعمرها الآن عامًا وتعيش مع خالتها في مدينة هيوستن منذ وصولها'.split(' ');
    const lines = lay([t(words.join(' '))], 150);
    expect(lines.length).toBeGreaterThan(2);
    const back: string[] = [];
    for (const line of lines) {
      expect(line.rtl).toBe(true);
      const shaped = line.pieces.filter((p) => p.glyphs);
      // Each shaped piece is a whole word, and logical order is right to left on the line.
      for (const p of shaped) expect(words).toContain(p.text);
      for (let i = 1; i < shaped.length; i++) expect(shaped[i]!.x).toBeLessThan(shaped[i - 1]!.x);
      expect(line.width).toBeLessThanOrEqual(150 + 1e-6);
      back.push(...shaped.map((p) => p.text));
    }
    expect(back).toEqual(words);
  });

  it('a list of right-to-left names keeps the order written, each name right to left (as the DOCX)', () => {
    const [line] = lay([t('Other names: سلمى عبد; נועה לוי')], 468);
    const order = visual(line!).map((p) => p.text.trim()).filter((s) => s !== '' && s !== ';');
    expect(order).toEqual(['Other names:', 'عبد', 'سلمى', 'לוי', 'נועה']);
  });
});

describe('a case with names in Dari, Pashto, Arabic, Urdu and Hebrew renders to PDF', () => {
  it.each(NAMES)('%s: a one-line field, the heading and a narrative sentence, read back as typed', async (_, name) => {
    const input = JSON.parse(readFileSync('fixtures/t-visa-declaration/full.json', 'utf8')) as Record<string, any>;
    const [given, family] = name.split(' ');
    input.applicant.givenName = given;
    input.applicant.familyName = family;
    input.background = `My name is ${name} and I came here in 2019.`;
    const { bytes } = await generate({ kind: 't-visa-declaration', input, format: 'pdf' });
    const text = pdfText(bytes).replace(/[\u202a-\u202e]/g, ''); // pdftotext marks right-to-left stretches with embeddings
    expect(text).toContain(name);
    // The sentence in order (poppler puts the space beside a right-to-left stretch on either side of it).
    const bare = (s: string): string => s.replace(/\s+/g, '');
    expect(bare(text)).toContain(bare(`My name is ${name} and I came here in 2019.`));
  });
});

describe('a word wider than the line', () => {
  it('an Arabic word wider than the line is cut into parts that fit, each shaped, none past the margin, every letter kept in order', () => {
    const word = 'مريم'.repeat(60);
    const lines = lay([t(`Before ${word} after`)], 300);
    const parts: string[] = [];
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(300 + 1e-6);
      for (const p of line.pieces) {
        expect(p.x + p.width).toBeLessThanOrEqual(300 + 1e-6);
        if (p.glyphs) parts.push(p.text);
      }
    }
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.join('')).toBe(word);
    // Each part drawn with the glyphs the font shapes for that part alone.
    const face = harborFonts.face('arabic');
    const first = lines.flatMap((l) => l.pieces).find((p) => p.glyphs)!;
    expect(first.glyphs!.ids).toEqual(face.layout(first.text, {}, 'rtl').glyphs.map((g) => g.id));
  });
});

describe('the same case, the same bytes, whatever the process laid out before', () => {
  it('a shaped word’s glyphs stand for its own letters, even when a glyph was first looked up for another code point (a presentation form, as text copied out of a PDF holds)', () => {
    // A face of its own, so that no earlier test has made its glyphs.
    const face = new Face('arabic', new Uint8Array(readFileSync('assets/fonts/NotoNaskhArabic-Regular.ttf')));
    // U+FED3 (feh, initial form) is mapped by the font's cmap to the glyph the shaper chooses for an initial U+0641.
    expect(face.gid(0xfed3)).toBeGreaterThan(0);
    const run = shapeWord(face, 'فرشته', true);
    expect(run.ids).toContain(face.gid(0xfed3));
    // Drawn right to left; the ToUnicode text of the glyphs, read back in logical order, is the word as typed.
    expect([...run.chars].reverse().join('')).toBe('فرشته');
  });
});

describe('brackets in a list of names', () => {
  it('a right-to-left name with a nickname in parentheses, before another right-to-left name: the parentheses stay a pair around the nickname', () => {
    const [line] = lay([t('Other names: مريم (ميمي); נועה לוי')], 468);
    const v = visual(line!);
    const drawn = v.map((p) => p.draw ?? (p.glyphs ? `<${p.text}>` : p.text)).join('');
    // As LibreOffice shows the DOCX: the whole name right to left, the nickname's pair mirrored
    // (UAX #9 N0). Before, the ")" itself was made a left-to-right letter and the "(" alone was
    // mirrored: "(مريم (ميمي"; with the mark before ")" the pair was left to right: "مريم (ميمي)".
    expect(drawn).toBe('Other names: (<ميمي>) <مريم>; <לוי> <נועה>');
  });
});

describe('marks placed by the font', () => {
  it('a pointed Hebrew name and a vowelled Arabic one: every glyph drawn within the word, the English after it intact', async () => {
    const input = JSON.parse(readFileSync('fixtures/t-visa-declaration/full.json', 'utf8')) as Record<string, any>;
    // Marks on their anchors move by offsets written in the page's TJ arrays; two offsets in a row
    // once ran together ("-62" "50" read as -6250), throwing the nun of נֹעָה 75 pt to the right.
    input.background = 'Hebrew: נֹעָה לֵוִי and then plain English words follow here. Arabic: مَرْيَم الْحَسَن and then more plain English words.';
    const { bytes } = await generate({ kind: 't-visa-declaration', input, format: 'pdf' });
    const text = pdfText(bytes).replace(/[\u202a-\u202e]/g, '');
    expect(text).toContain('and then plain English words follow here. Arabic:');
    expect(text).toContain('and then more plain English words.');
  });
});

describe('a Latin paragraph pays nothing for this', () => {
  it('takes the plain path: no bidi line, no shaped piece', () => {
    const lines = lay([t('Ximena Belén Castillo Mejía arrived in Fresno on February 20, 2026 (a Friday).')], 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.bidi).toBeUndefined();
      for (const p of line.pieces) expect(p.glyphs ?? p.draw).toBeUndefined();
    }
  });
});
