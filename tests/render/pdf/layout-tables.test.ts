// Pagination rules of the pure layout step for tables, asserted on the positioned boxes. Split
// from tests/render/pdf/layout.test.ts (page frame, marks and lists, keep rules).
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import type { DocumentLayout, PageLayout } from '../../../src/render/pdf/boxes.js';
import { doc, extent, filler, h, linesOf, p, row, t, texts } from './models.js';
import { bodyBoxes, LONG, pagesOf } from './layout-support.js';

describe('tables', () => {
  const table = (rows: ReturnType<typeof row>[]): Block => ({ type: 'table', columns: [1, 3], headerRows: [row('No.', 'Text')], rows });

  /** Body rows of table block `k` on each page it is on (0 for a page with its header alone). */
  function rowsPerPage(L: DocumentLayout, k: number, n: number): number[] {
    const pages = [...new Set([...pagesOf(L, `body.${k}.head`), ...pagesOf(L, `body.${k}.row`)])].sort((a, b) => a - b);
    return pages.map((pg) => Array.from({ length: n }, (_, i) => i).filter((i) => pagesOf(L, `body.${k}.row.${i}`).includes(pg)).length);
  }
  /** Room left (points) under the body boxes of the page before page `pg`. */
  function roomBefore(L: DocumentLayout, pg: number): number {
    const prev = L.pages[pg - 1]!;
    return prev.bodyBottom - Math.max(...bodyBoxes(prev).map((b) => extent(b)[1]));
  }
  /**
   * What comes before the table at block index `k + 1`: `k` one-line paragraphs (23.6 pt each),
   * then one of `m` lines (15.6 pt each), so that over k and m the table starts at every height of
   * a page to within a few points (a row is 17 pt: one-line steps alone skip some splits).
   */
  const before = (k: number, m: number): Block[] => [...filler(k), p(Array.from({ length: m }, (_, i) => [t(`Lead line ${i + 1}.`), { type: 'br' as const }]).flat().slice(0, -1))];
  const numbered = (n: number) => Array.from({ length: n }, (_, i) => (i === n - 1 ? row('Total', 'all rows') : row(String(i + 1), `week ${i + 1}`)));

  it('a table splits only between rows with two body rows or more on each side, and its header never ends a page alone', () => {
    const seen = new Set<string>();
    for (const n of [5, 6, 30]) {
      for (let k = 20; k < 50; k++) {
        for (const m of [1, 2, 3]) {
          const L = layoutDocument(doc([...before(k, m), table(numbered(n))]));
          const counts = rowsPerPage(L, k + 1, n);
          // Every row once, whole, and two or more rows under the header on each page of the table.
          expect(counts.reduce((a, c) => a + c, 0)).toBe(n);
          for (let i = 0; i < n; i++) expect(pagesOf(L, `body.${k + 1}.row.${i}`)).toHaveLength(1);
          for (const c of counts) expect(c, `n=${n}, k=${k}, m=${m}: ${counts.join(' | ')}`).toBeGreaterThanOrEqual(2);
          if (counts.length > 1) seen.add(`${counts[0]} | ${counts.at(-1)}`);
        }
      }
    }
    // The tables did split, at the foot of a page and close to their end.
    expect([...seen].some((s) => s.startsWith('2 |'))).toBe(true);
    expect([...seen].some((s) => s.endsWith('| 2'))).toBe(true);
  });

  it('a short table (four body rows or fewer) that fits on a page moves to the next page whole rather than split', () => {
    for (const n of [2, 3, 4]) {
      let moved = 0;
      for (let k = 20; k < 34; k++) {
        for (const m of [1, 2, 3]) {
          const L = layoutDocument(doc([...before(k, m), table(numbered(n))]));
          const pages = pagesOf(L, `body.${k + 1}`);
          expect(pages, `n=${n}, k=${k}, m=${m}`).toHaveLength(1);
          // The paragraph before a table introduces it and moves with it (src/model/keeps.ts
          // introducesTable): its last line is on the table's page.
          expect(pagesOf(L, `body.${k}`).at(-1), `n=${n}, k=${k}, m=${m}`).toBe(pages[0]);
          // The page before had room for the header and a row (8 + 17 + 17 pt): the table was
          // moved, with its lead-in, from after the filler left on that page.
          if (pages[0]! > 0 && pagesOf(L, `body.${k - 1}`)[0] === pages[0]! - 1 && roomBefore(L, pages[0]!) > 45) moved++;
        }
      }
      expect(moved, `n=${n}`).toBeGreaterThan(0);
    }
  });

  it('a short table taller than a page still splits, every row once, and ends', () => {
    // Rows of 9 lines (123 pt, under a fifth of the page: never split), a header of `hw` words:
    // with the header taller than half the page (printed once), four rows do not fit under it.
    const rows = Array.from({ length: 4 }, (_, i) => row(String(i + 1), Array.from({ length: 90 }, (_, j) => `r${i}w${j}`).join(' ')));
    const split = (hw: number) => {
      const tbl: Block = { type: 'table', columns: [1, 3], headerRows: [row('No.', Array.from({ length: hw }, (_, j) => `h${j}`).join(' '))], rows };
      const L = layoutDocument(doc([p('Before.'), tbl]));
      for (let i = 0; i < 4; i++) expect(pagesOf(L, `body.1.row.${i}`), `hw=${hw}, row ${i}`).toHaveLength(1);
      for (const pg of L.pages) for (const b of texts(pg, 'body')) expect(b.y + 0.3 * b.size).toBeLessThanOrEqual(pg.bodyBottom + 1e-6);
      return rowsPerPage(L, 1, 4);
    };
    expect(split(10)).toEqual([4]); // on one page
    expect(split(330)).toEqual([2, 2]); // a header of some 27 lines: the table is taller than a page
  });

  it('a row taller than a fifth of the page splits across pages, so tall rows never leave most of a page empty', () => {
    // Rows of some 20 lines (a third of a page each, as a memo's alternatives with their reasons),
    // after `k` lines of text: the table starts on the page the text ends on whenever its header
    // and two lines of the first row fit there, and every page it leaves is full to its last line.
    const tall = (i: number) => row(String(i + 1), LONG.repeat(3).replace(/This/g, `R${i}`));
    for (const n of [2, 3, 4, 6]) {
      for (let k = 8; k < 25; k += 3) {
        const L = layoutDocument(doc([...filler(k), table(Array.from({ length: n }, (_, i) => tall(i)))]));
        const at = `n=${n}, k=${k}`;
        const pages = [...new Set(Array.from({ length: n }, (_, i) => pagesOf(L, `body.${k}.row.${i}`)).flat())].sort((a, b) => a - b);
        expect(pages[0], at).toBe(pagesOf(L, `body.${k - 1}`)[0]);
        for (const pg of pages.slice(0, -1)) expect(roomBefore(L, pg + 1), `${at}, page ${pg}`).toBeLessThan(2 * 13 + 6);
        // The header row heads every page of the table; every word of every row once, in order.
        for (const pg of pages) expect(linesOf(texts(L.pages[pg]!, `body.${k}.head.0`)), at).toEqual(['No.Text']);
        for (let i = 0; i < n; i++) {
          const words = L.pages.flatMap((pg) => texts(pg, `body.${k}.row.${i}`).filter((b) => b.tag === `body.${k}.row.${i}.cell.1`)).map((b) => b.text).join(' ');
          expect(words.split(/\s+/), `${at}, row ${i}`).toEqual(LONG.repeat(3).replace(/This/g, `R${i}`).trim().split(/\s+/));
        }
      }
    }
  });

  describe('a chain of keeps taller than a page (heading, lead-in, short table)', () => {
    /**
     * A heading, a lead-in of `m` lines ending with a colon, then a table of four rows of `w` words
     * each under a header row of `hw` words: at 84 to 92 words (rows of 9 lines, under a fifth of
     * the page: never split) under a header of 48 words, the table alone fits on a page (a short
     * table, kept whole), the chain does not.
     */
    const chain = (k: number, m: number, w: number, hw = 0): Block[] => [
      ...filler(k),
      h(2, 'Losses'),
      p(Array.from({ length: m }, (_, i) => [t(i === m - 1 ? 'The losses are these:' : `Lead line ${i + 1}.`), { type: 'br' as const }]).flat().slice(0, -1)),
      {
        ...table(Array.from({ length: 4 }, (_, i) => row(String(i + 1), Array.from({ length: w }, (_, j) => `r${i}w${j}`).join(' ')))),
        ...(hw > 0 ? { headerRows: [row('No.', Array.from({ length: hw }, (_, j) => `Heading${j}`).join(' '))] } : {}),
      } as Block,
    ];
    /** The bottom-most body box of a page. */
    const lastOn = (pg: PageLayout) => bodyBoxes(pg).reduce((a, b) => (extent(b)[1] > extent(a)[1] ? b : a));

    it('breaks between its rows of nine lines where the page fills (each is no fragment alone), the heading and lead-in with the first', () => {
      for (const w of [84, 92]) {
        for (const k of [0, 4, 12, 20]) {
          for (const m of [1, 2, 3]) {
            const body = chain(k, m, w, 48);
            const L = layoutDocument(doc(body));
            const at = `w=${w}, k=${k}, m=${m}`;
            expect(layoutDocument(doc([body.at(-1)!])).pages, `${at}: the table alone fits on a page`).toHaveLength(1);
            // Every row and every lead-in line once.
            for (let i = 0; i < 4; i++) expect(pagesOf(L, `body.${k + 2}.row.${i}`), at).toHaveLength(1);
            expect(L.pages.flatMap((pg) => linesOf(texts(pg, `body.${k + 1}`))), at).toHaveLength(m);
            // A row of nine lines may end or start a page alone (src/model/keeps.ts rowKeepsWithNext,
            // the widow and orphan rule of a list): the table breaks where the page fills, and the
            // row that starts the next page did not fit on the one before it.
            const counts = rowsPerPage(L, k + 2, 4);
            expect(counts, at).toHaveLength(2);
            expect(Math.min(...counts), at).toBeGreaterThanOrEqual(1);
            const next = pagesOf(L, `body.${k + 2}.row.${counts[0]}`)[0]!;
            expect(roomBefore(L, next), at).toBeLessThan(9 * 13 + 8);
            // The heading, the whole lead-in and the header are on the page of the first row: the
            // page the filler ends on when they fit there with a row (a chain that cannot stand
            // on a page is not moved to a page of its own only to break there), else the next.
            const first = pagesOf(L, `body.${k + 2}.row.0`);
            expect(first, at).toEqual([k <= 12 ? 0 : 1]);
            expect(pagesOf(L, `body.${k}`), at).toEqual(first);
            expect(pagesOf(L, `body.${k + 1}`), at).toEqual(first);
            // No page ends with the heading or a table header row.
            for (const pg of L.pages) expect(lastOn(pg).src, at).not.toMatch(new RegExp(`^body\\.(${k}|${k + 2}\\.head\\.0)$`));
          }
        }
      }
    });

    it('whose first row cannot share a page with the heading and lead-in splits under its header, on the page of the heading', () => {
      // A first row of 540 to 570 words fits on a page under the header, not under the heading too:
      // taller than a fifth of the page, it starts under the heading and lead-in and continues on
      // the next page (kept whole, it left them alone on a page that was then mostly empty).
      for (const w of [540, 555, 570]) {
        for (const k of [0, 10]) {
          for (const m of [1, 2, 3]) {
            const body = chain(k, m, 0);
            const tbl = body.at(-1) as Extract<Block, { type: 'table' }>;
            const words = Array.from({ length: w }, (_, j) => `w${j}`);
            tbl.rows = [row('1', words.join(' ')), row('2', 'Second.'), row('3', 'Third.')];
            const L = layoutDocument(doc(body));
            const at = `w=${w}, k=${k}, m=${m}`;
            const first = pagesOf(L, `body.${k + 2}.row.0`);
            expect(first, at).toHaveLength(2);
            expect(pagesOf(L, `body.${k + 2}.head.0`), at).toEqual(first);
            expect(pagesOf(L, `body.${k}`), at).toEqual([first[0]]);
            expect(pagesOf(L, `body.${k + 1}`), at).toEqual([first[0]]);
            const cell = L.pages.flatMap((pg) => texts(pg, `body.${k + 2}.row.0`).filter((b) => b.tag === `body.${k + 2}.row.0.cell.1`));
            expect(cell.map((b) => b.text).join(' ').split(/\s+/), at).toEqual(words);
            for (const pg of L.pages) expect(lastOn(pg).src, at).not.toMatch(new RegExp(`^body\\.(${k}|${k + 2}\\.head\\.0)$`));
          }
        }
      }
    });
  });

  it("a long table's last row (its totals) never starts a page alone: the row before it moves with it", () => {
    let moved = 0;
    for (let k = 10; k < 60; k++) {
      const L = layoutDocument(doc([...filler(k), table(numbered(6))]));
      const last = pagesOf(L, `body.${k}.row.5`);
      expect(last).toHaveLength(1);
      expect(pagesOf(L, `body.${k}.row.4`), `k=${k}`).toEqual(last);
      if (pagesOf(L, `body.${k}.row.3`)[0] !== last[0]) moved++;
    }
    expect(moved).toBeGreaterThan(0); // the pair did cross a page at some k
  });

  it('a row taller than a page continues line by line on the next pages under the repeated header', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`);
    const giant = { cells: [{ align: 'left' as const, colspan: 1, children: [t('2')] }, { align: 'left' as const, colspan: 1, children: [t(words.join(' '))] }] };
    const L = layoutDocument(doc([table([row('1', 'small row'), giant, row('3', 'after')])]));
    const giantPages = pagesOf(L, 'body.0.row.1');
    expect(giantPages.length).toBeGreaterThan(1);
    for (const i of giantPages) {
      const pg = L.pages[i]!;
      const head = texts(pg, 'body.0.head.0');
      expect(linesOf(head)).toEqual(['No.Text']);
      const rowTop = Math.min(...pg.boxes.filter((b) => b.src === 'body.0.row.1').map((b) => extent(b)[0]));
      expect(Math.max(...head.map((b) => b.y))).toBeLessThan(rowTop);
      for (const b of pg.boxes) expect(extent(b)[1]).toBeLessThanOrEqual(pg.height - 36);
      for (const b of texts(pg, 'body.0.row.1')) expect(b.y + 0.3 * b.size).toBeLessThanOrEqual(pg.bodyBottom + 1e-6);
    }
    // Every word, in order, across the pages; the small rows are whole.
    const cellText = L.pages.flatMap((pg) => texts(pg, 'body.0.row.1').filter((b) => b.x > 150)).map((b) => b.text).join(' ');
    expect(cellText.split(/\s+/)).toEqual(words);
    expect(pagesOf(L, 'body.0.row.0')).toHaveLength(1);
    expect(pagesOf(L, 'body.0.row.2')).toHaveLength(1);
  });

  it('a row taller than a page leaves two lines or more on each page it is on, and pulls no other row along', () => {
    // Rows around a giant one, as a restitution worksheet's itemised losses: the giant row is
    // chained to no other row (as in the DOCX, where it may split), so it never drags a lone line
    // of itself onto the page of the next row, nor is the row before it moved for it.
    let moved = 0;
    for (let w = 1400; w < 1700; w += 23) {
      const words = Array.from({ length: w }, (_, i) => `w${i}`).join(' ');
      const rows = [row('1', words), row('2', LONG), ...Array.from({ length: 4 }, (_, i) => row(String(i + 3), `row ${i + 3}`))];
      const L = layoutDocument(doc([p('Before.'), table(rows)]));
      const at = `w=${w}`;
      const pages = pagesOf(L, 'body.1.row.0');
      expect(pages.length, at).toBeGreaterThan(1);
      const cell = (pg: PageLayout) => texts(pg, 'body.1.row.0').filter((b) => b.tag === 'body.1.row.0.cell.1');
      for (const i of pages) expect(linesOf(cell(L.pages[i]!)).length, `${at}, page ${i}`).toBeGreaterThanOrEqual(2);
      // The next row starts on the giant row's last page whenever it fits in the room left there.
      const last = pages.at(-1)!;
      const next = pagesOf(L, 'body.1.row.1');
      expect(next, at).toHaveLength(1);
      if (next[0] !== last) {
        moved++;
        const room = roomBefore(L, next[0]!);
        expect(room, at).toBeLessThan(8 * 15.6);
      }
      const all = L.pages.flatMap(cell).map((b) => b.text).join(' ');
      expect(all.split(/\s+/), at).toEqual(words.split(' '));
    }
    // At some sizes the next row did not fit under the giant row's end and began the next page
    // (held to it, the giant row's last lines went along every time).
    expect(moved).toBeGreaterThan(0);
  });

  it('a row that fits is never split across pages', () => {
    const rows = Array.from({ length: 120 }, (_, i) => row(String(i + 1), i % 7 === 0 ? LONG : `row ${i + 1}`));
    const L = layoutDocument(doc([table(rows)]));
    for (let i = 0; i < rows.length; i++) expect(pagesOf(L, `body.0.row.${i}`)).toHaveLength(1);
  });
});
