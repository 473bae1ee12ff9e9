// A paragraph's direction, one rule for both renderers (the PDF's layout, ../render/pdf/text.ts
// and blocks.ts; the DOCX's w:bidi, ../render/docx/runs.ts and blocks.ts), so a paragraph, a list
// item or a signature is laid out from the same side in both formats.
//
// A paragraph's (and a table cell's) direction is decided by its letters (a letter being strong,
// bidi class L, R or AL; digits and punctuation weak or neutral, deciding nothing), quotations set
// aside: the letters between a pair of double quotation marks ("…", “…”, «…», „…“) are the words
// of someone quoted, not the language of the sentence quoting them (unless the paragraph is only
// a quotation, when its letters are all it has). Of the letters left:
// - the first of a left-to-right script: left to right, whatever follows (an English sentence
//   naming a child in Arabic at its end; a label, "Other names: سلمى عبد; נועה לוי");
// - the first and the last of a right-to-left script: right to left;
// - the first right-to-left, the last not: left to right when a name (NAME_WORDS right-to-left
//   words at most) ends on an annotation in brackets of left-to-right letters alone ("יוסף כהן
//   (deceased)", a cell of an English table: the filing's words about the name, ANNOTATED; a
//   longer text is a sentence, "ولدت مريم في حلب ثم انتقلت مع خالتها (Maria)", and goes on to
//   the words); else the direction of the more words, a tie
//   left to right (an English sentence opening on an Arabic name, "مريم الحسن was born in
//   Aleppo", is left to right; an Arabic sentence ending on an English name, right to left).
// UAX #9 P2–P3 take the first strong character alone; Harbor's documents are English filings, and
// HL1 lets a higher-level protocol set the direction, which this rule does by what frames the text
// and what most of its words are written in:
// - an Arabic or Hebrew paragraph quoting English ('قال لي "I will pay your debt" ثم غادر') is
//   right to left, its English quotation ordered within it (the rule that every letter be
//   right-to-left laid it out left to right in both formats, its Arabic read from the wrong end);
//   so is one ending on its quotation ('قال لي "I will pay your debt."'), which the rule of the
//   first and last letters alone (round r50) laid out left to right, its Arabic runs each ordered
//   within an English line;
// - an English sentence that opens or ends with a right-to-left name ("مريم الحسن was born in
//   Aleppo", "She was born in Aleppo as مريم الحسن") stays left to right, as it is read in an
//   English filing (P2 alone would put its English phrase left of the name): its English words
//   are the more, or it opens in English; so does a list of names in several scripts
//   ("سلمى عبد الرحمن; 王小梅; सलमा देवी": three words and three);
// - the cost: an Arabic sentence that opens on a Latin word outside quotation marks (a brand
//   name) is left to right, its Arabic runs each ordered right to left within it.
// No letter (a date in Arabic-Indic digits alone, "٢٠٢٦/٣/٧") is left to right (P3: no strong character).
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
/**
 * A word: letters and the marks on them (a Devanagari vowel sign, Arabic harakat), counted where
 * the first and last letters disagree; words, not letters, since a word is one in any script (a
 * Chinese name is three letters, an Arabic one six).
 */
