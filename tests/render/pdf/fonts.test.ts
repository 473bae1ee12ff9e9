// What the PDF can print: findUnprintable (the pipeline's check) and the renderer's backstop.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../src/errors.js';
import { Face, findUnprintable } from '../../../src/render/pdf/fonts.js';
import { advanceOf } from '../../../src/render/pdf/truetype.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { generate, inputPath } from '../../../src/pipeline.js';
import { rejection } from '../../support/errors.js';
import { docxText } from '../../support/extract.js';
import { doc, p } from './models.js';

describe('findUnprintable', () => {
  it('accepts Latin with diacritics, Greek, Cyrillic, CJK, Hangul, Ethiopic, Armenian, Georgian, Cherokee, whitespace and invisible format characters', () => {
    for (const s of ['Nguyễn Thị Ánh', 'Dvořák Łukasz', 'Ελένη Παπαδοπούλου', 'Олена Ковальчук', '王秀英', '김민지', 'ሳባ ተስፋይ', 'Անի Պետրոսյան', 'ნინო ბერიძე', 'ᏌᏊ ᎠᏂᏴᏫ', 'line\nbreak\ttab', 'zero\u200Bwidth', 'x\u0302', '§ — “quotes” €']) {
      expect(findUnprintable(s), s).toBeNull();
    }
  });

  it('prints Hebrew and Arabic-script letters (Arabic, Persian, Pashto, Urdu) and the right-to-left marks', () => {
    for (const t of ['Ana שלום', 'נועה לוי', 'مريم الحسن', 'فرشته احمدی', 'ملالۍ ځدراڼ', 'عائشہ خان', 'پ چ ژ گ ک ی ټ ځ ښ ړ ے ں', 'a\u200Fb', 'a\u061Cb', '۱۳۹۸ ٢٠٠٨']) expect(findUnprintable(t), t).toBeNull();
  });

  it('refuses the other right-to-left scripts and the right-to-left embeddings as rtl, naming the first such code point', () => {
    expect(findUnprintable('ܐ')).toEqual({ codePoint: 0x0710, reason: 'rtl' }); // Syriac
    expect(findUnprintable('ދ')).toEqual({ codePoint: 0x078b, reason: 'rtl' }); // Thaana
    expect(findUnprintable('ߊ')).toEqual({ codePoint: 0x07ca, reason: 'rtl' }); // N'Ko
    expect(findUnprintable('a\u202Bb')).toEqual({ codePoint: 0x202b, reason: 'rtl' }); // RLE
  });

  it('reports the first code point no font covers as no-font', () => {
    expect(findUnprintable('ok \uE000 then 😀')).toEqual({ codePoint: 0xe000, reason: 'no-font' });
    expect(findUnprintable('emoji 😀')).toEqual({ codePoint: 0x1f600, reason: 'no-font' });
    expect(findUnprintable('bell\u0007')).toEqual({ codePoint: 7, reason: 'no-font' });
    expect(findUnprintable('\uFFFE')).toEqual({ codePoint: 0xfffe, reason: 'no-font' });
    // Blocks of a script with a face of its own that the face has no glyph for: Ethiopic
    // Extended-B (Unicode 14), Hangul Jamo Extended-A (old Korean, which needs shaping).
    expect(findUnprintable('ሳባ \u{1E7E0}')).toEqual({ codePoint: 0x1e7e0, reason: 'no-font' });
    expect(findUnprintable('\uA960')).toEqual({ codePoint: 0xa960, reason: 'no-font' });
  });
});

describe('a face\'s glyph lookups (issue 18: a render thread\'s memory)', () => {
  // Every face a render thread loads stays for the thread's life. Its lookups of the BMP were flat
  // tables of all 65,536 code points (768 KB a face, 256 KB of it resident from the start); they
  // are now pages of 256 code points, made as text reaches them.
  const bytes = new Uint8Array(readFileSync('assets/fonts/NotoSerif-Regular.ttf'));
  const text = 'Ana María Nguyễn — “$7.25” § 1593 Ωμέγα Ж ſ\u00FF\u0100\uFFFF';

  it('holds a few KB for a Latin text, not tables of the whole BMP', () => {
    const before = process.memoryUsage().arrayBuffers;
    const face = new Face('regular', bytes);
    for (const ch of text) face.advance(ch.codePointAt(0)!);
    // The font's own tables (loca: ~4 bytes a glyph) and the pages this text reached (4 KB each:
    // 0x00, 0x01, 0x03, 0x04, 0x1E, 0x20, 0xFF); flat tables were 786,432 bytes more.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(128 * 1024);
  });

  it('gives each code point its glyph and advance, looked up or kept, at the edges of a page and past the BMP', () => {
    const face = new Face('regular', bytes);
    const font = fontkit.create(Buffer.from(bytes)) as fontkit.Font;
    for (const round of [1, 2]) {
      for (const ch of `${text}\u{1D400}\uE000`) {
        const cp = ch.codePointAt(0)!;
        const gid = face.gid(cp);
        expect(gid, `${cp.toString(16)} round ${round}`).toBe(font.glyphForCodePoint(cp)?.id ?? 0);
        expect(face.advance(cp)).toBe(gid > 0 ? advanceOf(face.tt, gid) / face.unitsPerEm : 0);
      }
    }
    expect(face.gid(0xe000)).toBe(0);
    expect(face.advance(0x41)).toBeGreaterThan(0);
  });
});

