// Word styles of Harbor documents: Normal (serif 12 pt), Title, Heading1–3 (bold, kept with the
// next paragraph so a heading never sits alone at a page foot: docs/architecture.md §Rendering), and the font choice.
import type { IStylesOptions } from 'docx';
import { BODY_SIZE, HEADING_SIZE, TITLE_SIZE } from './geometry.js';

/**
 * Fonts by script slot. Word picks the slot per character: ascii/hAnsi for Latin, Greek and
 * Cyrillic, eastAsia for CJK, cs for right-to-left (complex) scripts. Nothing is embedded: Word
 * and LibreOffice substitute an installed font for a missing one and fall back per glyph, so the
 * names are preferences ("Noto Serif" where installed, else the application's serif).
 */
export const FONTS = {
  ascii: 'Noto Serif',
  hAnsi: 'Noto Serif',
  eastAsia: 'Noto Serif CJK SC',
  cs: 'Times New Roman',
} as const;

/** Space after a body paragraph: 8 pt (twips). */
const PARA_AFTER = 160;

function heading(level: 1 | 2 | 3) {
  return {
    run: { bold: true, boldComplexScript: true, size: HEADING_SIZE[level], sizeComplexScript: HEADING_SIZE[level] },
    // keepNext: the heading moves to the next page with the paragraph after it (docs/architecture.md §Rendering).
    paragraph: { keepNext: true, keepLines: true, spacing: { before: level === 1 ? 360 : 240, after: 120 } },
  };
}

/** Built once per process: the styles are the same for every document. */
export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONTS, size: BODY_SIZE, sizeComplexScript: BODY_SIZE },
      paragraph: { spacing: { after: PARA_AFTER } },
    },
    title: {
      run: { font: FONTS, bold: true, boldComplexScript: true, size: TITLE_SIZE, sizeComplexScript: TITLE_SIZE, color: '000000' },
      paragraph: { alignment: 'center', keepNext: true, keepLines: true, spacing: { after: 240 } },
    },
    heading1: heading(1),
    heading2: heading(2),
    heading3: heading(3),
  },
};
