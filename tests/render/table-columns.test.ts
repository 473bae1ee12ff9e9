// Column fitting when a table is too narrow for every unbreakable piece (src/render/columns.ts,
// docs/pagination.md §Columns): figures (amounts, hours, dates) stay whole and words give
// way, in the PDF's layout boxes and in the DOCX's grid alike (both use fitColumns).
import { describe, expect, it } from 'vitest';
import type { HarborDocument, Table } from '../../src/model/types.js';
import { CELL_PAD_X, fitColumns } from '../../src/render/columns.js';
import { harborFonts } from '../../src/render/pdf/fonts.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import type { TextBox } from '../../src/render/pdf/boxes.js';

const cell = (text: string, bold = false) => ({ align: 'right' as const, colspan: 1, children: [{ type: 'text' as const, text, ...(bold ? { bold } : {}) }] });

/** Eight columns of a fictional loss summary: long header words, six-figure amounts, bold totals. */
const losses: Table = {
  type: 'table',
  columns: [3, 1, 1, 1, 1, 1, 1, 1],
  headerRows: [{ cells: ['Expense', 'Transportation', 'Housing', 'Medical', 'Counseling', 'Lost income', "Attorney's fees", 'Total'].map((h) => cell(h)) }],
  rows: [
    { cells: ['Year one after the rescue', '$1,250.00', '$14,400.00', '$3,215.40', '$4,800.00', '$21,600.00', '$7,350.00', '$52,615.40'].map((v) => cell(v)) },
    { cells: ['Total', '$2,500.00', '$28,800.00', '$6,430.80', '$9,600.00', '$43,200.00', '$14,700.00', '$105,230.80'].map((v) => cell(v, true)) },
  ],
};
const amounts = losses.rows.flatMap((r) => r.cells.slice(1).map((c) => (c.children[0] as { text: string }).text));

function width(text: string, bold: boolean): number {
  const face = harborFonts.face(bold ? 'bold' : 'regular');
  return [...text].reduce((a, ch) => a + face.advance(ch.codePointAt(0)!) * 10, 0);
}

function docOf(t: Table): HarborDocument {
  return { type: 'document', title: 't', header: [], footer: [], body: [t], meta: { kind: 'test', templateVersion: '1', harborVersion: '0', fingerprint: '0', date: '2026-03-07' } };
}

const boxTexts = (t: Table) =>
  layoutDocument(docOf(t))
    .pages.flatMap((p) => p.boxes)
    .filter((b): b is TextBox => b.type === 'text')
    .map((b) => b.text);

describe('a table too narrow for all its words keeps its figures whole', () => {
  it('every column holding an amount is at least as wide as its widest amount plus padding; the widths fill the table', () => {
    const widths = fitColumns(losses, 468);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(468, 6);
    for (let col = 1; col < 8; col++) {
      const widest = Math.max(
        ...losses.rows.map((r) => {
          const run = r.cells[col]!.children[0] as { text: string; bold?: boolean };
          return width(run.text, run.bold === true);
        }),
      );
      expect(widths[col]!, `column ${col}`).toBeGreaterThanOrEqual(widest + 2 * CELL_PAD_X);
    }
    // The words give way: "Transportation" (bold header) no longer fits its column.
    expect(widths[1]!).toBeLessThan(width('Transportation', true) + 2 * CELL_PAD_X);
  });

  it('PDF: each amount is one text box on one line, never "$105,230." over "80"', () => {
    const texts = boxTexts(losses);
    for (const a of amounts) expect(texts, a).toContain(a);
  });

  it('nothing is dropped: the header words broken across lines still hold all their letters', () => {
    const all = boxTexts(losses).join('');
    for (const h of ['Transportation', 'Counseling', "Attorney's", 'fees', 'rescue']) expect(all.replace(/\s+/g, '')).toContain(h);
  });

  it('when the figures alone do not fit, every minimum is scaled down together and the widths still fill the table', () => {
    const huge: Table = { ...losses, rows: losses.rows.map((r) => ({ cells: r.cells.map((c, i) => (i === 0 ? c : cell('$1,234,567,890.12'))) })) };
    const widths = fitColumns(huge, 468);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(468, 6);
    expect(widths.every((w) => w > 0)).toBe(true);
    const all = boxTexts(huge).join('');
    expect(boxTexts(huge)).not.toContain('$1,234,567,890.12'); // broken, as it must be at this width
    expect(all.replace(/[^0-9]/g, '').length).toBe(7 * 2 * 12); // but every digit printed
  });
});

// A character the body face lacks is measured in the face that prints it (columns.ts
// fallbackAdvance): counted as 1 em, an Ethiopic or Armenian name's column took ~0.4 em a letter
// more than it needs from the other columns. CJK and Hangul stay at their 1 em (the faces' own advance).
describe('a name in a script of its own claims the width its face prints it in', () => {
  const names: Array<[string, string, string]> = [
    ['Ethiopic', 'ኣብርሃምተስፋማርያም', 'ethiopic'],
    ['Armenian', 'Պետրոսյանավագյան', 'armenian'],
    ['Cherokee', 'ᎠᏂᏴᏫᏯᎠᏍᎦᏯᏍᏓ', 'cherokee'],
    ['Georgian', 'ბერიძემამალაძე', 'georgian'],
  ];
  it.each(names)('%s: the column is as wide as the name in its face, plus padding', (_, name, face) => {
    const t: Table = { type: 'table', columns: [1, 6], headerRows: [{ cells: [cell('Name', true), cell('Notes', true)] }], rows: [{ cells: [cell(name), cell('Met twice at the shelter.')] }] };
    const f = harborFonts.face(face as Parameters<typeof harborFonts.face>[0]);
    const printed = [...name].reduce((a, ch) => a + f.advance(ch.codePointAt(0)!) * 10, 0);
    const [first] = fitColumns(t, 468, 10, harborFonts);
    expect(first).toBeCloseTo(printed + 2 * CELL_PAD_X + 1.5, 6);
    // And the PDF prints the name whole on one line in that column.
    expect(boxTexts(t)).toContain(name);
  });

  it('a header cell measures its script in the bold face that prints it', () => {
    const name = 'ኣብርሃምተስፋማርያም';
    const t: Table = { type: 'table', columns: [1, 6], headerRows: [{ cells: [cell(name), cell('Notes')] }], rows: [{ cells: [cell('a'), cell('b')] }] };
    const bold = harborFonts.face('ethiopic-bold');
    const printed = [...name].reduce((a, ch) => a + bold.advance(ch.codePointAt(0)!) * 10, 0);
    expect(fitColumns(t, 468, 10, harborFonts)[0]).toBeCloseTo(printed + 2 * CELL_PAD_X + 1.5, 6);
  });
});
