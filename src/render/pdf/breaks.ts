// Line break opportunities (UAX #14) of a text, for line breaking (./text.ts) and column fitting
// (../columns.ts). The `linebreak` package is the authority; for text made only of characters of
// a small Latin set (most of a filing: ASCII, Latin-1 and Latin Extended-A letters, the no-break
// space, dashes, curly quotes, the word joiner) the same opportunities are found here without it.
//
// Why that is the package's answer, not an approximation (issue 18): linebreak 1.1.0's
// `nextBreak` is a pair-table state machine. Over LATIN_CLASSES none of its special rules apply
// (no CM, ZWJ, HL, RI, BK, CR, LF, NL, SA, CJ, AI class is in the set), so its whole state before
// a character is the class of the last non-space character before it (WJ when only spaces
// precede) and whether the character just before it is a space; a space never breaks and never
// changes that class; every other character's break is the pair table entry for (state class,
// its class) (DIRECT: break; INDIRECT: break only after a space; PROHIBITED: never) and makes its
// own class the state; the text's end is always an opportunity, never a required one. The
// function below is that machine with the package's classes and pair table copied in (generated
// from linebreak 1.1.0's data, its numbering). tests/render/pdf/breaks.test.ts checks every
// decision the machine can take: each pair of characters of the set, adjacent and with a space
// between, and each character after leading spaces, against the package; any text over the set
// is a sequence of such decisions.
import LineBreaker from 'linebreak';
import { addressSpans } from '../../model/addresses.js';
import { CELL_TEXT, RenderMemo } from '../../model/scratch.js';

// linebreak 1.1.0's class numbers (src/classes.js) of the classes in the set.
const OP = 0;
const CL = 1;
const CP = 2;
const QU = 3;
const GL = 4;
const EX = 6;
const SY = 7;
const IS = 8;
const PR = 9;
const PO = 10;
const NU = 11;
const AL = 12;
const IN = 15;
const HY = 16;
const BA = 17;
const BB = 18;
const B2 = 19;
const WJ = 22;
const SP = 41;
const OUTSIDE = 255;

/** Code point ranges of the set and their line break class (after the package's mapClass). */
const LATIN_CLASSES: Array<[number, number, number]> = [
  [0x20, 0x20, SP], [0x21, 0x21, EX], [0x22, 0x22, QU], [0x23, 0x23, AL], [0x24, 0x24, PR], [0x25, 0x25, PO],
  [0x26, 0x26, AL], [0x27, 0x27, QU], [0x28, 0x28, OP], [0x29, 0x29, CP], [0x2a, 0x2a, AL], [0x2b, 0x2b, PR],
  [0x2c, 0x2c, IS], [0x2d, 0x2d, HY], [0x2e, 0x2e, IS], [0x2f, 0x2f, SY], [0x30, 0x39, NU], [0x3a, 0x3b, IS],
  [0x3c, 0x3e, AL], [0x3f, 0x3f, EX], [0x40, 0x5a, AL], [0x5b, 0x5b, OP], [0x5c, 0x5c, PR], [0x5d, 0x5d, CP],
  [0x5e, 0x7a, AL], [0x7b, 0x7b, OP], [0x7c, 0x7c, BA], [0x7d, 0x7d, CL], [0x7e, 0x7e, AL],
  [0xa0, 0xa0, GL], [0xa1, 0xa1, OP], [0xa2, 0xa2, PO], [0xa3, 0xa5, PR], [0xa6, 0xaa, AL], [0xab, 0xab, QU],
  [0xac, 0xac, AL], [0xad, 0xad, BA], [0xae, 0xaf, AL], [0xb0, 0xb0, PO], [0xb1, 0xb1, PR], [0xb2, 0xb3, AL],
  [0xb4, 0xb4, BB], [0xb5, 0xba, AL], [0xbb, 0xbb, QU], [0xbc, 0xbe, AL], [0xbf, 0xbf, OP], [0xc0, 0x17f, AL],
  [0x2010, 0x2010, BA], [0x2011, 0x2011, GL], [0x2012, 0x2013, BA], [0x2014, 0x2014, B2], [0x2015, 0x2017, AL],
  [0x2018, 0x2019, QU], [0x201a, 0x201a, OP], [0x201b, 0x201d, QU], [0x201e, 0x201e, OP], [0x201f, 0x201f, QU],
  [0x2020, 0x2023, AL], [0x2024, 0x2026, IN], [0x2027, 0x2027, BA], [0x2060, 0x2060, WJ],
];
const CLASS_END = 0x2061;
const classOf = new Uint8Array(CLASS_END).fill(OUTSIDE);
for (const [from, to, cls] of LATIN_CLASSES) classOf.fill(cls, from, to + 1);

