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
// period, printed as typed: each run of consecutive numbers is an `<ol start>` from its first, so
// "3." after "1." starts a new list at 3. Other numberings ("a.", "iv.", "1)") stay text lines of the
// item or paragraph they follow: the list model numbers in decimal only, and their letters are kept.
import Handlebars from 'handlebars';

/**
 * Lists nest at most this deep: a list line deeper is a line of the item above it, as typed. Pasted
 * text nests a few levels (Word's plain text marks three); every level narrows the text by an
 * indent, and text indented by a step on each line (a quoted e-mail) nested 120 levels deep had a
 * column narrower than a letter, one letter a line over 73 pages.
 */
export const MAX_DEPTH = 4;

const BULLET = /^([-*\u2022\u00b7\u25e6\u25cb\u25cf\u25aa\u25a0\u2023\u2043][ \t]|[o\u00a7]\t)/;
const NUMBER = /^([0-9]{1,3})\.[ \t]/;

/** A line's marker: a bullet (its glyph, what tells Word's levels apart) or a number. */
interface Marker {
  glyph: string;
  number?: number;
  /** Characters of the marker and its space, from the line's first non-blank character. */
  length: number;
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
  if (n) return { glyph: '1.', number: Number(n[1]), length: n[0].length };
  return null;
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

const esc = (s: string): string => Handlebars.escapeExpression(s);

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
      const placed = place(stack, r.indent, r.mark, r.rest.slice(r.mark.length), r.rest);
      if (placed !== false) {
        if (placed !== true) out.push({ list: placed });
        continue;
      }
    }
    stack = [];
    if (r.mark !== null && listRun(rows, i)) {
      const list = newList(r.indent, r.mark, r.rest.slice(r.mark.length));
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

/** Whether lines from `i` hold a second list line before the run ends (a line of no list at no indent). */
function listRun(rows: { indent: number; mark: Marker | null }[], i: number): boolean {
  const base = rows[i]!.indent;
  for (let k = i + 1; k < rows.length; k++) {
    const r = rows[k]!;
    if (r.mark !== null) return true;
    if (r.indent <= base) return false;
  }
  return false;
}

function newList(indent: number, m: Marker, text: string): List {
  return { ordered: m.number !== undefined, glyph: m.glyph, indent, start: m.number ?? 1, items: [{ lines: [esc(text)], lists: [] }] };
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
 * a list of its own, or is text.
 */
function place(stack: List[], indent: number, m: Marker, text: string, line: string): boolean | List {
  if (indent < stack[0]!.indent) return false;
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
    // Deeper than the innermost list left of it, or a new glyph at its indent: a sub-list.
    while (stack.length > 1 && stack[stack.length - 1]!.indent > indent) stack.pop();
    if (stack.length >= MAX_DEPTH) {
      // As deep as lists go: a line of the item above it, its marker printed as typed.
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
  const open = l.ordered ? (l.start === 1 ? '<ol>' : `<ol start="${l.start}">`) : '<ul>';
  const items = l.items.map((it) => {
    const text = it.lines.join('<br/>');
    return it.lists.length === 0 ? `<li>${text}</li>` : `<li><p>${text}</p>${it.lists.map(listMarkup).join('')}</li>`;
  });
  return `${open}${items.join('')}${l.ordered ? '</ol>' : '</ul>'}`;
}