const WORDS = /\p{L}[\p{L}\p{M}]*/gu;
/** A quotation: a pair of double quotation marks and what is between them (straight, curly, guillemets, low-9). */
const QUOTATION = /"[^"]*"|\u201C[^\u201D]*\u201D|\u00AB[^\u00BB]*\u00BB|\u201E[^\u201C\u201D]*[\u201C\u201D]/g;
const QUOTE_MARK = /["\u201C\u00AB\u201E]/;

/**
 * Text ending on the filing's own words about it in brackets, of left-to-right letters alone, after
 * a right-to-left letter: "יוסף כהן (deceased)", "مريم الحسن (mother)", "שרה כהן [sic]", a
 * punctuation mark or a line after them allowed. The annotation is the English filing's, as a label
 * before names is ("Father: יוסף כהן"): the text is left to right, the name ordered within it,
 * where the more words (two and one) made it right to left, "(deceased)" drawn left of the name.
 */
const ANNOTATED = new RegExp(`[${RTL_RANGES}][^()\\[\\]]*(?:\\([^()\\[\\]${RTL_RANGES}]*\\p{L}[^()\\[\\]${RTL_RANGES}]*\\)|\\[[^()\\[\\]${RTL_RANGES}]*\\p{L}[^()\\[\\]${RTL_RANGES}]*\\])[^\\p{L}]*$`, 'u');

/**
 * The most right-to-left words an annotated name has (ANNOTATED): a given name and up to three
 * more (a father's and grandfather's name and a family name, "محمد عبد الله الحسن"; "بن" and "עבד" are words). More
 * is a sentence, whose first strong letter decides (UAX #9 P2): "ولدت مريم في حلب ثم انتقلت مع
 * خالتها (Maria)", an Arabic sentence ending on an English name in brackets, was left to right in
 * both formats (round r55's rule took every annotated text so), its Arabic read from the wrong end.
 */
const NAME_WORDS = 4;

/** Whether `text` is right-to-left text (the rule above: its letters outside quotations decide, an English opening first). */
export function isRtlText(text: string): boolean {
  const unquoted = QUOTE_MARK.test(text) ? text.replace(QUOTATION, ' ') : text;
  const t = unquoted === text || LETTER.test(unquoted) ? unquoted : text; // only a quotation: its letters
  const first = LETTER.exec(t);
  if (first === null) return false;
  if (!RTL_LETTER.test(first[0])) return false;
  if (RTL_LETTER.test(lastLetter(t)!)) return true;
  const words = t.match(WORDS)!;
  let rtl = 0;
  for (const w of words) if (RTL_LETTER.test(w)) rtl++; // a word's letters are of one script: its first decides
  if (rtl <= NAME_WORDS && ANNOTATED.test(t)) return false;
  return rtl > words.length - rtl;
}

/**
 * The quotations of `text` (QUOTATION: a pair of double quotation marks and what is between them)
 * whose letters are all of left-to-right scripts, at least one: [start, end) in code units, the
 * marks included. In a right-to-left paragraph each is laid out as one left-to-right piece, its
 * marks with it, as if isolated (UAX #9 LRI…PDI, X5a): the algorithm pairs brackets (N0) but not
 * quotation marks, and an opening “ between the Arabic and the English took the paragraph's
 * direction (N1), drawn at the English run's far end, ”I will pay your debt“. Both renderers ask
 * it (../render/pdf/bidi.ts embeddingLevels; ../render/docx/runs.ts, with left-to-right marks).
 */
export function leftToRightQuotations(text: string): Array<[number, number]> {
  if (!QUOTE_MARK.test(text)) return [];
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(QUOTATION)) if (LETTER.test(m[0]) && !RTL_LETTER.test(m[0])) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The last letter of `text` (a code point, astral planes included); undefined when it has none. */
function lastLetter(text: string): string | undefined {
  for (let i = text.length; i > 0; ) {
    const low = text.charCodeAt(i - 1);
    const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
    const ch = String.fromCodePoint(text.codePointAt(start)!);
    if (LETTER.test(ch)) return ch;
    i = start;
  }
  return undefined;
}

/**
 * A right-to-left stretch: right-to-left characters and the spaces and punctuation between them,
 * but a semicolon (it ends a stretch: "; " is the English list's separator, Arabic writes "؛"),
 * a letter of another script, a digit or a line break. The DOCX writes each as a run (w:rtl).
 */
export const RTL_STRETCH = new RegExp(`[${RTL_RANGES}](?:[^\\p{L}\\p{N};\\n]*[${RTL_RANGES}])*`, 'gu');
const RTL_CHAR = new RegExp(`[${RTL_RANGES}]`, 'u');
const LTR_LETTER = new RegExp(`(?![${RTL_RANGES}])\\p{L}`, 'u');

/**
 * Where a left-to-right paragraph's `text` (a paragraph, its line breaks as "\n") needs a
 * left-to-right mark (U+200E, invisible): after each right-to-left stretch (RTL_STRETCH) that
 * another right-to-left letter or a European digit follows with no left-to-right letter and no
 * line break between. The name is then isolated in its English line (as if RLI … PDI, UAX #9
 * X5a): a number after it, "Father: יוסף כהן (1950–2019)", is not drawn on the name's far side
 * with its brackets, "(2019–1950)" (W7, N1: the digits took the name's direction), and a list of
 * names, "سلمى عبد الرحمن; שרה כהן", shows in the order written, the separator between them left
 * to right (N1), not as one right-to-left sequence, last name first. A bracket the stretch opened
 * and that closes right after it ("مريم (ميمي)") is the stretch's: the mark after it, so the pair
 * holds right-to-left text alone and is right to left (N0), as LibreOffice shows the DOCX.
 *
 * One rule, both renderers: the PDF resolves its levels as if the marks were there
 * (../render/pdf/bidi.ts), the DOCX writes them (../render/docx/runs.ts isolateRtl), over the
 * paragraph's whole text, so a name in two runs (one word bold) is one stretch in both: the DOCX
 * decided run by run and put a mark between the two words, the name drawn first word left.
 * Code unit offsets, ascending.
 */
export function rtlIsolationMarks(text: string): number[] {
  const at: number[] = [];
  if (!RTL_CHAR.test(text)) return at;
  for (const m of text.matchAll(RTL_STRETCH)) {
    let end = m.index + m[0].length;
    let open = 0;
    for (const ch of m[0]) open += ch === '(' || ch === '[' ? 1 : ch === ')' || ch === ']' ? -1 : 0;
    while (open > 0 && (text[end] === ')' || text[end] === ']')) {
      end++;
      open--;
    }
    for (const ch of text.slice(end)) {
      if (RTL_CHAR.test(ch) || (ch >= '0' && ch <= '9')) {
        at.push(end);
        break;
      }
      if (ch === '\n' || LTR_LETTER.test(ch)) break;
    }
  }
  return at;
}

/** Whether `text` has a letter of a right-to-left script (a signature's line that reads right to left). */
export function hasRtlLetter(text: string): boolean {
  return RTL_LETTER.test(text);
}

/**
 * A number written with a sign or currency before it ("−15%", "+3", "-2", "±0.5", "$40.00",
 * "€12", "−$40.00"): one or more signs (+, hyphen-minus, −, ±, a currency symbol; the
 * non-breaking hyphen and word joiner the DOCX holds a sign to its digits with), European digits, the
 * digits' separators, and a percent or per-mille sign after them. Only where the sign starts a
 * word (no letter, digit or mark just before it): "ל-10" and "ב-2010" (Hebrew "to 10", "in
 * 2010") join a prefix to a number with a hyphen, and "10-15" is a range, each ordered as UAX #9
 * orders it. Arabic-Indic digits are left to the algorithm, which orders them as Arabic reads them.
 */
const SIGNED_NUMBER = /(?<![\p{L}\p{N}\p{M}])[+\-\u2011\u2212\u00B1\p{Sc}][+\-\u2011\u2212\u00B1\p{Sc}\u2060]*[0-9](?:[0-9.,\u2060]*[0-9])?[%\u2030]?/gu;

/**
 * Where `text` has a number written with a sign or currency before it (above), code unit offsets
 * [start, end), ascending. In a right-to-left line the algorithm (UAX #9) gives such a number's
 * digits a level above their sign's (a minus or plus between a letter and a digit is neutral,
 * W6 and N1; after an Arabic letter a currency sign or a percent sign is too, W2 and W5), so
 * "−15%" after Hebrew was drawn "15%−" and "$40.00" after Arabic "40.00$": both renderers show
 * it as written, one left-to-right piece (../render/pdf/bidi.ts raiseSignedNumbers,
 * ../render/docx/runs.ts markSignedNumbers; docs/rendering.md's table).
 */
export function signedNumbers(text: string): Array<[number, number]> {
  if (!/[0-9]/.test(text)) return [];
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(SIGNED_NUMBER)) out.push([m.index, m.index + m[0].length]);
  return out;
}