/**
 * linebreak 1.1.0's pair table (src/pairs.js) rows for the classes that can be the state, over
 * all its 33 columns: D direct break, I indirect (only after a space), P prohibited (K: combining
 * marks, not in the set).
 */
const PAIR_ROWS: Array<[number, string]> = [
  [OP, 'PPPPPPPPPPPPPPPPPPPPPCPPPPPPPPPPP'],
  [CL, 'DPPIIPPPPIIDDDDIIIDDPKPDDDDDDDDID'],
  [CP, 'DPPIIPPPPIIIIIDIIIDDPKPDDDDDDDDID'],
  [QU, 'PPPIIIPPPIIIIIIIIIIIPKPIIIIIIIIII'],
  [GL, 'IPPIIIPPPIIIIIIIIIIIPKPIIIIIIIIII'],
  [EX, 'DPPIIIPPPDDDDDDIIIDDPKPDDDDDDDDID'],
  [SY, 'DPPIIIPPPDDIDIDIIIDDPKPDDDDDDDDID'],
  [IS, 'DPPIIIPPPDDIIIDIIIDDPKPDDDDDDDDID'],
  [PR, 'IPPIIIPPPDDIIIIIIIDDPKPIIIIIDIIID'],
  [PO, 'IPPIIIPPPDDIIIDIIIDDPKPDDDDDDDDID'],
  [NU, 'IPPIIIPPPIIIIIDIIIDDPKPDDDDDDDDID'],
  [AL, 'IPPIIIPPPIIIIIDIIIDDPKPDDDDDDDDID'],
  [IN, 'DPPIIIPPPDDDDDDIIIDDPKPDDDDDDDDID'],
  [HY, 'DPPIDIPPPDDIDDDIIIDDPKPDDDDDDDDID'],
  [BA, 'DPPIDIPPPDDDDDDIIIDDPKPDDDDDDDDID'],
  [BB, 'IPPIIIPPPIIIIIIIIIIIPKPIIIIIIIIID'],
  [B2, 'DPPIIIPPPDDDDDDIIIDPPKPDDDDDDDDID'],
  [WJ, 'IPPIIIPPPIIIIIIIIIIIPKPIIIIIIIIII'],
];
const COLUMNS = 33;
const DIRECT = 0;
const INDIRECT = 1;
const PROHIBITED = 2;
const pairs = new Uint8Array(COLUMNS * COLUMNS).fill(PROHIBITED);
for (const [row, cols] of PAIR_ROWS) {
  for (let c = 0; c < COLUMNS; c++) pairs[row * COLUMNS + c] = cols[c] === 'D' ? DIRECT : cols[c] === 'I' ? INDIRECT : PROHIBITED;
}

/** Opportunities found by latinBreaks, before they are copied out (grown as needed). */
let found = new Int32Array(256);

/**
 * The break opportunities of `s` (as breakOpportunities encodes them) when every code unit of `s`
 * is in the Latin set, else null (the package decides). See the header for why they are the same.
 */
