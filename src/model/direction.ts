// A paragraph's direction, one rule for both renderers (the PDF's layout, ../render/pdf/text.ts
// and blocks.ts; the DOCX's w:bidi, ../render/docx/runs.ts and blocks.ts), so a paragraph, a list
// item or a signature is laid out from the same side in both formats.
//
// Harbor's documents are English filings: that is the higher-level protocol of UAX #9 (HL1) that
// sets a paragraph's direction, not its first strong character (P2), which would make "مريم الحسن
// was born in Aleppo" a right-to-left paragraph. A paragraph is right-to-left when it has a letter
// and every letter is of a right-to-left script; any other letter keeps it left to right (an
// English sentence naming a child in Arabic, a list of names in several scripts). Digits and
// punctuation are weak or neutral and decide nothing (a date "٢٠٢٦/٣/٧" in Arabic-Indic digits
// alone is left to right: it has no letter).
//
// The right-to-left scripts are those of bidi class R and AL (UnicodeData.txt): Hebrew, Arabic,
// Syriac, Thaana, N'Ko, Samaritan, Mandaic (U+0590–U+08FF), the Hebrew and Arabic presentation
// forms (U+FB1D–U+FDFF, U+FE70–U+FEFC: U+FEFF is the zero-width no-break space), and the
// right-to-left blocks of the supplementary planes (Imperial Aramaic to Old Uyghur,
// U+10800–U+10FFF; Mende Kikakui, Adlam, the Arabic mathematical letters, U+1E800–U+1EFFF).
// JavaScript's regular expressions have no Bidi_Class property, hence the ranges. The PDF prints
// Hebrew and Arabic only, and refuses the others as unsupported-script (../render/pdf/unprintable.ts);
// the DOCX takes them all, Word and LibreOffice drawing them with the reader's fonts.

/** The right-to-left code point ranges, for a regular expression's character class (flag `u`). */
export const RTL_RANGES = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFC\\u{10800}-\\u{10FFF}\\u{1E800}-\\u{1EFFF}';

const RTL_LETTER = new RegExp(`(?=[${RTL_RANGES}])\\p{L}`, 'u');
const LETTER = /\p{L}/gu;

/** Whether `text` is right-to-left text: it has a letter, and all its letters are of right-to-left scripts. */
export function isRtlText(text: string): boolean {
  let any = false;
  for (const m of text.matchAll(LETTER)) {
    if (!RTL_LETTER.test(m[0])) return false;
    any = true;
  }
  return any;
}

/** Whether `text` has a letter of a right-to-left script (a signature's line that reads right to left). */
export function hasRtlLetter(text: string): boolean {
  return RTL_LETTER.test(text);
}
