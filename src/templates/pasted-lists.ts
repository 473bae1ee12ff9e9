// Bulleted and numbered lists typed or pasted into a narrative, as markup lists (docs/markup.md,
// `paragraphs`). Text pasted from Word, a web page or an e-mail keeps its lists as lines that
// start with a marker ("- ", "• ", "1. "), sub-lists indented under them or, from Word's plain
// text, marked with its level's glyph ("o" and a tab under "•"). Printed as lines of a paragraph,
// the collapsed whitespace lost their indent and a sub-list read as more items of its parent list;
// as `<ul>`/`<ol>` they keep their nesting in the PDF and as Word lists in the DOCX.
//
// What is a list, so that no ordinary text is taken for one: at least two lines of one run (lines
// not separated by a blank line) that start with a marker, the marker followed by a space or tab.
// A lone "* Not her real name." (a footnote) or a line of dialogue opened by a dash stays text, its
// character printed, and so do lines of a quoted exchange, a dash then a quotation mark, with or
// without the speaker and a colon between them (`DIALOGUE`), however many there are. Bullets are -, *, •, ·, ◦, ○, ●, ▪, ■, ‣, ⁃ and Word's second- and third-level
// "o" and "§" when a tab follows them ("o sea" is Spanish). Numbers are one to three digits and a
// period, a closing parenthesis or in parentheses ("1.", "1)", "(1)": the `<ol delimiter>`, as Word
// and court forms number), printed as typed: each run of consecutive numbers is an `<ol start>`
// from its first, so "3." after "1." starts a new list at 3. Letters and roman numerals in the same
// delimiters ("a.", "(iv)", "B)") number lists as well (`<ol type="a">`), a sub-list of the numbered item above them when
// typed at its indent (Word's plain text loses the indent); a marker both a letter and a numeral
// ("i.", "v.", "c.") is read as the list it continues, else "i." as roman and the others as
// letters (`Marker.alt`). A lettered line opens no list, nested or not, unless a later line
// numbers the item after it: "1. …", "J. Pérez", "2. …" keeps the initial as a line of item 1.
// "(a)" and "a." are two numberings (their glyphs differ), so "(a)", "(1)", "(i)" at the margin nest;
// but a statute's or form's level starts at its first number, so a marker that numbers an open
// list's next item in other delimiters ("a.", "b.", then "(c)") goes on counting it (`resumes`).
import { isTypedHeading } from './typed-headings.js';

/**
 * Lists nest at most this deep: a list line deeper is a line of the item above it, as typed. Pasted
 * text nests a few levels (Word's plain text marks three); every level narrows the text by an
 * indent, and text indented by a step on each line (a quoted e-mail) nested 120 levels deep had a
 * column narrower than a letter, one letter a line over 73 pages.
 */
export const MAX_DEPTH = 4;

const BULLET = /^([-*\u2022\u00b7\u25e6\u25cb\u25cf\u25aa\u25a0\u2023\u2043][ \t]|[o\u00a7]\t)/;
/**
 * A number of one to three digits in its delimiters, then a space or tab: "1. ", "1) ", "(1) ", as
 * Word and court forms number (the number is group 1, 3 or 4; the delimiter group 2 or none).
 */
const NUMBER = /^(?:([0-9]{1,3})([.)])|\(([0-9]{1,3})\))[ \t]/;
/** A letter or a roman numeral (up to 3999) in the same delimiters: "b. ", "iv) ", "(C) ". */
const LETTERED = /^(?:([a-z]|[ivxlcdm]{2,12}|[A-Z]|[IVXLCDM]{2,12})([.)])|\(([a-z]|[ivxlcdm]{2,12}|[A-Z]|[IVXLCDM]{2,12})\))[ \t]/;
const ROMAN = /^m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/** The delimiters of a number, by the text around it: "1.", "1)", "(1)" (the `delimiter` of its `<ol>`). */
const DELIMITERS = { '.': 'period', ')': 'paren', '()': 'parens' } as const;
type Delimiter = keyof typeof DELIMITERS;

/**
 * A line's marker: a bullet (its glyph, what tells Word's levels apart) or a number, its glyph
 * the numbering's first marker in its delimiters ("1.", "a)", "(A)", "i.", "(I)": the `type` of
 * its `<ol>` and its `delimiter`): "(a)" and "a." are two lists' markers, as "•" and "o".
 */
