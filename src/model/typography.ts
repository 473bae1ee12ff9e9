// The text layer's typography rules, shared by the PDF and DOCX renderers (one rule, both formats).
//
// 1. Units a reader holds together never break across lines (issue 15 point 14; the Chicago
//    Manual of Style 6.121 and The Bluebook rule 6.2 put no line break inside a section
//    reference or a citation): the spaces inside them become NO-BREAK SPACE (U+00A0) and the
//    break opportunity between the links of a subsection chain "(c)(2)(A)" is removed with a
//    WORD JOINER (U+2060). Both are plain Unicode: our PDF line breaker (UAX #14, `linebreak`),
//    Word and LibreOffice (ICU) all honour them, and both print as a space / as nothing.
//    - "§ 1593", "§§ 1591–1594": the section sign and its number;
//    - "18 U.S.C. § 1593(c)(2)(A)", "8 C.F.R. 214.204(c)", "8 CFR 214.11": title, code, section and
//      its subsection chain, and the same for the reporters and rules cited in the domain documents
//      ("304 F. App'x 922", "995 F.3d 342", "Fed. R. Crim. P. 49.1");
//    - an amount "$2,100.00" has no break opportunity in UAX #14 already (checked by the tests);
//    - a time "11:00 PM", "11:00 PM EDT";
//    - a date's month and day: "March 8, 2026" (the year may start the next line), "8 March 2026";
//    - "No." and its number: "No. 4:17-cr-00907-RBH" (a case number's own hyphens: ../render/pdf/breaks.ts
//      isNumberHyphen), when the "No." is the abbreviation, as what precedes it says (numberSign):
//      "Case No. 3", "Dkt. No. 45", "in No. 17-1234", "(No. 3)", a caption's "CASE NO. 3"; not a sentence's word "No."
//      before a number ("she said No. 3 people came", "“No. 3 of them…”").
// 2. A script other than Latin in a run (a name in Greek, Cyrillic, CJK) is a span in another
//    language for accessibility (PDF/UA-1 7.2, WCAG 3.1.2): `languageSpans` finds those spans and
//    names the most likely language of the script (a name's script says little more).

import { addressSpans } from './addresses.js';
import { CELL_TEXT, RenderMemo } from './scratch.js';

const NBSP = '\u00a0';
const WJ = '\u2060';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
/** Codes, reporters and rules whose citation is `<volume or title> <code> <section or page>`. */
const CODES = "U\\.S\\.C\\.A?|C\\.F\\.R\\.|CFR|USC|U\\.S\\.|S\\. Ct\\.|F\\.(?: Supp\\.)?(?: ?[234]d| 4th)?|F\\. App'x|F\\. App’x|Fed\\. R\\. (?:Crim|Civ|Evid|App)\\. P\\.|Fed\\. Reg\\.|Stat\\.|I&N Dec\\.";

/** Spaces inside the units; each rule turns the spaces of its match into U+00A0. */
export const UNIT_RULES: readonly RegExp[] = [
  // <title> <code> [§] <section>: "18 U.S.C. § 1593", "8 C.F.R. 214.11", "304 F. App'x 922"
  new RegExp(`\\b\\d+ (?:${CODES})(?: §§?)? (?=[0-9])`, 'g'),
  // A rule cited without a volume: "Fed. R. Crim. P. 49.1"
  /\bFed\. R\. (?:Crim|Civ|Evid|App)\. P\. (?=\d)/g,
  // The section sign and its number (or letter-number, "§ 214.11(a)")
  /§§? +(?=[0-9A-Za-z(])/g,
  // A time and its meridiem (and zone): "11:00 PM", "8:00 p.m. PDT"
  /\b\d{1,2}:\d{2} (?:AM|PM|a\.m\.|p\.m\.)(?: [A-Z]{2,5}\b)?/g,
  // A date's month and day, either order: "March 8", "8 March"
  new RegExp(`\\b(?:(?:${MONTHS}) \\d{1,2}\\b|\\d{1,2} (?:${MONTHS}))`, 'g'),
  // "No." and the number it abbreviates: a case number "No. 4:17-cr-00907-RBH", "Nos. 2 and 3"
  // (the Chicago Manual of Style 7.43 keeps an abbreviation with the number it goes with). A
  // candidate only: numberSign decides by what precedes it (NUMBER_SIGN_RULE). In capitals too, as
  // a caption sets it: "CASE NO. 4:17-cr-00907-RBH" was not held.
  /\b(?:Nos?|NOS?)\. (?=\d)/g,
];

/** The index in UNIT_RULES of the "No." rule, whose matches numberSign keeps or leaves. */
const NUMBER_SIGN_RULE = 5;

/**
 * Words after which "No." is the abbreviation of a number, not the word: the prepositions,
 * conjunctions and articles a legal text puts before a cited number ("consolidated with No.
 * 17-1234", "in No. 3", "the No. 2 count"). A sentence's "No." before a number follows a verb
 * ("she said No. 3 people came") or a quotation's punctuation, which are not here.
 */
const BEFORE_NUMBER_SIGN = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'including', 'into', 'of', 'on', 'or', 'per', 're', 'see', 'than', 'the', 'to', 'under', 'with']);

