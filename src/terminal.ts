// Text the CLI prints for a person, made harmless to a terminal (README.md §CLI). Its messages echo
// what the user typed or supplied: file names, kinds, option values, command names, the columns of
// a CSV header, the field names of a case. Printed raw, an escape sequence in one of them
// (`harbor check rfa $'nope\e[2J.json'`) would clear the screen, retitle the window or rewrite
// earlier lines, and a right-to-left override would make a line read as something else. Every
// such character is shown as an escape instead, so the message stays one line that says what
// was given.

/**
 * Characters a terminal acts on or reorders instead of showing: C0 controls (line feeds and tabs
 * too: a message is one line), DEL and C1 controls (U+009B is a CSI on its own), the bidirectional
 * overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069), the marks that reorder as
 * they do (U+200E, U+200F, U+061C), and the Unicode line and paragraph separators.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same, less what JSON.stringify already escapes (C0): what a JSON text can still hold raw. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

const hex = (c: string, width: number): string => c.charCodeAt(0).toString(16).padStart(width, '0');

/** One character as an escape a person can read: `\e`, `\r`, `\x07`, `\x9b`, `\u202e`. */
function escaped(c: string): string {
  return NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);
}

/**
 * The first character of `text` a terminal would act on or reorder (the class `forTerminal`
 * escapes), as its escape and its place (1-based, in characters), or undefined when there is none.
 */
export function firstUnsafe(text: string): { shown: string; at: number } | undefined {
  const chars = Array.from(text);
  const i = chars.findIndex((c) => new RegExp(UNSAFE.source).test(c));
  return i < 0 ? undefined : { shown: escaped(chars[i]!), at: i + 1 };
}

/** `text` with every character a terminal would act on shown as an escape (`\e[2J`, `\u202e`). */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/** One line for stderr: `text` made harmless (a newline inside it too), then the line's end. */
export function terminalLine(text: string): string {
  return `${forTerminal(text.replace(/\n$/, ''))}\n`;
}

/**
 * A JSON text (from JSON.stringify) with the characters it still holds raw written as JSON escapes
 * (`\u009b`, `\u202e`): the same value when parsed, nothing for a terminal to act on when shown.
 */
export function jsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}
