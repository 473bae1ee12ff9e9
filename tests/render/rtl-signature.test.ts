// A signature whose signer's name is right-to-left text (its first and last letters Hebrew or Arabic) signs
// from the right, in both formats (src/render/pdf/blocks.ts signatureSlices, src/render/docx/blocks.ts
// signature): the signing line ends at the right margin, and every line starts at the right, one
// with a right-to-left letter read right to left ("/s/" first, then the name), one without left
// to right ("Date: March 7, 2026", "Date: ____"). The PDF drew the signing line at the left and
// sent each right-to-left line to the right margin alone; the DOCX set every line at the left.
// A Latin signer's lines all start at the left, an Arabic capacity under the name too.
import { describe, expect, it } from 'vitest';
import type { Signature } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import type { Box, LineBox, TextBox } from '../../src/render/pdf/boxes.js';
import { docxParts, pdfWords, type PdfWord } from '../support/extract.js';
import { doc, p } from './pdf/models.js';
import { libreOfficePdf, loTimeout, paragraphs } from './docx/support.js';

const LEFT = 72;
const RIGHT = 72 + 468; // the right margin
const SIGN_LINE = 252; // 3.5 in

const ARABIC: Signature = { type: 'signature', signer: 'سلمى عبد الرحمن', signed: '/s/ سلمى عبد الرحمن', capacity: 'مترجمة\nDeclarant', date: 'March 7, 2026', place: 'Houston, Texas' };
const HEBREW: Signature = { type: 'signature', signer: 'שרה כהן', capacity: 'מתורגמנית', place: 'תל אביב' };
const LATIN: Signature = { type: 'signature', signer: 'Ana Example', capacity: 'مترجمة', date: 'March 7, 2026' };
const model = () => doc([p('I declare under penalty of perjury that the foregoing is true and correct.'), ARABIC, p('Signed:'), HEBREW, p('Signed:'), LATIN]);

/** The boxes of signature block `i` of the body, by line (tag `….line.k`), and its signing line. */
function signature(boxes: Box[], i: number): { line: LineBox; lines: Map<number, TextBox[]> } {
  const src = `body.${i}`;
  const own = boxes.filter((b) => b.src === src || b.src.startsWith(`${src}.`));
  const lines = new Map<number, TextBox[]>();
  for (const b of own) {
    if (b.type !== 'text') continue;
    const k = Number(/\.line\.(\d+)$/.exec(b.tag ?? '')?.[1]);
    lines.set(k, [...(lines.get(k) ?? []), b]);
  }
  return { line: own.find((b): b is LineBox => b.type === 'line' && b.width === 0.8)!, lines };
}
const left = (bs: TextBox[]) => Math.min(...bs.map((b) => b.x));
const right = (bs: TextBox[]) => Math.max(...bs.map((b) => b.x + b.width));