export function latinBreaks(s: string): Int32Array | null {
  const n = s.length;
  if (n === 0) return null;
  if (found.length < n + 1) found = new Int32Array(2 * n + 2);
  let count = 0;
  let state = WJ; // class of the last non-space character (the package's mapFirst: WJ for a leading space)
  let afterSpace = false;
  const charCodeAt = String.prototype.charCodeAt; // a constant, not a lookup per string (text.ts breakGroup)
  for (let i = 0; i < n; i++) {
    const c = charCodeAt.call(s, i);
    const cls = c < CLASS_END ? classOf[c]! : OUTSIDE;
    if (cls === OUTSIDE) return null;
    if (cls === SP) {
      afterSpace = true;
      continue;
    }
    if (i > 0) {
      const p = pairs[state * COLUMNS + cls];
      if (p === DIRECT || (p === INDIRECT && afterSpace)) found[count++] = i * 2;
    }
    state = cls;
    afterSpace = false;
  }
  found[count++] = n * 2; // the end of the text: an opportunity, not a required break
  return found.slice(0, count);
}

/** All opportunities of `s` from the package itself. */
export function packageBreaks(s: string): Int32Array {
  const out: number[] = [];
  const breaker = new LineBreaker(s);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) out.push(bk.position * 2 + (bk.required ? 1 : 0));
  return Int32Array.from(out);
}

/**
 * UAX #14 break opportunities of table cells' texts and of other texts up to CELL_TEXT already seen
 * in this render, keyed by the text (they depend on nothing else): table cells repeat their amounts,
 * hours and dates, and column fitting finds those of every cell text before the line breaker breaks it.
 * Emptied when the render ends (../../model/scratch.ts) and bounded within one.
 */
const breakMemo = new RenderMemo<Int32Array>(CELL_TEXT);

/**
 * The UAX #14 break opportunities of `s` in order: position × 2, plus 1 when the break is required.
 * Line breaking (./text.ts) and column fitting (../columns.ts) both use them; `cell`: `s` is a
 * table cell's line (column fitting), remembered whatever its length for the line breaker.
 */
export function breakOpportunities(s: string, cell = false): Int32Array {
  return breakMemo.of(s, () => tagBreaks(s, heldBreaks(s, addressBreaks(s, latinBreaks(s) ?? packageBreaks(s)))), s, cell);
}

/** Upper-case letters (Unicode Lu, Lt): what starts the second part of a compound name. */
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LETTER = /\p{L}/u;

/**
 * Whether position `p` of `s` follows the hyphen of a compound name: a letter, a hyphen, then a
 * capital ("García-López", "Hernández-Villanueva", "Jean-Pierre", "Winston-Salem", "Al-Amin").
 * A line ending at that hyphen is read as a word hyphenated at its end: `pdftotext` (poppler) and
 * copying from a viewer join the two lines and drop the hyphen, so a declarant's name read back
 * as "HernándezVillanueva", a name that is not hers (in the running header of every page, found by
 * no search for her name). Letters that follow a hyphen in ordinary words are lower case
 * ("well-known", "self-employed", which the same readers join as "wellknown": the hyphen is not
 * dropped silently from a name there, the name stays whole), and "I-914" or "U.S.-Mexico" are no
 * compound of two letters.
 */
export function afterNameHyphen(s: string, p: number): boolean {
  if (p < 2 || p >= s.length || s.charCodeAt(p - 1) !== 0x2d) return false;
  const before = s.codePointAt(p - 2) ?? 0;
  const prev = before >= 0xdc00 && before <= 0xdfff && p >= 3 ? s.codePointAt(p - 3)! : before;
  return UPPER.test(String.fromCodePoint(s.codePointAt(p)!)) && LETTER.test(String.fromCodePoint(prev));
}

/**
 * The signs a number is written with: hyphen-minus, minus sign (U+2212), plus sign and plus-minus
 * sign (U+00B1). UAX #14 puts a plus or plus-minus before a currency sign (PR ÷ PR) as a hyphen
 * before one (HY ÷ PR), so "+$12.50" ended a line at its "+" and "±$3.00" at its "±", the next
 * line beginning "$12.50", an amount without its sign, as "-$1.00" did at its minus.
 */
