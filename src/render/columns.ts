// Table column widths shared by the PDF and DOCX renderers (issue 15 point 15): the template's
// relative widths, widened where a column's longest unbreakable piece (an amount "$2,100.00", a
// header "Overtime", a held-together unit of the text layer) would not fit, so no word breaks
// inside in either format. When the table is too narrow for every piece, figures (amounts, hours,
// dates: docs/pagination.md §Columns) keep their width first and words give way, since a
// word broken across lines still reads as the word and an amount broken after "$1,234," reads
// as two numbers. Both renderers measure with the same font (Noto Serif, embedded in both) at
// the table's size, so the same widths give the same lines.
import { inlineText, type Table, type TableCell } from '../model/types.js';
import { keepUnitsTogether } from '../model/typography.js';
import { RenderMemo } from '../model/scratch.js';
import { fallbackFace, harborFonts, isIgnorable, styleFace, type Fonts } from './pdf/fonts.js';
import { breakOpportunities } from './pdf/breaks.js';

/** Table text size (pt) and cell padding (pt) in both formats. */
export const TABLE_SIZE = 10;

/** An amount in parentheses, as accountants write a negative or a deduction: "($7.25)", "(1,234.56)". */
const PARENTHESISED = /^\([^()\s]*\p{Nd}[^()\s]*\)$/u;

/**
 * How far (pt) a right-aligned cell's text moves right, into the cell's padding: the width of the
 * closing parenthesis of an amount written in parentheses, so its digits stand under the digits of
 * the column's other amounts, its parenthesis beyond them, as an accountant's column aligns them.
 * Right-aligned flush, "($7.25)" ended where "$2,002.20" ends, its digits a parenthesis' width
 * left of the others'. 0 for any other cell. Both formats (the PDF's table, the DOCX's right indent).
 */
export function parenHang(cell: TableCell, size: number, fonts: Fonts = harborFonts): number {
  if (cell.align !== 'right' || cell.children.length !== 1) return 0;
  const only = cell.children[0]!;
  if (only.type !== 'text' || !PARENTHESISED.test(only.text.trim())) return 0;
  const face = fonts.face(styleFace(only.bold, only.italic));
  return Math.min(face.advance(0x29) * size, CELL_PAD_X);
}
export const CELL_PAD_X = 4;
export const CELL_PAD_Y = 3;
/** A column may claim at most this share of the table for its longest piece; longer ones break. */
const MAX_SHARE = 0.45;
/** Slack (pt) over the measured width: Word rounds positions to twips, LibreOffice to its units. */
const SLACK = 1.5;

/**
 * Widest pieces of short cell texts already measured in this render, per fonts and size, in the
 * regular and the bold face. A table repeats its short texts down the columns (amounts, hours,
 * dates, rates): measured once. A pure function's results, so the widths are the same with or
 * without it; emptied when the render ends (../model/scratch.ts) and bounded within one.
 */
const widestMemo = new WeakMap<Fonts, Map<number, [RenderMemo<Widest>, RenderMemo<Widest>]>>();

/** Widths (pt) of a cell's widest piece of any kind and of its widest figure (0 when none). */
type Widest = readonly [all: number, figure: number];

function widestMemoOf(fonts: Fonts, size: number, bold: boolean): RenderMemo<Widest> {
  let bySize = widestMemo.get(fonts);
  if (!bySize) widestMemo.set(fonts, (bySize = new Map()));
  let pair = bySize.get(size);
  if (!pair) bySize.set(size, (pair = [new RenderMemo<Widest>(), new RenderMemo<Widest>()]));
  return pair[bold ? 1 : 0];
}

/**
 * Whether a piece is a figure: at least one digit, and only digits, currency signs and the marks
 * numbers are written with ("$1,234.56", "(1,234.56)", "-$5.00", "84.50", "12%", "2024-01-07",
 * "10:30", "1/2", "1 234,56" with a no-break space). A piece with a letter or "§" is a word.
 */
const FIGURE = /^[\p{Nd}\p{Sc}.,:;/%+\-\u2212\u2013()'\u00a0\u2009\u202f\u2060]*\p{Nd}[\p{Nd}\p{Sc}.,:;/%+\-\u2212\u2013()'\u00a0\u2009\u202f\u2060]*$/u;

