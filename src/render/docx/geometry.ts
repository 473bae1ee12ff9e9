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
/** Header, footer and banner text: 10 pt. */
export const SMALL_SIZE = 20;
/** Heading sizes by level (half-points): 16, 14, 12 pt. Title: 18 pt. */
export const HEADING_SIZE = { 1: 32, 2: 28, 3: 24 } as const;
export const TITLE_SIZE = 36;

/** List indentation per nesting level: item text starts half an inch further in per level. */
export const LIST_INDENT = 720;
/** A bullet hangs a quarter inch before the text; a number the whole half inch ("300." fits). */
export const BULLET_HANGING = 360;
export const NUMBER_HANGING = 720;

/** Signing line: 3.5 in, as long as the PDF's. */
export const SIGN_LINE = 5040;