interface Marker {
  glyph: string;
  /** An ordered marker's type ("1", "a", "A", "i", "I": `<ol type>`). */
  type?: string;
  number?: number;
  /** Characters of the marker and its space, from the line's first non-blank character. */
  length: number;
  /**
   * The other reading of a marker that is a letter and a roman numeral alike ("i.", "v.", "x.",
   * "c.", "l.", "d.", "m."): a letter list's ninth item or a roman list's first. The marker is
   * read as roman for "i." (a run that starts at "i." is roman) and as a letter for the others
   * ("c." after "b."); `place` takes this reading instead where it continues an open list's count.
   */
  alt?: Marker;
}

/** The value of roman numeral `r` (lower case, well formed: ROMAN). */
function romanValue(r: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let n = 0;
  for (let k = 0; k < r.length; k++) {
    const a = v[r[k]!]!;
    const b = k + 1 < r.length ? v[r[k + 1]!]! : 0;
    n += a < b ? -a : a;
  }
  return n;
}

/** The glyph of a marker of `type` ("1", "a", "i"…) in `delimiter`: "1.", "a)", "(i)". */
function glyphOf(type: string, delimiter: Delimiter): string {
  return delimiter === '()' ? `(${type})` : `${type}${delimiter}`;
}

/** The marker of a letter or roman numeral ("b.", "iv)", "(C)"), or null when it is neither. */
function lettered(line: string): Marker | null {
  const m = LETTERED.exec(line);
  if (m === null) return null;
  const t = m[1] ?? m[3]!;
  const d: Delimiter = m[1] === undefined ? '()' : (m[2] as Delimiter);
  const upper = t !== t.toLowerCase();
  const low = t.toLowerCase();
  const length = m[0].length;
  const roman = upper ? 'I' : 'i';
  const asRoman: Marker | null = ROMAN.test(low) ? { glyph: glyphOf(roman, d), type: roman, number: romanValue(low), length } : null;
  if (low.length > 1) return asRoman;
  const letter = upper ? 'A' : 'a';
  const asLetter: Marker = { glyph: glyphOf(letter, d), type: letter, number: low.charCodeAt(0) - 96, length };
  if (asRoman === null) return asLetter;
  return low === 'i' ? { ...asRoman, alt: asLetter } : { ...asLetter, alt: asRoman };
}

/**
 * A line of dialogue opened by a dash: the dash, an optional speaker and a colon (at most four
 * words: "Ofelia:", "The manager:"), then a quotation mark, or Spanish's opening ¿ or ¡ (its
 * dialogue is dashed, unquoted: "- ¿Dónde está?"). A quoted exchange in a narrative
 * (- "Where is your passport?" / - "He has it.") is no list, however many lines it runs: its dashes
 * stay printed as typed. A dashed line of a list with a label ("- Housing: stable") is no dialogue:
 * a quotation mark must follow. In a template the view's `"` and `'` arrive sealed, as U+FDD3 and
 * U+FDD4 and a backtick (src/markup/values.ts), and are quotation marks here too.
 */
