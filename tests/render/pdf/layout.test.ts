// Pagination rules of the pure layout step, asserted on the positioned boxes: the page frame,
// inline marks and lists, keep rules (tables: layout-tables.test.ts).
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import { doc, extent, filler, h, linesOf, p, t, texts } from './models.js';
import { bodyBoxes, LONG, pagesOf } from './layout-support.js';

describe('page frame', () => {
  it('prints the banner on top of every page and "Page N of M" in every footer', () => {
    const L = layoutDocument(doc(filler(120)));
    const n = L.pages.length;
    expect(n).toBeGreaterThanOrEqual(3);
    L.pages.forEach((pg, i) => {
      expect(linesOf(texts(pg, 'footer'))).toEqual([`Page ${i + 1} of ${n}`]);
      const banner = texts(pg, 'banner');
      expect(linesOf(banner)).toEqual(['CONFIDENTIAL — 8 U.S.C. § 1367']);
      for (const b of banner) expect(b.y).toBeLessThan(pg.bodyTop);
      for (const b of texts(pg, 'footer')) expect(b.y - b.size).toBeGreaterThan(pg.bodyBottom);
    });
    // Every filler line printed exactly once, in order.
    const all = L.pages.flatMap((pg) => linesOf(texts(pg, 'body')));
    expect(all).toEqual(Array.from({ length: 120 }, (_, i) => `Filler line ${i + 1}.`));
  });

  it('keeps body text inside the margins of US Letter', () => {
    const L = layoutDocument(doc([p(LONG.repeat(8), 'justify')]));
    for (const pg of L.pages) {
      expect([pg.width, pg.height]).toEqual([612, 792]);
      for (const b of texts(pg, 'body')) {
        expect(b.x).toBeGreaterThanOrEqual(72 - 1e-6);
        expect(b.x + b.width).toBeLessThanOrEqual(540 + 1e-6);
        expect(b.y + 0.3 * b.size).toBeLessThanOrEqual(pg.bodyBottom + 1e-6);
      }
    }
  });

  it('an empty body still gives one page with its banner and "Page 1 of 1"', () => {
    const L = layoutDocument(doc([]));
    expect(L.pages).toHaveLength(1);
    expect(linesOf(texts(L.pages[0]!, 'footer'))).toEqual(['Page 1 of 1']);
  });

  it('page-break starts a new page', () => {
    const L = layoutDocument(doc([p('before'), { type: 'page-break' }, p('after')]));
    expect(L.pages.map((pg) => linesOf(texts(pg, 'body')))).toEqual([['before'], ['after']]);
  });
});