describe('renderer backstop for template text', () => {
  async function codeOf(text: string): Promise<string> {
    try {
      await renderPdf(doc([p(text)]));
    } catch (e) {
      expect(e).toBeInstanceOf(HarborError);
      return (e as HarborError).code;
    }
    return 'rendered';
  }
  it('throws unsupported-script for right-to-left text and unsupported-character for uncovered text', async () => {
    expect(await codeOf('Name: ܡܪܝܡ')).toBe('unsupported-script'); // Syriac
    expect(await codeOf('Name: שלום, مريم')).toBe('rendered');
    expect(await codeOf('Private use \uE000')).toBe('unsupported-character');
    expect(await codeOf('Emoji 😀')).toBe('unsupported-character');
    expect(await codeOf('Fine: 王秀英 Олена 김민지 ሳባ Անի ნინო ᏌᏊ')).toBe('rendered');
  });
});

describe('inputPath: the path of unprintable text in the case as the user wrote it', () => {
  it('follows the validated path as far as the input has it', () => {
    const input = { a: { b: ['x', 'y\u05D0'] } };
    expect(inputPath(input, ['a', 'b', 1], 0x05d0)).toEqual(['a', 'b', 1]);
  });
  it('stops at a string the schema expanded (a shorthand)', () => {
    expect(inputPath({ factors: { identity: 'text \u05D0' } }, ['factors', 'identity', 'analysis'], 0x05d0)).toEqual(['factors', 'identity']);
  });
  it('finds the field the schema moved, under the deepest shared object, by the character', () => {
    const input = { factors: { identity: { notApplicable: true, reason: 'text \u05D0' } } };
    expect(inputPath(input, ['factors', 'identity', 'notApplicable'], 0x05d0)).toEqual(['factors', 'identity', 'reason']);
  });
  it('keeps the validated path when the input does not show the character (text the schema made)', () => {
    expect(inputPath({ a: 1 }, ['b', 'c'], 0x05d0)).toEqual(['b', 'c']);
  });
});

describe('the message for text the PDF has no glyph for says DOCX works (review B point 6)', () => {
  const K = 't-visa-declaration';
  const minimal = () => JSON.parse(readFileSync(new URL('../../../fixtures/t-visa-declaration/minimal.json', import.meta.url), 'utf8'));
  // One name per script the review tried that still has no glyph in the embedded fonts (Korean,
  // Ethiopic, Armenian, Georgian and Cherokee have faces now: ./scripts.test.ts): the scripts that
  // need shaping (a symbol or emoji is told to be written in words: ../symbols.test.ts).
  const NAMES: Record<string, string> = {
    Thai: 'สมหญิง',
    Khmer: 'សុខា',
    Burmese: 'မြင့်',
    Bengali: 'রহিমা',
    Devanagari: 'प्रिया',
  };
  it.each(Object.entries(NAMES))('%s: the PDF is refused naming the field, the script and the DOCX way out; the DOCX keeps the name', async (script, name) => {
    const c = minimal();
    c.applicant.givenName = name;
    const err = await rejection(generate({ kind: K, input: c, format: 'pdf' }), 'unsupported-character');
    expect(err.issues.map((i) => i.path)).toEqual(['applicant.givenName']);
    // The script by name (src/render/pdf/unprintable.ts characterName): "contains U+0E2A" alone sent a user to look the code up.
    const label = script === 'Burmese' ? 'Burmese \\(Myanmar\\)' : script;
    expect(err.issues[0]!.message).toMatch(new RegExp(`^contains ${label} text \\(U\\+[0-9A-F]{4,5}\\), which no font embedded in the PDF can print; render this case as DOCX \\(Word and LibreOffice show it with the reader’s own fonts\\), or give this field in Latin transliteration$`));
    const docx = await generate({ kind: K, input: c, format: 'docx' });
    expect(docxText(docx.bytes)).toContain(name);
  });
  it('a private-use character is not sent to the DOCX: no font can be relied on for it', async () => {
    const c = minimal();
    c.applicant.givenName = 'Ana \uE000';
    await expect(generate({ kind: K, input: c, format: 'pdf' })).rejects.toMatchObject({
      issues: [{ path: 'applicant.givenName', message: 'contains U+E000, a private-use or unassigned character that no font can be relied on to print; remove or replace it' }],
    });
  });
  it('the renderer’s backstop for template text says the same', async () => {
    await expect(renderPdf(doc([p('Name: ก')]))).rejects.toThrow(/The document contains Thai text \(U\+0E01\), which no font embedded in the PDF can print; render this case as DOCX .* or give the text in Latin transliteration/);
  });
});
