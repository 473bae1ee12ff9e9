// An amount column mixing "$2,002.20", "-$54.00" and an amount in parentheses "($7.25)" aligns its
// digits: the parenthesised amount's closing parenthesis hangs into the cell's padding, as an
// accountant's column sets it (src/render/columns.ts parenHang), in both formats. Right-aligned
// flush, "($7.25)" ended where the others end, its digits a parenthesis' width left of theirs.
import { describe, expect, it } from 'vitest';
import type { Block, TableRow } from '../../src/model/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import type { TextBox } from '../../src/render/pdf/boxes.js';
import { harborFonts } from '../../src/render/pdf/fonts.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { docxParts } from '../support/extract.js';
import { paragraphs } from './docx/support.js';
import { doc, p } from './pdf/models.js';

const AMOUNTS = ['$2,002.20', '($7.25)', '-$54.00', '(1,234.56)', '\u2212$3.00'];
const rows: TableRow[] = AMOUNTS.map((a, i) => ({
  cells: [
    { align: 'left', colspan: 1, children: [{ type: 'text', text: `Entry ${i + 1}` }] },
    { align: 'right', colspan: 1, children: [{ type: 'text', text: a }] },
  ],
}));
const table: Block = { type: 'table', columns: [3, 1], headerRows: [], rows };
const paren = harborFonts.face('regular').advance(0x29) * 10; // the table's 10 pt text

describe('an amount column with parenthesised amounts', () => {
  it('in the PDF, ends every amount’s digits at one edge, the closing parentheses past it', () => {
    const boxes = layoutDocument(doc([p('Ledger:'), table])).pages[0]!.boxes.filter((b): b is TextBox => b.type === 'text' && AMOUNTS.includes(b.text));
    expect(boxes).toHaveLength(AMOUNTS.length);
    const digitsEnd = (b: TextBox) => b.x + b.width - (b.text.endsWith(')') ? paren : 0);
    const ends = boxes.map(digitsEnd);
    // Before: "($7.25)"'s digits ended 3.3 pt left of the others'.
    for (const e of ends) expect(e).toBeCloseTo(ends[0]!, 1);
    const flush = boxes.find((b) => b.text === '$2,002.20')!;
    expect(flush.x + flush.width).toBeCloseTo(72 + 468 - 4, 1); // the others flush with the padding
  });

  it('in the DOCX, moves only the parenthesised amounts’ paragraphs into the cell margin by a parenthesis’ width', async () => {
    const xml = docxParts(await renderDocx(doc([p('Ledger:'), table])))['word/document.xml']!;
    const twips = Math.round(20 * paren);
    for (const a of AMOUNTS) {
      const digits = a.replace(/[^\d.,]/g, ''); // the signs are written as Word's own (w:noBreakHyphen, a joiner)
      const para = paragraphs(xml).find((x) => x.includes(`${digits}${a.endsWith(')') ? ')' : ''}</w:t>`))!;
      expect(para, a).toBeDefined();
      if (a.endsWith(')')) expect(para, a).toContain(`<w:ind w:right="-${twips}"/>`);
      else expect(para, a).not.toContain('<w:ind');
    }
  });

  it('leaves a right-aligned cell that is not an amount in parentheses, and a left-aligned one, as they were', async () => {
    const other: Block = {
      type: 'table',
      columns: [1, 1],
      headerRows: [],
      rows: [{ cells: [{ align: 'left', colspan: 1, children: [{ type: 'text', text: '($7.25)' }] }, { align: 'right', colspan: 1, children: [{ type: 'text', text: 'Paid (in part)' }] }] }],
    };
    const xml = docxParts(await renderDocx(doc([other])))['word/document.xml']!;
    expect(xml).not.toContain('<w:ind w:right="-');
  });
});
