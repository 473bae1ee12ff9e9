// Text pasted into a box of the form (a name, a narrative, a country by its name): the invisible
// characters a web page or an e-mail leaves in it (a zero-width space inside a long word or a link,
// a byte-order mark where two texts were joined) were pasted with it, and the service refused the
// field for a character the caseworker could not see to delete. The ones that change nothing the
// text shows (src/invisible.ts DROPPED_ON_PASTE, the service's own table) are taken out as the text
// goes in, and the box says so next to itself, politely (a status a screen reader reads when it is
// free). Any other invisible one (a bidirectional control, which sets the order the letters were
// shown in) is pasted as it is, for the service to refuse at the field with its message.
import { useCallback, useState, type ClipboardEvent, type ReactElement } from 'react';
import { DROPPED_ON_PASTE, dropOnPaste } from '../../../src/invisible.js';

type TextBox = HTMLInputElement | HTMLTextAreaElement;

/** What the box says of a paste it took characters out of, naming each kind (never the text: it is case data). */
export function pasteNote(dropped: ReadonlyMap<number, number>): string {
  let total = 0;
  const kinds: string[] = [];
  for (const [cp, n] of dropped) {
    total += n;
    kinds.push(`${DROPPED_ON_PASTE[cp]} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  const count = total === 1 ? 'an invisible character' : `${total} invisible characters`;
  return `Taken out of the text you pasted: ${count} (${kinds.join(', ')}), which print${total === 1 ? 's' : ''} as nothing and which the filing would refuse. What you see is what was kept.`;
}

/**
 * The paste handler of a text box and the note it shows after the box, whose id is `noteId` (one
 * the input's aria-describedby names). The note is always in the page, empty until a paste had
 * characters taken out, so a screen reader hears it change.
 */
export function usePasteCleaning(noteId: string): { onPaste: (e: ClipboardEvent<TextBox>) => void; note: ReactElement } {
  const [said, setSaid] = useState('');
  const onPaste = useCallback((e: ClipboardEvent<TextBox>) => {
    const { text, dropped } = dropOnPaste(e.clipboardData.getData('text/plain'));
    if (dropped.size === 0) {
      setSaid('');
      return; // the browser's own paste, as always
    }
    e.preventDefault();
    const box = e.currentTarget;
    // Through the browser's editing, as a paste goes: one input event (the library's onChange),
    // one step of Undo, the caret after the text. Where it is refused, the selection is replaced
    // by hand and the input event sent as the browser's would be.
    if (!document.execCommand('insertText', false, text)) {
      box.setRangeText(box instanceof HTMLInputElement ? text.replace(/\r?\n|\r/g, ' ') : text, box.selectionStart ?? box.value.length, box.selectionEnd ?? box.value.length, 'end');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    setSaid(pasteNote(dropped));
  }, []);
  return {
    onPaste,
    note: (
      <span id={noteId} className="paste-note" role="status">
        {said}
      </span>
    ),
  };
}