describe('a right-to-left signer in the PDF layout', () => {
  const boxes = layoutDocument(model()).pages[0]!.boxes;

  it('an Arabic signer: the signing line ends at the right margin, every line starts at the right', () => {
    const s = signature(boxes, 1);
    expect(s.line.x2).toBeCloseTo(RIGHT, 3);
    expect(s.line.x1).toBeCloseTo(RIGHT - SIGN_LINE, 3);
    // "/s/", name, two capacity lines, date, place: each ends at the right margin.
    expect([...s.lines.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    for (const [k, bs] of s.lines) expect(right(bs), `line ${k}`).toBeCloseTo(RIGHT, 1);
    // Read right to left, its pieces from the right: "/s/" then the name, both on the signing line.
    const signed = s.lines.get(0)!;
    expect([...signed].sort((a, b) => b.x - a.x).map((b) => b.text).join('')).toBe('/s/ سلمى عبد الرحمن');
    expect(left(signed)).toBeGreaterThan(s.line.x1);
    for (const b of signed) expect(b.y).toBeLessThan(s.line.y1);
    // A line without a right-to-left letter reads left to right: "Date:" left of the date.
    const date = s.lines.get(4)!;
    expect(date.map((b) => b.text).join('')).toBe('Date: March 7, 2026');
  });

  it('a Hebrew signer without an electronic signature: the blank date line reads "Date: ____", set at the right', () => {
    const s = signature(boxes, 3);
    expect(s.line.x2).toBeCloseTo(RIGHT, 3);
    for (const [k, bs] of s.lines) expect(right(bs), `line ${k}`).toBeCloseTo(RIGHT, 1);
    const date = s.lines.get(2)!;
    expect(date).toHaveLength(1);
    expect(date[0]!.text).toMatch(/^Date: _+$/);
  });

  it('a Latin signer: the signing line and every line at the left, an Arabic capacity too', () => {
    const s = signature(boxes, 5);
    expect(s.line.x1).toBeCloseTo(LEFT, 3);
    expect(s.line.x2).toBeCloseTo(LEFT + SIGN_LINE, 3);
    for (const [k, bs] of s.lines) expect(left(bs), `line ${k}`).toBeCloseTo(LEFT, 1);
    expect(s.lines.get(1)!.map((b) => b.text)).toEqual(['مترجمة']);
  });
});

describe('a right-to-left signer in the DOCX', () => {
  it('both paragraphs are right-to-left, the line left-to-right ones between marks; a Latin signer\'s are not', async () => {
    const xml = docxParts(await renderDocx(model()))['word/document.xml']!;
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    expect(tables).toHaveLength(3);
    const [arabic, hebrew, latin] = tables.map((t) => paragraphs(t));
    for (const [signLine, lines] of [arabic!, hebrew!]) {
      // w:bidi mirrors the indent: the 3.5-inch line ends at the right margin, its indent on the left.
      expect(signLine).toMatch(/<w:pBdr><w:bottom [^>]*\/><\/w:pBdr><w:bidi\/>.*<w:ind w:right="4320"\/>/);
      expect(lines).toContain('<w:bidi/>');
    }
    for (const t of tables.slice(0, 2)) expect(t).toContain('<w:bidiVisual w:val="off"/>');
    // "/s/ name" is one right-to-left paragraph's text: no mark in it.
    expect(arabic![0]).toContain('/s/ </w:t>');
    expect(arabic![0]).not.toContain('\u200E');
    // Left-to-right lines between two marks, right-to-left ones as they are.
    const text = (x: string) => [...x.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '\n').join('');
    expect(text(arabic![1]!).split('\n')).toEqual(['سلمى عبد الرحمن', 'مترجمة', '\u200EDeclarant\u200E', '\u200EDate: March\u00a07, 2026\u200E', '\u200EHouston, Texas\u200E']);
    expect(text(hebrew![1]!).split('\n')).toEqual(['שרה כהן', 'מתורגמנית', `\u200EDate: ${'_'.repeat(22)}\u200E`, 'תל אביב']);
    // A Latin signer: left to right, as before.
    for (const para of latin!) expect(para).not.toContain('<w:bidi/>');
    expect(latin![0]).toContain('<w:ind w:right="4320"/>');
    expect(text(latin![1]!).split('\n')).toEqual(['Ana Example', 'مترجمة', 'Date: March\u00a07, 2026']);
  });
});

describe('on the page, the PDF and LibreOffice\'s PDF of the DOCX alike', () => {
  it('set a right-to-left signer\'s lines at the right margin, "Date: ____" read left to right, and a Latin signer\'s at the left', async () => {
    const d = model();
    for (const [format, pdf] of [['PDF', await renderPdf(d)], ['DOCX', libreOfficePdf(await renderDocx(d))]] as const) {
      const words = pdfWords(pdf);
      const lineOf = (w: PdfWord) => words.filter((x) => Math.abs(x.yMin - w.yMin) < 3);
      const at = (text: string) => words.find((w) => w.text === text)!;
      // Every line with a Hebrew or Arabic letter ends at the right margin (2 pt for the fonts' side
      // bearings) but the last, the Latin signer's Arabic capacity, which starts at the left.
      const rtlLines = words.filter((w) => /[\p{Script=Hebrew}\p{Script=Arabic}]/u.test(w.text)).map(lineOf);
      const starts = [...new Set(rtlLines.map((l) => l[0]!.yMin))];
      expect(starts.length, format).toBe(7); // "/s/" line, name, capacity; Hebrew name, capacity, place; the Latin signer's capacity
      for (const l of rtlLines.slice(0, -1)) expect(Math.max(...l.map((w) => w.xMax)), `${format} ${l.map((w) => w.text).join(' ')}`).toBeGreaterThan(RIGHT - 2);
      expect(Math.min(...rtlLines.at(-1)!.map((w) => w.xMin)), format).toBeLessThan(LEFT + 2);
      // The electronic signature reads from the right: "/s/" right of the name.
      const s = at('s');
      for (const w of lineOf(s).filter((x) => /\p{Script=Arabic}/u.test(x.text))) expect(w.xMax, format).toBeLessThan(s.xMin);
      // Left-to-right lines of the Arabic signer, set at the right.
      for (const w of ['Declarant', 'Texas', '2026']) expect(at(w).xMax, `${format} ${w}`).toBeGreaterThan(RIGHT - 2);
      // The Hebrew signer's blank date line: "Date:" then its underscores, ending at the right margin.
      const blank = words.find((w) => /^_+$/.test(w.text))!;
      const date = lineOf(blank).find((w) => w.text === 'Date:')!;
      expect(date.xMax, format).toBeLessThan(blank.xMin);
      expect(blank.xMax, format).toBeGreaterThan(RIGHT - 2);
      // The Latin signer: at the left margin.
      expect(at('Ana').xMin, format).toBeLessThan(LEFT + 2);
    }
  }, loTimeout(1));
});