/**
 * A "No. " the rule matched at `at` of `text`, its space made non-breaking when what precedes says
 * it is the abbreviation of "number" (before a figure, as in a case or docket number), or as it
 * was when it is a sentence's "No." that a number happens to follow:
 * - "Nos." ("NOS.") is always the abbreviation (no sentence says "Nos.");
 * - the start of the text, or an opening bracket right before it: "No. 4:17-cr-…" opening a
 *   caption's cell, "(No. 3)";
 * - a word beginning with a capital or a digit, without punctuation after it: "Case No.",
 *   "ECF No.", "Form I-914 No.";
 * - a capitalized abbreviation of up to four letters, or initials: "Dkt. No.", "Crim. No.",
 *   "Ex. No.", "U.S. No."; a longer word with a period ends a sentence ("…the hearing. No. 3
 *   people came");
 * - one of the words that lead a cited number (BEFORE_NUMBER_SIGN): "consolidated with No. 17-1234";
 * - a comma or semicolon, as a citation sets its docket number after the parties' names: "United
 *   States v. Clayton, No. 2:18-cr-00524-RBS" (The Bluebook rule 10.8.1).
 * Anything else is a sentence's "No.": after a verb ("she said No. 3 people came"), an opening
 * quotation mark, a colon or dash, or a "!" or "?". A run that begins at "No."
 * (one after a bold word, "**Case** No. 3") counts as the start of a text: held, as before.
 * Module-level (no closure per call).
 */
function numberSign(m: string, at: number, text: string): string {
  if (m.charCodeAt(2) !== 0x2e) return nonBreaking(m); // "Nos.", "NOS."
  let end = at;
  if (end === 0) return nonBreaking(m);
  const before = text[end - 1]!;
  if (before === '(' || before === '[') return nonBreaking(m);
  if (before !== ' ' && before !== NBSP) return m; // an opening quotation mark, a dash, a slash…
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === NBSP)) end--;
  let start = end;
  while (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== NBSP && text[start - 1] !== '\n') start--;
  const word = text.slice(start, end);
  if (word === '') return nonBreaking(m);
  if (word.endsWith(',') || word.endsWith(';')) return nonBreaking(m); // a citation's comma: "v. Clayton, No. 2:18-cr-…"
  if (/^(?:[A-Z][A-Za-z]{0,3}\.|(?:[A-Z]\.)+)$/.test(word)) return nonBreaking(m);
  if (/^[\p{Lu}\p{Nd}][\p{L}\p{Nd}\-\u2010\u2011]*$/u.test(word)) return nonBreaking(m);
  if (BEFORE_NUMBER_SIGN.has(word.toLowerCase())) return nonBreaking(m);
  return m;
}

/**
 * What every match of the unit rule at the same index contains, tested on the text before the rule
 * is run (issue 18): the rules scan the whole text at every position, and most texts that reach
 * them (a worksheet's paragraphs of citations) match few of them. The code rule's match holds a
 * number, a space and a code, and every code begins with C, F, I, S or U; the date rule's holds a
 * month's name, and every name and abbreviation holds one of the twelve three-letter stems. Each
 * test is a necessary condition only: a text that passes it is still given to the rule itself.
 * The one-year worksheet's 112 distinct texts that reach the rules: the date rule matches 16 of
 * them, and ran over all 112 (16.8 thousand characters) with its two alternations of 23 names.
 */
const UNIT_RULE_NEEDS: ReadonlyArray<string | RegExp> = [/\d [CFISU]/, 'Fed. R. ', '§', ':', /Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec/, /N[oO]/];

/** Whether `text` holds what every match of unit rule `i` holds (UNIT_RULE_NEEDS). */
function mayMatch(i: number, text: string): boolean {
  const need = UNIT_RULE_NEEDS[i]!;
  return typeof need === 'string' ? text.includes(need) : need.test(text);
}

/**
 * The unit rules that `text` passes the first test of (UNIT_RULE_NEEDS), by index: the rules
 * keepUnitsTogether runs on it (tests).
 */
export function unitRulesFor(text: string): number[] {
  const out: number[] = [];
  if (text.includes(' ')) for (let i = 0; i < UNIT_RULES.length; i++) if (mayMatch(i, text)) out.push(i);
  return out;
}

/** A unit rule's match with its spaces made non-breaking (module-level: no closure made per call). */
function nonBreaking(m: string): string {
  return m.replaceAll(' ', NBSP);
}

/** A subsection chain "(c)(2)(A)": no break between ")" and "(" (UAX #14 allows one there). */
const CHAIN = /(\([0-9A-Za-z]{1,6}\))(?=\([0-9A-Za-z]{1,6}\))/g;

/**
 * Text with the spaces inside held-together units made non-breaking and subsection chains
 * joined (see the header). Idempotent; returns `text` itself when nothing applies. `cell`: `text`
 * is a table cell's line (column fitting), remembered whatever its length for the line breaker.
 */