describe('inline marks and lists', () => {
  it('bold and italic pick faces; underline draws a line under exactly the underlined run', () => {
    const L = layoutDocument(doc([p([t('plain '), t('bold', { bold: true }), t(' '), t('both', { bold: true, italic: true }), t(' '), t('under', { underline: true })])]));
    const pg = L.pages[0]!;
    const body = texts(pg, 'body');
    expect(body.map((b) => [b.text, b.font])).toEqual([
      ['plain ', 'regular'],
      ['bold', 'bold'],
      [' ', 'regular'],
      ['both', 'bold-italic'],
      [' ', 'regular'],
      ['under', 'regular'],
    ]);
    const under = body.at(-1)!;
    const lines = pg.boxes.filter((b) => b.type === 'line' && b.src === 'body.0');
    expect(lines).toHaveLength(1);
    const l = lines[0]!;
    if (l.type !== 'line') throw new Error('not a line');
    expect([l.x1, l.x2]).toEqual([under.x, under.x + under.width]);
    expect(l.y1).toBeGreaterThan(under.y);
    expect(l.y1).toBeLessThan(under.y + 0.3 * under.size);
  });

  it('ordered items print the number the model gives them, in a hanging indent', () => {
    const list: Block = {
      type: 'list',
      ordered: true,
      series: 'decl',
      items: [7, 8].map((n) => ({ number: n, children: [p(`Paragraph ${n} text that is long enough to wrap onto a second line within the indented measure of the list item here.`)] })),
    };
    const L = layoutDocument(doc([list]));
    const pg = L.pages[0]!;
    const item0 = texts(pg, 'body.0.item.0');
    const marker = item0.find((b) => b.text === '7.')!;
    expect(marker).toBeDefined();
    const lines = item0.filter((b) => b !== marker);
    expect(new Set(lines.map((b) => b.x)).size).toBe(1); // every line starts at the indent (hanging)
    expect(marker.x + marker.width).toBeLessThan(lines[0]!.x);
    expect(marker.y).toBe(Math.min(...lines.map((b) => b.y)));
    expect(texts(pg, 'body.0.item.1').some((b) => b.text === '8.')).toBe(true);
  });

  // A fixed 27 pt indent left "100." ~2 pt into the left margin (src/render/list-indent.ts).
  it.each([
    [[98, 99, 100, 101], 'three digits'],
    [[9998, 9999, 10000], 'five digits'],
  ])('the number column of a list fits its widest number (%j: %s), 6 pt before the text', (numbers) => {
    const list: Block = { type: 'list', ordered: true, series: 'decl', items: numbers.map((n) => ({ number: n, children: [p(`Paragraph ${n}.`)] })) };
    const L = layoutDocument(doc([p('Before the list.'), list]));
    const pg = L.pages[0]!;
    const starts = new Set<number>();
    numbers.forEach((n, i) => {
      const item = texts(pg, `body.1.item.${i}`);
      const marker = item.find((b) => b.text === `${n}.`)!;
      const text = item.find((b) => b !== marker)!;
      expect(marker.x, `${n}.`).toBeGreaterThanOrEqual(72 - 1e-6);
      expect(text.x - (marker.x + marker.width)).toBeCloseTo(6, 6);
      starts.add(text.x);
    });
    // One text edge for the whole list, inside the text column.
    expect(starts.size).toBe(1);
    expect([...starts][0]!).toBeGreaterThan(72 + 27);
    // A paragraph outside the list keeps the margin.
    expect(texts(pg, 'body.0')[0]!.x).toBe(72);
  });

  it('a list of one- and two-digit numbers keeps the 27 pt indent', () => {
    const list: Block = { type: 'list', ordered: true, items: [9, 10, 99].map((n) => ({ number: n, children: [p(`Paragraph ${n}.`)] })) };
    const pg = layoutDocument(doc([list])).pages[0]!;
    for (let i = 0; i < 3; i++) expect(texts(pg, `body.0.item.${i}`).find((b) => b.text.startsWith('Paragraph'))!.x).toBe(72 + 27);
  });
});

