// The widow and orphan rules of lists (docs/pagination.md §Lists), in the PDF's layout and in the
// DOCX as LibreOffice lays it out: a page break leaves two lines of a list or more on each side
// of it (a list's one-line last item never starts a page alone, nor its one-line first item ends
// one), and an item's one-line first paragraph (a title line such as the RFA's "When: … · Place:
// …") never ends a page without the text under it.
import { describe, expect, it } from 'vitest';
import type { Block, ListItem } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { docxParts, pdfPages } from '../support/extract.js';
import { doc, filler, h, linesOf, p, t, texts } from './pdf/models.js';
import { libreOfficePdf, loTimeout, paragraphs, paraText } from './docx/support.js';

/** A bulleted list of `n` one-line items "Item s.i". */
const oneLineList = (s: number, n: number): Block => ({ type: 'list', ordered: false, items: Array.from({ length: n }, (_, i) => ({ children: [p(`Item ${s}.${i + 1}`)] })) });

/** A numbered list of `n` items, each a one-line title then two lines of text (the RFA's events). */
const titledList = (s: number, n: number): Block => ({
  type: 'list',
  ordered: true,
  items: Array.from({ length: n }, (_, i): ListItem => ({ children: [p(`When ${s}.${i + 1}: March 2025`), p([t(`Event ${s}.${i + 1}, its first line.`), { type: 'br' }, t(`Event ${s}.${i + 1}, its second line.`)])] })),
});

/** Page (0-based) of each line whose text matches `re`, in order. */
function pagesOfLines(pages: string[][], re: RegExp): number[] {
  return pages.flatMap((lines, i) => lines.filter((l) => re.test(l)).map(() => i));
}

/** The lines of each page of the PDF's layout. */
function pdfLines(body: Block[]): string[][] {
  return layoutDocument(doc(body)).pages.map((pg) => linesOf(texts(pg, 'body')));
}

/** Lines of a list on each page it has any: `[2, 1]` is a break with one line after it. */
function counts(pages: number[]): number[] {
  const c = new Map<number, number>();
  for (const pg of pages) c.set(pg, (c.get(pg) ?? 0) + 1);
  return [...c.values()];
}

describe('lists keep two lines on each side of a page break (PDF layout)', () => {
  it('a list of one-line items: never its first or last item alone on a page', () => {
    let split = 0;
    for (let k = 18; k < 30; k++) {
      const pages = pagesOfLines(pdfLines([...filler(k), oneLineList(0, 5), p('After the list.')]), /Item 0\./);
      expect(pages, `k=${k}`).toHaveLength(5);
      const c = counts(pages);
      if (c.length > 1) split++;
      for (const n of c) expect(n, `k=${k}: ${c.join(' | ')}`).toBeGreaterThanOrEqual(2);
    }
    expect(split).toBeGreaterThan(0); // the list did break at some k, between its middle items
  });

  it('a title line stays with the text under it, and the last line of an item with the one before', () => {
    let split = 0;
    for (let k = 18; k < 30; k++) {
      const lines = pdfLines([h(3, 'Dates and places'), ...filler(k), titledList(0, 3)]);
      for (let i = 1; i <= 3; i++) {
        const title = pagesOfLines(lines, new RegExp(`When 0\\.${i}:`));
        const text = pagesOfLines(lines, new RegExp(`Event 0\\.${i},`));
        expect(title, `k=${k} item ${i}`).toHaveLength(1);
        expect(text[0], `k=${k} item ${i}`).toBe(title[0]);
      }
      if (new Set(pagesOfLines(lines, /(When|Event) 0\./)).size > 1) split++;
    }
    expect(split).toBeGreaterThan(0);
  });
});

/**
 * Sections one to a page, each `k` filler lines then a list, so that the list meets the page foot
 * at each of its lines in one document: the lines of each page, in the PDF and in the DOCX as
 * LibreOffice lays it out (whose lines fall a few points from the PDF's: the rules are asserted on
 * each, not the same breaks).
 */
async function bothFormats(list: (s: number) => Block, ks: number[]): Promise<Array<[string, string[][]]>> {
  const body = ks.flatMap((k, s) => [...(s > 0 ? [{ type: 'page-break' } as Block] : []), p(`Section s${s}z begins.`), ...filler(k - 1), list(s)]);
  const pdf = pdfPages(await renderPdf(doc(body))).map((pg) => pg.split('\n'));
  const docx = pdfPages(libreOfficePdf(await renderDocx(doc(body)))).map((pg) => pg.split('\n'));
  return [
    ['pdf', pdf],
    ['docx', docx],
  ];
}

