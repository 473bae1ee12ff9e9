// The fast path of stage 4's tokeniser: markup as the templates write it, read in one pass of
// indexOf and character codes, without htmlparser2's per-character state machine (issue 18: the
// library's tokeniser was about half of the markup stage of a restitution worksheet).
//
// It reads only a strict subset, and gives up (returns undefined) on anything else, which then
// goes to htmlparser2 (./library.ts, `tokenizeWithLibrary`): that path stays the definition of the
// markup and the only source of syntax errors. On the subset, the tree is the one htmlparser2
// (XML mode, entities decoded, self-closing tags) gives, start offsets included;
// tests/markup/scan.test.ts compares the two on every fixture's markup and on random markup.
//
// The subset:
// - a tag is `<name` (an ASCII letter, then letters, digits or `-`), attributes each preceded by
//   whitespace and written `name="value"`, optional whitespace, then `>` or `/>`;
// - an attribute value has no `<`; no attribute appears twice on one tag;
// - a closing tag is `</name>` and closes the innermost open element, which has that name; every
//   element is closed by the end;
// - an entity is one of those Handlebars' escaping writes (`&amp;` `&lt;` `&gt;` `&quot;`
//   `&#x27;` `&#x60;` `&#x3D;`) or `&apos;`;
// - no comment, CDATA section, processing instruction or declaration (`<!`, `<?`).
import { unseal } from './values.js';

/** An element of the markup, with the offset of its `<` (for messages). */
export interface El {
  kind: 'el';
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  start: number;
}
/** A text between tags, entities decoded and sealed values restored (./values.ts), with the offset of its first character. */
export interface Txt {
  kind: 'text';
  text: string;
  start: number;
}
export type Node = El | Txt;

const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const QUOTE = 0x22;

/** ASCII letter. */
function isAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** A character of a name in the subset: an ASCII letter, digit or `-`. */
function isNameChar(c: number): boolean {
  return isAlpha(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}

/** htmlparser2's whitespace: space, tab, line feed, form feed, carriage return. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/** The entities of the subset, without `&`, and what they stand for. */
const ENTITIES: ReadonlyArray<readonly [string, string]> = [
  ['amp;', '&'],
  ['lt;', '<'],
  ['gt;', '>'],
  ['quot;', '"'],
  ['apos;', "'"],
  ['#x27;', "'"],
  ['#x60;', '`'],
  ['#x3D;', '='],
];

/**
 * `s[from, to)` with its entities decoded, or undefined when it has one outside the subset. `amp`
 * is the first `&` at or after `from` (-1: none): the caller keeps it, so that no search runs on
 * past `to` to the end of the markup for every text (most texts have no `&`).
 */
function decode(s: string, from: number, to: number, amp: number): string | undefined {
  if (amp === -1 || amp >= to) return s.slice(from, to);
  let out = '';
  let done = from;
  while (amp !== -1 && amp < to) {
    let value: string | undefined;
    let length = 0;
    for (const [name, v] of ENTITIES) {
      if (s.startsWith(name, amp + 1) && amp + 1 + name.length <= to) {
        value = v;
        length = name.length + 1;
        break;
      }
    }
    if (value === undefined) return undefined;
    out += s.slice(done, amp) + value;
    done = amp + length;
    amp = s.indexOf('&', done);
  }
  return out + s.slice(done, to);
}

/** The element tree of `markup` when it is in the subset above; undefined otherwise. */
export function scan(markup: string): Node[] | undefined {
  const root: El = { kind: 'el', name: '#root', attrs: {}, children: [], start: 0 };
  const stack: El[] = [root];
  let top = root;
  // The children of every open element, in one array: an element's run starts at its entry of
  // `starts` and becomes its `children` (a copy of the right size) when it closes. Pushed one by
  // one, each element's own array had room for 17 after its first child (V8's growth), most of it
  // never used (issue 18: the scanner was a large allocation site of a worksheet's render).
  const open: Node[] = [];
  const starts: number[] = [0];
  const n = markup.length;
  let i = 0;
  // The first `&` at or after `i` (-1: none left), found again only once `i` has passed it.
  let amp = markup.indexOf('&');
  const ampFrom = (at: number): number => (amp !== -1 && amp < at ? (amp = markup.indexOf('&', at)) : amp);
  while (i < n) {
    const lt = markup.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const text = decode(markup, i, textEnd, ampFrom(i));
      if (text === undefined) return undefined;
      open.push({ kind: 'text', text: unseal(text), start: i });
    }
    if (lt === -1) break;
    let j = lt + 1;
    if (markup.charCodeAt(j) === SLASH) {
      // `</name>`, closing the innermost open element.
      j++;
      while (isNameChar(markup.charCodeAt(j))) j++;
      // The name compared in place (no string made for it).
      if (markup.charCodeAt(j) !== GT || stack.length === 1 || j - (lt + 2) !== top.name.length || !markup.startsWith(top.name, lt + 2)) return undefined;
      stack.pop();
      const from = starts.pop()!;
      top.children = open.slice(from);
      open.length = from;
      top = stack[stack.length - 1]!;
      i = j + 1;
      continue;
    }
    if (!isAlpha(markup.charCodeAt(j))) return undefined;
    while (isNameChar(markup.charCodeAt(j))) j++;
    const el: El = { kind: 'el', name: markup.slice(lt + 1, j), attrs: {}, children: [], start: lt };
    let selfClosing = false;
    for (;;) {
      const c = markup.charCodeAt(j);
      if (c === GT) {
        j++;
        break;
      }
      if (c === SLASH) {
        if (markup.charCodeAt(j + 1) !== GT) return undefined;
        selfClosing = true;
        j += 2;
        break;
      }
      // Whitespace, then an attribute or the end of the tag.
      if (!isSpace(c)) return undefined;
      while (isSpace(markup.charCodeAt(j))) j++;
      const d = markup.charCodeAt(j);
      if (d === GT || d === SLASH) continue;
      if (!isAlpha(d)) return undefined;
      const nameStart = j;
      while (isNameChar(markup.charCodeAt(j))) j++;
      if (markup.charCodeAt(j) !== EQ || markup.charCodeAt(j + 1) !== QUOTE) return undefined;
      const name = markup.slice(nameStart, j);
      const valueStart = j + 2;
      const valueEnd = markup.indexOf('"', valueStart);
      if (valueEnd === -1 || Object.hasOwn(el.attrs, name)) return undefined;
      const lt2 = markup.indexOf('<', valueStart);
      if (lt2 !== -1 && lt2 < valueEnd) return undefined;
      const value = decode(markup, valueStart, valueEnd, ampFrom(valueStart));
      if (value === undefined) return undefined;
      el.attrs[name] = unseal(value);
      j = valueEnd + 1;
    }
    open.push(el);
    if (!selfClosing) {
      stack.push(el);
      starts.push(open.length);
      top = el;
    }
    i = j;
  }
  return stack.length === 1 ? open : undefined;
}

/** The entities of the subset as written (`&amp;` …), for the tests' generator. */
export const SUBSET_ENTITIES: readonly string[] = ENTITIES.map(([name]) => `&${name}`);
