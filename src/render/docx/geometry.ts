// Page geometry and type sizes of the DOCX output, in Word's units. docs/architecture.md §Rendering: US Letter with
// 1-inch margins and a 12 pt body, the same page the PDF renderer lays out.
//
// Units: twips (1/20 pt, 1440 per inch) for lengths, half-points for font sizes.

/** 1 inch in twips. */
export const INCH = 1440;
/** US Letter: 8.5 × 11 in. */
export const PAGE_WIDTH = 12240;
export const PAGE_HEIGHT = 15840;
/** 1-inch margins on every side (docs/architecture.md §Rendering). */
export const MARGIN = INCH;
/** Header/footer distance from the page edge: half an inch, inside the 1-inch margin. */
export const HEADER_FOOTER_DISTANCE = 720;
/** Width of the text column: 6.5 in = 9360 twips. Tables are laid out over exactly this. */
export const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

/** Body text: 12 pt (24 half-points). */
export const BODY_SIZE = 24;
/** Header and footer text: 10 pt; the confidentiality banner: 9 pt bold (as in the PDF). */
export const SMALL_SIZE = 20;
export const BANNER_SIZE = 18;
/** Table text: 10 pt, as in the PDF (src/render/columns.ts). */
export const TABLE_SIZE = 20;
/**
 * Heading sizes by level (half-points), the PDF's: 16, 13.5, 12 pt. The level-1 heading is the
 * document's title and uses the Title style (16 pt, centred, as the PDF prints it).
 */
export const HEADING_SIZE = { 1: 32, 2: 27, 3: 24 } as const;
export const TITLE_SIZE = 32;

/**
 * Line height: exactly 1.3 × the font size, the PDF layout's leading (src/render/pdf/slice.ts),
 * so a page holds the same lines in both formats. `halfPoints` → twips.
 */
export function lineTwips(halfPoints: number): number {
  return Math.round(halfPoints * 10 * 1.3);
}

/** Space before a body paragraph: 8 pt, the PDF's (twips). */
export const PARA_BEFORE = 160;

/** List indentation per nesting level: 27 pt, as in the PDF (../list-indent.ts: wider for a list of numbers from "100."). */
export const LIST_INDENT = 540;
/** The marker is right-aligned 6 pt before the item's text, as the PDF draws it. */
export const BULLET_HANGING = 120;
export const NUMBER_HANGING = 120;

/** Signing line: 3.5 in, as long as the PDF's. */
export const SIGN_LINE = 5040;
