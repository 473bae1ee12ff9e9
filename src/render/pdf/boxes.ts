// The layout's output: positioned boxes as plain JSON (the only thing `paint` sees).
//
// Units are PDF points (1/72 in). Coordinates are measured from the TOP-LEFT corner of the page
// (y grows downwards), which is how the layout thinks and how rasters are indexed; paint flips
// them to PDF user space. `src` names the model node a box came from (tests use it):
// "banner.0", "header.0", "footer.0" (running blocks), "body.3" (body block 3), "body.3.row.17" /
// "body.3.head.0" (table rows), "body.5.item.2.0" (block 0 of list item 2; nesting appends).
import type { FaceId } from './fonts.js';
import type { PageField } from './text.js';

/** A run of text in one face on one line. `y` is the baseline. */
export interface TextBox {
  type: 'text';
  x: number;
  y: number;
  width: number;
  size: number;
  font: FaceId;
  text: string;
  /** Extra points after each U+0020 (justified lines). */
  wordSpacing?: number;
  src: string;
  /**
   * A page field: `text` is a placeholder until pagination knows the page's number and count.
   * Only during layout; the finished layout has none.
   */
  field?: PageField;
}

/** A straight line: table borders, the signing line, underlines. */
export interface LineBox {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width in points. */
  width: number;
  src: string;
}

/** A filled rectangle (table header shading). `gray` is 0 (black) … 1 (white). */
export interface RectBox {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  gray: number;
  src: string;
}

export type Box = TextBox | LineBox | RectBox;

export interface PageLayout {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  /** Top and bottom of the body area on this page (points from the page top). */
  bodyTop: number;
  bodyBottom: number;
  boxes: Box[];
}

export interface DocumentLayout {
  pages: PageLayout[];
}

/** Page geometry (docs/architecture.md §Rendering): US Letter, 1-inch margins. */
export const PAGE = {
  width: 612,
  height: 792,
  margin: 72,
  /** Banner/header start and footer end: half an inch from the edge, inside the margin. */
  headerTop: 36,
  footerBottom: 792 - 36,
  /** Gap between header/footer and the body. */
  gap: 10,
} as const;
