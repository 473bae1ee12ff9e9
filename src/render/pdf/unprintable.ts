// What the PDF cannot print, in words, for the two places that refuse it: the pipeline's check of
// the case (src/pipeline.ts, naming the field) and the renderer's backstop for template text
// (./text.ts). No font or layout code here, so `harbor check` can load it without the renderer.
import { HarborError } from '../../errors.js';

/**
 * Whether `e` is the PDF's refusal of text no embedded font prints (unsupported-character,
 * unsupported-script), which the DOCX takes: what a measure for the DOCX (src/render/table-fit.ts,
 * src/render/docx/index.ts) and a batch's format=both (src/batch/run.ts) get past.
 */
export function isUnprintable(e: unknown): e is HarborError {
  return e instanceof HarborError && (e.code === 'unsupported-character' || e.code === 'unsupported-script');
}

// Private use (no shared meaning) and unassigned code points: no font anywhere can be counted on.
const NO_MEANING = /[\p{Co}\p{Cn}]/u;
// A symbol (a dingbat, an emoji, a sign): no script to transliterate from, so the advice is words.
const SYMBOL = /[\p{S}\p{Extended_Pictographic}\u20E3]/u; // U+20E3: a keycap, "1️⃣"

/**
 * The scripts no embedded face prints that a case is likely to hold, by name: the message names
 * the script, as the right-to-left one says "right-to-left text", where "contains U+0E2A" left a
 * user who typed a Thai name to look the code up. Most need shaping the PDF renderer does not do.
 */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Thai}/u, 'Thai'],
  [/\p{Script=Lao}/u, 'Lao'],
  [/\p{Script=Khmer}/u, 'Khmer'],
  [/\p{Script=Myanmar}/u, 'Burmese (Myanmar)'],
  [/\p{Script=Tibetan}/u, 'Tibetan'],
  [/\p{Script=Sinhala}/u, 'Sinhala'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/\p{Script=Bengali}/u, 'Bengali'],
  [/\p{Script=Gurmukhi}/u, 'Gurmukhi'],
  [/\p{Script=Gujarati}/u, 'Gujarati'],
  [/\p{Script=Oriya}/u, 'Odia'],
  [/\p{Script=Tamil}/u, 'Tamil'],
  [/\p{Script=Telugu}/u, 'Telugu'],
  [/\p{Script=Kannada}/u, 'Kannada'],
  [/\p{Script=Malayalam}/u, 'Malayalam'],
  [/\p{Script=Mongolian}/u, 'Mongolian'],
  [/\p{Script=Tifinagh}/u, 'Tifinagh'],
];

/**
 * An emoji shown as a picture by default (Emoji_Presentation, UTS #51: 😀 🙂 🔪, not ⚠ or ❤, text
 * symbols unless a variation selector asks otherwise). A text message quoted in a narrative holds
 * them; "contains U+1F642" sent the caseworker to look the code up to learn it was the smiley.
 */
const EMOJI = /\p{Emoji_Presentation}/u;

/**
 * A character as a message names it: its code point, with its script when one of SCRIPTS ("Thai
 * text (U+0E2A)"), or "an emoji (U+1F642)"; `emoji`: the text shows it as one (a text symbol
 * followed by U+FE0F, "❤️", or a keycap: ./fonts.ts findUnprintable).
 */
export function characterName(cp: number, codePoint: string, emoji = false): string {
  const ch = String.fromCodePoint(cp);
  for (const [re, name] of SCRIPTS) if (re.test(ch)) return `${name} text (${codePoint})`;
  if (emoji || EMOJI.test(ch)) return `an emoji (${codePoint})`;
  return codePoint;
}

/** What to give instead of a character no embedded font has: its field in Latin letters, or a symbol in words. */
function insteadOf(cp: number, subject: string): string {
  return SYMBOL.test(String.fromCodePoint(cp)) ? `write the symbol in words in ${subject}` : `give ${subject} in Latin transliteration`;
}

/**
 * Why a character has no glyph in the PDF, and what to do. The PDF embeds Noto Serif (Latin,
 * Greek, Cyrillic), a face per script that needs no shaping (Korean Hangul, Ethiopic, Armenian,
 * Georgian, Cherokee), Noto Naskh Arabic and Noto Serif Hebrew (shaped, ./shape.ts) and Droid
 * Sans Fallback (Chinese and Japanese: Han, kana, bopomofo; assets/fonts/README.md); everything
 * else (Thai, Lao, Khmer, Burmese, the Indic scripts, emoji…) has no glyph, and the scripts among
 * them that need shaping could not be laid out anyway. The DOCX keeps the text as text, and Word or
 * LibreOffice draw it with the reader's own fonts, as it does for the right-to-left scripts the PDF
 * does not print: the same way out as for those.
 */
export function noGlyphAdvice(cp: number, subject = 'this field'): string {
  if (NO_MEANING.test(String.fromCodePoint(cp))) return 'a private-use or unassigned character that no font can be relied on to print; remove or replace it';
  return `which no font embedded in the PDF can print; render this case as DOCX (Word and LibreOffice show it with the reader’s own fonts), or ${insteadOf(cp, subject)}`;
}

/**
 * A DOCX render's warning for the same characters (src/generate.ts unembeddedText): the DOCX embeds
 * the PDF's faces, so a character the PDF has no glyph for is in no embedded font of the DOCX
 * either, and Word or LibreOffice print it with a font of the reader's, or as empty boxes.
 */
export function noEmbeddedFontAdvice(cp: number): string {
  if (NO_MEANING.test(String.fromCodePoint(cp))) return 'a private-use or unassigned character that no font can be relied on to print; remove or replace it';
  return `which no font embedded in the DOCX has: Word and LibreOffice print it only with a font of the reader’s, as empty boxes where the reader has none; check the printed document, or ${insteadOf(cp, 'this field')}`;
}

/**
 * The right-to-left counterpart: a right-to-left script other than Hebrew and Arabic (Syriac,
 * Thaana, N'Ko, Adlam…), or an explicit right-to-left embedding; the message says which scripts print.
 */
export function rtlAdvice(subject = 'this field'): string {
  return `which the PDF renderer does not lay out (it prints Hebrew and Arabic-script text: Arabic, Persian, Dari, Pashto, Urdu); render this case as DOCX, or give ${subject} in Latin transliteration`;
}
