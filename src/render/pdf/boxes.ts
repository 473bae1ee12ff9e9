// The layout's output: positioned boxes as plain JSON (the only thing `paint` sees).
//
// Units are PDF points (1/72 in). Coordinates are measured from the TOP-LEFT corner of the page
// (y grows downwards), which is how the layout thinks and how rasters are indexed; paint flips
// them to PDF user space. `src` names the model node a box came from (tests use it):
// "banner.0", "header.0", "footer.0" (running blocks), "body.3" (body block 3), "body.3.row.17" /
// "body.3.head.0" (table rows), "body.5.item.2.0" (block 0 of list item 2; nesting appends).
//
// Structure (tagged PDF, ISO 14289-1 PDF/UA-1): the layout also returns the document's logical
// structure (`StructNode`, built from the model: headings, paragraphs, lists, tables), and every
// text box says which structure element its text belongs to (`tag`, the element's `id`). Text
// that is not content (running banner, header and footer; a table header row repeated on a new
// page) carries `artifact` instead; lines and rectangles are always layout artifacts. The paint
// step only writes what the boxes say (marked content, the structure tree).
import type { FaceId } from './fonts.js';
import type { ShapedRun } from './shape.js';
import type { PageField } from './text.js';

/** Standard structure types used (ISO 32000-1 §14.8.4); no role map is needed. */
export type StructRole = 'Document' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'THead' | 'TBody' | 'TR' | 'TH' | 'TD' | 'Div';

/** The /ListNumbering values Harbor's lists print in (ISO 32000-1 Table 347): bullets are discs. */
export type PdfListNumbering = 'Disc' | 'Decimal' | 'LowerAlpha' | 'UpperAlpha' | 'LowerRoman' | 'UpperRoman';

/** One element of the logical structure tree (plain JSON). */
export interface StructNode {
  /** Unique in the document; text boxes name it in `tag`. */
  id: string;
  role: StructRole;
  /** Header cell scope (PDF/UA-1 §7.5: table headers are associated with their cells). */
  scope?: 'Column' | 'Row';
  /** Cells spanned (TH/TD /ColSpan). */
  colSpan?: number;
  /** An L's numbering (/ListNumbering, ISO 32000-1 §14.8.5.5 Table 347; PDF/UA-1 §7.6). */
  listNumbering?: PdfListNumbering;
  children: StructNode[];
}

/** Why a piece of text is not content: running header/footer, or repeated for pagination. */
export type ArtifactKind = 'Header' | 'Footer' | 'Pagination';

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
  /** Id of the structure element this text belongs to (absent: an artifact). */
  tag?: string;
  /** Set on text that is not content (running header/footer, repeated header rows). */
  artifact?: ArtifactKind;
  /** A shaped word (Hebrew, Arabic): the glyphs drawn, in visual order; `text` is the word as typed (./shape.ts). */
  glyphs?: ShapedRun;
  /** Right-to-left text drawn reversed and mirrored; `text` is as typed (./bidi.ts). */
  draw?: string;
  /**
   * Set on a right-to-left list item's number (drawn ".1"): its text is given to extractors as
   * replacement text (ActualText), so it copies as "1.", as typed (./paint.ts).
   */
  actual?: true;
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
  /** The logical structure of the body (root: Document), in reading order. */
  structure: StructNode;
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

/**
 * A copy of a box moved down by `dy` points (a box placed more than once: running header and
 * footer on every page, a repeated table header row). Built field by field in the order the
 * layout creates them: object spread of boxes of several shapes was a visible share of layout.
 */
export function movedCopy(b: Box, dy: number): Box {
  if (b.type === 'line') return { type: 'line', x1: b.x1, y1: b.y1 + dy, x2: b.x2, y2: b.y2 + dy, width: b.width, src: b.src };
  if (b.type === 'rect') return { type: 'rect', x: b.x, y: b.y + dy, width: b.width, height: b.height, gray: b.gray, src: b.src };
  const c: TextBox = { type: 'text', x: b.x, y: b.y + dy, width: b.width, size: b.size, font: b.font, text: b.text, src: b.src };
  if (b.tag !== undefined) c.tag = b.tag;
  if (b.wordSpacing !== undefined) c.wordSpacing = b.wordSpacing;
  if (b.field !== undefined) c.field = b.field;
  if (b.artifact !== undefined) c.artifact = b.artifact;
  if (b.glyphs !== undefined) c.glyphs = b.glyphs;
  if (b.draw !== undefined) c.draw = b.draw;
  if (b.actual !== undefined) c.actual = b.actual;
  return c;
}
