// Bold Chinese, Japanese and Korean print bold in the PDF as in the DOCX. The faces that print them
// (Droid Sans Fallback, NanumMyeongjo) ship no bold: the PDF printed a bold name or heading in
// them regular, while the DOCX asks for bold (w:b) and Word and LibreOffice embolden the regular
// face themselves. The PDF now draws them as a word processor does: the regular face's glyphs
// filled and stroked (text render mode 2) with a line of 1/30 em, LibreOffice's own width in its
// PDF export of the same DOCX (src/render/pdf/fonts.ts SYNTHETIC_BOLD_STROKE). The text copies out
// as typed, and the PDF carries one subset of each face for both weights.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { docxParts, pdfRaster, pdfText } from '../support/extract.js';
import { doc, h, p, t } from './pdf/models.js';

const NAME = '王小梅 김민지';

/** Each page's content stream (the writer gives pages' /Contents in page order). */
function pageStreams(bytes: Uint8Array): string[] {
  const pdf = Buffer.from(bytes).toString('latin1');
  return [...pdf.matchAll(/\/Contents (\d+) 0 R/g)].map((m) => {
    const at = pdf.indexOf(`\n${m[1]} 0 obj\n`);
    const len = Number(/\/Length (\d+)>>\nstream\n/.exec(pdf.slice(at))![1]);
    const start = pdf.indexOf('stream\n', at) + 7;
    return inflateSync(Buffer.from(pdf.slice(start, start + len), 'latin1')).toString('latin1');
  });
}

/** How each run marked with a language of `langs` is drawn: the text render mode (Tr) and line width (w) in force at it, read operator by operator. */
function drawnRuns(stream: string, langs: RegExp): Array<{ lang: string; mode: number; width: number }> {
  const out: Array<{ lang: string; mode: number; width: number }> = [];
  let mode = 0; // ISO 32000-1 §9.3.6: 0 at the start of a page
  let width = 1; // §8.4.1: 1 at the start of a page
  for (const line of stream.split('\n')) {
    let m = /^(\d+) Tr$/.exec(line);
    if (m) mode = Number(m[1]);
    m = /^([\d.]+) w$/.exec(line);
    if (m) width = Number(m[1]);
    m = /\/Lang \((\w+)\)>> BDC$/.exec(line);
    if (m && langs.test(m[1]!)) out.push({ lang: m[1]!, mode, width });
  }
  return out;
}

describe('bold Chinese, Japanese and Korean in the PDF', () => {
  it('are filled and stroked 1/30 em wide where bold, only filled where regular; the text copies back as typed', async () => {
    const body: Block[] = [h(2, `Statement of ${NAME}`), p([t('Name: '), t(NAME, { bold: true })]), p([t('Also known as: '), t(NAME)])];
    const pdf = await renderPdf(doc(body));
    const runs = drawnRuns(pageStreams(pdf)[0]!, /^(zh|ko)$/);
    // The heading (bold by its style) and the bold name: stroked; the regular name: filled only.
    expect(runs.map((r) => [r.lang, r.mode])).toEqual([
      ['zh', 2],
      ['ko', 2],
      ['zh', 2],
      ['ko', 2],
      ['zh', 0],
      ['ko', 0],
    ]);
    // The bold name at the body's 12 pt: a line of 12/30 = 0.4 pt (before: mode 0, no stroke at all).
    expect(runs[2]!.width).toBe(0.4);
    expect(runs[3]!.width).toBe(0.4);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain(`Statement of ${NAME}`);
    expect(text).toContain(`Name: ${NAME}`);
    expect(text).toContain(`Also known as: ${NAME}`);
    // One subset of each face, shared by both weights (a synthetic bold is its regular face, stroked).
    const latin1 = Buffer.from(pdf).toString('latin1');
    for (const face of ['DroidSansFallback', 'NanumMyeongjo']) expect(new Set(latin1.match(new RegExp(`/BaseFont /[A-Z]{6}\\+${face}\\b`, 'g'))).size, face).toBe(1);
  });

  it('print darker than regular text on the page, as the DOCX’s bold prints in LibreOffice', async () => {
    // Page 1: the name in bold, many times; page 2: the same regular. Before: the same ink on both.
    const line = Array.from({ length: 12 }, () => NAME).join(' ');
    const pdf = await renderPdf(doc([p([t(line, { bold: true })]), { type: 'page-break' }, p([t(line)])], { footer: [] }));
    const [bold, regular] = pdfRaster(pdf, 72).map((page) => page.pixels.reduce((n, v) => n + (v < 128 ? 1 : 0), 0));
    expect(bold! / regular!).toBeGreaterThan(1.25);
  });

  it('are bold runs in the DOCX, the regular face embedded alone (Word and LibreOffice embolden it)', async () => {
    const docx = await renderDocx(doc([p([t('Name: '), t(NAME, { bold: true })])]));
    const parts = docxParts(docx);
    const doc_ = parts['word/document.xml']!;
    expect(doc_).toMatch(/<w:r><w:rPr><w:b\/>(?:(?!<\/w:r>).)*<w:t[^>]*>王小梅/);
    const fonts = /<w:font w:name="Droid Sans Fallback [A-Z]{6}">[\s\S]*?<\/w:font>/.exec(parts['word/fontTable.xml']!)![0];
    expect(fonts).toContain('<w:embedRegular');
    expect(fonts).not.toContain('<w:embedBold');
  });
});