export const isSign = (c: number): boolean => c === 0x2d || c === 0x2212 || c === 0x2b || c === 0xb1;

/**
 * White space: what ends a token for isNumberHyphen (any Unicode space, the no-break ones too: a
 * unit the text layer holds together, "§ 1593", is two tokens).
 */
const isTokenEnd = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;

/** A decimal digit of any script (UAX #14 class NU, Unicode Nd). */
const DIGIT = /\p{Nd}/u;

/** A lower-case letter (Unicode Ll). */
const LOWER = /\p{Ll}/u;

/**
 * Whether the hyphen-minus or minus sign (or plus or plus-minus sign: isSign) at code unit `i` of `s` is a number's: the token it is in
 * (the characters between white space) holds a digit, and it does not join two lower-case letters.
 * A line ending at such a hyphen splits an identifier or an amount into two that read as others:
 * a federal case number "4:17-cr-00907-RBH" ended a line at "4:17-" or "4:17-cr-00907-" (UAX #14
 * breaks a hyphen before a letter; pdftotext then read "4:17-cr-00907RBH"), a USCIS receipt
 * number "EAC-21-123-45678" likewise, and a negative amount "-$1.00" or "-€5.00" at its minus
 * (UAX #14 LB25 holds a hyphen before a digit, HY × NU, but not before a currency sign, HY ÷ PR),
 * so the next line began "$1.00", an amount that reads positive. Both renderers hold these
 * hyphens: the PDF's breaker offers no break after them (heldBreaks) and breaks there first only
 * when the token is wider than the line (./text.ts), and the DOCX writes them as non-breaking
 * hyphens (../docx/runs.ts noBreakHyphens). A hyphen joining words with no digit ("well-known",
 * "U.S.-Mexico") is not held, nor one between two lower-case letters in a token with a number
 * ("15-year-old" breaks after "year-", as "year-old" would): words, which a reader joins again.
 */
export function isNumberHyphen(s: string, i: number): boolean {
  if (i > 0 && i + 1 < s.length && LOWER.test(s[i - 1]!) && LOWER.test(s[i + 1]!)) return false;
  for (let k = i - 1; k >= 0; k--) {
    const c = s.charCodeAt(k);
    if (isTokenEnd(c)) break;
    if (c >= 0x30 && c <= 0x39) return true;
    if (c > 0x7f && DIGIT.test(s[k]!)) return true;
  }
  for (let k = i + 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isTokenEnd(c)) break;
    if (c >= 0x30 && c <= 0x39) return true;
    if (c > 0x7f && DIGIT.test(s[k]!)) return true;
  }
  return false;
}

/** Any of the signs isSign names. */
const SIGNS = /[-\u2212+\u00b1]/;

/** Whether position `p` of `s` follows a number's hyphen, minus, plus or plus-minus sign (isSign, isNumberHyphen). */
export function afterNumberHyphen(s: string, p: number): boolean {
  return p >= 1 && p < s.length && isSign(s.charCodeAt(p - 1)) && isNumberHyphen(s, p - 1);
}

/**
 * Whether position `p` of `s` follows a hyphen the line breaker holds: a compound name's
 * (afterNameHyphen) or a number's (afterNumberHyphen). A token wider than the line breaks at the
 * last of them that fits first, before it is broken between characters (./text.ts).
 */
export function afterHeldHyphen(s: string, p: number): boolean {
  return afterNameHyphen(s, p) || afterNumberHyphen(s, p);
}

/**
 * The opportunities `found` of `s` less those after a held hyphen (afterHeldHyphen): the name or
 * number moves to the next line whole. One wider than the line itself still breaks there first,
 * before it is broken between characters (./text.ts).
 */
