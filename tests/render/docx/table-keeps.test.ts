// LibreOffice reads the DOCX's table keeps as the PDF's layout applies them (src/model/keeps.ts):
// tables moved down the page in steps finer than a row, each after a page break in one document,
// never split with fewer than two body rows on a side, and a short one never split. The file's
// four documents are converted in one LibreOffice process (`converted`).
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { slicesPerBlock } from '../../../src/render/pdf/blocks.js';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { bodyArea } from '../../../src/render/pdf/layout.js';
import { docxParts, pdfPages } from '../../support/extract.js';
import { doc, p, t } from './models.js';
import { libreOfficePdfs, loTimeout } from './support.js';

const cell = (text: string) => ({ align: 'left' as const, colspan: 1, children: [t(text)] });

/** Section `s`: one-line paragraphs, a paragraph of `m` lines, then a table whose row i reads "x{s}y{i}". */
function section(s: number, k: number, m: number, rows: number): Block[] {
  const lead: Block = { type: 'paragraph', align: 'left', children: Array.from({ length: m }, (_, i) => [t(`Lead line ${i + 1}.`), { type: 'br' as const }]).flat().slice(0, -1) };
  const table: Block = {
    type: 'table',
    columns: [1, 3],
    headerRows: [{ cells: [cell('No.'), cell('Work')] }],
    rows: Array.from({ length: rows }, (_, i) => ({ cells: [cell(`x${s}y${i}`), cell(`week ${i + 1}`)] })),
  };
  return [...(s > 0 ? [{ type: 'page-break' } as Block] : []), p(`Section s${s}z begins.`), ...Array.from({ length: k - 1 }, (_, i) => p(`Filler line ${i + 2}.`)), lead, table];
}

const PLACES: Array<[number, number]> = [];
for (let k = 22; k <= 26; k++) for (const m of [1, 2, 3]) PLACES.push([k, m]);

/** The document of sections of tables of `rows` body rows each, at each of PLACES. */
const sectionsDoc = (rows: number) => doc(PLACES.flatMap(([k, m], s) => section(s, k, m, rows)));

/**
 * For each section of a sectionsDoc's PDF pages, the number of its table's rows on each page that
 * has any, and whether the table starts on a later page than the section (it was moved, or split
 * at the section's first page).
 */
function rowsPerPage(pages: string[]): Array<{ counts: number[]; later: boolean }> {
  return PLACES.map((_, s) => {
    const on = pages.map((pg) => (pg.match(new RegExp(`\\bx${s}y\\d+\\b`, 'g')) ?? []).length);
    const start = pages.findIndex((pg) => pg.includes(`Section s${s}z begins.`));
    return { counts: on.filter((n) => n > 0), later: on.findIndex((n) => n > 0) > start };
  });
}

// The four-column table of rows a sixth of a page tall (describe "keeps whole" below).
const rowWords = 'the employer kept the passport and the wages were never paid for the hours worked each week'.split(' ');
const rowText = (r: number, c: number) => [`r${r}c${c}start`, ...Array.from({ length: 24 }, (_, i) => rowWords[(i + r + c) % rowWords.length]!), `r${r}c${c}end`].join(' ');
const fourColumnDoc = () =>
  doc([
    p('Before the table.'),
    {
      type: 'table',
      columns: [1, 1, 1, 1],
      headerRows: [{ cells: [0, 1, 2, 3].map((c) => cell(`Heading ${c}`)) }],
      rows: Array.from({ length: 16 }, (_, r) => ({ cells: [0, 1, 2, 3].map((c) => cell(rowText(r, c))) })),
    },
  ]);

// Two-column tables of tall rows (describe "a tall body row" below).
const row = (...texts: string[]) => ({ cells: texts.map(cell) });
const words = (n: number, tag: string) => Array.from({ length: n }, (_, j) => `${tag}w${j}`).join(' ');
const twoColumnTable = (rows: ReturnType<typeof row>[]): Block => ({ type: 'table', columns: [1, 3], headerRows: [row('No.', 'Why')], rows });
// Three rows of some 20 lines after text that leaves a third of the page: kept whole, the first
// two (with the header) moved to the next page and left a third of this one empty.
const tallRowsDoc = () =>
  doc([
    ...Array.from({ length: 14 }, (_, i) => p(`Line ${i + 1} of the text before the table.`)),
    twoColumnTable([0, 1, 2].map((i) => row(String(i + 1), words(150, `r${i}`)))),
  ]);

/**
 * The documents this file converts, in one LibreOffice process (libreOfficePdfs: a start is most
 * of a conversion's cost; docs/testing.md): sections of six-row tables, of four-row tables, the
 * four-column table, the tall rows. The first test to ask converts all four, so each test allows
 * for all four (loTimeout(DOCUMENTS)), whichever runs first (`-t` may pick one).
 */
const DOCUMENTS = 4;
let conversion: Promise<string[][]> | undefined;
function converted(i: number): Promise<string[]> {
  conversion ??= Promise.all([sectionsDoc(6), sectionsDoc(4), fourColumnDoc(), tallRowsDoc()].map((d) => renderDocx(d))).then((docxs) => libreOfficePdfs(docxs).map((pdf) => pdfPages(pdf)));
  return conversion.then((all) => all[i]!);
}

