// A numbered or bulleted item whose paragraph is right-to-left (its first and last letters Hebrew or Arabic:
// the PDF's paragraph direction, the DOCX's w:bidi) has its marker on the right, at its start, and
// its text indented from the right, in both formats: the PDF kept the number at the left margin
// with the text at the right one, where LibreOffice (and Word) put it on the right of a w:bidi
// paragraph. A left-to-right item beside it keeps its marker on the left.
import { describe, expect, it } from 'vitest';
import type { Block, List } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import type { TextBox } from '../../src/render/pdf/boxes.js';
import { pdfText, pdfWords } from '../support/extract.js';
import { libreOfficePdf, loTimeout } from './docx/support.js';
import { doc, p } from './pdf/models.js';

const HEBREW = ['שרה עבדה במסעדה ללא שכר.', 'היא פחדה לעזוב את הבית.'];
const ARABIC = 'عملت سلمى في مطعم بدون أجر.';
const list = (ordered: boolean, items: Block[][]): List => ({ type: 'list', ordered, items: items.map((children, i) => ({ number: i + 1, children })) });
const model = () =>
  doc([
    list(true, [[p(HEBREW[0]!), p(HEBREW[1]!)], [p('An English item.')], [p(ARABIC), list(false, [[p(HEBREW[1]!)]])]]),
  ]);

/** The body text boxes of item `i` of the list (nested blocks too): its marker and its text. */
function item(boxes: TextBox[], src: string): { label: TextBox[]; text: TextBox[] } {
  const own = boxes.filter((b) => b.src.startsWith(src));
  return { label: own.filter((b) => b.tag?.startsWith(`${src}.lbl`) === true), text: own.filter((b) => b.tag?.startsWith(`${src}.lbl`) !== true) };
}

describe('a right-to-left list item', () => {
  it('in the PDF: the marker right of the text, the text indented from the right margin, its second paragraph too', () => {
    const pg = layoutDocument(model()).pages[0]!;
    const boxes = pg.boxes.filter((b): b is TextBox => b.type === 'text' && b.src.startsWith('body'));
    const right = 72 + 468; // the right margin
    const hebrew = item(boxes, 'body.0.item.0');
    expect(hebrew.label.map((b) => b.text)).toEqual(['1.']);
    expect(hebrew.label[0]!.draw).toBe('.1'); // read from the right: the number, then its period
    const textRight = Math.max(...hebrew.text.map((b) => b.x + b.width));
    expect(textRight).toBeCloseTo(right - 27, 1); // both paragraphs end at the list's indent
    for (const b of hebrew.text.filter((x) => x.src.endsWith('.1'))) expect(b.x + b.width).toBeLessThanOrEqual(right - 27 + 0.01);
    expect(hebrew.label[0]!.x).toBeCloseTo(textRight + 6, 1); // 6 pt right of the text, as a left-to-right marker is left of it
    expect(hebrew.label[0]!.x + hebrew.label[0]!.width).toBeLessThanOrEqual(right);
    // A left-to-right item keeps its marker at the left, its text from the indent.
    const english = item(boxes, 'body.0.item.1');
    expect(english.label[0]!.x + english.label[0]!.width).toBeCloseTo(72 + 27 - 6, 1);
    expect(Math.min(...english.text.map((b) => b.x))).toBeCloseTo(72 + 27, 1);
    // A right-to-left bullet in a nested list: right of its text, which ends two indents from the right.
    const nested = item(boxes, 'body.0.item.2.1.item.0');
    expect(nested.label.map((b) => b.text)).toEqual(['•']);
    const nestedRight = Math.max(...nested.text.map((b) => b.x + b.width));
    expect(nestedRight).toBeCloseTo(right - 27 - 27, 1);
    expect(nested.label[0]!.x).toBeCloseTo(nestedRight + 6, 1);
  });

  it('prints its marker on the same side in the PDF and in LibreOffice', async () => {
    const d = model();
    for (const pdf of [await renderPdf(d), libreOfficePdf(await renderDocx(d))]) {
      const words = pdfWords(pdf);
      const on = (text: string) => words.filter((w) => w.text === text);
      // The numbers of the Hebrew and Arabic items (".1" drawn, as Word shows them; LibreOffice's
      // PDF has the digit and the period as two words) right of the first word of their lines.
      for (const [n, word] of [['1', 'הרש'], ['3', 'تلمع']] as const) {
        const w = on(word)[0]!;
        const digit = words.find((x) => x.text.replace('.', '') === n && Math.abs(x.yMin - w.yMin) < 3);
        expect(digit, n).toBeDefined();
        expect(digit!.xMin, n).toBeGreaterThan(w.xMax);
      }
      // The English item's number left of its text.
      expect(on('2.')[0]!.xMax).toBeLessThan(on('An')[0]!.xMin);
    }
  }, loTimeout());

  it('copies its number back from the PDF as typed, "1." (drawn ".1"): its replacement text', async () => {
    const lines = pdfText(await renderPdf(model())).split('\n');
    // pdftotext wraps each line's directional runs in embedding controls; the number is in one.
    const plain = lines.map((l) => l.replace(/[\u202a-\u202e]/g, '').trim());
    const lineOf = (word: string) => plain.find((l) => l.includes(word));
    expect(lineOf('שרה')).toMatch(/^1\. ?שרה/);
    expect(lineOf('عملت')).toMatch(/^3\. ?عملت/);
    expect(plain.join('\n')).not.toMatch(/\.[13]\b/);
    // The English item is unchanged.
    expect(lineOf('An English')).toMatch(/^2\. An English/);
  });

  it('in LibreOffice, starts its first line where its other lines end, its number right of it (lvlJc names a side of the page)', async () => {
    // Items of two lines each: "1.", "10." and a bullet, Hebrew and Arabic.
    const long = (s: string) => Array.from({ length: 6 }, () => s).join(' ');
    const d = doc([
      { type: 'list', ordered: true, items: [{ number: 1, children: [p(long(HEBREW[0]!))] }, { number: 10, children: [p(long(ARABIC))] }] },
      list(false, [[p(long(HEBREW[1]!))]]),
    ]);
    const words = pdfWords(libreOfficePdf(await renderDocx(d)));
    const lines = new Map<number, typeof words>();
    for (const w of words.filter((x) => x.page === 0 && /[\u0590-\u06ff]/.test(x.text))) {
      const y = Math.round(w.yMin);
      lines.set(y, [...(lines.get(y) ?? []), w]);
    }
    const rights = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, ws]) => Math.max(...ws.map((w) => w.xMax)));
    expect(rights.length).toBeGreaterThanOrEqual(6);
    // Every line of text ends at the list's indent from the right margin (72 + 468 - 27), the
    // first of each item too (it ended ~9 pt short of it, "10." ~45 pt).
    for (const r of rights) expect(r).toBeGreaterThan(540 - 27 - 2.5);
    for (const r of rights) expect(r).toBeLessThanOrEqual(540 - 27 + 0.5);
    // Each marker right of that edge, inside the margin.
    for (const m of [words.find((w) => w.text === '1'), words.find((w) => w.text === '10'), words.find((w) => w.text === '•')]) {
      expect(m).toBeDefined();
      expect(m!.xMin).toBeGreaterThan(540 - 27 + 3);
      expect(m!.xMax).toBeLessThanOrEqual(540 + 0.5);
    }
  }, loTimeout());
});