export function keepUnitsTogether(text: string, cell = false): string {
  // Fast path: every unit rule's match holds a U+0020 and a subsection chain holds ")(", so a run
  // with neither (a table cell's amount, date or hours: most cells) is returned as it is, neither
  // tested by the triggers' expression nor looked up in the memo (issue 18: the rules were ~4 % of
  // a worksheet's render). Most other runs have none of the triggers.
  if (!text.includes(' ') && !text.includes(')(')) return text;
  if (!/[§:\d]|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text)) return text;
  return unitsMemo.of(text, () => applyUnitRules(text), text, cell);
}

/**
 * Runs with a trigger already seen in this render (table cells: "40 hours", "Jan 5 - Jan 11",
 * amounts repeat down a column; column fitting's pass over a cell, then the line breaker's) and
 * their result: the five unit rules run once per cell text, and per other text up to CELL_TEXT.
 * Emptied when the render ends (./scratch.ts) and bounded within one.
 */
const unitsMemo = new RenderMemo<string>(CELL_TEXT);

function applyUnitRules(text: string): string {
  let out = text;
  if (text.includes(' ')) {
    for (let i = 0; i < UNIT_RULES.length; i++) if (mayMatch(i, text)) out = out.replace(UNIT_RULES[i]!, i === NUMBER_SIGN_RULE ? numberSign : nonBreaking);
  }
  if (out.includes(')(')) out = out.replace(CHAIN, chainLink);
  return out;
}

/**
 * A link of a subsection chain with the word joiner after it, but inside a web address ("…/section-
 * 214.204#p-214.204(c)(2)", the eCFR's anchor of a paragraph): there the joiner would be a
 * character of the address in the DOCX's text, so the address copied out of Word or LibreOffice
 * would be another (the PDF prints and copies it as nothing; an address breaks only at its own
 * places anyway, ../render/pdf/breaks.ts). Module-level (no closure per call).
 */
function chainLink(m: string, link: string, at: number, text: string): string {
  for (const [a, b] of addressSpans(text)) if (at >= a && at < b) return m;
  return link + WJ;
}

// ---- Language of spans in other scripts ---------------------------------------------------------

/**
 * The most likely language of text in a script (BCP 47), for screen readers to switch voice: only
 * scripts one language (or one language overwhelmingly) writes. Cherokee's syllabary writes
 * Cherokee alone (`chr`). Ethiopic is not tagged: Harbor's cases write Tigrinya (`ti`) and Amharic
 * (`am`) in it alike (and Tigre, Ge'ez), the script does not say which, and a wrong tag makes a
 * screen reader read the text in the other language's voice; the span keeps the document's tag.
 */
const SCRIPT_LANG: Array<[RegExp, string]> = [
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Cherokee}/u, 'chr'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Arabic}/u, 'ar'],
];
const NON_LATIN = /[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Han}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Cherokee}\p{Script=Hebrew}\p{Script=Arabic}]/u;

/** A piece of a text run; `lang` is set on pieces in another script than the document's. */
export interface LangSpan {
  text: string;
  lang?: string;
}

/** The language of one character's script, or undefined for Latin, digits, punctuation. */
function langOf(ch: string): string | undefined {
  if (!NON_LATIN.test(ch)) return undefined;
  for (const [re, lang] of SCRIPT_LANG) if (re.test(ch)) return lang;
  return undefined;
}

/**
 * Split a run into spans by script language: a stretch of Greek, Cyrillic, CJK ... (with the
 * spaces and punctuation between its letters) gets that language; the rest has none (the
 * document's language). Japanese wins over Chinese for a stretch that has kana.
 */
export function languageSpans(text: string): LangSpan[] {
  if (!NON_LATIN.test(text)) return [{ text }];
  const spans: LangSpan[] = [];
  let cur = null as LangSpan | null;
  let pendingNeutral = '';
  for (const ch of text) {
    const lang = langOf(ch);
    const neutral = lang === undefined && !/[\p{L}\p{N}]/u.test(ch);
    if (neutral && cur?.lang !== undefined) {
      pendingNeutral += ch; // spaces/punctuation: join the stretch only if it continues
      continue;
    }
    const effective: string | undefined = lang === 'zh' && cur?.lang === 'ja' ? 'ja' : lang;
    if (cur && cur.lang === effective) {
      cur.text += pendingNeutral + ch;
    } else {
      // Spaces and punctuation after a stretch in another script go with what follows.
      cur = effective === undefined ? { text: pendingNeutral + ch } : { text: ch, lang: effective };
      if (effective !== undefined && pendingNeutral) spans.push({ text: pendingNeutral });
      spans.push(cur);
    }
    pendingNeutral = '';
  }
  if (pendingNeutral) {
    if (cur && cur.lang === undefined) cur.text += pendingNeutral;
    else spans.push({ text: pendingNeutral });
  }
  // A Chinese stretch that turns out to contain kana later is Japanese.
  for (const s of spans) if (s.lang === 'zh' && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s.text)) s.lang = 'ja';
  return spans;
}
