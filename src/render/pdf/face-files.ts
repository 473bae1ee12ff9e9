// The files of the PDF's faces and their families (assets/fonts/README.md), apart from fonts.ts so
// that a module of the main thread can name them without loading fontkit: the render pool reads the
// body faces once for all its threads (./shared-faces.ts).
import { rootUrl } from '../../paths.js';

/**
 * Faces of the body family (by bold/italic marks), then the fallbacks. Closed: a face added here
 * needs its file and family in FACES, and the layout's face index (./text.ts) reads FACE_IDS.
 */
export type FaceId =
  | 'regular'
  | 'bold'
  | 'italic'
  | 'bold-italic'
  | 'cjk'
  | 'cjk-bold'
  | 'hangul'
  | 'hangul-bold'
  | 'ethiopic'
  | 'ethiopic-bold'
  | 'armenian'
  | 'armenian-bold'
  | 'georgian'
  | 'georgian-bold'
  | 'cherokee'
  | 'cherokee-bold'
  | 'arabic'
  | 'arabic-bold'
  | 'hebrew'
  | 'hebrew-bold';

/**
 * A face's file in assets/fonts/, its family name (the DOCX's w:font) and whether it has serifs
 * (the PDF's FontDescriptor flag); `emboldens`: a bold drawn from that regular face's glyphs
 * (synthetic bold: see SYNTHETIC_BOLD_STROKE), where the script's family ships no bold.
 */
export interface FaceFile {
  file: string;
  family: string;
  serif: boolean;
  emboldens?: FaceId;
}

export const FACES: Record<FaceId, FaceFile> = {
  regular: { file: 'NotoSerif-Regular.ttf', family: 'Noto Serif', serif: true },
  bold: { file: 'NotoSerif-Bold.ttf', family: 'Noto Serif', serif: true },
  italic: { file: 'NotoSerif-Italic.ttf', family: 'Noto Serif', serif: true },
  'bold-italic': { file: 'NotoSerif-BoldItalic.ttf', family: 'Noto Serif', serif: true },
  cjk: { file: 'DroidSansFallbackFull.ttf', family: 'Droid Sans Fallback', serif: false },
  // Droid Sans Fallback has no bold: bold Chinese and Japanese are its glyphs emboldened, as Word
  // and LibreOffice print the DOCX's bold runs in it (SYNTHETIC_BOLD_STROKE).
  'cjk-bold': { file: 'DroidSansFallbackFull.ttf', family: 'Droid Sans Fallback', serif: false, emboldens: 'cjk' },
  // Myeongjo is the Korean serif (brush-stroke) style, the match of Noto Serif; regular only (its
  // bold is 4.2 MB): bold Hangul (and the symbols it prints) is its glyphs emboldened, as Chinese.
  hangul: { file: 'NanumMyeongjo.ttf', family: 'NanumMyeongjo', serif: true },
  'hangul-bold': { file: 'NanumMyeongjo.ttf', family: 'NanumMyeongjo', serif: true, emboldens: 'hangul' },
  ethiopic: { file: 'NotoSerifEthiopic-Regular.ttf', family: 'Noto Serif Ethiopic', serif: true },
  'ethiopic-bold': { file: 'NotoSerifEthiopic-Bold.ttf', family: 'Noto Serif Ethiopic', serif: true },
  armenian: { file: 'NotoSerifArmenian-Regular.ttf', family: 'Noto Serif Armenian', serif: true },
  'armenian-bold': { file: 'NotoSerifArmenian-Bold.ttf', family: 'Noto Serif Armenian', serif: true },
  georgian: { file: 'NotoSerifGeorgian-Regular.ttf', family: 'Noto Serif Georgian', serif: true },
  'georgian-bold': { file: 'NotoSerifGeorgian-Bold.ttf', family: 'Noto Serif Georgian', serif: true },
  // Noto has no serif Cherokee: the sans, whose x-height and weight sit beside Noto Serif.
  cherokee: { file: 'NotoSansCherokee-Regular.ttf', family: 'Noto Sans Cherokee', serif: false },
  'cherokee-bold': { file: 'NotoSansCherokee-Bold.ttf', family: 'Noto Sans Cherokee', serif: false },
  // Right-to-left scripts, shaped (./shape.ts) and ordered by the bidi algorithm (./bidi.ts):
  // Naskh is the book style of Arabic, Persian (Dari), Pashto and Urdu letters; Noto's serif Hebrew.
  arabic: { file: 'NotoNaskhArabic-Regular.ttf', family: 'Noto Naskh Arabic', serif: true },
  'arabic-bold': { file: 'NotoNaskhArabic-Bold.ttf', family: 'Noto Naskh Arabic', serif: true },
  hebrew: { file: 'NotoSerifHebrew-Regular.ttf', family: 'Noto Serif Hebrew', serif: true },
  'hebrew-bold': { file: 'NotoSerifHebrew-Bold.ttf', family: 'Noto Serif Hebrew', serif: true },
};

/** The folder of the faces' files. */
export const FONT_DIR = rootUrl('assets/fonts/');
