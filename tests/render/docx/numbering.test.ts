// Real Word numbering: all lists of a series share one counter across headings, an `ol` without
// a series restarts, and the numbers Word/LibreOffice show equal the model's item.number.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import type { Block, HarborDocument, List } from '../../../src/model/types.js';
import { docxParts, pdfText, pdfWords } from '../../support/extract.js';
import { specimenModel } from '../../specimen/index.js';
import { declaration, doc, h, p } from './models.js';
import { all, libreOfficePdfs, loTimeout, paragraphs, paraText, wordNumbers } from './support.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import { texts } from '../pdf/models.js';

/** [first paragraph text, number] of every ordered item of the model, in document order. */
function modelNumbers(d: HarborDocument): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const walk = (blocks: Block[]): void => {
    for (const b of blocks) {
      if (b.type === 'keep') walk(b.children);
      if (b.type !== 'list') continue;
      for (const item of b.items) {
        const first = item.children[0];
        const text = first?.type === 'paragraph' ? first.children.map((c) => (c.type === 'text' ? c.text : '')).join('') : '';
        if (b.ordered) out.push([text, item.number!]);
        walk(item.children);
      }
    }
  };
  walk(d.body);
  return out;
}

const list = (series: string | undefined, numbers: number[]): List => ({
  type: 'list',
  ordered: true,
  ...(series !== undefined ? { series } : {}),
  items: numbers.map((n) => ({ number: n, children: [p(`item ${n}${series ?? ''}`)] })),
});

/** The three-digit list whose numbers LibreOffice must print inside the margin. */
const hundredsModel = (): HarborDocument => doc([p('Before the list.'), list('decl', [98, 99, 100, 101, 102]), p('After the list.')]);
/** The declaration whose series runs 1..15 across headings. */
const seriesModel = (): HarborDocument => declaration([4, 1, 7, 3]);

/**
 * The two documents this file converts, in one LibreOffice process (libreOfficePdfs: a start is
 * most of a conversion's cost; docs/testing.md). The first test to ask converts both, so each test
 * allows for both (loTimeout(DOCUMENTS)), whichever runs first (`-t` may pick one).
 */
const DOCUMENTS = 2;
let conversion: Promise<Uint8Array[]> | undefined;
function converted(i: number): Promise<Uint8Array> {
  conversion ??= Promise.all([hundredsModel(), seriesModel()].map((d) => renderDocx(d))).then((docxs) => libreOfficePdfs(docxs));
  return conversion.then((pdfs) => pdfs[i]!);
}

