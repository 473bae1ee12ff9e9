// Word styles of Harbor documents: Normal (serif 12 pt), Title, Heading1–3 (bold, kept with the
// next paragraph so a heading never sits alone at a page foot: docs/architecture.md §Rendering), and the font choice.
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { BODY_SIZE, HEADING_SIZE, lineTwips, PARA_BEFORE, TITLE_SIZE } from './geometry.js';

/**
 * Fonts by script slot. Word picks the slot per character: ascii/hAnsi for Latin, Greek and
 * Cyrillic, eastAsia for CJK, cs for right-to-left (complex) scripts. The PDF's faces: Noto Serif,
 * and Droid Sans Fallback for CJK; both are embedded in the DOCX (fonts.ts), so Word and
 * LibreOffice show them on a machine that has neither installed.
 */
export const FONTS = {
  ascii: 'Noto Serif',
  hAnsi: 'Noto Serif',
  eastAsia: 'Droid Sans Fallback',
  cs: 'Times New Roman',
} as const;

/** The document's language (w:lang on the defaults); spans in other scripts carry their own. */
export const DOCUMENT_LANG = 'en-US';

const exact = (halfPoints: number) => ({ line: lineTwips(halfPoints), lineRule: LineRuleType.EXACT });

// Heading sizes and spacing are the PDF's (src/render/pdf/blocks.ts HEADING): space before and
// after in points, × 20 for twips.
function heading(level: 1 | 2 | 3, before: number, after: number) {
  return {
    run: { font: FONTS, bold: true, boldComplexScript: true, size: HEADING_SIZE[level], sizeComplexScript: HEADING_SIZE[level], color: '000000' },
    // keepNext: the heading moves to the next page with the paragraph after it (docs/architecture.md §Rendering).
    paragraph: { keepNext: true, keepLines: true, spacing: { before: before * 20, after: after * 20, ...exact(HEADING_SIZE[level]) } },
  };
}

/** Space after each heading style, twips (the PDF's HEADING[level].after, src/render/pdf/blocks.ts). */
export const HEADING_AFTER: Readonly<Record<string, number>> = { Title: 120, Heading1: 120, Heading2: 80, Heading3: 40 };

/** Built once per process: the styles are the same for every document. */
export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONTS, size: BODY_SIZE, sizeComplexScript: BODY_SIZE, language: { value: DOCUMENT_LANG } },
      paragraph: { spacing: { before: PARA_BEFORE, after: 0, ...exact(BODY_SIZE) } },
    },
    // The document's title (its level-1 heading): centred, 16 pt bold, as the PDF prints it.
    title: {
      run: { font: FONTS, bold: true, boldComplexScript: true, size: TITLE_SIZE, sizeComplexScript: TITLE_SIZE, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, outlineLevel: 0, spacing: { before: 280, after: HEADING_AFTER.Title, ...exact(TITLE_SIZE) } },
    },
    heading1: heading(1, 14, HEADING_AFTER.Heading1! / 20),
    heading2: heading(2, 14, HEADING_AFTER.Heading2! / 20),
    heading3: heading(3, 10, HEADING_AFTER.Heading3! / 20),
  },
};