/** Widths (pt) of the widest piece between break opportunities in a cell's text, and of its widest figure. */
function widestPiece(cell: TableCell, bold: boolean, size: number, fonts: Fonts): Widest {
  // Marks vary per run; measuring the whole cell in its bolder face is the safe side.
  const children = cell.children;
  let anyBold = bold;
  // Whether the cell's text is all bold (its characters the body face lacks printed bold).
  let allBold = bold;
  let all: string;
  const only = children.length === 1 ? children[0]! : undefined;
  if (only !== undefined && only.type === 'text') {
    // The common cell: one run (inlineText of it is its text).
    anyBold ||= only.bold === true;
    allBold = anyBold;
    all = only.text;
  } else {
    let textBold = true;
    for (const c of children) {
      if (c.type === 'br') continue;
      if (c.bold === true) anyBold = true;
      else if (c.type === 'text') textBold = false;
    }
    allBold ||= textBold && anyBold;
    all = inlineText(children);
  }
  // A cell mixing weights is measured apart (the memo is by weight; such cells are rare and seldom repeat).
  if (anyBold && !allBold) return measureWidest(all, true, false, size, fonts);
  return widestMemoOf(fonts, size, anyBold).of(all, () => measureWidest(all, anyBold, anyBold, size, fonts));
}

/** Whether String.prototype.trimEnd drops this code unit (WhiteSpace or LineTerminator, as `\s`). */
const TRIMMED = /\s/;
function trimmed(c: number): boolean {
  return c < 0x80 ? c === 0x20 || (c >= 9 && c <= 13) : TRIMMED.test(String.fromCharCode(c));
}

/**
 * `boldScript`: whether a character the body face lacks is printed bold, so measured in its
 * script's bold fallback face (a header cell, or a cell of one bold run); in a cell mixing weights
 * it is measured in the regular one, which the PDF loads to print it (the bold one it may not).
 */
function measureWidest(all: string, anyBold: boolean, boldScript: boolean, size: number, fonts: Fonts): Widest {
  let widest = 0;
  let figure = 0;
  const face = fonts.face(styleFace(anyBold, false));
  const regular = fonts.face('regular');
  // Constants, not a lookup per string (pdf/text.ts breakGroup).
  const charCodeAt = String.prototype.charCodeAt;
  const codePointAt = String.prototype.codePointAt;
  for (const line of all.split('\n')) {
    // A cell's line, remembered by both memos whatever its length (`true`): the line breaker
    // asks for the same text when it lays the cell out (../model/scratch.ts CELL_TEXT).
    const text = keepUnitsTogether(line, true);
    // The pieces between UAX #14 break opportunities (the line breaker's own, ./pdf/breaks.ts),
    // trailing whitespace excluded.
    const breaks = breakOpportunities(text, true);
    let last = 0;
    for (let bi = 0; bi < breaks.length; bi++) {
      const pos = breaks[bi]! >> 1;
      let end = pos;
      while (end > last && trimmed(charCodeAt.call(text, end - 1))) end--;
      let w = 0;
      for (let k = last; k < end; ) {
        let cp = codePointAt.call(text, k)!;
        if (cp > 0xffff && k + 1 >= end) cp = charCodeAt.call(text, k); // (a pair cut by the piece's end: never at a break)
        k += cp > 0xffff ? 2 : 1;
        if (isIgnorable(cp)) continue;
        const adv = face.gid(cp) > 0 ? face.advance(cp) : regular.gid(cp) > 0 ? regular.advance(cp) : fallbackAdvance(cp, boldScript, fonts);
        w += adv * size;
      }
      widest = Math.max(widest, w);
      // Only a piece wider than the widest figure so far is tested (one regular expression per
      // cell, as a rule: a cell's amount is its one piece).
      if (w > figure && FIGURE.test(text.slice(last, end))) figure = w;
      last = pos;
    }
  }
  return [widest, figure];
}

/**
 * Advance (em) of a character the body face lacks: the fallback face's that prints it (its
 * script's, else the CJK face: src/render/pdf/fonts.ts fallbackFace), 1 em when it has none (the
 * PDF refuses the character; Word and LibreOffice print the DOCX's with a face of their own). Taken
 * as 1 em for every such character before, which was right for CJK and Hangul and ~0.4 em too wide
 * for Ethiopic and Armenian: their columns took width from the others. The face is one the render
 * loads anyway, to print the character (PDF) or embed it (DOCX).
 */
function fallbackAdvance(cp: number, bold: boolean, fonts: Fonts): number {
  const f = fonts.face(fallbackFace(cp, bold));
  return f.gid(cp) > 0 ? f.advance(cp) : 1;
}

/**
 * Raise each column's minimum (`min`, points) to the widest unbreakable piece of this row's cell in
 * it (plus padding), up to MAX_SHARE of the table's `total`, and its figures' minimum (`fig`) to
 * the widest figure's; spanning cells set no minimum. A module-level function rather than a
 * closure made per table: V8 holds a closure's optimized code only weakly, so one made per render
 * was compiled again after every full collection (issue 18).
 */