describe('lists break alike in the PDF and the DOCX (LibreOffice)', () => {
  const ks = Array.from({ length: 9 }, (_, i) => 20 + i);

  it('a list of one-line items: two items or more on each side of a break', async () => {
    for (const [format, pages] of await bothFormats((s) => oneLineList(s, 4), ks)) {
      let split = 0;
      for (let s = 0; s < ks.length; s++) {
        const c = counts(pagesOfLines(pages, new RegExp(`Item ${s}\\.`)));
        expect(c.reduce((a, n) => a + n, 0), `${format} k=${ks[s]}`).toBe(4);
        for (const n of c) expect(n, `${format} k=${ks[s]}: ${c.join(' | ')}`).toBeGreaterThanOrEqual(2);
        if (c.length > 1) split++;
      }
      expect(split, format).toBeGreaterThan(0);
    }
  }, loTimeout());

  it('a title line with the first line under it, that line with the next', async () => {
    for (const [format, pages] of await bothFormats((s) => titledList(s, 2), ks)) {
      let split = 0;
      for (let s = 0; s < ks.length; s++) {
        for (let i = 1; i <= 2; i++) {
          const at = [`When ${s}\\.${i}:`, `Event ${s}\\.${i}, its first`, `Event ${s}\\.${i}, its second`].map((re) => pagesOfLines(pages, new RegExp(re)));
          for (const x of at) expect(x, `${format} k=${ks[s]} item ${i}`).toHaveLength(1);
          expect(new Set(at.flat()).size, `${format} k=${ks[s]} item ${i}: ${at.join(' ')}`).toBe(1);
        }
        if (new Set(pagesOfLines(pages, new RegExp(`(When|Event) ${s}\\.`))).size > 1) split++;
      }
      expect(split, format).toBeGreaterThan(0);
    }
  }, loTimeout());

  it('marks keepNext where the PDF keeps a list line with the next', async () => {
    const xml = docxParts(await renderDocx(doc([oneLineList(0, 4), titledList(1, 2)])))['word/document.xml']!;
    const kept = paragraphs(xml)
      .filter((x) => x.includes('<w:keepNext/>'))
      .map(paraText);
    // The first item with the second, the third with the last; each title with its text (a
    // paragraph of two lines, which keeps its own).
    expect(kept).toEqual(['Item 0.1', 'Item 0.3', 'When 1.1: March 2025', 'When 1.2: March 2025']);
  });
});

/** Items of a bulleted list, each a list of blocks. */
const bullets = (items: Block[][]): Block => ({ type: 'list', ordered: false, items: items.map((children) => ({ children })) });

/** A three-deep list: "Top one" over a list whose first item holds a list of three. */
const threeDeep = (s: number): Block =>
  bullets([[p(`Top one ${s}`), bullets([[p(`Mid one ${s}`), bullets([[p(`Deep one ${s}`)], [p(`Deep two ${s}`)], [p(`Deep three ${s}`)]])], [p(`Mid two ${s}`)], [p(`Mid three ${s}`)]])], [p(`Top two ${s}`)], [p(`Top three ${s}`)], [p(`Top four ${s}`)]]);

describe('a three-deep list breaks alike in the PDF and the DOCX (LibreOffice)', () => {
  // Round r53's review saw LibreOffice leave a three-deep list's "Top one" alone at a page foot;
  // not seen again in round r54 (each of its one-line first paragraphs keeps with the next, and
  // LibreOffice honours the chain): the page foot meets the list at each of its lines here.
  it('never leaves its first lines ("Top one", "Mid one") without the line after them, nor its last alone', async () => {
    const ks = Array.from({ length: 10 }, (_, i) => 18 + i);
    for (const [format, pages] of await bothFormats(threeDeep, ks)) {
      let split = 0;
      for (let s = 0; s < ks.length; s++) {
        const at = (w: string): number => pagesOfLines(pages, new RegExp(`${w} ${s}$`))[0]!;
        expect(at('Top one'), `${format} k=${ks[s]}`).toBe(at('Deep one'));
        const c = counts(pagesOfLines(pages, new RegExp(`(Top|Mid|Deep) \\w+ ${s}$`)));
        expect(c.reduce((a, n) => a + n, 0), `${format} k=${ks[s]}`).toBe(10);
        for (const n of c) expect(n, `${format} k=${ks[s]}: ${c.join(' | ')}`).toBeGreaterThanOrEqual(2);
        if (c.length > 1) split++;
      }
      expect(split, format).toBeGreaterThan(0);
    }
  }, loTimeout());
});