describe('keep rules', () => {
  it('a heading never sits alone at a page foot: it moves with the first two lines after it', () => {
    let moved = 0;
    for (let k = 10; k < 60; k++) {
      const body: Block[] = [...filler(k), h(2, 'Heading under test'), p(LONG)];
      const L = layoutDocument(doc(body));
      const hp = pagesOf(L, `body.${k}`);
      expect(hp).toHaveLength(1);
      const page = L.pages[hp[0]!]!;
      const next = texts(page, `body.${k + 1}`);
      expect(linesOf(next).length).toBeGreaterThanOrEqual(2);
      // The heading is above the paragraph's lines on its page.
      const headY = Math.max(...texts(page, `body.${k}`).map((b) => b.y));
      expect(Math.min(...next.map((b) => b.y))).toBeGreaterThan(headY);
      // Count the cases where the heading alone would have fitted on the previous page.
      if (hp[0]! > 0) {
        const prev = L.pages[hp[0]! - 1]!;
        const lastBottom = Math.max(...bodyBoxes(prev).map((b) => extent(b)[1]));
        if (prev.bodyBottom - lastBottom > 30) moved++;
      }
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('no widows or orphans: a paragraph split by a page break keeps at least two lines on each side', () => {
    let splits = 0;
    for (let k = 10; k < 60; k++) {
      const L = layoutDocument(doc([...filler(k), p(LONG + LONG), p('After.')]));
      const pages = pagesOf(L, `body.${k}`);
      expect(linesOf(L.pages.flatMap((pg) => texts(pg, `body.${k}`))).length).toBeGreaterThanOrEqual(5);
      if (pages.length < 2) continue;
      splits++;
      for (const i of pages) expect(linesOf(texts(L.pages[i]!, `body.${k}`)).length, `k=${k}, page ${i}`).toBeGreaterThanOrEqual(2);
      // A one-line paragraph is not held to the next: "After." is free to follow on either page.
    }
    expect(splits).toBeGreaterThan(0);
    // Two- and three-line paragraphs move whole.
    for (let k = 10; k < 60; k++) {
      const L = layoutDocument(doc([...filler(k), p(LONG.slice(0, 120)), p(LONG.slice(0, 200))]));
      expect(pagesOf(L, `body.${k}`), `k=${k}`).toHaveLength(1);
      expect(pagesOf(L, `body.${k + 1}`), `k=${k}`).toHaveLength(1);
    }
  });

  it('a paragraph that ends with a colon stays with the first lines of the list or table it introduces', () => {
    const list: Block = { type: 'list', ordered: false, items: [{ children: [p(LONG)] }, { children: [p('Second item.')] }] };
    let held = 0;
    for (let k = 10; k < 60; k++) {
      const L = layoutDocument(doc([...filler(k), p('Conditions:'), list]));
      const lead = pagesOf(L, `body.${k}`);
      expect(lead).toHaveLength(1);
      expect(pagesOf(L, `body.${k + 1}.item.0`)[0], `k=${k}`).toBe(lead[0]);
      // Without the colon a paragraph of two lines may stay behind at a page foot (one of one
      // line moves with the list: tests/render/short-lead-in.test.ts).
      const L2 = layoutDocument(doc([...filler(k), p(LONG.slice(0, 120)), list]));
      if (pagesOf(L2, `body.${k}`)[0] !== pagesOf(L2, `body.${k + 1}.item.0`)[0]) held++;
    }
    expect(held).toBeGreaterThan(0);
  });

  it('keep holds its children on one page when they fit', () => {
    let split = 0;
    for (let k = 10; k < 60; k++) {
      const body: Block[] = [...filler(k), { type: 'keep', children: [p('kept one'), p('kept two'), p('kept three')] }];
      const L = layoutDocument(doc(body));
      expect(pagesOf(L, `body.${k}`)).toHaveLength(1);
      // Without keep the same paragraphs do split at some k (so the rule is what holds them).
      const L2 = layoutDocument(doc([...filler(k), p('kept one'), p('kept two'), p('kept three')]));
      if (new Set([k, k + 1, k + 2].flatMap((i) => pagesOf(L2, `body.${i}`))).size > 1) split++;
    }
    expect(split).toBeGreaterThan(0);
  });

  it('a keep taller than a page flows normally and loses nothing', () => {
    const L = layoutDocument(doc([{ type: 'keep', children: filler(100) }]));
    expect(L.pages.length).toBeGreaterThan(1);
    expect(L.pages.flatMap((pg) => linesOf(texts(pg, 'body')))).toHaveLength(100);
  });

  it('a signature stays on one page with the last lines of the block before it', () => {
    for (let k = 10; k < 60; k++) {
      const body: Block[] = [...filler(k), p(LONG), { type: 'signature', signer: 'Ana Example', capacity: 'Declarant' }];
      const L = layoutDocument(doc(body));
      const sp = pagesOf(L, `body.${k + 1}`);
      expect(sp).toHaveLength(1);
      const page = L.pages[sp[0]!]!;
      expect(linesOf(texts(page, `body.${k}`)).length).toBeGreaterThanOrEqual(2);
      const lines = linesOf(texts(page, `body.${k + 1}`));
      expect(lines).toEqual(['Ana Example', 'Declarant', 'Date: ______________________']);
      expect(page.boxes.some((b) => b.type === 'line' && b.src === `body.${k + 1}`)).toBe(true);
    }
  });

  it('a signature block taller than a page (absurdly long name) breaks line by line, losing nothing', () => {
    const name = Array.from({ length: 1200 }, (_, i) => `Name${i}`).join(' ');
    const L = layoutDocument(doc([p('Before.'), { type: 'signature', signer: name, capacity: 'Declarant', date: 'March 7, 2026' }]));
    expect(pagesOf(L, 'body.1').length).toBeGreaterThan(1);
    const got = L.pages.flatMap((pg) => linesOf(texts(pg, 'body.1'))).join(' ');
    expect(got).toBe(`${name} Declarant Date: March 7, 2026`);
    for (const pg of L.pages) for (const b of texts(pg, 'body')) expect(b.y + 0.3 * b.size).toBeLessThanOrEqual(pg.bodyBottom + 1e-6);
  });
});
