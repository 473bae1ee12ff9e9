// Text that comes into a box of the form from elsewhere (a name, a narrative, a country by its
// name, a UTC offset, the case as JSON under "Advanced"), pasted or dropped: the invisible
// characters a web page or an e-mail leaves in it (a zero-width space inside a long word or a link,
// a byte-order mark where two texts were joined) came with it, and the service refused the field
// for a character the caseworker could not see to delete. The ones that change nothing the text
// shows (src/invisible.ts DROPPED_ON_PASTE, the service's own table) are taken out as the text goes
// in, and the box says so next to itself, politely (a status a screen reader reads when it is
// free). Any other invisible one (a bidirectional control, which sets the order the letters were
// shown in) comes in as it is, for the service to refuse at the field with its message.
//
// One cleaning for every box and every way in: the page's one listener (cleanEnteredText, added
// once by form.tsx) reads the browser's `beforeinput` of any text box, whose inputType says a paste
// or a drop (Input Events Level 2) and whose `data` is the text about to go in, for a drop at the
// point it was dropped (a move from elsewhere in the page already taken out of its place). A box's
// own `paste` handler missed a drop and every box that did not have one (the UTC offset, the JSON).
import { useEffect, useState, type ReactElement } from 'react';
import { DROPPED_ON_PASTE, dropOnPaste } from '../../../src/invisible.js';

/** How text came in, as the note says it: `beforeinput`'s inputType of a paste or a drop. */
const CAME_IN: Readonly<Record<string, string>> = {
  insertFromPaste: 'pasted',
  insertFromPasteAsQuotation: 'pasted',
  insertFromDrop: 'dropped here',
};

/** The types of input a person writes text in; a date's, a number's or a file's is not cleaned. */
const TEXT_INPUT = new Set(['text', 'search', 'url', 'email', 'tel']);

/** What the box says of text it took characters out of, naming each kind (never the text: it is case data). */
export function pasteNote(dropped: ReadonlyMap<number, number>, how = 'pasted'): string {
  const { total, what } = droppedWords(dropped);
  return `Taken out of the text you ${how}: ${what}, which print${total === 1 ? 's' : ''} as nothing and which the filing would refuse. What you see is what was kept.`;
}

/** The characters taken out, counted and each kind named ("2 invisible characters (zero width space U+200B, …)"). */
function droppedWords(dropped: ReadonlyMap<number, number>): { total: number; what: string } {
  let total = 0;
  const kinds: string[] = [];
  for (const [cp, n] of dropped) {
    total += n;
    kinds.push(`${DROPPED_ON_PASTE[cp]} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return { total, what: `${total === 1 ? 'an invisible character' : `${total} invisible characters`} (${kinds.join(', ')})` };
}

/**
 * A case opened from a draft file (or applied under "Advanced") with the invisibles a paste loses
 * taken out of every text in it, as a paste's are: a draft written by another tool, or by a hand
 * that pasted into it, kept them, and each such field was refused at the form for a character the
 * caseworker could not see to delete. `dropped` counts them by character, `paths` are the fields.
 */
export function cleanCase(data: Record<string, unknown>): { data: Record<string, unknown>; dropped: Map<number, number>; paths: string[] } {
  const dropped = new Map<number, number>();
  const paths: string[] = [];
  const walk = (v: unknown, path: string[]): unknown => {
    if (typeof v === 'string') {
      const r = dropOnPaste(v);
      if (r.dropped.size === 0) return v;
      for (const [cp, n] of r.dropped) dropped.set(cp, (dropped.get(cp) ?? 0) + n);
      paths.push(path.join('.'));
      return r.text;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, String(i)]));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]));
    return v;
  };
  return { data: walk(data, []) as Record<string, unknown>, dropped, paths };
}

/** What the status line says, once, of a case `cleanCase` took characters out of (the fields by their labels); empty when none. */
export function cleanedNote(dropped: ReadonlyMap<number, number>, labels: string[]): string {
  if (dropped.size === 0) return '';
  const { total, what } = droppedWords(dropped);
  const fields = labels.length === 1 ? `one field (${labels[0]})` : `${labels.length} fields (${labels.join('; ')})`;
  return ` Taken out of ${fields}: ${what}, which print${total === 1 ? 's' : ''} as nothing and which the filing would refuse. What you see is what was kept.`;
}

/** The notes on the page by id (EnteredNote), each told what the box it describes says of the text that came in. */
const notes = new Map<string, (said: string) => void>();

/**
 * The page's one listener of text coming into a box (added once, on the document, before React's):
 * a paste or a drop into a text input or a multi-line box whose text holds characters of
 * DROPPED_ON_PASTE goes in without them, through the browser's editing as the paste or drop itself
 * would (one input event, the library's onChange; one step of Undo; the caret after the text), and
 * the note the box's aria-describedby names says so. A paste or drop with none empties the note.
 */
export function cleanEnteredText(e: InputEvent): void {
  const how = CAME_IN[e.inputType];
  const box = e.target;
  if (how === undefined || !(box instanceof HTMLTextAreaElement || (box instanceof HTMLInputElement && TEXT_INPUT.has(box.type)))) return;
  const came = e.data ?? e.dataTransfer?.getData('text/plain') ?? '';
  const { text, dropped } = dropOnPaste(came);
  const tell = box
    .getAttribute('aria-describedby')
    ?.split(/\s+/)
    .map((id) => notes.get(id))
    .find((t) => t !== undefined);
  if (dropped.size === 0) {
    tell?.('');
    return; // the browser's own paste or drop, as always
  }
  e.preventDefault();
  // Where the browser refuses the command, the selection is replaced by hand and the input event
  // sent as the browser's would be (a one-line box takes a line break as a space, as a paste does).
  if (!document.execCommand('insertText', false, text)) {
    box.setRangeText(box instanceof HTMLInputElement ? text.replace(/\r?\n|\r/g, ' ') : text, box.selectionStart ?? box.value.length, box.selectionEnd ?? box.value.length, 'end');
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  tell?.(pasteNote(dropped, how));
}

/**
 * The note after a box, whose id the box's aria-describedby names: always in the page, empty until
 * text came in with characters taken out, so a screen reader hears it change. Each paste or drop
 * says it anew, as a text of its own (a new node in the live region): the same note set again
 * changed nothing in the page, and the second of two identical pastes was not announced.
 */
export function EnteredNote({ id }: { id: string }): ReactElement {
  const [said, setSaid] = useState({ text: '', n: 0 });
  useEffect(() => {
    const tell = (text: string): void => setSaid((s) => ({ text, n: s.n + 1 }));
    notes.set(id, tell);
    // Only its own: a box drawn with the same id (a list's item moved into the place) may have taken it.
    return () => {
      if (notes.get(id) === tell) notes.delete(id);
    };
  }, [id]);
  return (
    <span id={id} className="paste-note" role="status">
      <span key={said.n}>{said.text}</span>
    </span>
  );
}