function raiseMinimums(min: Float64Array, fig: Float64Array, cells: TableCell[], bold: boolean, size: number, fonts: Fonts, total: number): void {
  let col = 0;
  const pad = 2 * CELL_PAD_X + SLACK;
  const cap = MAX_SHARE * total;
  for (const cell of cells) {
    const span = Math.max(1, cell.colspan);
    if (span === 1 && col < min.length) {
      const [all, figure] = widestPiece(cell, bold, size, fonts);
      min[col] = Math.max(min[col]!, Math.min(all + pad, cap));
      if (figure > 0) fig[col] = Math.max(fig[col]!, Math.min(figure + pad, cap));
    }
    col += span;
  }
}

/**
 * When the minimums cannot all be met: the widths with every column whose longest piece is wider
 * than MAX_SHARE of the table (a 60-character receipt number or address, capped: it breaks
 * whatever width it gets) yielding first, so every other column keeps its minimum and its words
 * whole, the capped columns sharing the rest alike; undefined when that leaves a capped column
 * less than its widest figure or an equal share of the table (then the shortfall is shared out
 * as below). A seven-column workweek table with a 60-character receipt number broke its header
 * words "Ho|urs" and "Overt|ime", in both formats, to leave the number 45% of the table, where it
 * broke across three lines all the same.
 */
function yieldCapped(min: Float64Array, fig: Float64Array, total: number): number[] | undefined {
  const cap = MAX_SHARE * total;
  const k = min.length;
  let capped = 0;
  let rest = total;
  let floor = 0;
  for (let i = 0; i < k; i++) {
    if (min[i]! >= cap - 1e-9) {
      capped++;
      floor = Math.max(floor, fig[i]!, total / k);
    } else rest -= min[i]!;
  }
  if (capped === 0 || rest < capped * floor) return undefined;
  return Array.from(min, (m) => (m >= cap - 1e-9 ? rest / capped : m));
}

/**
 * Column widths in points summing to `total`: the table's relative widths, with every column at
 * least as wide as its widest unbreakable piece (plus padding), up to MAX_SHARE of the table;
 * the width a column gains is taken from the others in proportion to their width. When the
 * minimums cannot all be met, every column keeps its widest figure whole and the width left is
 * shared out toward the words' minimums, each short by the same fraction of what it lacks; only
 * when the figures alone do not fit are all minimums scaled down together
 * (docs/pagination.md §Columns).
 */
export function fitColumns(t: Table, total: number, size = TABLE_SIZE, fonts: Fonts = harborFonts): number[] {
  const n = t.columns.length;
  const valid = n > 0 && t.columns.every((c) => Number.isFinite(c) && c > 0);
  const k = valid ? n : Math.max(1, n);
  // Working widths in typed arrays (points, fractional from the start): an array of zeros begins
  // as small integers and changes its elements kind at its first fractional width, in every
  // render, which de-optimized this code several times per thread while V8 warmed up (issue 18;
  // `node --trace-deopt`: "wrong map" at `min.length`).
  const want = new Float64Array(k); // the relative widths, then their share of `total`
  let sum = 0;
  for (let i = 0; i < k; i++) {
    want[i] = valid ? t.columns[i]! : 1;
    sum += want[i]!;
  }
  for (let i = 0; i < k; i++) want[i] = (want[i]! / sum) * total;
  const min = new Float64Array(k);
  const fig = new Float64Array(k); // each column's widest figure (plus padding), ≤ min
  for (const r of t.headerRows) raiseMinimums(min, fig, r.cells, true, size, fonts, total);
  for (const r of t.rows) raiseMinimums(min, fig, r.cells, false, size, fonts, total);
  let minSum = 0;
  let figSum = 0;
  for (let i = 0; i < k; i++) {
    minSum += min[i]!;
    figSum += fig[i]!;
  }
  if (minSum >= total) {
    const yielded = yieldCapped(min, fig, total);
    if (yielded !== undefined) return yielded;
    if (figSum >= total) return Array.from(min, (m) => (m / minSum) * total);
    // Figures whole; the words' shortfall shared out: each column gets its figure's width plus
    // the same fraction of the rest of its minimum, the widths summing to `total`.
    const share = (total - figSum) / (minSum - figSum);
    return Array.from(min, (m, i) => fig[i]! + share * (m - fig[i]!));
  }
  // Pin the columns below their minimum, share the rest in proportion; repeat until none is short.
  const pinned = new Uint8Array(k);
  const widths = want.slice();
  for (let round = 0; round < k; round++) {
    let pinnedWidth = 0;
    let freeRel = 0;
    for (let i = 0; i < k; i++) {
      if (pinned[i]) pinnedWidth += min[i]!;
      else freeRel += want[i]!;
    }
    for (let i = 0; i < k; i++) widths[i] = pinned[i] ? min[i]! : (want[i]! / freeRel) * (total - pinnedWidth);
    let changed = false;
    for (let i = 0; i < k; i++) {
      if (!pinned[i] && widths[i]! < min[i]! - 1e-9) {
        pinned[i] = 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return Array.from(widths);
}
