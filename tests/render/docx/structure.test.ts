// Structure Word relies on: tables (repeating header rows, rows that never split, fixed widths
// over the 6.5-inch text column, colspan), header/footer with the banner and PAGE/NUMPAGES fields,
// keeps (signature with the paragraph before it, `keep`), page breaks, US Letter with 1-inch
// margins, Word styles; and every node type of the model has a handler.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { columnTwips } from '../../../src/render/docx/table.js';
import { bodyArea, layoutDocument } from '../../../src/render/pdf/layout.js';
import { KEEP_WHOLE_SHARE } from '../../../src/model/keeps.js';
import type { Block, BlockType, HarborDocument, Inline, InlineType } from '../../../src/model/types.js';
import { docxParts } from '../../support/extract.js';
import { BANNER, doc, everyNode, h, p, tableRows, t } from './models.js';
import { all, paraText, paragraphs } from './support.js';

const parts = async (d: HarborDocument) => docxParts(await renderDocx(d));
/** The banner as the DOCX holds it: the citation's spaces are no-break spaces (src/model/typography.ts). */
const BANNER_NBSP = BANNER.replace('8 U.S.C. § 1367', '8\u00a0U.S.C.\u00a0§\u00a01367');

describe('DOCX structure', () => {
  it('tables: tblHeader on header rows only, cantSplit on every row, fixed widths over the text column', async () => {
    const x = (
      await parts(
        doc([
          {
            type: 'table',
            columns: [1, 3, 1],
            headerRows: [{ cells: ['No.', 'Work', 'Owed'].map((s) => ({ align: 'left' as const, colspan: 1, children: [t(s)] })) }],
            rows: [...tableRows(40), { cells: [{ align: 'right', colspan: 2, children: [t('Total')] }, { align: 'right', colspan: 1, children: [t('$9')] }] }],
          },
        ]),
      )
    )['word/document.xml']!;
    const rows = x.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(42);
    expect(rows[0]).toContain('<w:tblHeader/>');
    for (const r of rows.slice(1)) expect(r).not.toContain('<w:tblHeader/>');
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    expect(x).toContain('<w:tblLayout w:type="fixed"/>');
    expect(x).toContain('<w:tblW w:type="dxa" w:w="9360"/>');
    expect(all(/<w:gridCol w:w="(\d+)"\/>/g, x).map(Number)).toEqual([1872, 5616, 1872]);
    // The Total cell spans two columns with their combined width.
    expect(rows[41]).toMatch(/<w:tcW w:type="dxa" w:w="7488"\/><w:gridSpan w:val="2"\/>/);
    expect(rows[0]).toContain('<w:b/>'); // header cells are bold
  });

  it('column widths are integers summing exactly to the text width', () => {
    expect(columnTwips([1, 1, 1])).toEqual([3120, 3120, 3120]);
    expect(columnTwips([1, 3, 2, 2])).toEqual([1170, 3510, 2340, 2340]);
    const odd = columnTwips([1, 1, 1, 1, 1, 1, 1]);
    expect(odd.reduce((a, b) => a + b, 0)).toBe(9360);
    expect(Math.max(...odd) - Math.min(...odd)).toBeLessThanOrEqual(1);
    expect(columnTwips([])).toEqual([9360]);
  });

  it('header has the banner and header blocks; footer has PAGE and NUMPAGES fields', async () => {
    const x = await parts(everyNode());
    const header = x['word/header1.xml']!;
    expect(paraText(paragraphs(header)[0]!)).toBe(BANNER_NBSP);
    expect(header).toContain('In re Ana Example');
    const footer = x['word/footer1.xml']!;
    expect(footer).toMatch(/<w:instrText xml:space="preserve">\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText xml:space="preserve">\s*NUMPAGES\s*<\/w:instrText>/);
    expect(footer.indexOf('Page ')).toBeLessThan(footer.indexOf('PAGE'));
    expect(footer.indexOf(' of ')).toBeLessThan(footer.indexOf('NUMPAGES'));
    // Each field carries a cached result between separate and end, formatted like the field (as Word writes it).
    const fieldResults = footer.match(/<w:fldChar w:fldCharType="separate"\/><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t>1<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:fldChar w:fldCharType="end"\/>/g);
    expect(fieldResults).toHaveLength(2);
    // Both parts are referenced from the section.
    expect(x['word/document.xml']).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/><w:footerReference w:type="default"/);
  });

  it('page is US Letter with 1-inch margins; the top one lower where the PDF lowers its body (banner and header)', async () => {
    const x = (await parts(everyNode()))['word/document.xml']!;
    expect(x).toContain('<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/>');
    // The PDF's body starts below banner (9 pt × 1.3) + 8 pt + header (10 pt × 1.3) + 10 pt gap,
    // from 36 pt: 78.7 pt = 1574 twips.
    expect(bodyArea(everyNode()).bodyTop).toBeCloseTo(36 + 11.7 + 8 + 13 + 10, 6);
    expect(x).toMatch(/<w:pgMar w:top="1574" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720"/);
    const bare = (await parts(doc([p('body only')], { banner: undefined, header: [], footer: [] })))['word/document.xml']!;
    expect(bare).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
  });

  it('styles: serif 12 pt Normal; Heading1–3 bold and kept with the next paragraph; Title', async () => {
    const s = (await parts(everyNode()))['word/styles.xml']!;
    expect(s).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Serif [A-Z]{6}"/);
    expect(s).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*?<w:sz w:val="24"\/>/);
    // A line height without lineRule made LibreOffice overlap the lines of a 16 pt heading.
    expect(s).not.toMatch(/<w:spacing(?![^>]*w:lineRule)[^>]*w:line=/);
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Title']) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">([\\s\\S]*?)</w:style>`).exec(s)?.[1];
      expect(style, id).toBeDefined();
      expect(style).toContain('<w:keepNext/>');
      expect(style).toContain('<w:b/>');
    }
  });

  describe('tables split only where the PDF may split them (src/model/keeps.ts)', () => {
    const cell = (text: string) => ({ align: 'left' as const, colspan: 1, children: [{ type: 'text' as const, text }] });
    /** A table of `rows` under a header row whose second cell has `hw` words (one when 0). */
    const table = (rows: string[][], hw = 0): Block => ({
      type: 'table',
      columns: [1, 3],
      headerRows: [{ cells: [cell('No.'), cell(hw > 0 ? Array.from({ length: hw }, (_, j) => `Heading${j}`).join(' ') : 'Text')] }],
      rows: rows.map((r) => ({ cells: r.map(cell) })),
    });
    /** Whether the paragraphs of each row (header first) carry keepNext, and whether the row has cantSplit. */
    async function keeps(b: Block, before: Block[] = []): Promise<Array<[boolean, boolean]>> {
      const rows = (await parts(doc([...before, b])))['word/document.xml']!.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
      return rows.map((r) => {
        const ps = paragraphs(r);
        const kept = ps.filter((q) => q.includes('<w:keepNext/>')).length;
        expect(kept === 0 || kept === ps.length).toBe(true); // a row is kept as a whole or not at all
        return [kept > 0, r.includes('<w:cantSplit/>')];
      });
    }
    const numbered = (n: number, text = (i: number) => `row ${i + 1}`) => Array.from({ length: n }, (_, i) => [i === n - 1 ? 'Total' : String(i + 1), text(i)]);
    // About 540 characters: some 110 pt of 10 pt lines, under a fifth of the page (cantSplit: a
    // taller row may split, SPLIT_ROW_SHARE), so four such rows under a header of 100 words are
    // taller than a page.
    const TALL = 'The worker cleaned rooms from early morning until late at night, seven days in each week. '.repeat(6);

    it('the header and the first body row keep with the next, and the row before the last: two rows on each side of a break', async () => {
      expect((await keeps(table(numbered(6)))).map(([k]) => k)).toEqual([true, true, false, false, false, true, false]);
      expect((await keeps(table(numbered(5)))).map(([k]) => k)).toEqual([true, true, false, false, true, false]);
    });

    it('a table of four body rows or fewer that fits on a page is kept whole', async () => {
      for (const n of [1, 2, 3, 4]) {
        const want = [true, ...Array.from({ length: n }, (_, i) => i < n - 1)];
        expect((await keeps(table(numbered(n)))).map(([k]) => k), `n=${n}`).toEqual(want);
      }
    });

    it('four rows of several lines taller than a page: each may stand alone at a break, none kept with the next', async () => {
      const got = await keeps(table(numbered(4, () => TALL), 100));
      expect(got.map(([, cant]) => cant)).toEqual([true, true, true, true, true]);
      expect(got.map(([k]) => k)).toEqual([true, false, false, false, false]);
    });

    it('a one-line first or last row keeps with its neighbour among rows of several lines (the list rule, rowKeepsWithNext)', async () => {
      const got = await keeps(table(numbered(4, (i) => (i === 0 || i === 3 ? 'one line' : TALL)), 100));
      expect(got.map(([k]) => k)).toEqual([true, true, false, true, false]);
    });

    it('a short table is kept whole only when it takes at most KEEP_WHOLE_SHARE of a page, as the PDF keeps it, with or without a heading chained to it', async () => {
      // The PDF keeps a short table whole when it takes at most KEEP_WHOLE_SHARE of the page's body
      // (src/render/pdf/blocks.ts) and gives that up first when the chain of heading, lead-in and
      // table cannot stand on a page (src/render/pdf/paginate.ts). Word and LibreOffice cannot rank
      // keeps, so the DOCX asks for the whole table only where the PDF's rule keeps it whole
      // (src/render/docx/blocks.ts, from the same measure). Measured here from the PDF's own
      // layout: the table's height between its top and bottom rules, against that share of the body.
      // Taller, its rows of several lines are each free to stand alone at a break (rowKeepsWithNext).
      const before: Block[] = [h(2, 'Losses'), p('The losses are these:')];
      const WHOLE = [true, true, true, true, false];
      const LINES = [true, false, false, false, false];
      const seen = new Set<string>();
      // Rows of 20 to 92 words (at most 9 lines: under a fifth of the page, never split) under a
      // header of 20 words: tables from under the share to over it.
      for (let w = 20; w <= 92; w += 12) {
        const words = (i: number) => Array.from({ length: w }, (_, j) => `r${i}w${j}`).join(' ');
        const tbl = table(Array.from({ length: 4 }, (_, i) => [String(i + 1), words(i)]), 20);
        const alone = (await keeps(tbl)).map(([k]) => k);
        const chained = (await keeps(tbl, before)).map(([k]) => k);
        // The PDF: the table alone, its height from its rules, against the share of the page's body.
        const only = doc([tbl]);
        const { bodyTop, bodyBottom } = bodyArea(only);
        const rules = layoutDocument(only).pages[0]!.boxes.flatMap((x) => (x.type === 'line' && x.src.startsWith('body.0') ? [x.y1, x.y2] : []));
        const height = Math.max(...rules) - Math.min(...rules);
        const half = (bodyBottom - bodyTop) * KEEP_WHOLE_SHARE; // the bound (a third)
        // Not at the bound itself, where a rounding would decide.
        expect(Math.abs(height - half), `w=${w}: ${height} pt against ${half}`).toBeGreaterThan(2);
        const want = height <= half ? WHOLE : LINES;
        expect(alone, `w=${w}`).toEqual(want);
        expect(chained, `w=${w}`).toEqual(want);
        seen.add(height <= half ? 'whole' : 'over the share: free rows');
        // Kept whole, the PDF lays the chained table on one page.
        const L = layoutDocument(doc([...before, tbl]));
        const pages = new Set(L.pages.flatMap((pg, i) => (pg.boxes.some((x) => x.src.startsWith('body.2.row')) ? [i] : []))).size;
        if (height <= half) expect(pages, `w=${w}`).toBe(1);
      }
      expect([...seen].sort()).toEqual(['over the share: free rows', 'whole']);
    });

    it('a short table is not kept whole when what is chained before it leaves it no room on a page (H − chainedBefore)', async () => {
      // A heading of some forty lines keeps all its lines with the table's first rows: the chain
      // cannot stand on a page, so the PDF gives the table's wholeness up first (paginate.ts), and
      // the DOCX, measuring the same chain (src/render/table-fit.ts chainedBefore), does not ask
      // for it; a table of one-line rows is then held to two rows on each side of a break.
      const tbl = table(numbered(4));
      expect((await keeps(tbl)).map(([k]) => k)).toEqual([true, true, true, true, false]);
      const long = h(2, 'Losses claimed by the victim and the basis of each. '.repeat(60));
      expect((await keeps(tbl, [long])).map(([k]) => k)).toEqual([true, true, false, true, false]);
    });

    it('a row that may split (no cantSplit) is kept with no other row', async () => {
      const got = await keeps(table([['1', 'one'], ['2', TALL.repeat(10)], ['Total', 'three']]));
      expect(got.map(([, cant]) => cant)).toEqual([true, true, false, true]);
      expect(got.map(([k]) => k)).toEqual([true, false, false, false]);
    });
  });

  it('a paragraph ending with a colon is kept with the list or table it introduces; others are not', async () => {
    const list = { type: 'list' as const, ordered: false, items: [{ children: [p('an item')] }] };
    // Two lines without a colon: not chained (one line is: tests/render/short-lead-in.test.ts).
    const notLead = `Not a lead-in.${' It runs on for two lines of the page, so it keeps its own lines.'.repeat(2)}`;
    const x = (await parts(doc([p('Conditions:'), list, p(notLead), list, p('Lead-in before text:'), p('plain')])))['word/document.xml']!;
    const ps = paragraphs(x);
    const byText = (s: string) => ps.find((q) => paraText(q) === s)!;
    expect(byText('Conditions:')).toContain('<w:keepNext/>');
    expect(byText(notLead)).not.toContain('<w:keepNext/>');
    expect(byText('Lead-in before text:')).not.toContain('<w:keepNext/>');
  });

  it('signature: kept with the paragraph before it and together; keep chains all but its last paragraph', async () => {
    const x = (
      await parts(
        doc([
          p('Before everything.'),
          { type: 'keep', children: [p('k1'), p('k2'), p('k3')] },
          p('The last paragraph of the text signed.'),
          p('I declare under penalty of perjury that the foregoing is true and correct.'),
          { type: 'signature', signer: 'Ana Example', capacity: 'Declarant', date: 'March 7, 2026', place: 'Houston, Texas' },
        ]),
      )
    )['word/document.xml']!;
    const ps = paragraphs(x);
    const byText = (s: string) => ps.find((q) => paraText(q) === s)!;
    expect(byText('Before everything.')).not.toContain('<w:keepNext/>');
    expect(byText('k1')).toContain('<w:keepNext/>');
    expect(byText('k2')).toContain('<w:keepNext/>');
    expect(byText('k3')).not.toContain('<w:keepNext/>');
    // A one-line close before the signature holds the text's last line too (signature-close.test.ts).
    expect(byText('The last paragraph of the text signed.')).toContain('<w:keepNext/>');
    expect(byText('I declare under penalty of perjury that the foregoing is true and correct.')).toContain('<w:keepNext/>');
    const sig = ps.slice(ps.findIndex((q) => q.includes('<w:pBdr><w:bottom ')));
    // The signing line is a 3.5-inch bottom border (right indent 6.5 - 3.5 in = 4320 twips).
    expect(sig[0]).toContain('<w:ind w:right="4320"/>');
    // Who, capacity, date and place: one paragraph of lines kept together (LibreOffice broke a
    // keepNext chain of four paragraphs at the foot of a page). The date's month and day are held
    // together (src/model/typography.ts).
    expect(sig).toHaveLength(2);
    const lines = sig[1]!.split('<w:br/>').map(paraText);
    expect(lines).toEqual(['Ana Example', 'Declarant', 'Date: March\u00a07, 2026', 'Houston, Texas']);
    expect(sig[0]).toContain('<w:keepNext/>');
    expect(sig[1]).toContain('<w:keepLines/>');
    expect(sig[1]).not.toContain('<w:keepNext/>');
    // The two are the rows of a bare table (no rules, no padding), neither row split by a page
    // break: LibreOffice keeps the paragraph before with such a row (libreoffice-signature.test.ts).
    const table = /<w:tbl>((?:(?!<w:tbl>)[\s\S])*?)<\/w:tbl>/.exec(x.slice(x.lastIndexOf('<w:tbl>')))![1]!;
    expect(table).toContain('<w:tblBorders><w:top w:val="none"');
    expect(table).toContain('<w:left w:type="dxa" w:w="0"/>');
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toContain('<w:trPr><w:cantSplit/>');
    expect(rows[0]).toContain('<w:pBdr><w:bottom ');
    expect(paraText(rows[1]!)).toContain('Ana Example');
  });

  it('signature without a date prints a blank date line; a table before it keeps its last row with it', async () => {
    const x = (
      await parts(
        doc([
          { type: 'table', columns: [1], headerRows: [], rows: tableRows(6).map((r) => ({ cells: r.cells.slice(0, 1) })) },
          { type: 'signature', signer: 'Ana Example' },
        ]),
      )
    )['word/document.xml']!;
    const rows = x.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows[5]).toContain('<w:keepNext/>');
    // Rows in the middle of a table long enough to split are free (the two-rows rule holds the ends).
    expect(rows[2]).not.toContain('<w:keepNext/>');
    expect(paragraphs(x).flatMap((q) => q.split('<w:br/>').map(paraText))).toContain(`Date: ${'_'.repeat(22)}`);
  });

  it('page-break: the next paragraph starts a page, without an empty paragraph', async () => {
    const x = (await parts(doc([p('one'), { type: 'page-break' }, h(2, 'two')])))['word/document.xml']!;
    const ps = paragraphs(x);
    expect(ps).toHaveLength(2);
    expect(ps[1]).toContain('<w:pageBreakBefore/>');
    expect(paraText(ps[1]!)).toBe('two');
    // A break with nothing after it in its sequence (the end of a keep, or before a table) is a
    // break run; one ending the body starts no page, as in the PDF (Word showed a blank last page).
    const y = (await parts(doc([{ type: 'keep', children: [p('one'), { type: 'page-break' }] }, p('two')])))['word/document.xml']!;
    expect(y).toContain('<w:br w:type="page"/>');
    const z = (await parts(doc([p('one'), { type: 'page-break' }])))['word/document.xml']!;
    expect(z).not.toContain('<w:br w:type="page"/>');
  });

  it('marks: bold, italic, underline runs; br is a line break', async () => {
    const x = (await parts(everyNode()))['word/document.xml']!;
    expect(x).toContain('<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Bold</w:t></w:r>');
    expect(x).toContain('<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve"> italic</w:t></w:r>');
    expect(x).toContain('<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve"> underlined</w:t></w:r>');
    expect(x).toContain('<w:r><w:br/></w:r><w:r><w:t xml:space="preserve">after break</w:t></w:r>');
  });

  it('nested lists indent one level deeper; an empty table is left out', async () => {
    const x = (
      await parts(
        doc([
          { type: 'list', ordered: false, items: [{ children: [p('outer'), { type: 'list', ordered: false, items: [{ children: [p('inner')] }] }] }] },
          { type: 'table', columns: [1], headerRows: [], rows: [] },
        ]),
      )
    )['word/document.xml']!;
    const ps = paragraphs(x);
    expect(ps[0]).toContain('<w:ilvl w:val="0"/>');
    expect(ps[1]).toContain('<w:ilvl w:val="1"/>');
    expect(x).not.toContain('<w:tbl>');
  });

  it('every model node type has a handler: one document with each renders, with evidence of each', async () => {
    const d = everyNode();
    // Compile-time: these records must list every block/inline type of the model.
    const blockTypes: Record<BlockType, true> = { heading: true, paragraph: true, list: true, table: true, signature: true, 'page-break': true, keep: true };
    const inlineTypes: Record<InlineType, true> = { text: true, br: true, 'page-number': true, 'page-count': true };
    const seenB = new Set<string>();
    const seenI = new Set<string>();
    const inl = (xs: Inline[]) => xs.forEach((i) => seenI.add(i.type));
    const walk = (bs: Block[]): void =>
      bs.forEach((b) => {
        seenB.add(b.type);
        if (b.type === 'heading' || b.type === 'paragraph') inl(b.children);
        if (b.type === 'keep') walk(b.children);
        if (b.type === 'list') b.items.forEach((i) => walk(i.children));
        if (b.type === 'table') [...b.headerRows, ...b.rows].forEach((r) => r.cells.forEach((c) => inl(c.children)));
      });
    walk([...d.body, ...d.footer]);
    expect([...seenB].sort()).toEqual(Object.keys(blockTypes).sort());
    expect([...seenI].sort()).toEqual(Object.keys(inlineTypes).sort());
    const x = await parts(d);
    const body = x['word/document.xml']!;
    // The level-1 heading is the document's title: the Title style.
    for (const evidence of ['w:val="Title"', 'w:val="Heading3"', '<w:numPr>', '<w:tbl>', '<w:pageBreakBefore/>', 'Date: ', '<w:br/>']) {
      expect(body, evidence).toContain(evidence);
    }
  });

  it('writes note separators as Word does (no note reference inside) and a font table with serif fallbacks', async () => {
    const x = await parts(everyNode());
    for (const part of ['word/footnotes.xml', 'word/endnotes.xml']) {
      const xml = x[part]!;
      expect(xml).toMatch(/w:type="separator"[^>]*><w:p>(<w:pPr>.*?<\/w:pPr>)?<w:r><w:separator\/><\/w:r><\/w:p>/);
      expect(xml).toMatch(/w:type="continuationSeparator"[^>]*><w:p>(<w:pPr>.*?<\/w:pPr>)?<w:r><w:continuationSeparator\/><\/w:r><\/w:p>/);
      expect(xml).not.toMatch(/<w:(footnote|endnote)Ref\/>/);
    }
    expect(x['word/fontTable.xml']).toMatch(/<w:font w:name="Noto Serif [A-Z]{6}"><w:altName w:val="Times New Roman"\/>/);
    expect(x['word/fontTable.xml']).toContain('<w:family w:val="roman"/>');
  });

  it('a row that might be taller than a page may split (Word and LibreOffice would cut it off); short rows never', async () => {
    const long = 'word '.repeat(4000).trim();
    const x = (
      await parts(
        doc([
          {
            type: 'table',
            columns: [1, 3],
            headerRows: [],
            rows: [
              { cells: [{ align: 'left', colspan: 1, children: [t('short')] }, { align: 'left', colspan: 1, children: [t('a few words')] }] },
              { cells: [{ align: 'left', colspan: 1, children: [t('long')] }, { align: 'left', colspan: 1, children: [t(long)] }] },
              { cells: [{ align: 'left', colspan: 1, children: [t('CJK')] }, { align: 'left', colspan: 1, children: [t('王秀英'.repeat(40))] }] },
            ],
          },
        ]),
      )
    )['word/document.xml']!;
    const rows = x.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows[0]).toContain('<w:cantSplit/>');
    expect(rows[1]).toContain('<w:cantSplit w:val="off"/>');
    expect(rows[2]).toContain('<w:cantSplit/>');
  });

  it('writes no header or footer part when the document has none', async () => {
    const x = await parts(doc([p('body only')], { banner: undefined, header: [], footer: [] }));
    expect(Object.keys(x).filter((k) => /word\/(header|footer)\d*\.xml$/.test(k))).toEqual([]);
    expect(x['word/document.xml']).not.toContain('<w:headerReference');
    // A banner alone still makes a header.
    const y = await parts(doc([p('body only')], { header: [], footer: [] }));
    expect(paraText(paragraphs(y['word/header1.xml']!)[0]!)).toBe(BANNER_NBSP);
  });
});
