// The slice: the unbreakable vertical piece of a laid-out block that the paginator places (a line of
// a paragraph, a table row, a signature block), with how strongly it stays on the page of the next
// (src/model/keeps.ts KEEP), and what every block's layout shares: line height, paragraph space, the
// boxes of one laid-out line. The blocks are in blocks.ts (text, lists, signatures, keeps) and
// table.ts (tables); the paginator is paginate.ts.
import type { Align } from '../../model/types.js';
import type { Checkpoint } from '../../checkpoint.js';
import type { KeepLevel } from '../../model/keeps.js';
import type { Box, LineBox, StructNode, TextBox } from './boxes.js';
import type { Fonts } from './fonts.js';
import { alignLine, type Line, type PageField } from './text.js';

/** Line height as a multiple of the font size, and the baseline's offset from the line top. */
export const LEADING = 1.3;
export const BASELINE = 1.0;
export const PARA_SPACE = 8; // points before a paragraph

export interface Slice {
  height: number;
  /** Space above; dropped when the slice starts a page. */
  spaceBefore: number;
  /**
   * How strongly this slice stays on the page of the next (KEEP, src/model/keeps.ts): 0, a page
   * may end after it; above 0, a rule that the paginator breaks only when its chain cannot stand
   * on one page, the weakest first.
   */
  keep: KeepLevel;
  /** Start a new page before this slice (page-break). */
  pageBreak?: boolean;
  /** Boxes with y relative to the slice top. */
  boxes: Box[];
  /** Table header rows to repeat when this slice starts a page. */
  repeatHeader?: Slice[];
  /** Border drawn at the slice's top if it starts a page (continued row fragment). */
  edgeTop?: LineBox;
  /**
   * Boxes drawn if it starts a page, as artifacts (a row continued from the page before: the text
   * of its cells that ended there again, marked "(continued)": ./table.ts rowSlices).
   */
  continuedTop?: Box[];
  /**
   * Points added above the slice when it starts a page (`continuedTop` boxes fill them: a split
   * cell's first line and "(continued)", ./table.ts continuedLead); the slice's own boxes start
   * below them.
   */
  continuedLead?: number;
  /** Border drawn at the slice's bottom if a page ends after it (table rows). */
  edgeBottom?: LineBox;
  /** The first line of a right-to-left paragraph (a list item's marker goes on its right). */
  rtl?: true;
}

export interface BlockCtx {
  fonts: Fonts;
  x: number;
  width: number;
  /** Body font size for paragraphs (12 in the body, smaller in header/footer). */
  size: number;
  /** Height of the body area of a page (keep and giant-row decisions). */
  pageHeight: number;
  /**
   * Inside list items: the sum of their text indents (pt). A right-to-left paragraph there starts
   * at the right and is indented from it instead (its text area moved left by this much), as Word
   * and LibreOffice show a w:bidi paragraph's indent at its start, the right.
   */
  listIndent?: number;
  fieldText: (f: PageField) => string;
  src: string;
  /** Asked before each block is laid out (nested blocks too); throws to stop the render. */
  checkpoint?: Checkpoint;
  /**
   * The body's Table elements by id (./structure.ts tablesById): a table laid out under one of
   * these names takes its cells' tags from its element, the same strings, so paint finds each
   * cell's element by identity (./tagged.ts StructTags.element). Absent in the running header
   * and footer, which have no structure.
   */
  tables?: ReadonlyMap<string, StructNode>;
}

/**
 * Append the boxes of one laid-out line (aligned here) to `out`: its text boxes, each followed by
 * its underline. `base` is the baseline from the top of whatever the line is placed in; `dy` moves
 * the line within it (table cells: the padding, or a band's offset), added last so that the
 * coordinates are the same sums whether a line is placed once or moved afterwards.
 * `tag`: the structure element the text belongs to (boxes.ts).
 */
export function pushLineBoxes(out: Box[], line: Line, align: Align, x: number, width: number, size: number, src: string, tag: string, base: number, dy: number): void {
  const pieces = alignLine(line, align, width, size);
  for (let j = 0; j < pieces.length; j++) {
    const p = pieces[j]!;
    const tb: TextBox = { type: 'text', x: x + p.x, y: base + dy, width: p.width, size, font: p.font, text: p.text, src, tag };
    if (p.wordSpacing) tb.wordSpacing = p.wordSpacing;
    if (p.field) tb.field = p.field;
    if (p.glyphs) tb.glyphs = p.glyphs;
    if (p.draw !== undefined) tb.draw = p.draw;
    out.push(tb);
    if (p.underline) {
      const uy = base + size * 0.12 + dy;
      out.push({ type: 'line', x1: x + p.x, y1: uy, x2: x + p.x + p.width, y2: uy, width: size * 0.05, src });
    }
  }
}

/**
 * Boxes of each laid-out line: stacked from `y0`, or each relative to its own top. `tag`: the
 * structure element the text belongs to (boxes.ts).
 */
export function lineBoxes(lines: Line[], align: Align, x: number, width: number, size: number, src: string, tag: string, y0 = 0, stacked = true): Box[][] {
  const lh = size * LEADING;
  const all: Box[][] = new Array<Box[]>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const out: Box[] = [];
    pushLineBoxes(out, lines[i]!, align, x, width, size, src, tag, y0 + (stacked ? i * lh : 0) + size * BASELINE, 0);
    all[i] = out;
  }
  return all;
}

/** Make `s` stay with the next slice at least as strongly as `level` (a stronger rule stays). */
export function raise(s: Slice, level: KeepLevel): void {
  if (s.keep < level) s.keep = level;
}
