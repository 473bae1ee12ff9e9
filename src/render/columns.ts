// Table column widths shared by the PDF and DOCX renderers (issue 15 point 15): the template's
// relative widths, widened where a column's longest unbreakable piece (an amount "$2,100.00", a
// header "Overtime", a held-together unit of the text layer) would not fit, so no word breaks
// inside in either format. Both renderers measure with the same font (Noto Serif, embedded in
// both) at the table's size, so the same widths give the same lines.
import LineBreaker from 'linebreak';
import { inlineText, type Table, type TableCell } from '../model/types.js';
import { keepUnitsTogether } from '../model/typography.js';
import { RenderMemo } from '../model/scratch.js';
import { harborFonts, isIgnorable, styleFace, type Fonts } from './pdf/fonts.js';

/** Table text size (pt) and cell padding (pt) in both formats. */
export const TABLE_SIZE = 10;
export const CELL_PAD_X = 4;
export const CELL_PAD_Y = 3;
/** A column may claim at most this share of the table for its longest piece; longer ones break. */
const MAX_SHARE = 0.45;
/** Slack (pt) over the measured width: Word rounds positions to twips, LibreOffice to its units. */
const SLACK = 1.5;

/**
 * Widest pieces of short cell texts already measured in this render, per fonts, keyed by face,
 * size and text. A table repeats its short texts down the columns (amounts, hours, dates, rates):
 * measured once. A pure function's results, so the widths are the same with or without it;
 * emptied when the render ends (../model/scratch.ts) and bounded within one.
 */
const widestMemo = new WeakMap<Fonts, RenderMemo<number>>();

/** Width (pt) of the widest piece between break opportunities in a cell's text. */
function widestPiece(cell: TableCell, bold: boolean, size: number, fonts: Fonts): number {
  // Marks vary per run; measuring the whole cell in its bolder face is the safe side.
  const anyBold = bold || cell.children.some((c) => c.type !== 'br' && c.bold === true);
  const all = inlineText(cell.children);
  let memo = widestMemo.get(fonts);
  if (!memo) widestMemo.set(fonts, (memo = new RenderMemo<number>()));
  return memo.of(all, () => measureWidest(all, anyBold, size, fonts), `${anyBold ? 'b' : 'r'}${size}|${all}`);
}

function measureWidest(all: string, anyBold: boolean, size: number, fonts: Fonts): number {
  let widest = 0;
  const face = fonts.face(styleFace(anyBold, false));
  for (const line of all.split('\n')) {
    const text = keepUnitsTogether(line);
    const breaker = new LineBreaker(text);
    let last = 0;
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
      let w = 0;
      for (const ch of text.slice(last, bk.position).trimEnd()) {
        const cp = ch.codePointAt(0)!;
        if (isIgnorable(cp)) continue;
        const adv = face.gid(cp) > 0 ? face.advance(cp) : fonts.face('regular').gid(cp) > 0 ? fonts.face('regular').advance(cp) : 1;
        w += adv * size;
      }
      widest = Math.max(widest, w);
      last = bk.position;
    }
  }
  return widest;
}

/**
 * Column widths in points summing to `total`: the table's relative widths, with every column at
 * least as wide as its widest unbreakable piece (plus padding), up to MAX_SHARE of the table;
 * the width a column gains is taken from the others in proportion to their width. When the
 * minimums cannot all be met, they are scaled down together.
 */
export function fitColumns(t: Table, total: number, size = TABLE_SIZE, fonts: Fonts = harborFonts): number[] {
  const n = t.columns.length;
  const valid = n > 0 && t.columns.every((c) => Number.isFinite(c) && c > 0);
  const rel = valid ? t.columns : Array.from({ length: Math.max(1, n) }, () => 1);
  const sum = rel.reduce((a, b) => a + b, 0);
  const want = rel.map((c) => (c / sum) * total);
  const min = want.map(() => 0);
  const visit = (cells: TableCell[], bold: boolean) => {
    let col = 0;
    for (const cell of cells) {
      const span = Math.max(1, cell.colspan);
      if (span === 1 && col < min.length) {
        const need = widestPiece(cell, bold, size, fonts) + 2 * CELL_PAD_X + SLACK;
        min[col] = Math.max(min[col]!, Math.min(need, MAX_SHARE * total));
      }
      col += span;
    }
  };
  for (const r of t.headerRows) visit(r.cells, true);
  for (const r of t.rows) visit(r.cells, false);
  const minSum = min.reduce((a, b) => a + b, 0);
  if (minSum >= total) return min.map((m) => (m / minSum) * total);
  // Pin the columns below their minimum, share the rest in proportion; repeat until none is short.
  const pinned = want.map(() => false);
  let widths = want;
  for (let round = 0; round < want.length; round++) {
    const pinnedWidth = min.reduce((a, m, i) => a + (pinned[i] ? m : 0), 0);
    const freeRel = want.reduce((a, w, i) => a + (pinned[i] ? 0 : w), 0);
    widths = want.map((w, i) => (pinned[i] ? min[i]! : (w / freeRel) * (total - pinnedWidth)));
    let changed = false;
    widths.forEach((w, i) => {
      if (!pinned[i] && w < min[i]! - 1e-9) {
        pinned[i] = true;
        changed = true;
      }
    });
    if (!changed) break;
  }
  return widths;
}
