// A `keep` element is kept on one page in the DOCX (keepNext on its paragraphs) only when the PDF
// keeps it there: when it fits on a page as the PDF's layout measures it (src/render/table-fit.ts
// keepFits). Chained whole, a keep taller than a page was pushed to the next page by LibreOffice,
// leaving a part of the page before it empty where the PDF filled it (a memo's recommendations
// with a long reason in the table of alternatives).
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../../src/model/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import { slicesPerBlock } from '../../../src/render/pdf/blocks.js';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { keepBound, keepFits } from '../../../src/render/table-fit.js';
import { docxParts, pdfPages } from '../../support/extract.js';
import { doc, h, p, t } from './models.js';
import { libreOfficePdf, loTimeout, paragraphs, paraText } from './support.js';

const cell = (text: string) => ({ align: 'left' as const, colspan: 1, children: [t(text)] });
const words = (n: number, tag: string) => Array.from({ length: n }, (_, j) => `${tag}${j}`).join(' ');

/** Recommendations as a memo prints them: a heading, the decision, then the alternatives with a reason of `w` words. */
function recommendations(w: number): Block {
  return {
    type: 'keep',
    children: [
      h(2, '8. Recommendations'),
      p('Decision: release of the child to the proposed sponsor.'),
      h(3, 'Alternatives considered'),
      {
        type: 'table',
        columns: [3, 2, 5],
        headerRows: [{ cells: [cell('Option'), cell('Recommended'), cell('Why')] }],
        rows: [
          { cells: [cell('Release to her aunt'), cell('Yes'), cell('The aunt is a safe relative.')] },
          { cells: [cell('Foster care'), cell('No'), cell(words(w, 'why'))] },
        ],
      },
    ],
  };
}

/** Paragraph XML of document.xml whose text contains `text`. */
function paraWith(xml: string, text: string): string {
  return paragraphs(xml).find((x) => paraText(x).includes(text))!;
}

describe('a keep in the DOCX', () => {
  it('is chained with keepNext when it fits in a third of a page (KEEP_WHOLE_SHARE), and not when it is taller than a page, as the PDF measures it', async () => {
    for (const [w, fits] of [[10, true], [3000, false]] as const) {
      const d = doc([p('Before.'), recommendations(w)]);
      expect(keepFits((d.body[1] as Extract<Block, { type: 'keep' }>).children, 468, 648), `w=${w}`).toBe(fits);
      const xml = docxParts(await renderDocx(d))['word/document.xml']!;
      // The decision paragraph is chained to what follows only as part of a keep that fits.
      expect(paraWith(xml, 'Decision:').includes('<w:keepNext/>'), `w=${w}`).toBe(fits);
    }
  });

  it('taller than a page, starts in LibreOffice on the page the PDF starts it on', async () => {
    // Text that leaves some seven lines of the first page: the heading, the decision, the
    // table's heading, header and first row fit there (chained whole, LibreOffice moved them all).
    const body: Block[] = [...Array.from({ length: 23 }, (_, i) => p(`Line ${i + 1} of the text before.`)), recommendations(3000)];
    const d = doc(body);
    const pdfFirst = layoutDocument(d).pages[0]!.boxes.some((b) => b.type === 'text' && b.text.includes('Recommendations'));
    expect(pdfFirst).toBe(true);
    const pages = pdfPages(libreOfficePdf(await renderDocx(d)));
    expect(pages[0]).toContain('8. Recommendations');
    expect(pages[0]).toContain('Decision:');
    // Nothing lost: every word of the long reason, in order.
    expect(pages.join(' ').match(/\bwhy\d+\b/g)).toEqual(words(3000, 'why').split(' '));
  }, loTimeout());
});

describe('a heading before a keep taller than a page', () => {
  // The PDF keeps a heading with the first two lines after it, across the blocks of a `keep`;
  // the DOCX kept it with the keep's one-line first paragraph alone (keepNext on the heading only).
  const body = (first: string): Block[] => [h(2, 'What happened'), { type: 'keep', children: [p(first), ...Array.from({ length: 12 }, (_, i) => p(words(120, `w${i}x`)))] }];
  const ctx = { fonts: harborFonts, x: 0, width: 468, size: 12, pageHeight: 648, fieldText: () => '8', src: 'b' };

  it('keeps the keep\'s one-line first paragraph with the next line in both formats, a longer one by its own lines', async () => {
    for (const [first, oneLine] of [['It began in May.', true], [words(60, 'long'), false]] as const) {
      const blocks = body(first);
      expect(keepFits((blocks[1] as Extract<Block, { type: 'keep' }>).children, 468, 648)).toBe(false);
      // The PDF: the paragraph's first line stays with the line after it (a keep raised to the heading's).
      const pdfKeeps = slicesPerBlock(blocks, ctx)[1]![0]!.keep > 0;
      expect(pdfKeeps, first).toBe(true);
      const xml = docxParts(await renderDocx(doc(blocks)))['word/document.xml']!;
      // The DOCX: keepNext on a one-line paragraph; a longer one keeps its first two lines by widowControl.
      expect(paraWith(xml, first.slice(0, 12)).includes('<w:keepNext/>'), first).toBe(oneLine);
    }
  });
});

describe('keepBound', () => {
  // Text of every shape the bound must cover: short and long words, a word wider than the line,
  // line breaks, the widest Latin letters, bold headings, lists nested in lists.
  const pieces = ['a', 'Ǆ', 'WWWWWWWW', 'immigration', 'of', 'ÆŒ', 'M'.repeat(80), '—', 'Жизнь', '1234567.89'];
  function text(seed: number, n: number): Inline[] {
    const out: Inline[] = [];
    let x = seed;
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      if (x % 17 === 0) out.push({ type: 'br' });
      else out.push(t(pieces[x % pieces.length]! + (x % 3 === 0 ? ' ' : x % 3 === 1 ? '  ' : ''), { bold: x % 5 === 0 }));
    }
    return out;
  }
  it('is never below the height the PDF lays the blocks out to', () => {
    const ctx = { fonts: harborFonts, x: 0, width: 468, size: 12, pageHeight: 100_000, fieldText: () => '8', src: 'k' };
    for (let seed = 1; seed < 60; seed++) {
      for (const width of [468, 300, 120]) {
        const blocks: Block[] = [
          { type: 'heading', level: ((seed % 3) + 1) as 1 | 2 | 3, children: text(seed, 6) },
          { type: 'paragraph', align: 'justify', children: text(seed + 7, seed * 3) },
          { type: 'list', ordered: seed % 2 === 0, items: [{ number: 100, children: [{ type: 'paragraph', align: 'left', children: text(seed + 3, 20) }, { type: 'list', ordered: false, items: [{ children: [{ type: 'paragraph', align: 'left', children: text(seed + 5, 12) }] }, { children: [] }] }] }] },
        ];
        const slices = slicesPerBlock(blocks, { ...ctx, width }).flat();
        const height = slices.reduce((a, s, i) => a + s.height + (i > 0 ? s.spaceBefore : 0), 0);
        expect(keepBound(blocks, width), `seed=${seed}, width=${width}`).toBeGreaterThanOrEqual(height);
      }
    }
  });

  it('says nothing of text it cannot bound (Hebrew, CJK) or a table, which are laid out', () => {
    expect(keepBound([p('שלום')], 468)).toBeUndefined();
    expect(keepBound([p('王小明')], 468)).toBeUndefined();
    expect(keepBound([{ type: 'table', columns: [1], headerRows: [], rows: [{ cells: [cell('x')] }] }], 468)).toBeUndefined();
  });
});
