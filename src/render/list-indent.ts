// The text indent of a list, shared by the PDF and DOCX renderers: the marker (a number and its
// period, or a bullet) is set right-aligned MARKER_GAP before the item's text, in the hanging
// indent. The indent is LIST_INDENT, or wider when the list's widest marker and the gap do not fit
// in it ("100." and longer at 12 pt): a fixed 27 pt left a three-digit number ~2 pt into the left
// margin in both formats. Measured with the body face the marker is printed in (Noto Serif,
// embedded in both formats), so both formats take the same width.
import type { List, ListDelimiter, ListItem, ListNumbering } from '../model/types.js';
import type { Fonts } from './pdf/fonts.js';

/** The list's text indent at 12 pt (points; "99." and a gap fit), scaled with the text size. */
export const LIST_INDENT = 27;
/** Space (pt) between the marker's right edge and the item's text. */
export const MARKER_GAP = 6;
/** The bullet of an unordered item. */
export const BULLET = '\u2022';

/**
 * The largest number a roman numeral is written for: MMMCMXCIX. Past it roman numerals need the
 * vinculum (a bar over thousands) no font draws as text; "mmmm" is no numeral a reader knows.
 */
export const ROMAN_MAX = 3999;

/** Roman numerals of 1 to ROMAN_MAX (lists reaching past it are numbered in digits: listNumbering), lower case. */
function roman(n: number): string {
  const units: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let s = '';
  for (const [v, r] of units) {
    for (; n >= v; n -= v) s += r;
  }
  return s;
}

/**
 * Letters as Word's lowerLetter counts (ECMA-376 Part 1 §17.18.59, ST_NumberFormat): "a" to "z",
 * then the letter doubled ("aa", "bb" … "zz"), tripled, so the PDF prints what Word and
 * LibreOffice number the same item in the DOCX.
 */
function letters(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** Each numbering's text of a (positive) number, without its period: a total map (model/types.ts). */
export const NUMBER_FORMAT: { [K in ListNumbering]: (n: number) => string } = {
  decimal: (n) => String(n),
  'lower-letter': letters,
  'upper-letter': (n) => letters(n).toUpperCase(),
  'lower-roman': roman,
  'upper-roman': (n) => roman(n).toUpperCase(),
};

/**
 * The numbering an ordered list prints in, in both formats (and the PDF's structure tree names):
 * its own, except that a roman list whose numbers reach past ROMAN_MAX (`<ol type="i"
 * start="3998">`, or a series that long) is numbered in digits throughout. Digits for the whole
 * list, not from 4000 on, since "mmmcmxcix." then "4000." reads as two lists; and Word's lowerRoman
 * has no rule for those numbers the PDF could be sure to match. Items are numbered upwards
 * (src/markup/parse.ts), so the last one has the largest number.
 */
export function listNumbering(l: List): ListNumbering {
  const n = l.numbering ?? 'decimal';
  if (n !== 'lower-roman' && n !== 'upper-roman') return n;
  const last = l.items[l.items.length - 1];
  return last !== undefined && (last.number ?? l.items.length) > ROMAN_MAX ? 'decimal' : n;
}

/**
 * Each delimiter's marker around a number's text (model/types.ts List.delimiter): a total map that
 * both formats read, the PDF with the number ("(a)"), the DOCX with Word's level field ("(%1)",
 * src/render/docx/numbering.ts), so both print the same marker.
 */
export const DELIMIT: { [K in ListDelimiter]: (n: string) => string } = {
  period: (n) => `${n}.`,
  paren: (n) => `${n})`,
  parens: (n) => `(${n})`,
};

/** The marker printed before item `i` of `l`: its number in the list's numbering and delimiters ("1.", "(a)"), or the bullet. */
export function markerText(l: List, item: ListItem, i: number): string {
  return l.ordered ? DELIMIT[l.delimiter ?? 'period'](NUMBER_FORMAT[listNumbering(l)](item.number ?? i + 1)) : BULLET;
}

/** Parentheses as a right-to-left line shows them (UAX #9 L4: mirrored). */
const MIRROR: Record<string, string> = { '(': ')', ')': '(' };

/**
 * A marker as drawn, left to right, before a right-to-left item's text: read from the right, the
 * number comes first and what follows it after it (".1" for "1.", "(a" for "a)", "(iv)" for
 * "(iv)"), its parentheses mirrored, as Word and LibreOffice show a w:bidi paragraph's number
 * (UAX #9: the delimiters take the paragraph's direction, the number stays one run).
 */
export function rtlMarker(marker: string): string {
  const m = /^(\(?)(.*?)([.)]?)$/.exec(marker)!;
  return `${MIRROR[m[3]!] ?? m[3]!}${m[2]!}${MIRROR[m[1]!] ?? m[1]!}`;
}

/** Width (pt) of a marker at `size` pt in the regular body face (digits, letters, a period, a bullet: all in it). */
export function markerWidth(marker: string, size: number, fonts: Fonts): number {
  const face = fonts.face('regular');
  let w = 0;
  for (let k = 0; k < marker.length; k++) w += face.advance(marker.charCodeAt(k));
  return w * size;
}

/**
 * The text indent (pt) of list `l` set at `size` pt: at least `minimum`, and wide enough for its
 * widest marker and the gap, rounded up to a whole point (a whole number of twips in the DOCX), at
 * most half of `width` (a number thousands of digits long still leaves its text room; it then
 * reaches into the margin as before; "viii." is as wide as "100."). Only ordered lists can need
 * more than the minimum.
 */
export function listIndent(l: List, size: number, minimum: number, width: number, fonts: Fonts): number {
  if (!l.ordered) return minimum;
  let widest = 0;
  for (let i = 0; i < l.items.length; i++) widest = Math.max(widest, markerWidth(markerText(l, l.items[i]!, i), size, fonts));
  const need = Math.ceil(widest + MARKER_GAP);
  return need <= minimum ? minimum : Math.max(minimum, Math.min(need, width / 2));
}
