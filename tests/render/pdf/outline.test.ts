// The PDF's outline (bookmarks: src/render/pdf/outline.ts): one entry per heading, nested by
// level, each going to its heading's page and line, the bookmark pane shown when the file opens.
// Without one, a reader scrolled a long declaration to find a section.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import { outlineOf } from '../../../src/render/pdf/outline.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { doc, filler, h, p, row, texts } from './models.js';
import { childBound } from '../../support/until.js';

const body: Block[] = [
  h(1, 'Declaration of Ana Example'),
  h(2, 'About Me'),
  ...filler(40),
  h(3, 'School'),
  p('A paragraph.'),
  h(2, 'What Happened'),
  ...filler(30, 41),
  { type: 'keep', children: [h(2, 'About This Declaration'), p('Closing paragraph.')] },
  { type: 'heading', level: 2, children: [] },
];

/** The outline as [depth, title, page (1-based)]. */
function flat(entries: ReturnType<typeof outlineOf>, depth = 0): Array<[number, string, number]> {
  return entries.flatMap((e) => [[depth, e.title, e.page + 1] as [number, string, number], ...flat(e.children, depth + 1)]);
}

describe('PDF outline', () => {
  it('has an entry per heading that prints, nested by level, at its first line', () => {
    const L = layoutDocument(doc(body));
    const entries = outlineOf(L);
    const where = (title: string) => L.pages.findIndex((pg) => texts(pg, 'body').some((b) => b.text === title)) + 1;
    expect(flat(entries)).toEqual([
      [0, 'Declaration of Ana Example', 1],
      [1, 'About Me', 1],
      [2, 'School', where('School')],
      [1, 'What Happened', where('What Happened')],
      [1, 'About This Declaration', where('About This Declaration')],
    ]);
    expect(where('What Happened')).toBeGreaterThan(1);
    // The destination is the top of the heading's first line.
    const school = entries[0]!.children[0]!.children[0]!;
    const line = L.pages[school.page]!.boxes.find((b) => b.type === 'text' && b.text === 'School')!;
    if (line.type !== 'text') throw new Error('not text');
    expect(school.top).toBeCloseTo(line.y - line.size, 6);
  });

  it('a heading that wraps is one entry, its lines joined by a space', () => {
    const long = 'What Would Happen to Me If I Had to Leave the United States and Go Back to the Village Where the People Who Did This Still Live';
    const entries = outlineOf(layoutDocument(doc([h(2, long), p('Text.')])));
    expect(entries.map((e) => e.title)).toEqual([long]);
  });

  it('finds headings among a table\'s cells and in a list item without looking up every text box (issue 18)', () => {
    const table: Block = { type: 'table', columns: [1, 1, 1], headerRows: [row('Week', 'Hours', 'Owed')], rows: Array.from({ length: 60 }, (_, i) => row(`Week ${i + 1}`, '40', `$${i}.25`)) };
    const list: Block = { type: 'list', ordered: true, items: [{ children: [h(3, 'In a List'), p('Item text.')] }, { children: [p('Second item.')] }] };
    const L = layoutDocument(doc([h(1, 'Wages'), table, h(2, 'After the Table'), list, p('Closing.')]));
    const boxes = L.pages.reduce((n, pg) => n + pg.boxes.filter((b) => b.type === 'text' && b.tag !== undefined).length, 0);
    expect(boxes).toBeGreaterThan(180); // the cells' lines
    const get = vi.spyOn(Map.prototype, 'get');
    let entries: ReturnType<typeof outlineOf>;
    try {
      entries = outlineOf(L);
      // A box whose tag is no heading's id by its length (every cell's) is not looked up: the
      // lookups are the headings' own (and the paragraphs' of the same id lengths), not ~190.
      expect(get.mock.calls.length).toBeLessThan(20);
    } finally {
      get.mockRestore();
    }
    expect(flat(entries!).map(([depth, title]) => [depth, title])).toEqual([
      [0, 'Wages'],
      [1, 'After the Table'],
      [2, 'In a List'],
    ]);
  });

  it('is written into the PDF (qpdf reads it back) and opens in the bookmark pane; a document without headings has none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-outline-'));
    try {
      const read = async (blocks: Block[]) => {
        const f = join(dir, 'o.pdf');
        writeFileSync(f, await renderPdf(doc(blocks)));
        const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', f], { encoding: 'utf8', ...childBound() })) as { outlines: Array<{ title: string; destpageposfrom1: number; kids: unknown[] }> };
        const raw = execFileSync('qpdf', ['--qdf', '--object-streams=disable', f, '-'], { maxBuffer: 64 * 1024 * 1024, ...childBound() }).toString('latin1');
        return { outlines: json.outlines, raw };
      };
      const { outlines, raw } = await read(body);
      expect(outlines.map((o) => [o.title, o.destpageposfrom1, o.kids.length])).toEqual([['Declaration of Ana Example', 1, 3]]);
      expect(raw).toMatch(/\/Outlines \d+ 0 R/);
      expect(raw).toMatch(/\/PageMode \/UseOutlines/);
      const none = await read([p('Only a paragraph.')]);
      expect(none.outlines).toEqual([]);
      expect(none.raw).not.toContain('/Outlines');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