describe('LibreOffice keeps table rows as the PDF does', () => {
  it('six body rows: never fewer than two on a side of a page break', async () => {
    const all = rowsPerPage(await converted(0));
    for (const [s, { counts }] of all.entries()) {
      expect(counts.reduce((a, n) => a + n, 0), `section ${s}`).toBe(6);
      for (const n of counts) expect(n, `section ${s}: ${counts.join(' | ')}`).toBeGreaterThanOrEqual(2);
    }
    expect(all.some(({ counts }) => counts.length > 1)).toBe(true); // some did split
  }, loTimeout(DOCUMENTS));

  it('four body rows that fit on a page: never split, moved whole', async () => {
    const all = rowsPerPage(await converted(1));
    for (const [s, { counts }] of all.entries()) expect(counts, `section ${s}`).toEqual([4]);
    expect(all.some(({ later }) => later)).toBe(true); // some went to the next page
  }, loTimeout(DOCUMENTS));
});

// A row of a few lines of text in each of four columns (a sixth of a page, under SPLIT_ROW_SHARE)
// cannot split, as in the PDF: on the estimate alone (12 pt characters in 17 pt lines, for the
// table's 10 pt text in 13 pt lines) such rows were "too tall to keep whole", and LibreOffice split
// them across pages.
describe('LibreOffice keeps whole a table row the PDF keeps whole', () => {
  it('every row is w:cantSplit, and in LibreOffice each row starts and ends on one page', async () => {
    const docx = await renderDocx(fourColumnDoc());
    const xml = docxParts(docx)['word/document.xml']!;
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(17);
    for (const r of rows) expect(r).toContain('<w:trPr><w:cantSplit/>');
    const pages = await converted(2);
    expect(pages.length).toBeGreaterThan(2);
    for (let r = 0; r < 16; r++) {
      for (let c = 0; c < 4; c++) {
        const start = pages.findIndex((pg) => pg.includes(`r${r}c${c}start`));
        expect(start, `r${r}c${c}`).toBeGreaterThanOrEqual(0);
        expect(pages.findIndex((pg) => pg.includes(`r${r}c${c}end`)), `r${r}c${c}`).toBe(start);
      }
    }
  }, loTimeout(DOCUMENTS));
});

// A body row taller than a fifth of the page (SPLIT_ROW_SHARE, src/model/keeps.ts) may split
// across pages in the PDF, and is chained to no following row in either format, so a table of
// such rows starts where the text before it ends instead of on the next page, leaving that page
// part empty. The DOCX keeps one whole (w:cantSplit) up to a third of the page (KEEP_WHOLE_SHARE),
// since it cannot repeat its cells on the continuation as the PDF does
// (tests/render/docx/row-whole.test.ts), and leaves out w:cantSplit above that.
describe('a tall body row splits across pages in the DOCX where the PDF splits it, when over a third of the page', () => {
  const table = twoColumnTable;

  it('w:cantSplit on a body row exactly when it is at most a third of the page as the PDF lays it out, no keepNext when the PDF splits it', async () => {
    // The body's height between the running parts of the documents rendered (both formats' page).
    const area = bodyArea(doc([]));
    const page = area.bodyBottom - area.bodyTop;
    const ctx = { fonts: harborFonts, x: 72, width: 468, size: 12, pageHeight: page, fieldText: () => '8', src: 'b' };
    const split = new Set<boolean>();
    const whole = new Set<boolean>();
    // Some 110 words make a fifth of the page in this column, some 170 a third.
    for (let w = 96; w <= 184; w += 4) {
      const tbl = table([row('1', words(w, 'r')), row('2', 'x')]);
      const slices = slicesPerBlock([tbl], ctx)[0]!.filter((s) => s.boxes.some((b) => b.src === 'b.0.row.0'));
      const pdfWhole = slices.length === 1;
      const height = slices.reduce((sum, s) => sum + s.height, 0);
      split.add(pdfWhole);
      whole.add(height <= page / 3);
      const xml = docxParts(await renderDocx(doc([tbl])))['word/document.xml']!;
      const body = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g)![1]!;
      expect(body.includes('<w:cantSplit/>'), `w=${w}`).toBe(height <= page / 3);
      if (!pdfWhole) expect(body, `w=${w}`).not.toContain('<w:keepNext/>');
    }
    expect([...split].sort()).toEqual([false, true]); // both sides of each limit were tried
    expect([...whole].sort()).toEqual([false, true]);
  });

  it('in LibreOffice, rows a third of a page tall start under the text before them and fill each page', async () => {
    const pages = await converted(3);
    expect(pages[0]).toContain('Line 14 of the text');
    expect(pages[0]).toContain('r0w0 ');
    // Every word of the rows once, in order, across the pages.
    const all = pages.join(' ').match(/\br\dw\d+\b/g)!;
    expect(all).toEqual([0, 1, 2].flatMap((i) => words(150, `r${i}`).split(' ')));
  }, loTimeout(DOCUMENTS));
});