function heldBreaks(s: string, found: Int32Array): Int32Array {
  if (!SIGNS.test(s)) return found;
  let keep = 0;
  for (let k = 0; k < found.length; k++) if (!afterHeldHyphen(s, found[k]! >> 1)) keep++;
  if (keep === found.length) return found;
  const out = new Int32Array(keep);
  let j = 0;
  for (let k = 0; k < found.length; k++) if (!afterHeldHyphen(s, found[k]! >> 1)) out[j++] = found[k]!;
  return out;
}

/** Characters after which an address breaks: ends of its parts, as style guides break URLs. */
const ADDRESS_BREAK_AFTER = new Set(['/', '?', '&', '=', '#']);

// The addresses themselves (../../model/addresses.ts): the DOCX keeps their hyphens plain too
// (../docx/runs.ts noBreakHyphens), and the text layer puts no word joiner in them.
export { addressSpans };

/**
 * The opportunities `found` of `s`, with those inside a web or e-mail address moved from after its
 * hyphens to after its `/`, `?`, `&`, `=` and `#` (not between the slashes of "//"). UAX #14 breaks
 * an address after a hyphen, and a line ending in a hyphen is read as a hyphenated word:
 * `pdftotext` (poppler) and copying from a viewer join the two lines and drop the hyphen, so
 * ".../2024-trafficking-in-persons..." read back as ".../2024-traffickingin-persons...", an address
 * that does not exist. A part of an address longer than a line is still broken between characters
 * (./text.ts), which drops nothing.
 */
function addressBreaks(s: string, found: Int32Array): Int32Array {
  const spans = addressSpans(s);
  if (spans.length === 0) return found;
  const out: number[] = [];
  let k = 0;
  for (const [a, b] of spans) {
    for (; k < found.length && found[k]! >> 1 <= a; k++) out.push(found[k]!);
    // Inside the address (a, b): its own opportunities, in place of the package's.
    for (; k < found.length && found[k]! >> 1 < b; k++);
    for (let p = a + 1; p < b; p++) if (ADDRESS_BREAK_AFTER.has(s[p - 1]!) && s[p] !== '/') out.push(p * 2);
  }
  for (; k < found.length; k++) out.push(found[k]!);
  return Int32Array.from(out);
}

/**
 * A tag-like token: an HTML or XML tag as a narrative quotes it ("</b>", "<br/>", "</span >"),
 * its name and no attributes. UAX #14 breaks after its "/" before a letter (SY ÷ AL, LB18's
 * default, the break of "and/or"), so a line ended at `boss"</` and the next began `b> & his`
 * (the RFA's `hostile` fixture), a token no reader reads as two; LibreOffice (7.4) keeps it whole.
 */
const TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*\s*\/?>/g;

/**
 * The [start, end) of each tag-like token of `s` (TAG) with a slash in it, in order: the PDF breaks
 * no line inside one (tagBreaks), and the DOCX makes its hyphens non-breaking (../docx/runs.ts
 * noBreakHyphens), so "<page-break/>" is whole in both.
 */
export function tagSpans(s: string): Array<[number, number]> {
  if (!s.includes('/') || !s.includes('<')) return [];
  const spans: Array<[number, number]> = [];
  for (const m of s.matchAll(TAG)) if (m[0].includes('/')) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * The opportunities `found` of `s` less those inside a tag-like token (TAG): the tag moves to the
 * next line whole. One wider than the line is still broken between characters (./text.ts).
 */
function tagBreaks(s: string, found: Int32Array): Int32Array {
  const spans = tagSpans(s);
  if (spans.length === 0) return found;
  const out: number[] = [];
  let t = 0; // the first span not wholly before the opportunity (both in order)
  for (let k = 0; k < found.length; k++) {
    const p = found[k]! >> 1;
    while (t < spans.length && spans[t]![1] <= p) t++;
    if (t === spans.length || p <= spans[t]![0]) out.push(found[k]!);
  }
  return out.length === found.length ? found : Int32Array.from(out);
}