const DIALOGUE = /^-[ \t]+(?:[^\s:"'\u201c\u201e\u00ab\ufdd3\ufdd4]+(?: [^\s:"'\u201c\u201e\u00ab\ufdd3\ufdd4]+){0,3}:[ \t]*)?["'\u201c\u201e\u00ab\u2018\u00bf\u00a1\ufdd3\ufdd4]/;

function marker(line: string): Marker | null {
  const b = BULLET.exec(line);
  if (b) return DIALOGUE.test(line) ? null : { glyph: b[1]![0]!, length: b[1]!.length };
  const n = NUMBER.exec(line);
  if (n) {
    const d: Delimiter = n[1] === undefined ? '()' : (n[2] as Delimiter);
    return { glyph: glyphOf('1', d), type: '1', number: Number(n[1] ?? n[3]), length: n[0].length };
  }
  return lettered(line);
}

/** Columns of a line's indent (a tab to the next multiple of four, as editors show it). */
function indentOf(line: string): number {
  let col = 0;
  for (const ch of line) {
    if (ch === ' ') col++;
    else if (ch === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}

interface Item {
  /** The item's lines (escaped markup of each), then its nested lists. */
  lines: string[];
  lists: List[];
}

interface List {
  ordered: boolean;
  glyph: string;
  indent: number;
  start: number;
  items: Item[];
}

/** A piece of one paragraph: lines of text, or a list. */
type Piece = { lines: string[] } | { list: List };

// Handlebars' escapeExpression, character for character, written here so that the paragraphs of
// a text (textParagraphs) can be read in stage 2 without loading the template engine (the typed
// headings' warning; a cold check loads no Handlebars: tests/cli/build.test.ts).
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };
const esc = (s: string): string => s.replace(/[&<>"'`=]/g, (ch) => ESCAPES[ch]!);

/**
 * The pieces of one paragraph (lines without a blank one between them): runs of two or more list
 * lines become lists, nested by indent or, at one indent, by a new glyph; a line that is no list
 * line continues the item above it when indented past that item's marker, and ends the list
 * otherwise.
 */
export function pieces(paragraph: string): Piece[] {
  const rows = paragraph.split('\n').map((raw) => {
    const indent = indentOf(raw);
    const rest = raw.slice(raw.length - raw.trimStart().length);
    return { raw, indent, rest, mark: marker(rest) };
  });
  const out: Piece[] = [];
  let text: string[] | null = null;
  let stack: List[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (stack.length > 0 && (r.mark === null ? r.indent > stack[stack.length - 1]!.indent : true)) {
      if (r.mark === null) {
        lastItem(stack).lines.push(esc(r.rest));
        continue;
      }
      // A letter or roman numeral opens a list only before the item after it (listRun), here too.
      const run = r.mark.number === undefined || r.mark.type === '1' || listRun(rows, i);
      const placed = place(stack, r.indent, resumeReading(stack, rows, i), r.rest.slice(r.mark.length), r.rest, run);
      if (placed !== false) {
        if (placed !== true) out.push({ list: placed });
        continue;
      }
    }
    stack = [];
    if (r.mark !== null && listRun(rows, i)) {
      const list = newList(r.indent, opening(rows, i), r.rest.slice(r.mark.length));
      out.push({ list });
      stack = [list];
      text = null;
      continue;
    }
    if (text === null) {
      text = [];
      out.push({ lines: text });
    }
    text.push(esc(r.raw));
  }
  return out;
}

/**
 * Whether lines from `i` hold a second list line before the run ends (a line of no list at no
 * indent). A letter or roman numeral opens a list only when a list line after it at its indent
 * numbers the item after it ("a.", its sub-items, then "b."): lines opened by initials
 * ("J. Pérez, cousin" then "M. López, aunt") stay text.
 */
function listRun(rows: { indent: number; mark: Marker | null }[], i: number): boolean {
  const base = rows[i]!.indent;
  const m = rows[i]!.mark!;
  const lettered = m.number !== undefined && m.type !== '1';
  for (let k = i + 1; k < rows.length; k++) {
    const r = rows[k]!;
    if (r.mark === null) {
      if (r.indent <= base) return false;
    } else if (!lettered || follows(m, r.mark, true) || (m.alt !== undefined && follows(m.alt, r.mark, true))) return true;
    else if (r.indent < base) return false;
  }
  return false;
}

/**
 * The reading of the marker that opens a list at row `i`: an ambiguous one ("v.", "x.") is read
 * the other way when the next list line at its indent continues that reading only ("v." then
 * "vi." is roman; "c." then "d." letters).
 */
function opening(rows: { indent: number; mark: Marker | null }[], i: number): Marker {
  const m = rows[i]!.mark!;
  if (m.alt === undefined) return m;
  for (let k = i + 1; k < rows.length; k++) {
    const r = rows[k]!;
    if (r.mark === null || r.indent !== rows[i]!.indent) continue;
    return !follows(m, r.mark) && follows(m.alt, r.mark) ? m.alt : m;
  }
  return m;
}

/**
 * Whether marker `b` (or its other reading) numbers the item after `a`'s in a list of `a`'s glyph,
 * or with `anyDelimiter` of `a`'s numbering in any delimiters ("a." then "(b)": `resumes`).
 */
function follows(a: Marker, b: Marker, anyDelimiter = false): boolean {
  for (const r of [b, b.alt]) {
    if (r === undefined || r.number !== a.number! + 1) continue;
    if (r.glyph === a.glyph || (anyDelimiter && r.type === a.type)) return true;
  }
  return false;
}

function newList(indent: number, m: Marker, text: string): List {
  return { ordered: m.number !== undefined, glyph: m.glyph, indent, start: m.number ?? 1, items: [{ lines: [esc(text)], lists: [] }] };
}

/**
 * The open list at `indent` that marker `m` goes on counting in other delimiters: the innermost of
 * its numbering (`type`) there, when `m` numbers its next item and is no first number ("a.", "b.",
 * then "(c)" or "c)"; "1.", "2.", then "(3)"), else -1. A first number ("(a)" under "a.", "(1)"
 * under "1.") opens a sub-list, as a statute's or court form's next level starts at one; another
 * numbering ("(1)" under "(a)", "(I)" under "(ii)") is a level of its own however it counts.
 */
function resumes(stack: List[], indent: number, m: Marker): number {
  if (m.number === undefined || m.number === 1) return -1;
  for (let k = stack.length - 1; k >= 0; k--) {
    const l = stack[k]!;
    if (l.indent < indent) break;
    if (l.indent !== indent || !l.ordered || l.glyph === m.glyph || typeOf(l.glyph) !== m.type) continue;
    return m.number === l.start + l.items.length ? k : -1;
  }
  return -1;
}

/** The numbering of a list's glyph: "(a)" and "a." are "a". */
function typeOf(glyph: string): string {
  return glyph.replace(/[().]/g, '');
}

/**
 * The reading of row `i`'s marker within the open lists: an ambiguous one ("(i)", "(v)") takes its
 * other reading where only that one goes on counting an open list in other delimiters ("h." then
 * "(i)": the ninth letter), unless the next list line at its indent continues the first reading
 * ("h.", "(i)", "(ii)": a roman sub-list).
 */
function resumeReading(stack: List[], rows: { indent: number; mark: Marker | null }[], i: number): Marker {
  const m = rows[i]!.mark!;
  const indent = rows[i]!.indent;
  if (m.alt === undefined || continues(stack, indent, m) || continues(stack, indent, m.alt)) return m;
  if (resumes(stack, indent, m) !== -1 || resumes(stack, indent, m.alt) === -1) return m;
  for (let k = i + 1; k < rows.length; k++) {
    const r = rows[k]!;
    if (r.mark === null || r.indent > indent) continue;
    if (r.indent < indent) break;
    return follows(m, r.mark) ? m : m.alt;
  }
  return m.alt;
}

/** Whether marker `m` at `indent` is the next number of an open list of its glyph at that indent. */
function continues(stack: List[], indent: number, m: Marker): boolean {
  for (let k = stack.length - 1; k >= 0; k--) {
    const l = stack[k]!;
    if (l.indent === indent && l.glyph === m.glyph) return m.number === l.start + l.items.length;
    if (l.indent < indent) break;
  }
  return false;
}

function lastItem(stack: List[]): Item {
  const top = stack[stack.length - 1]!;
  return top.items[top.items.length - 1]!;
}

/**
 * Put a list line in the open lists `stack` (outermost first): a sibling of the items of the list
 * at its indent with its glyph (a number continuing the count), a new list nested in the item above
 * it when indented deeper or marked with a glyph none of the open lists at its indent has, a new
 * list after the list it does not continue ("3." after "1."), returned when it is an outermost one
 * (to be printed after the list before it). False when it is left of every open list: it starts
 * a list of its own, or is text. `run`: whether a later line numbers the item after a lettered
 * one (listRun); without it a lettered line opens no list of one item ("1. …", "J. Pérez", "2. …":
 * an initial, not a sub-item "J."), and is a line of the item above it, as typed.
 */
function place(stack: List[], indent: number, m: Marker, text: string, line: string, run: boolean): boolean | List {
  if (indent < stack[0]!.indent) return false;
  // An ambiguous marker takes the reading that continues an open list ("i." after "h.", "v." after "iv.").
  if (m.alt !== undefined && !continues(stack, indent, m) && continues(stack, indent, m.alt)) m = m.alt;
  let at = -1;
  for (let k = stack.length - 1; k >= 0; k--) {
    const l = stack[k]!;
    if (l.indent === indent && l.glyph === m.glyph) {
      at = k;
      break;
    }
    if (l.indent < indent) break;
  }
  if (at === -1) {
    const k = resumes(stack, indent, m);
    if (k !== -1) {
      // The open list's next number in other delimiters ("a.", "b.", "(c)"): a list of its own
      // from that number after it, in the same place, not a sub-list of "b." counting from 3.
      stack.length = k + 1;
      const next = newList(indent, m, text);
      stack[k] = next;
      if (k === 0) return next;
      lastItem(stack.slice(0, k)).lists.push(next);
      return true;
    }
    // Deeper than the innermost list left of it, or a new glyph at its indent: a sub-list.
    while (stack.length > 1 && stack[stack.length - 1]!.indent > indent) stack.pop();
    if (!run || stack.length >= MAX_DEPTH) {
      // A lone lettered line, or as deep as lists go: a line of the item above it, its marker printed as typed.
      lastItem(stack).lines.push(esc(line));
      return true;
    }
    const sub = newList(indent, m, text);
    lastItem(stack).lists.push(sub);
    stack.push(sub);
    return true;
  }
  stack.length = at + 1;
  const l = stack[at]!;
  if (m.number !== undefined && m.number !== l.start + l.items.length) {
    if (!run && m.type !== '1' && m.length === m.glyph.length + 1) {
      // One letter out of the count and no item after it ("a.", "b.", then "J. Pérez"): an initial.
      lastItem(stack).lines.push(esc(line));
      return true;
    }
    // Not the next number: a list of its own from the number typed, in the same place.
    const next = newList(indent, m, text);
    stack[at] = next;
    if (at === 0) return next;
    lastItem(stack.slice(0, at)).lists.push(next);
    return true;
  }
  l.items.push({ lines: [esc(text)], lists: [] });
  return true;
}

/** A list as markup: its items' lines joined by line breaks, nested lists after them. */
export function listMarkup(l: List): string {
  // The glyph of a numbered list is its <ol type> and delimiter ("(a)": type="a" delimiter="parens").
  const t = typeOf(l.glyph);
  const d = DELIMITERS[l.glyph.startsWith('(') ? '()' : l.glyph.endsWith(')') ? ')' : '.'];
  const attrs = `${t === '1' ? '' : ` type="${t}"`}${d === 'period' ? '' : ` delimiter="${d}"`}`;
  const open = l.ordered ? (l.start === 1 ? `<ol${attrs}>` : `<ol${attrs} start="${l.start}">`) : '<ul>';
  const items = l.items.map((it) => {
    const text = it.lines.join('<br/>');
    return it.lists.length === 0 ? `<li>${text}</li>` : `<li><p>${text}</p>${it.lists.map(listMarkup).join('')}</li>`;
  });
  return `${open}${items.join('')}${l.ordered ? '</ol>' : '</ul>'}`;
}

/**
 * Numbered paragraphs (a declaration's `li` mode) with a paragraph that is nothing but a typed
 * list joined to the paragraph before it, as its lines after a line break: the declarant left a
 * blank line between "She told me three things:" and the list, and the list
 * printed as a numbered paragraph holding only a list, "9.  1. They took my passport…", a number
 * with nothing after it. Joined, it is the list of the paragraph above (docs/markup.md, "Typed
 * lists"). Only after a paragraph that ends in text and is no typed heading: a list after a list
 * would run on as its items (two lists the declarant kept apart), a heading is the list's title, not
 * its lead-in (the helper prints it as the bold first line of the list's paragraph: docs/markup.md,
 * "Typed headings"), and a first paragraph has nothing to join; each keeps its number. A single marked line is text, not a list (`pieces`), and stays a paragraph.
 */
export function listsJoined(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const above = out.length > 0 ? pieces(out[out.length - 1]!) : [];
    // Not to a typed heading ("What he took from me", ./typed-headings.ts): joined, the heading
    // became the list's numbered lead-in, "7. What he took from me" over the bullets, a sentence
    // missing its period; it stays the heading over the paragraph the list makes.
    if (above.length > 0 && 'lines' in above[above.length - 1]! && !isTypedHeading(out[out.length - 1]!, true) && pieces(p).every((x) => 'list' in x)) out[out.length - 1] = `${out[out.length - 1]}\n${p}`;
    else out.push(p);
  }
  return out;
}

/**
 * A text's paragraphs as `paragraphs` splits them (a blank line between two; the line breaks at
 * either end of each dropped, the blank ones left out), with listsJoined when they are numbered
 * (`li`): the paragraphs a declaration numbers, for the helper and for a view that asks what it
 * holds (a typed heading: ./typed-headings.ts).
 */
export function textParagraphs(text: string, numbered: boolean): string[] {
  const typed = text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
  return numbered ? listsJoined(typed) : typed;
}
