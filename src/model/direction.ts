// A paragraph's direction, one rule for both renderers (the PDF's layout, ../render/pdf/text.ts
// and blocks.ts; the DOCX's w:bidi, ../render/docx/runs.ts and blocks.ts), so a paragraph, a list
// item or a signature is laid out from the same side in both formats.
//
// A paragraph's (and a table cell's) direction is that of its first strong character (UAX #9
// P2–P3): its first letter, a letter being strong (bidi class L, R or AL) and digits and
// punctuation weak or neutral. So an Arabic or Hebrew paragraph quoting English ('قال لي "I will
// pay your debt" ثم غادر') is right to left, with its English quotation ordered within it, where
// the rule that every letter be right-to-left laid it out left to right in both formats (its
// Arabic read from the wrong end of the cell); an English sentence is left to right whatever
// names it holds after its first word. The cost: a paragraph that opens with a right-to-left name
// and goes on in English ("مريم الحسن was born in Aleppo") is right to left too, its English
// phrase placed left of the name (the earlier rule, a higher-level protocol by UAX #9 HL1, kept it
// left to right, and every Arabic paragraph quoting English with it). No letter (a date in
// Arabic-Indic digits alone, "٢٠٢٦/٣/٧") is left to right (P3: no strong character).
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
const LETTER = /\p{L}/u;

/** Whether `text` is right-to-left text: its first letter (its first strong character, UAX #9 P2) is of a right-to-left script. */
export function isRtlText(text: string): boolean {
  const first = LETTER.exec(text);
  return first !== null && RTL_LETTER.test(first[0]);
}

/** Whether `text` has a letter of a right-to-left script (a signature's line that reads right to left). */
export function hasRtlLetter(text: string): boolean {
  return RTL_LETTER.test(text);
}