describe('DOCX numbering', () => {
  it('uses one numbering instance for a series continued across headings', async () => {
    const model = declaration([3, 4, 5]);
    const parts = docxParts(await renderDocx(model));
    const numIds = all(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g, parts['word/document.xml']!);
    expect(numIds).toHaveLength(12);
    expect(new Set(numIds).size).toBe(1);
    // That instance starts at 1 and its abstract numbering is decimal "%1.".
    const num = new RegExp(`<w:num w:numId="${numIds[0]}"><w:abstractNumId w:val="(\\d+)"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>`).exec(
      parts['word/numbering.xml']!,
    );
    expect(num).not.toBeNull();
    const abs = new RegExp(`<w:abstractNum w:abstractNumId="${num![1]}"[^>]*>[\\s\\S]*?<w:lvl w:ilvl="0"[^>]*>([\\s\\S]*?)</w:lvl>`).exec(parts['word/numbering.xml']!)![1]!;
    expect(abs).toContain('<w:numFmt w:val="decimal"/>');
    expect(abs).toContain('<w:lvlText w:val="%1."/>');
    // Headings sit between the numbered paragraphs without numbering of their own.
    const headingParas = paragraphs(parts['word/document.xml']!).filter((x) => x.includes('w:val="Heading2"'));
    expect(headingParas).toHaveLength(3);
    for (const hp of headingParas) expect(hp).not.toContain('<w:numPr>');
    expect(wordNumbers(await renderDocx(model)).map(([, n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('restarts an ol without series, honours a start number, and keeps two series apart', async () => {
    const model = doc([
      list('a', [1, 2]),
      list(undefined, [1, 2]),
      h(2, 'Between'),
      list('a', [3, 4]),
      list(undefined, [5, 6]), // <ol start="5">
      list('b', [7, 8]), // a series whose first list starts at 7
      list('b', [9]),
      list('a', [5]),
    ]);
    const shown = wordNumbers(await renderDocx(model));
    expect(shown).toEqual(modelNumbers(model));
    expect(shown.map(([, n]) => n)).toEqual([1, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 5]);
    // Each unseries list and each series has its own instance: a, (1,2), (5,6), b.
    const numIds = all(/<w:numId w:val="(\d+)"\/>/g, docxParts(await renderDocx(model))['word/document.xml']!);
    expect(new Set(numIds).size).toBe(4);
  });

  it('starts a new counter where a series number does not continue, so Word still shows item.number', async () => {
    const model = doc([list('a', [1, 2]), list('a', [10, 11]), list('a', [12])]);
    expect(wordNumbers(await renderDocx(model)).map(([, n]) => n)).toEqual([1, 2, 10, 11, 12]);
  });

  it('numbers a hand-built list whose items carry no number as the PDF does (1, 2, 3), a right-to-left item among them', async () => {
    // The model's type lets an item leave its number out (the markup always sets it): the PDF
    // prints its place in the list; the DOCX took the next of a counter, and a right-to-left
    // item's counter is its own (its marker justified the other way), so it printed "1." there.
    const list: List = { type: 'list', ordered: true, items: ['First item.', 'قال لي إنه سيدفع ديني.', 'Third item.'].map((x) => ({ children: [p(x)] })) };
    const numbers = wordNumbers(await renderDocx(doc([list])));
    expect(numbers).toEqual([
      ['First item.', 1],
      ['قال لي إنه سيدفع ديني.', 2],
      ['Third item.', 3],
    ]);
    const pdf = texts(layoutDocument(doc([list])).pages[0]!).map((b) => b.text);
    for (const m of ['1.', '2.', '3.']) expect(pdf, m).toContain(m);
  });

  it('numbers the specimen exactly as the model does, nested lists included', async () => {
    const model = specimenModel();
    const expected = modelNumbers(model);
    expect(expected.map(([, n]) => n)).toEqual([1, 2, 3, 4, 5, 1, 2]);
    expect(wordNumbers(await renderDocx(model))).toEqual(expected);
  });

  // A fixed 27 pt indent (540 twips) put "100." about 2 pt into the left margin: the number is
  // right-aligned 6 pt before the text (src/render/list-indent.ts).
  it('a list whose numbers reach 100 is indented as the PDF indents it, its numbered paragraphs saying so', async () => {
    const model = doc([p('Before.'), list('decl', [97, 98, 99, 100, 101]), p('After.'), list('decl', [102, 103])]);
    const xml = docxParts(await renderDocx(model))['word/document.xml']!;
    const numbered = paragraphs(xml).filter((x) => x.includes('<w:numPr>'));
    expect(numbered).toHaveLength(7);
    // The PDF's text edge of the same lists: 72 pt margin + the indent.
    const pdfLeft = (n: number) => {
      const L = layoutDocument(model);
      return texts(L.pages[0]!, `body.${n}.item.0`).find((b) => b.text.startsWith('item'))!.x - 72;
    };
    for (const [i, x] of numbered.entries()) {
      const ind = /<w:ind w:left="(\d+)" w:hanging="(\d+)"\/>/.exec(x);
      expect(ind, paraText(x)).not.toBeNull();
      expect(Number(ind![1])).toBe(20 * pdfLeft(i < 5 ? 1 : 3));
      expect(Number(ind![2])).toBe(120);
    }
    expect(Number(/w:left="(\d+)"/.exec(numbered[0]!)![1])).toBeGreaterThan(540);
    // A list of two-digit numbers keeps its numbering level's indent (no override).
    const plain = docxParts(await renderDocx(doc([list(undefined, [1, 2, 99])])))['word/document.xml']!;
    for (const x of paragraphs(plain).filter((x) => x.includes('<w:numPr>'))) expect(x).not.toContain('<w:ind');
  });

  it("LibreOffice prints three-digit numbers inside the page margin, at the PDF's text edge", async () => {
    const model = hundredsModel();
    const words = pdfWords(await converted(0));
    const margin = words.find((w) => w.text === 'Before')!.xMin;
    expect(margin).toBeCloseTo(72, 0);
    const L = layoutDocument(model);
    for (const n of [98, 99, 100, 101, 102]) {
      const label = words.find((w) => w.text === `${n}.`);
      expect(label, `${n}.`).toBeDefined();
      expect(label!.xMin, `${n}.`).toBeGreaterThanOrEqual(margin - 0.5);
      // The item's text starts where the PDF starts it (words in reading order: "98." "item" "98decl").
      const text = words[words.indexOf(label!) + 1]!;
      expect(text.text).toBe('item');
      const pdfItem = texts(L.pages[0]!, `body.1.item.${n - 98}`).find((b) => b.text.startsWith('item'))!;
      expect(Math.abs(text.xMin - pdfItem.x), `${n}: LibreOffice ${text.xMin}, PDF ${pdfItem.x}`).toBeLessThan(1);
    }
  }, loTimeout(DOCUMENTS));

  it('LibreOffice shows the series 1..N without restarts across headings', async () => {
    const text = pdfText(await converted(1));
    const shown = [...text.matchAll(/^\s*(\d+)\.\s+Paragraph text number (\d+) of the declaration\./gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(shown).toHaveLength(15);
    for (const [label, n] of shown) expect(label).toBe(n);
    expect(shown.map(([l]) => l)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  }, loTimeout(DOCUMENTS));
});
